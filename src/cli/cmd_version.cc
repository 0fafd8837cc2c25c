#include <iostream>

#include "cli/commands.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "0.0.0"
#endif

namespace dyad::cli {

void AddVersionCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("version", "Print dyad's version");
  cmd->callback([exit_code] {
    std::cout << "dyad " << DYAD_VERSION << "\n";
    *exit_code = 0;
  });
}

}  // namespace dyad::cli
