// Word-level tables the parser's features read besides the words and tags (internal to
// src/parse):
//   - the training vocabulary: a word (lower-cased form) the parser never saw in training reads
//     as one "unknown word" value, whose weights were learnt by word dropout (rare training
//     words replaced by it now and then), instead of as a word with no weights at all;
//   - the WordNet lexicographer class of a noun's or verb's lemma, first (most frequent) sense:
//     noun.time, noun.location, noun.person, verb.communication, verb.motion, ... (45 classes,
//     WordNet's `lexnames`), a back-off that lets attachment decisions generalise over words of
//     one kind ("on Tuesday", "in Kabul", "told reporters").
// Both are computed at training time (WordNet from Debian's `wordnet-base` files) and stored in
// the model, so parsing reads no files.
//
// Thread safety: immutable after construction or Load(); all methods are const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/binary_io.h"
#include "base/feature_map.h"
#include "base/status.h"
#include "doc/document.h"

namespace dyad::parse {

class WordClasses {
 public:
  // Semantic class values: kNoClass for words that are not nouns or verbs, kNotInWordNet for
  // nouns and verbs WordNet does not list, else kFirstLexFile + WordNet's lexicographer file
  // number (0-44).
  static constexpr uint8_t kNoClass = 0;
  static constexpr uint8_t kNotInWordNet = 1;
  static constexpr uint8_t kFirstLexFile = 2;

  WordClasses() = default;

  // `word_hashes`: the parser's hashes of the training words (may repeat). `wordnet_dir`: a
  // folder with WordNet's index.noun, index.verb, data.noun and data.verb; empty or missing
  // files leave the semantic classes out (then `note` says so; it may be null).
  static StatusOr<WordClasses> Build(const std::vector<uint64_t>& word_hashes,
                                     const std::string& wordnet_dir, std::string* note);

  // Whether the word with this hash occurred in training.
  bool Known(uint64_t word_hash) const;
  // The semantic class of a tagged word (UPOS NOUN, PROPN or VERB; by its lemma, else its form).
  uint8_t SemanticClass(const Word& word, std::string* scratch) const;

  size_t vocabulary_size() const { return vocabulary_.size(); }
  size_t lemmas_with_class() const { return lemma_classes_.size(); }

  void Save(BinaryWriter& out) const;
  static StatusOr<WordClasses> Load(BinaryReader& in);

 private:
  FeatureMap vocabulary_;     // word hash -> 0
  FeatureMap lemma_classes_;  // LemmaKey(lemma, part of speech) -> class
};

}  // namespace dyad::parse
