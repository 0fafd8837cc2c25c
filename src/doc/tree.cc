#include "doc/tree.h"

#include <algorithm>

namespace dyad {

int SingleRoot(const std::vector<Word>& words) {
  int root = -1;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (words[i].head < 0) {
      if (root >= 0) return -1;
      root = i;
    }
  }
  return root;
}

bool Dominates(const std::vector<Word>& words, int top, int word) {
  const int n = static_cast<int>(words.size());
  for (int i = word, steps = 0; i >= 0 && i < n && steps <= n; i = words[i].head, ++steps) {
    if (i == top) return true;
  }
  return false;
}

bool IsTree(const std::vector<Word>& words) {
  const int n = static_cast<int>(words.size());
  int roots = 0;
  for (const Word& w : words) {
    if (w.head < 0) ++roots;
    if (w.head >= n) return false;
  }
  if (roots != 1) return false;
  for (int i = 0; i < n; ++i) {
    int steps = 0;
    for (int h = i; h >= 0; h = words[h].head) {
      if (++steps > n) return false;
    }
  }
  return true;
}

bool IsProjective(const std::vector<Word>& words) {
  const int n = static_cast<int>(words.size());
  for (int d = 0; d < n; ++d) {
    const int h = words[d].head;
    if (h < 0 || h >= n) continue;
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
      if (!Dominates(words, h, k)) return false;
    }
  }
  return true;
}

}  // namespace dyad
