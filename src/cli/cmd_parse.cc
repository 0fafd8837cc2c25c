// `dyad parse`, `dyad train` and `dyad eval parse`: the tagger + parser model from the command
// line (src/parse/model.h).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "base/file.h"
#include "base/hash.h"
#include "cli/commands.h"
#include "cli/decode_flags.h"
#include "cli/story_input.h"
#include "eval/conll18.h"
#include "ingest/conllu.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad::cli {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Reads a CoNLL-U file into stories; bad sentences are reported on stderr and skipped.
StatusOr<std::vector<Story>> ReadTreebank(const std::string& path) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::vector<Story> stories;
  Status st = ingest::ReadConllu(
      path, *bytes, [&](Story&& s) { stories.push_back(std::move(s)); },
      [](const ingest::InputError& e) { fmt::print(stderr, "dyad: {}\n", e.ToString()); });
  if (!st.ok()) return st;
  return stories;
}

std::vector<Sentence> Sentences(const std::vector<Story>& stories) {
  std::vector<Sentence> out;
  for (const Story& s : stories) {
    for (const Sentence& sentence : s.sentences) out.push_back(sentence);
  }
  return out;
}

// Runs fn(i) for i in [0, n) on `threads` threads.
template <typename Fn>
void ParallelFor(size_t n, int threads, const Fn& fn) {
  threads = std::clamp(threads, 1, 256);
  if (threads == 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

// Clears what the tagger and parser fill in, keeping forms, spans and multiword tokens.
void ClearAnnotations(Story& story) {
  for (Sentence& s : story.sentences) {
    for (Word& w : s.words) {
      w.lemma.clear();
      w.upos.clear();
      w.xpos.clear();
      w.feats.clear();
      w.head = -1;
      w.deprel.clear();
    }
    s.tagged = false;
    s.parsed = false;
  }
}

// ---------------------------------------------------------------------------------------------
// dyad train

struct TrainFlags {
  std::string train;
  std::string dev;
  std::string out;
  uint64_t seed = 1;
  int threads = 2;
  int folds = 10;
  int tagger_epochs = 8;
  int tagger_ensemble = 8;
  int parser_epochs = 9;
  float prune = 1.0f;
  double explore = 0.9;
  std::string tagger_from;
  std::string parser_tags;
  std::string save_parser_tags;
};

int RunTrain(const TrainFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  StatusOr<std::string> train_bytes = ReadFile(flags.train);
  if (!train_bytes.ok()) {
    fmt::print(stderr, "dyad train: {}\n", train_bytes.status().message());
    return 2;
  }
  StatusOr<std::vector<Story>> train = ReadTreebank(flags.train);
  if (!train.ok()) {
    fmt::print(stderr, "dyad train: {}: {}\n", flags.train, train.status().message());
    return 2;
  }
  std::vector<Story> dev_stories;
  if (!flags.dev.empty()) {
    StatusOr<std::vector<Story>> dev = ReadTreebank(flags.dev);
    if (!dev.ok()) {
      fmt::print(stderr, "dyad train: {}: {}\n", flags.dev, dev.status().message());
      return 2;
    }
    dev_stories = std::move(dev).value();
  }
  std::vector<Sentence> train_sentences = Sentences(*train);
  std::vector<Sentence> dev_sentences = Sentences(dev_stories);
  fmt::print(stderr, "dyad train: {} training sentences, {} dev sentences\n",
             train_sentences.size(), dev_sentences.size());

  parse::TrainModelOptions options;
  std::optional<parse::Model> tagger_model;
  if (!flags.tagger_from.empty()) {
    StatusOr<parse::Model> m = parse::Model::Load(flags.tagger_from);
    if (!m.ok()) {
      fmt::print(stderr, "dyad train: --tagger-from: {}\n", m.status().message());
      return 2;
    }
    tagger_model = std::move(m).value();
    options.tagger = &tagger_model->tagger();
  }
  std::vector<Sentence> parser_tags;
  if (!flags.parser_tags.empty()) {
    StatusOr<std::vector<Story>> tagged = ReadTreebank(flags.parser_tags);
    if (!tagged.ok()) {
      fmt::print(stderr, "dyad train: {}: {}\n", flags.parser_tags, tagged.status().message());
      return 2;
    }
    parser_tags = Sentences(*tagged);
    options.parser_train = &parser_tags;
  }
  std::vector<Sentence> jackknifed;
  if (!flags.save_parser_tags.empty()) options.jackknifed = &jackknifed;
  options.seed = flags.seed;
  options.threads = flags.threads;
  options.folds = flags.folds;
  options.tagger_epochs = flags.tagger_epochs;
  options.tagger_ensemble = flags.tagger_ensemble;
  options.parser_epochs = flags.parser_epochs;
  options.parser_prune = flags.prune;
  options.parser_explore = flags.explore;
  options.description = fmt::format(
      "trained on {} ({} sentences): seed {}, {} jack-knife folds, tagger {} epochs, parser {} "
      "epochs, prune {}, exploration {}",
      std::filesystem::path(flags.train).filename().string(), train_sentences.size(), flags.seed,
      flags.folds, flags.tagger_epochs, flags.parser_epochs, flags.prune, flags.explore);
  if (flags.tagger_ensemble > 1) {
    options.description += fmt::format(", {} tagger runs", flags.tagger_ensemble);
  }
  if (!flags.tagger_from.empty()) options.description += "; tagger from " + flags.tagger_from;
  if (!flags.parser_tags.empty()) {
    options.description += "; parser training tags from " + flags.parser_tags;
  }
  options.progress = [&](const std::string& line) {
    fmt::print(stderr, "[{:6.1f}s] {}\n", Seconds(start), line);
  };
  StatusOr<parse::Model> model =
      parse::TrainModel(train_sentences, dev_sentences, Hash64(*train_bytes), options);
  if (!model.ok()) {
    fmt::print(stderr, "dyad train: {}\n", model.status().message());
    return 2;
  }
  if (!flags.save_parser_tags.empty()) {
    // The training stories with the parser's training sentences in place of the gold ones.
    std::string conllu;
    size_t next = 0;
    ingest::ConlluWriteOptions write_options;
    write_options.spans = false;
    for (Story story : *train) {
      for (Sentence& s : story.sentences) s = jackknifed[next++];
      for (size_t i = 0; i < story.sentences.size(); ++i) {
        conllu += ingest::WriteConllu(story, i, write_options);
      }
    }
    Status saved = WriteFile(flags.save_parser_tags, conllu);
    if (!saved.ok()) {
      fmt::print(stderr, "dyad train: {}\n", saved.message());
      return 2;
    }
  }
  std::string bytes = model->ToBytes();
  Status written = WriteFile(flags.out, bytes);
  if (!written.ok()) {
    fmt::print(stderr, "dyad train: {}\n", written.message());
    return 2;
  }
  fmt::print(stderr, "dyad train: wrote {} ({:.1f} MB, source hash {}) in {:.0f}s\n", flags.out,
             bytes.size() / 1e6, HexDigest(model->info().source_hash), Seconds(start));
  return 0;
}

// ---------------------------------------------------------------------------------------------
// dyad parse

struct ParseFlags {
  InputOptions input;
  std::string model;
  int threads = 1;
  DecodeFlags decode;
};

int RunParse(const ParseFlags& flags) {
  StatusOr<parse::Model> model = parse::Model::Load(parse::DefaultModelPath(flags.model));
  if (!model.ok()) {
    fmt::print(stderr, "dyad parse: {}\n", model.status().message());
    return 2;
  }
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  if (!tokenizer.ok()) {
    fmt::print(stderr, "dyad parse: {}\n", tokenizer.status().message());
    return 2;
  }
  const int threads = std::clamp(flags.threads, 1, 256);
  const parse::ParseOptions decode = DecodeOptions(flags.decode);
  // Each story is annotated as it comes, its sentences spread over the threads (they share the
  // immutable model), and written at once, so output stays in input order and precedes the
  // closing summary line.
  auto annotate_and_write = [&](Story& story) {
    ParallelFor(story.sentences.size(), threads,
                [&](size_t j) { model->Annotate(story.sentences[j], decode); });
    std::string out = fmt::format("# newdoc id = {}\n", story.id);
    for (size_t j = 0; j < story.sentences.size(); ++j) out += ingest::WriteConllu(story, j);
    std::fwrite(out.data(), 1, out.size(), stdout);
  };
  int rc = RunStories(flags.input, [&](Story& story) {
    if (story.sentences.empty()) {
      Status st = tokenizer->Tokenize(story);
      if (!st.ok()) {
        fmt::print(stderr, "dyad: {}: story {}: {}\n", story.origin, story.id, st.message());
        return StoryResult::kRejected;
      }
    } else {
      ClearAnnotations(story);  // CoNLL-U input: keep its words, annotate them afresh
    }
    annotate_and_write(story);
    return StoryResult::kCoded;
  });
  return rc;
}

// ---------------------------------------------------------------------------------------------
// dyad eval parse

struct EvalFlags {
  std::string gold;
  std::string model;
  bool gold_tokens = false;
  int threads = 1;
  DecodeFlags decode;
};

// Gold arcs that cross another gold arc (non-projective), over aligned gold-token sentences.
bool NonProjective(const std::vector<Word>& words, int dep) {
  int head = words[dep].head;
  if (head < 0) return false;
  int lo = std::min(head, dep), hi = std::max(head, dep);
  for (int k = lo + 1; k < hi; ++k) {
    // k must be dominated by head.
    int h = k;
    int steps = 0;
    while (h != -1 && h != head && steps++ <= static_cast<int>(words.size())) h = words[h].head;
    if (h != head) return true;
  }
  return false;
}

int RunEvalParse(const EvalFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  StatusOr<parse::Model> model = parse::Model::Load(parse::DefaultModelPath(flags.model));
  if (!model.ok()) {
    fmt::print(stderr, "dyad eval parse: {}\n", model.status().message());
    return 2;
  }
  double load_seconds = Seconds(start);
  StatusOr<std::vector<Story>> gold = ReadTreebank(flags.gold);
  if (!gold.ok()) {
    fmt::print(stderr, "dyad eval parse: {}: {}\n", flags.gold, gold.status().message());
    return 2;
  }
  std::vector<Story> system;
  auto annotate_start = std::chrono::steady_clock::now();
  if (flags.gold_tokens) {
    system = *gold;
    for (Story& s : system) ClearAnnotations(s);
  } else {
    StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
    if (!tokenizer.ok()) {
      fmt::print(stderr, "dyad eval parse: {}\n", tokenizer.status().message());
      return 2;
    }
    system = eval::StripToText(*gold);
    for (Story& s : system) {
      Status st = tokenizer->Tokenize(s);
      if (!st.ok()) {
        fmt::print(stderr, "dyad eval parse: story {}: {}\n", s.id, st.message());
        return 2;
      }
    }
  }
  std::vector<Sentence*> all;
  size_t words = 0;
  for (Story& s : system) {
    for (Sentence& sentence : s.sentences) {
      all.push_back(&sentence);
      words += sentence.words.size();
    }
  }
  const parse::ParseOptions decode = DecodeOptions(flags.decode);
  ParallelFor(all.size(), flags.threads, [&](size_t i) { model->Annotate(*all[i], decode); });
  double annotate_seconds = Seconds(annotate_start);
  StatusOr<eval::ConllScores> scores = eval::ScoreDocuments(*gold, system);
  if (!scores.ok()) {
    fmt::print(stderr, "dyad eval parse: {}\n", scores.status().message());
    return 2;
  }
  size_t gold_sentences = 0;
  for (const Story& s : *gold) gold_sentences += s.sentences.size();

  fmt::print("model {} ({})\n", parse::DefaultModelPath(flags.model), model->info().description);
  fmt::print("mode {}\n", flags.gold_tokens ? "gold tokens" : "raw text (dyad's tokenizer)");
  if (decode.beam > 1) {
    fmt::print("decoding beam {} ({} labels per move, {} scores)\n", decode.beam,
               decode.labels_per_move, flags.decode.beam_score);
  }
  fmt::print("{:<10} {:>8} {:>8} {:>8} {:>10}\n", "metric", "P", "R", "F1", "AlignedAcc");
  const std::pair<const char*, const eval::Score*> rows[] = {
      {"Tokens", &scores->tokens}, {"Sentences", &scores->sentences},
      {"Words", &scores->words},   {"UPOS", &scores->upos},
      {"XPOS", &scores->xpos},     {"UFeats", &scores->ufeats},
      {"AllTags", &scores->alltags}, {"Lemmas", &scores->lemmas},
      {"UAS", &scores->uas},       {"LAS", &scores->las}};
  for (const auto& [name, s] : rows) {
    fmt::print("{:<10} {:8.2f} {:8.2f} {:8.2f} {:10.2f}\n", name, s->Precision(), s->Recall(),
               s->F1(), s->AlignedAccuracy());
  }
  if (flags.gold_tokens) {
    // Per-relation labelled recall (with subtypes) and non-projective arcs.
    std::map<std::string, std::pair<int64_t, int64_t>> by_relation;
    int64_t nonproj = 0, nonproj_right = 0, exact = 0, subtype_right = 0, total = 0;
    for (size_t i = 0; i < gold->size(); ++i) {
      for (size_t j = 0; j < (*gold)[i].sentences.size(); ++j) {
        const auto& g = (*gold)[i].sentences[j].words;
        const auto& p = system[i].sentences[j].words;
        for (size_t k = 0; k < g.size() && k < p.size(); ++k) {
          auto& r = by_relation[g[k].deprel];
          ++r.first;
          ++total;
          bool right = p[k].head == g[k].head;
          if (right && p[k].deprel == g[k].deprel) {
            ++r.second;
            ++subtype_right;
          }
          if (NonProjective(g, static_cast<int>(k))) {
            ++nonproj;
            nonproj_right += right;
          }
        }
        ++exact;
      }
    }
    fmt::print("LAS with subtypes {:.2f}\n", total ? 100.0 * subtype_right / total : 0.0);
    fmt::print("non-projective gold arcs {} recall {:.2f}\n", nonproj,
               nonproj ? 100.0 * nonproj_right / nonproj : 0.0);
    fmt::print("relation recall (head and full label), gold count >= 50:\n");
    for (const auto& [rel, r] : by_relation) {
      if (r.first < 50) continue;
      fmt::print("  {:<14} {:6} {:6.2f}\n", rel, r.first, 100.0 * r.second / r.first);
    }
  }
  fmt::print("model load {:.3f}s; annotated {} words in {:.2f}s ({:.0f} words/s, {} threads{})\n",
             load_seconds, words, annotate_seconds,
             annotate_seconds > 0 ? words / annotate_seconds : 0.0, flags.threads,
             flags.gold_tokens ? "" : "; tokenizing included");
  fmt::print("UPOS {:.2f} XPOS {:.2f} UFEATS {:.2f} LEMMA {:.2f} UAS {:.2f} LAS {:.2f} sentences "
             "{}\n",
             scores->upos.F1(), scores->xpos.F1(), scores->ufeats.F1(), scores->lemmas.F1(),
             scores->uas.F1(), scores->las.F1(), gold_sentences);
  return 0;
}

}  // namespace

void AddTrainCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<TrainFlags>();
  CLI::App* cmd = app.add_subcommand(
      "train", "Train the tagger + parser model on a UD treebank (CoNLL-U); deterministic for a "
               "seed");
  cmd->add_option("--train", flags->train, "Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu")
      ->required();
  cmd->add_option("--dev", flags->dev, "Dev treebank (CoNLL-U): figures per epoch on stderr");
  cmd->add_option("--out", flags->out, "Model file to write, e.g. models/en_ewt.dyadmodel")
      ->required();
  cmd->add_option("--seed", flags->seed, "Random seed (shuffling, exploration)")->default_val(1);
  cmd->add_option("--threads", flags->threads,
                  "Threads for the jack-knife taggers (the model does not depend on it)")
      ->default_val(2);
  cmd->add_option("--folds", flags->folds, "Jack-knife folds for the parser's training tags")
      ->default_val(10);
  cmd->add_option("--tagger-epochs", flags->tagger_epochs, "Tagger passes")->default_val(8);
  cmd->add_option("--parser-epochs", flags->parser_epochs, "Parser passes (models/README.md)")
      ->default_val(9);
  cmd->add_option("--tagger-ensemble", flags->tagger_ensemble,
                  "Tagger runs (different seeds) whose mean weights the model's tagger keeps "
                  "(1: a single run; models/README.md)")
      ->default_val(8)
      ->check(CLI::Range(1, 16));
  cmd->add_option("--prune", flags->prune,
                  "Drop averaged parser weights below this magnitude (larger: smaller file, "
                  "faster parsing, lower accuracy)")
      ->default_val(1.0);
  cmd->add_option("--explore", flags->explore,
                  "Parser training: probability of following the parser's own wrong move "
                  "(dynamic-oracle exploration, from epoch 2)")
      ->default_val(0.9);
  cmd->add_option("--save-parser-tags", flags->save_parser_tags,
                  "Also write the parser's training sentences (jack-knifed tags, gold trees) to "
                  "this CoNLL-U file, for --parser-tags");
  cmd->add_option("--parser-tags", flags->parser_tags,
                  "Experiments: read the parser's training sentences from this file (written by "
                  "--save-parser-tags from the same --train) instead of jack-knifing");
  cmd->add_option("--tagger-from", flags->tagger_from,
                  "Experiments: take the tagger from this model file instead of training one; "
                  "with --parser-tags only the parser is trained");
  cmd->callback([flags, exit_code] { *exit_code = RunTrain(*flags); });
}

void AddParseCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Tokenize, tag, lemmatize and parse stories; writes CoNLL-U (MISC Span=b:e)");
  AddInputOptions(cmd, &flags->input);
  cmd->add_option("--model", flags->model,
                  "Model file (default: $DYAD_MODEL, else models/en_ewt.dyadmodel)");
  cmd->add_option("-j,--threads", flags->threads, "Threads sharing the loaded model")
      ->default_val(1);
  AddDecodeFlags(cmd, &flags->decode);
  cmd->callback([flags, exit_code] { *exit_code = RunParse(*flags); });
}

void AddEvalParseCommand(CLI::App& eval, int* exit_code) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = eval.add_subcommand(
      "parse", "Score tagging, lemmas and parsing against a gold CoNLL-U file (CoNLL 2018)");
  cmd->add_option("gold", flags->gold, "Gold CoNLL-U file")->required();
  cmd->add_flag("--gold-tokens", flags->gold_tokens,
                "Annotate the gold words (default: tokenize the raw text and align)");
  cmd->add_option("--model", flags->model,
                  "Model file (default: $DYAD_MODEL, else models/en_ewt.dyadmodel)");
  cmd->add_option("-j,--threads", flags->threads, "Threads")->default_val(1);
  AddDecodeFlags(cmd, &flags->decode);
  cmd->callback([flags, exit_code] { *exit_code = RunEvalParse(*flags); });
}

}  // namespace dyad::cli
