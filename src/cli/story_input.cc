// The shared story loop: one file at a time (bounded memory), each story handed to the
// command, each reject named on stderr, and the closing `read N coded N rejected N` line.
#include "cli/story_input.h"

#include <fmt/format.h>

#include <cstdio>
#include <string>

#include "base/file.h"

namespace dyad::cli {

void AddInputOptions(CLI::App* command, InputOptions* options) {
  command->add_option("files", options->files,
                      "Input files, read one after the other (default or \"-\": standard input)");
  command
      ->add_option("--input", options->format,
                   "Input format: auto (detected from the content and extension), text (one "
                   "story per file), jsonl ({\"id\",\"date\",\"text\",...} per line), "
                   "petrarch-xml (<Sentence> records) or conllu")
      ->default_val("auto");
  command->add_option("--id", options->id,
                      "Story id for plain text input (default: the file name; \"stdin\")");
  command->add_option("--date", options->date,
                      "Story date for plain text input, YYYY-MM-DD (default: none)");
  command->add_flag("--repair-utf8", options->repair_utf8,
                    "Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the story");
  command->add_flag("--strict", options->strict,
                    "Stop at the first rejected story and exit with status 1");
}

namespace {

void PrintError(const ingest::InputError& e) { fmt::print(stderr, "dyad: {}\n", e.ToString()); }

}  // namespace

int RunStories(const InputOptions& options, const std::function<StoryResult(Story&)>& handle) {
  ingest::ReadOptions read;
  StatusOr<ingest::Format> format = ingest::ParseFormat(options.format);
  if (!format.ok()) {
    fmt::print(stderr, "dyad: --input: {}\n", format.status().message());
    return 2;
  }
  read.format = *format;
  read.id = options.id;
  if (!options.date.empty()) {
    StatusOr<std::string> date = ingest::NormalizeDate(options.date);
    if (!date.ok()) {
      fmt::print(stderr, "dyad: --date: {}\n", date.status().message());
      return 2;
    }
    read.date = *date;
  }
  read.repair_utf8 = options.repair_utf8;
  bool stop = false;
  read.cancel = &stop;

  size_t n_read = 0, n_coded = 0, n_rejected = 0;
  bool setup_error = false;

  auto on_error = [&](const ingest::InputError& e) {
    PrintError(e);
    if (e.warning) return;
    ++n_read;
    ++n_rejected;
    if (options.strict) stop = true;
  };
  auto on_story = [&](Story&& story) {
    if (stop) return;
    ++n_read;
    StoryResult result = handle(story);
    if (result == StoryResult::kRejected) {
      ++n_rejected;
      if (options.strict) stop = true;
    } else {
      ++n_coded;
    }
  };

  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  for (const std::string& path : files) {
    if (stop) break;
    StatusOr<std::string> bytes = ReadFile(path);
    if (!bytes.ok()) {
      std::string message = bytes.status().message();
      if (message.find(path) == std::string::npos) message = path + ": " + message;
      fmt::print(stderr, "dyad: {}\n", message);
      ++n_read;
      ++n_rejected;
      setup_error = true;
      if (options.strict) break;
      continue;
    }
    // A forced format that does not fit has been reported (and counted) through on_error.
    (void)ingest::ReadStories(path, *bytes, read, on_story, on_error);
  }
  std::fflush(stdout);
  fmt::print(stderr, "read {} coded {} rejected {}\n", n_read, n_coded, n_rejected);
  if (setup_error) return 2;
  return n_rejected > 0 ? 1 : 0;
}

}  // namespace dyad::cli
