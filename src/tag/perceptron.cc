#include "tag/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace dyad::tag {

void PerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  // Sweeps that let the cache misses overlap (see Weights::Score).
  constexpr size_t kMax = Weights::kMaxFeatures;
  n = std::min(n, kMax);
  for (size_t i = 0; i < n; ++i) index_.Prefetch(features[i]);
  uint32_t rows[kMax];
  size_t found = 0;
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Find(features[i]);
    if (row == FeatureMap::kMissing) continue;
    rows[found++] = row;
    __builtin_prefetch(&rows_[row]);
    __builtin_prefetch(&dense_of_row_[row]);
  }
  for (size_t j = 0; j < found; ++j) {
    int32_t d = dense_of_row_[rows[j]];
    if (d >= 0) {
      __builtin_prefetch(&dense_weight_[static_cast<size_t>(d) * num_labels_]);
    } else {
      __builtin_prefetch(rows_[rows[j]].data());
    }
  }
  for (size_t j = 0; j < found; ++j) {
    uint32_t row = rows[j];
    int32_t d = dense_of_row_[row];
    if (d >= 0) {
      const float* w = &dense_weight_[static_cast<size_t>(d) * num_labels_];
      for (int l = 0; l < num_labels_; ++l) scores[l] += w[l];
      continue;
    }
    for (const Entry& e : rows_[row]) scores[e.label] += e.weight;
  }
}

void PerceptronTrainer::Add(uint64_t feature, int label, float delta) {
  uint32_t& row = index_.FindOrInsert(feature, FeatureMap::kMissing);
  if (row == FeatureMap::kMissing) {
    row = static_cast<uint32_t>(rows_.size());
    rows_.emplace_back();
    averages_.emplace_back();
    dense_of_row_.push_back(-1);
    keys_.push_back(FeatureMap::Key(feature));
  }
  if (int32_t d = dense_of_row_[row]; d >= 0) {
    size_t at = static_cast<size_t>(d) * num_labels_ + label;
    Average& a = dense_average_[at];
    a.total += static_cast<double>(clock_ - a.stamp) * dense_weight_[at];
    a.stamp = clock_;
    dense_weight_[at] += delta;
    return;
  }
  std::vector<Entry>& entries = rows_[row];
  for (size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    if (e.label == label) {
      Average& a = averages_[row][i];
      a.total += static_cast<double>(clock_ - a.stamp) * e.weight;
      a.stamp = clock_;
      e.weight += delta;
      return;
    }
  }
  entries.push_back(Entry{static_cast<uint16_t>(label), delta});
  averages_[row].push_back(Average{0.0, clock_});
  if (entries.size() * 4 > static_cast<size_t>(num_labels_)) {
    // Turn dense: absent labels have weight 0 and total 0 up to now.
    int32_t d = static_cast<int32_t>(dense_weight_.size() / num_labels_);
    dense_weight_.resize(dense_weight_.size() + num_labels_, 0.0f);
    dense_average_.resize(dense_average_.size() + num_labels_, Average{0.0, clock_});
    for (size_t i = 0; i < entries.size(); ++i) {
      size_t at = static_cast<size_t>(d) * num_labels_ + entries[i].label;
      dense_weight_[at] = entries[i].weight;
      dense_average_[at] = averages_[row][i];
    }
    dense_of_row_[row] = d;
    std::vector<Entry>().swap(entries);
    std::vector<Average>().swap(averages_[row]);
  }
}

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess) {
  if (truth != guess) {
    for (size_t i = 0; i < n; ++i) {
      Add(features[i], truth, 1.0f);
      Add(features[i], guess, -1.0f);
    }
  }
  ++clock_;
}

Weights PerceptronTrainer::Finish(float prune) const { return FinishMean({this}, prune); }

Weights PerceptronTrainer::FinishMean(const std::vector<const PerceptronTrainer*>& runs,
                                      float prune) {
  Weights w;
  w.num_labels_ = runs.empty() ? 0 : runs[0]->num_labels_;
  // (key, label, averaged weight) of every run, summed per (key, label) after a sort.
  struct Value {
    uint64_t key;
    uint16_t label;
    double weight;
  };
  std::vector<Value> values;
  for (const PerceptronTrainer* run : runs) {
    const PerceptronTrainer& t = *run;
    double clock = std::max<int64_t>(t.clock_, 1);
    auto keep = [&](uint64_t key, int label, float weight, const Average& a) {
      double total = a.total + static_cast<double>(t.clock_ - a.stamp) * weight;
      values.push_back(Value{key, static_cast<uint16_t>(label), total / clock});
    };
    for (uint32_t r = 0; r < t.rows_.size(); ++r) {
      if (int32_t d = t.dense_of_row_[r]; d >= 0) {
        for (int l = 0; l < t.num_labels_; ++l) {
          size_t at = static_cast<size_t>(d) * t.num_labels_ + l;
          keep(t.keys_[r], l, t.dense_weight_[at], t.dense_average_[at]);
        }
        continue;
      }
      for (size_t i = 0; i < t.rows_[r].size(); ++i) {
        keep(t.keys_[r], t.rows_[r][i].label, t.rows_[r][i].weight, t.averages_[r][i]);
      }
    }
  }
  std::sort(values.begin(), values.end(), [](const Value& a, const Value& b) {
    return a.key != b.key ? a.key < b.key : a.label < b.label;
  });
  // Mean values kept after pruning, then the quantisation scale.
  const double num_runs = std::max<size_t>(runs.size(), 1);
  std::vector<Value> kept;
  float max_abs = 0;
  for (size_t i = 0; i < values.size();) {
    size_t j = i;
    double sum = 0;
    for (; j < values.size() && values[j].key == values[i].key &&
           values[j].label == values[i].label;
         ++j) {
      sum += values[j].weight;
    }
    float mean = static_cast<float>(sum / num_runs);
    if (std::fabs(mean) >= prune && mean != 0) {
      kept.push_back(Value{values[i].key, values[i].label, mean});
      max_abs = std::max(max_abs, std::fabs(mean));
    }
    i = j;
  }
  w.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<uint64_t> keys;
  std::vector<std::vector<std::pair<uint16_t, int16_t>>> rows;
  for (const Value& v : kept) {
    long q = std::lround(static_cast<float>(v.weight) / w.scale_);
    if (q == 0) continue;
    if (keys.empty() || keys.back() != v.key) {
      keys.push_back(v.key);
      rows.emplace_back();
    }
    rows.back().emplace_back(v.label, static_cast<int16_t>(std::clamp(q, -32767L, 32767L)));
  }
  Status st = w.Build(keys, rows);
  (void)st;  // only fails past 2^26 blob entries (a model far larger than any we train)
  return w;
}

Status Weights::Build(const std::vector<uint64_t>& keys,
                      const std::vector<std::vector<std::pair<uint16_t, int16_t>>>& rows) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id.fetch_add(1);
  keys_ = keys;
  rows_ = rows;
  size_t capacity = 16;
  while (capacity < keys.size() * 2 + 2) capacity *= 2;
  slots_.assign(capacity, 0);
  blob_.clear();
  entries_ = 0;
  const size_t mask = capacity - 1;
  for (size_t r = 0; r < keys.size(); ++r) {
    const auto& row = rows[r];
    bool dense = row.size() * 8 > static_cast<size_t>(num_labels_);
    // A row that fits in a cache line does not straddle two (one miss to read it).
    const size_t units = 2 + (dense ? static_cast<size_t>(num_labels_) : 2 * row.size());
    const size_t room = kLineUnits - blob_.size() % kLineUnits;
    if (units <= kLineUnits && units > room) blob_.resize(blob_.size() + room, 0);
    size_t offset = blob_.size();
    if (offset > kOffsetMask) return ResourceExhausted("tagger weights: table too large");
    uint32_t header = dense ? kDense : static_cast<uint32_t>(row.size());
    blob_.push_back(static_cast<int16_t>(header & 0xffff));
    blob_.push_back(static_cast<int16_t>(header >> 16));
    if (dense) {
      size_t base = blob_.size();
      blob_.resize(base + num_labels_, 0);
      for (auto& [label, q] : row) blob_[base + label] = q;
    } else {
      for (auto& [label, q] : row) {
        blob_.push_back(static_cast<int16_t>(label));
        blob_.push_back(q);
      }
    }
    entries_ += row.size();
    uint64_t h = keys[r];
    uint64_t fingerprint = (h >> 26) | 1;
    size_t at = static_cast<size_t>(h) & mask;
    while (slots_[at] != 0 && (slots_[at] >> 26) != fingerprint) at = (at + 1) & mask;
    slots_[at] = (fingerprint << 26) | offset;
  }
  return Status::Ok();
}

void Weights::Save(BinaryWriter& out) const {
  out.U32(static_cast<uint32_t>(num_labels_));
  out.F32(scale_);
  out.U64(keys_.size());
  for (size_t r = 0; r < keys_.size(); ++r) {
    out.U64(keys_[r]);
    out.U32(static_cast<uint32_t>(rows_[r].size()));
    for (auto& [label, q] : rows_[r]) {
      out.U32(static_cast<uint32_t>(label) | static_cast<uint32_t>(static_cast<uint16_t>(q)) << 16);
    }
  }
}

StatusOr<Weights> Weights::Load(BinaryReader& in) {
  Weights w;
  w.num_labels_ = static_cast<int>(in.U32());
  w.scale_ = in.F32();
  uint64_t n = in.U64();
  if (!in.ok()) return in.status();
  if (w.num_labels_ <= 0 || w.num_labels_ > 65535 || !(w.scale_ > 0) || n > (1u << 26)) {
    return DataLoss("tagger model: bad weight table header at byte " +
                    std::to_string(in.position()));
  }
  std::vector<uint64_t> keys;
  std::vector<std::vector<std::pair<uint16_t, int16_t>>> rows;
  for (uint64_t r = 0; r < n && in.ok(); ++r) {
    keys.push_back(in.U64());
    uint32_t count = in.U32();
    if (count > static_cast<uint32_t>(w.num_labels_)) {
      return DataLoss("tagger model: bad weight row at byte " + std::to_string(in.position()));
    }
    rows.emplace_back();
    for (uint32_t e = 0; e < count && in.ok(); ++e) {
      uint32_t packed = in.U32();
      uint16_t label = static_cast<uint16_t>(packed & 0xffff);
      if (label >= w.num_labels_) {
        return DataLoss("tagger model: label out of range at byte " +
                        std::to_string(in.position()));
      }
      rows.back().emplace_back(label, static_cast<int16_t>(static_cast<uint16_t>(packed >> 16)));
    }
  }
  if (!in.ok()) return in.status();
  DYAD_RETURN_IF_ERROR(w.Build(keys, rows));
  return w;
}

}  // namespace dyad::tag
