// Reader for dyad's own actor/agent/discard lexicon files; format in docs/formats/lexicon.md.
//
// One pass over the lines: a header line (column 0) opens an entry, indented lines add codes
// to it, and the entry is committed when the next header (or the end of the file) arrives.
// Include lines are followed depth-first, so entries keep the order in which a reader of the
// files would meet them (that order matters: the first code whose date range covers the story
// date wins).
#include "lexicon/dyad_actors.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <utility>

#include "base/file.h"
#include "base/utf8.h"
#include "doc/document.h"
#include "lexicon/normalize.h"
#include "ontology/ontology.h"
#include "tokenize/abbreviations.h"

namespace dyad::lexicon {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxIncludeDepth = 32;
// A phrase with many `word(ending)` words expands to 2^n phrases: past this, it is refused.
constexpr size_t kMaxPhraseVariants = 64;

const std::set<std::string, std::less<>> kActorKinds = {
    "country", "name",  "adjective", "demonym", "capital", "metonym", "region",
    "org",     "armed", "person",    "actor",   "not",     "city"};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Drops a comment: '#' at the start or after a blank.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

bool ParseInt(std::string_view s, size_t digits, int* out) {
  if (s.size() != digits) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// Parses one side of a range. `end` selects the exclusive end (the day after the last day
// the written precision covers).
bool ParseDateSide(std::string_view s, bool end, int32_t* out, std::string* error) {
  int y = 0, m = 0, d = 0;
  int precision = 0;  // 1 year, 2 month, 3 day
  if (ParseInt(s, 4, &y)) {
    precision = 1;
  } else if (s.size() == 7 && s[4] == '-' && ParseInt(s.substr(0, 4), 4, &y) &&
             ParseInt(s.substr(5, 2), 2, &m)) {
    precision = 2;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-' && ParseInt(s.substr(0, 4), 4, &y) &&
             ParseInt(s.substr(5, 2), 2, &m) && ParseInt(s.substr(8, 2), 2, &d)) {
    precision = 3;
  } else {
    *error = "bad date '" + std::string(s) + "' (want YYYY, YYYY-MM or YYYY-MM-DD)";
    return false;
  }
  if (y < 1000) {
    *error = "bad year in '" + std::string(s) + "'";
    return false;
  }
  if (precision >= 2 && (m < 1 || m > 12)) {
    *error = "bad month in '" + std::string(s) + "'";
    return false;
  }
  if (precision == 3 && (d < 1 || d > DaysInMonth(y, m))) {
    *error = "bad day in '" + std::string(s) + "'";
    return false;
  }
  if (precision == 1) {
    m = 1;
    d = 1;
    if (end) ++y;
  } else if (precision == 2) {
    d = 1;
    if (end && ++m > 12) {
      m = 1;
      ++y;
    }
  } else if (end && ++d > DaysInMonth(y, m)) {
    d = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  *out = y * 10000 + m * 100 + d;
  return true;
}

bool IsCodeChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'a' && c <= 'z');
}

// One code with its range and confidence, as read from a header or continuation line.
struct CodeSpec {
  std::string code;
  DateRange range;
  std::string confidence;  // "" when not given
  size_t line = 0;
};

// An entry being read.
struct Pending {
  bool open = false;
  std::string kind;
  std::vector<std::string> phrases;  // as written
  std::vector<CodeSpec> codes;
  size_t line = 0;
  bool bad_code = false;  // a code line was rejected (already reported)
};

class Reader {
 public:
  explicit Reader(const DyadActorSinks& sinks) : sinks_(sinks) {}

  void ReadFile(const std::string& path, int depth, const std::string& from_file,
                size_t from_line) {
    std::error_code ec;
    fs::path canon = fs::weakly_canonical(fs::path(path), ec);
    std::string key = ec ? path : canon.string();
    if (!seen_.insert(key).second) {
      Warn(from_file, from_line, "'" + path + "' is included again (or in a cycle); read once");
      return;
    }
    StatusOr<std::string> text = dyad::ReadFile(path);
    if (!text.ok()) {
      Error(from_file, from_line, "cannot read include '" + path + "': " + text.status().message());
      return;
    }
    Parse(*text, path, depth);
  }

  void Parse(std::string_view text, const std::string& name, int depth) {
    ++sinks_.counts->files;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Pending entry;
    size_t line_no = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view raw = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      if (pos > text.size() && raw.empty()) break;
      if (FindInvalidUtf8(raw) != std::string_view::npos) {
        Error(name, line_no,
              "invalid UTF-8 at byte " + std::to_string(FindInvalidUtf8(raw) + 1) + " of the line");
        continue;
      }
      std::string_view line = Trim(StripComment(raw));
      if (line.empty()) continue;
      bool indented = IsBlank(raw.front());
      if (indented) {
        if (!entry.open) {
          Error(name, line_no, "indented line with no entry above it");
          continue;
        }
        ReadContinuation(line, name, line_no, &entry);
        continue;
      }
      Commit(name, &entry);
      std::vector<std::string_view> head = SplitBlanks(line);
      if (head[0] == "include") {
        if (head.size() != 2) {
          Error(name, line_no, "include takes one path: 'include FILE'");
          continue;
        }
        if (depth >= kMaxIncludeDepth) {
          Error(name, line_no, "includes nested too deep");
          continue;
        }
        fs::path target = fs::path(name).parent_path() / std::string(head[1]);
        ReadFile(target.string(), depth + 1, name, line_no);
        continue;
      }
      ReadHeader(line, name, line_no, &entry);
    }
    Commit(name, &entry);
  }

  // Lexicon-wide checks once everything is read.
  void Finish() {
    const auto& onto = ontology::Ontology::Cameo();
    for (const auto& [code, place] : codes_seen_) {
      std::string bad;
      if (code == "---" || onto.IsKnownActorCode(code, &bad)) continue;
      std::string why = code.size() % 3 != 0 ? "its length is not a multiple of 3"
                                             : "unit '" + bad + "' is not a CAMEO actor code";
      Warn(place.first, place.second,
           "actor code '" + code + "' is not a known CAMEO code: " + why);
    }
  }

 private:
  void Error(const std::string& file, size_t line, std::string message) {
    sinks_.diagnostics->push_back({file, line, Diagnostic::Severity::kError, std::move(message)});
  }
  void Warn(const std::string& file, size_t line, std::string message) {
    sinks_.diagnostics->push_back({file, line, Diagnostic::Severity::kWarning, std::move(message)});
  }

  // Parses `CODE [RANGE] [CONFIDENCE]` tokens.
  bool ParseCodeSpec(const std::vector<std::string_view>& toks, size_t first,
                     const std::string& name, size_t line_no, CodeSpec* spec) {
    if (first >= toks.size()) return false;
    spec->code = std::string(toks[first]);
    spec->line = line_no;
    if (!std::all_of(spec->code.begin(), spec->code.end(), IsCodeChar)) {
      Error(name, line_no, "bad code '" + spec->code + "' (letters, digits and '-' only)");
      return false;
    }
    for (size_t i = first + 1; i < toks.size(); ++i) {
      std::string_view t = toks[i];
      if (t == "high" || t == "medium" || t == "low") {
        if (!spec->confidence.empty()) {
          Error(name, line_no, "two confidence marks");
          return false;
        }
        spec->confidence = std::string(t);
      } else if (t.find("..") != std::string_view::npos) {
        std::string err;
        std::optional<DateRange> r = ParseDateRange(t, &err);
        if (!r) {
          Error(name, line_no, err);
          return false;
        }
        spec->range = *r;
      } else {
        Error(name, line_no,
              "unexpected '" + std::string(t) +
                  "' after the code (want a range FROM..TO or high/medium/low)");
        return false;
      }
    }
    return true;
  }

  void ReadHeader(std::string_view line, const std::string& name, size_t line_no, Pending* entry) {
    *entry = Pending{};
    size_t colon = line.find(':');
    std::string_view left = colon == std::string_view::npos ? line : line.substr(0, colon);
    std::vector<std::string_view> toks = SplitBlanks(left);
    std::string kind(toks[0]);
    bool is_agent = kind == "agent";
    bool is_discard = kind == "discard" || kind == "discard-story";
    if (!kActorKinds.contains(kind) && !is_agent && !is_discard) {
      Error(name, line_no, "unknown kind '" + kind + "'");
      return;
    }
    if (colon == std::string_view::npos) {
      Error(name, line_no, "missing ' : ' before the phrases");
      return;
    }
    entry->kind = kind;
    entry->line = line_no;
    std::string_view right = line.substr(colon + 1);
    size_t start = 0;
    while (start <= right.size()) {
      size_t bar = right.find('|', start);
      if (bar == std::string_view::npos) bar = right.size();
      std::string_view p = Trim(right.substr(start, bar - start));
      if (p.empty()) {
        Error(name, line_no, "empty phrase (check the '|' separators)");
      } else {
        entry->phrases.emplace_back(p);
      }
      start = bar + 1;
    }
    if (entry->phrases.empty()) return;
    if (is_discard || kind == "not") {
      if (toks.size() > 1) {
        Error(name, line_no, "'" + kind + "' takes no code");
        return;
      }
      entry->open = true;
      return;
    }
    if (is_agent) {
      if (toks.size() != 2) {
        Error(name, line_no, "agent wants exactly one code, '~XXX' or 'XXX~'");
        return;
      }
      CodeSpec spec;
      spec.code = std::string(toks[1]);
      spec.line = line_no;
      std::string bare = spec.code;
      bool ok = bare.size() > 1 && (bare.front() == '~') != (bare.back() == '~');
      if (ok) bare = bare.front() == '~' ? bare.substr(1) : bare.substr(0, bare.size() - 1);
      if (!ok || bare.empty() || !std::all_of(bare.begin(), bare.end(), IsCodeChar)) {
        Error(name, line_no, "bad agent code '" + spec.code + "' (want '~XXX' or 'XXX~')");
        return;
      }
      entry->codes.push_back(spec);
      entry->open = true;
      return;
    }
    if (toks.size() > 1) {
      CodeSpec spec;
      if (!ParseCodeSpec(toks, 1, name, line_no, &spec)) return;
      entry->codes.push_back(spec);
    }
    entry->open = true;
  }

  void ReadContinuation(std::string_view line, const std::string& name, size_t line_no,
                        Pending* entry) {
    if (!kActorKinds.contains(entry->kind) || entry->kind == "not") {
      Error(name, line_no, "'" + entry->kind + "' entries take no indented code lines");
      return;
    }
    std::vector<std::string_view> toks = SplitBlanks(line);
    CodeSpec spec;
    if (ParseCodeSpec(toks, 0, name, line_no, &spec)) {
      entry->codes.push_back(spec);
    } else {
      entry->bad_code = true;
    }
  }

  void Commit(const std::string& name, Pending* entry) {
    if (!entry->open) return;
    entry->open = false;
    const std::string& kind = entry->kind;
    std::vector<std::vector<std::string>> phrases;
    for (const std::string& p : entry->phrases) {
      std::vector<std::vector<std::string>> ex = ExpandPhrase(p);
      if (ex.empty()) {
        Error(name, entry->line, "phrase '" + p + "' has no words or a malformed '('");
        continue;
      }
      for (auto& words : ex) phrases.push_back(std::move(words));
    }
    if (phrases.empty()) return;
    if (kind == "discard" || kind == "discard-story") {
      DiscardLevel level = kind == "discard" ? DiscardLevel::kSentence : DiscardLevel::kStory;
      for (const auto& words : phrases) {
        std::vector<DiscardWord> dw;
        for (const auto& w : words) dw.push_back({w, true});
        if (!sinks_.discards->Add(std::move(dw), level, entry->line)) {
          Warn(name, entry->line, "duplicate discard phrase '" + JoinPhrase(words) + "'");
        }
      }
      Count(kind, phrases.size());
      return;
    }
    if (kind == "agent") {
      const std::string& c = entry->codes[0].code;
      bool suffix = c.front() == '~';
      std::string bare = suffix ? c.substr(1) : c.substr(0, c.size() - 1);
      if (!codes_seen_.contains(bare)) {
        codes_seen_.emplace(bare, std::make_pair(name, entry->line));
      }
      for (const auto& words : phrases) {
        const AgentEntry* existing = nullptr;
        if (!sinks_.agents->Add(words, bare, suffix ? AgentKind::kSuffix : AgentKind::kPrefix,
                                entry->line, &existing)) {
          if (existing != nullptr && existing->code != bare) {
            Warn(name, entry->line,
                 "agent phrase '" + JoinPhrase(words) + "' already has code '" + existing->code +
                     "' (line " + std::to_string(existing->line) + "); '" + c + "' ignored");
          } else {
            Warn(name, entry->line, "duplicate agent phrase '" + JoinPhrase(words) + "'");
          }
        }
      }
      Count(kind, phrases.size());
      return;
    }
    if (kind == "not") {
      entry->codes.push_back({"---", {}, "", entry->line});
    } else if (entry->codes.empty()) {
      if (entry->bad_code) return;
      Error(name, entry->line, "entry has no code (give one after the kind or indented below)");
      return;
    }
    if (kind == "person") {
      bool missing = false;
      for (const CodeSpec& c : entry->codes) {
        if (c.confidence.empty() && (c.range.from != 0 || c.range.to != 0)) {
          Error(name, c.line,
                "dated person code '" + c.code + "' needs a confidence mark (high, medium or low)");
          missing = true;
        }
      }
      if (missing) return;
      for (const CodeSpec& c : entry->codes) {
        if (!c.confidence.empty()) ++sinks_.counts->person_codes_by_confidence[c.confidence];
      }
    }
    for (const CodeSpec& c : entry->codes) {
      if (kind != "not" && !codes_seen_.contains(c.code)) {
        codes_seen_.emplace(c.code, std::make_pair(name, c.line));
      }
    }
    for (const auto& words : phrases) {
      std::string key = JoinPhrase(words);
      for (const CodeSpec& c : entry->codes) {
        bool undated = c.range.from == 0 && c.range.to == 0;
        if (undated) {
          auto it = undated_.find(key);
          if (it != undated_.end()) {
            if (it->second.code != c.code) {
              Warn(name, c.line,
                   "'" + key + "' already has the undated code '" + it->second.code + "' (" +
                       it->second.file + ":" + std::to_string(it->second.line) + "); '" + c.code +
                       "' is never used for it");
            } else if (it->second.file != name || it->second.line != c.line) {
              Warn(name, c.line,
                   "'" + key + "' is already coded '" + c.code + "' at " + it->second.file + ":" +
                       std::to_string(it->second.line));
            }
            continue;
          }
          undated_.emplace(key, Seen{c.code, name, c.line});
        }
        sinks_.actors->Add(words, c.code, c.range.from, c.range.to, name, c.line);
      }
    }
    Count(kind, phrases.size());
  }

  void Count(const std::string& kind, size_t phrases) {
    ++sinks_.counts->entries_by_kind[kind];
    sinks_.counts->phrases_by_kind[kind] += phrases;
  }

  struct Seen {
    std::string code;
    std::string file;
    size_t line;
  };

  const DyadActorSinks& sinks_;
  std::set<std::string> seen_;
  std::unordered_map<std::string, Seen> undated_;
  std::map<std::string, std::pair<std::string, size_t>> codes_seen_;
};

}  // namespace

std::optional<DateRange> ParseDateRange(std::string_view text, std::string* error) {
  size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    *error = "bad range '" + std::string(text) + "' (want FROM..TO)";
    return std::nullopt;
  }
  std::string_view from = text.substr(0, dots);
  std::string_view to = text.substr(dots + 2);
  if (from.empty() && to.empty()) {
    *error = "empty range '..'";
    return std::nullopt;
  }
  DateRange r;
  if (!from.empty() && !ParseDateSide(from, false, &r.from, error)) return std::nullopt;
  if (!to.empty() && !ParseDateSide(to, true, &r.to, error)) return std::nullopt;
  if (r.from != 0 && r.to != 0 && r.from >= r.to) {
    *error = "reversed range '" + std::string(text) + "'";
    return std::nullopt;
  }
  return r;
}

namespace {

// A hyphen inside a name ("al-Sharaa", "Guinea-Bissau", "Tsai Ing-wen") is cut out of the
// word by the tokenizer, which keeps it only after a bound prefix ("vice-president",
// "pro-Russian"); the coder then sees "AL - SHARAA" across the sentence and "AL SHARAA" in a
// noun phrase (punctuation left out). A written word is read as such a name when it has an
// inner hyphen and a capital letter at its start or right after a hyphen.
bool IsHyphenatedName(std::string_view word) {
  bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  bool inner = false;
  for (size_t i = 1; i + 1 < word.size(); ++i) {
    if (word[i] != '-' || word[i - 1] == '-' || word[i + 1] == '-') continue;
    inner = true;
    if (word[i + 1] >= 'A' && word[i + 1] <= 'Z') capital = true;
  }
  return inner && capital;
}

// True for a prefix the tokenizer keeps glued to the word after its hyphen ("e" in
// "Lashkar-e-Taiba" gives LASHKAR - E-TAIBA, as "e-mail").
bool IsBoundPrefix(std::string_view segment) {
  if (segment.empty() || segment.size() > 7) return false;
  std::string key;
  for (char c : segment) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  const auto& list = tokenize::HyphenPrefixes();
  return std::binary_search(list.begin(), list.end(), std::string_view(key));
}

// `phrase` with the hyphens of its hyphenated names replaced: `with` is " - " (the hyphen as
// a word of its own) or " " (left out). Empty when the phrase has no hyphenated name.
std::string CutHyphenatedNames(std::string_view phrase, std::string_view with) {
  std::string out;
  bool any = false;
  for (std::string_view word : SplitBlanks(phrase)) {
    if (!out.empty()) out += ' ';
    if (!IsHyphenatedName(word)) {
      out += word;
      continue;
    }
    any = true;
    size_t seg = 0;  // start of the current segment, as the tokenizer counts them
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      bool inner =
          c == '-' && i > 0 && i + 1 < word.size() && word[i - 1] != '-' && word[i + 1] != '-';
      if (inner && !IsBoundPrefix(word.substr(seg, i - seg))) {
        out += with;
      } else {
        out += c;
      }
      if (c == '-' || c == '.' || c == '\'' || c == ',' || c == ':' || c == '/' || c == '&') {
        seg = i + 1;
      }
    }
  }
  return any ? out : std::string();
}

std::vector<std::vector<std::string>> ExpandWrittenPhrase(std::string_view phrase) {
  std::vector<std::vector<std::string>> out = {{}};
  for (std::string_view word : SplitBlanks(phrase)) {
    std::vector<std::string> variants;
    size_t open = word.find('(');
    if (open == std::string_view::npos) {
      if (word.find(')') != std::string_view::npos) return {};
      variants.push_back(NormalizeWord(word));
    } else {
      if (open == 0 || word.back() != ')' || word.find(')') != word.size() - 1 ||
          word.size() - open < 3) {
        return {};
      }
      std::string base(word.substr(0, open));
      std::string ending(word.substr(open + 1, word.size() - open - 2));
      variants.push_back(NormalizeWord(base));
      variants.push_back(NormalizeWord(base + ending));
    }
    std::vector<std::vector<std::string>> next;
    for (const auto& prefix : out) {
      for (const auto& v : variants) {
        if (v.empty()) continue;
        next.push_back(prefix);
        next.back().push_back(v);
      }
    }
    out = std::move(next);
    if (out.size() > kMaxPhraseVariants) return {};
  }
  if (out.empty() || out[0].empty()) return {};
  size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    if (out[i].size() > 1 && out[i][0] == "THE") {
      out.emplace_back(out[i].begin() + 1, out[i].end());
    }
  }
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> ExpandPhrase(std::string_view phrase) {
  std::vector<std::vector<std::string>> out = ExpandWrittenPhrase(phrase);
  if (out.empty()) return out;
  for (std::string_view with : {std::string_view(" - "), std::string_view(" ")}) {
    std::string cut = CutHyphenatedNames(phrase, with);
    if (cut.empty()) break;
    for (auto& words : ExpandWrittenPhrase(cut)) {
      if (std::find(out.begin(), out.end(), words) == out.end()) out.push_back(std::move(words));
    }
  }
  return out;
}

Status ReadDyadActorFile(const std::string& path, const DyadActorSinks& sinks) {
  StatusOr<std::string> text = dyad::ReadFile(path);
  if (!text.ok()) return text.status();
  Reader reader(sinks);
  reader.ReadFile(path, 0, path, 0);
  reader.Finish();
  return Status::Ok();
}

void ParseDyadActorText(std::string_view text, const std::string& name,
                        const DyadActorSinks& sinks) {
  Reader reader(sinks);
  reader.Parse(text, name, 0);
  reader.Finish();
}

}  // namespace dyad::lexicon
