// Golden cases for the document pass behind the coder: every tests/golden/discourse/*.golden
// file holds cases of the form
//
//   # free comment lines
//   === case NAME
//   --- verbs     (PETRARCH CAMEO.2.0 verb format)
//   --- actors    (PETRARCH actor format)
//   --- agents    (PETRARCH agent format)
//   --- options   (lines: `date YYYY-MM-DD`, `allow_monads`, `one_a_story`, `no_dates`,
//                  `no_actor_memory`)
//   --- parse     (one word a line: FORM LEMMA UPOS XPOS HEAD DEPREL, HEAD 1-based, 0 = root;
//                  a blank line starts the next sentence of the same story)
//   --- expect    (one event a line: SENTENCE DATE SOURCE TARGET CODE, DATE `-` for none;
//                  compared as a sorted list, so duplicates count)
//
// A section not repeated in a case is inherited from the previous case of the file (except
// expect), so a case can rerun the previous story with other options. Each case codes the story
// with coder::Coder (require_dyad off, so that incomplete events reach the document pass), runs
// RunDocumentPass (require_dyad on unless `allow_monads`) and compares the events.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/testing/golden_cases.h"
#include "coder/coder.h"
#include "discourse/discourse.h"
#include "lexicon/lexicon.h"

namespace dyad::discourse {
namespace {

using testing::GoldenCase;

std::vector<std::string> Fields(const std::string& line) { return testing::SplitFields(line); }

Story MakeStory(const std::string& parse, std::string* error) {
  return testing::MakeGoldenStory(parse, true, error);
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& e : v) out += "  " + e + "\n";
  return out.empty() ? "  (none)\n" : out;
}

TEST(DiscourseGolden, AllCases) {
  std::filesystem::path dir = std::filesystem::path(DYAD_SOURCE_DIR) / "tests/golden/discourse";
  std::vector<std::string> files = testing::ListGoldenFiles(dir);
  ASSERT_FALSE(files.empty()) << "no golden files in " << dir;
  size_t count = 0;
  for (const std::string& file : files) {
    std::string read_error;
    std::vector<GoldenCase> cases = testing::ReadGoldenCases(file, {"expect"}, &read_error);
    ASSERT_TRUE(read_error.empty()) << read_error;
    for (const GoldenCase& c : cases) {
      ++count;
      SCOPED_TRACE(c.file + ":" + std::to_string(c.line) + " case " + c.name);
      auto get = [&](const std::string& k) {
        auto it = c.sections.find(k);
        return it == c.sections.end() ? std::string() : it->second;
      };
      lexicon::Lexicon lex;
      lexicon::ParsePetrarchVerbs("verbs", get("verbs"), &lex.verbs, &lex.diagnostics);
      lexicon::ParsePetrarchActors(get("actors"), "actors", &lex.actors, &lex.diagnostics);
      lexicon::ParsePetrarchAgents(get("agents"), "agents", &lex.agents, &lex.diagnostics);
      DocumentPassOptions pass;
      pass.require_dyad = true;
      std::string date;
      std::istringstream opts(get("options"));
      std::string line;
      while (std::getline(opts, line)) {
        std::vector<std::string> f = Fields(line);
        if (f.empty()) continue;
        if (f[0] == "date" && f.size() == 2) date = f[1];
        if (f[0] == "allow_monads") pass.require_dyad = false;
        if (f[0] == "one_a_story") pass.one_a_story = true;
        if (f[0] == "no_dates") pass.dates = false;
        if (f[0] == "no_actor_memory") pass.actor_memory = false;
      }
      std::string error;
      Story story = MakeStory(get("parse"), &error);
      ASSERT_TRUE(error.empty()) << error;
      story.date = date;
      coder::CoderOptions options;
      options.require_dyad = false;
      StatusOr<coder::Coder> coder = coder::Coder::Create(&lex, options);
      ASSERT_TRUE(coder.ok()) << coder.status().message();
      std::vector<Event> events = coder->CodeStory(story);
      Status st = RunDocumentPass(story, events, pass);
      EXPECT_TRUE(st.ok()) << st.message();
      std::vector<std::string> got, want;
      for (const Event& e : events) {
        got.push_back(std::to_string(e.sentence) + " " + (e.date.empty() ? "-" : e.date) + " " +
                      e.source + " " + e.target + " " + e.code);
      }
      std::istringstream exp(get("expect"));
      while (std::getline(exp, line)) {
        std::vector<std::string> f = Fields(line);
        if (f.size() == 5) want.push_back(f[0] + " " + f[1] + " " + f[2] + " " + f[3] + " " + f[4]);
      }
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      EXPECT_EQ(got, want) << "want:\n" << Join(want) << "got:\n" << Join(got);
    }
  }
  EXPECT_GE(count, 5u);
}

}  // namespace
}  // namespace dyad::discourse
