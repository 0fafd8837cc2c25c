// The verb dictionary: verbs, their CAMEO codes and the patterns that refine them, in a form
// the coder matches against UD dependency trees.
//
// PETRARCH's CAMEO.2.0.txt format (see docs PETRARCH-FORMATS.md) is read by ReadPetrarchVerbs;
// dyad's own verb format (src/lexicon/dyad_verbs.h) fills the same structure through the Add*
// functions below, so the coder never knows which format a verb came from.
//
// Model (re2-style: parse -> compile -> match):
//   - A *block* is a group of synonymous verbs sharing a default code and a list of patterns
//     (PETRARCH's `--- NAME [CODE] ---` block).
//   - A *verb* belongs to one block: its words (a multi-word verb like "cordon off" or
//     "wire tap" has several, one of which is the inflected verb word), the inflected forms of
//     that verb word, and optionally its own code overriding the block's.
//   - A *pattern* refines the code by what surrounds the verb in the clause. Its items are
//     matched leniently against the verb's dependents, in sentence order:
//       kWord   a word (a noun-phrase head, an adverb, an adjective) -> any word in the clause
//               after (or, for `before` items, before) the verb whose form or lemma is in the
//               word set;
//       kPhrase a multi-word noun phrase `{ADJ ... HEAD}`: the words in order, the last one the
//               head; modifiers may be separated by other words of the same phrase;
//       kPrep   `(PREP NOUN...)`: a preposition (a `case` child in UD, or any word equal to it)
//               followed by the listed words; with no words, the preposition alone;
//       kSkip   `^`: skip one noun phrase (matching is lenient: treated as "anything");
//       kSource / kTarget / kCompound: TABARI's `$`, `+`, `%` markers: they say where the
//               source/target sit; they constrain nothing (PETRARCH2 stored them as literal
//               words, so its patterns containing them never matched; dyad ignores them).
//     An item may be tied to a dependency relation (PatternRel, dyad's `obj=`, `obl:PREP=`,
//     `xcomp=` elements): it then matches only a word on that relation of the current head
//     (the verb, or the last complement matched), not anywhere in the clause.
//     Priority among the patterns of a block that match: most content items (`specificity`),
//     then most relation-tied items (`relations`), then most words matched by multi-word
//     members, then file order; with none, the verb's own code, else the block's default.
//   - Word sets: every dictionary word is interned to a WordId; a synset (`&NAME`) or a single
//     word becomes a WordSet. The coder interns each sentence word once (LookupWord) and then
//     tests set membership by integer comparison.
//
// Codes are kept as strings exactly as written ("042", "0874", "174L"); a code outside CAMEO is
// kept (lexicon check warns), never dropped. VerbCode::kNull ("---") means "no event".
//
// Thread safety: building (Add*, ReadPetrarchVerbs) is single-threaded; once built, all const
// member functions are safe to call from many threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "lexicon/diagnostic.h"

namespace dyad::lexicon {

using WordId = uint32_t;
using WordSetId = uint32_t;
inline constexpr WordId kNoWord = 0xFFFFFFFFu;

// The code of a verb, block or pattern: `[active]`, `[active:passive]` or `[:passive]`.
struct VerbCode {
  static constexpr std::string_view kNull = "---";
  std::string active;   // "" = none given; "---" = explicitly no event
  std::string passive;  // "" = as active; set for `[a:p]` and `[:p]`
  bool passive_only = false;  // `[:p]`: no event in the active voice

  bool empty() const { return active.empty() && passive.empty(); }
  // The code for a voice: passive uses `passive` when set, else `active`; active voice of a
  // passive-only code is "". The result may be "---" (no event).
  const std::string& For(bool passive_voice) const {
    if (passive_voice && !passive.empty()) return passive;
    return active;
  }
};

// Parses "042", "042:043", ":173", "---" (no brackets). Returns false on an empty or malformed
// code (blanks inside, unbalanced ':').
bool ParseVerbCode(std::string_view text, VerbCode* code);

enum class PatternItemKind : uint8_t { kWord, kPhrase, kPrep, kSkip, kSource, kTarget, kCompound };

// The dependency relation an item must hang on (kAnywhere: matched leniently over the clause).
//   kObject      the head's direct object (`obj`; in the passive its `nsubj:pass`), or a
//                conjunct or `flat` part of it;
//   kOblique     an oblique of the head (`obl`, or an `nmod` of its object) whose `case` child
//                is the item's preposition; its head (or a conjunct) holds the item's words;
//                with no `$T`/`$S` marker after it, the coder does not take that phrase itself
//                as the target (it is the pattern's content: "rallied in Baghdad");
//   kComplement  the head's `xcomp` (open complement, "agreed to lift"); it becomes the head
//                of the items after it.
enum class PatternRel : uint8_t { kAnywhere, kObject, kOblique, kComplement };

struct PatternItem {
  PatternItemKind kind = PatternItemKind::kWord;
  PatternRel rel = PatternRel::kAnywhere;
  // kWord: one set; kPhrase: the phrase's words in order (last = head); kPrep: the object
  // words in order (may be empty).
  std::vector<WordSetId> words;
  WordSetId prep = 0;  // kPrep: the preposition's set
};

struct VerbPattern {
  std::vector<PatternItem> before;  // items written before `*`, in order
  std::vector<PatternItem> after;   // items written after `*`, in order
  VerbCode code;
  uint32_t specificity = 0;  // number of content items (kWord/kPhrase words, kPrep parts)
  uint32_t relations = 0;    // items tied to a relation (set by AddPattern)
  std::string file;
  size_t line = 0;
};

struct VerbBlock {
  std::string name;
  VerbCode code;  // default code of the block's verbs
  std::vector<VerbPattern> patterns;
  std::string file;
  size_t line = 0;
  // Compiled by AddPattern: patterns by a word their first content item needs (a pattern can
  // only match a clause containing one of its key words), and patterns with no content item.
  std::unordered_map<WordId, std::vector<uint32_t>> pattern_index;
  std::vector<uint32_t> unindexed_patterns;
};

struct Verb {
  uint32_t block = 0;
  // All words of the verb, normalised, in order. For a single-word verb, one word.
  std::vector<std::string> words;
  size_t verb_index = 0;           // which of `words` is inflected
  std::vector<std::string> forms;  // inflected forms of words[verb_index], base form first
  VerbCode code;                   // own code; empty = the block's
  // A noun trigger ("meeting", dyad's `noun:` entries): matched only on nouns, and verbs
  // only on non-nouns. `forms` then holds the noun and its plurals.
  bool nominal = false;
  std::string file;
  size_t line = 0;
};

// Kinds of marker words, which say what kind of act a clause is beyond its verb (dyad's
// `mark` lines; PETRARCH dictionaries have none, so the coder then applies none of these):
//   kFuture  auxiliaries of an announced action ("will", "would"): the coder codes "will
//            meet" as the intent to meet (036), "would boycott" as the threat (133);
//   kDemand  auxiliaries of obligation ("must"): "X said Y must release Z" is a demand of X
//            on Y;
//   kIntent  lemmas of verbs and predicates of plan or expectation ("plan", "expect"): when
//            not coded themselves, "plans to meet" is the intent to meet.
enum class MarkKind : uint8_t { kFuture, kDemand, kIntent, kHearsay };  // marks_ has one set each

class VerbDictionary {
 public:
  // --- Building (used by the loaders). ---

  // Interns a normalised word (see lexicon/normalize.h) and returns its id.
  WordId InternWord(std::string_view normalized);
  // A set of words. Members are normalised words; a multi-word member ("URBAN_CENTER" or
  // "URBAN CENTER") matches its last word only when the words before it in the sentence are
  // the member's other words (see MultiWordMembers). The same member list gives the same id.
  WordSetId AddWordSet(const std::vector<std::string>& members);
  // A named set (a PETRARCH synset `&NAME`), looked up by FindNamedSet.
  WordSetId AddNamedSet(const std::string& name, const std::vector<std::string>& members);
  // The id of a named set, or -1 when absent.
  int64_t FindNamedSet(const std::string& name) const;

  // Adds a block; returns its index.
  uint32_t AddBlock(std::string name, VerbCode code, std::string file, size_t line);
  // Adds a verb to `block` (index from AddBlock). `verb.forms` must hold at least the base
  // form; the coder looks the verb up by every form and by the base form as a lemma.
  void AddVerb(Verb verb);
  // Adds a pattern to a block. Computes `specificity` when left 0.
  void AddPattern(uint32_t block, VerbPattern pattern);

  // Adds a marker word (normalised) of a kind.
  void AddMark(MarkKind kind, const std::string& normalized) {
    marks_[static_cast<size_t>(kind)].insert(normalized);
  }

  // --- Matching (thread-safe, const). ---

  // True when `normalized` is a marker word of `kind`.
  bool IsMark(MarkKind kind, const std::string& normalized) const {
    const auto& set = marks_[static_cast<size_t>(kind)];
    return !set.empty() && set.count(normalized) > 0;
  }
  bool HasMarks(MarkKind kind) const { return !marks_[static_cast<size_t>(kind)].empty(); }

  // The id of a normalised word, or kNoWord when no dictionary word has that spelling.
  WordId LookupWord(std::string_view normalized) const;
  // True when `word` is a single-word member of `set` (kNoWord is in no set).
  bool InSet(WordSetId set, WordId word) const {
    if (word == kNoWord || set >= sets_.size()) return false;
    const std::vector<WordId>& s = sets_[set];
    if (s.size() <= 8) {
      for (WordId w : s) {
        if (w == word) return true;
      }
      return false;
    }
    return std::binary_search(s.begin(), s.end(), word);
  }
  // True when the set has multi-word members.
  bool HasMultiWordMembers(WordSetId set) const {
    return set < multi_.size() && !multi_[set].empty();
  }
  // The multi-word members of `set` (each a word sequence, last word = head); usually empty.
  const std::vector<std::vector<WordId>>& MultiWordMembers(WordSetId set) const;
  // Indices (into verbs()) of the verbs having `word` as their inflected verb word.
  const std::vector<uint32_t>* VerbsForWord(WordId word) const;

  const std::vector<Verb>& verbs() const { return verbs_; }
  // True when some verb is a noun trigger.
  bool has_nominal() const { return has_nominal_; }
  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  size_t word_count() const { return words_.size(); }
  const std::string& word(WordId id) const { return words_[id]; }
  // The effective code of a verb: its own code, else its block's.
  const VerbCode& CodeOf(const Verb& verb) const {
    return verb.code.empty() ? blocks_[verb.block].code : verb.code;
  }

 private:
  std::vector<std::string> words_;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordId, StringHash, std::equal_to<>> word_ids_;
  std::vector<std::vector<WordId>> sets_;  // sorted single-word members
  std::vector<std::vector<std::vector<WordId>>> multi_;  // multi-word members per set
  std::unordered_map<std::string, WordSetId> set_by_key_;
  std::unordered_map<std::string, WordSetId> named_sets_;
  std::vector<VerbBlock> blocks_;
  std::vector<Verb> verbs_;
  std::unordered_map<WordId, std::vector<uint32_t>> verbs_by_word_;
  std::unordered_set<std::string> marks_[4];  // by MarkKind
  bool has_nominal_ = false;
};

// Regular inflections of a verb base form (PETRARCH's rule): base, +S/ES/IES, +ED/D, +ING with
// e-drop. Used when a verb line gives no `{irregular forms}`.
std::vector<std::string> RegularVerbForms(const std::string& base);
// Regular plural(s) of a noun (+S, Y -> IES, S/SH/CH/X -> ES), as PETRARCH adds to synsets.
std::vector<std::string> RegularPlurals(const std::string& noun);

// Reads a PETRARCH CAMEO.2.0.txt-format verb file into `dict`. Bad lines are skipped and
// reported in `diagnostics` ("file:line: reason"); unlike PETRARCH2, a `<!` line does not stop
// pattern loading (comment lines are skipped, `<!-- ... -->` blocks too). Fails only when the
// file cannot be read.
Status ReadPetrarchVerbs(const std::string& path, VerbDictionary* dict,
                         std::vector<Diagnostic>* diagnostics);
// The same on text already in memory (`path` names it in diagnostics).
void ParsePetrarchVerbs(const std::string& path, std::string_view text, VerbDictionary* dict,
                        std::vector<Diagnostic>* diagnostics);

}  // namespace dyad::lexicon
