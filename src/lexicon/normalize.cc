// NormalizeWord: see normalize.h. ASCII words take a fast path (upper-case in place); other
// words go through utf8proc: NFKD, drop marks on Latin letters, map look-alike punctuation,
// simple upper case, then NFC.
#include "lexicon/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

#include "base/utf8.h"

namespace dyad::lexicon {
namespace {

bool IsLatinBase(char32_t cp) {
  return cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2c60 && cp <= 0x2c7f) ||
         (cp >= 0xa720 && cp <= 0xa7ff);
}

bool IsMark(char32_t cp) {
  utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

char32_t MapPunct(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x02bc:
    case 0x0060:
    case 0x00b4:
    case 0x2032:
      return U'\'';
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x2033:
      return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return U'-';
    default:
      return cp;
  }
}

bool Dropped(char32_t cp) {
  return cp == 0xfffd || cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x200b ||
         cp == 0x200c || cp == 0x200d || cp == 0xfeff || cp == 0xad;
}

}  // namespace

std::string NormalizeWord(std::string_view form) {
  // Fast path, one pass: plain ASCII only needs control bytes dropped, ` as ' and upper case.
  std::string out;
  out.reserve(form.size());
  bool ascii = true;
  for (char c : form) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      ascii = false;
      break;
    }
    if (u < 0x20 || u == 0x7f) continue;
    if (c == '`') c = '\'';
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (ascii) return out;
  // Re-encode the valid code points (dropping damaged ones), then NFKD.
  std::string clean;
  for (size_t i = 0; i < form.size();) {
    char32_t cp;
    i += DecodeUtf8(form, i, &cp);
    if (!Dropped(cp)) AppendUtf8(cp, &clean);
  }
  utf8proc_uint8_t* nfkd = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
      static_cast<utf8proc_ssize_t>(clean.size()), &nfkd,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE));
  std::string decomposed;
  if (n >= 0 && nfkd != nullptr) {
    decomposed.assign(reinterpret_cast<const char*>(nfkd), static_cast<size_t>(n));
  } else {
    decomposed = clean;
  }
  std::free(nfkd);
  std::string upper;
  char32_t base = 0;
  for (size_t i = 0; i < decomposed.size();) {
    char32_t cp;
    i += DecodeUtf8(decomposed, i, &cp);
    if (Dropped(cp)) continue;
    if (IsMark(cp)) {
      if (IsLatinBase(base)) continue;
    } else {
      base = cp;
    }
    cp = MapPunct(cp);
    cp = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
    AppendUtf8(cp, &upper);
  }
  utf8proc_uint8_t* nfc = nullptr;
  n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(upper.data()),
                   static_cast<utf8proc_ssize_t>(upper.size()), &nfc,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && nfc != nullptr) {
    out.assign(reinterpret_cast<const char*>(nfc), static_cast<size_t>(n));
  } else {
    out = upper;
  }
  std::free(nfc);
  return out;
}

std::vector<std::string> SplitPhrase(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == '_' || text[i] == ' ' || text[i] == '\t' ||
                               text[i] == '\r' || text[i] == '\n')) {
      ++i;
    }
    size_t start = i;
    while (i < text.size() && text[i] != '_' && text[i] != ' ' && text[i] != '\t' &&
           text[i] != '\r' && text[i] != '\n') {
      ++i;
    }
    if (i > start) {
      std::string w = NormalizeWord(text.substr(start, i - start));
      if (!w.empty()) words.push_back(std::move(w));
    }
  }
  return words;
}

std::string JoinPhrase(std::span<const std::string> words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

}  // namespace dyad::lexicon
