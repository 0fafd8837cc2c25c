#include "ingest/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "base/file.h"

namespace dyad::ingest {
namespace {

struct Result {
  std::vector<Story> stories;
  std::vector<InputError> errors;
};

Result Read(std::string_view text) {
  Result r;
  Status s = ReadConllu(
      "t.conllu", text, [&](Story&& st) { r.stories.push_back(std::move(st)); },
      [&](const InputError& e) { r.errors.push_back(e); });
  EXPECT_TRUE(s.ok());
  return r;
}

const char kTwoDocs[] =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Yes.\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# text = Next para\n"
    "1\tNext\tnext\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tpara\tpara\tNOUN\tNN\t_\t0\troot\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# text = Hi\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

TEST(ReadConllu, RebuildsStoryTextWithParagraphs) {
  Result r = Read(kTwoDocs);
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.stories[0].id, "d1");
  EXPECT_EQ(r.stories[0].text, "I don't know. Yes.\n\nNext para");
  EXPECT_EQ(r.stories[1].text, "Hi");
  ASSERT_EQ(r.stories[0].sentences.size(), 3u);
  EXPECT_EQ(r.stories[0].sentences[0].paragraph, 0);
  EXPECT_EQ(r.stories[0].sentences[1].paragraph, 0);
  EXPECT_EQ(r.stories[0].sentences[2].paragraph, 1);
}

TEST(ReadConllu, WordSpansPointIntoText) {
  Result r = Read(kTwoDocs);
  const Story& s = r.stories[0];
  const Sentence& first = s.sentences[0];
  ASSERT_EQ(first.words.size(), 5u);
  std::vector<std::string> got;
  for (const Word& w : first.words) got.emplace_back(s.SpanText(w.span));
  EXPECT_EQ(got, (std::vector<std::string>{"I", "do", "n't", "know", "."}));
  ASSERT_EQ(first.multiword.size(), 1u);
  EXPECT_EQ(s.SpanText(first.multiword[0].span), "don't");
  EXPECT_EQ(first.words[1].multiword, 0);
  EXPECT_FALSE(first.words[1].space_after);
  EXPECT_TRUE(first.words[2].space_after);
  EXPECT_FALSE(first.words[3].space_after);
  EXPECT_EQ(s.SpanText(s.sentences[1].span), "Yes.");
}

TEST(ReadConllu, ReadsTagsAndTree) {
  Result r = Read(kTwoDocs);
  const Sentence& s = r.stories[0].sentences[0];
  EXPECT_TRUE(s.tagged);
  EXPECT_TRUE(s.parsed);
  EXPECT_EQ(s.words[0].head, 3);
  EXPECT_EQ(s.words[3].head, -1);
  EXPECT_EQ(s.words[3].deprel, "root");
  EXPECT_EQ(s.words[2].lemma, "not");
  EXPECT_EQ(s.words[2].xpos, "RB");
}

TEST(ReadConllu, WithoutNewdocTheFileIsOneStory) {
  Result r = Read("1\tHello\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                  "1\tBye\t_\t_\t_\t_\t_\t_\t_\t_\n");
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "t.conllu");
  EXPECT_EQ(r.stories[0].text, "Hello! Bye");
  EXPECT_FALSE(r.stories[0].sentences[0].parsed);
  EXPECT_FALSE(r.stories[0].sentences[0].tagged);
}

TEST(ReadConllu, NineColumnsIsReportedAndSentenceSkipped) {
  Result r = Read("# newdoc id = d\n# text = A b\n1\tA\t_\t_\t_\t_\t0\troot\t_\n"
                  "2\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n\n# text = C\n1\tC\t_\t_\t_\t_\t0\troot\t_\t_\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].where, "t.conllu:3");
  EXPECT_EQ(r.errors[0].story_id, "d");
  EXPECT_NE(r.errors[0].message.find("10 tab-separated columns, found 9"), std::string::npos);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "C");
}

TEST(ReadConllu, HeadOutOfRangeIsReported) {
  Result r = Read("1\tA\t_\t_\t_\t_\t5\tdep\t_\t_\n\n");
  EXPECT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.stories.empty());
}

TEST(ReadConllu, GarbageNeverCrashes) {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  Result r = Read(junk);
  EXPECT_FALSE(r.errors.empty());
  Read("");
  Read("\n\n\n");
  Read("# text = only a comment\n");
  Read("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n");  // range without its words
  Read("1\t\t_\t_\t_\t_\t0\troot\t_\t_\n");
}

TEST(ReadConllu, TextMismatchFallsBackToTokens) {
  Result r = Read("# text = Something else\n1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "Hello");
  EXPECT_EQ(r.stories[0].SpanText(r.stories[0].sentences[0].words[0].span), "Hello");
}

TEST(WriteConllu, RoundTripsThroughReader) {
  Result r = Read(kTwoDocs);
  std::string out;
  for (size_t i = 0; i < r.stories[0].sentences.size(); ++i) out += WriteConllu(r.stories[0], i);
  Result again = Read("# newdoc id = d1\n" + out);
  ASSERT_EQ(again.stories.size(), 1u);
  // Paragraph marks are not written, so the text joins with spaces.
  EXPECT_EQ(again.stories[0].text, "I don't know. Yes. Next para");
  const Sentence& s = again.stories[0].sentences[0];
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[2].lemma, "not");
  EXPECT_EQ(s.words[0].head, 3);
  EXPECT_NE(out.find("Span=2:4"), std::string::npos);
}

TEST(ReadConllu, ReadsEwtDev) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  auto bytes = ReadFile(path);
  if (!bytes.ok()) GTEST_SKIP() << "no shared data";
  Result r = Read(*bytes);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  size_t sentences = 0, words = 0;
  for (const Story& s : r.stories) {
    sentences += s.sentences.size();
    for (const Sentence& st : s.sentences) {
      words += st.words.size();
      for (const Word& w : st.words) {
        if (w.multiword < 0) {
          ASSERT_EQ(s.SpanText(w.span), w.form) << s.id;
        }
      }
    }
  }
  EXPECT_EQ(sentences, 2001u);
  EXPECT_GT(words, 25000u);
}

}  // namespace
}  // namespace dyad::ingest
