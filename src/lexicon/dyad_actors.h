// Reader for the actor, agent and discard part of dyad's own lexicon format
// (docs/formats/lexicon.md): `KIND [CODE [RANGE] [CONFIDENCE]] : PHRASE | PHRASE` lines,
// indented continuation lines adding dated codes, `include` lines, `#` comments.
//
// Reading never fails on a bad line: the line is skipped (or kept, for a warning such as an
// unknown CAMEO code) and a Diagnostic recorded with file and line. A Status error is
// returned only when the root file cannot be read.
//
// Thread safety: functions only touch what they are given; no shared state.
//
//   ActorDictionary actors; AgentDictionary agents; DiscardList discards;
//   std::vector<Diagnostic> diags; DyadActorCounts counts;
//   DyadActorSinks sinks{&actors, &agents, &discards, &diags, &counts};
//   Status s = ReadDyadActorFile("data/lexicon/lexicon.lex", sinks);
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/actors.h"
#include "lexicon/agents.h"
#include "lexicon/diagnostic.h"
#include "lexicon/discards.h"

namespace dyad::lexicon {

// What was read, for `dyad lexicon stats`.
struct DyadActorCounts {
  std::map<std::string, size_t> entries_by_kind;  // entry lines/blocks per kind ("person"...)
  std::map<std::string, size_t> phrases_by_kind;  // expanded phrases per kind
  std::map<std::string, size_t> person_codes_by_confidence;  // "high"/"medium"/"low"
  size_t files = 0;                                          // files read (root and includes)
};

// Where the reader puts what it reads. Every pointer must be non-null.
struct DyadActorSinks {
  ActorDictionary* actors;
  AgentDictionary* agents;
  DiscardList* discards;
  std::vector<Diagnostic>* diagnostics;
  DyadActorCounts* counts;
};

// Reads a file and, recursively, its includes (paths relative to the including file; a file
// already read is reported as a warning and not read again). Returns an error only when
// `path` itself cannot be read; an unreadable include is an error Diagnostic.
Status ReadDyadActorFile(const std::string& path, const DyadActorSinks& sinks);

// Reads text already in memory; `name` is used in diagnostics and to resolve includes (its
// folder). Includes are read from disk.
void ParseDyadActorText(std::string_view text, const std::string& name,
                        const DyadActorSinks& sinks);

// A parsed RANGE (`FROM..TO`, each side YYYY, YYYY-MM or YYYY-MM-DD or empty), as the
// half-open YYYYMMDD range ActorDictionary uses (0 = open). Both written ends are inclusive at
// their precision: "2006-05..2014-09" -> [20060501, 20141001). nullopt when malformed,
// impossible (month 13, 31 February) or reversed; `error` then says why.
struct DateRange {
  int32_t from = 0;
  int32_t to = 0;
};
std::optional<DateRange> ParseDateRange(std::string_view text, std::string* error);

// The phrases a written phrase stands for, as normalised words: `soldier(s)` gives SOLDIER and
// SOLDIERS (combinations when several words carry an ending, at most 64), and a phrase starting
// with "the" is also given without it. A hyphenated name ("al-Sharaa", "Guinea-Bissau": an
// inner hyphen and a capital at the start or after a hyphen) is also given as the tokenizer
// cuts it, with the hyphen as a word (AL - SHARAA) and without it (AL SHARAA), so up to three
// times the variants. Empty when the phrase has no words, a malformed `(` or more than 64
// combinations of endings.
std::vector<std::vector<std::string>> ExpandPhrase(std::string_view phrase);

}  // namespace dyad::lexicon
