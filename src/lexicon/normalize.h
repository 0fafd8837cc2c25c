// The one matching form shared by every dictionary and by the coder, so that dictionary
// words and text words meet.
//
// NormalizeWord(form):
//   - upper case, Unicode-aware (utf8proc simple upper-case mapping, after NFC);
//   - diacritics on Latin letters removed ("Sánchez" -> "SANCHEZ", "Côte" -> "COTE");
//     marks on other scripts are kept;
//   - apostrophe look-alikes (U+2018, U+2019, U+02BC, U+0060, U+00B4, U+2032) -> "'";
//     double-quote look-alikes (U+201C, U+201D, U+201E, U+2033) -> '"';
//     dashes (U+2010-U+2015, U+2212) -> "-";
//   - U+FFFD (replacement character) and control bytes (e.g. the 0x1A found in the Phoenix
//     actor file) are dropped; invalid UTF-8 bytes are dropped.
// A word with no content left normalises to "".
//
// SplitPhrase(text): splits a dictionary phrase on '_' and whitespace and normalises each
// word, dropping empty ones ("UNITED_STATES_" -> {"UNITED", "STATES"}).
//
// Pure functions; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::lexicon {

std::string NormalizeWord(std::string_view form);

std::vector<std::string> SplitPhrase(std::string_view text);

// The words joined by a single blank ("UNITED STATES"); used as a display and hash key.
std::string JoinPhrase(std::span<const std::string> words);

}  // namespace dyad::lexicon
