// The story loop every story-reading command shares: input flags, reading, per-story error
// reports, and the closing `read N coded N rejected N` line with DESIGN.md's exit codes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "doc/document.h"
#include "ingest/reader.h"

namespace dyad::cli {

struct InputOptions {
  std::vector<std::string> files;  // empty: standard input
  std::string format = "auto";     // --input
  std::string id;                  // --id
  std::string date;                // --date
  bool repair_utf8 = false;        // --repair-utf8
  bool strict = false;             // --strict: any reject makes the exit status 1 and stops
};

// Adds FILES..., --input, --id, --date, --repair-utf8, --strict to a subcommand.
void AddInputOptions(CLI::App* command, InputOptions* options);

// What the story handler says about one story.
enum class StoryResult { kCoded, kNoOutput, kRejected };

// Reads all stories and calls `handle` on each (in input order). `handle` returns kRejected
// after printing its own error for that story. Prints `read N coded N rejected N` on stderr
// and returns the exit status: 0, 1 (some stories rejected) or 2 (usage/setup error).
// A story counts as coded when handle returned kCoded or kNoOutput (it was processed).
int RunStories(const InputOptions& options, const std::function<StoryResult(Story&)>& handle);

}  // namespace dyad::cli
