#include "doc/tree.h"

#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Words with the given 0-based heads (-1: root).
std::vector<Word> WithHeads(const std::vector<int>& heads) {
  std::vector<Word> words(heads.size());
  for (size_t i = 0; i < heads.size(); ++i) words[i].head = heads[i];
  return words;
}

TEST(Tree, SingleRoot) {
  EXPECT_EQ(SingleRoot(WithHeads({1, -1, 1})), 1);
  EXPECT_EQ(SingleRoot(WithHeads({-1, -1})), -1);
  EXPECT_EQ(SingleRoot(WithHeads({})), -1);
}

TEST(Tree, Dominates) {
  const std::vector<Word> w = WithHeads({1, -1, 3, 1});  // 0 <- 1 -> 3 -> 2
  EXPECT_TRUE(Dominates(w, 1, 2));
  EXPECT_TRUE(Dominates(w, 3, 2));
  EXPECT_TRUE(Dominates(w, 2, 2));
  EXPECT_FALSE(Dominates(w, 0, 2));
  EXPECT_FALSE(Dominates(WithHeads({1, 0, -1}), 2, 0));  // a cycle never reaches 2
}

TEST(Tree, IsTree) {
  EXPECT_TRUE(IsTree(WithHeads({1, -1, 1})));
  EXPECT_FALSE(IsTree(WithHeads({-1, -1})));      // two roots
  EXPECT_FALSE(IsTree(WithHeads({1, 0, -1})));    // a cycle
  EXPECT_FALSE(IsTree(WithHeads({1, 5, -1})));    // a head out of range, reached from word 0
  EXPECT_FALSE(IsTree(WithHeads({})));
}

TEST(Tree, IsProjective) {
  EXPECT_TRUE(IsProjective(WithHeads({1, -1, 3, 1})));
  EXPECT_FALSE(IsProjective(WithHeads({2, -1, 1, 0})));  // 2 -> 0 spans the root 1
  EXPECT_FALSE(IsProjective(WithHeads({-1, 3, 0, 0})));  // 3 -> 1 spans 2, not below 3
}

}  // namespace
}  // namespace dyad
