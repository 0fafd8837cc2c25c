// English part-of-speech tagger (UPOS, XPOS, UD features) and lemmatizer.
//
// A Tagger is trained from gold UD sentences (e.g. UD English EWT) and fills in Word::upos,
// Word::xpos, Word::feats and Word::lemma of every word of a sentence:
//   - tags: a greedy left-to-right averaged perceptron over the joint label "UPOS|XPOS", with
//     affix/shape/context features, ambiguity classes (the tags a word took in training,
//     jack-knifed over ten folds while training), WordNet and hunspell lexicon classes
//     (computed at training time and stored inside the model), and a tag-dictionary shortcut
//     for frequent unambiguous words; a second left-to-right pass also sees the first pass's
//     labels of the words to the right (re-scoring only words the first pass was unsure of);
//     when trained as an ensemble (TrainOptions::ensemble), each weight table is the mean of
//     the runs' tables;
//     then, for news prose, a clause-like segment left without a finite verb gets one: a
//     participle or adjective after a noun becomes a finite verb when that tag scores close
//     ("Israeli troops remained on alert": "remained" VBN -> VBD; see RepairFinite);
//   - features: a second perceptron chooses among the feature strings seen with the joint
//     tag in training (most tags have one), from the word, its shape, its neighbours, whether
//     a noun or verb precedes and the nearest preceding noun or pronoun (verb agreement);
//   - lemmas: the training lexicon (form, XPOS) -> lemma, then WordNet irregular forms, then
//     learned suffix edit scripts keyed by (XPOS, suffix, capitalisation) (lemmatizer.h).
// Everything needed at run time is in the bytes written by Save(); tagging reads no files.
//
// Thread safety: a Tagger is immutable after Train()/Load(); Tag() is const and may be called
// from many threads at once. Copies share the same immutable model (cheap to copy). Each
// thread keeps a cache of the word types it tagged (at most 131,072, for the last model used:
// hashes, classes, lemmas, and the label scores of the word's own features, one float per
// label per weight table used; a few hundred bytes a type); it only saves work, results are
// the same bit for bit.
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
  // Passes over the training data (each of the two tagging passes; the UFeats classifier
  // takes min(epochs, 5)). On EWT dev, UPOS climbs to about epoch 8 and is flat from 10 on.
  int epochs = 8;
  // Taggers trained one after the other with different seeds (shuffles, word dropout); the
  // model keeps the mean of their weights, which scores as their sum does (models/README.md).
  int ensemble = 1;
  // Seeds the per-epoch shuffle and word dropout; training is deterministic for a given seed
  // (and a given set of lexicon files).
  uint64_t seed = 1;
  // Called with one line per epoch (and a few setup lines); may be null.
  std::function<void(const std::string&)> progress;
  // If set (and `progress` too), dev accuracy (UPOS, XPOS, UFeats, lemma) is reported through
  // `progress` after every second epoch and the last (each report costs about 1 s).
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
  // The same; with run_time_rules false, without the rules added after the committed model was
  // trained: the finite-verb rule and open classes only for unknown words (used for the
  // parser's jack-knifed training tags of EWT's web text, whose verbless fragments the
  // finite-verb rule would mis-tag and so teach the parser that a finite verb can hang under
  // a noun; and it keeps `dyad train` reproducing the committed model).
  void Tag(Sentence& sentence, bool run_time_rules) const;

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
