// IssueDictionary: phrases -> issue codes (Phoenix.IssueCoding.txt: EDUCATION, ENERGY, ...).
//
// Each phrase belongs to an <ISSUE CATEGORY=...> section. Loaders expand the file's forms
// (`n:` noun + plural, `v:` verb forms, `+` joined/hyphen/blank variants) into plain phrases
// before calling Add; this class only matches.
//
// Find(words) (dyad's rule; see docs/petrarch-compat.md for PETRARCH2's):
//   1. every ignore phrase (`~`) found in the words masks the words it covers, so
//      "olive oil" does not count as ENERGY's "oil";
//   2. every section-cancel phrase (`~~`) found in the words cancels all codes of its section
//      (for acronyms that are ambiguous: "EEC" vs "electronic engine control");
//   3. issue phrases are then matched left to right, longest first, on unmasked words; the
//      result lists each code with its number of hits, in order of first hit.
//
// Thread safety: Add*() mutate; afterwards Find() is safe concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dyad::lexicon {

class IssueDictionary {
 public:
  // Starts a new section; later Add* calls belong to it. Returns the section's index.
  size_t BeginSection(std::string category, std::string type = "");

  // Adds an issue phrase (normalised words) with its code, in the current section (a default
  // unnamed section if none was begun). Returns false for an empty phrase or a duplicate
  // phrase (the first code is kept).
  bool Add(std::span<const std::string> words, std::string code, size_t line = 0);
  // `~phrase`: masks the words it covers.
  bool AddIgnore(std::span<const std::string> words, size_t line = 0);
  // `~~phrase`: cancels the current section's codes when present.
  bool AddSectionCancel(std::span<const std::string> words, size_t line = 0);

  std::vector<std::pair<std::string, int>> Find(std::span<const std::string> words) const;

  size_t size() const { return phrase_count_; }          // issue phrases
  size_t ignore_count() const { return ignore_count_; }  // `~` and `~~` phrases
  size_t section_count() const { return sections_.size(); }
  // Distinct codes, in order of first definition.
  const std::vector<std::string>& codes() const { return codes_; }

 private:
  enum class Kind : uint8_t { kIssue, kIgnore, kSectionCancel };
  struct Entry {
    Kind kind;
    uint32_t section;
    uint32_t code;  // index into codes_ (kIssue only)
    uint32_t line;
  };
  struct Section {
    std::string category, type;
  };
  bool AddPhrase(std::span<const std::string> words, Entry e);
  size_t CurrentSection();

  // key: words joined by ' '; several kinds may share a phrase, so a small list
  std::unordered_map<std::string, std::vector<Entry>> phrases_;
  std::unordered_map<std::string, uint32_t> code_ids_;
  std::vector<std::string> codes_;
  std::vector<Section> sections_;
  size_t max_words_ = 0;
  size_t phrase_count_ = 0;
  size_t ignore_count_ = 0;
};

}  // namespace dyad::lexicon
