// Golden coder cases: every tests/golden/coder/*.golden file holds cases of the form
//
//   # free comment lines
//   === case NAME
//   --- verbs            (PETRARCH CAMEO.2.0 format, until the next ---/=== line)
//   --- dyadverbs        (dyad's verb format, docs/formats/lexicon.md; added to the verbs)
//   --- actors           (PETRARCH actor format)
//   --- agents           (PETRARCH agent format)
//   --- discards         (PETRARCH discard format)
//   --- options          (lines `require_dyad false`, `date YYYYMMDD`)
//   --- parse            (one word per line: FORM LEMMA UPOS [XPOS] HEAD DEPREL, HEAD 1-based, 0 =
//   root;
//                         a blank line starts a new sentence of the same story)
//   --- expect           (one event per line: SOURCE TARGET CODE; empty = no event)
//
// A section not repeated in a case is inherited from the file's previous case, so a file can
// state its dictionaries once. Each case codes its story and compares the set of events.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/testing/golden_cases.h"
#include "coder/coder.h"
#include "lexicon/dyad_verbs.h"
#include "lexicon/lexicon.h"

namespace dyad::coder {
namespace {

using testing::GoldenCase;

std::vector<std::string> Fields(const std::string& line) { return testing::SplitFields(line); }

// The parse lines have 5 columns, or 6 with XPOS after UPOS (decided by the first line).
Story MakeStory(const std::string& parse, std::string* error) {
  std::istringstream in(parse);
  std::string line;
  bool with_xpos = false;
  while (std::getline(in, line)) {
    std::vector<std::string> f = Fields(line);
    if (f.empty()) continue;
    with_xpos = f.size() == 6;
    break;
  }
  return testing::MakeGoldenStory(parse, with_xpos, error);
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& e : s) out += "  " + e + "\n";
  return out.empty() ? "  (none)\n" : out;
}

TEST(CoderGolden, AllCases) {
  std::filesystem::path dir = std::filesystem::path(DYAD_SOURCE_DIR) / "tests/golden/coder";
  std::vector<std::string> files = testing::ListGoldenFiles(dir);
  ASSERT_FALSE(files.empty()) << "no golden files in " << dir;
  size_t count = 0;
  for (const std::string& file : files) {
    std::string read_error;
    std::vector<GoldenCase> cases =
        testing::ReadGoldenCases(file, {"expect", "parse"}, &read_error);
    ASSERT_TRUE(read_error.empty()) << read_error;
    for (const GoldenCase& c : cases) {
      ++count;
      SCOPED_TRACE(c.file + ":" + std::to_string(c.line) + " case " + c.name);
      lexicon::Lexicon lex;
      auto get = [&](const std::string& k) {
        auto it = c.sections.find(k);
        return it == c.sections.end() ? std::string() : it->second;
      };
      lexicon::ParsePetrarchVerbs("verbs", get("verbs"), &lex.verbs, &lex.diagnostics);
      if (!get("dyadverbs").empty()) {
        lexicon::DyadVerbSource source;
        lexicon::ParseDyadVerbText(get("dyadverbs"), "dyadverbs", &source, &lex.diagnostics);
        lexicon::CompileDyadVerbs(source, &lex.verbs, &lex.diagnostics);
      }
      lexicon::ParsePetrarchActors(get("actors"), "actors", &lex.actors, &lex.diagnostics);
      lexicon::ParsePetrarchAgents(get("agents"), "agents", &lex.agents, &lex.diagnostics);
      lexicon::ParsePetrarchDiscards(get("discards"), "discards", &lex.discards, &lex.diagnostics);
      CoderOptions options;
      std::string date;
      std::istringstream opts(get("options"));
      std::string line;
      while (std::getline(opts, line)) {
        std::vector<std::string> f = Fields(line);
        if (f.size() == 2 && f[0] == "require_dyad") options.require_dyad = f[1] == "true";
        if (f.size() == 2 && f[0] == "date") date = f[1];
      }
      std::string error;
      Story story = MakeStory(get("parse"), &error);
      ASSERT_TRUE(error.empty()) << error;
      if (date.size() == 8) {
        story.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
      }
      StatusOr<Coder> coder = Coder::Create(&lex, options);
      ASSERT_TRUE(coder.ok());
      std::set<std::string> got, want;
      for (const Event& e : coder->CodeStory(story)) {
        got.insert(e.source + " " + e.target + " " + e.code);
      }
      std::istringstream exp(get("expect"));
      while (std::getline(exp, line)) {
        std::vector<std::string> f = Fields(line);
        if (f.size() == 3) want.insert(f[0] + " " + f[1] + " " + f[2]);
      }
      EXPECT_EQ(got, want) << "want:\n" << Join(want) << "got:\n" << Join(got);
    }
  }
  EXPECT_GT(count, 20u);
}

}  // namespace
}  // namespace dyad::coder
