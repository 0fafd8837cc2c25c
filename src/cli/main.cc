// dyad: political event data from news text. Entry point; every subcommand lives in its own
// cmd_*.cc file and registers itself here.
#include <cstdio>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: turns news text into political event data (who did what to whom, when)"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for all subcommands");
  int exit_code = 0;
  dyad::cli::AddCodeCommand(app, &exit_code);
  dyad::cli::AddTokenizeCommand(app, &exit_code);
  dyad::cli::AddParseCommand(app, &exit_code);
  dyad::cli::AddTrainCommand(app, &exit_code);
  dyad::cli::AddLexiconCommand(app, &exit_code);
  dyad::cli::AddVersionCommand(app, &exit_code);
  CLI::App* eval = app.add_subcommand("eval", "Measure a stage against gold data");
  eval->require_subcommand(1);
  dyad::cli::AddEvalTokenizeCommand(*eval, &exit_code);
  dyad::cli::AddEvalParseCommand(*eval, &exit_code);
  dyad::cli::AddEvalPetrarchCommand(*eval, &exit_code);
  dyad::cli::AddEvalExamplesCommand(*eval, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "dyad: internal error: " << e.what() << "\n";
    return 2;
  }
  std::fflush(stdout);
  return exit_code;
}
