// Runs the built `dyad tokenize` on each kind of malformed input and checks what a user sees:
// the error line on stderr (place, story id, reason), the closing `read N coded N rejected N`
// line, the exit status (0 ok, 1 some stories rejected, 2 usage/setup error) and that the good
// stories around a bad one still come out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

size_t CountLines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

class RobustnessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    DyadRun help = RunDyad(dir_, "tokenize --help");
    if (help.status != 0) GTEST_SKIP() << "`dyad tokenize` is not available in this build";
  }
  TempDir dir_;
};

std::string Junk(size_t n) {
  std::string s;
  uint32_t x = 2463534242u;
  for (size_t i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    s += static_cast<char>(x & 0xff);
  }
  return s;
}

TEST_F(RobustnessTest, GoodInputExitsZero) {
  std::string f = dir_.Write("good.txt", "Russia and Iraq will build up their cooperation.\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 1 coded 1 rejected 0");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"good.txt\"")) << r.out;
}

TEST_F(RobustnessTest, StdinStory) {
  std::string f = dir_.Write("in", "Hello there.\n");
  DyadRun r = RunDyad(dir_, "tokenize --id s9 --date 20170724", f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 1 coded 1 rejected 0");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"s9\"")) << r.out;
}

TEST_F(RobustnessTest, EmptyFile) {
  std::string empty = dir_.Write("empty.txt", "");
  std::string good = dir_.Write("good.txt", "A story.\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(empty) + " " + Quote(good));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "dyad: " + empty + ": story empty.txt: empty input")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 2 coded 1 rejected 1");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"good.txt\""));
}

TEST_F(RobustnessTest, BinaryJunk) {
  std::string f = dir_.Write("junk.bin", Junk(100000));
  for (const char* flags : {"", "--repair-utf8 "}) {
    DyadRun r = RunDyad(dir_, std::string("tokenize ") + flags + Quote(f));
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_TRUE(Contains(r.err, "dyad: " + f + ": story junk.bin: binary data at byte ")) << r.err;
    EXPECT_EQ(r.LastErrLine(), "read 1 coded 0 rejected 1");
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(RobustnessTest, NulBytes) {
  std::string f = dir_.Write("nul.txt", std::string("Some words\0 and more.", 21));
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "story nul.txt: binary data at byte 10 (NUL byte)")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 1 coded 0 rejected 1");
}

TEST_F(RobustnessTest, InvalidUtf8RejectedOrRepaired) {
  std::string f = dir_.Write("latin1.txt", "Caf\xE9 in S\xE3o Paulo.\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "story latin1.txt: invalid UTF-8 at byte 3")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 1 coded 0 rejected 1");

  DyadRun fixed = RunDyad(dir_, "tokenize --repair-utf8 " + Quote(f));
  EXPECT_EQ(fixed.status, 0) << fixed.err;
  EXPECT_TRUE(Contains(fixed.err, "warning: invalid UTF-8 at byte 3")) << fixed.err;
  EXPECT_EQ(fixed.LastErrLine(), "read 1 coded 1 rejected 0");
  EXPECT_TRUE(Contains(fixed.out, "\xEF\xBF\xBD"));
}

TEST_F(RobustnessTest, TruncatedJsonLine) {
  std::string f = dir_.Write("s.jsonl",
                             "{\"id\":\"a\",\"text\":\"First story.\"}\n"
                             "{\"id\":\"b\",\"text\":\"Cut off\n"
                             "{\"id\":\"c\",\"text\":\"Third story.\"}\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":2: ")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 3 coded 2 rejected 1");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"a\""));
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"c\""));
}

TEST_F(RobustnessTest, JsonLineThatIsNotAnObject) {
  std::string f =
      dir_.Write("s.jsonl", "{\"id\":\"a\",\"text\":\"First story.\"}\n[\"a\",\"list\"]\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":2: not a JSON object (found array)")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 2 coded 1 rejected 1");
}

TEST_F(RobustnessTest, DeeplyNestedJson) {
  const std::string deep = std::string(300000, '[') + std::string(300000, ']');
  std::string f = dir_.Write("deep.jsonl", "{\"id\":\"a\",\"text\":\"A.\",\"x\":" + deep +
                                               "}\n{\"id\":\"b\",\"text\":\"B.\"}\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":1: JSON nested 300001 levels deep")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 2 coded 1 rejected 1");
}

TEST_F(RobustnessTest, XmlWithMissingClosingTag) {
  std::string f = dir_.Write("r.xml",
                             "<Sentences>\n"
                             "<Sentence id=\"A-1\" date=\"20000101\"><Text>One.</Text></Sentence>\n"
                             "<Sentence id=\"A-2\" date=\"20000102\">\n<Text>Two.\n</Sentence>\n"
                             "<Sentence id=\"A-3\" date=\"20000103\"><Text>Three.</Text>"
                             "</Sentence>\n</Sentences>\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":4: story A-2: <Text> is never closed")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 3 coded 2 rejected 1");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"A-3\""));
}

TEST_F(RobustnessTest, ConlluLineWithNineColumns) {
  std::string f = dir_.Write("u.conllu",
                             "# newdoc id = d1\n# text = Hello world\n"
                             "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\n"
                             "2\tworld\tworld\tNOUN\tNN\t_\t1\tvocative\t_\t_\n\n"
                             "# newdoc id = d2\n# text = Fine.\n"
                             "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
                             "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n");
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":3: ")) << r.err;
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"d2\"")) << r.out;
  EXPECT_TRUE(Contains(r.LastErrLine(), "rejected 1")) << r.LastErrLine();
}

TEST_F(RobustnessTest, MissingFileIsASetupErrorButOthersAreRead) {
  std::string good = dir_.Write("good.txt", "A story.\n");
  std::string missing = dir_.path() + "/no-such-file.txt";
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(missing) + " " + Quote(good));
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(Contains(r.err, "dyad: " + missing + ": ")) << r.err;
  EXPECT_EQ(r.LastErrLine(), "read 2 coded 1 rejected 1");
  EXPECT_TRUE(Contains(r.out, "\"story_id\":\"good.txt\""));
}

TEST_F(RobustnessTest, StrictStopsAtTheFirstReject) {
  std::string f = dir_.Write("s.jsonl",
                             "{\"id\":\"a\",\"text\":\"First story.\"}\n"
                             "not json\n"
                             "{\"id\":\"c\",\"text\":\"Third story.\"}\n");
  DyadRun r = RunDyad(dir_, "tokenize --strict " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.LastErrLine(), "read 2 coded 1 rejected 1");
  EXPECT_FALSE(Contains(r.out, "\"story_id\":\"c\""));
}

TEST_F(RobustnessTest, UsageErrors) {
  std::string f = dir_.Write("good.txt", "A story.\n");
  for (const char* flags : {"--input csv", "--date 2017-02-30", "--date tomorrow"}) {
    DyadRun r = RunDyad(dir_, std::string("tokenize ") + flags + " " + Quote(f));
    EXPECT_EQ(r.status, 2) << flags << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "dyad: --")) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(RobustnessTest, ForcedFormat) {
  std::string f = dir_.Write("story.data", "{\"id\":\"j1\",\"text\":\"Hello.\"}\n");
  DyadRun auto_run = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_TRUE(Contains(auto_run.out, "\"story_id\":\"j1\"")) << auto_run.out;
  DyadRun text_run = RunDyad(dir_, "tokenize --input text " + Quote(f));
  EXPECT_EQ(text_run.status, 0);
  EXPECT_TRUE(Contains(text_run.out, "\"story_id\":\"story.data\"")) << text_run.out;
}

// Many stories, one bad line in the middle: the count of output sentences matches the good ones.
TEST_F(RobustnessTest, ManyStoriesOneBad) {
  std::string jsonl;
  for (int i = 0; i < 500; ++i) {
    if (i == 250) {
      jsonl += "{\"id\":\"bad\",\"text\":\"\xff\xfe\"}\n";
    } else {
      jsonl += "{\"id\":\"s" + std::to_string(i) + "\",\"text\":\"One sentence here.\"}\n";
    }
  }
  std::string f = dir_.Write("many.jsonl", jsonl);
  DyadRun r = RunDyad(dir_, "tokenize " + Quote(f));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.LastErrLine(), "read 500 coded 499 rejected 1");
  EXPECT_EQ(CountLines(r.out), 499u);
  EXPECT_TRUE(Contains(r.err, "dyad: " + f + ":251: invalid UTF-8")) << r.err;
}

}  // namespace
}  // namespace dyad::testing
