// Lexicon: every dictionary the coder uses, loaded together, plus what went wrong reading them.
//
// LoadPetrarchLexicon reads PETRARCH2-format files (docs: /work/shared/docs/PETRARCH-FORMATS.md,
// dyad's differences in docs/petrarch-compat.md). Loading never fails on a bad line: the line
// is skipped (or kept with a warning, e.g. a non-CAMEO code) and a Diagnostic recorded. It
// fails (returns a Status) only when a named file cannot be read.
//
// A loaded Lexicon is immutable in use and safe to share across threads (const access only).
//
//   StatusOr<PetrarchFiles> files = FindPetrarchFiles("/path/to/phoenix");
//   StatusOr<Lexicon> lex = LoadPetrarchLexicon(*files);
//   for (const Diagnostic& d : lex->diagnostics) std::cerr << d.ToString() << "\n";
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "lexicon/actors.h"
#include "lexicon/agents.h"
#include "lexicon/diagnostic.h"
#include "lexicon/discards.h"
#include "lexicon/issues.h"
#include "lexicon/verbs.h"

namespace dyad::lexicon {

struct Lexicon {
  ActorDictionary actors;
  AgentDictionary agents;
  VerbDictionary verbs;
  DiscardList discards;
  IssueDictionary issues;
  std::vector<Diagnostic> diagnostics;
  std::string description;  // e.g. "PETRARCH dictionaries: verbs CAMEO.2.0.txt, 3 actor files, ..."
};

// PETRARCH-format file paths. Empty = not used (for verbs/actors/agents this gives an
// empty dictionary; the coder then finds no events/actors).
struct PetrarchFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
};

// Finds the files in `dir` by DESIGN.md's name rules (case-insensitive on the file name):
// verbs: `*.verbs*` or `CAMEO*.txt`; actors: every `*actors*` (sorted by name); agents:
// `*agents*`; discards: `*discards*`; issues: `*Issue*`. Errors: NotFound if `dir` is not a
// readable directory, InvalidArgument if it holds no verb file and no actor file, or two
// candidate files for a single-file slot (the message names them).
StatusOr<PetrarchFiles> FindPetrarchFiles(const std::string& dir);

// Loads the files (see above). Options come from the file contents only.
StatusOr<Lexicon> LoadPetrarchLexicon(const PetrarchFiles& files);

// The individual readers, appending to `dict` and `diagnostics`. Each returns an error only
// when the file cannot be read.
Status ReadPetrarchActors(const std::string& path, ActorDictionary* dict,
                          std::vector<Diagnostic>* diagnostics);
Status ReadPetrarchAgents(const std::string& path, AgentDictionary* dict,
                          std::vector<Diagnostic>* diagnostics);
Status ReadPetrarchDiscards(const std::string& path, DiscardList* list,
                            std::vector<Diagnostic>* diagnostics);
Status ReadPetrarchIssues(const std::string& path, IssueDictionary* dict,
                          std::vector<Diagnostic>* diagnostics);

// The same readers over in-memory text (`name` is used in diagnostics); for tests and caches.
void ParsePetrarchActors(std::string_view text, const std::string& name, ActorDictionary* dict,
                         std::vector<Diagnostic>* diagnostics);
void ParsePetrarchAgents(std::string_view text, const std::string& name, AgentDictionary* dict,
                         std::vector<Diagnostic>* diagnostics);
void ParsePetrarchDiscards(std::string_view text, const std::string& name, DiscardList* list,
                           std::vector<Diagnostic>* diagnostics);
void ParsePetrarchIssues(std::string_view text, const std::string& name, IssueDictionary* dict,
                         std::vector<Diagnostic>* diagnostics);

// For `dyad lexicon check`: loads everything and returns every diagnostic, plus lexicon-wide
// checks (actor codes whose parts are not known CAMEO actor codes, verb codes not in CAMEO).
// A file that cannot be read is reported as an error diagnostic (line 0).
std::vector<Diagnostic> CheckPetrarchLexicon(const PetrarchFiles& files);

}  // namespace dyad::lexicon
