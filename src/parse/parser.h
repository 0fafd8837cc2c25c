// Greedy transition-based dependency parser producing UD v2 trees (relations with subtypes
// kept: nsubj:pass, obl:agent, nmod:poss, acl:relcl, ...).
//
// Arc-hybrid transitions (Kuhlmann et al. 2011) with labels inside the transitions (SHIFT,
// LEFT_l, RIGHT_l), ROOT at the bottom of the stack and a single root guaranteed. Scored by an
// averaged perceptron over hashed Zhang & Nivre (2011) style features plus comma/quote,
// name-run and WordNet word-class features (parse/word_classes.h; the model stores the classes
// and the training vocabulary, so parsing reads no files); trained with the dynamic oracle of
// Goldberg & Nivre (2012, 2013) with exploration. Parsing takes exactly 2n transitions: linear
// in the sentence length. Forced transitions (SHIFT onto a bare ROOT, the final RIGHT onto ROOT)
// are not scored, and the features of the buffer words alone are scored once per buffer
// position, not per transition.
//
// The parser reads Word::form/upos/xpos (tag first; it works, worse, on untagged words) and
// writes Word::head/deprel and Sentence::parsed. Output trees are projective. The tree then
// goes through RepairNewsParse (parse/tree_repair.h: narrow repairs of news misparses, such as
// a finite verb left under a participle or a noun root, a preposition read as a clause marker,
// a relative clause taken for the main clause, or a reporting clause left inside the quoted
// one).
//
// Thread safety: a Parser is immutable once trained or loaded; Parse() is const and may be
// called from many threads at once (each thread reuses its own scratch buffers).
//
//   StatusOr<Parser> p = Parser::Train(train_sentences, dev_sentences, options);
//   p->Parse(sentence);
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/binary_io.h"
#include "base/status.h"
#include "doc/document.h"
#include "parse/weights.h"
#include "parse/word_classes.h"

namespace dyad::parse {

// Unlabelled / labelled attachment over words (punctuation included, as CoNLL 2018 does).
struct AttachmentScore {
  int64_t words = 0;
  int64_t head_correct = 0;
  int64_t label_correct = 0;  // head and label (universal part and subtype) both correct
  double Uas() const { return words ? 100.0 * head_correct / words : 0.0; }
  double Las() const { return words ? 100.0 * label_correct / words : 0.0; }
};

// Scores `predicted` against `gold` (same sentences, same words). LAS compares the universal
// part of the relation ("nsubj" of "nsubj:pass") as the CoNLL 2018 LAS does.
AttachmentScore ScoreAttachment(const std::vector<Sentence>& gold,
                                const std::vector<Sentence>& predicted);

struct EpochReport {
  int epoch = 0;              // 1-based
  double train_accuracy = 0;  // share of transitions predicted zero-cost (training, percent)
  int64_t features = 0;       // features with at least one weight so far
  AttachmentScore dev;        // on the dev sentences given to Train (their own tags)
  double seconds = 0;         // wall time of the epoch
};

struct ParserOptions {
  int epochs = 15;                   // passes over the training sentences
  uint64_t seed = 1;                 // shuffling and exploration; same seed -> same model
  int explore_from_epoch = 2;        // dynamic-oracle exploration starts at this epoch
  double explore_probability = 0.9;  // then follow the model's own wrong move this often
  float prune = 1.0f;                // drop averaged weights with |w| below this
  // Word dropout: a training word seen c times reads as the unknown word with probability
  // word_dropout / (word_dropout + c) at each visit, so the weights of the unknown word (every
  // word not seen in training, at parsing time) are learnt. 0 turns it off.
  double word_dropout = 0.25;
  // WordNet folder for the semantic word classes (parse/word_classes.h); empty or missing:
  // trained without them (a progress line says so).
  std::string wordnet_dir = "/usr/share/wordnet";
  std::function<void(const std::string&)> progress;  // setup notes; may be empty
  bool evaluate_dev_each_epoch = true;  // dev figures per epoch (else only after the last)
  std::function<void(const EpochReport&)> on_epoch;  // progress; may be empty
};

// How Parse decodes. The default is the greedy parser the model was trained as.
//
// With beam > 1, Parse runs a beam search over the same transitions with the same (greedily
// trained) weights: it keeps the `beam` best partial parses by summed transition score,
// expands each by SHIFT and by the `labels_per_move` best labels of LEFT and of RIGHT, and
// returns the best complete parse; the greedy parse takes part too (it is kept aside when it
// falls out of the beam), so the result never scores below it. Every path takes 2n
// transitions; forced transitions score 0. Time linear in n: beam 2-16 measured 3-20 times
// greedy's (bench/README.md); memory O(beam * n) per sentence (about 150 bytes per kept parse
// and word).
struct ParseOptions {
  enum class Score {
    kRaw,      // the perceptron's class scores, summed
    kSoftmax,  // log-softmax over the legal classes of each step (a log probability)
  };
  // (A per-step margin, score minus the step's best, would always prefer the greedy path.)
  int beam = 1;             // partial parses kept; 1 = greedy; clamped to [1, 64]
  int labels_per_move = 2;  // labels of LEFT and of RIGHT expanded per parse; clamped >= 1
  Score score = Score::kSoftmax;
  // kSoftmax: the class scores are divided by this before the softmax (> 0). The perceptron's
  // scores are large: at 1 the step probabilities are so peaked that the beam keeps greedy's
  // parse; 20-30 gain most on EWT dev (models/README.md); from about 40 on the sum favours
  // paths through states with few legal moves and accuracy collapses.
  double temperature = 20.0;
  // Tests and experiments: run the beam decoder even for beam 1, and/or without the greedy
  // parse as a fallback.
  bool force_beam_decoder = false;
  bool keep_greedy = true;
};

// Parses ParseOptions::Score from "raw" or "softmax"; false for anything else.
bool ParseScoreFromName(std::string_view name, ParseOptions::Score* score);

class Parser {
 public:
  Parser() = default;

  // Trains on `train` (gold heads/deprels; tags as the parser will see them, e.g. jack-knifed).
  // `dev` (may be empty) is only parsed for the per-epoch report. Fails when `train` holds no
  // parsed word or more than 2^15 relation labels.
  static StatusOr<Parser> Train(const std::vector<Sentence>& train,
                                const std::vector<Sentence>& dev, const ParserOptions& options);

  // Fills head/deprel of every word; an empty sentence is left as it is.
  void Parse(Sentence& sentence) const;
  // Same with the given decoding; options.beam == 1 (and no force_beam_decoder) is exactly
  // Parse(sentence). Returns the summed score (options.score) of the parse written; when
  // `greedy_score` is not null the beam decoder stores the greedy path's summed score there.
  // The greedy path returns 0 and does not compute scores.
  double Parse(Sentence& sentence, const ParseOptions& options,
               double* greedy_score = nullptr) const;

  void Save(BinaryWriter& out) const;
  static StatusOr<Parser> Load(BinaryReader& in);

  const std::vector<std::string>& labels() const { return labels_; }
  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_entries(); }

 private:
  std::vector<std::string> labels_;  // relation labels; "root" among them
  int root_label_ = 0;
  FrozenWeights weights_;
  WordClasses classes_;  // training vocabulary and WordNet classes the features read
};

}  // namespace dyad::parse
