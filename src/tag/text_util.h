// Internal string helpers shared by the tagger and the lemmatizer.
#pragma once

#include <string>
#include <string_view>

namespace dyad::tag {

// Lower-cases `s` (ASCII fast path; other letters through Unicode simple case mapping).
std::string Lower(std::string_view s);
void LowerInto(std::string_view s, std::string* out);

// Number of UTF-8 code points' leading bytes from the end: the byte offset where the last
// `n` code points begin (0 when the string has fewer).
size_t SuffixStart(std::string_view s, int n);
// Byte length of the first `n` code points (s.size() when fewer).
size_t PrefixEnd(std::string_view s, int n);

// Capitalisation class: 0 no letters, 1 all lower, 2 Initial cap, 3 ALL CAPS, 4 mixed.
int CapClass(std::string_view s);

// Word shape: X for upper, x for lower, d for digit, other ASCII kept, non-ASCII letters as
// x/X, other non-ASCII as 'u'; `collapse` merges runs of the same shape character.
std::string Shape(std::string_view s, bool collapse, size_t max_len = 12);

}  // namespace dyad::tag
