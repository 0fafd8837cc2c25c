// `dyad lexicon check|stats`: validate and count dyad's own lexicon (docs/formats/lexicon.md),
// or, with --petrarch-dicts, check PETRARCH-format dictionaries.
//
// check: every problem on stdout as `file:line: error|warning: reason`, then the summary line
//        `errors N warnings N`; exit 0 when there is no error, 1 otherwise, 2 when the lexicon
//        cannot be found or read.
// stats: `key value` lines (entries by kind, verb triggers by CAMEO root and 3-digit code, the
//        coverage goal); exit 0, or 2 when the lexicon cannot be read.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "lexicon/dyad_lexicon.h"
#include "lexicon/lexicon.h"

#ifndef DYAD_SOURCE_DIR
#define DYAD_SOURCE_DIR "."
#endif

namespace dyad::cli {
namespace {

struct LexiconOptions {
  std::string dir;       // positional DIR
  std::string lexicon;   // --lexicon DIR
  std::string petrarch;  // --petrarch-dicts DIR
  bool quiet = false;    // check: only errors
};

std::string LexiconDir(const LexiconOptions& o) {
  return lexicon::ResolveLexiconDir(!o.dir.empty() ? o.dir : o.lexicon,
                                    DYAD_SOURCE_DIR "/data/lexicon");
}

int RunCheck(const LexiconOptions& o) {
  std::vector<lexicon::Diagnostic> diags;
  std::string what;
  if (!o.petrarch.empty()) {
    StatusOr<lexicon::PetrarchFiles> files = lexicon::FindPetrarchFiles(o.petrarch);
    if (!files.ok()) {
      std::cerr << "dyad lexicon check: " << files.status().message() << "\n";
      return 2;
    }
    diags = lexicon::CheckPetrarchLexicon(*files);
    what = o.petrarch;
  } else {
    what = LexiconDir(o);
    diags = lexicon::CheckDyadLexicon(what);
    for (const lexicon::Diagnostic& d : diags) {
      if (d.line == 0 && d.severity == lexicon::Diagnostic::Severity::kError && d.file == what) {
        std::cerr << "dyad lexicon check: " << d.message << "\n";
        return 2;
      }
    }
  }
  size_t errors = lexicon::CountErrors(diags);
  for (const lexicon::Diagnostic& d : diags) {
    if (o.quiet && d.severity != lexicon::Diagnostic::Severity::kError) continue;
    std::cout << d.ToString() << "\n";
  }
  std::cout << "errors " << errors << " warnings " << diags.size() - errors << "\n";
  return errors == 0 ? 0 : 1;
}

int RunStats(const LexiconOptions& o) {
  std::string dir = LexiconDir(o);
  StatusOr<lexicon::DyadLexiconStats> stats = lexicon::ComputeDyadLexiconStats(dir);
  if (!stats.ok()) {
    std::cerr << "dyad lexicon stats: " << stats.status().message() << "\n";
    return 2;
  }
  std::cout << lexicon::FormatDyadLexiconStats(*stats);
  return 0;
}

}  // namespace

void AddLexiconCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("lexicon", "Check or count a lexicon");
  cmd->require_subcommand(1);
  auto opts = std::make_shared<LexiconOptions>();

  CLI::App* check = cmd->add_subcommand(
      "check", "Report every bad line of a lexicon as file:line: reason (exit 1 on errors)");
  check->add_option("DIR", opts->dir, "dyad lexicon folder (default: $DYAD_LEXICON or bundled)");
  check->add_option("--lexicon", opts->lexicon, "dyad lexicon folder");
  check->add_option("--petrarch-dicts", opts->petrarch,
                    "check PETRARCH-format dictionaries found in this folder instead");
  check->add_flag("--errors-only", opts->quiet, "print errors only (the summary counts all)");
  check->callback([opts, exit_code] { *exit_code = RunCheck(*opts); });

  CLI::App* stats = cmd->add_subcommand(
      "stats", "Count entries by kind and verb triggers by CAMEO root and 3-digit code");
  stats->add_option("DIR", opts->dir, "dyad lexicon folder (default: $DYAD_LEXICON or bundled)");
  stats->add_option("--lexicon", opts->lexicon, "dyad lexicon folder");
  stats->callback([opts, exit_code] { *exit_code = RunStats(*opts); });
}

}  // namespace dyad::cli
