// Story readers: format detection and the plain text, JSONL and PETRARCH XML readers; CoNLL-U
// is delegated to conllu.cc. Every story passes the same checks before it is handed on (size
// limit, binary data, UTF-8), so each reader only has to find stories and name their place.
#include "ingest/reader.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>

#include "base/utf8.h"
#include "ingest/conllu.h"
#include "ingest/petrarch_xml.h"

namespace dyad::ingest {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsAllBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return IsBlank(c); });
}

std::string Extension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return LowerAscii(name.substr(dot + 1));
}

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// A problem with a story's text: where in the text and what.
struct TextProblem {
  size_t byte = 0;
  std::string message;
};

// Binary data: a NUL byte, a compressed-file signature, or a burst of control bytes.
std::optional<TextProblem> FindBinary(std::string_view text) {
  if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0x1f &&
      static_cast<unsigned char>(text[1]) == 0x8b) {
    return TextProblem{0,
                       "binary data at byte 0: this looks gzip-compressed; pipe it through "
                       "zcat (or gunzip it) first"};
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return TextProblem{
        nul, "binary data at byte " + std::to_string(nul) + " (NUL byte): not a text story"};
  }
  // Control bytes other than blanks are rare in text (a stray 0x1A is tolerated); more than
  // one in 16 of the first 4 KiB means the input is not text.
  size_t window = std::min<size_t>(text.size(), 4096);
  size_t controls = 0, first = std::string_view::npos;
  for (size_t i = 0; i < window; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && !IsBlank(static_cast<char>(c))) || c == 0x7f) {
      if (first == std::string_view::npos) first = i;
      ++controls;
    }
  }
  if (controls >= 4 && controls * 16 > window) {
    return TextProblem{first, "binary data at byte " + std::to_string(first) + " (control byte " +
                                  Hex(static_cast<unsigned char>(text[first])) +
                                  "): not a text story"};
  }
  return std::nullopt;
}

// Checks the size, binary data and UTF-8 of story.text; repairs UTF-8 when allowed. Reports
// through on_error (where = `where`) and returns false when the story is rejected.
bool CheckStory(Story& story, const std::string& where, const ReadOptions& options,
                const ErrorCallback& on_error) {
  auto report = [&](std::string message, bool warning) {
    if (!on_error) return;
    InputError e;
    e.where = where;
    e.story_id = story.id;
    e.message = std::move(message);
    e.warning = warning;
    on_error(e);
  };
  if (story.text.size() > options.max_story_bytes) {
    report("story is " + std::to_string(story.text.size()) + " bytes, more than the limit of " +
               std::to_string(options.max_story_bytes) + " bytes; split it into smaller stories",
           false);
    return false;
  }
  if (std::optional<TextProblem> p = FindBinary(story.text)) {
    report(p->message, false);
    return false;
  }
  size_t bad = FindInvalidUtf8(story.text);
  if (bad != std::string_view::npos) {
    std::string what = "invalid UTF-8 at byte " + std::to_string(bad) + " of the text (byte " +
                       Hex(static_cast<unsigned char>(story.text[bad])) + ")";
    if (!options.repair_utf8 || !story.sentences.empty()) {
      report(what + (story.sentences.empty()
                         ? "; convert the input to UTF-8, or pass --repair-utf8 to replace bad "
                           "bytes with U+FFFD"
                         : ""),
             false);
      return false;
    }
    size_t n = RepairUtf8(story.text);
    report(what + ": replaced " + std::to_string(n) + " invalid sequence(s) with U+FFFD", true);
  }
  return true;
}

void Report(const ErrorCallback& on_error, std::string where, std::string id, std::string message,
            bool warning = false) {
  if (!on_error) return;
  InputError e;
  e.where = std::move(where);
  e.story_id = std::move(id);
  e.message = std::move(message);
  e.warning = warning;
  on_error(e);
}

bool Cancelled(const ReadOptions& options) { return options.cancel && *options.cancel; }

Status ReadText(const std::string& path, std::string_view bytes, const ReadOptions& options,
                const StoryCallback& on_story, const ErrorCallback& on_error) {
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  Story story;
  story.id = options.id.empty() ? StoryIdFromPath(path) : options.id;
  story.origin = path;
  if (!options.date.empty()) {
    StatusOr<std::string> date = NormalizeDate(options.date);
    if (!date.ok()) return date.status();
    story.date = *date;
  }
  if (bytes.size() > options.max_story_bytes) {
    Report(on_error, path, story.id,
           "story is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
               std::to_string(options.max_story_bytes) + " bytes; split it into smaller stories");
    return Status::Ok();
  }
  story.text = std::string(bytes);
  if (!CheckStory(story, path, options, on_error)) return Status::Ok();
  if (on_story) on_story(std::move(story));
  return Status::Ok();
}

// Deepest nesting of [] and {} outside strings. JSON values nested past a limit are rejected
// before parsing: copying and printing them recurses once per level and would overflow the
// stack.
constexpr size_t kMaxJsonDepth = 200;

size_t JsonDepth(std::string_view line) {
  size_t depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      max_depth = std::max(max_depth, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return max_depth;
}

std::string JsonTypeName(const nlohmann::ordered_json& j) { return j.type_name(); }

// A metadata field as a string: strings as they are, null as empty, others as JSON text.
std::string FieldString(const nlohmann::ordered_json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_null()) return "";
  return j.dump();
}

Status ReadJsonl(const std::string& path, std::string_view bytes, const ReadOptions& options,
                 const StoryCallback& on_story, const ErrorCallback& on_error) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (Cancelled(options)) break;
    size_t nl = bytes.find('\n', pos);
    std::string_view line =
        bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    ++line_no;
    if (line_no == 1 && line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsAllBlank(line)) continue;
    const std::string where = path + ":" + std::to_string(line_no);
    if (line.size() > options.max_story_bytes) {
      Report(on_error, where, "",
             "line is " + std::to_string(line.size()) + " bytes, more than the story limit of " +
                 std::to_string(options.max_story_bytes) + " bytes; split the story");
      continue;
    }
    if (size_t nul = line.find('\0'); nul != std::string_view::npos) {
      Report(on_error, where, "",
             "binary data at byte " + std::to_string(nul) + " of the line (NUL byte): not JSON");
      continue;
    }
    std::string repaired;
    if (size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
      std::string what = "invalid UTF-8 at byte " + std::to_string(bad) + " of the line (byte " +
                         Hex(static_cast<unsigned char>(line[bad])) + ")";
      if (!options.repair_utf8) {
        Report(on_error, where, "",
               what +
                   "; convert the input to UTF-8, or pass --repair-utf8 to replace bad bytes "
                   "with U+FFFD");
        continue;
      }
      repaired = std::string(line);
      size_t n = RepairUtf8(repaired);
      Report(on_error, where, "",
             what + ": replaced " + std::to_string(n) + " invalid sequence(s) with U+FFFD",
             /*warning=*/true);
      line = repaired;
    }
    if (size_t depth = JsonDepth(line); depth > kMaxJsonDepth) {
      Report(on_error, where, "",
             "JSON nested " + std::to_string(depth) + " levels deep, more than the limit of " +
                 std::to_string(kMaxJsonDepth));
      continue;
    }
    nlohmann::ordered_json j;
    try {
      j = nlohmann::ordered_json::parse(line);
    } catch (const std::exception& e) {
      std::string what = e.what();
      // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> keep the
      // part after the bracketed tag.
      if (size_t b = what.find("] "); b != std::string::npos) what = what.substr(b + 2);
      bool truncated = what.find("unexpected end of input") != std::string::npos ||
                       what.find("missing closing quote") != std::string::npos;
      Report(on_error, where, "",
             std::string(truncated ? "truncated JSON" : "not valid JSON") + ": " + what);
      continue;
    }
    if (!j.is_object()) {
      Report(on_error, where, "",
             "not a JSON object (found " + JsonTypeName(j) +
                 "); each line must be a story {\"id\", \"date\", \"text\", ...}");
      continue;
    }
    Story story;
    story.origin = where;
    if (auto it = j.find("id"); it != j.end() && !it->is_null()) {
      story.id = FieldString(*it);
    }
    if (story.id.empty()) story.id = where;
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      Report(on_error, where, story.id,
             text == j.end() ? "no \"text\" field"
                             : "\"text\" is a " + JsonTypeName(*text) + ", not a string");
      continue;
    }
    story.text = text->get<std::string>();
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& key = it.key();
      if (key == "id" || key == "text") continue;
      if (key == "source") {
        story.source = FieldString(it.value());
      } else if (key == "title") {
        story.title = FieldString(it.value());
      } else if (key == "url") {
        story.url = FieldString(it.value());
      } else if (key == "date") {
        std::string raw = FieldString(it.value());
        StatusOr<std::string> date = NormalizeDate(raw);
        if (date.ok()) {
          story.date = *date;
        } else {
          Report(on_error, where, story.id,
                 date.status().message() + "; the story is read without a date", /*warning=*/true);
        }
      } else {
        extra[key] = it.value();
      }
    }
    if (!extra.empty()) story.extra_json = extra.dump();
    if (!CheckStory(story, where, options, on_error)) continue;
    if (on_story) on_story(std::move(story));
  }
  return Status::Ok();
}

Status ReadPetrarch(const std::string& path, std::string_view bytes, const ReadOptions& options,
                    const StoryCallback& on_story, const ErrorCallback& on_error) {
  StatusOr<PetrarchDocument> doc = ParsePetrarchXml(path, bytes, on_error);
  if (!doc.ok()) return doc.status();
  for (auto& item : doc->items) {
    if (Cancelled(options)) break;
    auto* record = std::get_if<PetrarchRecord>(&item);
    if (record == nullptr) continue;
    const std::string where = path + ":" + std::to_string(record->line);
    Story story;
    story.origin = where;
    const std::string* id = record->attributes.Find("id");
    story.id = id && !id->empty() ? *id : where;
    if (const std::string* source = record->attributes.Find("source")) story.source = *source;
    if (const std::string* date = record->attributes.Find("date"); date && !date->empty()) {
      StatusOr<std::string> normal = NormalizeDate(*date);
      if (normal.ok()) {
        story.date = *normal;
      } else {
        Report(on_error, where, story.id,
               normal.status().message() + "; the story is read without a date",
               /*warning=*/true);
      }
    }
    story.text = std::move(record->text);
    if (!CheckStory(story, where, options, on_error)) continue;
    if (on_story) on_story(std::move(story));
  }
  return Status::Ok();
}

Status ReadConlluStories(const std::string& path, std::string_view bytes,
                         const ReadOptions& options, const StoryCallback& on_story,
                         const ErrorCallback& on_error) {
  // The CoNLL-U reader builds word spans into the text, so a bad byte cannot be repaired here
  // (CheckStory rejects it for stories that come with sentences).
  auto checked = [&](Story&& story) {
    if (Cancelled(options)) return;
    std::string where = story.origin.empty() ? path : story.origin;
    if (!CheckStory(story, where, options, on_error)) return;
    if (on_story) on_story(std::move(story));
  };
  return ReadConllu(path, bytes, checked, on_error);
}

bool LooksLikeConllu(std::string_view bytes) {
  // The first line that is not blank: a comment typical of CoNLL-U, or a word line
  // "ID<TAB>FORM<TAB>..." with 10 columns.
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line =
        bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsAllBlank(line)) continue;
    for (std::string_view prefix : {"# newdoc", "# newpar", "# sent_id", "# text ", "# text="}) {
      if (line.substr(0, prefix.size()) == prefix) return true;
    }
    if (line[0] == '#') continue;  // other comments: look at the next line
    if (line[0] < '1' || line[0] > '9') return false;
    return std::count(line.begin(), line.end(), '\t') == 9;
  }
  return false;
}

bool LooksLikePetrarchXml(std::string_view bytes) {
  std::string head = LowerAscii(bytes.substr(0, 1 << 16));
  return head.find("<sentence") != std::string::npos ||
         head.find("<validation") != std::string::npos ||
         head.find("<environment") != std::string::npos || head.find("<?xml") != std::string::npos;
}

}  // namespace

std::string StoryIdFromPath(const std::string& path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string InputError::ToString() const {
  std::string s = where;
  if (!story_id.empty()) s += ": story " + story_id;
  s += ": ";
  if (warning) s += "warning: ";
  s += message;
  return s;
}

StatusOr<Format> ParseFormat(std::string_view name) {
  std::string n = LowerAscii(name);
  if (n == "auto") return Format::kAuto;
  if (n == "text" || n == "txt") return Format::kText;
  if (n == "jsonl" || n == "ndjson") return Format::kJsonl;
  if (n == "petrarch-xml" || n == "xml" || n == "petrarch") return Format::kPetrarchXml;
  if (n == "conllu" || n == "conll-u") return Format::kConllu;
  return InvalidArgument("unknown input format \"" + std::string(name) +
                         "\"; expected auto, text, jsonl, petrarch-xml or conllu");
}

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kAuto:
      return "auto";
    case Format::kText:
      return "text";
    case Format::kJsonl:
      return "jsonl";
    case Format::kPetrarchXml:
      return "petrarch-xml";
    case Format::kConllu:
      return "conllu";
  }
  return "auto";
}

Format DetectFormat(std::string_view path, std::string_view bytes) {
  std::string ext = Extension(path);
  if (ext == "jsonl" || ext == "ndjson") return Format::kJsonl;
  if (ext == "conllu" || ext == "conll") return Format::kConllu;
  if (ext == "xml") return Format::kPetrarchXml;
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  size_t first = 0;
  while (first < bytes.size() && IsBlank(bytes[first])) ++first;
  if (first == bytes.size()) return Format::kText;
  char c = bytes[first];
  if (c == '{') return Format::kJsonl;
  if (c == '<' && LooksLikePetrarchXml(bytes.substr(first))) return Format::kPetrarchXml;
  if (LooksLikeConllu(bytes.substr(first))) return Format::kConllu;
  return Format::kText;
}

StatusOr<std::string> NormalizeDate(std::string_view date) {
  std::string_view d = date;
  while (!d.empty() && IsBlank(d.front())) d.remove_prefix(1);
  while (!d.empty() && IsBlank(d.back())) d.remove_suffix(1);
  if (d.empty()) return std::string();
  auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::string out;
  if (d.size() == 8 && digits(d)) {
    out = std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
          std::string(d.substr(6, 2));
  } else if (d.size() >= 10 && d[4] == '-' && d[7] == '-' &&
             (d.size() == 10 || d[10] == 'T' || d[10] == 't' || d[10] == ' ')) {
    out = std::string(d.substr(0, 10));
  }
  if (out.empty() || !IsValidDate(out)) {
    return InvalidArgument("bad date \"" + std::string(date) +
                           "\" (expected YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp)");
  }
  return out;
}

Status ReadStories(const std::string& path, std::string_view bytes, const ReadOptions& options,
                   const StoryCallback& on_story, const ErrorCallback& on_error) {
  Format format = options.format == Format::kAuto ? DetectFormat(path, bytes) : options.format;
  std::string_view content = bytes;
  if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
  if (IsAllBlank(content)) {
    Report(on_error, path,
           format == Format::kText ? (options.id.empty() ? StoryIdFromPath(path) : options.id) : "",
           bytes.empty() ? "empty input (0 bytes): no story to read"
                         : "empty input (only blank space): no story to read");
    return Status::Ok();
  }
  Status status;
  switch (format) {
    case Format::kAuto:
    case Format::kText:
      status = ReadText(path, bytes, options, on_story, on_error);
      break;
    case Format::kJsonl:
      status = ReadJsonl(path, bytes, options, on_story, on_error);
      break;
    case Format::kPetrarchXml:
      status = ReadPetrarch(path, bytes, options, on_story, on_error);
      break;
    case Format::kConllu:
      status = ReadConlluStories(path, bytes, options, on_story, on_error);
      break;
  }
  if (!status.ok()) {
    std::string message = status.message();
    std::string prefix = path + ": ";
    if (message.compare(0, prefix.size(), prefix) == 0) message = message.substr(prefix.size());
    Report(on_error, path, "", message);
  }
  return status;
}

}  // namespace dyad::ingest
