// Robustness of the coder on odd input: no lexicon, unparsed sentences, broken trees, long
// sentences. Behaviour per feature is covered by the golden cases (coder_golden_test.cc).
#include "coder/coder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace dyad::coder {
namespace {

lexicon::Lexicon SmallLexicon() {
  lexicon::Lexicon lex;
  lexicon::ParsePetrarchVerbs("v", "####### VERB PATTERNS #######\n--- ATTACK [190] ---\nATTACK\n",
                              &lex.verbs, &lex.diagnostics);
  lexicon::ParsePetrarchActors("RUSSIA [RUS]\nIRAQ [IRQ]\n", "a", &lex.actors, &lex.diagnostics);
  return lex;
}

Story OneSentence(const std::vector<std::tuple<std::string, std::string, int, std::string>>& w) {
  Story story;
  Sentence s;
  for (const auto& [form, upos, head, rel] : w) {
    Word word;
    word.span.begin = static_cast<uint32_t>(story.text.size());
    story.text += form + " ";
    word.span.end = word.span.begin + static_cast<uint32_t>(form.size());
    word.form = form;
    word.lemma = form;
    word.upos = upos;
    word.head = head;
    word.deprel = rel;
    s.words.push_back(word);
  }
  s.span = Span{0, static_cast<uint32_t>(story.text.size())};
  story.sentences.push_back(s);
  return story;
}

// "Al-Rashid attacked Iraq" with the name cut at its hyphen and its pieces parsed as two
// subjects: the pieces are one phrase again, so the name in its second piece is the subject.
TEST(Coder, HyphenatedNameParsedAsTwoSubjectsIsOnePhrase) {
  lexicon::Lexicon lex;
  lexicon::ParsePetrarchVerbs("v", "####### VERB PATTERNS #######\n--- ATTACK [190] ---\nATTACK\n",
                              &lex.verbs, &lex.diagnostics);
  lexicon::ParsePetrarchActors("RASHID [RUS]\nIRAQ [IRQ]\n", "a", &lex.actors,
                               &lex.diagnostics);
  auto coder = Coder::Create(&lex, {});
  ASSERT_TRUE(coder.ok());
  auto build = [](bool joined) {
    Story s = OneSentence({{"Al", "PROPN", 3, "nsubj"},
                           {"-", "PUNCT", 0, "punct"},
                           {"Rashid", "PROPN", 3, "nsubj"},
                           {"attacked", "VERB", -1, "root"},
                           {"Iraq", "PROPN", 3, "obj"}});
    s.sentences[0].words[0].space_after = !joined;
    s.sentences[0].words[1].space_after = !joined;
    return s;
  };
  Story joined = build(true);
  std::vector<Event> ev = coder->CodeStory(joined);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "IRQ");
  // With spaces around the hyphen the words are not one name: no actor for the subject.
  Story spaced = build(false);
  EXPECT_TRUE(coder->CodeStory(spaced).empty());
}

TEST(Coder, NullLexiconIsAnError) { EXPECT_FALSE(Coder::Create(nullptr, {}).ok()); }

TEST(Coder, EmptyLexiconCodesNothing) {
  lexicon::Lexicon lex;
  auto coder = Coder::Create(&lex, {});
  ASSERT_TRUE(coder.ok());
  Story s = OneSentence({{"Russia", "PROPN", 1, "nsubj"}, {"attacked", "VERB", -1, "root"},
                         {"Iraq", "PROPN", 1, "obj"}});
  EXPECT_TRUE(coder->CodeStory(s).empty());
}

TEST(Coder, CodesASimpleSentence) {
  lexicon::Lexicon lex = SmallLexicon();
  auto coder = Coder::Create(&lex, {});
  Story s = OneSentence({{"Russia", "PROPN", 1, "nsubj"}, {"attacked", "VERB", -1, "root"},
                         {"Iraq", "PROPN", 1, "obj"}});
  std::vector<Event> ev = coder->CodeStory(s);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "IRQ");
  EXPECT_EQ(ev[0].code, "190");
  EXPECT_EQ(ev[0].source_text, "Russia");
  EXPECT_EQ(ev[0].event_text, "attacked");
  EXPECT_EQ(ev[0].verb_word, 1);
}

TEST(Coder, UnparsedSentenceCodesNothing) {
  lexicon::Lexicon lex = SmallLexicon();
  auto coder = Coder::Create(&lex, {});
  Story s = OneSentence({{"Russia", "", -1, ""}, {"attacked", "", -1, ""}, {"Iraq", "", -1, ""}});
  EXPECT_TRUE(coder->CodeStory(s).empty());
}

TEST(Coder, CyclicAndOutOfRangeHeadsDoNotHang) {
  lexicon::Lexicon lex = SmallLexicon();
  auto coder = Coder::Create(&lex, {});
  Story s = OneSentence({{"Russia", "PROPN", 2, "nsubj"},
                         {"attacked", "VERB", 2, "xcomp"},
                         {"Iraq", "PROPN", 1, "ccomp"},
                         {"and", "CCONJ", 99, "conj"},
                         {"Iraq", "PROPN", -7, "appos"}});
  (void)coder->CodeStory(s);
  SUCCEED();
}

TEST(Coder, LongSentenceIsCodedQuickly) {
  lexicon::Lexicon lex = SmallLexicon();
  auto coder = Coder::Create(&lex, {});
  std::vector<std::tuple<std::string, std::string, int, std::string>> w;
  w.push_back({"Russia", "PROPN", 1, "nsubj"});
  w.push_back({"attacked", "VERB", -1, "root"});
  for (int i = 2; i < 300; ++i) {
    w.push_back({i % 3 ? "Iraq" : "attacked", i % 3 ? "PROPN" : "VERB", i - 1,
                 i % 3 ? "conj" : "xcomp"});
  }
  Story s = OneSentence(w);
  auto t0 = std::chrono::steady_clock::now();
  (void)coder->CodeStory(s);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 2.0);
}

TEST(Coder, OverBudgetSentenceIsSkipped) {
  lexicon::Lexicon lex = SmallLexicon();
  CoderOptions o;
  o.max_words = 2;
  auto coder = Coder::Create(&lex, o);
  Story s = OneSentence({{"Russia", "PROPN", 1, "nsubj"}, {"attacked", "VERB", -1, "root"},
                         {"Iraq", "PROPN", 1, "obj"}});
  EXPECT_TRUE(coder->CodeStory(s).empty());
}

TEST(ComposeChainCode, GovernorKindOverComplement) {
  struct Case {
    const char* upper;
    const char* lower;
    const char* want;
  };
  const Case cases[] = {
      {"130", "163", "1312"},   // threatened to impose sanctions
      {"130", "161", "1313"},   // threatened to break off relations
      {"130", "1723", "1323"},  // threatened a curfew
      {"130", "190", "138"},    // threatened to attack
      {"130", "191", "1381"},   // threatened a blockade
      {"130", "143", "133"},    // threatened a strike
      {"130", "010", ""},       // nothing threatened: the governor keeps 130
      {"030", "045", "039"},    // offered to mediate
      {"030", "040", "036"},    // agreed to meet
      {"030", "0841", "0353"},  // promised to release prisoners
      {"030", "073", "0333"},   // pledged humanitarian aid
      {"030", "036", "036"},    // an intent stays that intent
      {"030", "190", "138"},    // vowed to attack: a threat
      {"030", "010", ""},       // agreed to say: no intent code
      {"050", "040", "036"},    // PETRARCH's AGREE [050]
      {"020", "046", "026"},    // urged to negotiate
      {"020", "087", "0256"},   // urged to de-escalate
      {"100", "0841", "1053"},  // demanded the release
      {"100", "0832", "1042"},  // demanded a policy change
      {"100", "120", ""},       // demanded that X renounce: the governor keeps 100
      {"120", "040", "125"},    // refused to meet
      {"120", "085", "1244"},   // refused to ease sanctions
      {"0312", "070", ""},      // a specific governor code is kept
      {"010", "040", ""},       // reporting verbs are not governors
      {"13", "190", ""},        // malformed
      {"130", "", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ComposeChainCode(c.upper, c.lower), c.want) << c.upper << " + " << c.lower;
  }
}

TEST(FutureCode, AnnouncedActionIsIntentOrThreat) {
  EXPECT_EQ(FutureCode("042"), "036");
  EXPECT_EQ(FutureCode("071"), "0331");
  EXPECT_EQ(FutureCode("051"), "032");
  EXPECT_EQ(FutureCode("1661"), "136");
  EXPECT_EQ(FutureCode("191"), "1381");
  EXPECT_EQ(FutureCode("1431"), "133");
  EXPECT_EQ(FutureCode("030"), "");  // already an intent
  EXPECT_EQ(FutureCode("010"), "");  // a statement
  EXPECT_EQ(FutureCode("111"), "");  // criticism is not announced
  EXPECT_EQ(FutureCode(""), "");
}

TEST(DefaultNegations, NegatedIntentsAreRefusalsHostileActsNone) {
  const auto m = DefaultNegations();
  struct Row {
    const char* code;
    const char* negated;  // "" = no event
  };
  const Row rows[] = {
      {"010", "011"},   {"060", "121"},   {"081", "1241"},  {"036", "125"},
      {"0353", "1243"}, {"0331", "1221"}, {"0342", "1232"}, {"038", "126"},
      {"037", "127"},   {"030", "120"},   {"190", ""},      {"138", ""},
      {"1823", ""},     {"173", ""},      {"111", ""},      {"040", ""},
  };
  for (const Row& r : rows) {
    auto it = m.find(r.code);
    EXPECT_EQ(it == m.end() ? std::string() : it->second, r.negated) << r.code;
  }
  // Every negated code is a rejection (12x) or a declined comment (011, 016).
  for (const auto& [code, negated] : m) {
    EXPECT_TRUE(negated.starts_with("12") || negated == "011" || negated == "016") << code;
  }
}

TEST(NegationsFromPico, DerivesNegatedCodes) {
  auto m = NegationsFromPico(
      "# comment\n010:0x1000#Say\n011:0x1000-0xFFFF\n110:0x1007f\n050:0x0080\n190:0x00A0\n"
      "bad line\n");
  EXPECT_EQ(m["010"], "011");
  EXPECT_EQ(m["110"], "050");
  EXPECT_EQ(m.count("190"), 0u);
}

}  // namespace
}  // namespace dyad::coder
