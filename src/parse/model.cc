#include "parse/model.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "base/binary_io.h"
#include "base/file.h"

#ifndef DYAD_SOURCE_DIR
#define DYAD_SOURCE_DIR "."
#endif

namespace dyad::parse {

StatusOr<Model> Model::Load(const std::string& path) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    return FailedPrecondition(fmt::format("cannot read the model {}: {}; {}", path,
                                          bytes.status().message(), kModelFixHint));
  }
  return FromBytes(*bytes, path);
}

StatusOr<Model> Model::FromBytes(std::string_view bytes, std::string_view what) {
  StatusOr<ContainerContents> contents =
      UnwrapContainer(bytes, kModelKind, kModelFormatVersion, what, kModelFixHint);
  if (!contents.ok()) return contents.status();
  auto damaged = [&](const Status& s) {
    return Status(s.code(), fmt::format("model {}: {}; {}", what, s.message(), kModelFixHint));
  };
  BinaryReader in(contents->payload, std::string(what));
  ModelInfo info;
  info.source_hash = contents->source_hash;
  info.description = in.Str();
  info.train_sentences = static_cast<int64_t>(in.U64());
  info.train_words = static_cast<int64_t>(in.U64());
  std::string_view tagger_bytes = in.BytesView(in.U64());
  std::string_view parser_bytes = in.BytesView(in.U64());
  if (!in.ok()) return damaged(in.status());
  if (!in.AtEnd()) return damaged(DataLoss("bytes left after the parser section"));

  BinaryReader tin(tagger_bytes, std::string(what) + " (tagger section)");
  StatusOr<tag::Tagger> tagger = tag::Tagger::Load(tin);
  if (!tagger.ok()) return damaged(tagger.status());
  BinaryReader pin(parser_bytes, std::string(what) + " (parser section)");
  StatusOr<Parser> parser = Parser::Load(pin);
  if (!parser.ok()) return damaged(parser.status());
  if (!pin.AtEnd()) return damaged(DataLoss("bytes left after the parser weights"));
  return Model(std::move(tagger).value(), std::move(parser).value(), std::move(info));
}

std::string Model::ToBytes() const {
  BinaryWriter tagger_out;
  tagger_.Save(tagger_out);
  BinaryWriter parser_out;
  parser_.Save(parser_out);
  BinaryWriter out;
  out.Str(info_.description);
  out.U64(static_cast<uint64_t>(info_.train_sentences));
  out.U64(static_cast<uint64_t>(info_.train_words));
  out.U64(tagger_out.data().size());
  out.Bytes(tagger_out.data().data(), tagger_out.data().size());
  out.U64(parser_out.data().size());
  out.Bytes(parser_out.data().data(), parser_out.data().size());
  return WrapContainer(kModelKind, kModelFormatVersion, info_.source_hash, out.data());
}

Status Model::Save(const std::string& path) const { return WriteFile(path, ToBytes()); }

void Model::Annotate(Sentence& sentence) const {
  if (sentence.words.empty()) return;
  tagger_.Tag(sentence);
  parser_.Parse(sentence);
}

void Model::Annotate(Sentence& sentence, const ParseOptions& options) const {
  if (sentence.words.empty()) return;
  tagger_.Tag(sentence);
  parser_.Parse(sentence, options);
}

std::string DefaultModelPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("DYAD_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(DYAD_SOURCE_DIR) + "/models/en_ewt.dyadmodel";
}

StatusOr<Model> TrainModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           uint64_t source_hash, const TrainModelOptions& options) {
  auto say = [&](const std::string& line) {
    if (options.progress) options.progress(line);
  };
  if (train.empty()) return InvalidArgument("training data holds no sentence");
  std::mutex say_mutex;
  auto say_locked = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(say_mutex);
    say(line);
  };

  // Job 0 trains the final tagger on everything; jobs 1..K the jack-knife taggers, each on
  // all folds but one, tagging the held-out fold. Fold of sentence i: i % K.
  int folds = options.folds >= 2 ? options.folds : 0;
  if (options.parser_train != nullptr) {
    const std::vector<Sentence>& given = *options.parser_train;
    if (given.size() != train.size()) {
      return InvalidArgument(fmt::format(
          "parser training tags: {} sentences, the training file has {}", given.size(),
          train.size()));
    }
    for (size_t i = 0; i < train.size(); ++i) {
      if (given[i].words.size() != train[i].words.size()) {
        return InvalidArgument(fmt::format(
            "parser training tags: sentence {} has {} words, the training file's has {}", i + 1,
            given[i].words.size(), train[i].words.size()));
      }
    }
    folds = 0;  // nothing to jack-knife
  }
  const bool train_tagger = options.tagger == nullptr;
  std::vector<Sentence> jack = train;  // gold trees, predicted tags
  std::vector<StatusOr<tag::Tagger>> taggers(folds + 1, Status(Internal("not trained")));
  std::mutex next_mutex;
  int next_job = 0;
  auto worker = [&]() {
    for (;;) {
      int job;
      {
        std::lock_guard<std::mutex> lock(next_mutex);
        if (next_job > folds) return;
        job = next_job++;
      }
      if (job == 0 && !train_tagger) continue;
      tag::TrainOptions topts;
      topts.epochs = options.tagger_epochs;
      topts.seed = options.seed + static_cast<uint64_t>(job);
      if (job == 0) {
        topts.ensemble = options.tagger_ensemble;
        topts.dev = &dev;
        topts.progress = [&](const std::string& line) { say_locked("tagger: " + line); };
        taggers[0] = tag::Tagger::Train(train, topts);
        continue;
      }
      std::vector<Sentence> rest;
      rest.reserve(train.size());
      for (size_t i = 0; i < train.size(); ++i) {
        if (static_cast<int>(i % folds) != job - 1) rest.push_back(train[i]);
      }
      taggers[job] = tag::Tagger::Train(rest, topts);
      if (!taggers[job].ok()) continue;
      for (size_t i = job - 1; i < train.size(); i += folds) {
        Sentence& s = jack[i];
        std::vector<Word> gold = s.words;
        taggers[job]->Tag(s, /*run_time_rules=*/false);  // see Tagger::Tag
        for (size_t w = 0; w < s.words.size(); ++w) {
          s.words[w].head = gold[w].head;
          s.words[w].deprel = gold[w].deprel;
        }
      }
      say_locked(fmt::format("jack-knife fold {}/{} tagged", job, folds));
    }
  };
  const int threads = std::clamp(options.threads, 1, 64);
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (size_t t = train_tagger ? 0 : 1; t < taggers.size(); ++t) {
    if (!taggers[t].ok()) return taggers[t].status();
  }
  tag::Tagger tagger = train_tagger ? std::move(taggers[0]).value() : *options.tagger;
  taggers.clear();
  const std::vector<Sentence>& parser_train =
      options.parser_train != nullptr ? *options.parser_train : (folds ? jack : train);
  if (options.jackknifed != nullptr) *options.jackknifed = parser_train;

  std::vector<Sentence> dev_tagged = dev;
  for (Sentence& s : dev_tagged) {
    std::vector<Word> gold = s.words;
    tagger.Tag(s);
    for (size_t w = 0; w < s.words.size(); ++w) {
      s.words[w].head = gold[w].head;
      s.words[w].deprel = gold[w].deprel;
    }
  }
  ParserOptions popts;
  popts.epochs = options.parser_epochs;
  popts.seed = options.seed;
  popts.prune = options.parser_prune;
  popts.explore_probability = options.parser_explore;
  popts.progress = say;
  popts.on_epoch = [&](const EpochReport& r) {
    say(fmt::format("parser: epoch {:2d}  train transitions {:.2f}%  features {}  dev UAS {:.2f} "
                    "LAS {:.2f}  {:.1f}s",
                    r.epoch, r.train_accuracy, r.features, r.dev.Uas(), r.dev.Las(), r.seconds));
  };
  StatusOr<Parser> parser = Parser::Train(parser_train, dev_tagged, popts);
  if (!parser.ok()) return parser.status();

  ModelInfo info;
  info.description = options.description;
  info.source_hash = source_hash;
  info.train_sentences = static_cast<int64_t>(train.size());
  for (const Sentence& s : train) info.train_words += static_cast<int64_t>(s.words.size());
  return Model(std::move(tagger), std::move(parser).value(), std::move(info));
}

}  // namespace dyad::parse
