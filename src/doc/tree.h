// Dependency-tree checks over a sentence's words (Word::head: index of the head word, -1 for
// the root). Pure functions; any heads are accepted (out of range, cycles).
#pragma once

#include <vector>

#include "doc/document.h"

namespace dyad {

// The root of a tree with exactly one word without a head, else -1.
int SingleRoot(const std::vector<Word>& words);

// True when `word` is `top` or below it (following heads up; false on a cycle).
bool Dominates(const std::vector<Word>& words, int top, int word);

// True when the heads form one tree: one root, every head in range, no cycle.
bool IsTree(const std::vector<Word>& words);

// True when every word between a head and its dependent is below that head.
bool IsProjective(const std::vector<Word>& words);

}  // namespace dyad
