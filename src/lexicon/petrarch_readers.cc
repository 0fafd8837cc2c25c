// Readers for PETRARCH2-format actor, agent, discard and issue files.
//
// Formats: /work/shared/docs/PETRARCH-FORMATS.md. Where dyad differs from PETRARCH2 (its bugs,
// and a few choices), docs/petrarch-compat.md says how and why. Common to all files:
//   - '#' starts a comment to the end of the line;
//   - `<!-- ... -->` is a comment, possibly over several lines; a line starting with `<!` is a
//     comment line (PETRARCH's `<! -- ... -->` variant); the line after a multi-line comment is
//     filtered like any other line (PETRARCH2 does not re-filter it);
//   - CR LF line ends, a UTF-8 BOM, U+FFFD and control bytes such as 0x1A are tolerated (the
//     damaged characters are dropped from the words, with a warning).
// No input line makes a reader fail: a bad line is skipped (or the usable part kept) and a
// Diagnostic recorded with file:line and the reason.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/file.h"
#include "lexicon/lexicon.h"
#include "lexicon/normalize.h"

namespace dyad::lexicon {
namespace {

using Severity = Diagnostic::Severity;

class Reporter {
 public:
  Reporter(const std::string& file, std::vector<Diagnostic>* out) : file_(file), out_(out) {}
  void Error(size_t line, std::string message) { Add(line, Severity::kError, std::move(message)); }
  void Warning(size_t line, std::string message) {
    Add(line, Severity::kWarning, std::move(message));
  }

 private:
  void Add(size_t line, Severity s, std::string message) {
    if (out_) out_->push_back(Diagnostic{file_, line, s, std::move(message)});
  }
  const std::string& file_;
  std::vector<Diagnostic>* out_;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Splits text into lines (without '\n' or a trailing '\r'); skips a leading UTF-8 BOM.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    fn(line_no, line);
    pos = nl + 1;
  }
}

// Removes comments ('#', `<!-- -->` blocks over any number of lines, `<!` lines) from one line
// at a time, carrying the open-block state between lines.
class CommentFilter {
 public:
  // Returns the line without comments (may point into `line` or into `scratch`).
  std::string_view Filter(std::string_view line, std::string* scratch) {
    if (!in_block_) {
      // Fast path: nothing that starts a comment.
      size_t hash = line.find('#');
      size_t lt = line.find("<!");
      if (lt == std::string_view::npos) {
        return hash == std::string_view::npos ? line : line.substr(0, hash);
      }
    }
    scratch->clear();
    size_t pos = 0;
    bool at_start = true;
    while (pos <= line.size()) {
      if (in_block_) {
        size_t close = line.find("-->", pos);
        if (close == std::string_view::npos) return *scratch;
        pos = close + 3;
        in_block_ = false;
        continue;
      }
      std::string_view rest = line.substr(pos);
      size_t hash = rest.find('#');
      size_t open = rest.find("<!--");
      if (at_start) {
        std::string_view t = Trim(rest);
        if (t.substr(0, 2) == "<!") open = rest.find("<!");
      }
      if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
        scratch->append(rest.substr(0, hash));
        return *scratch;
      }
      if (open == std::string_view::npos) {
        scratch->append(rest);
        return *scratch;
      }
      scratch->append(rest.substr(0, open));
      at_start = false;
      if (rest.substr(open, 4) == "<!--") {
        in_block_ = true;
        pos += open + 4;
        continue;
      }
      // A `<!` comment line that is not `<!--` (e.g. `<! -- ... -->`): up to "-->" if the line
      // has one, else the rest of the line. It never opens a block.
      size_t close = rest.find("-->", open + 2);
      if (close == std::string_view::npos) return *scratch;
      pos += close + 3;
    }
    return *scratch;
  }
  bool in_block() const { return in_block_; }

 private:
  bool in_block_ = false;
};

bool HasDamage(std::string_view s) {
  return s.find('\x1a') != std::string_view::npos ||
         s.find("\xEF\xBF\xBD") != std::string_view::npos;
}

// ---------------------------------------------------------------------------------------------
// Dates and codes

int32_t Digits(std::string_view s) {
  int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Parses a 6-digit (YYMMDD, YY <= 30 means 20YY) or 8-digit (YYYYMMDD) date.
bool ParseDate(std::string_view s, int32_t* out, std::string* why) {
  s = Trim(s);
  if (s.empty()) {
    *why = "missing date";
    return false;
  }
  for (char c : s) {
    if (c < '0' || c > '9') {
      *why = "bad date '" + std::string(s) + "' (expected YYMMDD or YYYYMMDD)";
      return false;
    }
  }
  int32_t year, rest;
  if (s.size() == 6) {
    int32_t yy = (s[0] - '0') * 10 + (s[1] - '0');
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = Digits(s.substr(2));
  } else if (s.size() == 8) {
    year = Digits(s.substr(0, 4));
    rest = Digits(s.substr(4));
  } else {
    *why = "bad date '" + std::string(s) + "': " + std::to_string(s.size()) +
           " digits (expected 6 or 8)";
    return false;
  }
  int32_t month = rest / 100, day = rest % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    *why = "bad date '" + std::string(s) + "': month or day out of range";
    return false;
  }
  *out = year * 10000 + rest;
  return true;
}

bool ValidCode(std::string_view code, std::string* why) {
  if (code.empty()) {
    *why = "empty code";
    return false;
  }
  int digit_run = 0;
  for (char c : code) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '+' || c == '/';
    if (!ok) {
      *why = "bad character '" + std::string(1, c) + "' in code '" + std::string(code) + "'";
      return false;
    }
    digit_run = (c >= '0' && c <= '9') ? digit_run + 1 : 0;
    if (digit_run >= 6) {
      *why = "code '" + std::string(code) + "' has a date glued to it (put a blank before it)";
      return false;
    }
  }
  return true;
}

struct CodeSpec {
  std::string code;
  int32_t from = 0, to = 0;
};

// Parses the inside of one actor bracket: "CODE", "CODE >D", "CODE <D", "CODE D1-D2",
// "CODE D" (bare date: from D on; PETRARCH2 drops its first digit), blanks anywhere.
bool ParseActorBracket(std::string_view inside, CodeSpec* spec, std::string* why) {
  inside = Trim(inside);
  size_t i = 0;
  while (i < inside.size() && !IsBlank(inside[i]) && inside[i] != '<' && inside[i] != '>') ++i;
  std::string_view code = inside.substr(0, i);
  if (!code.empty() && code.find('-') != std::string_view::npos && code.size() > 3 &&
      code.front() >= '0' && code.front() <= '9') {
    *why = "date range '" + std::string(inside) + "' without a code";
    return false;
  }
  if (!ValidCode(code, why)) {
    if (code.empty()) *why = "missing code in '[" + std::string(inside) + "]'";
    return false;
  }
  spec->code = std::string(code);
  std::string_view rest = Trim(inside.substr(i));
  if (rest.empty()) return true;
  if (rest.front() == '>' || rest.front() == '<') {
    int32_t d;
    if (!ParseDate(rest.substr(1), &d, why)) return false;
    (rest.front() == '>' ? spec->from : spec->to) = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    // A bare single date: from that date on (all of its digits).
    return ParseDate(rest, &spec->from, why);
  }
  if (!ParseDate(rest.substr(0, dash), &spec->from, why)) return false;
  if (!ParseDate(rest.substr(dash + 1), &spec->to, why)) return false;
  if (spec->from >= spec->to) {
    *why = "bad date range '" + std::string(rest) + "': the start is not before the end";
    return false;
  }
  return true;
}

// Splits "[A] [B >D] junk" into bracket contents; reports unbalanced brackets and stray text.
// Returns false (after reporting) if the brackets are unbalanced.
bool SplitBrackets(std::string_view s, std::vector<std::string_view>* inside, std::string* stray,
                   std::string* why) {
  size_t pos = 0;
  while (pos < s.size()) {
    char c = s[pos];
    if (IsBlank(c)) {
      ++pos;
      continue;
    }
    if (c == ']') {
      *why = "unbalanced brackets: ']' without '['";
      return false;
    }
    if (c != '[') {
      size_t next = s.find_first_of("[]", pos);
      if (next == std::string_view::npos) next = s.size();
      stray->append(Trim(s.substr(pos, next - pos)));
      pos = next;
      continue;
    }
    size_t close = s.find(']', pos + 1);
    size_t reopen = s.find('[', pos + 1);
    if (close == std::string_view::npos || (reopen != std::string_view::npos && reopen < close)) {
      *why = "unbalanced brackets: '[' without ']'";
      return false;
    }
    inside->push_back(s.substr(pos + 1, close - pos - 1));
    pos = close + 1;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Actors

struct PendingEntry {
  CodeSpec spec;
  size_t line;
};

class ActorReader {
 public:
  ActorReader(const std::string& file, ActorDictionary* dict, std::vector<Diagnostic>* diags)
      : file_(file), dict_(dict), report_(file, diags) {}

  void Line(size_t no, std::string_view raw) {
    std::string_view line = Trim(filter_.Filter(raw, &scratch_));
    if (line.empty()) return;
    if (HasDamage(line)) {
      report_.Warning(no, "damaged character (U+FFFD or 0x1A) in '" + std::string(line) +
                              "'; dropped from the phrase");
    }
    if (line.front() == '+') {
      if (names_.empty()) {
        report_.Error(no, "synonym '" + std::string(line) + "' before any actor name");
        return;
      }
      std::string_view body = line.substr(1);
      size_t bracket = body.find_first_of("[]");
      std::string_view name = bracket == std::string_view::npos ? body : body.substr(0, bracket);
      AddName(no, name);
      if (bracket != std::string_view::npos) Codes(no, body.substr(bracket));
      return;
    }
    if (line.front() == '[' || line.front() == ']') {
      if (names_.empty()) {
        report_.Error(no, "code line '" + std::string(line) + "' before any actor name");
        return;
      }
      Codes(no, line);
      return;
    }
    size_t bracket = line.find_first_of("[]");
    std::string_view name = bracket == std::string_view::npos ? line : line.substr(0, bracket);
    // Consecutive name lines without codes share the code lines that follow them
    // ("IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / JOSIPOVIC_ / <tab>[HRVGOV >20120219]").
    bool joins = bracket == std::string_view::npos && !names_.empty() && !had_codes_;
    if (!joins) {
      Flush();
      block_line_ = no;
    }
    AddName(no, name);
    if (names_.empty()) return;
    if (bracket != std::string_view::npos) Codes(no, line.substr(bracket));
  }

  void Finish() {
    Flush();
    if (filter_.in_block()) report_.Warning(0, "'<!--' comment not closed at end of file");
  }

 private:
  void AddName(size_t no, std::string_view name) {
    std::vector<std::string> words = SplitPhrase(name);
    if (words.empty()) {
      report_.Error(no, "empty actor name in '" + std::string(name) + "'");
      return;
    }
    names_.push_back(std::move(words));
    name_lines_.push_back(no);
  }

  void Codes(size_t no, std::string_view s) {
    had_codes_ = true;
    std::vector<std::string_view> inside;
    std::string stray, why;
    if (!SplitBrackets(s, &inside, &stray, &why)) {
      report_.Error(no, why + " in '" + std::string(Trim(s)) + "'; line skipped");
      return;
    }
    if (!stray.empty()) report_.Warning(no, "text '" + stray + "' outside brackets ignored");
    for (std::string_view in : inside) {
      PendingEntry e;
      e.line = no;
      if (!ParseActorBracket(in, &e.spec, &why)) {
        report_.Error(no, why + "; code skipped");
        continue;
      }
      entries_.push_back(std::move(e));
    }
  }

  void Flush() {
    if (names_.empty()) return;
    if (entries_.empty()) {
      report_.Error(block_line_,
                    "actor '" + JoinPhrase(names_.front()) + "' has no code; entry skipped");
    } else {
      seen_.clear();
      for (size_t n = 0; n < names_.size(); ++n) {
        const std::vector<std::string>& name = names_[n];
        if (names_.size() > 1 && !seen_.insert(JoinPhrase(name)).second) {
          continue;  // the same name twice in one block
        }
        CheckConflict(name, name_lines_[n]);
        for (const PendingEntry& e : entries_) {
          dict_->Add(name, e.spec.code, e.spec.from, e.spec.to, file_, e.line);
        }
      }
    }
    names_.clear();
    name_lines_.clear();
    entries_.clear();
    had_codes_ = false;
  }

  // A phrase defined again with a different default (undated) code: the later default can
  // never be chosen (the first undated entry wins), so say so.
  void CheckConflict(const std::vector<std::string>& name, size_t no) {
    const std::vector<ActorEntry>* old = dict_->Find(name);
    if (!old) return;
    const ActorEntry* old_default = nullptr;
    for (const ActorEntry& e : *old) {
      if (!e.Dated()) {
        old_default = &e;
        break;
      }
    }
    const PendingEntry* new_default = nullptr;
    for (const PendingEntry& e : entries_) {
      if (e.spec.from == 0 && e.spec.to == 0) {
        new_default = &e;
        break;
      }
    }
    if (old_default && new_default && old_default->code != new_default->spec.code) {
      const std::string& where = dict_->sources()[old_default->source];
      report_.Warning(no, "duplicate entry '" + JoinPhrase(name) +
                              "' with conflicting codes: " + new_default->spec.code + " here, " +
                              old_default->code + " at " + where + ":" +
                              std::to_string(old_default->line) + " (the first is used)");
    }
  }

  const std::string& file_;
  ActorDictionary* dict_;
  Reporter report_;
  CommentFilter filter_;
  std::string scratch_;
  std::vector<std::vector<std::string>> names_;
  std::vector<size_t> name_lines_;
  std::vector<PendingEntry> entries_;
  std::unordered_set<std::string> seen_;
  size_t block_line_ = 0;
  bool had_codes_ = false;  // the block has had code brackets (valid or not)
};

// ---------------------------------------------------------------------------------------------
// Word forms shared by agents and issues

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Regular English plurals of an upper-case noun (several when unsure: extra forms are
// harmless in a dictionary). CITY -> CITIES, DAY -> DAYS, BUS -> BUSES, CHAIRMAN -> CHAIRMEN
// and CHAIRMANS.
std::vector<std::string> NounPlurals(const std::string& w) {
  std::vector<std::string> out;
  if (w.empty()) return out;
  char last = w.back();
  if (last == 'Y' && w.size() > 1 && !IsVowel(w[w.size() - 2])) {
    out.push_back(w.substr(0, w.size() - 1) + "IES");
  } else if (last == 'S' || last == 'X' || last == 'Z' || EndsWith(w, "CH") || EndsWith(w, "SH")) {
    out.push_back(w + "ES");
  } else {
    out.push_back(w + "S");
  }
  if (EndsWith(w, "MAN")) out.push_back(w.substr(0, w.size() - 3) + "MEN");
  return out;
}

// Regular verb forms: base, 3rd person, past, gerund.
std::vector<std::string> VerbForms(const std::string& w) {
  std::vector<std::string> out = {w};
  if (w.empty()) return out;
  char last = w.back();
  bool cons_y = last == 'Y' && w.size() > 1 && !IsVowel(w[w.size() - 2]);
  if (cons_y) {
    out.push_back(w.substr(0, w.size() - 1) + "IES");
    out.push_back(w.substr(0, w.size() - 1) + "IED");
  } else {
    bool es = last == 'S' || last == 'X' || last == 'Z' || EndsWith(w, "CH") || EndsWith(w, "SH");
    out.push_back(w + (es ? "ES" : "S"));
    out.push_back(w + (last == 'E' ? "D" : "ED"));
  }
  if (last == 'E' && !EndsWith(w, "EE") && w.size() > 2) {
    out.push_back(w.substr(0, w.size() - 1) + "ING");
  } else {
    out.push_back(w + "ING");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Agents

class AgentReader {
 public:
  AgentReader(const std::string& file, AgentDictionary* dict, std::vector<Diagnostic>* diags)
      : dict_(dict), report_(file, diags) {}

  void Line(size_t no, std::string_view raw) {
    std::string_view line = Trim(filter_.Filter(raw, &scratch_));
    if (line.empty()) return;
    if (HasDamage(line)) {
      report_.Warning(no, "damaged character (U+FFFD or 0x1A) in '" + std::string(line) + "'");
    }
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      SubstitutionSet(no, line);
      return;
    }
    size_t bracket = line.find_first_of("[]");
    if (bracket == std::string_view::npos) {
      report_.Error(no, "agent '" + std::string(line) + "' has no [~CODE] or [CODE~]; skipped");
      return;
    }
    std::string_view phrase_part = line.substr(0, bracket);
    std::vector<std::string_view> inside;
    std::string stray, why;
    if (!SplitBrackets(line.substr(bracket), &inside, &stray, &why)) {
      report_.Error(no, why + " in '" + std::string(line) + "'; skipped");
      return;
    }
    if (!stray.empty()) report_.Warning(no, "text '" + stray + "' outside brackets ignored");
    if (inside.size() != 1) {
      report_.Error(no, "agent needs exactly one [~CODE] or [CODE~], found " +
                            std::to_string(inside.size()) + "; skipped");
      return;
    }
    std::string code;
    AgentKind kind;
    if (!ParseAgentCode(inside[0], &code, &kind, &why)) {
      report_.Error(no, why + "; skipped");
      return;
    }
    // {PLURAL} part.
    std::string_view phrase = phrase_part;
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    size_t brace = phrase_part.find('{');
    if (brace != std::string_view::npos) {
      size_t close = phrase_part.find('}', brace);
      if (close == std::string_view::npos) {
        report_.Error(no, "unbalanced braces: '{' without '}'; skipped");
        return;
      }
      explicit_plural = true;
      std::string_view forms = phrase_part.substr(brace + 1, close - brace - 1);
      size_t start = 0;
      while (start <= forms.size()) {
        size_t sep = forms.find_first_of("|,", start);
        if (sep == std::string_view::npos) sep = forms.size();
        std::string_view f = Trim(forms.substr(start, sep - start));
        if (!f.empty()) plurals.emplace_back(f);
        start = sep + 1;
      }
      if (!Trim(phrase_part.substr(close + 1)).empty()) {
        report_.Warning(no, "text after '}' ignored");
      }
      phrase = phrase_part.substr(0, brace);
    } else if (phrase_part.find('}') != std::string_view::npos) {
      report_.Error(no, "unbalanced braces: '}' without '{'; skipped");
      return;
    }
    bool substituted = false;
    std::vector<std::string> expansions;
    if (!Expand(no, std::string(Trim(phrase)), &expansions, &substituted)) return;
    for (const std::string& text : expansions) {
      AddOne(no, SplitPhrase(text), code, kind);
      if (explicit_plural || substituted) continue;
      std::vector<std::string> words = SplitPhrase(text);
      if (words.empty()) continue;
      std::string last = words.back();
      for (const std::string& p : NounPlurals(last)) {
        words.back() = p;
        AddOne(no, words, code, kind);
      }
    }
    for (const std::string& p : plurals) {
      std::vector<std::string> more;
      bool sub2 = false;
      if (!Expand(no, p, &more, &sub2)) continue;
      for (const std::string& text : more) AddOne(no, SplitPhrase(text), code, kind);
    }
  }

  void Finish() {
    if (filter_.in_block()) report_.Warning(0, "'<!--' comment not closed at end of file");
  }

 private:
  static bool ParseAgentCode(std::string_view in, std::string* code, AgentKind* kind,
                             std::string* why) {
    std::string compact;
    for (char c : in) {
      if (!IsBlank(c)) compact.push_back(c);
    }
    bool pre = !compact.empty() && compact.front() == '~';
    bool post = !compact.empty() && compact.back() == '~';
    if (pre == post) {
      *why = "agent code '[" + std::string(Trim(in)) + "]' must be [~CODE] or [CODE~]";
      return false;
    }
    *code = pre ? compact.substr(1) : compact.substr(0, compact.size() - 1);
    *kind = pre ? AgentKind::kSuffix : AgentKind::kPrefix;
    if (!ValidCode(*code, why)) return false;
    return true;
  }

  void SubstitutionSet(size_t no, std::string_view line) {
    size_t eq = line.find('=');
    std::string_view name = Trim(line.substr(0, eq));
    if (name.size() < 3 || name.back() != '!' || name.find('!', 1) != name.size() - 1) {
      report_.Error(no, "bad substitution set name '" + std::string(name) +
                            "' (expected !NAME! = A, B, ...); skipped");
      return;
    }
    std::vector<std::string> values;
    std::string_view rest = line.substr(eq + 1);
    size_t start = 0;
    while (start <= rest.size()) {
      size_t comma = rest.find(',', start);
      if (comma == std::string_view::npos) comma = rest.size();
      std::string_view v = Trim(rest.substr(start, comma - start));
      if (v.find('!') != std::string_view::npos) {
        report_.Error(no, "substitution set " + std::string(name) + " has a value with '!' ('" +
                              std::string(v) + "'); sets cannot nest; skipped");
        return;
      }
      if (!v.empty()) values.emplace_back(v);
      start = comma + 1;
    }
    if (values.empty()) {
      report_.Error(no, "substitution set " + std::string(name) + " is empty; skipped");
      return;
    }
    if (sets_.count(std::string(name))) {
      report_.Warning(no, "substitution set " + std::string(name) + " redefined");
    }
    sets_[std::string(name)] = std::move(values);
  }

  // Expands every !SET! in the text (cartesian product). False (reported) on an unknown set.
  bool Expand(size_t no, const std::string& text, std::vector<std::string>* out,
              bool* substituted) {
    size_t open = text.find('!');
    if (open == std::string::npos) {
      out->push_back(text);
      return true;
    }
    size_t close = text.find('!', open + 1);
    if (close == std::string::npos) {
      report_.Error(no, "unterminated substitution marker in '" + text + "'; skipped");
      return false;
    }
    std::string name = text.substr(open, close - open + 1);
    auto it = sets_.find(name);
    if (it == sets_.end()) {
      report_.Error(no, "unknown substitution set " + name + "; skipped");
      return false;
    }
    *substituted = true;
    for (const std::string& v : it->second) {
      std::vector<std::string> rest;
      if (!Expand(no, text.substr(0, open) + v + text.substr(close + 1), &rest, substituted)) {
        return false;
      }
      out->insert(out->end(), rest.begin(), rest.end());
      if (out->size() > 4096) {
        report_.Error(no, "substitution sets expand to more than 4096 phrases; skipped");
        return false;
      }
    }
    return true;
  }

  void AddOne(size_t no, const std::vector<std::string>& words, const std::string& code,
              AgentKind kind) {
    if (words.empty()) {
      report_.Error(no, "empty agent phrase; skipped");
      return;
    }
    const AgentEntry* existing = nullptr;
    if (!dict_->Add(words, code, kind, no, &existing) && existing &&
        (existing->code != code || existing->kind != kind) && last_conflict_line_ != no) {
      last_conflict_line_ = no;  // one warning per line, not one per generated form
      report_.Warning(no, "duplicate agent '" + JoinPhrase(words) + "' with conflicting codes: " +
                              code + " here, " + existing->code + " at line " +
                              std::to_string(existing->line) + " (the first is used)");
    }
  }

  AgentDictionary* dict_;
  Reporter report_;
  CommentFilter filter_;
  std::string scratch_;
  std::unordered_map<std::string, std::vector<std::string>> sets_;
  size_t last_conflict_line_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Issues: expansion of `n:`, `v:` and `+`

// Expands one token of an issue phrase into word sequences.
bool ExpandIssueToken(std::string_view token, std::vector<std::vector<std::string>>* out,
                      std::string* why) {
  std::vector<std::vector<std::string>> part_forms;
  size_t start = 0;
  while (start <= token.size()) {
    size_t plus = token.find('+', start);
    if (plus == std::string_view::npos) plus = token.size();
    std::string_view part = token.substr(start, plus - start);
    start = plus + 1;
    if (part.empty()) continue;
    char prefix = 0;
    if (part.size() > 2 && part[1] == ':' &&
        (part[0] == 'n' || part[0] == 'v' || part[0] == 'N' || part[0] == 'V')) {
      prefix = static_cast<char>(part[0] | 0x20);
      part.remove_prefix(2);
    }
    std::string w = NormalizeWord(part);
    if (w.empty()) continue;
    std::vector<std::string> forms;
    if (prefix == 'n') {
      forms.push_back(w);
      for (std::string& p : NounPlurals(w)) forms.push_back(std::move(p));
    } else if (prefix == 'v') {
      forms = VerbForms(w);
    } else {
      forms.push_back(w);
    }
    part_forms.push_back(std::move(forms));
  }
  if (part_forms.empty()) return true;
  // Every combination of the parts' forms, joined with '-' or as separate words (PETRARCH:
  // "+: Create versions with ' ' and '-'").
  std::vector<std::vector<std::string>> combos = {{}};
  for (const auto& forms : part_forms) {
    std::vector<std::vector<std::string>> next;
    for (const auto& c : combos) {
      for (const std::string& f : forms) {
        next.push_back(c);
        next.back().push_back(f);
      }
    }
    combos = std::move(next);
    if (combos.size() > 256) {
      *why = "'" + std::string(token) + "' expands to too many forms";
      return false;
    }
  }
  for (const auto& c : combos) {
    if (c.size() == 1) {
      out->push_back(c);
      continue;
    }
    std::string hyphen;
    for (size_t i = 0; i < c.size(); ++i) {
      if (i) hyphen += '-';
      hyphen += c[i];
    }
    out->push_back({hyphen});
    out->push_back(c);
  }
  return true;
}

bool ExpandIssuePhrase(std::string_view phrase, std::vector<std::vector<std::string>>* out,
                       std::string* why) {
  std::vector<std::vector<std::string>> result = {{}};
  size_t pos = 0;
  while (pos < phrase.size()) {
    while (pos < phrase.size() && IsBlank(phrase[pos])) ++pos;
    size_t end = pos;
    while (end < phrase.size() && !IsBlank(phrase[end])) ++end;
    if (end == pos) break;
    std::vector<std::vector<std::string>> token_forms;
    if (!ExpandIssueToken(phrase.substr(pos, end - pos), &token_forms, why)) return false;
    pos = end;
    if (token_forms.empty()) continue;
    std::vector<std::vector<std::string>> next;
    for (const auto& r : result) {
      for (const auto& t : token_forms) {
        next.push_back(r);
        next.back().insert(next.back().end(), t.begin(), t.end());
      }
    }
    result = std::move(next);
    if (result.size() > 1024) {
      *why = "phrase expands to more than 1024 forms";
      return false;
    }
  }
  for (auto& r : result) {
    if (!r.empty()) out->push_back(std::move(r));
  }
  return true;
}

std::string Attribute(std::string_view tag, std::string_view name) {
  size_t p = tag.find(name);
  while (p != std::string_view::npos) {
    size_t q = p + name.size();
    while (q < tag.size() && IsBlank(tag[q])) ++q;
    if (q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && IsBlank(tag[q])) ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        size_t close = tag.find(tag[q], q + 1);
        if (close != std::string_view::npos) return std::string(tag.substr(q + 1, close - q - 1));
      }
      size_t e = q;
      while (e < tag.size() && !IsBlank(tag[e]) && tag[e] != '>') ++e;
      return std::string(tag.substr(q, e - q));
    }
    p = tag.find(name, p + 1);
  }
  return "";
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void ParsePetrarchActors(std::string_view text, const std::string& name, ActorDictionary* dict,
                         std::vector<Diagnostic>* diagnostics) {
  ActorReader reader(name, dict, diagnostics);
  dict->Reserve(text.size() / 32);  // about one phrase per 32 bytes in the Phoenix files
  ForEachLine(text, [&](size_t no, std::string_view line) { reader.Line(no, line); });
  reader.Finish();
}

void ParsePetrarchAgents(std::string_view text, const std::string& name, AgentDictionary* dict,
                         std::vector<Diagnostic>* diagnostics) {
  AgentReader reader(name, dict, diagnostics);
  ForEachLine(text, [&](size_t no, std::string_view line) { reader.Line(no, line); });
  reader.Finish();
}

void ParsePetrarchDiscards(std::string_view text, const std::string& name, DiscardList* list,
                           std::vector<Diagnostic>* diagnostics) {
  Reporter report(name, diagnostics);
  CommentFilter filter;
  std::string scratch;
  ForEachLine(text, [&](size_t no, std::string_view raw) {
    std::string_view line = Trim(filter.Filter(raw, &scratch));
    if (line.empty()) return;
    DiscardLevel level = DiscardLevel::kSentence;
    if (line.front() == '+') {
      level = DiscardLevel::kStory;
      line = Trim(line.substr(1));
    }
    std::vector<DiscardWord> words;
    size_t pos = 0;
    while (pos < line.size()) {
      while (pos < line.size() && IsBlank(line[pos])) ++pos;
      size_t end = pos;
      while (end < line.size() && !IsBlank(line[end])) ++end;
      std::string_view token = line.substr(pos, end - pos);
      pos = end;
      // '_' joins words; a trailing '_' makes the last one exact.
      bool exact_last = !token.empty() && token.back() == '_';
      std::vector<std::string> parts = SplitPhrase(token);
      for (size_t i = 0; i < parts.size(); ++i) {
        words.push_back(DiscardWord{std::move(parts[i]), exact_last && i + 1 == parts.size()});
      }
    }
    if (words.empty()) {
      report.Error(no, "empty discard phrase; skipped");
      return;
    }
    if (!list->Add(std::move(words), level, no)) {
      report.Warning(no, "duplicate discard phrase '" + std::string(line) + "'");
    }
  });
  if (filter.in_block()) report.Warning(0, "'<!--' comment not closed at end of file");
}

void ParsePetrarchIssues(std::string_view text, const std::string& name, IssueDictionary* dict,
                         std::vector<Diagnostic>* diagnostics) {
  Reporter report(name, diagnostics);
  CommentFilter filter;
  std::string scratch;
  bool in_section = false;
  ForEachLine(text, [&](size_t no, std::string_view raw) {
    std::string_view line = Trim(filter.Filter(raw, &scratch));
    if (line.empty()) return;
    if (line.substr(0, 6) == "<ISSUE" || line.substr(0, 6) == "<issue") {
      if (in_section) report.Warning(no, "<ISSUE> inside an open <ISSUE> section");
      std::string category = Attribute(line, "CATEGORY");
      if (category.empty()) report.Warning(no, "<ISSUE> without CATEGORY");
      dict->BeginSection(category, Attribute(line, "TYPE"));
      in_section = true;
      return;
    }
    if (line.substr(0, 7) == "</ISSUE" || line.substr(0, 7) == "</issue") {
      if (!in_section) report.Warning(no, "</ISSUE> without an open section");
      in_section = false;
      return;
    }
    if (line.front() == '<') {
      report.Warning(no, "unknown tag '" + std::string(line) + "' ignored");
      return;
    }
    if (!in_section) report.Warning(no, "phrase outside an <ISSUE> section");
    int tildes = 0;
    while (!line.empty() && line.front() == '~' && tildes < 2) {
      ++tildes;
      line.remove_prefix(1);
    }
    // Segments "phrase [CODE]"; a line may hold several ("a [X]b [X]").
    std::vector<std::pair<std::string_view, std::string>> segments;
    std::string_view rest = line;
    while (true) {
      size_t open = rest.find('[');
      size_t close = rest.find(']');
      if (open == std::string_view::npos && close == std::string_view::npos) {
        if (segments.empty()) {
          segments.emplace_back(rest, "");
        } else if (!Trim(rest).empty()) {
          report.Warning(no, "text '" + std::string(Trim(rest)) + "' after the code ignored");
        }
        break;
      }
      if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
          rest.find('[', open + 1) < close) {
        report.Error(no, "unbalanced brackets in '" + std::string(line) + "'; skipped");
        return;
      }
      std::string code(Trim(rest.substr(open + 1, close - open - 1)));
      std::string_view phrase = rest.substr(0, open);
      if (Trim(phrase).empty() && !segments.empty()) {
        if (code != segments.back().second) {
          report.Error(no, "two codes for one phrase; skipped");
          return;
        }
        report.Warning(no, "[" + code + "] repeated");
      } else {
        segments.emplace_back(phrase, code);
      }
      rest = rest.substr(close + 1);
    }
    for (const auto& [phrase, code] : segments) {
      if (tildes == 0 && code.empty()) {
        report.Error(no, "issue phrase '" + std::string(Trim(phrase)) + "' has no [CODE]; skipped");
        continue;
      }
      if (tildes > 0 && !code.empty()) {
        report.Warning(no, "code [" + code + "] on an ignore phrase is ignored");
      }
      std::vector<std::vector<std::string>> forms;
      std::string why;
      if (!ExpandIssuePhrase(phrase, &forms, &why)) {
        report.Error(no, why + "; skipped");
        continue;
      }
      if (forms.empty()) {
        report.Error(no, "empty issue phrase; skipped");
        continue;
      }
      for (const auto& words : forms) {
        if (tildes == 0) {
          dict->Add(words, code, no);
        } else if (tildes == 1) {
          dict->AddIgnore(words, no);
        } else {
          dict->AddSectionCancel(words, no);
        }
      }
    }
  });
  if (filter.in_block()) report.Warning(0, "'<!--' comment not closed at end of file");
}

namespace {
template <typename Parse, typename Dict>
Status ReadWith(const std::string& path, Dict* dict, std::vector<Diagnostic>* diagnostics,
                Parse parse) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  parse(*text, path, dict, diagnostics);
  return Status::Ok();
}
}  // namespace

Status ReadPetrarchActors(const std::string& path, ActorDictionary* dict,
                          std::vector<Diagnostic>* diagnostics) {
  return ReadWith(path, dict, diagnostics, ParsePetrarchActors);
}
Status ReadPetrarchAgents(const std::string& path, AgentDictionary* dict,
                          std::vector<Diagnostic>* diagnostics) {
  return ReadWith(path, dict, diagnostics, ParsePetrarchAgents);
}
Status ReadPetrarchDiscards(const std::string& path, DiscardList* list,
                            std::vector<Diagnostic>* diagnostics) {
  return ReadWith(path, list, diagnostics, ParsePetrarchDiscards);
}
Status ReadPetrarchIssues(const std::string& path, IssueDictionary* dict,
                          std::vector<Diagnostic>* diagnostics) {
  return ReadWith(path, dict, diagnostics, ParsePetrarchIssues);
}

}  // namespace dyad::lexicon
