// dyad's own verb format: line parser, file reader with includes, and the compiler into the
// shared VerbDictionary. See dyad_verbs.h for the contract and docs/formats/lexicon.md
// ("Verbs") for the format.
//
// Compilation maps the dependency-oriented entry onto VerbDictionary's pattern items, which
// the coder matches in sentence order over the words of the verb's clause (lexicon/verbs.h):
//   object nouns      -> kWord: the nouns and their regular plurals; a compound
//                        ("joint_exercise") is a multi-word member, matched as contiguous words;
//   PREP:NOUNS        -> kPrep (PREP followed by one of the nouns); PREP:* / PREP:$T -> kPrep
//                        with no words;
//   >VERB|VERB        -> kWord with every form of the verbs; >* -> kWord "TO";
//   $T                -> nothing (the coder's default target is the direct object).
// Roles written as `PREP:$T` are documentation for now: VerbPattern has no role slots, and the
// coder looks for the target in the object and then in the obliques, which is what they say.
#include "lexicon/dyad_verbs.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <utility>

#include "base/file.h"
#include "base/utf8.h"
#include "lexicon/normalize.h"
#include "ontology/ontology.h"

namespace dyad::lexicon {
namespace {

constexpr size_t kMaxAtomsPerEntry = 20000;  // cross-product cap for the duplicate check

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsBlank(s[i])) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

// Strips a `#` comment (at the start or after a blank) and trailing blanks / CR.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) {
      line = line.substr(0, i);
      break;
    }
  }
  while (!line.empty() && (IsBlank(line.back()) || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// A dictionary word: starts with a letter (or a non-ASCII byte), then letters, digits, and
// - ' . characters.
bool ValidWord(std::string_view w) {
  if (w.empty()) return false;
  auto letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  if (!letter(static_cast<unsigned char>(w[0]))) return false;
  for (unsigned char c : w) {
    if (letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '.') continue;
    return false;
  }
  return true;
}

// "war_crime" -> {"WAR", "CRIME"}; false on an empty or invalid part.
bool ParseCompound(std::string_view text, std::vector<std::string>* words, std::string* error) {
  words->clear();
  for (std::string_view part : SplitOn(text, '_')) {
    if (!ValidWord(part)) {
      *error = "bad word '" + std::string(text) + "'";
      return false;
    }
    std::string n = NormalizeWord(part);
    if (n.empty()) {
      *error = "bad word '" + std::string(text) + "'";
      return false;
    }
    words->push_back(std::move(n));
  }
  return !words->empty();
}

bool ParseAlternatives(std::string_view text, std::vector<std::vector<std::string>>* alts,
                       std::string* error) {
  alts->clear();
  for (std::string_view a : SplitOn(text, '|')) {
    if (a.empty()) {
      *error = "empty alternative in '" + std::string(text) + "'";
      return false;
    }
    std::vector<std::string> words;
    if (!ParseCompound(a, &words, error)) return false;
    // "cease-fire", "sit-in": the tokenizer cuts a hyphen inside a word ("cease - fire") unless
    // the word starts with a bound prefix ("anti-", "counter-"), so such an alternative also
    // matches as the words it is cut into.
    std::vector<std::string> cut;
    for (const std::string& w : words) {
      size_t start = 0;
      for (size_t i = 1; i + 1 < w.size(); ++i) {
        if (w[i] != '-') continue;
        cut.push_back(w.substr(start, i - start));
        cut.push_back("-");
        start = i + 1;
      }
      cut.push_back(w.substr(start));
    }
    alts->push_back(std::move(words));
    if (cut.size() > alts->back().size()) alts->push_back(std::move(cut));
  }
  return true;
}

bool ValidCodePart(const std::string& c) {
  if (c.empty() || c == VerbCode::kNull) return true;
  size_t digits = 0;
  while (digits < c.size() && c[digits] >= '0' && c[digits] <= '9') ++digits;
  if (digits < 2 || digits > 4) return false;
  if (c.size() == digits) return true;
  return c.size() == digits + 1 && c.back() >= 'A' && c.back() <= 'Z';
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string JoinUnderscore(const std::vector<std::string>& words) {
  std::string s;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) s += '_';
    s += words[i];
  }
  return s;
}

std::string AlternativesText(const DyadVerbElement& e) {
  if (e.is_target) return "$T";
  if (e.is_source) return "$S";
  if (e.alternatives.empty()) return "*";
  std::string s;
  for (size_t i = 0; i < e.alternatives.size(); ++i) {
    if (i) s += '|';
    s += Lower(JoinUnderscore(e.alternatives[i]));
  }
  return s;
}

Diagnostic MakeDiag(const std::string& file, size_t line, Diagnostic::Severity sev,
                    std::string message) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.severity = sev;
  d.message = std::move(message);
  return d;
}

class Reader {
 public:
  Reader(DyadVerbSource* source, std::vector<Diagnostic>* diags) : source_(source), diags_(diags) {}

  Status ReadPath(const std::string& path) {
    StatusOr<std::string> text = ReadFile(path);
    if (!text.ok()) {
      return NotFound("cannot read verb file '" + path + "': " + text.status().message());
    }
    seen_.insert(Key(path));
    Parse(*text, path);
    return Status::Ok();
  }

  void Parse(std::string_view text, const std::string& name) {
    ++source_->files;
    size_t line_no = 0;
    size_t b = 0;
    while (b <= text.size()) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      ++line_no;
      Line(text.substr(b, e - b), name, line_no);
      if (e == text.size()) break;
      b = e + 1;
    }
  }

 private:
  static std::string Key(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : p.string();
  }

  void Error(const std::string& file, size_t line, std::string msg) {
    diags_->push_back(MakeDiag(file, line, Diagnostic::Severity::kError, std::move(msg)));
  }
  void Warn(const std::string& file, size_t line, std::string msg) {
    diags_->push_back(MakeDiag(file, line, Diagnostic::Severity::kWarning, std::move(msg)));
  }

  void Line(std::string_view raw, const std::string& name, size_t line_no) {
    if (FindInvalidUtf8(raw) != std::string_view::npos) {
      Error(name, line_no, "invalid UTF-8; the line is skipped");
      return;
    }
    std::string_view line = StripComment(raw);
    if (line.empty()) return;
    bool all_blank = std::all_of(line.begin(), line.end(), IsBlank);
    if (all_blank) return;
    if (IsBlank(line[0])) {
      Error(name, line_no, "indented line: verb entries are single lines starting at column 0");
      return;
    }
    std::vector<std::string_view> f = SplitBlanks(line);
    if (f[0] == "include") {
      Include(f, name, line_no);
      return;
    }
    if (f[0] == "forms") {
      Forms(line, name, line_no);
      return;
    }
    if (f[0] == "mark") {
      Mark(line, name, line_no);
      return;
    }
    DyadVerbEntry entry;
    std::string error;
    if (!ParseDyadVerbLine(line, &entry, &error)) {
      Error(name, line_no, error + ": '" + std::string(line) + "'");
      return;
    }
    entry.file = name;
    entry.line = line_no;
    source_->entries.push_back(std::move(entry));
  }

  void Include(const std::vector<std::string_view>& f, const std::string& name, size_t line_no) {
    if (f.size() != 2) {
      Error(name, line_no, "include takes one path: 'include FILE'");
      return;
    }
    std::filesystem::path base = std::filesystem::path(name).parent_path();
    std::string path = (base / std::string(f[1])).string();
    std::string key = Key(path);
    if (seen_.count(key)) {
      Warn(name, line_no, "'" + path + "' is already included; not read again");
      return;
    }
    StatusOr<std::string> text = ReadFile(path);
    if (!text.ok()) {
      Error(name, line_no, "cannot read included file '" + path + "': " + text.status().message());
      return;
    }
    seen_.insert(key);
    Parse(*text, path);
  }

  // A "KEYWORD HEAD : WORD | WORD" line: *head is the word after the keyword (checked by
  // head_ok) and *words the normalized list words (checked by word_ok). On false the error
  // was reported; `usage`, `head_error` and `what` word the messages.
  template <typename HeadOk, typename WordOk>
  bool HeadAndWords(std::string_view line, const std::string& name, size_t line_no,
                    std::string_view usage, std::string_view head_error, std::string_view what,
                    HeadOk head_ok, WordOk word_ok, std::string_view* head,
                    std::vector<std::string>* words) {
    size_t colon = line.find(" : ");
    if (colon == std::string_view::npos) {
      Error(name, line_no, std::string(usage));
      return false;
    }
    std::vector<std::string_view> h = SplitBlanks(line.substr(0, colon));
    if (h.size() != 2 || !head_ok(h[1])) {
      Error(name, line_no, std::string(head_error));
      return false;
    }
    *head = h[1];
    for (std::string_view part : SplitOn(line.substr(colon + 3), '|')) {
      std::vector<std::string_view> w = SplitBlanks(part);
      if (w.size() != 1 || !word_ok(w[0])) {
        Error(name, line_no,
              "bad " + std::string(what) + " '" + std::string(part) + "' (one word each)");
        return false;
      }
      words->push_back(NormalizeWord(w[0]));
    }
    return true;
  }

  static void AppendNew(std::vector<std::string>& words, std::vector<std::string>* dst) {
    for (std::string& s : words) {
      if (std::find(dst->begin(), dst->end(), s) == dst->end()) dst->push_back(std::move(s));
    }
  }

  // forms BASE : FORM | FORM
  void Forms(std::string_view line, const std::string& name, size_t line_no) {
    std::string_view base;
    std::vector<std::string> forms;
    if (!HeadAndWords(line, name, line_no, "forms line needs ' : ': 'forms BASE : FORM | FORM'",
                      "forms line needs one base verb before ' : '", "form", ValidWord, ValidWord,
                      &base, &forms)) {
      return;
    }
    AppendNew(forms, &source_->irregular_forms[NormalizeWord(base)]);
  }

  // mark KIND : WORD | WORD   (KIND: future, demand, intent or hearsay)
  void Mark(std::string_view line, const std::string& name, size_t line_no) {
    auto kind_ok = [](std::string_view k) {
      return k == "future" || k == "demand" || k == "intent" || k == "hearsay";
    };
    auto word_ok = [](std::string_view w) {  // "'ll" is a mark word
      return ValidWord(w) || (w.size() > 1 && w[0] == '\'' && ValidWord(w.substr(1)));
    };
    std::string_view kind;
    std::vector<std::string> words;
    if (!HeadAndWords(line, name, line_no,
                      "mark line needs ' : ': 'mark future|demand|intent|hearsay : WORD | WORD'",
                      "mark line needs one kind before ' : ': future, demand, intent or hearsay",
                      "mark word", kind_ok, word_ok, &kind, &words)) {
      return;
    }
    AppendNew(words, &source_->marks[std::string(kind)]);
  }

  DyadVerbSource* source_;
  std::vector<Diagnostic>* diags_;
  std::set<std::string> seen_;
};

// Forms of a verb base: regular inflections plus the irregular ones.
std::vector<std::string> FormsOf(const std::string& base, const DyadVerbSource& source) {
  std::vector<std::string> forms = RegularVerbForms(base);
  auto it = source.irregular_forms.find(base);
  if (it != source.irregular_forms.end()) {
    for (const std::string& f : it->second) {
      if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
    }
  }
  return forms;
}

void AddNoun(const std::string& noun, std::vector<std::string>* members) {
  members->push_back(noun);
  for (const std::string& p : RegularPlurals(noun)) members->push_back(p);
}

// The pattern items of one element (appended to `items`).
void CompileElement(const DyadVerbElement& e, const DyadVerbSource& source, VerbDictionary* dict,
                    std::vector<PatternItem>* items) {
  switch (e.kind) {
    case DyadVerbElement::Kind::kTarget:
      return;
    case DyadVerbElement::Kind::kCompound: {
      PatternItem it;
      it.kind = PatternItemKind::kCompound;
      items->push_back(std::move(it));
      return;
    }
    case DyadVerbElement::Kind::kObject:
    case DyadVerbElement::Kind::kPrep: {
      // One word set: single words and compounds (multi-word members, matched as contiguous
      // words ending at the head), each with the regular plural of its head.
      std::vector<WordSetId> words;
      if (!e.alternatives.empty()) {
        std::vector<std::string> members;
        for (const auto& alt : e.alternatives) {
          std::string prefix;
          for (size_t i = 0; i + 1 < alt.size(); ++i) prefix += alt[i] + "_";
          std::vector<std::string> heads;
          AddNoun(alt.back(), &heads);
          for (const std::string& h : heads) members.push_back(prefix + h);
        }
        words.push_back(dict->AddWordSet(members));
      }
      PatternItem it;
      if (e.kind == DyadVerbElement::Kind::kPrep) {
        it.kind = PatternItemKind::kPrep;
        it.prep = dict->AddWordSet({e.prep});
      } else {
        it.kind = PatternItemKind::kWord;
      }
      it.words = std::move(words);
      if (e.on_relation) {
        it.rel =
            e.kind == DyadVerbElement::Kind::kPrep ? PatternRel::kOblique : PatternRel::kObject;
      }
      // An untied object with no words constrains nothing; `obj=*` asks for some object.
      if (it.kind == PatternItemKind::kWord && it.words.empty() && !e.on_relation) return;
      items->push_back(std::move(it));
      // `PREP:$T` / `PREP:$S`: the oblique's noun is the target / source (a marker after the
      // preposition; the coder takes the phrase the preposition heads).
      if (e.is_target || e.is_source) {
        PatternItem marker;
        marker.kind = e.is_target ? PatternItemKind::kTarget : PatternItemKind::kSource;
        items->push_back(std::move(marker));
      }
      return;
    }
    case DyadVerbElement::Kind::kComplement: {
      std::vector<std::string> members;
      if (e.on_relation) {
        // `xcomp=VERB|...`: the head of the xcomp ("*": any xcomp, no word set).
        PatternItem it;
        it.kind = PatternItemKind::kWord;
        it.rel = PatternRel::kComplement;
        if (!e.alternatives.empty()) {
          for (const auto& alt : e.alternatives) {
            for (std::string& f : FormsOf(alt.front(), source)) members.push_back(std::move(f));
          }
          it.words.push_back(dict->AddWordSet(members));
        }
        items->push_back(std::move(it));
        return;
      }
      if (e.alternatives.empty()) {
        members.push_back("TO");
      } else {
        for (const auto& alt : e.alternatives) {
          for (std::string& f : FormsOf(alt.front(), source)) members.push_back(std::move(f));
        }
      }
      PatternItem it;
      it.kind = PatternItemKind::kWord;
      it.words.push_back(dict->AddWordSet(members));
      items->push_back(std::move(it));
      return;
    }
  }
}

// The trigger as a key: its words, "noun:" first for a noun trigger.
std::string TriggerKey(const DyadVerbEntry& e) {
  return (e.nominal ? "noun:" : "") + JoinPhrase(e.verb_words);
}

// Shape of an entry for the duplicate check: trigger and, per constraining element, its kind,
// preposition and depth.
std::string ShapeKey(const DyadVerbEntry& e) {
  std::string k = TriggerKey(e);
  for (const DyadVerbElement& el : e.elements) {
    if (el.kind == DyadVerbElement::Kind::kTarget) continue;
    k += " ";
    k += el.kind == DyadVerbElement::Kind::kObject     ? "o"
         : el.kind == DyadVerbElement::Kind::kPrep     ? "p" + el.prep
         : el.kind == DyadVerbElement::Kind::kCompound ? "%"
                                                       : "c";
    k += std::to_string(el.depth);
    if (el.on_relation) k += "=";
  }
  return k;
}

// Every combination of one alternative per element ("*" for any), joined; capped.
void Atoms(const DyadVerbEntry& e, std::vector<std::string>* out) {
  out->assign(1, "");
  for (const DyadVerbElement& el : e.elements) {
    if (el.kind == DyadVerbElement::Kind::kTarget) continue;
    std::vector<std::string> alts;
    if (el.alternatives.empty()) {
      alts.push_back("*");
    } else {
      for (const auto& a : el.alternatives) alts.push_back(JoinUnderscore(a));
    }
    std::vector<std::string> next;
    for (const std::string& prefix : *out) {
      for (const std::string& a : alts) {
        if (next.size() >= kMaxAtomsPerEntry) break;
        next.push_back(prefix + "/" + a);
      }
    }
    *out = std::move(next);
  }
}

}  // namespace

bool DyadVerbEntry::IsBare() const {
  for (const DyadVerbElement& e : elements) {
    if (e.kind != DyadVerbElement::Kind::kTarget) return false;
  }
  return true;
}

std::string DyadVerbEntry::ToString() const {
  std::string s = code_text + " " + (nominal ? "noun:" : "") + Lower(JoinUnderscore(verb_words));
  for (const DyadVerbElement& e : elements) {
    s += " ";
    switch (e.kind) {
      case DyadVerbElement::Kind::kTarget:
        s += "$T";
        break;
      case DyadVerbElement::Kind::kCompound:
        s += "%";
        break;
      case DyadVerbElement::Kind::kObject:
        s += (e.on_relation ? "obj=" : "") + AlternativesText(e);
        break;
      case DyadVerbElement::Kind::kPrep:
        s += (e.on_relation ? "obl:" + Lower(e.prep) + "=" : Lower(e.prep) + ":") +
             AlternativesText(e);
        break;
      case DyadVerbElement::Kind::kComplement:
        s += (e.on_relation ? "xcomp=" : ">") + AlternativesText(e);
        break;
    }
  }
  return s;
}

bool ParseDyadVerbLine(std::string_view line, DyadVerbEntry* entry, std::string* error) {
  *entry = DyadVerbEntry();
  std::vector<std::string_view> f = SplitBlanks(line);
  if (f.size() < 2) {
    *error = "an entry needs a code and a verb: 'CODE VERB [ELEMENT ...]'";
    return false;
  }
  entry->code_text = std::string(f[0]);
  if (!ParseVerbCode(f[0], &entry->code) || !ValidCodePart(entry->code.active) ||
      !ValidCodePart(entry->code.passive)) {
    *error = "bad code '" + std::string(f[0]) +
             "' (a CAMEO code of 2-4 digits, 'ACTIVE:PASSIVE', ':PASSIVE' or '---')";
    return false;
  }
  std::string_view trigger = f[1];
  if (trigger.substr(0, 5) == "noun:") {
    entry->nominal = true;
    trigger = trigger.substr(5);
    if (trigger.empty() || trigger.find('_') != std::string_view::npos) {
      *error = "bad noun trigger '" + std::string(f[1]) + "' (one noun: 'noun:meeting')";
      return false;
    }
  }
  if (trigger.find_first_of(":|>$*") != std::string_view::npos) {
    *error = "bad verb '" + std::string(f[1]) + "' (a verb, with particles joined by '_')";
    return false;
  }
  if (!ParseCompound(trigger, &entry->verb_words, error)) return false;

  int depth = 0;
  for (size_t i = 2; i < f.size(); ++i) {
    std::string_view t = f[i];
    DyadVerbElement e;
    if (size_t eq = t.find('='); eq != std::string_view::npos) {
      // REL=VALUE: an element tied to a named relation.
      std::string_view rel = t.substr(0, eq);
      std::string_view val = t.substr(eq + 1);
      e.on_relation = true;
      if (val.empty()) {
        *error = "'" + std::string(t) + "' needs a value after '=' (words, '*'" +
                 std::string(rel.substr(0, 4) == "obl:" ? ", '$T' or '$S')" : ")");
        return false;
      }
      if (val.find_first_of(":>=%") != std::string_view::npos ||
          (val.find('$') != std::string_view::npos && val != "$T" && val != "$S")) {
        *error = "bad value in '" + std::string(t) + "'";
        return false;
      }
      bool slot = val == "$T" || val == "$S";
      if (rel == "obj" || rel == "xcomp") {
        if (slot) {
          *error = "'" + std::string(t) + "': only 'obl:PREP=' takes '$T' or '$S'";
          return false;
        }
        e.kind = rel == "obj" ? DyadVerbElement::Kind::kObject : DyadVerbElement::Kind::kComplement;
        if (rel == "xcomp") ++depth;
      } else if (rel.substr(0, 4) == "obl:" && ValidWord(rel.substr(4))) {
        e.kind = DyadVerbElement::Kind::kPrep;
        e.prep = NormalizeWord(rel.substr(4));
        e.is_target = val == "$T";
        e.is_source = val == "$S";
      } else {
        *error = "unknown relation '" + std::string(rel) + "' in '" + std::string(t) +
                 "' (obj=, obl:PREP= or xcomp=)";
        return false;
      }
      if (!slot && val != "*" && !ParseAlternatives(val, &e.alternatives, error)) return false;
    } else if (t == "$T") {
      e.kind = DyadVerbElement::Kind::kTarget;
      e.is_target = true;
    } else if (t == "%") {
      e.kind = DyadVerbElement::Kind::kCompound;
    } else if (t[0] == '>') {
      ++depth;
      e.kind = DyadVerbElement::Kind::kComplement;
      std::string_view rest = t.substr(1);
      if (rest.empty()) {
        *error = "'>' needs a verb or '*'";
        return false;
      }
      if (rest != "*") {
        if (rest.find_first_of(":$*>") != std::string_view::npos) {
          *error = "bad complement '" + std::string(t) + "'";
          return false;
        }
        if (!ParseAlternatives(rest, &e.alternatives, error)) return false;
      }
    } else if (size_t colon = t.find(':'); colon != std::string_view::npos) {
      e.kind = DyadVerbElement::Kind::kPrep;
      std::string_view prep = t.substr(0, colon);
      std::string_view obj = t.substr(colon + 1);
      if (!ValidWord(prep)) {
        *error = "bad preposition in '" + std::string(t) + "'";
        return false;
      }
      e.prep = NormalizeWord(prep);
      if (obj.empty()) {
        *error = "'" + std::string(t) + "' needs an object after ':' (a noun, '*', '$T' or '$S')";
        return false;
      }
      if (obj == "$T") {
        e.is_target = true;
      } else if (obj == "$S") {
        e.is_source = true;
      } else if (obj != "*") {
        if (obj.find_first_of(":$*>") != std::string_view::npos) {
          *error = "bad object in '" + std::string(t) + "'";
          return false;
        }
        if (!ParseAlternatives(obj, &e.alternatives, error)) return false;
      }
    } else {
      if (t.find_first_of("$*>%") != std::string_view::npos) {
        *error = "unknown element '" + std::string(t) + "'";
        return false;
      }
      e.kind = DyadVerbElement::Kind::kObject;
      if (!ParseAlternatives(t, &e.alternatives, error)) return false;
    }
    e.depth = depth;
    entry->elements.push_back(std::move(e));
  }
  return true;
}

Status ReadDyadVerbFile(const std::string& path, DyadVerbSource* source,
                        std::vector<Diagnostic>* diagnostics) {
  Reader r(source, diagnostics);
  return r.ReadPath(path);
}

void ParseDyadVerbText(std::string_view text, const std::string& name, DyadVerbSource* source,
                       std::vector<Diagnostic>* diagnostics) {
  Reader r(source, diagnostics);
  r.Parse(text, name);
}

void CompileDyadVerbs(const DyadVerbSource& source, VerbDictionary* dict,
                      std::vector<Diagnostic>* diagnostics) {
  const ontology::Ontology& onto = ontology::Ontology::Cameo();
  auto warn = [&](const DyadVerbEntry& e, std::string msg) {
    diagnostics->push_back(
        MakeDiag(e.file, e.line, Diagnostic::Severity::kWarning, std::move(msg)));
  };

  // Marker words (`mark` lines).
  for (const auto& [kind, words] : source.marks) {
    MarkKind k = kind == "future"   ? MarkKind::kFuture
                 : kind == "demand" ? MarkKind::kDemand
                 : kind == "intent" ? MarkKind::kIntent
                                    : MarkKind::kHearsay;
    for (const std::string& w : words) dict->AddMark(k, w);
  }

  // Codes.
  for (const DyadVerbEntry& e : source.entries) {
    for (const std::string* c : {&e.code.active, &e.code.passive}) {
      if (c->empty() || *c == VerbCode::kNull) continue;
      if (!onto.IsKnown(*c)) warn(e, "code '" + *c + "' is not a CAMEO event code (kept)");
    }
  }

  // Duplicates and conflicts: entries of the same shape sharing an alternative.
  std::unordered_map<std::string, size_t> owner;  // shape + atom -> entry index
  std::vector<std::string> atoms;
  for (size_t i = 0; i < source.entries.size(); ++i) {
    const DyadVerbEntry& e = source.entries[i];
    std::string shape = ShapeKey(e);
    Atoms(e, &atoms);
    std::set<size_t> reported;
    for (const std::string& a : atoms) {
      auto [it, inserted] = owner.emplace(shape + a, i);
      if (inserted || it->second == i || reported.count(it->second)) continue;
      reported.insert(it->second);
      const DyadVerbEntry& o = source.entries[it->second];
      std::string where = o.file + ":" + std::to_string(o.line);
      std::string what = a.empty() ? std::string("the bare verb") : "'" + Lower(a.substr(1)) + "'";
      if (o.code_text == e.code_text) {
        warn(e, "repeats " + what + " of " + where + " ('" + o.ToString() + "')");
      } else {
        warn(e, "conflicts with " + where + " ('" + o.ToString() + "') on " + what +
                    ": the earlier entry wins");
      }
    }
  }

  // Blocks and verbs: one per distinct trigger, in order of first appearance.
  std::unordered_map<std::string, uint32_t> block_of;
  std::unordered_map<std::string, VerbCode> bare_code;
  std::vector<size_t> first_entry;
  std::vector<std::string> order;
  for (size_t i = 0; i < source.entries.size(); ++i) {
    const DyadVerbEntry& e = source.entries[i];
    std::string key = TriggerKey(e);
    if (!bare_code.count(key) && e.IsBare()) bare_code[key] = e.code;
    if (!block_of.count(key)) {
      block_of[key] = 0;
      order.push_back(key);
      first_entry.push_back(i);
    }
  }
  for (size_t k = 0; k < order.size(); ++k) {
    const DyadVerbEntry& e = source.entries[first_entry[k]];
    uint32_t b = dict->AddBlock(Lower(JoinUnderscore(e.verb_words)), VerbCode(), e.file, e.line);
    block_of[order[k]] = b;
    Verb v;
    v.block = b;
    v.words = e.verb_words;
    v.verb_index = 0;
    v.nominal = e.nominal;
    if (e.nominal) {
      v.forms = {e.verb_words[0]};
      for (std::string& f : RegularPlurals(e.verb_words[0])) v.forms.push_back(std::move(f));
    } else {
      v.forms = FormsOf(e.verb_words[0], source);
    }
    auto bc = bare_code.find(order[k]);
    if (bc != bare_code.end()) v.code = bc->second;
    v.file = e.file;
    v.line = e.line;
    dict->AddVerb(std::move(v));
  }

  // Patterns. An entry whose elements constrain nothing but the presence of a preposition or a
  // complement ("meet with:$T", "agree >*") and whose code is the verb's own adds nothing to
  // the bare verb for the coder, and as a pattern it would win ties against real patterns of
  // other codes ("pledge >*" matching the "to" of "pledged aid to X"): it stays documentation.
  auto unconstrained = [](const DyadVerbEntry& e) {
    for (const DyadVerbElement& el : e.elements) {
      if (el.kind == DyadVerbElement::Kind::kObject ||
          el.kind == DyadVerbElement::Kind::kCompound || !el.alternatives.empty() ||
          el.on_relation) {
        return false;
      }
    }
    return true;
  };
  for (const DyadVerbEntry& e : source.entries) {
    if (e.IsBare()) continue;
    auto bc = bare_code.find(TriggerKey(e));
    if (bc != bare_code.end() && unconstrained(e) && bc->second.active == e.code.active &&
        bc->second.passive == e.code.passive && bc->second.passive_only == e.code.passive_only) {
      continue;
    }
    VerbPattern p;
    for (const DyadVerbElement& el : e.elements) CompileElement(el, source, dict, &p.after);
    if (p.after.empty()) continue;
    p.code = e.code;
    p.file = e.file;
    p.line = e.line;
    dict->AddPattern(block_of[TriggerKey(e)], std::move(p));
  }
}

Status LoadDyadVerbs(const std::string& dir, VerbDictionary* dict,
                     std::vector<Diagnostic>* diagnostics) {
  std::string path = (std::filesystem::path(dir) / kDyadVerbsRoot).string();
  DyadVerbSource source;
  DYAD_RETURN_IF_ERROR(ReadDyadVerbFile(path, &source, diagnostics));
  CompileDyadVerbs(source, dict, diagnostics);
  return Status::Ok();
}

DyadVerbCounts CountDyadVerbs(const DyadVerbSource& source) {
  DyadVerbCounts c;
  std::set<std::string> triggers;
  for (const DyadVerbEntry& e : source.entries) {
    const std::string& code = e.code.active.empty() ? e.code.passive : e.code.active;
    if (code.empty() || code == VerbCode::kNull) continue;
    ++c.entries;
    triggers.insert(TriggerKey(e));
    ++c.by_code[code];
    if (code.size() >= 3) ++c.by_code3[code.substr(0, 3)];
    ++c.by_root[code.substr(0, 2)];
  }
  c.triggers = triggers.size();
  return c;
}

}  // namespace dyad::lexicon
