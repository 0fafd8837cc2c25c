// Hand-made cases for the CoNLL 2018 scorer: alignment through character offsets, multiword
// tokens, sentence spans, and the word-attribute metrics (UFeats filter, lemma "_", LAS without
// subtypes).
#include "eval/conll18.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::eval {
namespace {

struct W {
  std::string form;
  int head = -1;
  std::string deprel = "dep";
  std::string upos = "X";
  std::string feats = "_";
  std::string lemma = "_";
};

struct Mwt {
  uint32_t first, last;
  std::string form;
};

Sentence MakeSentence(const std::vector<W>& words, const std::vector<Mwt>& mwts = {}) {
  Sentence s;
  for (const W& w : words) {
    Word word;
    word.form = w.form;
    word.head = w.head;
    word.deprel = w.deprel;
    word.upos = w.upos;
    word.xpos = w.upos;
    word.feats = w.feats;
    word.lemma = w.lemma;
    s.words.push_back(word);
  }
  for (const Mwt& m : mwts) {
    MultiwordToken t;
    t.first = m.first;
    t.last = m.last;
    t.form = m.form;
    for (uint32_t k = m.first; k <= m.last; ++k) {
      s.words[k].multiword = static_cast<int32_t>(s.multiword.size());
    }
    s.multiword.push_back(t);
  }
  return s;
}

std::vector<Story> Doc(std::vector<Sentence> sentences) {
  Story story;
  story.id = "doc1";
  story.sentences = std::move(sentences);
  return {story};
}

ConllScores MustScore(const std::vector<Story>& gold, const std::vector<Story>& system) {
  StatusOr<ConllScores> s = ScoreDocuments(gold, system);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? *s : ConllScores{};
}

TEST(Conll18Test, IdenticalInputsScorePerfect) {
  auto doc = Doc({MakeSentence({{"He", 1, "nsubj"}, {"left", -1, "root"}, {".", 1, "punct"}}),
                  MakeSentence({{"Bye", -1, "root"}})});
  ConllScores s = MustScore(doc, doc);
  EXPECT_DOUBLE_EQ(s.words.F1(), 100.0);
  EXPECT_DOUBLE_EQ(s.tokens.F1(), 100.0);
  EXPECT_DOUBLE_EQ(s.sentences.F1(), 100.0);
  EXPECT_DOUBLE_EQ(s.las.F1(), 100.0);
  EXPECT_EQ(s.words.gold, 4);
  EXPECT_EQ(s.sentences.system, 2);
}

TEST(Conll18Test, SplitWordsAlignWithGoldMultiwordToken) {
  // Gold: "don't" is a multiword token do + n't; system: two plain tokens "do" "n't".
  auto gold = Doc({MakeSentence({{"I"}, {"do"}, {"n't"}, {"know"}}, {{1, 2, "don't"}})});
  auto system = Doc({MakeSentence({{"I"}, {"do"}, {"n't"}, {"know"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 4);
  EXPECT_DOUBLE_EQ(s.words.F1(), 100.0);
  EXPECT_EQ(s.tokens.gold, 3);
  EXPECT_EQ(s.tokens.system, 4);
  EXPECT_EQ(s.tokens.correct, 2);  // "I" and "know"
}

TEST(Conll18Test, MultiwordWordsAlignByFormIgnoringCase) {
  auto gold = Doc({MakeSentence({{"Do"}, {"n't"}}, {{0, 1, "Don't"}})});
  auto system = Doc({MakeSentence({{"do"}, {"n't"}}, {{0, 1, "Don't"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 2);
  EXPECT_EQ(s.tokens.correct, 1);
}

TEST(Conll18Test, UnsplitMultiwordTokenLosesAWord) {
  auto gold = Doc({MakeSentence({{"ca"}, {"n't"}}, {{0, 1, "can't"}})});
  auto system = Doc({MakeSentence({{"can't"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 0);
  EXPECT_EQ(s.words.gold, 2);
  EXPECT_EQ(s.words.system, 1);
  EXPECT_DOUBLE_EQ(s.words.Precision(), 0.0);
}

TEST(Conll18Test, WrongSplitCountsAgainstPrecisionAndRecall) {
  // Gold "e-mail" is one word; the system splits it in three.
  auto gold = Doc({MakeSentence({{"an"}, {"e-mail"}, {"now"}})});
  auto system = Doc({MakeSentence({{"an"}, {"e"}, {"-"}, {"mail"}, {"now"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 2);
  EXPECT_NEAR(s.words.Precision(), 40.0, 1e-9);
  EXPECT_NEAR(s.words.Recall(), 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.words.F1(), 50.0, 1e-9);
}

TEST(Conll18Test, SentencesCompareSpans) {
  auto gold = Doc(
      {MakeSentence({{"A"}, {"."}}), MakeSentence({{"B"}, {"."}}), MakeSentence({{"C"}, {"."}})});
  auto system = Doc({MakeSentence({{"A"}, {"."}, {"B"}, {"."}}), MakeSentence({{"C"}, {"."}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.sentences.correct, 1);
  EXPECT_EQ(s.sentences.gold, 3);
  EXPECT_EQ(s.sentences.system, 2);
  EXPECT_NEAR(s.sentences.F1(), 40.0, 1e-9);
  EXPECT_DOUBLE_EQ(s.words.F1(), 100.0);
}

TEST(Conll18Test, WhitespaceInsideFormsIsIgnored) {
  auto gold = Doc({MakeSentence({{"2 1/2"}, {"miles"}})});
  auto system = Doc({MakeSentence({{"2"}, {"1/2"}, {"miles"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 1);  // "miles"
}

TEST(Conll18Test, DifferentTextsAreAnError) {
  auto gold = Doc({MakeSentence({{"Hello"}})});
  auto system = Doc({MakeSentence({{"Help"}})});
  StatusOr<ConllScores> s = ScoreDocuments(gold, system);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("doc1"), std::string::npos);
}

TEST(Conll18Test, LasIgnoresSubtypes) {
  auto gold = Doc({MakeSentence({{"It", 1, "nsubj:pass"}, {"fell", -1, "root"}})});
  auto system = Doc({MakeSentence({{"It", 1, "nsubj"}, {"fell", -1, "root"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_DOUBLE_EQ(s.uas.F1(), 100.0);
  EXPECT_DOUBLE_EQ(s.las.F1(), 100.0);
}

TEST(Conll18Test, LasNeedsTheSameMainRelation) {
  auto gold = Doc({MakeSentence({{"It", 1, "nsubj"}, {"fell", -1, "root"}})});
  auto system = Doc({MakeSentence({{"It", 1, "obj"}, {"fell", -1, "root"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.uas.correct, 2);
  EXPECT_EQ(s.las.correct, 1);
}

TEST(Conll18Test, HeadMustBeTheAlignedWord) {
  // The system splits "e-mail", so "now"'s head (gold: "e-mail") has no aligned counterpart.
  auto gold = Doc({MakeSentence({{"e-mail", -1, "root"}, {"now", 0, "advmod"}})});
  auto system = Doc({MakeSentence(
      {{"e", -1, "root"}, {"-", 0, "punct"}, {"mail", 0, "x"}, {"now", 0, "advmod"}})});
  ConllScores s = MustScore(gold, system);
  EXPECT_EQ(s.words.correct, 1);
  EXPECT_EQ(s.uas.correct, 0);
  EXPECT_EQ(s.uas.aligned, 1);
}

TEST(Conll18Test, UfeatsKeepsUniversalFeaturesOnly) {
  W g{"cats"};
  g.feats = "Number=Plur|ExtPos=NOUN";
  W sys{"cats"};
  sys.feats = "Number=Plur";
  ConllScores s = MustScore(Doc({MakeSentence({g})}), Doc({MakeSentence({sys})}));
  EXPECT_EQ(s.ufeats.correct, 1);
  W none{"x"};
  none.feats = "_";
  W empty{"x"};
  empty.feats = "";
  s = MustScore(Doc({MakeSentence({none})}), Doc({MakeSentence({empty})}));
  EXPECT_EQ(s.ufeats.correct, 1);
}

TEST(Conll18Test, GoldUnderscoreLemmaMatchesAnything) {
  W g{"went"};
  g.lemma = "_";
  W sys{"went"};
  sys.lemma = "go";
  ConllScores s = MustScore(Doc({MakeSentence({g})}), Doc({MakeSentence({sys})}));
  EXPECT_EQ(s.lemmas.correct, 1);
  g.lemma = "go";
  sys.lemma = "went";
  s = MustScore(Doc({MakeSentence({g})}), Doc({MakeSentence({sys})}));
  EXPECT_EQ(s.lemmas.correct, 0);
}

TEST(Conll18Test, EmptyInputsScoreZeroWithoutError) {
  ConllScores s = MustScore({}, {});
  EXPECT_DOUBLE_EQ(s.words.F1(), 0.0);
}

TEST(Conll18Test, StripToTextKeepsTextAndDropsSentences) {
  auto doc = Doc({MakeSentence({{"A"}})});
  doc[0].text = "A";
  std::vector<Story> stripped = StripToText(doc);
  ASSERT_EQ(stripped.size(), 1u);
  EXPECT_EQ(stripped[0].text, "A");
  EXPECT_EQ(stripped[0].id, "doc1");
  EXPECT_TRUE(stripped[0].sentences.empty());
}

}  // namespace
}  // namespace dyad::eval
