// The one-a-story filter: within one story, keep only the first event of each
// (date, source, target, code), as PETRARCH's story-level filter does. Run it after
// ResolveEventDates (the date is part of the key: the same attack on two days is two events).
//
// Thread safety: free functions over their arguments; no shared state.
#pragma once

#include <cstddef>
#include <vector>

#include "doc/document.h"

namespace dyad::discourse {

// Removes every event whose (date, source, target, code) equals an earlier event's in
// `events` (one story's events, in story order); the order of the others is kept. Returns the
// number removed.
size_t OneAStory(std::vector<Event>& events);

}  // namespace dyad::discourse
