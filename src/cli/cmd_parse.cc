// Not yet written: registers no subcommand until its stage lands.
#include "cli/commands.h"

namespace dyad::cli {

void AddParseCommand(CLI::App& app, int*) {}
void AddTrainCommand(CLI::App& app, int*) {}
void AddEvalParseCommand(CLI::App& eval, int*) {}

}  // namespace dyad::cli
