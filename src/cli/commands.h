// Each subcommand registers itself on the CLI11 app from its own cmd_*.cc file. `exit_code`
// receives the command's exit status (DESIGN.md: 0 ok, 1 some stories rejected, 2 usage or
// setup error).
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void AddVersionCommand(CLI::App& app, int* exit_code);       // cmd_version.cc
void AddTokenizeCommand(CLI::App& app, int* exit_code);      // cmd_tokenize.cc
void AddParseCommand(CLI::App& app, int* exit_code);         // cmd_parse.cc
void AddTrainCommand(CLI::App& app, int* exit_code);         // cmd_parse.cc
void AddCodeCommand(CLI::App& app, int* exit_code);          // cmd_code.cc
void AddLexiconCommand(CLI::App& app, int* exit_code);       // cmd_lexicon.cc

void AddEvalTokenizeCommand(CLI::App& eval, int* exit_code);  // cmd_tokenize.cc
void AddEvalParseCommand(CLI::App& eval, int* exit_code);     // cmd_parse.cc
void AddEvalPetrarchCommand(CLI::App& eval, int* exit_code);  // cmd_eval_petrarch.cc
void AddEvalExamplesCommand(CLI::App& eval, int* exit_code);  // cmd_eval_examples.cc

}  // namespace dyad::cli
