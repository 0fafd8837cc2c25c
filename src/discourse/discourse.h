// The document pass in one call: what `dyad code` runs on each story's events after
// Coder::CodeStory (DESIGN.md, "discourse (document pass)").
//
//   1. actor memory (actor_memory.h): unknown sources/targets that are a surname or he/she get
//      the code of the person named earlier in the story;
//   2. when require_dyad: events still missing a source or a target are removed;
//   3. event dates (dates.h) from temporal phrases attached to each event's trigger;
//   4. when one_a_story: the first event of each (date, source, target, code) is kept
//      (story_filter.h).
//
// Thread safety: a free function over its arguments; stories may be processed in parallel.
#pragma once

#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::discourse {

struct DocumentPassOptions {
  // Resolve dates written in the text ("on Monday", "in 2014"). Default on.
  bool dates = true;
  // Fill unknown actors that refer back to a person named earlier. Default on. It sees only
  // the events the coder wrote: with CoderOptions::require_dyad on, an event whose source or
  // target the coder could not code is already gone, so run the coder with require_dyad off
  // and set require_dyad here instead (same events otherwise; see the report / actor_memory.h).
  bool actor_memory = true;
  // Remove events with an unknown source or target after the actor memory (the coder's
  // require_dyad, applied here when the coder kept incomplete events). Default off.
  bool require_dyad = false;
  // PETRARCH's one-a-story filter. Default off (`dyad code --one-a-story`).
  bool one_a_story = false;
};

// Runs the enabled steps on `events` (one story's events in story order, from
// Coder::CodeStory(story)). The status is an InvalidArgument naming the story when an event
// points outside the story (ResolveEventDates); every step still runs on the other events.
Status RunDocumentPass(const Story& story, std::vector<Event>& events,
                       const DocumentPassOptions& options);

}  // namespace dyad::discourse
