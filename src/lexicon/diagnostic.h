// Diagnostic: one problem found while reading a dictionary file (a bad line, an unknown code,
// a conflicting duplicate). Loaders never fail on a bad line: they skip it (or keep what they
// can) and record a Diagnostic, so `dyad lexicon check` can list every problem at once.
//
// Plain value type; thread-compatible.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dyad::lexicon {

struct Diagnostic {
  enum class Severity { kWarning, kError };

  std::string file;  // path as given to the loader ("" when not from a file)
  size_t line = 0;   // 1-based line number; 0 = the whole file
  Severity severity = Severity::kWarning;
  std::string message;  // what is wrong, quoting the offending fragment

  // "file:line: warning: message" (":line" omitted when line == 0, "file:" when file is empty).
  std::string ToString() const;
};

// Number of diagnostics with Severity::kError.
size_t CountErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace dyad::lexicon
