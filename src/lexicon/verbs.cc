// VerbDictionary and the PETRARCH CAMEO.2.0.txt reader.
//
// Reader overview: the file is read line by line. `#` starts a comment (whole-line comments
// carry the section markers SYNONYM SETS / VERB PATTERNS / TRANSFORMATIONS); `<!-- ... -->`
// blocks and `<!` lines are comments too (PETRARCH2 stops recording patterns at the first `<!`
// line: dyad does not, see docs/petrarch-compat.md). `&NAME` opens a synset whose `+WORD`
// lines follow; `--- NAME [CODE] ---` opens a verb block, followed by verb lines
// `VERB {FORMS} [CODE]` and pattern lines `- before * after [CODE]`. `~` lines
// (transformations) are counted but not used. Every line that cannot be read is reported with
// file:line and skipped.
#include "lexicon/verbs.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/file.h"

namespace dyad::lexicon {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> SplitUnderscore(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

}  // namespace

bool ParseVerbCode(std::string_view text, VerbCode* code) {
  text = Trim(text);
  if (text.empty()) return false;
  auto valid = [](std::string_view c) {
    if (c == VerbCode::kNull) return true;
    if (c.empty() || c.size() > 8) return false;
    if (!std::isdigit(static_cast<unsigned char>(c[0]))) return false;
    for (char ch : c) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    }
    return true;
  };
  size_t colon = text.find(':');
  VerbCode out;
  if (colon == std::string_view::npos) {
    if (!valid(text)) return false;
    out.active = std::string(text);
  } else {
    std::string_view a = Trim(text.substr(0, colon));
    std::string_view p = Trim(text.substr(colon + 1));
    if (p.find(':') != std::string_view::npos) return false;
    if (!p.empty() && !valid(p)) return false;
    if (!a.empty() && !valid(a)) return false;
    if (a.empty() && p.empty()) return false;
    out.active = std::string(a);
    out.passive = std::string(p);
    out.passive_only = a.empty();
  }
  *code = std::move(out);
  return true;
}

std::vector<std::string> RegularVerbForms(const std::string& base) {
  std::vector<std::string> f{base};
  if (base.empty()) return f;
  char last = base.back();
  // third person
  if (EndsWith(base, "S") || EndsWith(base, "SH") || EndsWith(base, "CH") ||
      EndsWith(base, "X") || EndsWith(base, "Z") || EndsWith(base, "O")) {
    f.push_back(base + "ES");
  } else if (last == 'Y' && base.size() > 1 && !IsVowel(base[base.size() - 2])) {
    f.push_back(base.substr(0, base.size() - 1) + "IES");
  } else {
    f.push_back(base + "S");
  }
  // past
  if (last == 'E') {
    f.push_back(base + "D");
  } else if (last == 'Y' && base.size() > 1 && !IsVowel(base[base.size() - 2])) {
    f.push_back(base.substr(0, base.size() - 1) + "IED");
  } else {
    f.push_back(base + "ED");
  }
  // gerund
  if (last == 'E' && base.size() > 2 && !EndsWith(base, "EE")) {
    f.push_back(base.substr(0, base.size() - 1) + "ING");
  } else {
    f.push_back(base + "ING");
  }
  return f;
}

std::vector<std::string> RegularPlurals(const std::string& noun) {
  if (noun.empty()) return {};
  char last = noun.back();
  if (EndsWith(noun, "S") || EndsWith(noun, "SH") || EndsWith(noun, "CH") ||
      EndsWith(noun, "X") || EndsWith(noun, "Z")) {
    return {noun + "ES"};
  }
  if (last == 'Y' && noun.size() > 1 && !IsVowel(noun[noun.size() - 2])) {
    return {noun.substr(0, noun.size() - 1) + "IES"};
  }
  return {noun + "S"};
}

// ---------------------------------------------------------------------------------------------
// VerbDictionary

WordId VerbDictionary::InternWord(std::string_view normalized) {
  auto it = word_ids_.find(normalized);
  if (it != word_ids_.end()) return it->second;
  WordId id = static_cast<WordId>(words_.size());
  words_.emplace_back(normalized);
  word_ids_.emplace(std::string(normalized), id);
  return id;
}

WordSetId VerbDictionary::AddWordSet(const std::vector<std::string>& members) {
  std::vector<WordId> ids;
  std::vector<std::vector<WordId>> multi;
  for (const std::string& m : members) {
    std::vector<std::string> parts = SplitUnderscore(m);
    if (parts.empty()) continue;
    if (parts.size() == 1) {
      ids.push_back(InternWord(parts.back()));
    } else {
      std::vector<WordId> seq;
      for (const std::string& w : parts) seq.push_back(InternWord(w));
      multi.push_back(std::move(seq));
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::sort(multi.begin(), multi.end());
  multi.erase(std::unique(multi.begin(), multi.end()), multi.end());
  std::string key;
  for (WordId id : ids) key += std::to_string(id) + ",";
  for (const auto& seq : multi) {
    key += "|";
    for (WordId id : seq) key += std::to_string(id) + ",";
  }
  auto it = set_by_key_.find(key);
  if (it != set_by_key_.end()) return it->second;
  WordSetId sid = static_cast<WordSetId>(sets_.size());
  sets_.push_back(std::move(ids));
  multi_.push_back(std::move(multi));
  set_by_key_.emplace(std::move(key), sid);
  return sid;
}

WordSetId VerbDictionary::AddNamedSet(const std::string& name,
                                      const std::vector<std::string>& members) {
  WordSetId id = AddWordSet(members);
  named_sets_[name] = id;
  return id;
}

int64_t VerbDictionary::FindNamedSet(const std::string& name) const {
  auto it = named_sets_.find(name);
  return it == named_sets_.end() ? -1 : static_cast<int64_t>(it->second);
}

uint32_t VerbDictionary::AddBlock(std::string name, VerbCode code, std::string file,
                                  size_t line) {
  VerbBlock b;
  b.name = std::move(name);
  b.code = std::move(code);
  b.file = std::move(file);
  b.line = line;
  blocks_.push_back(std::move(b));
  return static_cast<uint32_t>(blocks_.size() - 1);
}

void VerbDictionary::AddVerb(Verb verb) {
  uint32_t index = static_cast<uint32_t>(verbs_.size());
  has_nominal_ = has_nominal_ || verb.nominal;
  std::vector<WordId> ids;
  for (const std::string& f : verb.forms) ids.push_back(InternWord(f));
  for (const std::string& w : verb.words) InternWord(w);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (WordId id : ids) verbs_by_word_[id].push_back(index);
  verbs_.push_back(std::move(verb));
}

void VerbDictionary::AddPattern(uint32_t block, VerbPattern pattern) {
  if (block >= blocks_.size()) return;
  if (pattern.specificity == 0) {
    uint32_t n = 0;
    for (const auto* items : {&pattern.before, &pattern.after}) {
      for (const PatternItem& it : *items) {
        if (it.kind == PatternItemKind::kWord || it.kind == PatternItemKind::kPhrase) {
          n += static_cast<uint32_t>(it.words.size());
        } else if (it.kind == PatternItemKind::kPrep) {
          n += 1 + static_cast<uint32_t>(it.words.size());
        }
      }
    }
    pattern.specificity = n;
  }
  pattern.relations = 0;
  for (const auto* items : {&pattern.before, &pattern.after}) {
    for (const PatternItem& it : *items) {
      if (it.rel != PatternRel::kAnywhere) ++pattern.relations;
    }
  }
  // Index the pattern by the members of its first content item (after the verb, else before).
  VerbBlock& b = blocks_[block];
  uint32_t index = static_cast<uint32_t>(b.patterns.size());
  const PatternItem* key = nullptr;
  for (const auto* items : {&pattern.after, &pattern.before}) {
    for (const PatternItem& it : *items) {
      if (((it.kind == PatternItemKind::kWord || it.kind == PatternItemKind::kPhrase) &&
           !it.words.empty()) ||
          it.kind == PatternItemKind::kPrep) {
        key = &it;
        break;
      }
    }
    if (key != nullptr) break;
  }
  if (key == nullptr) {
    b.unindexed_patterns.push_back(index);
  } else {
    WordSetId set = key->kind == PatternItemKind::kPrep    ? key->prep
                    : key->kind == PatternItemKind::kWord ? key->words[0]
                                                          : key->words.back();
    std::vector<WordId> members = sets_[set];
    for (const auto& seq : multi_[set]) members.push_back(seq.back());
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    for (WordId w : members) b.pattern_index[w].push_back(index);
  }
  b.patterns.push_back(std::move(pattern));
}

WordId VerbDictionary::LookupWord(std::string_view normalized) const {
  auto it = word_ids_.find(normalized);
  return it == word_ids_.end() ? kNoWord : it->second;
}


const std::vector<std::vector<WordId>>& VerbDictionary::MultiWordMembers(WordSetId set) const {
  static const std::vector<std::vector<WordId>> kEmpty;
  return set < multi_.size() ? multi_[set] : kEmpty;
}

const std::vector<uint32_t>* VerbDictionary::VerbsForWord(WordId word) const {
  auto it = verbs_by_word_.find(word);
  return it == verbs_by_word_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------------------------------------
// Reader

namespace {

class VerbFileParser {
 public:
  VerbFileParser(const std::string& path, VerbDictionary* dict, std::vector<Diagnostic>* diags)
      : path_(path), dict_(dict), diags_(diags) {}

  void Run(std::string_view text) {
    size_t line_no = 0;
    size_t pos = 0;
    bool in_comment = false;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view raw = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      line_ = line_no;
      if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
      if (in_comment) {
        size_t end = raw.find("-->");
        if (end == std::string_view::npos) continue;
        in_comment = false;
        raw = raw.substr(end + 3);
      }
      std::string_view t = Trim(raw);
      if (t.empty()) continue;
      if (t.substr(0, 4) == "<!--") {
        size_t end = t.find("-->", 4);
        if (end == std::string_view::npos) in_comment = true;
        continue;
      }
      if (t.substr(0, 2) == "<!") continue;
      if (t[0] == '#') {
        std::string u = Upper(t);
        if (u.find("SYNONYM SETS") != std::string::npos) {
          FinishSynset();
          section_ = Section::kSynsets;
        } else if (u.find("VERB PATTERNS") != std::string::npos) {
          FinishSynset();
          section_ = Section::kVerbs;
        } else if (u.find("TRANSFORMATIONS") != std::string::npos) {
          FinishSynset();
          section_ = Section::kTransformations;
        }
        continue;
      }
      // Strip a trailing comment.
      size_t hash = t.find('#');
      if (hash != std::string_view::npos) t = Trim(t.substr(0, hash));
      if (t.empty()) continue;
      Line(t);
    }
    FinishSynset();
  }

 private:
  enum class Section { kNone, kSynsets, kVerbs, kTransformations };

  void Warn(std::string msg) { Report(Diagnostic::Severity::kWarning, std::move(msg)); }
  void Error(std::string msg) { Report(Diagnostic::Severity::kError, std::move(msg)); }
  void Report(Diagnostic::Severity s, std::string msg) {
    if (diags_ == nullptr) return;
    Diagnostic d;
    d.file = path_;
    d.line = line_;
    d.severity = s;
    d.message = std::move(msg);
    diags_->push_back(std::move(d));
  }

  void Line(std::string_view t) {
    if (t[0] == '~') {
      if (section_ != Section::kTransformations) Warn("transformation outside its section");
      return;  // transformations are not used (see docs/petrarch-compat.md)
    }
    if (t[0] == '&') {
      FinishSynset();
      std::string name = Upper(Trim(t));
      if (name.find_first_of(" \t") != std::string::npos) {
        Error("synset name with blanks: '" + name + "'");
        return;
      }
      synset_name_ = name;
      synset_line_ = line_;
      synset_members_.clear();
      return;
    }
    if (t[0] == '+' && !synset_name_.empty()) {
      AddSynsetMember(Trim(t.substr(1)));
      return;
    }
    FinishSynset();
    if (section_ == Section::kTransformations) {
      Warn("unexpected line in the transformations section");
      return;
    }
    if (t.substr(0, 3) == "---") {
      BlockHeader(t);
      return;
    }
    if (t[0] == '-' || t[0] == '*') {
      PatternLine(t[0] == '-' ? Trim(t.substr(1)) : t);
      return;
    }
    VerbLine(t);
  }

  void AddSynsetMember(std::string_view m) {
    std::string u = Upper(m);
    if (u.empty()) {
      Warn("empty synset member");
      return;
    }
    if (u[0] == '&') {
      auto it = synset_words_.find(u);
      if (it == synset_words_.end()) {
        Warn("synset " + u + " used before it is defined");
        return;
      }
      for (const std::string& w : it->second) synset_members_.push_back(w);
      return;
    }
    // "(TO THE END)" style members: keep the words.
    std::string clean;
    for (char c : u) {
      if (c != '(' && c != ')') clean.push_back(c);
    }
    bool no_plural = !clean.empty() && clean.back() == '_';
    std::vector<std::string> parts = SplitUnderscore(clean);
    if (parts.empty()) return;
    std::string joined;
    for (size_t i = 0; i < parts.size(); ++i) joined += (i ? "_" : "") + parts[i];
    synset_members_.push_back(joined);
    bool name_no_plural = !synset_name_.empty() && synset_name_.back() == '_';
    if (!no_plural && !name_no_plural) {
      for (const std::string& p : RegularPlurals(parts.back())) {
        std::string pl;
        for (size_t i = 0; i + 1 < parts.size(); ++i) pl += parts[i] + "_";
        synset_members_.push_back(pl + p);
      }
    }
  }

  void FinishSynset() {
    if (synset_name_.empty()) return;
    if (synset_members_.empty()) {
      line_ = synset_line_;
      Warn("synset " + synset_name_ + " has no members");
    }
    std::string name = synset_name_;
    synset_words_[name] = synset_members_;
    // Also reachable without the trailing '_' (PETRARCH strips it for lookups).
    dict_->AddNamedSet(name, synset_members_);
    if (name.size() > 1 && name.back() == '_') {
      std::string bare = name.substr(0, name.size() - 1);
      synset_words_[bare] = synset_members_;
      dict_->AddNamedSet(bare, synset_members_);
    }
    synset_name_.clear();
    synset_members_.clear();
  }

  // Finds "[...]" in `t`; returns its content and the text before it.
  bool TakeCode(std::string_view t, std::string_view* before, std::string_view* code,
                bool required) {
    size_t open = t.rfind('[');
    if (open == std::string_view::npos) {
      if (t.find(']') != std::string_view::npos) {
        Error("unbalanced brackets: ']' without '['");
        return false;
      }
      *before = t;
      *code = {};
      if (required) Error("missing [CODE]");
      return !required;
    }
    size_t close = t.find(']', open);
    if (close == std::string_view::npos) {
      Error("unbalanced brackets: '[' without ']'");
      return false;
    }
    if (!Trim(t.substr(close + 1)).empty()) {
      Warn("text after the code ignored: '" + std::string(Trim(t.substr(close + 1))) + "'");
    }
    *before = Trim(t.substr(0, open));
    *code = Trim(t.substr(open + 1, close - open - 1));
    return true;
  }

  void BlockHeader(std::string_view t) {
    std::string_view inner = Trim(t.substr(3));
    if (EndsWith(inner, "---")) inner = Trim(inner.substr(0, inner.size() - 3));
    std::string_view name, code_text;
    if (!TakeCode(inner, &name, &code_text, false)) {
      block_ = -1;
      return;
    }
    VerbCode code;
    if (!code_text.empty() && !ParseVerbCode(code_text, &code)) {
      Error("bad code [" + std::string(code_text) + "] in block header; block has no code");
      code = VerbCode();
    }
    if (code_text.empty()) Warn("block header without [CODE]");
    std::string n = Upper(name);
    if (n.empty() || n.find_first_of(" \t") != std::string::npos) {
      Warn("block name must be one token: '" + n + "'");
    }
    block_ = dict_->AddBlock(n, code, path_, line_);
  }

  void VerbLine(std::string_view t) {
    if (block_ < 0) {
      Error("verb line outside a verb block");
      return;
    }
    std::string_view rest, code_text;
    // A verb line's code is optional.
    size_t open_brace = t.find('{');
    size_t close_brace = t.find('}');
    std::string_view forms_text;
    std::string_view head = t;
    if (open_brace != std::string_view::npos) {
      if (close_brace == std::string_view::npos || close_brace < open_brace) {
        Error("unbalanced braces in verb line");
        return;
      }
      forms_text = t.substr(open_brace + 1, close_brace - open_brace - 1);
      head = Trim(t.substr(0, open_brace));
      std::string_view after = Trim(t.substr(close_brace + 1));
      if (!TakeCode(after, &rest, &code_text, false)) return;
      if (!rest.empty()) Warn("text after the forms ignored: '" + std::string(rest) + "'");
    } else {
      if (close_brace != std::string_view::npos) {
        Error("unbalanced braces in verb line");
        return;
      }
      if (!TakeCode(t, &head, &code_text, false)) return;
    }
    std::string h = Upper(Trim(head));
    if (h.empty() || h.find_first_of(" \t") != std::string::npos) {
      Error("verb must be one token (words joined by '_'): '" + h + "'");
      return;
    }
    Verb verb;
    verb.block = static_cast<uint32_t>(block_);
    verb.file = path_;
    verb.line = line_;
    if (!code_text.empty() && !ParseVerbCode(code_text, &verb.code)) {
      Error("bad code [" + std::string(code_text) + "]; verb skipped");
      return;
    }
    if (!SplitVerbWords(h, &verb.words, &verb.verb_index)) return;
    const std::string& base = verb.words[verb.verb_index];
    if (forms_text.empty()) {
      verb.forms = RegularVerbForms(base);
    } else {
      verb.forms.push_back(base);
      std::string ft = Upper(forms_text);
      size_t p = 0;
      while (p < ft.size()) {
        while (p < ft.size() && std::isspace(static_cast<unsigned char>(ft[p]))) ++p;
        size_t e = p;
        while (e < ft.size() && !std::isspace(static_cast<unsigned char>(ft[e]))) ++e;
        if (e > p) {
          std::vector<std::string> words;
          size_t vi = 0;
          if (SplitVerbWords(ft.substr(p, e - p), &words, &vi)) {
            verb.forms.push_back(words[std::min(vi, words.size() - 1)]);
          }
        }
        p = e;
      }
    }
    dict_->AddVerb(std::move(verb));
  }

  // "CORDON_+OFF" style: words split on '_', the one with '+' is the verb word (default: the
  // first).
  bool SplitVerbWords(const std::string& token, std::vector<std::string>* words,
                      size_t* verb_index) {
    std::vector<std::string> parts = SplitUnderscore(token);
    words->clear();
    *verb_index = 0;
    bool marked = false;
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string w = parts[i];
      if (!w.empty() && w[0] == '+') {
        w = w.substr(1);
        *verb_index = i;
        marked = true;
      }
      if (w.empty()) continue;
      words->push_back(w);
    }
    if (words->empty()) {
      Error("empty verb");
      return false;
    }
    if (!marked && words->size() > 1) {
      Warn("multi-word verb without '+' on its verb word; the first word is taken");
    }
    if (*verb_index >= words->size()) *verb_index = words->size() - 1;
    return true;
  }

  // Splits pattern text into tokens; `{...}` and `(...)` are single tokens.
  bool Tokenize(std::string_view t, std::vector<std::string>* out) {
    size_t i = 0;
    while (i < t.size()) {
      char c = t[i];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++i;
        continue;
      }
      if (c == '{' || c == '(') {
        char close = c == '{' ? '}' : ')';
        size_t depth = 0;
        size_t j = i;
        for (; j < t.size(); ++j) {
          if (t[j] == '{' || t[j] == '(') ++depth;
          if (t[j] == '}' || t[j] == ')') {
            if (--depth == 0) break;
          }
        }
        if (j >= t.size() || t[j] != close) {
          Error(std::string("unbalanced '") + c + "' in pattern");
          return false;
        }
        out->emplace_back(t.substr(i, j - i + 1));
        i = j + 1;
        continue;
      }
      if (c == '}' || c == ')') {
        Error(std::string("unbalanced '") + c + "' in pattern");
        return false;
      }
      size_t j = i;
      while (j < t.size() && !std::isspace(static_cast<unsigned char>(t[j])) && t[j] != '{' &&
             t[j] != '(') {
        ++j;
      }
      out->emplace_back(t.substr(i, j - i));
      i = j;
    }
    return true;
  }

  bool WordSetFor(const std::string& word, WordSetId* id) {
    if (word[0] == '&') {
      int64_t s = dict_->FindNamedSet(word);
      if (s < 0) {
        Warn("unknown synset " + word + "; the pattern is skipped");
        return false;
      }
      *id = static_cast<WordSetId>(s);
      return true;
    }
    *id = dict_->AddWordSet({word});
    return true;
  }

  // Adds the words of `text` (blank- or '_'-separated) to `out`, skipping markers.
  bool Words(std::string_view text, std::vector<WordSetId>* out) {
    std::vector<std::string> parts = SplitUnderscore(Upper(text));
    for (const std::string& p : parts) {
      if (p == "^" || p == "$" || p == "+" || p == "%") continue;
      if (p.find_first_of("{}()") != std::string::npos) {
        std::string clean;
        for (char c : p) {
          if (c != '{' && c != '}' && c != '(' && c != ')') clean.push_back(c);
        }
        if (clean.empty()) continue;
        WordSetId id;
        if (!WordSetFor(clean, &id)) return false;
        out->push_back(id);
        continue;
      }
      WordSetId id;
      if (!WordSetFor(p, &id)) return false;
      out->push_back(id);
    }
    return true;
  }

  bool Item(const std::string& tok, PatternItem* item) {
    if (tok == "^") {
      item->kind = PatternItemKind::kSkip;
      return true;
    }
    if (tok == "$") {
      item->kind = PatternItemKind::kSource;
      return true;
    }
    if (tok == "+") {
      item->kind = PatternItemKind::kTarget;
      return true;
    }
    if (tok == "%") {
      item->kind = PatternItemKind::kCompound;
      return true;
    }
    if (tok[0] == '(') {
      item->kind = PatternItemKind::kPrep;
      std::string inner = tok.substr(1, tok.size() - 2);
      std::vector<std::string> parts;
      if (!Tokenize(inner, &parts)) return false;
      if (parts.empty()) {
        Error("empty '()' in pattern");
        return false;
      }
      std::string prep = Upper(parts[0]);
      if (!WordSetFor(prep, &item->prep)) return false;
      for (size_t i = 1; i < parts.size(); ++i) {
        if (!Words(parts[i], &item->words)) return false;
      }
      return true;
    }
    if (tok[0] == '{') {
      item->kind = PatternItemKind::kPhrase;
      if (!Words(tok.substr(1, tok.size() - 2), &item->words)) return false;
      if (item->words.empty()) {
        Error("empty '{}' in pattern");
        return false;
      }
      if (item->words.size() == 1) item->kind = PatternItemKind::kWord;
      return true;
    }
    if (!Words(tok, &item->words)) return false;
    if (item->words.empty()) {
      item->kind = PatternItemKind::kSkip;
      return true;
    }
    item->kind = item->words.size() == 1 ? PatternItemKind::kWord : PatternItemKind::kPhrase;
    return true;
  }

  void PatternLine(std::string_view t) {
    if (block_ < 0) {
      Error("pattern outside a verb block");
      return;
    }
    std::string_view body, code_text;
    if (!TakeCode(t, &body, &code_text, true)) return;
    VerbPattern pattern;
    if (!ParseVerbCode(code_text, &pattern.code)) {
      Error("bad code [" + std::string(code_text) + "]; pattern skipped");
      return;
    }
    std::vector<std::string> toks;
    if (!Tokenize(body, &toks)) return;
    bool seen_star = false;
    for (const std::string& tok : toks) {
      if (tok == "*") {
        if (seen_star) {
          Error("pattern with two '*'");
          return;
        }
        seen_star = true;
        continue;
      }
      PatternItem item;
      if (!Item(tok, &item)) return;
      std::vector<PatternItem>& dst = seen_star ? pattern.after : pattern.before;
      dst.push_back(std::move(item));
      if (tok[0] == '(' || tok[0] == '{') {
        // Markers and skips inside a group ("(WITH +)", "(IN ^)") follow the group's words.
        std::vector<std::string> parts = SplitUnderscore(tok.substr(1, tok.size() - 2));
        for (const std::string& part : parts) {
          PatternItem marker;
          if (part == "^") marker.kind = PatternItemKind::kSkip;
          else if (part == "+") marker.kind = PatternItemKind::kTarget;
          else if (part == "$") marker.kind = PatternItemKind::kSource;
          else if (part == "%") marker.kind = PatternItemKind::kCompound;
          else continue;
          dst.push_back(marker);
        }
      }
    }
    if (!seen_star) {
      Error("pattern without '*' (the verb's place)");
      return;
    }
    pattern.file = path_;
    pattern.line = line_;
    dict_->AddPattern(static_cast<uint32_t>(block_), std::move(pattern));
  }

  const std::string& path_;
  VerbDictionary* dict_;
  std::vector<Diagnostic>* diags_;
  size_t line_ = 0;
  Section section_ = Section::kNone;
  int64_t block_ = -1;
  std::string synset_name_;
  size_t synset_line_ = 0;
  std::vector<std::string> synset_members_;
  std::map<std::string, std::vector<std::string>> synset_words_;
};

}  // namespace

void ParsePetrarchVerbs(const std::string& path, std::string_view text, VerbDictionary* dict,
                        std::vector<Diagnostic>* diagnostics) {
  VerbFileParser parser(path, dict, diagnostics);
  parser.Run(text);
}

Status ReadPetrarchVerbs(const std::string& path, VerbDictionary* dict,
                         std::vector<Diagnostic>* diagnostics) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  ParsePetrarchVerbs(path, *bytes, dict, diagnostics);
  return Status::Ok();
}

}  // namespace dyad::lexicon
