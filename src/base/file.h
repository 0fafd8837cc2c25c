// Whole-file reading and writing with errors that name the path.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad {

// Reads a whole file ("-" reads standard input).
StatusOr<std::string> ReadFile(const std::string& path);

// Writes atomically: to path + ".tmp", then rename.
Status WriteFile(const std::string& path, std::string_view bytes);

// $XDG_CACHE_HOME/dyad (or ~/.cache/dyad), created on demand; empty string if impossible.
std::string CacheDirectory();

}  // namespace dyad
