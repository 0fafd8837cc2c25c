// Large inputs through `dyad tokenize`: a 50 MB story and a 10,000-word sentence finish, and
// their time grows linearly with the size. Linearity is checked by running the same kind of
// input at 1/10 of the size: a linear tokenizer takes about 10x longer on the big input, a
// quadratic one about 100x; the test fails above 30x (process start-up only lowers the ratio).
// Times are the CPU time (user + system) of the child processes, so a busy machine does not
// distort the ratio.
// Inputs are generated in a temporary directory. Label: slow.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <string>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

constexpr double kMaxRatioForTenfoldInput = 30.0;

class SlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    if (RunDyad(dir_, "tokenize --help").status != 0) {
      GTEST_SKIP() << "`dyad tokenize` is not available in this build";
    }
  }
  // CPU seconds used so far by waited-for child processes.
  static double ChildCpuSeconds() {
    rusage u;
    getrusage(RUSAGE_CHILDREN, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
  }
  // Runs `dyad tokenize FILE` with stdout discarded; returns its CPU seconds, checks the outcome.
  double TimeTokenize(const std::string& path, const std::string& id) {
    double start = ChildCpuSeconds();
    DyadRun r = RunDyad(dir_, "tokenize " + Quote(path), "", /*keep_stdout=*/false);
    double seconds = ChildCpuSeconds() - start;
    EXPECT_EQ(r.status, 0) << id << ": " << r.err.substr(0, 2000);
    EXPECT_EQ(r.LastErrLine(), "read 1 coded 1 rejected 0") << id;
    return seconds;
  }
  TempDir dir_;
};

// News-like text: sentences with abbreviations, numbers, quotes and paragraphs.
std::string NewsText(size_t bytes) {
  static const char* kSentences[] = {
      "Russia and Iraq will build up their cooperation, Foreign Minister Sergey Lavrov said "
      "on Monday. ",
      "Gen. John Smith of the U.S. Army arrived in Baghdad at 10:30 a.m. on Feb. 3, 2017. ",
      "\"We will not accept this,\" the spokesman told reporters in Paris. ",
      "Protesters clashed with police near the parliament building; 12 people were hurt. ",
      "Shares rose 3.5% to $42.10 after the report (see www.example.com/news).\n\n",
  };
  std::string s;
  s.reserve(bytes + 200);
  size_t i = 0;
  while (s.size() < bytes) s += kSentences[i++ % 5];
  return s;
}

// One sentence of `words` words with no sentence-ending punctuation until the end.
std::string LongSentence(size_t words) {
  static const char* kWords[] = {
      "the", "minister",  "of",   "foreign", "affairs",    "and",       "his",  "deputy",
      "met", "officials", "from", "several", "countries,", "including", "Iraq", "Syria"};
  std::string s;
  for (size_t i = 0; i < words; ++i) {
    if (i) s += ' ';
    s += kWords[i % 16];
  }
  return s + ".\n";
}

TEST_F(SlowTest, FiftyMegabyteStoryIsLinear) {
  std::string small = dir_.Write("small.txt", NewsText(5u << 20));
  std::string big = dir_.Write("big.txt", NewsText(50u << 20));
  double t_small = TimeTokenize(small, "5 MB");
  double t_big = TimeTokenize(big, "50 MB");
  std::printf("tokenize CPU time 5 MB: %.2f s, 50 MB: %.2f s (ratio %.1f)\n", t_small, t_big,
              t_big / t_small);
  EXPECT_LT(t_big / t_small, kMaxRatioForTenfoldInput);
}

TEST_F(SlowTest, TenThousandWordSentenceIsLinear) {
  std::string small = dir_.Write("s1k.txt", LongSentence(1000));
  std::string big = dir_.Write("s10k.txt", LongSentence(10000));
  std::string huge = dir_.Write("s100k.txt", LongSentence(100000));
  double t_small = TimeTokenize(small, "1,000 words");
  double t_big = TimeTokenize(big, "10,000 words");
  double t_huge = TimeTokenize(huge, "100,000 words");
  std::printf("tokenize CPU time, one sentence of 1k words: %.3f s, 10k: %.3f s, 100k: %.3f s\n",
              t_small, t_big, t_huge);
  EXPECT_LT(t_huge / t_big, kMaxRatioForTenfoldInput);
}

}  // namespace
}  // namespace dyad::testing
