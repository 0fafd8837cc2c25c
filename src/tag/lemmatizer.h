// Lemmatizer: (word form, Penn XPOS tag) -> UD lemma.
//
// Lookup order:
//   1. the training lexicon by exact form and XPOS ("The"/DT -> "the", "I"/PRP -> "I");
//   2. for tags whose lemmas are lower-cased, the lexicon by lower-cased form and XPOS;
//   3. UD conventions for clitics and contractions (n't -> not, 's/VBZ -> be, 's/POS -> 's,
//      wo/MD -> will, ca/MD -> can, ...), unless the training data said otherwise;
//   4. WordNet irregular forms (*.exc) for inflected tags (NNS, VBD, VBN, VBG, VBZ, JJR, JJS,
//      RBR, RBS), from the LexiconClasses given;
//   5. learned suffix edit scripts keyed by (XPOS, suffix of up to 5 characters), the longest
//      suffix seen with a reliable script wins (Chrupala 2008 style), unless only a shorter
//      suffix's script gives a word WordNet or hunspell knows;
//   6. the form itself.
// Tags whose capitalised training forms mostly keep their case in the lemma (in EWT: NNP,
// NNPS, ADD) keep the form's case; every other lemma is built from the lower-cased form. Immutable after Build()/Load(); Lemma() is const and thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"
#include "base/feature_map.h"
#include "tag/lexicon_classes.h"

namespace dyad::tag {

class Lemmatizer {
 public:
  class Builder {
   public:
    void Add(std::string_view form, std::string_view xpos, std::string_view lemma);
    // Scripts need `min_count` word types to be used for suffixes longer than 0.
    Lemmatizer Build(int min_count = 2) const;

   private:
    // (form, xpos) -> lemma -> count
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> exact_;
  };

  // `lower` is Lower(form) (callers usually have it already); `lexicon` may be null.
  std::string Lemma(std::string_view form, std::string_view lower, std::string_view xpos,
                    const LexiconClasses* lexicon) const;

  void Save(BinaryWriter& out) const;
  static StatusOr<Lemmatizer> Load(BinaryReader& in);

 private:
  bool KeepsCase(std::string_view xpos) const;
  uint32_t AddString(std::string_view s);
  std::string_view String(uint32_t id) const;
  void Index();

  // Keys (see lemmatizer.cc) -> string id of the lemma / the script.
  std::vector<std::pair<uint64_t, uint32_t>> exact_entries_, lower_entries_, rule_entries_;
  FeatureMap exact_, lower_, rules_;
  std::string pool_;
  std::vector<std::string> keep_case_;  // tags whose lemmas keep the form's case  // strings as (u32 length, bytes); ids are offsets
};

}  // namespace dyad::tag
