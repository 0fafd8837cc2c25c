// Internal: word classes from WordNet and hunspell, read once at training time and stored in
// the model so that tagging reads no files.
//
// For a lower-cased word, Bits() says which WordNet parts of speech it can be (directly, or
// after WordNet's "morphy" detachment rules and irregular-form lists) and whether hunspell's
// en_US dictionary lists it in lower case, Capitalised or ALL CAPS. Irregular() exposes
// WordNet's *.exc lists (e.g. verb "went" -> "go") as a lemmatizer backstop.
// Immutable after Build()/Load(); const methods are thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"
#include "base/feature_map.h"

namespace dyad::tag {

enum WordNetPos { kWnNoun = 0, kWnVerb = 1, kWnAdj = 2, kWnAdv = 3 };

// Bits returned by LexiconClasses::Bits().
inline constexpr uint32_t kBitWnDirect = 1;      // << pos: lemma in index.<pos>
inline constexpr uint32_t kBitWnMorphy = 1 << 4;  // << pos: reaches index.<pos> via morphy
inline constexpr uint32_t kBitHunLower = 1 << 8;
inline constexpr uint32_t kBitHunCapital = 1 << 9;
inline constexpr uint32_t kBitHunUpper = 1 << 10;

class LexiconClasses {
 public:
  // Reads `wordnet_dir`/index.{noun,verb,adj,adv} and *.exc, and `hunspell_dic`. A missing
  // source is skipped and named in `*note` (empty when both were read).
  static LexiconClasses Build(const std::string& wordnet_dir, const std::string& hunspell_dic,
                              std::string* note);

  uint32_t Bits(std::string_view lower_word) const;
  // WordNet base form of an irregular `lower_word` for `pos`, or nullptr.
  const std::string* Irregular(WordNetPos pos, std::string_view lower_word) const;
  bool empty() const { return words_.size() == 0 && exc_bases_.empty(); }

  void Save(BinaryWriter& out) const;
  static StatusOr<LexiconClasses> Load(BinaryReader& in);

 private:
  uint32_t DirectBits(std::string_view w) const;
  FeatureMap words_;    // Hash64(lower word) -> direct bits
  FeatureMap exc_;      // HashMix(pos, Hash64(word)) -> index in exc_bases_
  std::vector<std::string> exc_bases_;
  std::vector<uint64_t> exc_keys_;  // for Save (parallel to exc_bases_)
};

}  // namespace dyad::tag
