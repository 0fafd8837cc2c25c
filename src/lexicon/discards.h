// DiscardList: phrases that mark a sentence (or a whole story) as not to be coded: sports,
// entertainment, history ("1914", "BASEBALL", "+MANCHESTER UNITED").
//
// Matching (dyad's rule; PETRARCH2's check_discards is buggy, see docs/petrarch-compat.md):
// the phrase's words must appear as consecutive words of the sentence, anywhere, including
// at its very end; matching restarts properly after a partial match. Words are compared in
// normalised form (normalize.h). As PETRARCH documents (and does not implement), the last
// word of a phrase is a stem unless it is written with a trailing '_': "CHAMPION" matches
// "CHAMPIONS" and "CHAMPIONSHIP", "GROUP A_" matches "GROUP A" but not "GROUP AFFAIRS". The
// other words must match whole.
//
// Thread safety: Add() mutates; afterwards all const methods are safe concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::lexicon {

enum class DiscardLevel { kSentence, kStory };

struct DiscardWord {
  std::string word;    // normalised, without the trailing '_'
  bool exact = false;  // whole-word match: not the last word, or written with a trailing '_'
};

struct DiscardMatch {
  std::string phrase;  // the phrase as a dictionary key, words joined by ' ' ("YEARS LATER")
  DiscardLevel level = DiscardLevel::kSentence;
  size_t begin = 0;   // first matched word in the sentence
  size_t end = 0;     // one past the last
  uint32_t line = 0;  // line of the phrase in its file
};

class DiscardList {
 public:
  // Adds a phrase. Returns false for an empty phrase or an exact duplicate.
  bool Add(std::vector<DiscardWord> words, DiscardLevel level, size_t line = 0);

  // The first discard phrase found in the words (earliest start; at one start, the longest),
  // of either level. nullopt if none.
  std::optional<DiscardMatch> Match(std::span<const std::string> words) const;
  // The same, restricted to one level.
  std::optional<DiscardMatch> Match(std::span<const std::string> words, DiscardLevel level) const;

  size_t size() const { return phrases_.size(); }
  size_t count(DiscardLevel level) const;

 private:
  struct Phrase {
    std::vector<DiscardWord> words;
    DiscardLevel level;
    uint32_t line;
  };
  bool WordMatches(const DiscardWord& w, const std::string& text) const;
  std::vector<Phrase> phrases_;
  // first word -> phrases whose first word is matched whole
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
  // stem -> one-word stem phrases (matched by every prefix of a text word)
  std::unordered_map<std::string, std::vector<uint32_t>> stems_;
  std::unordered_set<std::string> keys_;  // level + words + exact flags, for duplicates
};

}  // namespace dyad::lexicon
