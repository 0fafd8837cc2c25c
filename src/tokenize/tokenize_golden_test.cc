// Golden files for the tokenizer: tests/golden/tokenize/*.txt. Each file has comment lines
// ("# ..."), then "--- input", the story text, "--- expected", and the expected output: one
// sentence per line, words separated by one space, a multiword token written as
// {surface=word word}, and an empty line between paragraphs. The input ends before the newline
// that precedes "--- expected". To update a file after a deliberate change, run the test and
// copy the "actual" block it prints.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "tokenize/tokenizer.h"

namespace dyad::tokenize {
namespace {

std::string Render(const Story& story) {
  std::string out;
  for (size_t i = 0; i < story.sentences.size(); ++i) {
    const Sentence& s = story.sentences[i];
    if (i > 0 && s.paragraph != story.sentences[i - 1].paragraph) out += '\n';
    for (size_t k = 0; k < s.words.size(); ++k) {
      if (k > 0) out += ' ';
      const Word& w = s.words[k];
      if (w.multiword >= 0 && s.multiword[w.multiword].first == k) {
        out += "{" + s.multiword[w.multiword].form + "=";
      }
      out += w.form;
      if (w.multiword >= 0 && s.multiword[w.multiword].last == k) out += "}";
    }
    out += '\n';
  }
  return out;
}

std::vector<std::filesystem::path> GoldenFiles() {
  std::vector<std::filesystem::path> files;
  std::filesystem::path dir = std::filesystem::path(DYAD_SOURCE_DIR) / "tests/golden/tokenize";
  if (!std::filesystem::exists(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(TokenizeGoldenTest, AllFiles) {
  std::vector<std::filesystem::path> files = GoldenFiles();
  ASSERT_FALSE(files.empty()) << "no golden files under tests/golden/tokenize";
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  for (const auto& path : files) {
    SCOPED_TRACE(path.string());
    StatusOr<std::string> content = ReadFile(path.string());
    ASSERT_TRUE(content.ok()) << content.status().ToString();
    const std::string kInput = "--- input\n";
    const std::string kExpected = "\n--- expected\n";
    size_t in = content->find(kInput);
    size_t ex = content->find(kExpected);
    ASSERT_NE(in, std::string::npos) << "missing \"--- input\" line";
    ASSERT_NE(ex, std::string::npos) << "missing \"--- expected\" line";
    ASSERT_LT(in, ex);
    Story story;
    story.id = path.filename().string();
    story.text = content->substr(in + kInput.size(), ex - in - kInput.size());
    std::string expected = content->substr(ex + kExpected.size());
    ASSERT_TRUE(tokenizer->Tokenize(story).ok());
    std::string actual = Render(story);
    EXPECT_EQ(actual, expected) << "actual:\n" << actual;
  }
}

}  // namespace
}  // namespace dyad::tokenize
