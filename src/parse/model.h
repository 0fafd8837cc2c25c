// The English NLP model: tagger + lemmatizer (tag::Tagger) and dependency parser
// (parse::Parser) in one versioned binary file, models/en_ewt.dyadmodel by default.
//
// File layout (docs/formats/model.md): the checked container of base/binary_io.h with kind
// "model" and kModelFormatVersion; source_hash = Hash64 of the training CoNLL-U bytes. The
// payload holds a description of the training run, then the tagger and the parser sections,
// each length-prefixed.
//
// Errors: a missing, foreign, older/newer, truncated or damaged file gives a Status that names
// the file and says what to do (run `dyad train ...` or restore models/en_ewt.dyadmodel).
//
// Thread safety: a Model is immutable once loaded or trained; Annotate() is const and may be
// called from many threads on different sentences.
//
//   StatusOr<parse::Model> model = parse::Model::Load(parse::DefaultModelPath(flag_value));
//   if (!model.ok()) return model.status();
//   for (Sentence& s : story.sentences) model->Annotate(s);
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/document.h"
#include "parse/parser.h"
#include "tag/tagger.h"

namespace dyad::parse {

// Bump when the payload layout or any feature definition changes; old files are then refused.
inline constexpr uint32_t kModelFormatVersion = 3;
inline constexpr std::string_view kModelKind = "model";

// What the model was trained from, stored in the file (for `dyad version`-style reports).
struct ModelInfo {
  std::string description;  // e.g. "UD English EWT train, seed 1, 10 folds, 15 epochs"
  uint64_t source_hash = 0;  // Hash64 of the training file's bytes
  int64_t train_sentences = 0;
  int64_t train_words = 0;
};

class Model {
 public:
  Model() = default;
  Model(tag::Tagger tagger, Parser parser, ModelInfo info)
      : tagger_(std::move(tagger)), parser_(std::move(parser)), info_(std::move(info)) {}

  // Reads and checks a model file. `path` is named in every message.
  static StatusOr<Model> Load(const std::string& path);
  // Same from bytes already in memory; `what` names them in messages.
  static StatusOr<Model> FromBytes(std::string_view bytes, std::string_view what);

  // The whole file, byte for byte (deterministic for a given model).
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // Tags, lemmatizes and parses one sentence (any input; empty sentences are left alone).
  void Annotate(Sentence& sentence) const;
  // The same with the given decoding (options.beam 1: exactly Annotate(sentence)).
  void Annotate(Sentence& sentence, const ParseOptions& options) const;

  const tag::Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }
  const ModelInfo& info() const { return info_; }

 private:
  tag::Tagger tagger_;
  Parser parser_;
  ModelInfo info_;
};

// The model path to use: `flag` when not empty, else $DYAD_MODEL when set and not empty, else
// models/en_ewt.dyadmodel in the source tree dyad was built from.
std::string DefaultModelPath(const std::string& flag = "");

// What to say when a model cannot be loaded.
inline constexpr std::string_view kModelFixHint =
    "run `dyad train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out FILE` "
    "(docs/formats/model.md) or restore models/en_ewt.dyadmodel from git";

struct TrainModelOptions {
  uint64_t seed = 1;        // same seed, same data, same lexicon files -> same bytes
  int threads = 1;          // jack-knife folds trained in parallel (results do not depend on it)
  int folds = 10;           // jack-knifing folds for the parser's training tags; <2: gold tags
  int tagger_epochs = 8;    // passes of the tagger
  // tag::TrainOptions::ensemble of the final tagger. The jack-knife fold taggers stay single
  // runs (ensembles would cost eight times their time), so the parser trains on tags slightly
  // worse than those it gets at run time.
  int tagger_ensemble = 8;
  int parser_epochs = 9;    // passes of the parser (models/README.md: 9 or 10 is flat)
  float parser_prune = 1.0f;  // drop averaged parser weights with |w| below this (size, accuracy)
  double parser_explore = 0.9;  // ParserOptions::explore_probability
  std::string description;  // stored in ModelInfo
  std::function<void(const std::string&)> progress;  // one line per step/epoch; may be empty
  // Shortcuts for parser experiments (the result then depends on where these came from):
  // a tagger to use instead of training one, and the parser's training sentences with their
  // tags already predicted (same sentences and words as `train`, e.g. written through
  // `jackknifed` by an earlier run) instead of jack-knifing.
  const tag::Tagger* tagger = nullptr;
  const std::vector<Sentence>* parser_train = nullptr;
  // When not null, receives the parser's training sentences (jack-knifed tags, gold trees).
  std::vector<Sentence>* jackknifed = nullptr;
};

// Trains the tagger on `train`, the parser on `train` with jack-knifed predicted tags, and
// reports dev figures (with predicted tags) per epoch through `progress`. Fails when
// `options.parser_train` does not hold the same number of sentences and words as `train`.
StatusOr<Model> TrainModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           uint64_t source_hash, const TrainModelOptions& options);

}  // namespace dyad::parse
