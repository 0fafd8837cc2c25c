#include "parse/weights.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace dyad::parse {
namespace {

inline uint64_t SlotHash(uint64_t key) { return key ^ (key >> 29); }

// acc[c] += int16 rows[r][c] for every dense row r and class c: the adds the weights of frequent
// features (the bias, single tags) go through. Class by class in blocks of eight, every row's
// block added to sums held in registers before they go back to acc, so acc is read and written
// once per call instead of once per row. Compiled twice on x86-64, the AVX2 copy used where
// the CPU has it (eight classes per instruction); the sums are the same integers either way.
//
// AddDenseClasses: the same for classes c..nc-1, one class at a time (the generic copy's tail
// after the blocks; the AVX2 copy adds its tail as one masked block).
inline void AddDenseClasses(const uint16_t* const* rows, int num, int c, int nc, int32_t* acc) {
  for (; c < nc; ++c) {
    int32_t t = acc[c];
    for (int r = 0; r < num; ++r) t += static_cast<int16_t>(rows[r][c]);
    acc[c] = t;
  }
}
__attribute__((always_inline)) inline void AddDenseRowsImpl(const uint16_t* const* rows, int num,
                                                            int nc, int32_t* acc) {
  int c = 0;
  for (; c + 8 <= nc; c += 8) {
    int32_t t[8];
    for (int j = 0; j < 8; ++j) t[j] = acc[c + j];
    for (int r = 0; r < num; ++r) {
      const uint16_t* d = rows[r] + c;
      for (int j = 0; j < 8; ++j) t[j] += static_cast<int16_t>(d[j]);
    }
    for (int j = 0; j < 8; ++j) acc[c + j] = t[j];
  }
  AddDenseClasses(rows, num, c, nc, acc);
}
void AddDenseRowsGeneric(const uint16_t* const* rows, int num, int nc, int32_t* acc) {
  AddDenseRowsImpl(rows, num, nc, acc);
}
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) void AddDenseRowsAvx2(const uint16_t* const* rows, int num, int nc,
                                                      int32_t* acc) {
  int c = 0;
  // acc as 8 x int32 vectors; each row block widened from 8 x int16.
#define DYAD_LOAD(at) _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at))
#define DYAD_STORE(at, v) _mm256_storeu_si256(reinterpret_cast<__m256i*>(at), v)
#define DYAD_WIDEN(at) _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)))
  for (; c + 32 <= nc; c += 32) {
    __m256i t0 = DYAD_LOAD(acc + c), t1 = DYAD_LOAD(acc + c + 8);
    __m256i t2 = DYAD_LOAD(acc + c + 16), t3 = DYAD_LOAD(acc + c + 24);
    for (int r = 0; r < num; ++r) {
      const uint16_t* d = rows[r] + c;
      t0 = _mm256_add_epi32(t0, DYAD_WIDEN(d));
      t1 = _mm256_add_epi32(t1, DYAD_WIDEN(d + 8));
      t2 = _mm256_add_epi32(t2, DYAD_WIDEN(d + 16));
      t3 = _mm256_add_epi32(t3, DYAD_WIDEN(d + 24));
    }
    DYAD_STORE(acc + c, t0);
    DYAD_STORE(acc + c + 8, t1);
    DYAD_STORE(acc + c + 16, t2);
    DYAD_STORE(acc + c + 24, t3);
  }
  for (; c + 8 <= nc; c += 8) {
    __m256i t = DYAD_LOAD(acc + c);
    for (int r = 0; r < num; ++r) t = _mm256_add_epi32(t, DYAD_WIDEN(rows[r] + c));
    DYAD_STORE(acc + c, t);
  }
  if (c < nc) {
    // The last 1-7 classes in one masked block: acc is read and written only in its first
    // nc - c lanes; the row loads read up to 7 units past the row, into the next row or the
    // padding at the end of data_ (FrozenWeights::Build), and those lanes are discarded.
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(nc - c), lane);
    __m256i t = _mm256_maskload_epi32(acc + c, mask);
    for (int r = 0; r < num; ++r) t = _mm256_add_epi32(t, DYAD_WIDEN(rows[r] + c));
    _mm256_maskstore_epi32(acc + c, mask, t);
  }
#undef DYAD_LOAD
#undef DYAD_STORE
#undef DYAD_WIDEN
}
const bool kHaveAvx2 = [] {
  __builtin_cpu_init();  // static initialisers may run before libgcc's
  return __builtin_cpu_supports("avx2") != 0;
}();
inline void AddDenseRows(const uint16_t* const* rows, int num, int nc, int32_t* acc) {
  if (kHaveAvx2) {
    AddDenseRowsAvx2(rows, num, nc, acc);
  } else {
    AddDenseRowsGeneric(rows, num, nc, acc);
  }
}
#else
inline void AddDenseRows(const uint16_t* const* rows, int num, int nc, int32_t* acc) {
  AddDenseRowsGeneric(rows, num, nc, acc);
}
#endif

}  // namespace

TrainWeights::TrainWeights(int num_classes) : num_classes_(num_classes) {
  slot_keys_.assign(1 << 16, 0);
  slot_rows_.assign(1 << 16, 0);
}

int64_t TrainWeights::Find(uint64_t key) const {
  uint64_t mask = slot_keys_.size() - 1;
  for (uint64_t i = SlotHash(key) & mask;; i = (i + 1) & mask) {
    if (slot_keys_[i] == key) return slot_rows_[i];
    if (slot_keys_[i] == 0) return -1;
  }
}

void TrainWeights::Grow() {
  std::vector<uint64_t> keys(slot_keys_.size() * 2, 0);
  std::vector<uint32_t> rows(keys.size(), 0);
  uint64_t mask = keys.size() - 1;
  for (size_t j = 0; j < slot_keys_.size(); ++j) {
    if (slot_keys_[j] == 0) continue;
    uint64_t i = SlotHash(slot_keys_[j]) & mask;
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = slot_keys_[j];
    rows[i] = slot_rows_[j];
  }
  slot_keys_.swap(keys);
  slot_rows_.swap(rows);
}

uint32_t TrainWeights::FindOrInsert(uint64_t key) {
  if ((rows_.size() + 1) * 2 > slot_keys_.size()) Grow();
  uint64_t mask = slot_keys_.size() - 1;
  uint64_t i = SlotHash(key) & mask;
  for (;; i = (i + 1) & mask) {
    if (slot_keys_[i] == key) return slot_rows_[i];
    if (slot_keys_[i] == 0) break;
  }
  slot_keys_[i] = key;
  slot_rows_[i] = static_cast<uint32_t>(rows_.size());
  rows_.emplace_back();
  return slot_rows_[i];
}

void TrainWeights::Score(const uint64_t* keys, int n, float* scores) const {
  for (int k = 0; k < n; ++k) {
    int64_t r = Find(keys[k]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void TrainWeights::Update(const uint64_t* keys, int n, int cls, float delta, uint64_t now) {
  for (int k = 0; k < n; ++k) {
    std::vector<Entry>& row = rows_[FindOrInsert(keys[k])];
    Entry* found = nullptr;
    for (Entry& e : row) {
      if (e.cls == static_cast<uint32_t>(cls)) {
        found = &e;
        break;
      }
    }
    if (found == nullptr) {
      row.push_back(Entry{static_cast<uint32_t>(cls), static_cast<uint32_t>(now), 0.0f, 0.0});
      found = &row.back();
    }
    found->total += double(now - found->ts) * found->w;
    found->ts = static_cast<uint32_t>(now);
    found->w += delta;
  }
}

FrozenWeights TrainWeights::Average(uint64_t now, float prune) const {
  // Features in key order so that the result does not depend on insertion order.
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(rows_.size());
  for (size_t j = 0; j < slot_keys_.size(); ++j) {
    if (slot_keys_[j] != 0) order.emplace_back(slot_keys_[j], slot_rows_[j]);
  }
  std::sort(order.begin(), order.end());
  struct Kept {
    uint32_t cls;
    float w;
  };
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begins;
  std::vector<Kept> kept;
  float max_abs = 0.0f;
  double clock = now > 0 ? double(now) : 1.0;
  for (const auto& [key, r] : order) {
    size_t before = kept.size();
    std::vector<Entry> row = rows_[r];
    std::sort(row.begin(), row.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    for (const Entry& e : row) {
      double total = e.total + double(now - e.ts) * e.w;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) < prune || avg == 0.0f) continue;
      kept.push_back(Kept{e.cls, avg});
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    if (kept.size() > before) {
      keys.push_back(key);
      begins.push_back(static_cast<uint32_t>(before));
    }
  }
  FrozenWeights out;
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<uint32_t> counts(keys.size());
  std::vector<uint32_t> packed;
  packed.reserve(kept.size());
  for (const Kept& k : kept) {
    long q = std::clamp(std::lround(k.w / scale), -32767L, 32767L);
    if (q == 0) q = k.w > 0 ? 1 : -1;  // kept weights stay non-zero
    packed.push_back(k.cls | (uint32_t(uint16_t(int16_t(q))) << 16));
  }
  begins.push_back(static_cast<uint32_t>(kept.size()));
  for (size_t f = 0; f < keys.size(); ++f) counts[f] = begins[f + 1] - begins[f];
  out.scale_ = scale;
  out.Build(num_classes_, keys, counts, packed);
  return out;
}

void FrozenWeights::Build(int num_classes, const std::vector<uint64_t>& keys,
                          const std::vector<uint32_t>& counts,
                          const std::vector<uint32_t>& entries) {
  num_classes_ = num_classes;
  num_features_ = keys.size();
  num_entries_ = entries.size();
  keys_ = keys;
  // Rows of more than kInline entries go to data_, in feature order; such a feature is hot
  // (found through hot_) unless its row starts too far into data_ for a hot slot (a model far
  // larger than any trained), then its cold slot points to the row.
  std::vector<uint32_t> rows(keys.size(), 0);  // 0: inline
  data_.clear();
  data_.push_back(0);
  size_t e = 0;
  size_t num_hot = 0;
  for (size_t f = 0; f < keys.size(); ++f) {
    if (counts[f] <= static_cast<uint32_t>(kInline)) {
      e += counts[f];
      continue;
    }
    // A row of kDense (65535) sparse entries or more cannot occur: it would be dense.
    const bool dense = counts[f] * 4 > static_cast<uint32_t>(num_classes) || counts[f] >= kDense;
    const size_t units = dense ? 1 + static_cast<size_t>(num_classes) : 1 + 2 * size_t{counts[f]};
    const size_t room = kLineUnits - data_.size() % kLineUnits;
    if (units <= kLineUnits && units > room) data_.resize(data_.size() + room, 0);
    rows[f] = static_cast<uint32_t>(data_.size());
    num_hot += rows[f] <= kHotRowMask;
    if (dense) {
      data_.push_back(kDense);
      size_t at = data_.size();
      data_.resize(at + num_classes, 0);
      for (uint32_t k = 0; k < counts[f]; ++k, ++e) {
        data_[at + (entries[e] & 0xffff)] = static_cast<uint16_t>(entries[e] >> 16);
      }
    } else {
      data_.push_back(static_cast<uint16_t>(counts[f]));
      for (uint32_t k = 0; k < counts[f]; ++k, ++e) {
        data_.push_back(static_cast<uint16_t>(entries[e] & 0xffff));
        data_.push_back(static_cast<uint16_t>(entries[e] >> 16));
      }
    }
  }
  // Padding: AddDenseRows reads whole blocks of 8 classes, up to 7 units past a row's end.
  data_.resize(data_.size() + kPadding, 0);

  size_t hot_size = 1024;
  while (hot_size < num_hot * 2) hot_size <<= 1;  // load factor <= 0.5
  hot_.assign(hot_size, 0);
  hot_mask_ = hot_size - 1;
  size_t size = 1024;
  while (size * 5 < (keys.size() - num_hot) * 8) size <<= 1;  // load factor <= 0.625
  Slot empty{};
  empty.cls[0] = kEmpty;
  slots_.assign(size, empty);
  mask_ = size - 1;
  key_slots_.assign(keys.size(), 0);
  e = 0;
  for (size_t f = 0; f < keys.size(); ++f) {
    const uint32_t row = rows[f];
    const uint32_t fingerprint = static_cast<uint32_t>(keys[f] >> 32);
    if (row != 0 && row <= kHotRowMask) {
      // Cache lines after the row's first one that a sparse row reaches (dense rows: none).
      uint64_t more = 0;
      if (data_[row] != kDense) {
        const size_t first = row / kLineUnits, last = (row + 2 * size_t{data_[row]}) / kLineUnits;
        more = std::min<uint64_t>(last - first, 3);
      }
      uint64_t i = SlotHash(keys[f]) & hot_mask_;
      while (hot_[i] != 0) i = (i + 1) & hot_mask_;
      hot_[i] = uint64_t{fingerprint} << 32 | more << kHotRowBits | row;
      key_slots_[f] = kHotBit | row;
      e += counts[f];
      continue;
    }
    Slot slot{};
    slot.fingerprint = fingerprint;
    if (row == 0) {
      for (uint32_t k = 0; k < counts[f]; ++k, ++e) {
        slot.cls[k] = static_cast<uint16_t>(entries[e] & 0xffff);
        slot.w[k] = static_cast<int16_t>(static_cast<uint16_t>(entries[e] >> 16));
      }
    } else {
      slot.cls[0] = kOverflow;
      slot.cls[1] = static_cast<uint16_t>(row & 0xffff);
      slot.cls[2] = static_cast<uint16_t>(row >> 16);
      e += counts[f];
    }
    uint64_t i = SlotHash(keys[f]) & mask_;
    while (slots_[i].cls[0] != kEmpty) i = (i + 1) & mask_;
    slots_[i] = slot;
    key_slots_[f] = static_cast<uint32_t>(i);
  }
}

void FrozenWeights::Score(const uint64_t* keys, int n, float* scores) const {
  // Integer sums (exact, no per-entry conversion), scaled once at the end.
  int32_t acc[kMaxClasses];
  const int nc = num_classes_;
  std::fill(acc, acc + nc, 0);
  AddTo(keys, n, acc);
  for (int c = 0; c < nc; ++c) scores[c] += float(acc[c]) * scale_;
}

void FrozenWeights::AddTo(const uint64_t* keys, int n, int32_t* acc) const {
  if (slots_.empty()) return;
  const uint64_t* hot = hot_.data();
  const Slot* slots = slots_.data();
  const uint16_t* data = data_.data();
  const int nc = num_classes_;
  // In chunks of kChunk keys (the parser passes fewer): each key gives at most one row.
  constexpr int kChunk = 256;
  uint32_t rows[kChunk];
  uint64_t cold[kChunk];
  const uint16_t* dense[kChunk];
  for (; n > 0; keys += kChunk, n -= kChunk) {
    const int m = std::min(n, kChunk);
    for (int k = 0; k < m; ++k) __builtin_prefetch(&hot[SlotHash(keys[k]) & hot_mask_]);
    // Hot features: their rows (prefetched); the other keys are looked up in slots_ next.
    int num_rows = 0, num_cold = 0;
    for (int k = 0; k < m; ++k) {
      const uint64_t h = SlotHash(keys[k]);
      const uint64_t fp = keys[k] >> 32;
      bool found = false;
      for (uint64_t i = h & hot_mask_;; i = (i + 1) & hot_mask_) {
        const uint64_t v = hot[i];
        if (v == 0) break;
        if ((v >> 32) != fp) continue;
        const uint32_t row = static_cast<uint32_t>(v) & kHotRowMask;
        const uint16_t* first = data + row;
        __builtin_prefetch(first);
        for (uint32_t more = (static_cast<uint32_t>(v) >> kHotRowBits) & 3; more > 0; --more) {
          __builtin_prefetch(first + more * kLineUnits);
        }
        rows[num_rows++] = row;
        found = true;
        break;
      }
      if (!found) {
        __builtin_prefetch(&slots[h & mask_]);
        cold[num_cold++] = keys[k];
      }
    }
    // The rows found so far, while the cold slots are on their way; sparse rows one entry at a
    // time, dense rows all together at the end (AddDenseRows).
    int num_dense = 0;
    auto add_row = [&](uint32_t at) {
      const uint16_t* row = data + at;
      const uint16_t header = row[0];
      if (header == kDense) {
        dense[num_dense++] = row + 1;
      } else {
        for (uint32_t k = 0; k < header; ++k) {
          acc[row[1 + 2 * k]] += static_cast<int16_t>(row[2 + 2 * k]);
        }
      }
    };
    for (int r = 0; r < num_rows; ++r) add_row(rows[r]);
    for (int k = 0; k < num_cold; ++k) {
      const uint32_t fp = static_cast<uint32_t>(cold[k] >> 32);
      for (uint64_t i = SlotHash(cold[k]) & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots[i];
        if (s.cls[0] == kEmpty) break;
        if (s.fingerprint != fp) continue;
        if (s.cls[0] != kOverflow) {
          // Unused pairs are (0, 0) and add nothing.
          acc[s.cls[0]] += s.w[0];
          acc[s.cls[1]] += s.w[1];
          acc[s.cls[2]] += s.w[2];
        } else {
          add_row(s.row());
        }
        break;
      }
    }
    AddDenseRows(dense, num_dense, nc, acc);
  }
}

void FrozenWeights::Row(const Slot& slot, std::vector<uint32_t>& entries) const {
  auto add = [&](uint32_t cls, uint16_t w) { entries.push_back(cls | (uint32_t(w) << 16)); };
  if (slot.cls[0] != kOverflow) {
    for (int k = 0; k < kInline; ++k) {
      if (slot.w[k] != 0) add(slot.cls[k], static_cast<uint16_t>(slot.w[k]));
    }
    return;
  }
  RowAt(slot.row(), entries);
}

void FrozenWeights::RowAt(uint32_t at, std::vector<uint32_t>& entries) const {
  auto add = [&](uint32_t cls, uint16_t w) { entries.push_back(cls | (uint32_t(w) << 16)); };
  const uint16_t* row = data_.data() + at;
  if (row[0] == kDense) {
    for (int c = 0; c < num_classes_; ++c) {
      if (row[1 + c] != 0) add(static_cast<uint32_t>(c), row[1 + c]);
    }
  } else {
    for (uint32_t k = 0; k < row[0]; ++k) add(row[1 + 2 * k], row[2 + 2 * k]);
  }
}

void FrozenWeights::Save(BinaryWriter& out) const {
  // scale, feature count, entry count; per feature (in key order) u64 key and u32 entry count;
  // then every entry as u32 (class | int16 weight << 16), in class order.
  out.F32(scale_);
  out.U64(num_features_);
  std::vector<uint32_t> counts;
  std::vector<uint32_t> entries;
  for (size_t f = 0; f < num_features_; ++f) {
    size_t before = entries.size();
    if (key_slots_[f] & kHotBit) {
      RowAt(key_slots_[f] & ~kHotBit, entries);
    } else {
      Row(slots_[key_slots_[f]], entries);
    }
    counts.push_back(static_cast<uint32_t>(entries.size() - before));
  }
  out.U64(entries.size());
  for (size_t f = 0; f < num_features_; ++f) {
    out.U64(keys_[f]);
    out.U32(counts[f]);
  }
  for (uint32_t e : entries) out.U32(e);
}

StatusOr<FrozenWeights> FrozenWeights::Load(BinaryReader& in, int num_classes) {
  FrozenWeights out;
  float scale = in.F32();
  uint64_t num_features = in.U64();
  uint64_t total = in.U64();
  if (!in.ok()) return in.status();
  // Each feature takes 12 bytes and each entry 4: refuse counts the file cannot hold before
  // allocating anything.
  if (num_features > (1ULL << 30) || total > (1ULL << 31) || !(scale > 0.0f) ||
      !std::isfinite(scale)) {
    return DataLoss("weight table header is implausible (" + std::to_string(num_features) +
                    " features, " + std::to_string(total) + " entries); the file is damaged");
  }
  std::string_view head = in.BytesView(num_features * 12);
  std::string_view body = in.BytesView(total * 4);
  if (!in.ok()) return in.status();
  std::vector<uint64_t> keys(num_features);
  if (num_classes < 1 || num_classes > kMaxClasses) {
    return DataLoss("weight table: " + std::to_string(num_classes) + " classes");
  }
  std::vector<uint32_t> counts(num_features);
  uint64_t at = 0;
  BinaryReader h(head);
  for (uint64_t f = 0; f < num_features; ++f) {
    keys[f] = h.U64();
    counts[f] = h.U32();
    at += counts[f];
    if (keys[f] == 0 || (f > 0 && keys[f] <= keys[f - 1])) {
      return DataLoss("weight table: feature keys out of order at feature " + std::to_string(f) +
                      "; the file is damaged");
    }
  }
  if (at != total) return DataLoss("weight table: entry counts do not add up; the file is damaged");
  std::vector<uint32_t> entries(total);
  BinaryReader b(body);
  for (uint64_t e = 0; e < total; ++e) {
    entries[e] = b.U32();
    if ((entries[e] & 0xffff) >= static_cast<uint32_t>(num_classes)) {
      return DataLoss("weight table: class " + std::to_string(entries[e] & 0xffff) +
                      " out of range at entry " + std::to_string(e) + "; the file is damaged");
    }
  }
  out.scale_ = scale;
  out.Build(num_classes, keys, counts, entries);
  return out;
}

}  // namespace dyad::parse
