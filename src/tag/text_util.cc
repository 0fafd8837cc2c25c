#include "tag/text_util.h"

#include <utf8proc.h>

#include "base/utf8.h"

namespace dyad::tag {

void LowerInto(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    if (cp == 0xfffd) {
      out->append(s.substr(i, len));
    } else {
      AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
    }
    i += len;
  }
}

std::string Lower(std::string_view s) {
  std::string out;
  LowerInto(s, &out);
  return out;
}

size_t SuffixStart(std::string_view s, int n) {
  size_t i = s.size();
  while (n > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) --i;
    --n;
  }
  return n > 0 ? 0 : i;
}

size_t PrefixEnd(std::string_view s, int n) {
  size_t i = 0;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) ++i;
    --n;
  }
  return i;
}

int CapClass(std::string_view s) {
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    bool u = false, l = false;
    if (cp < 0x80) {
      u = cp >= 'A' && cp <= 'Z';
      l = cp >= 'a' && cp <= 'z';
    } else {
      auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      u = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      l = cat == UTF8PROC_CATEGORY_LL;
    }
    if (u && upper == 0 && lower == 0) first_upper = true;
    upper += u;
    lower += l;
    i += len;
  }
  if (upper == 0 && lower == 0) return 0;
  if (upper == 0) return 1;
  if (lower == 0) return 3;
  if (first_upper && upper == 1) return 2;
  return 4;
}

std::string Shape(std::string_view s, bool collapse, size_t max_len) {
  std::string out;
  for (size_t i = 0; i < s.size() && out.size() < max_len;) {
    char32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    char c;
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') {
        c = 'X';
      } else if (cp >= 'a' && cp <= 'z') {
        c = 'x';
      } else if (cp >= '0' && cp <= '9') {
        c = 'd';
      } else {
        c = static_cast<char>(cp);
      }
    } else {
      auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      c = cat == UTF8PROC_CATEGORY_LU   ? 'X'
          : cat == UTF8PROC_CATEGORY_LL ? 'x'
          : cat == UTF8PROC_CATEGORY_ND ? 'd'
                                        : 'u';
    }
    if (!collapse || out.empty() || out.back() != c) out.push_back(c);
    i += len;
  }
  return out;
}

}  // namespace dyad::tag
