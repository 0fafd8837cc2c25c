// Scale test (label "slow"): a generated PETRARCH actor file of one million lines loads in
// reasonable time and memory, with every phrase findable.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <string>

#include "lexicon/lexicon.h"
#include "lexicon/normalize.h"

namespace dyad::lexicon {
namespace {

// Actor i: "ACTOR_<i>_<suffix>" with one synonym and three dated code lines: 5 lines each.
std::string Generate(size_t actors) {
  std::string text;
  text.reserve(actors * 120);
  for (size_t i = 0; i < actors; ++i) {
    std::string id = std::to_string(i);
    text += "ACTOR_" + id + "_OF_TESTLAND_  [TST]  # generated\n";
    text += "+SYNONYM_" + id + "_\n";
    text += "\t[TSTGOV 19900101-20000101]\n";
    text += "\t[TSTMIL 20000101-20100101]\n";
    text += "\t[TSTREB >20100101]\n";
  }
  return text;
}

TEST(PetrarchActorsSlowTest, MillionLineFile) {
  const size_t kActors = 200000;  // 1,000,000 lines
  std::string text = Generate(kActors);
  ActorDictionary dict;
  std::vector<Diagnostic> diags;
  auto wall0 = std::chrono::steady_clock::now();
  std::clock_t cpu0 = std::clock();
  ParsePetrarchActors(text, "generated.actors.txt", &dict, &diags);
  double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  std::cout << "1,000,000 actor lines (" << text.size() / 1000000.0 << " MB): " << cpu << " s CPU, "
            << wall << " s wall\n";
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(dict.size(), 2 * kActors);
  EXPECT_EQ(dict.entry_count(), 2 * kActors * 4);
  for (size_t i : {size_t{0}, kActors / 2, kActors - 1}) {
    std::vector<std::string> words =
        SplitPhrase("ACTOR " + std::to_string(i) + " OF TESTLAND SAID");
    auto m = dict.LongestMatch(words, 0, 20050101);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->code, "TSTMIL");
    EXPECT_EQ(m->end, 4u);
    auto s = dict.LongestMatch(SplitPhrase("SYNONYM " + std::to_string(i)), 0, 0);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->code, "TST");
  }
  // A sanity bound against quadratic behaviour, far above the measured time (a few seconds
  // on a loaded 2-core machine).
  EXPECT_LT(cpu, 30.0);
}

}  // namespace
}  // namespace dyad::lexicon
