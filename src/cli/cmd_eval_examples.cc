// `dyad eval examples FILE.json [--lexicon DIR] [--model PATH] [--all] [--allow-monads]`: codes
// each sentence of the CAMEO manual's example file (CAMEO_manual_examples.json) with dyad's own
// lexicon, tokenizer, tagger and parser, prints each sentence that misses (id, gold event and
// actors, dyad's events, text), a per-event breakdown, and as the last stdout line
// `sentences N event_acc X source_acc X target_acc X` (definitions in eval/examples_eval.h).
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/decode_flags.h"
#include "coder/coder.h"
#include "eval/examples_eval.h"
#include "lexicon/dyad_lexicon.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

#ifndef DYAD_SOURCE_DIR
#define DYAD_SOURCE_DIR "."
#endif

namespace dyad::cli {
namespace {

std::string ActorList(const std::vector<eval::ExampleActor>& actors) {
  if (actors.empty()) return "-";
  std::string s;
  for (const eval::ExampleActor& a : actors) {
    if (!s.empty()) s += ",";
    s += a.code.empty() ? "?" : a.code;
  }
  return s;
}

std::string EventList(const std::vector<Event>& events) {
  if (events.empty()) return "(none)";
  std::string s;
  for (const Event& e : events) {
    if (!s.empty()) s += "  ";
    s += e.source + " " + e.target + " " + e.code;
    if (!e.event_text.empty()) s += " \"" + e.event_text + "\"";
  }
  return s;
}

std::string Roots(const std::vector<std::string>& roots) {
  std::string s;
  for (const std::string& r : roots) s += (s.empty() ? "" : ",") + r;
  return s;
}

}  // namespace

void AddEvalExamplesCommand(CLI::App& eval, int* exit_code) {
  struct Flags {
    std::string file;
    std::string lexicon;
    std::string model;
    bool all = false;
    bool allow_monads = false;
    DecodeFlags decode;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = eval.add_subcommand(
      "examples", "Code the CAMEO manual's example sentences with dyad's own lexicon and score "
                  "event, source and target");
  cmd->add_option("FILE", flags->file, "CAMEO_manual_examples.json (PLOVER gold records)")
      ->required();
  cmd->add_option("--lexicon", flags->lexicon,
                  "dyad lexicon folder (default: $DYAD_LEXICON or the bundled data/lexicon)");
  cmd->add_option("--model", flags->model,
                  "tagger+parser model (default: $DYAD_MODEL or models/en_ewt.dyadmodel)");
  cmd->add_flag("--all", flags->all, "print every sentence, not only the misses");
  cmd->add_flag("--allow-monads", flags->allow_monads,
                "also count events with only a source or only a target (\"---\" for the other), as "
                "`dyad code --allow-monads` writes them; by default only dyads, as `dyad code`");
  AddDecodeFlags(cmd, &flags->decode);
  cmd->callback([flags, exit_code]() {
    auto fail = [exit_code](const std::string& what) {
      std::cerr << "dyad eval examples: " << what << "\n";
      *exit_code = 2;
    };
    StatusOr<eval::ExampleFile> file = eval::ReadExamples(flags->file);
    if (!file.ok()) return fail(file.status().message());
    for (const std::string& u : file->unknown_events) {
      std::cerr << "warning: event not mapped to CAMEO roots (can never match): " << u << "\n";
    }

    std::string dir =
        lexicon::ResolveLexiconDir(flags->lexicon, DYAD_SOURCE_DIR "/data/lexicon");
    auto lex = std::make_shared<StatusOr<lexicon::Lexicon>>(lexicon::LoadDyadLexicon(dir));
    if (!lex->ok()) return fail(lex->status().message());
    size_t errors = lexicon::CountErrors((*lex)->diagnostics);
    if (errors > 0) {
      std::cerr << "warning: lexicon " << dir << " has " << errors
                << " bad lines (see `dyad lexicon check`)\n";
    }
    StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
    if (!tokenizer.ok()) return fail(tokenizer.status().message());
    StatusOr<parse::Model> model = parse::Model::Load(parse::DefaultModelPath(flags->model));
    if (!model.ok()) return fail(model.status().message());
    coder::CoderOptions options;
    options.require_dyad = !flags->allow_monads;
    StatusOr<coder::Coder> coder = coder::Coder::Create(&**lex, options);
    if (!coder.ok()) return fail(coder.status().message());
    const parse::ParseOptions decode = DecodeOptions(flags->decode);

    eval::ExamplesRun run = eval::RunExamples(
        *file, [&](Story& story) -> StatusOr<std::vector<Event>> {
          DYAD_RETURN_IF_ERROR(tokenizer->Tokenize(story));
          for (Sentence& s : story.sentences) model->Annotate(s, decode);
          return coder->CodeStory(story);
        });
    for (const eval::ExampleResult& r : run.results) {
      const eval::Example& ex = *r.example;
      const eval::ExampleScore& score = r.score;
      if (!r.error.empty()) std::cerr << "warning: " << ex.id << ": " << r.error << "\n";
      bool ok = score.event_ok && score.source_ok && (!score.target_scored || score.target_ok);
      if (ok && !flags->all) continue;
      std::string what = !score.event_ok ? "event"
                         : !score.source_ok ? (score.target_scored && !score.target_ok
                                                   ? "source+target"
                                                   : "source")
                                            : "target";
      std::cout << (ok ? "OK   " : "MISS ") << ex.id << (ok ? "" : " [" + what + "]")
                << "\n  gold: " << ActorList(ex.source) << " -> " << ActorList(ex.target) << " "
                << ex.event << " (" << Roots(score.gold_roots) << ") \"" << ex.event_text
                << "\"\n  got:  " << EventList(r.events) << "\n  text: " << ex.text << "\n";
    }
    for (const auto& [event, s] : run.by_event) {
      std::cout << "event " << event << " " << s.SummaryLine() << "\n";
    }
    std::cout << run.total.SummaryLine() << "\n";
    *exit_code = 0;
  });
}

}  // namespace dyad::cli
