// Perceptron weight tables for the parser (internal to src/parse).
//
// Features are 64-bit hashes (parse/features.cc). Each feature owns a sparse row of
// (class, weight) pairs: most features are only ever updated for a few of the transition
// classes, so rows stay short.
//
// TrainWeights: mutable, averaged-perceptron bookkeeping (weight, running total, timestamp per
// entry), open addressing over the feature keys. Single-threaded.
// FrozenWeights: what a model file holds and the parser scores with; the averaged weights
// after pruning, quantised to int16 with one scale, in two open-addressing slot arrays (a small
// one for the features with long rows, which most lookups hit, and a large one for the rest)
// plus one flat entry array. Immutable after construction; safe to share across threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

#include "base/binary_io.h"
#include "base/line_aligned.h"
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
  // The same in integer units: sums[c] += int16 weight(key, c); sums has one slot per class.
  // Integer sums do not depend on the order of the keys; Scale() turns one into a score.
  void AddTo(const uint64_t* keys, int n, int32_t* sums) const;
  float Scale(int32_t sum) const { return float(sum) * scale_; }

  void Save(BinaryWriter& out) const;
  static StatusOr<FrozenWeights> Load(BinaryReader& in, int num_classes);

  size_t num_features() const { return num_features_; }
  size_t num_entries() const { return num_entries_; }

 private:
  friend class TrainWeights;
  // One open-addressing slot of 16 bytes: the upper half of the feature key (a fingerprint; the
  // lower bits pick the slot) and the feature's weights, weight = int16 * scale_:
  //   inline (rows of up to kInline entries, about 88% of the features): cls[i], w[i], unused
  //   pairs are (0, 0); one cache miss per feature;
  //   cls[0] == kOverflow: the row starts at data_[cls[1] | cls[2] << 16] (only for rows too
  //   far into data_ for a hot slot, see hot_);
  //   cls[0] == kEmpty: an empty slot.
  // An overflow row in data_ is a header followed by the weights:
  //   sparse row: header = count, then count entries (u16 class, int16 weight);
  //   dense row (features with weights for more than a quarter of the classes, e.g. the bias
  //   and single-tag features): header = kDense, then one int16 per class, added with vector
  //   instructions.
  // data_ holds 16-bit units; the header is one unit. A row that fits in a cache line (64
  // bytes, 32 units) never straddles two: it starts a new line when the current one has too
  // little room left (the gap is zeros no slot points to), so reading it is one cache miss.
  static constexpr int kInline = 3;
  struct Slot {
    uint32_t fingerprint;
    uint16_t cls[kInline];
    int16_t w[kInline];
    // Where an overflow slot's row starts in data_ (cls[1] low half, cls[2] high half).
    uint32_t row() const { return uint32_t(cls[1]) | (uint32_t(cls[2]) << 16); }
  };
  static_assert(sizeof(Slot) == 16);
  void Build(int num_classes, const std::vector<uint64_t>& keys,
             const std::vector<uint32_t>& counts, const std::vector<uint32_t>& entries);
  // Row of feature f as (class, int16 weight) entries (Save): of a slot, of a row in data_.
  void Row(const Slot& slot, std::vector<uint32_t>& entries) const;
  void RowAt(uint32_t at, std::vector<uint32_t>& entries) const;

  static constexpr uint16_t kEmpty = 0xfffe;
  static constexpr uint16_t kOverflow = 0xffff;
  static constexpr uint16_t kDense = 0xffff;
  // Zero units after the last row (AddDenseRows' last block of 8 classes reads past it).
  static constexpr size_t kPadding = 16;
  // 16-bit units in a cache line.
  static constexpr size_t kLineUnits = 32;
  float scale_ = 1.0f;
  int num_classes_ = 0;
  size_t num_features_ = 0;
  size_t num_entries_ = 0;
  uint64_t mask_ = 0;
  std::vector<uint64_t> keys_;  // feature keys in order (kept for Save; not used to score)
  std::vector<uint32_t> key_slots_;  // slot of keys_[f], or kHotBit | its row in data_
  // Hot slots (open addressing, 8 bytes, 0 = empty): fingerprint << 32 | lines << kHotRowBits
  // | row, for every feature with a row in data_ (the features of more than kInline entries:
  // about 12% of them, but most lookups while parsing end in one, and 8-byte slots keep them
  // in a small table that stays cached); `lines` (0-3) is how many cache lines after its first
  // one a sparse row reaches, prefetched with it. Keys not found here are looked up in slots_.
  std::vector<uint64_t> hot_;
  uint64_t hot_mask_ = 0;
  static constexpr int kHotRowBits = 30;
  static constexpr uint32_t kHotRowMask = (1u << kHotRowBits) - 1;
  static constexpr uint32_t kHotBit = 1u << 31;
  std::vector<Slot> slots_;
  // Starts on a cache line; Build places each row of up to 64 bytes inside one line.
  std::vector<uint16_t, LineAlignedAllocator<uint16_t>> data_;
};

// Most transition classes a weight table can hold (1 + 2 * relation labels).
inline constexpr int kMaxClasses = 1024;

// Feature keys are never 0 (0 marks an empty slot).
inline uint64_t NonZeroKey(uint64_t k) { return k ? k : 0x9e3779b97f4a7c15ULL; }

}  // namespace dyad::parse
