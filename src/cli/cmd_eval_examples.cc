// Not yet written: registers no subcommand until its stage lands.
#include "cli/commands.h"

namespace dyad::cli {

void AddEvalExamplesCommand(CLI::App& eval, int*) {}

}  // namespace dyad::cli
