// Perceptron weight tables for the parser (internal to src/parse).
//
// Features are 64-bit hashes (parse/features.cc). Each feature owns a sparse row of
// (class, weight) pairs: most features are only ever updated for a few of the transition
// classes, so rows stay short.
//
// TrainWeights: mutable, averaged-perceptron bookkeeping (weight, running total, timestamp per
// entry), open addressing over the feature keys. Single-threaded.
// FrozenWeights: what a model file holds and the parser scores with; the averaged weights
// after pruning, quantised to int16 with one scale, in one open-addressing slot array plus one
// flat entry array. Immutable after construction; safe to share across threads.
#pragma once

#include <cstdint>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"

namespace dyad::parse {

class FrozenWeights;

class TrainWeights {
 public:
  explicit TrainWeights(int num_classes);

  // scores[c] += weight(key, c) for every key.
  void Score(const uint64_t* keys, int n, float* scores) const;
  // Adds `delta` to weight(key, cls) for every key; `now` is the update clock (increasing).
  void Update(const uint64_t* keys, int n, int cls, float delta, uint64_t now);
  // The averaged weights at clock `now`, entries with |w| < prune dropped.
  FrozenWeights Average(uint64_t now, float prune) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint32_t cls;
    uint32_t ts;
    float w;
    double total;
  };
  int64_t Find(uint64_t key) const;  // row index or -1
  uint32_t FindOrInsert(uint64_t key);
  void Grow();

  int num_classes_;
  std::vector<uint64_t> slot_keys_;   // 0 = empty
  std::vector<uint32_t> slot_rows_;
  std::vector<std::vector<Entry>> rows_;
};

class FrozenWeights {
 public:
  FrozenWeights() = default;

  // scores[c] += weight(key, c) for every key. Prefetches slots before reading them.
  void Score(const uint64_t* keys, int n, float* scores) const;

  void Save(BinaryWriter& out) const;
  static StatusOr<FrozenWeights> Load(BinaryReader& in, int num_classes);

  size_t num_features() const { return num_features_; }
  size_t num_entries() const { return entries_.size(); }

 private:
  friend class TrainWeights;
  struct Slot {
    uint64_t key;    // 0 = empty
    uint32_t begin;  // first entry
    uint32_t end;    // one past the last entry
  };
  struct Entry {
    uint16_t cls;
    int16_t w;  // weight = w * scale_
  };
  void BuildSlots(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& begins);

  float scale_ = 1.0f;
  size_t num_features_ = 0;
  uint64_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

// Feature keys are never 0 (0 marks an empty slot).
inline uint64_t NonZeroKey(uint64_t k) { return k ? k : 0x9e3779b97f4a7c15ULL; }

}  // namespace dyad::parse
