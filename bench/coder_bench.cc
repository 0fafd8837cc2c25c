// Coding speed of the event coder, parses given (the coder alone: no tokenizing or parsing).
//
// Corpus: the 284 stored UD parses of ../shared/data/petrarch/validate-ud/PETR.UnitTest.records.xml.
// BM_CodePhoenix codes them with the Phoenix dictionaries (../shared/data/petrarch/phoenix:
// CAMEO.2.0.txt, the three actor files, agents, discards, issues); BM_CodeValidation with the
// validation file's own small dictionaries, which yield many more events per sentence.
// items_per_second is sentences per second on one thread. BM_LoadPhoenix times loading the
// Phoenix dictionaries from text.
//
// Run: build with -DDYAD_BUILD_BENCHMARKS=ON, then `build/bench/coder_bench`.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/file.h"
#include "coder/coder.h"
#include "ingest/conllu.h"
#include "ingest/petrarch_xml.h"
#include "lexicon/lexicon.h"

namespace {

const std::string kShared = DYAD_SHARED_DIR;

std::vector<dyad::Story> LoadStories() {
  std::vector<dyad::Story> out;
  std::string path = kShared + "/data/petrarch/validate-ud/PETR.UnitTest.records.xml";
  dyad::StatusOr<std::string> bytes = dyad::ReadFile(path);
  if (!bytes.ok()) return out;
  auto doc = dyad::ingest::ParsePetrarchXml(path, *bytes, [](const dyad::ingest::InputError&) {});
  if (!doc.ok()) return out;
  for (const auto& item : doc->items) {
    const auto* rec = std::get_if<dyad::ingest::PetrarchRecord>(&item);
    if (rec == nullptr) continue;
    (void)dyad::ingest::ReadConllu(
        path, rec->parse, [&](dyad::Story&& s) { out.push_back(std::move(s)); },
        [](const dyad::ingest::InputError&) {});
  }
  return out;
}

dyad::StatusOr<dyad::lexicon::Lexicon> Phoenix() {
  auto files = dyad::lexicon::FindPetrarchFiles(kShared + "/data/petrarch/phoenix");
  if (!files.ok()) return files.status();
  return dyad::lexicon::LoadPetrarchLexicon(*files);
}

dyad::StatusOr<dyad::lexicon::Lexicon> Validation() {
  std::string dir = kShared + "/data/petrarch/validate-ud/";
  dyad::lexicon::PetrarchFiles f;
  f.verbs = dir + "PETR.Validate.verbs.txt";
  f.actors = {dir + "PETR.Validate.actors.txt"};
  f.agents = dir + "PETR.Validate.agents.txt";
  f.discards = dir + "PETR.Validate.discards.txt";
  return dyad::lexicon::LoadPetrarchLexicon(f);
}

void Code(benchmark::State& state, const dyad::lexicon::Lexicon& lex) {
  std::vector<dyad::Story> stories = LoadStories();
  if (stories.empty()) {
    state.SkipWithError("no stored parses (../shared missing?)");
    return;
  }
  auto coder = dyad::coder::Coder::Create(&lex, {});
  size_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const dyad::Story& s : stories) {
      for (size_t i = 0; i < s.sentences.size(); ++i) {
        auto ev = coder->CodeSentence(s, s.sentences[i], static_cast<int32_t>(i), 19950101);
        events += ev.size();
        ++sentences;
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.counters["events_per_sentence"] =
      sentences ? static_cast<double>(events) / static_cast<double>(sentences) : 0;
}

void BM_CodePhoenix(benchmark::State& state) {
  static auto lex = Phoenix();
  if (!lex.ok()) {
    state.SkipWithError(lex.status().message().c_str());
    return;
  }
  Code(state, *lex);
}
BENCHMARK(BM_CodePhoenix)->Unit(benchmark::kMillisecond);

void BM_CodeValidation(benchmark::State& state) {
  static auto lex = Validation();
  if (!lex.ok()) {
    state.SkipWithError(lex.status().message().c_str());
    return;
  }
  Code(state, *lex);
}
BENCHMARK(BM_CodeValidation)->Unit(benchmark::kMillisecond);

void BM_LoadPhoenix(benchmark::State& state) {
  for (auto _ : state) {
    auto lex = Phoenix();
    if (!lex.ok()) {
      state.SkipWithError(lex.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(lex->actors.size());
  }
}
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
