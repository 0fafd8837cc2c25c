#include "discourse/discourse.h"

#include "discourse/actor_memory.h"
#include "discourse/dates.h"
#include "discourse/story_filter.h"

namespace dyad::discourse {

Status RunDocumentPass(const Story& story, std::vector<Event>& events,
                       const DocumentPassOptions& options) {
  if (options.actor_memory) FillActorsFromMemory(story, events);
  if (options.require_dyad) RemoveIncompleteEvents(events);
  Status status;
  if (options.dates) status = ResolveEventDates(story, events);
  if (options.one_a_story) OneAStory(events);
  return status;
}

}  // namespace dyad::discourse
