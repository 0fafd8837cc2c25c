#include "tag/perceptron.h"

#include <gtest/gtest.h>

#include <vector>

namespace dyad::tag {
namespace {

constexpr int kLabels = 3;

std::vector<float> ScoresOf(const Weights& w, const std::vector<uint64_t>& features) {
  std::vector<float> scores(kLabels, 0.0f);
  w.Score(features.data(), features.size(), scores.data());
  return scores;
}

// Feature 11 learns label 0 for a few examples, feature 22 label 1; features 33 and 44 pull
// towards `lean` (label 2) or away from it.
PerceptronTrainer Train(int lean) {
  PerceptronTrainer t(kLabels);
  for (int i = 0; i < 6; ++i) {
    uint64_t a[] = {11, 33};
    t.Update(a, 2, 0, i % 3 == 0 ? lean : 1);
    uint64_t b[] = {22, 44};
    t.Update(b, 2, 1, i % 2 == 0 ? 0 : lean);
  }
  return t;
}

TEST(PerceptronTrainer, MeanOfOneRunIsFinish) {
  PerceptronTrainer t = Train(2);
  Weights one = t.Finish(0.0f);
  Weights mean = PerceptronTrainer::FinishMean({&t}, 0.0f);
  BinaryWriter a, b;
  one.Save(a);
  mean.Save(b);
  EXPECT_EQ(a.data(), b.data());
}

TEST(PerceptronTrainer, MeanScoresAsTheRunsTogether) {
  PerceptronTrainer x = Train(2), y = Train(0);
  Weights wx = x.Finish(0.0f), wy = y.Finish(0.0f);
  Weights mean = PerceptronTrainer::FinishMean({&x, &y}, 0.0f);
  for (std::vector<uint64_t> features :
       {std::vector<uint64_t>{11}, {22}, {33, 44}, {11, 22, 33, 44}, {99}}) {
    std::vector<float> sx = ScoresOf(wx, features), sy = ScoresOf(wy, features);
    std::vector<float> sm = ScoresOf(mean, features);
    for (int l = 0; l < kLabels; ++l) {
      // 16-bit quantisation of each table: within a few thousandths of the largest weight.
      EXPECT_NEAR(sm[l], (sx[l] + sy[l]) / 2, 0.01) << "feature set " << features[0] << " label "
                                                     << l;
    }
  }
}

TEST(PerceptronTrainer, MeanIsPrunedNotTheRuns) {
  // +1 in one run and -1 in the other: the mean is 0 and is dropped, though each run's weight
  // survives a prune of 0.5 on its own.
  PerceptronTrainer x(kLabels), y(kLabels);
  uint64_t f[] = {7};
  x.Update(f, 1, 0, 1);
  y.Update(f, 1, 1, 0);
  ASSERT_GT(x.Finish(0.5f).num_entries(), 0u);
  ASSERT_GT(y.Finish(0.5f).num_entries(), 0u);
  EXPECT_EQ(PerceptronTrainer::FinishMean({&x, &y}, 0.5f).num_entries(), 0u);
}

}  // namespace
}  // namespace dyad::tag
