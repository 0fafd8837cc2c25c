// Internal: a multi-class averaged perceptron over hashed sparse features (Collins 2002;
// averaging with lazy timestamps as in Daume's thesis). Training keeps, per feature, a short
// list of (label, weight) entries, since most features are seen with few labels. Finish()
// averages, prunes entries whose |weight| is below a threshold, quantises the rest to 16 bits
// and returns the immutable Weights used at run time.
#pragma once

#include <cstdint>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"
#include "tag/feature_map.h"

namespace dyad::tag {

// Immutable scoring table: feature hash -> sparse row of (label, weight).
class Weights {
 public:
  // Adds the weights of `features` to scores[label] (scores has num_labels() entries).
  void Score(const uint64_t* features, size_t n, float* scores) const {
    for (size_t i = 0; i < n; ++i) {
      uint32_t row = index_.Find(features[i]);
      if (row == FeatureMap::kMissing) continue;
      for (uint32_t e = row_begin_[row], end = row_begin_[row + 1]; e < end; ++e) {
        scores[labels_[e]] += weights_[e];
      }
    }
  }
  int num_labels() const { return num_labels_; }
  size_t num_entries() const { return labels_.size(); }

  void Save(BinaryWriter& out) const;
  static StatusOr<Weights> Load(BinaryReader& in);

 private:
  friend class PerceptronTrainer;
  int num_labels_ = 0;
  FeatureMap index_;
  std::vector<uint64_t> keys_;  // row keys in row order (for Save)
  std::vector<uint32_t> row_begin_{0};
  std::vector<uint16_t> labels_;
  std::vector<float> weights_;  // already quantised: q * scale_
  float scale_ = 1;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_labels) : num_labels_(num_labels) {}

  // Adds the current (not averaged) weights of `features` to scores.
  void Score(const uint64_t* features, size_t n, float* scores) const;
  // One training example: moves weight from `guess` to `truth` (no-op when equal), then
  // advances the clock used for averaging.
  void Update(const uint64_t* features, size_t n, int truth, int guess);
  // Averaged, pruned (|w| < prune dropped) and quantised weights.
  Weights Finish(float prune) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint16_t label;
    float weight;
    double total;   // sum of weight over time up to `stamp`
    int64_t stamp;  // clock value when `total` was last brought up to date
  };
  void Add(uint64_t feature, int label, float delta);
  int num_labels_;
  int64_t clock_ = 0;
  FeatureMap index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<uint64_t> keys_;
};

}  // namespace dyad::tag
