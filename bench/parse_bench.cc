// What it measures: the English NLP core on one core, in syntactic words (tokens) per second:
//   BM_ModelLoad       reading and checking models/en_ewt.dyadmodel (tagger + parser);
//   BM_Tag             tagging + lemmatizing (tag::Tagger::Tag) of already tokenized text;
//   BM_Parse           parsing (parse::Parser::Parse) of already tagged text;
//   BM_ParseBeam/K     the same with beam decoding (ParseOptions::beam = K, default labels
//                      per move and scores), over the corpus's first 100,000 words only;
//   BM_EndToEnd        tokenize + tag + lemmatize + parse from raw story text: the figure the
//                      issue's speed target (>= 100,000 tokens/s) is about.
//
// Corpus (DESIGN.md): the raw texts of UD English EWT dev (one story per document, rebuilt as
// for `dyad eval tokenize`), the texts of both PETRARCH validation record files and
// ../shared/examples/russia-iraq-2017.txt, repeated until the corpus holds at least 1,000,000
// words after tokenization. Each benchmark iteration is one pass over the whole corpus.
// Model: --model is not available here; $DYAD_MODEL, else models/en_ewt.dyadmodel in the source
// tree. Without ../shared or the model the benchmarks report an error and measure nothing.
//
// Run: cmake -S . -B build -DDYAD_BUILD_BENCHMARKS=ON && cmake --build build --target parse_bench
//      && build/bench/parse_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "ingest/conllu.h"
#include "ingest/reader.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

constexpr size_t kMinCorpusWords = 1000000;

struct Corpus {
  std::vector<Story> raw;        // text only
  std::vector<Story> tokenized;  // same stories, tokenized
  std::vector<Story> tagged;     // same stories, tokenized and tagged
  size_t words = 0;
  std::string error;  // why there is no corpus
};

const parse::Model* TheModel(std::string* error) {
  static const StatusOr<parse::Model> model = parse::Model::Load(parse::DefaultModelPath());
  if (!model.ok()) {
    *error = model.status().message();
    return nullptr;
  }
  return &*model;
}

void AddStories(const std::string& path, std::vector<Story>& out) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return;
  ingest::ReadOptions options;
  (void)ingest::ReadStories(
      path, *bytes, options,
      [&](Story&& s) {
        s.sentences.clear();
        out.push_back(std::move(s));
      },
      [](const ingest::InputError&) {});
}

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const std::string shared = DYAD_SHARED_DIR;
    const std::string ewt = shared + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(ewt)) {
      c.error = "no " + ewt;
      return c;
    }
    const parse::Model* model = TheModel(&c.error);
    if (model == nullptr) return c;
    StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
    if (!tokenizer.ok()) {
      c.error = tokenizer.status().message();
      return c;
    }
    std::vector<Story> base;
    AddStories(ewt, base);
    AddStories(shared + "/data/petrarch/validate-ud/PETR.UnitTest.records.xml", base);
    AddStories(shared + "/data/petrarch/validate-ptb/PETR.UnitTest.records.xml", base);
    AddStories(shared + "/examples/russia-iraq-2017.txt", base);
    std::vector<Story> base_tokenized = base;
    size_t base_words = 0;
    for (Story& s : base_tokenized) {
      (void)tokenizer->Tokenize(s);
      for (const Sentence& sentence : s.sentences) base_words += sentence.words.size();
    }
    std::vector<Story> base_tagged = base_tokenized;
    for (Story& s : base_tagged) {
      for (Sentence& sentence : s.sentences) model->tagger().Tag(sentence);
    }
    while (base_words > 0 && c.words < kMinCorpusWords) {
      c.raw.insert(c.raw.end(), base.begin(), base.end());
      c.tokenized.insert(c.tokenized.end(), base_tokenized.begin(), base_tokenized.end());
      c.tagged.insert(c.tagged.end(), base_tagged.begin(), base_tagged.end());
      c.words += base_words;
    }
    return c;
  }();
  return corpus;
}

void Report(benchmark::State& state, size_t words_per_pass) {
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(words_per_pass) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(words_per_pass);
}

// The loaded model, or null after marking the benchmark skipped when the corpus (and with it
// the model) is missing.
const parse::Model* ModelFor(benchmark::State& state, const Corpus& c) {
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return nullptr;
  }
  std::string unused;
  return TheModel(&unused);
}

void BM_ModelLoad(benchmark::State& state) {
  const std::string path = parse::DefaultModelPath();
  for (auto _ : state) {
    StatusOr<parse::Model> model = parse::Model::Load(path);
    if (!model.ok()) {
      state.SkipWithError(model.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(model->parser().num_weights());
  }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const parse::Model* model = ModelFor(state, c);
  if (model == nullptr) return;
  std::vector<Story> stories = c.tokenized;
  for (auto _ : state) {
    for (Story& s : stories) {
      for (Sentence& sentence : s.sentences) model->tagger().Tag(sentence);
    }
  }
  Report(state, c.words);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kSecond)->Iterations(1);

void BM_Parse(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const parse::Model* model = ModelFor(state, c);
  if (model == nullptr) return;
  std::vector<Story> stories = c.tagged;
  for (auto _ : state) {
    for (Story& s : stories) {
      for (Sentence& sentence : s.sentences) model->parser().Parse(sentence);
    }
  }
  Report(state, c.words);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kSecond)->Iterations(1);

constexpr size_t kBeamCorpusWords = 100000;

void BM_ParseBeam(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const parse::Model* model = ModelFor(state, c);
  if (model == nullptr) return;
  std::vector<Sentence> sentences;
  size_t words = 0;
  for (const Story& s : c.tagged) {
    for (const Sentence& sentence : s.sentences) {
      if (words >= kBeamCorpusWords) break;
      sentences.push_back(sentence);
      words += sentence.words.size();
    }
  }
  parse::ParseOptions options;
  options.beam = static_cast<int>(state.range(0));
  for (auto _ : state) {
    for (Sentence& sentence : sentences) model->parser().Parse(sentence, options);
  }
  Report(state, words);
}
BENCHMARK(BM_ParseBeam)->Arg(2)->Arg(4)->Arg(8)->Arg(16)->Unit(benchmark::kSecond)->Iterations(1);

void BM_EndToEnd(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const parse::Model* model = ModelFor(state, c);
  if (model == nullptr) return;
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  std::vector<Story> stories = c.raw;
  for (auto _ : state) {
    for (Story& s : stories) {
      (void)tokenizer->Tokenize(s);
      for (Sentence& sentence : s.sentences) model->Annotate(sentence);
    }
  }
  Report(state, c.words);
}
BENCHMARK(BM_EndToEnd)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
