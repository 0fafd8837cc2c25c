// Placeholder: the ingest helper replaces this with the real story loop.
#include "cli/story_input.h"

namespace dyad::cli {
void AddInputOptions(CLI::App*, InputOptions*) {}
int RunStories(const InputOptions&, const std::function<StoryResult(Story&)>&) { return 2; }
}  // namespace dyad::cli
