// Story ingest: plain text, JSONL stories, PETRARCH XML and CoNLL-U, detected or forced.
//
// Readers never throw and never stop at a bad record: each bad record is reported through
// `on_error` with its place (file, line or byte) and story id when known, and reading goes on.
// In every text a single line break is soft and a blank line is a paragraph break (the
// tokenizer applies that rule; readers keep the text as written).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::ingest {

enum class Format { kAuto, kText, kJsonl, kPetrarchXml, kConllu };

// "auto", "text", "jsonl", "petrarch-xml", "conllu".
StatusOr<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format f);

// The default story id for a file: its base name ("stdin" for "-").
std::string StoryIdFromPath(const std::string& path);

// Guesses the format from the first non-blank bytes (and the file name's extension).
Format DetectFormat(std::string_view path, std::string_view bytes);

struct ReadOptions {
  Format format = Format::kAuto;  // kAuto: DetectFormat
  std::string id;                 // plain text: story id (default: the file name; "stdin" for -)
  std::string date;               // plain text: "YYYY-MM-DD" (default: none)
  bool repair_utf8 = false;       // false: a story with invalid UTF-8 is rejected; true: the
                                  // bad bytes become U+FFFD and a warning is printed
  size_t max_story_bytes = 64u << 20;  // larger stories are rejected with a clear error
  // When set, reading stops (Ok, no error) before the next story once *cancel is true, e.g.
  // after the first reject under --strict. Checked between stories only.
  const bool* cancel = nullptr;
};

struct InputError {
  std::string where;     // "file:line" or "file:byte N"
  std::string story_id;  // empty when unknown
  std::string message;   // what is wrong and, when useful, how to fix it
  bool warning = false;  // true: the story still came through (e.g. UTF-8 repaired, bad date
                         // dropped); false: the story or record was rejected
  // "<where>: story <id>: <message>" (the story part only when the id is known; warnings get
  // "warning: " before the message).
  std::string ToString() const;
};

using StoryCallback = std::function<void(Story&&)>;
using ErrorCallback = std::function<void(const InputError&)>;

// Normalises a story date to "YYYY-MM-DD". Accepts "YYYY-MM-DD", "YYYYMMDD" and ISO 8601
// timestamps starting with a date ("2017-07-24T10:00:00Z", "2017-07-24 10:00"). The date must
// exist in the calendar. An empty input gives an empty result.
StatusOr<std::string> NormalizeDate(std::string_view date);

// Reads every story in `bytes` (the content of `path`; "-" for stdin). Good stories go to
// on_story in input order, bad ones to on_error. Returns an error only when nothing can be
// read at all (e.g. a forced format that does not fit), after reporting it.
Status ReadStories(const std::string& path, std::string_view bytes, const ReadOptions& options,
                   const StoryCallback& on_story, const ErrorCallback& on_error);

}  // namespace dyad::ingest
