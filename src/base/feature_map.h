// An open-addressing hash table from 64-bit keys (feature or word hashes) to 32-bit values (the
// tagger's feature and word tables, the parser's word tables), with linear probing and a
// power-of-two capacity kept at most 1/2 full. Key 0 is reserved for empty slots; callers pass
// keys through FeatureMap::Key() which remaps 0.
// Not thread-safe for writes; concurrent Find() on an unchanging map is safe.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad {

class FeatureMap {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;
  static uint64_t Key(uint64_t hash) { return hash == 0 ? 1 : hash; }

  FeatureMap() { Rehash(16); }

  // Returns the value of `key`, or kMissing.
  uint32_t Find(uint64_t key) const {
    key = Key(key);
    size_t mask = keys_.size() - 1;
    for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == 0) return kMissing;
    }
  }

  // Hints the CPU to load the slot `key` starts probing at.
  void Prefetch(uint64_t key) const {
    size_t i = Slot(Key(key), keys_.size() - 1);
    __builtin_prefetch(&keys_[i]);
    __builtin_prefetch(&values_[i]);
  }

  // Returns a reference to the value of `key`, inserting `init` when absent.
  uint32_t& FindOrInsert(uint64_t key, uint32_t init) {
    key = Key(key);
    if ((size_ + 1) * 2 > keys_.size()) Rehash(keys_.size() * 2);
    size_t mask = keys_.size() - 1;
    size_t i = Slot(key, mask);
    for (; keys_[i] != 0; i = (i + 1) & mask) {
      if (keys_[i] == key) return values_[i];
    }
    keys_[i] = key;
    values_[i] = init;
    ++size_;
    return values_[i];
  }

  size_t size() const { return size_; }
  void Reserve(size_t n) {
    size_t cap = 16;
    while (cap < n * 2 + 2) cap *= 2;
    if (cap > keys_.size()) Rehash(cap);
  }

  // Calls f(key, value) for every entry, in slot order.
  template <typename F>
  void ForEach(F&& f) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) f(keys_[i], values_[i]);
    }
  }

 private:
  static size_t Slot(uint64_t key, size_t mask) {
    return static_cast<size_t>((key ^ (key >> 29)) * 0x9e3779b97f4a7c15ULL >> 20) & mask;
  }
  void Rehash(size_t capacity) {
    std::vector<uint64_t> old_keys(capacity, 0);
    std::vector<uint32_t> old_values(capacity, 0);
    old_keys.swap(keys_);
    old_values.swap(values_);
    size_ = 0;
    size_t mask = keys_.size() - 1;
    for (size_t j = 0; j < old_keys.size(); ++j) {
      if (old_keys[j] == 0) continue;
      size_t i = Slot(old_keys[j], mask);
      while (keys_[i] != 0) i = (i + 1) & mask;
      keys_[i] = old_keys[j];
      values_[i] = old_values[j];
      ++size_;
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
};

}  // namespace dyad
