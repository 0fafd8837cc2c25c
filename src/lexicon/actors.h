// ActorDictionary: actor phrases (sequences of normalised words, see normalize.h) -> an
// ordered list of (CAMEO actor code, date range) entries, as in PETRARCH's actor files.
//
// Representation: a word trie stored as a flat hash of (node, word id) edges over interned
// words; each phrase node holds its entry list. Duplicate phrases accumulate entries in
// insertion order (PETRARCH's behaviour).
//
// Dates are int32 YYYYMMDD. An entry applies on date d when date_from <= d < date_to, where
// date_from == 0 means "no lower bound" and date_to == 0 means "no upper bound"
// (PETRARCH: ranges are [start, end), `>date` is start, `<date` is end).
//
// Resolution for a story date d != 0: the first *dated* entry in list order whose range
// contains d; if none does, the first undated entry (the actor's default code); if there is
// none, no code. So `SAM [HOB]` followed by `[HOBGOV 20121109-20130119]` gives HOBGOV inside
// the range and HOB outside it, as PETRARCH's validation records expect. Date 0 means an
// undated story: the first undated entry, or else the first entry.
//
// Thread safety: Add() mutates; once loading is done the object is immutable and all const
// methods are safe to call concurrently.
//
//   ActorDictionary d;
//   d.Add({"UNITED", "STATES"}, "USA", 0, 0, "a.txt", 1);
//   auto m = d.LongestMatch(words, 0, 20170724);  // m->code == "USA", m->end == 2
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::lexicon {

struct ActorEntry {
  std::string code;       // CAMEO actor code, e.g. "USAGOV"
  int32_t date_from = 0;  // inclusive YYYYMMDD, 0 = open
  int32_t date_to = 0;    // exclusive YYYYMMDD, 0 = open
  uint32_t source = 0;    // index into ActorDictionary::sources()
  uint32_t line = 0;      // 1-based line in that source

  bool Dated() const { return date_from != 0 || date_to != 0; }
  bool Covers(int32_t date) const {
    return (date_from == 0 || date >= date_from) && (date_to == 0 || date < date_to);
  }
};

struct ActorMatch {
  size_t begin = 0;  // first word of the phrase
  size_t end = 0;    // one past its last word
  std::string code;  // code resolved for the date
};

class ActorDictionary {
 public:
  // Appends an entry for the phrase. Words must already be normalised (NormalizeWord);
  // an empty phrase is ignored (returns false). `file` is recorded once per distinct name.
  bool Add(std::span<const std::string> words, std::string code, int32_t date_from, int32_t date_to,
           std::string_view file = {}, size_t line = 0);

  // The longest phrase starting at words[start] that has entries, with its code resolved for
  // `date_yyyymmdd` (see the rule above). words must be normalised. nullopt when no phrase
  // starts there, or when every entry of the longest phrase is out of date range; in that
  // case shorter phrases are tried.
  std::optional<ActorMatch> LongestMatch(std::span<const std::string> words, size_t start,
                                         int32_t date_yyyymmdd) const;

  // Prepares for about `phrases` more phrases (a speed hint for loaders).
  void Reserve(size_t phrases);

  // Entries of exactly this phrase, in list order; nullptr if none.
  const std::vector<ActorEntry>* Find(std::span<const std::string> words) const;

  // The code an entry list resolves to on a date (rule above); nullptr if none applies.
  static const ActorEntry* Resolve(const std::vector<ActorEntry>& entries, int32_t date);

  // Number of distinct phrases with entries.
  size_t size() const { return phrase_count_; }
  // Total number of entries over all phrases.
  size_t entry_count() const { return entry_count_; }
  // Source file names, indexed by ActorEntry::source.
  const std::vector<std::string>& sources() const { return sources_; }

  // Calls fn(words, entries) for every phrase (order unspecified).
  template <typename Fn>
  void ForEach(Fn&& fn) const;

 private:
  static constexpr uint32_t kNoWord = UINT32_MAX;
  uint32_t WordId(std::string_view w) const;
  uint32_t InternWord(const std::string& w);
  uint32_t Child(uint32_t node, uint32_t word) const;

  struct Node {
    uint32_t parent = UINT32_MAX;
    uint32_t word = kNoWord;
    int32_t entries = -1;  // index into entries_, -1 = not a phrase end
  };
  std::unordered_map<std::string, uint32_t> word_ids_;
  std::vector<std::string> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> child node
  std::vector<Node> nodes_ = {Node{}};            // node 0 is the root
  std::vector<std::vector<ActorEntry>> entries_;
  std::vector<std::string> sources_;
  size_t phrase_count_ = 0;
  size_t entry_count_ = 0;
};

template <typename Fn>
void ActorDictionary::ForEach(Fn&& fn) const {
  std::vector<std::string> phrase;
  for (const Node& n : nodes_) {
    if (n.entries < 0) continue;
    phrase.clear();
    for (const Node* p = &n; p->word != kNoWord; p = &nodes_[p->parent]) {
      phrase.push_back(words_[p->word]);
    }
    std::vector<std::string> words(phrase.rbegin(), phrase.rend());
    fn(static_cast<const std::vector<std::string>&>(words), entries_[n.entries]);
  }
}

}  // namespace dyad::lexicon
