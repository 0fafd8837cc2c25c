// Tolerant PETRARCH XML scanner.
//
// One forward pass over the bytes with a cursor. At the top level the scanner skips comments,
// `<?...?>`, `<!...>`, `#` lines and stray text, and dispatches on element names:
// <Environment> collects its children until </Environment>; <Config> becomes a config item;
// <Sentence> starts a record whose children (<EventCoding>, <Text>, <Parse>, comments, unknown
// elements) are read until </Sentence>, or, when the <Sentence> tag was self-closing (the GSR
// quirk), until </Sentence>, the next <Sentence>/<Config>, </Sentences> or the end of input.
// Content of <Text>/<Parse> ends at its closing tag; any other tag met first means the closing
// tag is missing, which is reported and the record dropped. Every step moves the cursor forward,
// so the scan is linear and always terminates.
#include "ingest/petrarch_xml.h"

#include <algorithm>
#include <cstdint>

#include "base/utf8.h"

namespace dyad::ingest {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':';
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, size_t pos, std::string_view prefix) {
  return pos + prefix.size() <= s.size() && EqualsIgnoreCase(s.substr(pos, prefix.size()), prefix);
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// One parsed tag.
struct Tag {
  bool closing = false;       // </name>
  bool self_closing = false;  // <name ... />
  std::string name;
  XmlAttributes attributes;
  size_t begin = 0;  // offset of '<'
  size_t end = 0;    // offset just past '>'
};

class Scanner {
 public:
  Scanner(const std::string& path, std::string_view bytes, const ErrorCallback& on_error)
      : path_(path), s_(bytes), on_error_(on_error) {
    for (size_t i = 0; i < s_.size(); ++i) {
      if (s_[i] == '\n') newlines_.push_back(i);
    }
  }

  PetrarchDocument Run();
  bool found_structure() const { return found_structure_; }
  bool reported() const { return reported_; }

 private:
  size_t LineOf(size_t offset) const {
    return static_cast<size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) -
                               newlines_.begin()) +
           1;
  }
  void Report(size_t offset, std::string id, std::string message) {
    reported_ = true;
    if (!on_error_) return;
    InputError e;
    e.where = path_ + ":" + std::to_string(LineOf(offset));
    e.story_id = std::move(id);
    e.message = std::move(message);
    on_error_(e);
  }

  // Skips blanks, comments, <?...?>, <!...>, '#' lines and (when skip_text) any text up to the
  // next '<'. Returns false at the end of input. Leaves pos_ on a '<' that starts an element
  // tag when it returns true. A comment without its end is reported and ends the scan.
  bool SkipToTag(bool skip_text);
  // Parses the tag at pos_ (s_[pos_] == '<'). On failure reports, moves past the bad spot and
  // returns false.
  bool ParseTag(Tag* tag, const std::string& record_id);
  // Reads element content after the opening tag `open` up to its closing tag. Returns false
  // (after reporting) when another tag comes first; pos_ is then left on that tag.
  bool ReadContent(const Tag& open, const std::string& record_id, bool decode, std::string* out);
  void ReadEnvironment(PetrarchDocument* doc);
  void ReadRecord(const Tag& open, PetrarchDocument* doc);
  PetrarchConfig MakeConfig(const Tag& tag);
  // Skips a closing tag </name> right after pos_ (blanks allowed before it).
  void SkipOptionalClose(std::string_view name);
  bool AtLineStart(size_t pos) const {
    size_t i = pos;
    while (i > 0 && (s_[i - 1] == ' ' || s_[i - 1] == '\t')) --i;
    return i == 0 || s_[i - 1] == '\n' || s_[i - 1] == '\r';
  }

  const std::string& path_;
  std::string_view s_;
  const ErrorCallback& on_error_;
  std::vector<size_t> newlines_;
  size_t pos_ = 0;
  bool found_structure_ = false;
  bool reported_ = false;
};

bool Scanner::SkipToTag(bool skip_text) {
  while (pos_ < s_.size()) {
    char c = s_[pos_];
    if (IsSpace(c)) {
      ++pos_;
      continue;
    }
    if (c == '#' && AtLineStart(pos_)) {
      size_t nl = s_.find('\n', pos_);
      pos_ = nl == std::string_view::npos ? s_.size() : nl + 1;
      continue;
    }
    if (c != '<') {
      if (!skip_text) return true;
      size_t lt = s_.find('<', pos_);
      pos_ = lt == std::string_view::npos ? s_.size() : lt;
      continue;
    }
    if (s_.compare(pos_, 4, "<!--") == 0) {
      size_t end = s_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) {
        Report(pos_, "",
               "comment \"<!--\" is never closed with \"-->\"; the rest of the file is ignored");
        pos_ = s_.size();
        return false;
      }
      pos_ = end + 3;
      continue;
    }
    if (s_.compare(pos_, 2, "<?") == 0 || s_.compare(pos_, 2, "<!") == 0) {
      size_t end = s_.find('>', pos_ + 2);
      pos_ = end == std::string_view::npos ? s_.size() : end + 1;
      continue;
    }
    return true;
  }
  return false;
}

bool Scanner::ParseTag(Tag* tag, const std::string& record_id) {
  const size_t start = pos_;
  *tag = Tag();
  tag->begin = start;
  size_t i = start + 1;
  if (i < s_.size() && s_[i] == '/') {
    tag->closing = true;
    ++i;
  }
  size_t name_begin = i;
  while (i < s_.size() && IsNameChar(s_[i])) ++i;
  if (i == name_begin) {
    // A '<' that does not start a tag ("a < b" in stray text): step over it.
    pos_ = start + 1;
    return false;
  }
  tag->name = std::string(s_.substr(name_begin, i - name_begin));
  auto fail = [&](size_t at, const std::string& what) {
    Report(at, record_id, "malformed <" + tag->name + "> tag: " + what);
    // Resume at the next line so that the following records are still read.
    size_t nl = s_.find('\n', at);
    pos_ = nl == std::string_view::npos ? s_.size() : nl + 1;
    if (pos_ <= start) pos_ = start + 1;
    return false;
  };
  while (true) {
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (i >= s_.size()) return fail(start, "the input ends before its closing '>'");
    char c = s_[i];
    if (c == '>') {
      tag->end = i + 1;
      break;
    }
    if (c == '/' && i + 1 < s_.size() && s_[i + 1] == '>') {
      tag->self_closing = true;
      tag->end = i + 2;
      break;
    }
    if (c == '<') return fail(i, "no closing '>' before the next '<'");
    if (!IsNameChar(c)) {
      return fail(i, std::string("unexpected character '") + c + "' in the tag");
    }
    size_t an = i;
    while (i < s_.size() && IsNameChar(s_[i])) ++i;
    std::string name(s_.substr(an, i - an));
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (i >= s_.size() || s_[i] != '=') {
      // An attribute without a value (HTML style): keep it with an empty value.
      tag->attributes.items.emplace_back(std::move(name), "");
      continue;
    }
    ++i;
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (i >= s_.size()) return fail(start, "the input ends inside attribute " + name);
    std::string value;
    if (s_[i] == '"' || s_[i] == '\'') {
      char q = s_[i];
      size_t vb = i + 1;
      size_t ve = vb;
      while (ve < s_.size() && s_[ve] != q && s_[ve] != '\n' && s_[ve] != '<') ++ve;
      if (ve >= s_.size() || s_[ve] != q) {
        return fail(i, "attribute " + name + " has no closing " + (q == '"' ? "'\"'" : "\"'\"") +
                           " on its line");
      }
      value = DecodeXmlEntities(s_.substr(vb, ve - vb));
      i = ve + 1;
    } else {
      size_t vb = i;
      while (i < s_.size() && !IsSpace(s_[i]) && s_[i] != '>' && s_[i] != '<' &&
             !(s_[i] == '/' && i + 1 < s_.size() && s_[i + 1] == '>')) {
        ++i;
      }
      value = DecodeXmlEntities(s_.substr(vb, i - vb));
    }
    tag->attributes.items.emplace_back(std::move(name), std::move(value));
  }
  pos_ = tag->end;
  return true;
}

bool Scanner::ReadContent(const Tag& open, const std::string& record_id, bool decode,
                          std::string* out) {
  std::string raw;
  size_t i = pos_;
  while (true) {
    size_t lt = s_.find('<', i);
    if (lt == std::string_view::npos) {
      Report(open.begin, record_id,
             "<" + open.name + "> is never closed: the input ends before </" + open.name + ">");
      pos_ = s_.size();
      return false;
    }
    raw.append(s_.substr(i, lt - i));
    if (s_.compare(lt, 4, "<!--") == 0) {
      size_t end = s_.find("-->", lt + 4);
      if (end == std::string_view::npos) {
        Report(lt, record_id, "comment \"<!--\" inside <" + open.name + "> is never closed");
        pos_ = s_.size();
        return false;
      }
      i = end + 3;
      continue;
    }
    if (s_.compare(lt, 9, "<![CDATA[") == 0) {
      size_t end = s_.find("]]>", lt + 9);
      if (end != std::string_view::npos) {
        // CDATA is literal text: escape '&' so that decoding leaves it unchanged.
        for (char c : s_.substr(lt + 9, end - lt - 9)) {
          if (c == '&' && decode) {
            raw += "&amp;";
          } else {
            raw += c;
          }
        }
        i = end + 3;
        continue;
      }
    }
    size_t j = lt + 1;
    bool closing = j < s_.size() && s_[j] == '/';
    if (closing) ++j;
    size_t nb = j;
    while (j < s_.size() && IsNameChar(s_[j])) ++j;
    if (j == nb) {
      // A literal '<' in the text ("x < y"): keep it.
      raw += '<';
      i = lt + 1;
      continue;
    }
    std::string_view name = s_.substr(nb, j - nb);
    if (closing && EqualsIgnoreCase(name, open.name)) {
      size_t gt = s_.find('>', j);
      pos_ = gt == std::string_view::npos ? s_.size() : gt + 1;
      break;
    }
    Report(open.begin, record_id,
           "<" + open.name + "> is never closed: found <" + std::string(closing ? "/" : "") +
               std::string(name) + "> on line " + std::to_string(LineOf(lt)) + " before </" +
               open.name + ">");
    pos_ = lt;
    return false;
  }
  std::string_view trimmed = Trim(raw);
  *out = decode ? DecodeXmlEntities(trimmed) : std::string(trimmed);
  return true;
}

void Scanner::SkipOptionalClose(std::string_view name) {
  size_t i = pos_;
  while (i < s_.size() && IsSpace(s_[i])) ++i;
  if (i + 2 + name.size() <= s_.size() && s_[i] == '<' && s_[i + 1] == '/' &&
      StartsWithIgnoreCase(s_, i + 2, name)) {
    size_t j = i + 2 + name.size();
    if (j < s_.size() && IsNameChar(s_[j])) return;
    size_t gt = s_.find('>', j);
    if (gt != std::string_view::npos) pos_ = gt + 1;
  }
}

PetrarchConfig Scanner::MakeConfig(const Tag& tag) {
  PetrarchConfig config;
  if (const std::string* o = tag.attributes.Find("option")) config.option = *o;
  if (const std::string* v = tag.attributes.Find("value")) config.value = *v;
  config.line = LineOf(tag.begin);
  if (config.option.empty()) {
    Report(tag.begin, "", "<Config> without an option= attribute");
  }
  if (!tag.self_closing) SkipOptionalClose("Config");
  return config;
}

void Scanner::ReadEnvironment(PetrarchDocument* doc) {
  Tag tag;
  while (SkipToTag(true)) {
    if (!ParseTag(&tag, "")) continue;
    if (tag.closing) {
      if (EqualsIgnoreCase(tag.name, "Environment")) return;
      continue;  // stray closing tag
    }
    if (EqualsIgnoreCase(tag.name, "Config")) {
      PetrarchConfig config = MakeConfig(tag);
      if (!config.option.empty()) doc->environment_config.push_back(std::move(config));
      continue;
    }
    if (EqualsIgnoreCase(tag.name, "Sentences") || EqualsIgnoreCase(tag.name, "Sentence")) {
      Report(tag.begin, "",
             "<Environment> is never closed: found <" + tag.name + "> before </Environment>");
      pos_ = tag.begin;
      return;
    }
    if (tag.self_closing) {
      doc->environment.emplace_back(tag.name, "");
      continue;
    }
    std::string content;
    if (ReadContent(tag, "", true, &content)) {
      doc->environment.emplace_back(tag.name, std::move(content));
    }
  }
  Report(s_.size(), "", "<Environment> is never closed: the input ends before </Environment>");
}

void Scanner::ReadRecord(const Tag& open, PetrarchDocument* doc) {
  PetrarchRecord record;
  record.attributes = open.attributes;
  record.line = LineOf(open.begin);
  const std::string* idp = record.attributes.Find("id");
  const std::string id = idp ? *idp : "";
  bool ok = true;
  bool closed = false;
  bool saw_text = false;
  Tag tag;
  while (true) {
    if (!SkipToTag(true)) break;  // end of input
    const size_t at = pos_;
    if (!ParseTag(&tag, id)) {
      if (pos_ > at + 1) ok = false;  // a malformed tag (reported), not a stray '<'
      continue;
    }
    if (tag.closing) {
      if (EqualsIgnoreCase(tag.name, "Sentence")) {
        closed = true;
        break;
      }
      if (EqualsIgnoreCase(tag.name, "Sentences") || EqualsIgnoreCase(tag.name, "Validation")) {
        pos_ = tag.begin;
        break;
      }
      continue;  // stray </EventCoding>, </Text> ...
    }
    if (EqualsIgnoreCase(tag.name, "Sentence") || EqualsIgnoreCase(tag.name, "Config") ||
        EqualsIgnoreCase(tag.name, "Environment") || EqualsIgnoreCase(tag.name, "Sentences")) {
      pos_ = tag.begin;  // the next item: this record ended without </Sentence>
      break;
    }
    if (EqualsIgnoreCase(tag.name, "EventCoding")) {
      record.codings.push_back(std::move(tag.attributes));
      if (!tag.self_closing) SkipOptionalClose("EventCoding");
      continue;
    }
    if (EqualsIgnoreCase(tag.name, "Text") || EqualsIgnoreCase(tag.name, "Parse")) {
      bool is_text = EqualsIgnoreCase(tag.name, "Text");
      if (tag.self_closing) continue;
      std::string content;
      if (!ReadContent(tag, id, /*decode=*/true, &content)) {
        ok = false;
        continue;
      }
      if (is_text) {
        if (saw_text) {
          record.text += "\n\n";
        }
        record.text += content;
        saw_text = true;
      } else {
        record.parse = std::move(content);
      }
      continue;
    }
    // Unknown element inside a record: skip its tag (its content is skipped as stray text).
  }
  if (!closed && !open.self_closing) {
    Report(
        open.begin, id,
        "<Sentence> is never closed: " +
            (pos_ >= s_.size() ? std::string("the input ends")
                               : "line " + std::to_string(LineOf(pos_)) + " starts the next item") +
            " before </Sentence>; record skipped");
    ok = false;
  }
  if (ok && !saw_text) {
    Report(open.begin, id, "<Sentence> record has no <Text>; record skipped");
    ok = false;
  }
  if (ok) doc->items.emplace_back(std::move(record));
}

PetrarchDocument Scanner::Run() {
  PetrarchDocument doc;
  Tag tag;
  while (SkipToTag(true)) {
    if (!ParseTag(&tag, "")) continue;
    if (tag.closing) continue;  // </Sentences>, </Validation>, stray </Sentence> ...
    if (EqualsIgnoreCase(tag.name, "Environment")) {
      found_structure_ = true;
      if (!tag.self_closing) ReadEnvironment(&doc);
    } else if (EqualsIgnoreCase(tag.name, "Config")) {
      PetrarchConfig config = MakeConfig(tag);
      if (!config.option.empty()) doc.items.emplace_back(std::move(config));
    } else if (EqualsIgnoreCase(tag.name, "Sentence")) {
      found_structure_ = true;
      ReadRecord(tag, &doc);
    }
    // <Validation>, <Sentences>, <Stop> and unknown elements: nothing to do.
  }
  return doc;
}

}  // namespace

const std::string* XmlAttributes::Find(std::string_view name) const {
  for (const auto& [key, value] : items) {
    if (EqualsIgnoreCase(key, name)) return &value;
  }
  return nullptr;
}

std::string DecodeXmlEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    size_t semi = s.find(';', amp + 1);
    // Entity names are short; a far ';' means this '&' is literal.
    if (semi == std::string_view::npos || semi - amp > 12) {
      out += '&';
      i = amp + 1;
      continue;
    }
    std::string_view name = s.substr(amp + 1, semi - amp - 1);
    bool decoded = true;
    if (name == "amp") {
      out += '&';
    } else if (name == "lt") {
      out += '<';
    } else if (name == "gt") {
      out += '>';
    } else if (name == "quot") {
      out += '"';
    } else if (name == "apos") {
      out += '\'';
    } else if (name.size() >= 2 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      uint32_t cp = 0;
      bool valid = !digits.empty();
      for (char c : digits) {
        int d;
        if (c >= '0' && c <= '9') {
          d = c - '0';
        } else if (hex && c >= 'a' && c <= 'f') {
          d = c - 'a' + 10;
        } else if (hex && c >= 'A' && c <= 'F') {
          d = c - 'A' + 10;
        } else {
          valid = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        if (cp > 0x10ffff) {
          valid = false;
          break;
        }
      }
      if (valid && cp != 0 && !(cp >= 0xd800 && cp <= 0xdfff)) {
        AppendUtf8(static_cast<char32_t>(cp), &out);
      } else {
        decoded = false;
      }
    } else {
      decoded = false;
    }
    if (decoded) {
      i = semi + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

StatusOr<PetrarchDocument> ParsePetrarchXml(const std::string& path, std::string_view bytes,
                                            const ErrorCallback& on_error) {
  Scanner scanner(path, bytes, on_error);
  PetrarchDocument doc = scanner.Run();
  if (!scanner.found_structure() && !scanner.reported()) {
    return InvalidArgument(path +
                           ": no PETRARCH <Sentence> record or <Environment> found; is this a "
                           "PETRARCH XML file?");
  }
  return doc;
}

}  // namespace dyad::ingest
