// FrozenWeights: the in-memory table (slots, overflow rows, key filter) gives the sums the
// saved (key, class, weight) entries say, for keys present and absent, and survives Save/Load.
#include "parse/weights.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

namespace dyad::parse {
namespace {

// A table with rows of every length from 1 to `max_row` entries (inline, sparse overflow and
// dense rows) over `num_features` random keys.
FrozenWeights MakeWeights(int num_classes, int num_features, int max_row,
                          std::vector<uint64_t>& keys) {
  std::mt19937_64 rng(7);
  TrainWeights train(num_classes);
  uint64_t now = 1;
  for (int f = 0; f < num_features; ++f) {
    const uint64_t key = NonZeroKey(rng());
    keys.push_back(key);
    const int length = 1 + f % max_row;
    for (int e = 0; e < length; ++e) {
      const int cls = static_cast<int>((static_cast<uint64_t>(e) * 7919 + f) % num_classes);
      const float delta = static_cast<float>(static_cast<int>(rng() % 2001) - 1000) / 100.0f;
      train.Update(&key, 1, cls, delta == 0.0f ? 1.0f : delta, now++);
    }
  }
  return train.Average(now, 0.0f);
}

// The saved entries as key -> (class -> int16 weight).
std::map<uint64_t, std::map<int, int>> Entries(const FrozenWeights& w) {
  BinaryWriter out;
  w.Save(out);
  BinaryReader in(out.data());
  in.F32();
  const uint64_t num_features = in.U64();
  const uint64_t num_entries = in.U64();
  std::vector<std::pair<uint64_t, uint32_t>> features;
  for (uint64_t f = 0; f < num_features; ++f) {
    const uint64_t key = in.U64();
    features.emplace_back(key, in.U32());
  }
  std::map<uint64_t, std::map<int, int>> entries;
  uint64_t read = 0;
  for (const auto& [key, count] : features) {
    for (uint32_t e = 0; e < count; ++e, ++read) {
      const uint32_t v = in.U32();
      entries[key][static_cast<int>(v & 0xffff)] = static_cast<int16_t>(v >> 16);
    }
  }
  EXPECT_EQ(read, num_entries);
  EXPECT_TRUE(in.ok());
  return entries;
}

std::vector<int32_t> Expected(const std::map<uint64_t, std::map<int, int>>& entries,
                              const std::vector<uint64_t>& keys, int num_classes) {
  std::vector<int32_t> sums(num_classes, 0);
  for (uint64_t key : keys) {
    auto it = entries.find(key);
    if (it == entries.end()) continue;
    for (const auto& [cls, w] : it->second) sums[cls] += w;
  }
  return sums;
}

struct Case {
  const char* name;
  int num_classes;
  int num_features;
  int max_row;
};

TEST(FrozenWeightsTest, SumsMatchTheSavedEntries) {
  const Case cases[] = {
      {"parser-sized", 103, 5000, 60},
      {"few classes", 3, 800, 3},
      {"many classes", 601, 2000, 200},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<uint64_t> present;
    const FrozenWeights w = MakeWeights(c.num_classes, c.num_features, c.max_row, present);
    const auto entries = Entries(w);
    ASSERT_EQ(entries.size(), present.size());
    std::mt19937_64 rng(11);
    // Batches of present and absent keys, some longer than AddTo's internal chunk.
    for (int n : {1, 7, 82, 256, 257, 700}) {
      std::vector<uint64_t> keys;
      for (int k = 0; k < n; ++k) {
        keys.push_back(k % 3 == 2 ? NonZeroKey(rng()) : present[rng() % present.size()]);
      }
      std::vector<int32_t> sums(c.num_classes, 0);
      w.AddTo(keys.data(), n, sums.data());
      EXPECT_EQ(sums, Expected(entries, keys, c.num_classes)) << n << " keys";
      std::vector<float> scores(c.num_classes, 0.0f);
      w.Score(keys.data(), n, scores.data());
      for (int cls = 0; cls < c.num_classes; ++cls) EXPECT_EQ(scores[cls], w.Scale(sums[cls]));
    }
  }
}

// AddTo adds to exactly num_classes sums (the vector code's last block is masked): what lies
// after them is left alone, for class counts on and off a multiple of 8.
TEST(FrozenWeightsTest, AddToWritesOnlyItsClasses) {
  for (int num_classes : {3, 8, 103, 104, 601}) {
    SCOPED_TRACE(num_classes);
    std::vector<uint64_t> present;
    const FrozenWeights w = MakeWeights(num_classes, 400, num_classes, present);
    const auto entries = Entries(w);
    std::vector<int32_t> sums(num_classes + 16, 777);
    std::fill(sums.begin(), sums.begin() + num_classes, 0);
    w.AddTo(present.data(), static_cast<int>(present.size()), sums.data());
    std::vector<int32_t> want = Expected(entries, present, num_classes);
    want.resize(num_classes + 16, 777);
    EXPECT_EQ(sums, want);
  }
}

TEST(FrozenWeightsTest, AbsentKeysAddNothing) {
  std::vector<uint64_t> present;
  const FrozenWeights w = MakeWeights(103, 3000, 40, present);
  std::mt19937_64 rng(3);
  std::vector<uint64_t> absent;
  const auto entries = Entries(w);
  while (absent.size() < 5000) {
    const uint64_t key = NonZeroKey(rng());
    if (!entries.count(key)) absent.push_back(key);
  }
  std::vector<int32_t> sums(103, 0);
  w.AddTo(absent.data(), static_cast<int>(absent.size()), sums.data());
  EXPECT_EQ(sums, std::vector<int32_t>(103, 0));
}

TEST(FrozenWeightsTest, SaveLoadRoundTrip) {
  std::vector<uint64_t> present;
  const FrozenWeights w = MakeWeights(103, 4000, 60, present);
  BinaryWriter out;
  w.Save(out);
  BinaryReader in(out.data());
  StatusOr<FrozenWeights> loaded = FrozenWeights::Load(in, 103);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_TRUE(in.AtEnd());
  EXPECT_EQ(loaded->num_features(), w.num_features());
  EXPECT_EQ(loaded->num_entries(), w.num_entries());
  BinaryWriter again;
  loaded->Save(again);
  EXPECT_EQ(again.data(), out.data());
  std::vector<int32_t> a(103, 0), b(103, 0);
  w.AddTo(present.data(), static_cast<int>(present.size()), a.data());
  loaded->AddTo(present.data(), static_cast<int>(present.size()), b.data());
  EXPECT_EQ(a, b);
}

TEST(FrozenWeightsTest, EmptyTableAddsNothing) {
  const FrozenWeights empty;
  const uint64_t key = 42;
  int32_t sum = 0;
  empty.AddTo(&key, 1, &sum);
  EXPECT_EQ(sum, 0);
  TrainWeights train(5);
  const FrozenWeights none = train.Average(1, 0.0f);
  int32_t sums[5] = {};
  none.AddTo(&key, 1, sums);
  for (int32_t s : sums) EXPECT_EQ(s, 0);
}

}  // namespace
}  // namespace dyad::parse
