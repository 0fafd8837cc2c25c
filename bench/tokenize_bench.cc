// What it measures: segmentation + tokenization (tokenize::Tokenizer::Tokenize) on one core,
// reported as bytes/s of story text (SetBytesProcessed) and syntactic words/s.
//
// Corpus: the raw texts of UD English EWT dev (one story per document, rebuilt as for
// `dyad eval tokenize`) plus ../shared/examples/russia-iraq-2017.txt, repeated until the
// corpus holds at least 8 MB (about 1.5 million words).
//   BM_TokenizeStories: every story tokenized in turn and its sentences released, as the
//     story loop of `dyad tokenize` does.
//   BM_TokenizeOneLargeStory: the whole corpus as one story (paragraphs kept), the worst case
//     for per-story memory.
// Without ../shared the benchmarks report an error and measure nothing.
//
// Run: cmake -DDYAD_BUILD_BENCHMARKS=ON ... && build/bench/tokenize_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "ingest/conllu.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

constexpr size_t kMinCorpusBytes = 8u << 20;

// The corpus stories, or empty when ../shared is missing.
const std::vector<Story>& Corpus() {
  static const std::vector<Story> corpus = [] {
    std::vector<Story> base;
    const std::string shared = DYAD_SHARED_DIR;
    const std::string ewt = shared + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
    const std::string article = shared + "/examples/russia-iraq-2017.txt";
    if (!std::filesystem::exists(ewt)) return base;
    StatusOr<std::string> bytes = ReadFile(ewt);
    if (!bytes.ok()) return base;
    (void)ingest::ReadConllu(
        ewt, *bytes,
        [&](Story&& s) {
          s.sentences.clear();
          base.push_back(std::move(s));
        },
        [](const ingest::InputError&) {});
    StatusOr<std::string> text = ReadFile(article);
    if (text.ok()) {
      Story s;
      s.id = "russia-iraq-2017";
      s.text = *text;
      base.push_back(std::move(s));
    }
    std::vector<Story> out;
    size_t bytes_total = 0;
    while (!base.empty() && bytes_total < kMinCorpusBytes) {
      for (const Story& s : base) {
        out.push_back(s);
        bytes_total += s.text.size();
      }
    }
    return out;
  }();
  return corpus;
}

void BM_TokenizeStories(benchmark::State& state) {
  std::vector<Story> stories = Corpus();
  if (stories.empty()) {
    state.SkipWithError("no ../shared/data/ud/en_ewt/en_ewt-ud-dev.conllu");
    return;
  }
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  if (!tokenizer.ok()) {
    state.SkipWithError(tokenizer.status().message().c_str());
    return;
  }
  int64_t bytes = 0;
  int64_t words = 0;
  for (auto _ : state) {
    for (Story& s : stories) {
      benchmark::DoNotOptimize(tokenizer->Tokenize(s));
      bytes += static_cast<int64_t>(s.text.size());
      for (const Sentence& sentence : s.sentences) words += sentence.words.size();
      std::vector<Sentence>().swap(s.sentences);  // released, as the story loop does
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeStories)->Unit(benchmark::kMillisecond);

void BM_TokenizeOneLargeStory(benchmark::State& state) {
  const std::vector<Story>& stories = Corpus();
  if (stories.empty()) {
    state.SkipWithError("no ../shared/data/ud/en_ewt/en_ewt-ud-dev.conllu");
    return;
  }
  Story big;
  big.id = "corpus";
  for (const Story& s : stories) {
    big.text += s.text;
    big.text += "\n\n";
  }
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  if (!tokenizer.ok()) {
    state.SkipWithError(tokenizer.status().message().c_str());
    return;
  }
  int64_t words = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(tokenizer->Tokenize(big));
    for (const Sentence& sentence : big.sentences) words += sentence.words.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(big.text.size()));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeOneLargeStory)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
