// Not yet written: registers no subcommand until its stage lands.
#include "cli/commands.h"

namespace dyad::cli {

void AddLexiconCommand(CLI::App& app, int*) {}

}  // namespace dyad::cli
