// Test-only helper: reads the golden case files under tests/golden/<stage>/ (header-only, used
// by the golden test runners of several stages).
//
// A file holds cases of the form
//   # free comment lines
//   === case NAME
//   --- SECTION          (its lines follow until the next --- or === line)
// A section a case does not repeat is inherited from the previous case of the file, except the
// sections named in `not_inherited` (e.g. "expect"), so a file can state its dictionaries once.
#pragma once

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"

namespace dyad::testing {

struct GoldenCase {
  std::string file;
  std::string name;
  size_t line = 0;                              // line of the "=== case" header
  std::map<std::string, std::string> sections;  // section name -> its lines, each ending in \n
};

// Reads all cases of `path`; on an unreadable file sets *error and returns no case.
inline std::vector<GoldenCase> ReadGoldenCases(const std::string& path,
                                               const std::set<std::string>& not_inherited,
                                               std::string* error) {
  std::vector<GoldenCase> cases;
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) {
    *error = text.status().message();
    return cases;
  }
  std::string section;
  std::istringstream in(*text);
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.starts_with("=== case ")) {
      std::map<std::string, std::string> inherited;
      if (!cases.empty()) inherited = cases.back().sections;
      for (const std::string& s : not_inherited) inherited.erase(s);
      cases.push_back({path, line.substr(9), no, std::move(inherited)});
      section.clear();
      continue;
    }
    if (cases.empty()) continue;
    if (line.starts_with("--- ") && line.find(' ', 4) == std::string::npos) {
      section = line.substr(4);
      cases.back().sections[section].clear();
      continue;
    }
    if (!section.empty()) cases.back().sections[section] += line + "\n";
  }
  return cases;
}

// Whitespace-separated fields of one line.
inline std::vector<std::string> SplitFields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

}  // namespace dyad::testing
