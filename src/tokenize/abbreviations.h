// The built-in abbreviation list of the tokenizer (internal to src/tokenize).
//
// Hand-written for news English (titles, months, days, US states, company suffixes, Latin
// abbreviations); not generated from any treebank. Each entry is written with its final period.
#pragma once

#include <string_view>
#include <vector>

namespace dyad::tokenize {

enum class AbbrevKind : uint8_t {
  kNone = 0,
  kTitle,         // comes before a name or a word: never ends a sentence ("Gen.", "Feb.", "St.")
  kMayEnd,        // often ends a sentence too ("Inc.", "etc.", "Jr.", "Calif."): a sentence ends
                  // after it when a typical sentence opener follows ("The", "He", ...)
  kBeforeNumber,  // an abbreviation only before a number ("No. 5", "pp. 12"), else a word + "."
};

struct AbbrevEntry {
  std::string_view text;  // with the final period
  AbbrevKind kind;
};

// The list, sorted by text (bytewise), with no duplicates.
const std::vector<AbbrevEntry>& BuiltinAbbreviations();

// Capitalised words that typically open a sentence ("The", "He", "But"), sorted bytewise.
const std::vector<std::string_view>& SentenceOpeners();

// Bound prefixes after which UD English EWT keeps a hyphen inside the word ("e-mail",
// "anti-American", "co-workers", "post-war"), lower case, sorted bytewise.
const std::vector<std::string_view>& HyphenPrefixes();

}  // namespace dyad::tokenize
