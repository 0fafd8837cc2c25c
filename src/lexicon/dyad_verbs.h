// Reader for the verb part of dyad's own lexicon format (docs/formats/lexicon.md, "Verbs"):
// one entry a line, a CAMEO code, a trigger verb and the dependents that refine it,
//
//   046  hold talk|negotiation with:$T     # light verb + object noun + "with" oblique
//   1053 demand >release|free|return       # infinitive/clause complement
//   0841 hand_over prisoner|hostage        # phrasal verb (particle joined by '_')
//   057  sign obj=agreement obl:with=$T    # items tied to a named relation (obj, obl:PREP,
//                                          # xcomp): they match only on that relation
//   040  noun:meeting with:$T              # a noun trigger (nominal event)
//
// compiled into the shared VerbDictionary (lexicon/verbs.h) that the PETRARCH reader also
// fills, so the coder never knows which format a verb came from.
//
// Pipeline (parse -> compile, as re2 does): ParseDyadVerbLine turns one line into a
// DyadVerbEntry; ReadDyadVerbFile reads a file and its includes into a DyadVerbSource (entries
// and irregular verb forms); CompileDyadVerbs checks the whole set (conflicting or duplicate
// patterns) and adds blocks, verbs and patterns to a VerbDictionary; LoadDyadVerbs does all
// of it for a lexicon folder (DIR/verbs/verbs.lex).
//
// Errors: reading never fails on a bad line. The line is skipped and an error Diagnostic
// (file:line: reason) recorded; a code outside CAMEO, a duplicate or a conflicting pattern is
// kept and reported as a warning. A Status error is returned only when the root file cannot be
// read.
//
// Thread safety: the functions share no state; they only touch what they are given.
//
//   VerbDictionary verbs;
//   std::vector<Diagnostic> diags;
//   Status s = LoadDyadVerbs("data/lexicon", &verbs, &diags);
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/diagnostic.h"
#include "lexicon/verbs.h"

namespace dyad::lexicon {

// The verb part's root file, relative to a lexicon folder.
inline constexpr char kDyadVerbsRoot[] = "verbs/verbs.lex";

// One element of a verb entry after the trigger.
struct DyadVerbElement {
  enum class Kind {
    kObject,      // NOUN|NOUN      : the direct object's head (passive: the passive subject)
    kPrep,        // PREP:NOUN|...  : an oblique with preposition PREP (PREP:* any, PREP:$T the
                  //                  target, PREP:$S the source)
    kComplement,  // >VERB|VERB     : the head of an infinitive or clausal complement (>* any)
    kTarget,      // $T             : the direct object is the target (the default; documents it)
    kCompound,    // %              : reciprocal: with a compound subject and no target, the
                  //                  conjuncts act on each other ("India and Pakistan clashed")
  };
  Kind kind = Kind::kObject;
  std::string prep;  // kPrep: the normalised preposition ("WITH")
  // The alternatives, each a normalised word sequence: one word ("TALK"), a compound written
  // with '_' ("WAR_CRIME" -> {"WAR", "CRIME"}, head last) or, for complements, a phrasal verb
  // ("STEP_DOWN" -> {"STEP", "DOWN"}). Empty = any (`*`, `$T`, `$S`).
  std::vector<std::vector<std::string>> alternatives;
  bool is_target = false;  // `$T` or `PREP:$T`
  bool is_source = false;  // `PREP:$S`
  // 0 for the main verb's own dependents; n for elements written after the n-th `>`, which
  // belong to that complement's clause ("agree >lift sanction": SANCTION has depth 1).
  int depth = 0;
  // Tied to its dependency relation (`obj=...`, `obl:PREP=...`, `xcomp=...`): matched only on
  // that relation of the verb (or of the complement before it), not anywhere in the clause.
  bool on_relation = false;
};

// One parsed entry line.
struct DyadVerbEntry {
  std::string code_text;                 // as written ("046", "173:---")
  VerbCode code;                         // parsed
  std::vector<std::string> verb_words;   // trigger, normalised: {"HAND", "OVER"}
  bool nominal = false;                  // `noun:WORD`: the trigger is a noun ("meeting")
  std::vector<DyadVerbElement> elements; // in written order
  std::string file;
  size_t line = 0;

  // True when the entry constrains nothing beyond the trigger (only `$T` elements): it sets
  // the verb's own code rather than adding a pattern.
  bool IsBare() const;
  // The entry in canonical written form (lower case, alternatives in written order), for
  // messages.
  std::string ToString() const;
};

// Parses one entry line (comment already removed, no leading blank). Returns false and sets
// `error` ("unknown element 'x'", "bad code '04x'", ...) when the line is malformed. Codes are
// checked for form only (2-4 digits, optional capital letter suffix, or "---"; `:passive` as in
// PETRARCH); whether they are CAMEO codes is CompileDyadVerbs's warning.
bool ParseDyadVerbLine(std::string_view line, DyadVerbEntry* entry, std::string* error);

// Everything read from the verb files.
struct DyadVerbSource {
  std::vector<DyadVerbEntry> entries;
  // Irregular forms by normalised base form ("MEET" -> {"MET"}), from `forms` lines.
  std::map<std::string, std::vector<std::string>> irregular_forms;
  // Marker words by kind ("future", "demand", "intent"), normalised, from `mark` lines.
  std::map<std::string, std::vector<std::string>> marks;
  size_t files = 0;  // files read (root and includes)
};

// Reads `path` and, recursively, its `include` lines (paths relative to the including file's
// folder; a file already read is a warning and is not read again). Lines:
//   include PATH
//   forms BASE : FORM | FORM
//   mark future|demand|intent|hearsay : WORD | WORD   (see VerbDictionary::AddMark)
//   CODE TRIGGER [ELEMENT ...]
// Returns NotFound only when `path` itself cannot be read; an unreadable include is an error
// Diagnostic at the include line.
Status ReadDyadVerbFile(const std::string& path, DyadVerbSource* source,
                        std::vector<Diagnostic>* diagnostics);
// The same over text in memory; `name` is used in diagnostics and to resolve includes.
void ParseDyadVerbText(std::string_view text, const std::string& name, DyadVerbSource* source,
                       std::vector<Diagnostic>* diagnostics);

// Adds the entries to `dict`: one block and one verb per distinct trigger (its forms: the
// regular inflections plus the irregular ones), the bare entry's code as the verb's code, and
// one pattern per other entry (object nouns -> a word item with their regular plurals, compounds
// as multi-word members matched on contiguous words; PREP:... -> a preposition item; >VERB -> a
// word item with the verb's forms; >* -> the word "to"). An entry that only requires a
// preposition or a complement (`meet with:$T`, `agree >*`) with the verb's own code adds no
// pattern: it documents the roles. Warnings: codes not in CAMEO, and two entries of the same
// trigger and shape that share an alternative (a conflict when their codes differ: the coder
// then takes the first, by file order).
void CompileDyadVerbs(const DyadVerbSource& source, VerbDictionary* dict,
                      std::vector<Diagnostic>* diagnostics);

// Reads `dir`/verbs/verbs.lex (kDyadVerbsRoot) and compiles it into `dict`. NotFound when the
// root file cannot be read.
Status LoadDyadVerbs(const std::string& dir, VerbDictionary* dict,
                     std::vector<Diagnostic>* diagnostics);

// Entry counts for reports: entries per code as written, per 3-digit code (4-digit codes count
// for their parent) and per root; distinct triggers.
struct DyadVerbCounts {
  size_t entries = 0;
  size_t triggers = 0;  // distinct trigger verbs
  std::map<std::string, size_t> by_code;
  std::map<std::string, size_t> by_code3;
  std::map<std::string, size_t> by_root;
};
DyadVerbCounts CountDyadVerbs(const DyadVerbSource& source);

}  // namespace dyad::lexicon
