// Tokenizer: a hand-written, single-pass scanner over the bytes of a story.
//
// Overview.
//   1. The text is cut into whitespace-separated chunks. A whitespace run holding two or more
//      line breaks (a blank line) or U+2029 closes the current paragraph.
//   2. Each chunk is scanned left to right into surface tokens (Tok): a URL or e-mail address
//      is matched first and kept whole; otherwise word runs (letters, digits, marks, and the
//      connectors allowed inside words: "U.S", "1,000.5", "10:30", "21/07", "o'clock",
//      "long-term", "AT&T") and punctuation tokens. A word run is then cut at hyphens (except
//      after bound prefixes and inside digit groups such as phone numbers), and clitics are
//      split off as UD English does ("do|n't", "Iraq|'s", "can|not", "gon|na").
//   3. When a paragraph closes, its tokens are cut into sentences by the rules of
//      docs/NLP-NOTES.md §3a (terminal punctuation plus closing quotes/brackets, abbreviation
//      classes, the case of the next token, a story-initial dateline, the length limit).
// Every step looks ahead a bounded number of characters or tokens, so the cost is linear.
// References: UD English EWT tokenization guidelines; the CoNLL 2018 shared task data.
#include "tokenize/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>

#include "base/utf8.h"
#include "tokenize/abbreviations.h"

namespace dyad::tokenize {

struct Tokenizer::Data {
  TokenizerOptions options;
  std::vector<AbbrevEntry> abbreviations;  // built-in + extra, sorted by text
  std::vector<std::string> extra_storage;  // owns the text of the extra entries
};

namespace {

// ---------------------------------------------------------------------------------------------
// Character classes.

enum CharKind : uint8_t {
  kSpace,      // whitespace that is not a line break (also C0 controls, zero-width spaces)
  kBreak,      // line break: \n, \r, U+0085, U+2028
  kParaBreak,  // U+2029 paragraph separator
  kUpper,      // Lu, Lt
  kLower,      // Ll
  kLetter,     // other letters (Lm, Lo), Nl, No, and '_'
  kDigit,      // Nd
  kMark,       // Mn, Mc, Me, joiners, soft hyphen
  kCjk,        // Han / kana ideographs: one token each
  kPunct,      // punctuation
  kSymbol,     // symbols (emoji, currency, math), unassigned, invalid bytes
};

struct CharInfo {
  CharKind kind;
  uint8_t len;  // bytes
  char32_t cp;
};

constexpr bool IsWordKind(CharKind k) {
  return k == kUpper || k == kLower || k == kLetter || k == kDigit || k == kMark;
}
constexpr bool IsSpaceKind(CharKind k) { return k <= kParaBreak; }

struct AsciiTable {
  CharKind kind[128];
  constexpr AsciiTable() : kind() {
    for (int c = 0; c < 128; ++c) {
      CharKind k = kPunct;
      if (c < 32 || c == 127) k = kSpace;
      if (c == '\n' || c == '\r') k = kBreak;
      if (c == ' ') k = kSpace;
      if (c >= 'A' && c <= 'Z') k = kUpper;
      if (c >= 'a' && c <= 'z') k = kLower;
      if (c >= '0' && c <= '9') k = kDigit;
      if (c == '_') k = kLetter;
      kind[c] = k;
    }
  }
};
constexpr AsciiTable kAscii;

bool IsCjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
         (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) ||
         (cp >= 0x20000 && cp <= 0x2fa1f);
}

CharKind ClassifyNonAscii(char32_t cp) {
  if (cp > 0x10ffff) return kSymbol;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return kUpper;
    case UTF8PROC_CATEGORY_LL:
      return kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return IsCjk(cp) ? kCjk : kLetter;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return kLetter;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return kMark;
    case UTF8PROC_CATEGORY_ZS:
      return kSpace;
    case UTF8PROC_CATEGORY_ZL:
      return kBreak;
    case UTF8PROC_CATEGORY_ZP:
      return kParaBreak;
    case UTF8PROC_CATEGORY_CC:
      return cp == 0x85 ? kBreak : kSpace;
    case UTF8PROC_CATEGORY_CF:
      if (cp == 0x200b || cp == 0xfeff || cp == 0x2060 || cp == 0x180e) return kSpace;
      return kMark;  // joiners, soft hyphen, directional marks: glue to their neighbours
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return kPunct;
    default:
      return kSymbol;
  }
}

inline CharInfo At(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {kAscii.kind[c], 1, c};
  char32_t cp;
  int len = DecodeUtf8(text, i, &cp);
  return {ClassifyNonAscii(cp), static_cast<uint8_t>(len), cp};
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // ’

// ---------------------------------------------------------------------------------------------
// Surface tokens.

enum class TokKind : uint8_t {
  kWord,       // letters/digits (also handles, CJK characters)
  kUrl,        // URL or e-mail address
  kAbbrev,     // word with its abbreviation period
  kPeriod,     // "."
  kTerminal,   // "?", "!", "?!", "!!!", "。", ...
  kEllipsis,   // "...", "…"
  kOpen,       // ( [ { “ ‘ « and similar
  kClose,      // ) ] } ” » and similar
  kQuote,      // straight " or ', or a standalone ’ (open or close decided by context)
  kDash,       // -, --, —, – standing alone
  kHyphen,     // a hyphen split out of a word ("long - term")
  kInner,      // , ; :
  kEmoticon,   // :-) :) ;-) :( :D :P
  kSeparator,  // a line of symbols: "=====", "*****", "_____"
  kOther,      // anything else
};

struct Tok {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t cut[2] = {0, 0};  // word boundaries inside a token of 2 or 3 words
  uint8_t parts = 1;         // syntactic words in this token
  TokKind kind = TokKind::kWord;
  AbbrevKind abbrev = AbbrevKind::kNone;
  CharKind first = kSymbol;  // class of the first character
  bool space_before = false;
  bool space_after = false;
  bool split_period = false;  // an abbreviation that ends a sentence: its period is a word
};

// ---------------------------------------------------------------------------------------------
// The scanner: one per Tokenize() call.

class Scanner {
 public:
  Scanner(const Tokenizer::Data& data, Story& story)
      : data_(data), opt_(data.options), story_(story), text_(story.text) {}

  void Run();

 private:
  // Chunks and tokens.
  void ScanChunk(size_t b, size_t e);
  void ScanPlain(size_t p, size_t e);
  size_t ScanWord(size_t p, size_t e);
  void EmitPiece(size_t a, size_t z, size_t possessive_end);
  size_t MatchUrl(size_t s, size_t e) const;
  size_t TrimUrlEnd(size_t s, size_t e) const;
  size_t MatchDomain(size_t s, size_t e, bool need_tld) const;
  AbbrevKind LookupAbbreviation(size_t a, size_t z) const;
  bool IsInitialism(size_t a, size_t z) const;
  bool IsBoundPrefix(size_t a, size_t z) const;
  bool NextNonSpaceIsDigit(size_t p) const;
  size_t FindClitic(size_t a, size_t z) const;
  size_t WholeWordClitic(size_t a, size_t z) const;
  void Push(size_t b, size_t e, TokKind kind, AbbrevKind abbrev = AbbrevKind::kNone);

  // Sentences.
  void FlushParagraph();
  int FindDateline() const;
  bool ShouldSplit(size_t i, size_t j) const;
  bool IsOpener(const Tok& t) const;
  void EmitSentence(size_t first, size_t last);

  std::string_view Slice(size_t b, size_t e) const { return text_.substr(b, e - b); }

  const Tokenizer::Data& data_;
  const TokenizerOptions& opt_;
  Story& story_;
  std::string_view text_;
  size_t chunk_begin_ = 0;
  size_t chunk_end_ = 0;
  int paragraph_ = 0;
  std::vector<Tok> toks_;  // tokens of the current paragraph
};

void Scanner::Run() {
  story_.sentences.clear();
  toks_.reserve(256);
  const size_t n = text_.size();
  size_t i = 0;
  while (i < n) {
    int breaks = 0;
    bool paragraph_break = false;
    while (i < n) {
      CharInfo c = At(text_, i);
      if (c.kind == kSpace) {
        i += c.len;
      } else if (c.kind == kBreak) {
        if (text_[i] == '\r' && i + 1 < n && text_[i + 1] == '\n') ++i;
        ++breaks;
        i += c.len;
      } else if (c.kind == kParaBreak) {
        paragraph_break = true;
        i += c.len;
      } else {
        break;
      }
    }
    if (breaks >= 2 || paragraph_break) FlushParagraph();
    if (i >= n) break;
    size_t b = i;
    while (i < n) {
      CharInfo c = At(text_, i);
      if (IsSpaceKind(c.kind)) break;
      i += c.len;
    }
    ScanChunk(b, i);
  }
  FlushParagraph();
}

void Scanner::Push(size_t b, size_t e, TokKind kind, AbbrevKind abbrev) {
  Tok t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.kind = kind;
  t.abbrev = abbrev;
  t.first = At(text_, b).kind;
  t.space_before = b == chunk_begin_;
  t.space_after = e == chunk_end_;
  toks_.push_back(t);
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Opening punctuation that may precede a URL inside the same chunk.
bool IsUrlOpener(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == '<' || cp == '"' || cp == '\'' ||
         cp == 0x201c || cp == 0x2018 || cp == 0xab;
}

void Scanner::ScanChunk(size_t b, size_t e) {
  chunk_begin_ = b;
  chunk_end_ = e;
  size_t s = b;
  while (s < e) {
    CharInfo c = At(text_, s);
    if (!IsUrlOpener(c.cp)) break;
    s += c.len;
  }
  size_t cur = b;
  size_t url_end = MatchUrl(s, e);
  if (url_end > s) {
    ScanPlain(b, s);
    Push(s, url_end, TokKind::kUrl);
    cur = url_end;
  }
  // E-mail addresses anywhere in the rest ("Reynolds\"<rreynol...@cogeco.ca>").
  size_t from = cur;
  while (from < e) {
    size_t at = std::string_view(text_.data() + from, e - from).find('@');
    if (at == std::string_view::npos) break;
    at += from;
    size_t local = at;
    while (local > cur && IsEmailLocalChar(text_[local - 1])) --local;
    while (local < at && !IsAsciiAlnum(text_[local])) ++local;
    size_t domain = local < at ? MatchDomain(at + 1, e, /*need_tld=*/false) : 0;
    if (domain > 0) {
      ScanPlain(cur, local);
      Push(local, at + 1 + domain, TokKind::kUrl);
      cur = from = at + 1 + domain;
    } else {
      from = at + 1;
    }
  }
  ScanPlain(cur, e);
}

// Length of a domain "label(.label)+" starting at s (labels of ASCII letters, digits, '-'),
// ending before e; 0 when there is none. With need_tld, the last label must be a common
// top-level domain (for bare domains such as "Amazon.com"); else any 2+ letter label.
size_t Scanner::MatchDomain(size_t s, size_t e, bool need_tld) const {
  size_t i = s;
  int labels = 0;
  size_t last_label = s;
  size_t end = s;
  while (i < e) {
    size_t label = i;
    while (i < e && (IsAsciiAlnum(text_[i]) || text_[i] == '-')) ++i;
    if (i == label) break;
    ++labels;
    last_label = label;
    end = i;
    if (i + 1 < e && text_[i] == '.' && IsAsciiAlnum(text_[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (labels < 2) return 0;
  std::string_view tld = Slice(last_label, end);
  if (tld.size() < 2) return 0;
  for (char c : tld) {
    if (!IsAsciiAlpha(c)) return 0;
  }
  if (need_tld) {
    static constexpr std::string_view kTlds[] = {"com", "org", "net",  "gov", "edu",
                                                 "mil", "int", "info", "biz", "io"};
    bool known = false;
    for (std::string_view t : kTlds) known = known || EqualsIgnoreCase(tld, t);
    if (!known) return 0;
    if (last_label - s < 3) return 0;  // at least a 2-character name before ".com"
  }
  return end - s;
}

size_t Scanner::TrimUrlEnd(size_t s, size_t e) const {
  int open_parens = 0;
  for (size_t i = s; i < e; ++i) {
    if (text_[i] == '(') ++open_parens;
    if (text_[i] == ')') --open_parens;
  }
  size_t end = e;
  while (end > s) {
    char c = text_[end - 1];
    if (c == ')' && open_parens < 0) {
      ++open_parens;
      --end;
    } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
               c == '\'' || c == ']' || c == '}' || c == '>') {
      --end;
    } else if (end - s >= 3 && (Slice(end - 3, end) == kRightSingleQuote ||
                                Slice(end - 3, end) == "\xE2\x80\x9D")) {
      end -= 3;
    } else if (end - s >= 2 && Slice(end - 2, end) == "\xC2\xBB") {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

// End of a URL or e-mail address starting at s (s when there is none).
size_t Scanner::MatchUrl(size_t s, size_t e) const {
  std::string_view rest = Slice(s, e);
  static constexpr std::string_view kSchemes[] = {"http://", "https://", "ftp://", "www."};
  for (std::string_view scheme : kSchemes) {
    if (rest.size() > scheme.size() + 1 && StartsWithIgnoreCase(rest, scheme)) {
      size_t end = TrimUrlEnd(s, e);
      return end > s + scheme.size() ? end : s;
    }
  }
  // A bare domain with a common TLD, optionally followed by a path: "Amazon.com",
  // "cnn.com/world".
  if (s < e && IsAsciiAlnum(text_[s]) &&
      std::string_view(text_.data() + s, e - s).find('.') != std::string_view::npos) {
    size_t d = MatchDomain(s, e, /*need_tld=*/true);
    if (d > 0) {
      size_t end = s + d;
      if (end < e && text_[end] == '/') end = std::max(end + 1, TrimUrlEnd(end, e));
      return end;
    }
  }
  return s;
}

bool Scanner::NextNonSpaceIsDigit(size_t p) const {
  size_t n = text_.size();
  while (p < n) {
    CharInfo c = At(text_, p);
    if (c.kind == kDigit) return true;
    if (!IsSpaceKind(c.kind)) return false;
    p += c.len;
  }
  return false;
}

// [a, z) is a word with its final period.
AbbrevKind Scanner::LookupAbbreviation(size_t a, size_t z) const {
  if (z - a > 12) return AbbrevKind::kNone;
  std::string_view w = Slice(a, z);
  const auto& list = data_.abbreviations;
  auto find = [&](std::string_view key) {
    auto it = std::lower_bound(list.begin(), list.end(), key,
                               [](const AbbrevEntry& e, std::string_view k) { return e.text < k; });
    return (it != list.end() && it->text == key) ? it->kind : AbbrevKind::kNone;
  };
  AbbrevKind k = find(w);
  if (k != AbbrevKind::kNone) return k;
  // "Etc." / "Vs." at the start of a sentence: try the lower-case entry.
  if (w[0] >= 'A' && w[0] <= 'Z') {
    char buf[16];
    std::copy(w.begin(), w.end(), buf);
    buf[0] = AsciiLower(buf[0]);
    AbbrevKind lower = find(std::string_view(buf, w.size()));
    if (lower != AbbrevKind::kNone && (lower != AbbrevKind::kTitle || w.size() > 2)) return lower;
  }
  return AbbrevKind::kNone;
}

// "U.S", "e.g", "D.C", "Ph.D", "a.m": letter groups of 1-2 letters joined by periods, at least
// one period (the final period is not part of [a, z)).
bool Scanner::IsInitialism(size_t a, size_t z) const {
  int group = 0;
  int periods = 0;
  int groups_of_one = 0;
  for (size_t i = a; i < z; ++i) {
    char c = text_[i];
    if (c == '.') {
      if (group == 0) return false;
      groups_of_one += group == 1;
      group = 0;
      ++periods;
    } else if (IsAsciiAlpha(c)) {
      if (++group > 2) return false;
    } else {
      return false;
    }
  }
  if (group == 0) return false;
  groups_of_one += group == 1;
  return periods >= 1 && groups_of_one >= 1;
}

bool Scanner::IsBoundPrefix(size_t a, size_t z) const {
  if (z - a > 7 || z == a) return false;
  char buf[8];
  for (size_t i = a; i < z; ++i) buf[i - a] = AsciiLower(text_[i]);
  std::string_view key(buf, z - a);
  const auto& list = HyphenPrefixes();
  return std::binary_search(list.begin(), list.end(), key);
}

// Start of a clitic at the end of [a, z): n't 's 'm 'd 're 've 'll (with ' or ’), or npos.
size_t Scanner::FindClitic(size_t a, size_t z) const {
  auto apostrophe_ending_at = [&](size_t end) -> size_t {  // length of ' or ’ ending at end
    if (end > a && text_[end - 1] == '\'') return 1;
    if (end >= a + 3 && Slice(end - 3, end) == kRightSingleQuote) return 3;
    return 0;
  };
  size_t len = z - a;
  if (len < 3) return std::string_view::npos;
  char last = AsciiLower(text_[z - 1]);
  // n't
  if (last == 't') {
    size_t ap = apostrophe_ending_at(z - 1);
    if (ap > 0 && z - 1 - ap > a + 1 && AsciiLower(text_[z - 1 - ap - 1]) == 'n') {
      return z - 1 - ap - 1;
    }
  }
  // 's 'm 'd (but "1970's" is one word)
  if (last == 's' || last == 'm' || last == 'd') {
    size_t ap = apostrophe_ending_at(z - 1);
    if (ap > 0 && z - 1 - ap > a && !IsAsciiDigit(text_[z - 2 - ap])) {
      return z - 1 - ap;
    }
  }
  // 're 've 'll
  if (len >= 4) {
    char prev = AsciiLower(text_[z - 2]);
    if ((prev == 'r' && last == 'e') || (prev == 'v' && last == 'e') ||
        (prev == 'l' && last == 'l')) {
      size_t ap = apostrophe_ending_at(z - 2);
      if (ap > 0 && z - 2 - ap > a) return z - 2 - ap;
    }
  }
  return std::string_view::npos;
}

// Clitic splits without an apostrophe: "cannot" -> can|not, "gonna" -> gon|na,
// "dont" -> do|nt. Returns the cut or npos.
size_t Scanner::WholeWordClitic(size_t a, size_t z) const {
  size_t len = z - a;
  if (len < 4 || len > 8) return std::string_view::npos;
  std::string_view w = Slice(a, z);
  static constexpr std::string_view kSplitAfter3[] = {"cannot", "gonna", "wanna", "gotta"};
  // Informal spellings without the apostrophe, split as EWT does ("dont" -> do|nt).
  static constexpr std::string_view kSplitBefore2[] = {
      "dont",     "didnt", "doesnt", "isnt",  "wasnt", "arent", "werent", "couldnt", "wouldnt",
      "shouldnt", "hasnt", "havent", "hadnt", "cant",  "wont",  "youre",  "theyre"};
  static constexpr std::string_view kSplitBefore1[] = {"thats", "whats"};
  for (std::string_view s : kSplitAfter3) {
    if (EqualsIgnoreCase(w, s)) return a + 3;
  }
  for (std::string_view s : kSplitBefore2) {
    if (EqualsIgnoreCase(w, s)) return z - 2;
  }
  for (std::string_view s : kSplitBefore1) {
    if (EqualsIgnoreCase(w, s)) return z - 1;
  }
  return std::string_view::npos;
}

// Emits the word [a, z), split into syntactic words when it carries clitics. possessive_end >
// z adds the apostrophe [z, possessive_end) of a plural possessive ("parents'") as a word.
void Scanner::EmitPiece(size_t a, size_t z, size_t possessive_end) {
  if (a >= z) return;
  // "5pm", "10:30am": the time and "am"/"pm" are two tokens (EWT).
  if (z - a >= 3 && possessive_end <= z) {
    char m = AsciiLower(text_[z - 1]);
    char ap = AsciiLower(text_[z - 2]);
    if (m == 'm' && (ap == 'a' || ap == 'p') && IsAsciiDigit(text_[a])) {
      bool time = true;
      for (size_t i = a; i < z - 2; ++i) {
        char c = text_[i];
        if (!IsAsciiDigit(c) && c != ':' && c != '.') time = false;
      }
      if (time && IsAsciiDigit(text_[z - 3])) {
        Push(a, z - 2, TokKind::kWord);
        Push(z - 2, z, TokKind::kWord);
        return;
      }
    }
  }
  // "8gb", "375mm", "70k": a number and its unit are two tokens (EWT); "1990s", "21st", "3D"
  // stay whole.
  if (possessive_end <= z && IsAsciiDigit(text_[a])) {
    size_t d = a;
    while (d < z && (IsAsciiDigit(text_[d]) || ((text_[d] == '.' || text_[d] == ',') && d + 1 < z &&
                                                IsAsciiDigit(text_[d + 1])))) {
      ++d;
    }
    size_t letters = d;
    while (letters < z && IsAsciiAlpha(text_[letters])) ++letters;
    std::string_view unit = Slice(d, z);
    if (d > a && d < z && letters == z && !EqualsIgnoreCase(unit, "s") &&
        !EqualsIgnoreCase(unit, "st") && !EqualsIgnoreCase(unit, "nd") &&
        !EqualsIgnoreCase(unit, "rd") && !EqualsIgnoreCase(unit, "th") &&
        !(unit.size() == 1 && IsAsciiUpper(unit[0]))) {
      Push(a, d, TokKind::kWord);
      Push(d, z, TokKind::kWord);
      return;
    }
  }
  size_t cuts[2];
  int ncuts = 0;
  if (possessive_end > z) {
    cuts[ncuts++] = z;
  } else {
    size_t c1 = FindClitic(a, z);
    if (c1 != std::string_view::npos) {
      size_t c0 = FindClitic(a, c1);  // "I'd've", "shouldn't've"
      if (c0 != std::string_view::npos) cuts[ncuts++] = c0;
      cuts[ncuts++] = c1;
    } else {
      size_t c = WholeWordClitic(a, z);
      if (c != std::string_view::npos) cuts[ncuts++] = c;
    }
  }
  size_t end = std::max(z, possessive_end);
  Push(a, end, TokKind::kWord);
  Tok& t = toks_.back();
  t.parts = static_cast<uint8_t>(1 + ncuts);
  for (int k = 0; k < ncuts; ++k) t.cut[k] = static_cast<uint32_t>(cuts[k]);
}

// Scans a word run starting at p (a word character) and emits its tokens. Returns the end.
size_t Scanner::ScanWord(size_t p, size_t e) {
  size_t q = p;
  bool digits_and_hyphens = true;  // for phone numbers and dates: "713-853-3989"
  int hyphens = 0;
  size_t tail = p;  // start of the last hyphen segment ("Ga" in "D-Ga.")
  bool has_period = false;
  CharKind prev = kSymbol;
  while (q < e) {
    CharInfo c = At(text_, q);
    if (IsWordKind(c.kind)) {
      if (c.kind != kDigit) digits_and_hyphens = false;
      prev = c.kind;
      q += c.len;
      continue;
    }
    size_t nx = q + c.len;
    if (nx >= e) break;
    CharInfo d = At(text_, nx);
    if (!IsWordKind(d.kind)) break;
    bool take = false;
    switch (c.cp) {
      case '.':
        take = true;
        has_period = true;
        break;
      case ',':  // 1,000 (exactly three digits follow)
        take = prev == kDigit && nx + 3 <= e && IsAsciiDigit(text_[nx]) &&
               IsAsciiDigit(text_[nx + 1]) && IsAsciiDigit(text_[nx + 2]) &&
               (nx + 3 == e || !IsAsciiDigit(text_[nx + 3]));
        break;
      case ':':
        take = prev == kDigit && d.kind == kDigit;
        break;
      case '/': {
        // 21/07/2017; "b/c", "w/o", "I/C" (single letters)
        bool letters = q - p == 1 && prev != kDigit && d.kind != kDigit;
        if (letters) {
          size_t after = nx + d.len;
          letters = after >= e || !IsWordKind(At(text_, after).kind);
        }
        take = (prev == kDigit && d.kind == kDigit) || letters;
        break;
      }
      case '-':
      case 0x2010:
      case 0x2011:
        take = true;
        ++hyphens;
        tail = nx;
        break;
      case '\'':
      case 0x2019:
        take = true;
        break;
      case '&':
        take = prev == kUpper && d.kind == kUpper;
        break;
      default:
        break;
    }
    if (!take) break;
    if (c.cp != '-' && c.cp != 0x2010 && c.cp != 0x2011) digits_and_hyphens = false;
    prev = kPunct;
    q = nx;
  }

  // A period right after the run (or after its last hyphen segment, "D-Ga."): abbreviation or
  // initial?
  AbbrevKind tail_abbrev = AbbrevKind::kNone;
  size_t tail_abbrev_end = 0;
  if (q < e && text_[q] == '.' && !(q + 1 < e && text_[q + 1] == '.')) {
    AbbrevKind k = LookupAbbreviation(tail, q + 1);
    if (k == AbbrevKind::kBeforeNumber && !NextNonSpaceIsDigit(q + 1)) k = AbbrevKind::kNone;
    if (k == AbbrevKind::kNone) {
      if (IsInitialism(tail, q)) {
        k = AbbrevKind::kMayEnd;
      } else {
        // An initial ("Sergey V. Lavrov"); ends a sentence only before a typical opener
        // ("because of X. So ...").
        CharInfo c0 = At(text_, tail);
        if (c0.kind == kUpper && c0.len == q - tail) k = AbbrevKind::kMayEnd;
      }
    }
    if (k != AbbrevKind::kNone) {
      if (tail == p) {
        Push(p, q + 1, TokKind::kAbbrev, k);
        return q + 1;
      }
      tail_abbrev = k;
      tail_abbrev_end = q + 1;
      q = tail;  // the run before the abbreviation is cut as usual below
    }
  }

  // Plural possessive "parents'": an apostrophe after a final s, not followed by a letter.
  size_t possessive_end = q;
  if (opt_.multiword_tokens && q < e && q - p >= 2 && AsciiLower(text_[q - 1]) == 's') {
    size_t ap = text_[q] == '\'' ? 1 : (Slice(q, std::min(e, q + 3)) == kRightSingleQuote ? 3 : 0);
    if (ap > 0) {
      size_t after = q + ap;
      bool ok = after == e;
      if (!ok) {
        CharInfo c = At(text_, after);
        ok = !IsWordKind(c.kind) && c.cp != '\'' && c.cp != '"' && c.cp != 0x2019;
      }
      if (ok) possessive_end = after;
    }
  }

  // Cut the run at hyphens (EWT splits "long-term", keeps "e-mail", "anti-war", phone numbers)
  // and at a period glued between two words ("end.The").
  bool keep_hyphens = false;
  if (hyphens > 0 && digits_and_hyphens && !has_period) {
    // Digit groups: 3+ groups (dates, phone numbers) or "345-9945".
    size_t first_len = 0;
    while (p + first_len < q && text_[p + first_len] != '-') ++first_len;
    keep_hyphens = hyphens >= 2 || (first_len == 3 && q - p - first_len - 1 == 4);
  }
  size_t piece = p;  // start of the current output piece
  size_t seg = p;    // start of the current hyphen/period segment
  for (size_t k = p; k < q;) {
    CharInfo c = At(text_, k);
    bool hyphen = c.cp == '-' || c.cp == 0x2010 || c.cp == 0x2011;
    if (hyphen && !keep_hyphens && !IsBoundPrefix(seg, k)) {
      EmitPiece(piece, k, k);
      Push(k, k + c.len, TokKind::kHyphen);
      piece = k + c.len;
    }
    if (c.cp == '.' && k + 2 < q && k - seg >= 2) {
      // "end.The": lower-case word, period, capitalised word.
      bool left_lower = true;
      for (size_t i = seg; i < k; ++i) {
        if (!IsAsciiLower(text_[i])) left_lower = false;
      }
      if (left_lower && IsAsciiUpper(text_[k + 1]) && IsAsciiLower(text_[k + 2])) {
        EmitPiece(piece, k, k);
        Push(k, k + 1, TokKind::kPeriod);
        piece = k + 1;
      }
    }
    if (hyphen || c.cp == '.' || c.cp == '\'' || c.cp == 0x2019 || c.cp == ',' || c.cp == ':' ||
        c.cp == '/' || c.cp == '&') {
      seg = k + c.len;
    }
    k += c.len;
  }
  EmitPiece(piece, q, possessive_end);
  if (tail_abbrev_end > 0) {
    Push(q, tail_abbrev_end, TokKind::kAbbrev, tail_abbrev);
    return tail_abbrev_end;
  }
  return std::max(q, possessive_end);
}

// Straight quotes and emoticons aside, one punctuation or symbol character is one token.
void Scanner::ScanPlain(size_t p, size_t e) {
  while (p < e) {
    CharInfo c = At(text_, p);
    if (IsWordKind(c.kind)) {
      p = ScanWord(p, e);
      continue;
    }
    if (c.kind == kCjk) {
      Push(p, p + c.len, TokKind::kWord);
      p += c.len;
      continue;
    }
    size_t q = p + c.len;
    TokKind kind = TokKind::kOther;
    switch (c.cp) {
      case '.':
      case '!':
      case '?': {
        // One token for a run of . ! ? ("...", "?!", "!!!", "!.", "..?").
        bool dots_only = c.cp == '.';
        while (q < e && (text_[q] == '.' || text_[q] == '!' || text_[q] == '?')) {
          dots_only = dots_only && text_[q] == '.';
          ++q;
        }
        kind = !dots_only ? TokKind::kTerminal : q - p > 1 ? TokKind::kEllipsis : TokKind::kPeriod;
        break;
      }
      case '-':
        while (q < e && text_[q] == '-') ++q;
        kind = TokKind::kDash;
        break;
      case '"':
        kind = TokKind::kQuote;
        break;
      case '\'':
      case 0x2019: {  // ’ standing alone
        kind = TokKind::kQuote;
        // "'90s": a decade with its apostrophe is one word.
        size_t r = q;
        while (r < e && r < q + 2 && IsAsciiDigit(text_[r])) ++r;
        if (r == q + 2 && r < e && text_[r] == 's') ++r;
        if (r == q + 3 && (r == e || !IsWordKind(At(text_, r).kind))) {
          q = r;
          kind = TokKind::kWord;
        }
        break;
      }
      case '(':
      case '[':
      case '{':
      case 0x201c:  // “
      case 0x2018:  // ‘
      case 0x201e:  // „
      case 0xab:    // «
      case 0x2039:  // ‹
        kind = TokKind::kOpen;
        break;
      case ')':
      case ']':
      case '}':
      case 0x201d:  // ”
      case 0xbb:    // »
      case 0x203a:  // ›
        kind = TokKind::kClose;
        break;
      case ',':
      case ';':
      case ':': {
        // Emoticons ":-)", ":)", ";-)", ":(", ":D", ":P" at the end of a chunk or before
        // punctuation.
        kind = TokKind::kInner;
        if (c.cp != ',') {
          size_t r = q;
          if (r < e && (text_[r] == '-' || text_[r] == '\'')) ++r;
          if (r < e && std::string_view(")(DPp|]").find(text_[r]) != std::string_view::npos) {
            ++r;
            bool at_end = r == e || !IsWordKind(At(text_, r).kind);
            bool letter_face = text_[r - 1] == 'D' || text_[r - 1] == 'P' || text_[r - 1] == 'p';
            if (at_end && !(letter_face && r < e)) {
              q = r;
              kind = TokKind::kEmoticon;
            }
          }
        }
        break;
      }
      case '@':
      case '#':
        if (opt_.keep_handles_whole && q < e) {
          size_t r = q;
          while (r < e) {
            CharInfo d = At(text_, r);
            if (!IsWordKind(d.kind)) break;
            r += d.len;
          }
          if (r > q) q = r;
        }
        kind = TokKind::kWord;
        if (q == p + 1) kind = TokKind::kOther;
        break;
      case 0x2026:  // …
        kind = TokKind::kEllipsis;
        break;
      case 0x2014:  // —
      case 0x2013:  // –
      case 0x2015:  // ―
        kind = TokKind::kDash;
        break;
      case 0x3002:  // 。
      case 0xff01:  // ！
      case 0xff1f:  // ？
      case 0x203c:  // ‼
        kind = TokKind::kTerminal;
        break;
      case '=':
      case '*':
      case '~':
      case '+':
      case '$':
      case '<':
      case '>':
      case '^':
      case '`':
      case '|':
      case '\\':
      case '/':
      case '&':
      case '%':
        // A run of the same symbol is one token ("$$$", "<<", "+++"); a line of = * _ ~ of
        // three or more is a separator, which ends a sentence.
        while (q < e && text_[q] == text_[p]) ++q;
        if (q - p >= 3 && std::string_view("=*_~").find(text_[p]) != std::string_view::npos) {
          kind = TokKind::kSeparator;
        }
        break;
      default:
        if (c.kind == kSymbol) {
          // Emoji sequences stay together: modifiers, variation selectors, ZWJ sequences,
          // flags (pairs of regional indicators).
          bool regional = c.cp >= 0x1f1e6 && c.cp <= 0x1f1ff;
          while (q < e) {
            CharInfo d = At(text_, q);
            if (d.kind == kMark && d.cp != 0x200d) {
              q += d.len;
            } else if (d.cp >= 0x1f3fb && d.cp <= 0x1f3ff) {
              q += d.len;
            } else if (d.cp == 0x200d && q + d.len < e && At(text_, q + d.len).kind == kSymbol) {
              q += d.len;
              q += At(text_, q).len;
            } else if (regional && d.cp >= 0x1f1e6 && d.cp <= 0x1f1ff) {
              q += d.len;
              regional = false;
            } else {
              break;
            }
          }
        }
        break;
    }
    Push(p, q, kind);
    p = q;
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences.

// Tokens after which a sentence may end.
bool MayEndSentence(TokKind k) {
  return k == TokKind::kPeriod || k == TokKind::kTerminal || k == TokKind::kEllipsis ||
         k == TokKind::kAbbrev || k == TokKind::kEmoticon || k == TokKind::kSeparator ||
         k == TokKind::kUrl || k == TokKind::kWord || k == TokKind::kOther;
}

// Tokens that stay with the sentence a terminal ends: closing brackets, closing quotes glued
// to the punctuation, emoticons.
bool IsCloser(const Tok& t) {
  return t.kind == TokKind::kClose || (t.kind == TokKind::kQuote && !t.space_before) ||
         t.kind == TokKind::kEmoticon;
}

// A capitalised token that typically opens a sentence ("The", "He", "But").
bool Scanner::IsOpener(const Tok& t) const {
  if (t.first != kUpper) return false;
  std::string_view w = Slice(t.begin, t.end);
  if (t.parts > 1) w = Slice(t.begin, t.cut[0]);
  const auto& list = SentenceOpeners();
  return std::binary_search(list.begin(), list.end(), w);
}

// Token i ends a sentence candidate; j is the first token after the closing quotes and
// brackets that follow it (j < toks_.size()).
bool Scanner::ShouldSplit(size_t i, size_t j) const {
  const Tok& t = toks_[i];
  const Tok& next = toks_[j];
  bool closed = j > i + 1;  // a closing quote or bracket came after the punctuation
  if (next.kind == TokKind::kInner || next.kind == TokKind::kPeriod ||
      next.kind == TokKind::kTerminal || next.kind == TokKind::kEllipsis ||
      next.kind == TokKind::kClose) {
    return false;
  }
  bool lower = next.first == kLower;
  bool upper = next.first == kUpper;
  switch (t.kind) {
    case TokKind::kPeriod:
      if (lower) {
        if (closed) return false;  // `..." he said`
        // A word the list does not know as an abbreviation: "Calif. lawmakers".
        if (i > 0 && !t.space_before) {
          const Tok& w = toks_[i - 1];
          if (w.kind == TokKind::kWord && w.first == kUpper && w.end - w.begin <= 4 &&
              w.parts == 1) {
            bool alpha = true;
            for (size_t k = w.begin; k < w.end; ++k) {
              if (!IsAsciiAlpha(text_[k])) alpha = false;
            }
            if (alpha) return false;
          }
        }
      }
      return true;
    case TokKind::kTerminal:
      // "Fax:?203": a question mark glued to a colon is an encoding artefact, not an end.
      if (!t.space_before && i > 0 && text_[t.begin - 1] == ':') return false;
      return !(lower && closed);
    case TokKind::kEllipsis:
      return upper || next.kind == TokKind::kOpen ||
             (next.kind == TokKind::kQuote && next.space_before);
    case TokKind::kAbbrev:
      if (t.abbrev != AbbrevKind::kMayEnd) return false;
      return IsOpener(next) || (closed && upper);
    case TokKind::kEmoticon:
      return upper;
    case TokKind::kSeparator:
      return true;
    case TokKind::kUrl:
      // A URL or address that closes a line of a signature or a header: "... at x@y.com Thanks".
      // A list of links, one after the other, is a list of lines.
      return (upper || next.kind == TokKind::kUrl) && !closed;
    case TokKind::kOther:
      // "<john@example.com> Groups: ..."
      return upper && !closed && text_[t.begin] == '>' && t.end - t.begin == 1;
    case TokKind::kWord: {
      // "12:05 PM I just wanted": AM/PM after a time, then a typical sentence opener.
      std::string_view w = Slice(t.begin, t.end);
      return !closed && (w == "AM" || w == "PM") && i > 0 && toks_[i - 1].first == kDigit &&
             IsOpener(next);
    }
    default:
      return false;
  }
}

// A story-initial dateline ends at the returned token index (-1 if none): an all-capitals
// word, then up to a dozen words, commas and brackets, then a free-standing dash.
int Scanner::FindDateline() const {
  const size_t n = toks_.size();
  if (n < 3) return -1;
  const Tok& t0 = toks_[0];
  if (t0.kind != TokKind::kWord || t0.end - t0.begin < 2) return -1;
  for (size_t k = t0.begin; k < t0.end; ++k) {
    if (!IsAsciiUpper(text_[k])) return -1;
  }
  for (size_t k = 1; k < std::min<size_t>(n - 1, 16); ++k) {
    const Tok& t = toks_[k];
    std::string_view s = Slice(t.begin, t.end);
    switch (t.kind) {
      case TokKind::kDash:
        if (t.space_before || s != "-") return static_cast<int>(k);
        return -1;
      case TokKind::kWord:
      case TokKind::kAbbrev:
      case TokKind::kOpen:
      case TokKind::kClose:
      case TokKind::kHyphen:
        break;
      case TokKind::kInner:
        if (s != ",") return -1;
        break;
      case TokKind::kOther:
        if (s != "/") return -1;
        break;
      default:
        return -1;
    }
  }
  return -1;
}

void Scanner::FlushParagraph() {
  const size_t n = toks_.size();
  if (n == 0) return;
  const size_t max_words =
      opt_.max_sentence_words > 0 ? static_cast<size_t>(opt_.max_sentence_words) : SIZE_MAX;
  int dateline = (paragraph_ == 0 && opt_.split_datelines) ? FindDateline() : -1;
  size_t start = 0;
  size_t words = 0;
  for (size_t i = 0; i < n; ++i) {
    // A separator line ("=====") is a sentence of its own.
    if ((words > 0 && words + toks_[i].parts > max_words) ||
        (words > 0 && toks_[i].kind == TokKind::kSeparator)) {
      EmitSentence(start, i - 1);
      start = i;
      words = 0;
    }
    words += toks_[i].parts;
    size_t end_at = SIZE_MAX;
    if (static_cast<int>(i) == dateline) {
      end_at = i;
    } else if (MayEndSentence(toks_[i].kind)) {
      size_t j = i + 1;
      while (j < n && IsCloser(toks_[j])) ++j;
      bool ends = j >= n || ShouldSplit(i, j);
      if (j < n && ends) end_at = j - 1;
      // A sentence-final abbreviation gives its period to the sentence ("etc" ".") as EWT does.
      if (ends && toks_[i].kind == TokKind::kAbbrev) toks_[i].split_period = true;
    }
    if (end_at != SIZE_MAX) {
      for (size_t k = i + 1; k <= end_at; ++k) words += toks_[k].parts;
      EmitSentence(start, end_at);
      start = end_at + 1;
      words = 0;
      i = end_at;
    }
  }
  if (start < n) EmitSentence(start, n - 1);
  toks_.clear();
  ++paragraph_;
}

void Scanner::EmitSentence(size_t first, size_t last) {
  Sentence& s = story_.sentences.emplace_back();
  s.span = {toks_[first].begin, toks_[last].end};
  s.paragraph = paragraph_;
  size_t words = 0;
  for (size_t k = first; k <= last; ++k) words += toks_[k].parts + toks_[k].split_period;
  s.words.reserve(words);
  for (size_t k = first; k <= last; ++k) {
    const Tok& t = toks_[k];
    uint32_t bounds[4] = {t.begin, t.cut[0], t.cut[1], t.end};
    bounds[t.parts] = t.end;
    int32_t mw = -1;
    if (t.parts > 1 && opt_.multiword_tokens) {
      mw = static_cast<int32_t>(s.multiword.size());
      MultiwordToken& m = s.multiword.emplace_back();
      m.first = static_cast<uint32_t>(s.words.size());
      m.last = static_cast<uint32_t>(s.words.size() + t.parts - 1);
      m.span = {t.begin, t.end};
      m.form.assign(text_.data() + t.begin, t.end - t.begin);
    }
    if (t.split_period && t.parts == 1) {
      Word& w = s.words.emplace_back();
      w.span = {t.begin, t.end - 1};
      w.form.assign(text_.data() + t.begin, t.end - 1 - t.begin);
      w.space_after = false;
      Word& p = s.words.emplace_back();
      p.span = {t.end - 1, t.end};
      p.form.push_back(text_[t.end - 1]);
      p.space_after = t.space_after;
      continue;
    }
    for (int part = 0; part < t.parts; ++part) {
      Word& w = s.words.emplace_back();
      w.span = {bounds[part], bounds[part + 1]};
      w.form.assign(text_.data() + w.span.begin, w.span.size());
      w.space_after = part + 1 == t.parts && t.space_after;
      w.multiword = mw;
    }
  }
}

}  // namespace

StatusOr<Tokenizer> Tokenizer::Create(const TokenizerOptions& options) {
  if (options.max_sentence_words < 0) {
    return InvalidArgument("tokenizer: max_sentence_words must be >= 0 (0 = no limit), got " +
                           std::to_string(options.max_sentence_words));
  }
  auto data = std::make_shared<Data>();
  data->options = options;
  data->extra_storage.reserve(options.extra_abbreviations.size());
  for (const std::string& a : options.extra_abbreviations) {
    bool has_space = std::any_of(
        a.begin(), a.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (a.size() < 2 || a.back() != '.' || has_space || a.size() > 12) {
      return InvalidArgument("tokenizer: extra abbreviation \"" + a +
                             "\" must be 2-12 characters without whitespace ending in \".\"");
    }
    data->extra_storage.push_back(a);
  }
  data->abbreviations = BuiltinAbbreviations();
  for (const std::string& a : data->extra_storage) {
    data->abbreviations.push_back({a, AbbrevKind::kTitle});
  }
  std::stable_sort(data->abbreviations.begin(), data->abbreviations.end(),
                   [](const AbbrevEntry& x, const AbbrevEntry& y) { return x.text < y.text; });
  // Keep the first entry of each text (the built-in one wins over an extra duplicate).
  data->abbreviations.erase(
      std::unique(data->abbreviations.begin(), data->abbreviations.end(),
                  [](const AbbrevEntry& x, const AbbrevEntry& y) { return x.text == y.text; }),
      data->abbreviations.end());
  return Tokenizer(std::move(data));
}

const TokenizerOptions& Tokenizer::options() const { return data_->options; }

Status Tokenizer::Tokenize(Story& story) const {
  story.sentences.clear();
  if (story.text.size() >= (uint64_t{1} << 32)) {
    return ResourceExhausted("story " + story.id + ": text of " +
                             std::to_string(story.text.size()) +
                             " bytes is too large to tokenize (limit: 4 GiB - 1); split it");
  }
  Scanner scanner(*data_, story);
  scanner.Run();
  return Status::Ok();
}

}  // namespace dyad::tokenize
