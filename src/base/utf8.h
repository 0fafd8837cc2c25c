// UTF-8 validation, decoding and repair. Spans elsewhere are byte offsets into the original
// text; these helpers never move bytes except in Repair, which callers opt into.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
// code points past U+10FFFF are invalid), or std::string_view::npos when the text is valid.
size_t FindInvalidUtf8(std::string_view text);

// Replaces each invalid sequence with U+FFFD. Returns the number of replacements.
size_t RepairUtf8(std::string& text);

// Decodes the code point at text[pos] and returns its length in bytes (1 for an invalid byte,
// which decodes as U+FFFD). pos must be < text.size().
inline int DecodeUtf8(std::string_view text, size_t pos, char32_t* cp) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
  if (len == 0 || pos + len > text.size()) {
    *cp = 0xfffd;
    return 1;
  }
  char32_t v = c & (0x7f >> len);
  for (int i = 1; i < len; ++i) {
    unsigned char cc = static_cast<unsigned char>(text[pos + i]);
    if ((cc & 0xc0) != 0x80) {
      *cp = 0xfffd;
      return 1;
    }
    v = (v << 6) | (cc & 0x3f);
  }
  *cp = v;
  return len;
}

// Appends the UTF-8 encoding of cp.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace dyad
