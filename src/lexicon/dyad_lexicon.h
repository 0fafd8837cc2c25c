// dyad's own lexicon (docs/formats/lexicon.md): loading it into the shared Lexicon, checking
// it, and counting it.
//
// A lexicon folder holds `lexicon.lex` (actors, agents, discards; read by dyad_actors.h) and
// `verbs/` (read by LoadDyadVerbs in dyad_verbs.h). Loading never fails on a bad line: the line
// is skipped and a Diagnostic recorded. It fails (NotFound / InvalidArgument) only when the
// folder or its root file cannot be read.
//
// Thread safety: the functions share no state; the returned Lexicon is immutable in use.
//
//   StatusOr<Lexicon> lex = LoadDyadLexicon(DefaultLexiconDir());
//   if (!lex.ok()) { ... lex.status().message() ... }
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "lexicon/diagnostic.h"
#include "lexicon/dyad_actors.h"
#include "lexicon/lexicon.h"

namespace dyad::lexicon {

// The root file of the actor part inside a lexicon folder.
inline constexpr char kDyadLexiconRoot[] = "lexicon.lex";

// Loads actors, agents and discards from `dir`/lexicon.lex and verbs from `dir` through
// LoadDyadVerbs. Diagnostics of both parts go to Lexicon::diagnostics.
StatusOr<Lexicon> LoadDyadLexicon(const std::string& dir);

// Every problem in the lexicon at `dir`, errors and warnings; an unreadable folder or root file
// is itself reported as an error diagnostic.
std::vector<Diagnostic> CheckDyadLexicon(const std::string& dir);

// Counts for `dyad lexicon stats`.
struct DyadLexiconStats {
  DyadActorCounts actors;    // entries and phrases by kind, person confidence
  size_t actor_phrases = 0;  // distinct actor phrases in the ActorDictionary
  size_t actor_entries = 0;  // (phrase, code, range) entries
  size_t agent_phrases = 0;
  size_t discard_phrases = 0;
  size_t verb_blocks = 0;
  size_t verbs = 0;  // verb lines (single and multi-word verbs)
  size_t verb_patterns = 0;
  // Triggers (a verb or a pattern with an effective event code, "---" excluded) by CAMEO root
  // ("01".."20") and by 3-digit code ("010".."204"); a 4-digit code counts for its 3-digit
  // parent.
  std::map<std::string, size_t> triggers_by_root;
  std::map<std::string, size_t> triggers_by_code3;
  size_t errors = 0;
  size_t warnings = 0;
};

// Loads the lexicon at `dir` and counts it. Errors as LoadDyadLexicon.
StatusOr<DyadLexiconStats> ComputeDyadLexiconStats(const std::string& dir);

// The stats as the text `dyad lexicon stats` prints: one `key value` line per count, the
// coverage goal (every 3-digit CAMEO code >= 3 triggers, every root >= 40) with the codes that
// miss it, and a summary line last.
std::string FormatDyadLexiconStats(const DyadLexiconStats& stats);

}  // namespace dyad::lexicon

namespace dyad::lexicon {

// The lexicon folder to use: `flag` when not empty, else $DYAD_LEXICON when set and not
// empty, else `built_in` (the CLI passes DYAD_SOURCE_DIR "/data/lexicon").
std::string ResolveLexiconDir(const std::string& flag, const std::string& built_in);

}  // namespace dyad::lexicon
