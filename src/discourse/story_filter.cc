#include "discourse/story_filter.h"

#include <set>
#include <string>
#include <tuple>

namespace dyad::discourse {

size_t OneAStory(std::vector<Event>& events) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  size_t kept = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    if (!seen.insert({events[i].date, events[i].source, events[i].target, events[i].code}).second) {
      continue;
    }
    if (kept != i) events[kept] = std::move(events[i]);
    ++kept;
  }
  size_t removed = events.size() - kept;
  events.resize(kept);
  return removed;
}

}  // namespace dyad::discourse
