// The parser's decoding flags (`--beam`, `--beam-labels`, `--beam-score`, `--beam-temperature`),
// shared by every command that parses: `dyad parse`, `dyad code`, `dyad eval parse|examples|
// petrarch`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "parse/parser.h"

namespace dyad::cli {

struct DecodeFlags {
  int beam = 1;
  int beam_labels = 2;
  std::string beam_score = "softmax";
  double beam_temperature = 20.0;
};

// Registers the flags on `cmd`, writing into `flags` (which must outlive the parse).
void AddDecodeFlags(CLI::App* cmd, DecodeFlags* flags);

// The parser options the flags ask for (defaults: greedy).
parse::ParseOptions DecodeOptions(const DecodeFlags& flags);

}  // namespace dyad::cli
