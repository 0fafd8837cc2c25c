// Complexity check (label: slow): tokenizing 8x more text of the same kind takes about 8x the
// CPU time, not 64x, for inputs that could trigger re-scanning (one huge word, one huge
// sentence, runs of hyphens, periods, apostrophes, URLs). Not a speed test: speed is measured by
// bench/tokenize_bench.
#include <gtest/gtest.h>

#include <ctime>
#include <string>

#include "tokenize/tokenizer.h"

namespace dyad::tokenize {
namespace {

// A 10,000-token sentence and a multi-megabyte story go through in linear time: checked by
// comparing the time for n and 8n bytes (a quadratic scan would take ~64x, linear ~8x).
TEST(TokenizerTest, LinearTimeOnHugeInputs) {
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  auto seconds = [&](const std::string& unit, int repeat) {
    Story story;
    for (int i = 0; i < repeat; ++i) story.text += unit;
    std::clock_t t0 = std::clock();
    EXPECT_TRUE(tokenizer->Tokenize(story).ok());
    return static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
  };
  for (const std::string& unit :
       {std::string("word, "), std::string("x"), std::string("a-"), std::string("U.S."),
        std::string("..."), std::string("\xE2\x80\x99"), std::string("http://x.com/"),
        std::string("a@"), std::string("ab.Cd"), std::string("No. "), std::string("==="),
        std::string("1,000")}) {
    double small = seconds(unit, 100000);
    double large = seconds(unit, 800000);
    EXPECT_LT(large, 40 * small + 0.05) << "unit \"" << unit << "\"";
  }
}

}  // namespace
}  // namespace dyad::tokenize
