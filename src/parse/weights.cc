#include "parse/weights.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace dyad::parse {
namespace {

inline uint64_t SlotHash(uint64_t key) { return key ^ (key >> 29); }

size_t TableSizeFor(size_t n) {
  size_t size = 1024;
  while (size < n * 2) size <<= 1;  // load factor <= 0.5
  return size;
}

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
    std::sort(row.begin(), row.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
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
  out.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  out.entries_.reserve(kept.size());
  for (const Kept& k : kept) {
    long q = std::lround(k.w / out.scale_);
    q = std::clamp(q, -32767L, 32767L);
    out.entries_.push_back(
        FrozenWeights::Entry{static_cast<uint16_t>(k.cls), static_cast<int16_t>(q)});
  }
  begins.push_back(static_cast<uint32_t>(kept.size()));
  out.BuildSlots(keys, begins);
  return out;
}

void FrozenWeights::BuildSlots(const std::vector<uint64_t>& keys,
                               const std::vector<uint32_t>& begins) {
  num_features_ = keys.size();
  slots_.assign(TableSizeFor(keys.size()), Slot{0, 0, 0});
  mask_ = slots_.size() - 1;
  for (size_t f = 0; f < keys.size(); ++f) {
    uint64_t i = SlotHash(keys[f]) & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{keys[f], begins[f], begins[f + 1]};
  }
}

void FrozenWeights::Score(const uint64_t* keys, int n, float* scores) const {
  if (slots_.empty()) return;
  for (int k = 0; k < n; ++k) __builtin_prefetch(&slots_[SlotHash(keys[k]) & mask_]);
  const Slot* found[256];
  int num_found = 0;
  for (int k = 0; k < n; ++k) {
    for (uint64_t i = SlotHash(keys[k]) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == keys[k]) {
        __builtin_prefetch(&entries_[s.begin]);
        if (num_found < 256) found[num_found++] = &s;
        break;
      }
      if (s.key == 0) break;
    }
  }
  for (int f = 0; f < num_found; ++f) {
    for (uint32_t e = found[f]->begin; e < found[f]->end; ++e) {
      scores[entries_[e].cls] += float(entries_[e].w) * scale_;
    }
  }
}

void FrozenWeights::Save(BinaryWriter& out) const {
  // Features in key order (deterministic bytes): u64 key, u32 entry count; then the entries.
  std::vector<const Slot*> order;
  order.reserve(num_features_);
  for (const Slot& s : slots_) {
    if (s.key != 0) order.push_back(&s);
  }
  std::sort(order.begin(), order.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  out.F32(scale_);
  out.U64(order.size());
  uint64_t total = 0;
  for (const Slot* s : order) total += s->end - s->begin;
  out.U64(total);
  for (const Slot* s : order) {
    out.U64(s->key);
    out.U32(s->end - s->begin);
  }
  for (const Slot* s : order) {
    for (uint32_t e = s->begin; e < s->end; ++e) {
      out.U32(uint32_t(entries_[e].cls) | (uint32_t(uint16_t(entries_[e].w)) << 16));
    }
  }
}

StatusOr<FrozenWeights> FrozenWeights::Load(BinaryReader& in, int num_classes) {
  FrozenWeights out;
  out.scale_ = in.F32();
  uint64_t num_features = in.U64();
  uint64_t total = in.U64();
  if (!in.ok()) return in.status();
  // Each feature takes 12 bytes and each entry 4: refuse counts the file cannot hold before
  // allocating anything.
  if (num_features > (1ULL << 31) || total > (1ULL << 32) ||
      num_features * 12 + total * 4 > (1ULL << 40)) {
    return DataLoss("weight table claims " + std::to_string(num_features) + " features and " +
                    std::to_string(total) + " entries; the file is damaged");
  }
  std::string_view head = in.BytesView(num_features * 12);
  std::string_view body = in.BytesView(total * 4);
  if (!in.ok()) return in.status();
  std::vector<uint64_t> keys(num_features);
  std::vector<uint32_t> begins(num_features + 1);
  uint64_t at = 0;
  BinaryReader h(head);
  for (uint64_t f = 0; f < num_features; ++f) {
    keys[f] = h.U64();
    begins[f] = static_cast<uint32_t>(at);
    at += h.U32();
    if (keys[f] == 0 || (f > 0 && keys[f] <= keys[f - 1])) {
      return DataLoss("weight table: feature keys out of order at feature " + std::to_string(f) +
                      "; the file is damaged");
    }
  }
  if (at != total) return DataLoss("weight table: entry counts do not add up; the file is damaged");
  begins[num_features] = static_cast<uint32_t>(total);
  out.entries_.resize(total);
  BinaryReader b(body);
  for (uint64_t e = 0; e < total; ++e) {
    uint32_t v = b.U32();
    uint16_t cls = static_cast<uint16_t>(v & 0xffff);
    if (cls >= num_classes) {
      return DataLoss("weight table: class " + std::to_string(cls) + " out of range at entry " +
                      std::to_string(e) + "; the file is damaged");
    }
    out.entries_[e] = Entry{cls, static_cast<int16_t>(uint16_t(v >> 16))};
  }
  out.BuildSlots(keys, begins);
  return out;
}

}  // namespace dyad::parse
