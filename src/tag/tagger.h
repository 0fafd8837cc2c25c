// English part-of-speech tagger (UPOS, XPOS, UD features) and lemmatizer.
//
// A Tagger is trained from gold UD sentences (e.g. UD English EWT) and fills in Word::upos,
// Word::xpos, Word::feats and Word::lemma of every word of a sentence:
//   - tags: a greedy left-to-right averaged perceptron over the joint label "UPOS|XPOS", with
//     affix/shape/context features, ambiguity classes, WordNet and hunspell lexicon classes
//     (computed at training time and stored inside the model), and a tag-dictionary shortcut
//     for frequent unambiguous words;
//   - features: predicted from (joint tag, word form) statistics with back-off to
//     (joint tag, suffix) and the joint tag alone;
//   - lemmas: the training lexicon (form, XPOS) -> lemma, then WordNet irregular forms, then
//     learned suffix edit scripts keyed by (XPOS, suffix, capitalisation) (lemmatizer.h).
// Everything needed at run time is in the bytes written by Save(); tagging reads no files.
//
// Thread safety: a Tagger is immutable after Train()/Load(); Tag() is const and may be called
// from many threads at once. Copies share the same immutable model (cheap to copy).
//
//   dyad::tag::TrainOptions options;
//   options.progress = [](const std::string& line) { fmt::print("{}\n", line); };
//   StatusOr<Tagger> tagger = Tagger::Train(gold_sentences, options);
//   if (!tagger.ok()) return tagger.status();
//   tagger->Tag(sentence);
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"
#include "doc/document.h"

namespace dyad::tag {

struct TrainOptions {
  // Passes over the training data. 8 is where dev accuracy stops improving on EWT.
  int epochs = 8;
  // Seeds the per-epoch shuffle and word dropout; training is deterministic for a given seed
  // (and a given set of lexicon files).
  uint64_t seed = 1;
  // Called with one line per epoch (and a few setup lines); may be null.
  std::function<void(const std::string&)> progress;
  // If set, dev accuracy (UPOS, XPOS, UFeats, lemma) is reported through `progress` per epoch.
  const std::vector<Sentence>* dev = nullptr;
  // WordNet dictionary folder (index.* and *.exc). Empty or missing: trained without WordNet
  // classes and irregular forms (a progress line says so); accuracy drops ~0.5 UPOS points.
  std::string wordnet_dir = "/usr/share/wordnet";
  // hunspell dictionary. Empty or missing: trained without hunspell classes.
  std::string hunspell_dic = "/usr/share/hunspell/en_US.dic";
};

// Accuracy of predicted against gold words, in percent (CoNLL 2018 convention: UFeats compares
// the whole feature string, "_" for none).
struct TagScores {
  size_t words = 0;
  double upos = 0;
  double xpos = 0;
  double ufeats = 0;
  double lemma = 0;
  double all_tags = 0;  // UPOS, XPOS and UFeats all right
};

class Tagger {
 public:
  // An untrained tagger: Tag() sets upos "X", xpos "_", feats "_" and lemma = form.
  Tagger();

  // Trains on `gold` (words need form, upos, xpos, feats, lemma). Errors: no words, or a
  // word without UPOS/XPOS (kInvalidArgument, naming the sentence and word index).
  static StatusOr<Tagger> Train(const std::vector<Sentence>& gold, const TrainOptions& options);

  // Fills upos, xpos, feats and lemma of every word and sets sentence.tagged = true. Any input
  // is accepted: empty sentences, very long ones, any bytes in forms.
  void Tag(Sentence& sentence) const;

  // Writes the whole model (all tables) into `out`; Load() reads it back. The bytes start
  // with their own format version; the outer file container adds the checksum.
  void Save(BinaryWriter& out) const;
  // Damaged or truncated bytes, or another format version, give a kDataLoss /
  // kFailedPrecondition Status, never a crash.
  static StatusOr<Tagger> Load(BinaryReader& in);

  bool trained() const;

  // Tags a copy of every sentence in `gold` and compares with the gold columns.
  TagScores Evaluate(const std::vector<Sentence>& gold) const;

  struct Model;  // defined in tagger.cc

 private:
  explicit Tagger(std::shared_ptr<const Model> model);
  std::shared_ptr<const Model> model_;
};

}  // namespace dyad::tag
