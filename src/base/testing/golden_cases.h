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
#include "doc/document.h"

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

// The *.golden files of a folder, sorted.
inline std::vector<std::string> ListGoldenFiles(const std::filesystem::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".golden") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A story from a "--- parse" section: one word a line, FORM LEMMA UPOS [XPOS] HEAD DEPREL
// (XPOS when `with_xpos`), HEAD 1-based with 0 for the root; a blank line starts the next
// sentence. The story text is the forms joined by spaces. Sets *error on a malformed line.
inline Story MakeGoldenStory(const std::string& parse, bool with_xpos, std::string* error) {
  Story story;
  story.id = "golden";
  Sentence cur;
  auto flush = [&]() {
    if (cur.words.empty()) return;
    cur.span = Span{cur.words.front().span.begin, cur.words.back().span.end};
    cur.tagged = cur.parsed = true;
    story.sentences.push_back(std::move(cur));
    cur = Sentence();
  };
  const size_t columns = with_xpos ? 6 : 5;
  std::istringstream in(parse);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f = SplitFields(line);
    if (f.empty()) {
      flush();
      continue;
    }
    if (f.size() != columns) {
      *error = std::string("parse line needs FORM LEMMA UPOS ") + (with_xpos ? "XPOS " : "") +
               "HEAD DEPREL: " + line;
      return story;
    }
    if (!story.text.empty()) story.text += ' ';
    Word w;
    w.span.begin = static_cast<uint32_t>(story.text.size());
    story.text += f[0];
    w.span.end = static_cast<uint32_t>(story.text.size());
    w.form = f[0];
    w.lemma = f[1];
    w.upos = f[2];
    if (with_xpos) w.xpos = f[3];
    w.head = std::stoi(f[columns - 2]) - 1;
    w.deprel = f[columns - 1];
    cur.words.push_back(std::move(w));
  }
  flush();
  return story;
}

}  // namespace dyad::testing
