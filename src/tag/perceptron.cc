#include "tag/perceptron.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dyad::tag {

void PerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Find(features[i]);
    if (row == FeatureMap::kMissing) continue;
    for (const Entry& e : rows_[row]) scores[e.label] += e.weight;
  }
}

void PerceptronTrainer::Add(uint64_t feature, int label, float delta) {
  uint32_t& row = index_.FindOrInsert(feature, FeatureMap::kMissing);
  if (row == FeatureMap::kMissing) {
    row = static_cast<uint32_t>(rows_.size());
    rows_.emplace_back();
    keys_.push_back(FeatureMap::Key(feature));
  }
  std::vector<Entry>& entries = rows_[row];
  for (Entry& e : entries) {
    if (e.label == label) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.weight;
      e.stamp = clock_;
      e.weight += delta;
      return;
    }
  }
  entries.push_back(Entry{static_cast<uint16_t>(label), delta, 0.0, clock_});
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

Weights PerceptronTrainer::Finish(float prune) const {
  Weights w;
  w.num_labels_ = num_labels_;
  double clock = std::max<int64_t>(clock_, 1);
  std::vector<uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  // First pass: averaged values and the quantisation scale.
  std::vector<std::vector<std::pair<uint16_t, float>>> kept(rows_.size());
  float max_abs = 0;
  for (uint32_t r : order) {
    for (const Entry& e : rows_[r]) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) < prune || avg == 0) continue;
      kept[r].emplace_back(e.label, avg);
      max_abs = std::max(max_abs, std::fabs(avg));
    }
  }
  w.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  for (uint32_t r : order) {
    if (kept[r].empty()) continue;
    std::sort(kept[r].begin(), kept[r].end());
    w.index_.FindOrInsert(keys_[r], static_cast<uint32_t>(w.keys_.size()));
    w.keys_.push_back(keys_[r]);
    for (auto& [label, value] : kept[r]) {
      int q = static_cast<int>(std::lround(value / w.scale_));
      if (q == 0) continue;
      w.labels_.push_back(label);
      w.weights_.push_back(static_cast<float>(q) * w.scale_);
    }
    w.row_begin_.push_back(static_cast<uint32_t>(w.labels_.size()));
  }
  return w;
}

void Weights::Save(BinaryWriter& out) const {
  out.U32(static_cast<uint32_t>(num_labels_));
  out.F32(scale_);
  out.U64(keys_.size());
  for (size_t r = 0; r < keys_.size(); ++r) {
    out.U64(keys_[r]);
    uint32_t n = row_begin_[r + 1] - row_begin_[r];
    out.U32(n);
    for (uint32_t e = row_begin_[r]; e < row_begin_[r + 1]; ++e) {
      out.U32(static_cast<uint32_t>(labels_[e]) |
              static_cast<uint32_t>(static_cast<uint16_t>(
                  static_cast<int16_t>(std::lround(weights_[e] / scale_))))
                  << 16);
    }
  }
}

StatusOr<Weights> Weights::Load(BinaryReader& in) {
  Weights w;
  w.num_labels_ = static_cast<int>(in.U32());
  w.scale_ = in.F32();
  uint64_t rows = in.U64();
  if (!in.ok()) return in.status();
  if (w.num_labels_ <= 0 || w.num_labels_ > 65535 || !(w.scale_ > 0) || rows > (1u << 26)) {
    return DataLoss("tagger model: bad weight table header at byte " +
                    std::to_string(in.position()));
  }
  w.index_.Reserve(rows);
  for (uint64_t r = 0; r < rows && in.ok(); ++r) {
    uint64_t key = in.U64();
    uint32_t n = in.U32();
    if (n > static_cast<uint32_t>(w.num_labels_)) {
      return DataLoss("tagger model: bad weight row at byte " + std::to_string(in.position()));
    }
    w.index_.FindOrInsert(key, static_cast<uint32_t>(w.keys_.size()));
    w.keys_.push_back(key);
    for (uint32_t e = 0; e < n; ++e) {
      uint32_t packed = in.U32();
      uint16_t label = static_cast<uint16_t>(packed & 0xffff);
      if (label >= w.num_labels_) {
        return DataLoss("tagger model: label out of range at byte " +
                        std::to_string(in.position()));
      }
      w.labels_.push_back(label);
      w.weights_.push_back(static_cast<float>(static_cast<int16_t>(packed >> 16)) * w.scale_);
    }
    w.row_begin_.push_back(static_cast<uint32_t>(w.labels_.size()));
  }
  if (!in.ok()) return in.status();
  return w;
}

}  // namespace dyad::tag
