#include "lexicon/diagnostic.h"

namespace dyad::lexicon {

std::string Diagnostic::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out.push_back(':');
      out.append(std::to_string(line));
    }
    out.append(": ");
  } else if (line > 0) {
    out.append("line ");
    out.append(std::to_string(line));
    out.append(": ");
  }
  out += severity == Severity::kError ? "error: " : "warning: ";
  out += message;
  return out;
}

size_t CountErrors(const std::vector<Diagnostic>& diagnostics) {
  size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::Severity::kError;
  return n;
}

}  // namespace dyad::lexicon
