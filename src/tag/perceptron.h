// Internal: a multi-class averaged perceptron over hashed sparse features (Collins 2002;
// averaging with lazy timestamps as in Daume's thesis). Training keeps, per feature, a short
// list of (label, weight) entries, since most features are seen with few labels. Finish()
// averages, prunes entries whose |weight| is below a threshold, quantises the rest to 16 bits
// and returns the immutable Weights used at run time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

#include "base/binary_io.h"
#include "base/line_aligned.h"
#include "base/status.h"
#include "base/feature_map.h"

namespace dyad::tag {

// Immutable scoring table: feature hash -> sparse row of (label, weight). Weights are 16-bit
// integers times one scale. For speed each lookup touches two cache lines at most: a slot
// holding a 38-bit key fingerprint and a 26-bit offset into `blob_`, and the row there (a
// header, then (label, weight) pairs, or all num_labels weights when the row is dense; blob_
// starts on a cache line and a row of up to 64 bytes never straddles two).
class Weights {
 public:
  // Adds the weights of `features` to scores[label] (scores has num_labels() entries).
  // Three sweeps so the cache misses overlap: prefetch the slots, find the rows and prefetch
  // them, then add. n must be <= kMaxFeatures.
  static constexpr size_t kMaxFeatures = 128;
  void Score(const uint64_t* features, size_t n, float* scores) const {
    const size_t mask = slots_.size() - 1;
    n = n < kMaxFeatures ? n : kMaxFeatures;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[features[i] & mask]);
    uint32_t offsets[kMaxFeatures];
    size_t found = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t h = features[i];
      uint64_t fingerprint = (h >> 26) | 1;
      for (size_t at = static_cast<size_t>(h) & mask;; at = (at + 1) & mask) {
        uint64_t slot = slots_[at];
        if (slot == 0) break;
        if ((slot >> 26) == fingerprint) {
          offsets[found] = static_cast<uint32_t>(slot & kOffsetMask);
          __builtin_prefetch(&blob_[offsets[found]]);
          ++found;
          break;
        }
      }
    }
    for (size_t i = 0; i < found; ++i) {
      const int16_t* row = &blob_[offsets[i]];
      uint32_t header = static_cast<uint16_t>(row[0]) |
                        static_cast<uint32_t>(static_cast<uint16_t>(row[1])) << 16;
      row += 2;
      if (header == kDense) {
        for (int l = 0; l < num_labels_; ++l) scores[l] += scale_ * row[l];
      } else {
        for (uint32_t e = 0; e < header; ++e) {
          scores[static_cast<uint16_t>(row[2 * e])] += scale_ * row[2 * e + 1];
        }
      }
    }
  }
  int num_labels() const { return num_labels_; }
  size_t num_entries() const { return entries_; }
  // Identifies these weights (set by every Build, shared by copies; never 0): a cache of
  // scores computed with one table must not serve another.
  uint64_t id() const { return id_; }

  void Save(BinaryWriter& out) const;
  static StatusOr<Weights> Load(BinaryReader& in);

 private:
  friend class PerceptronTrainer;
  static constexpr uint64_t kOffsetMask = (uint64_t{1} << 26) - 1;
  static constexpr uint32_t kDense = 0xffffffffu;
  // Builds slots_ and blob_ from rows given as (key, [(label, q)...]).
  Status Build(const std::vector<uint64_t>& keys,
               const std::vector<std::vector<std::pair<uint16_t, int16_t>>>& rows);
  int num_labels_ = 0;
  uint64_t id_ = 0;
  float scale_ = 1;
  size_t entries_ = 0;
  std::vector<uint64_t> slots_{0};
  static constexpr size_t kLineUnits = 32;  // int16 units in a cache line
  std::vector<int16_t, LineAlignedAllocator<int16_t>> blob_;
  // For Save: keys and rows as built.
  std::vector<uint64_t> keys_;
  std::vector<std::vector<std::pair<uint16_t, int16_t>>> rows_;
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
  // The mean of the runs' averaged weights (runs over the same labels), pruned and quantised
  // the same way: it scores as the sum of the runs' tables does, divided by their number.
  // Finish(prune) is FinishMean({this}, prune).
  static Weights FinishMean(const std::vector<const PerceptronTrainer*>& runs, float prune);
  size_t num_features() const { return rows_.size(); }

 private:
  // Scoring reads only Entry; the averaging state lives apart so rows stay small. A row with
  // more than num_labels/4 entries turns dense (dense_ slot in Row::dense).
  struct Entry {
    uint16_t label;
    float weight;
  };
  struct Average {
    double total;   // sum of weight over time up to `stamp`
    int64_t stamp;  // clock value when `total` was last brought up to date
  };
  void Add(uint64_t feature, int label, float delta);
  int num_labels_;
  int64_t clock_ = 0;
  FeatureMap index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<std::vector<Average>> averages_;  // parallel to rows_
  std::vector<int32_t> dense_of_row_;           // -1: sparse
  std::vector<float> dense_weight_;             // num_labels per dense row
  std::vector<Average> dense_average_;
  std::vector<uint64_t> keys_;
};

}  // namespace dyad::tag
