#include "parse/parser.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/binary_io.h"

namespace dyad::parse {
namespace {

// A word with gold tags and tree; head is the 0-based index of the head word, -1 for root.
Word W(std::string form, std::string upos, std::string xpos, int head, std::string deprel) {
  Word w;
  w.form = std::move(form);
  w.upos = std::move(upos);
  w.xpos = std::move(xpos);
  w.head = head;
  w.deprel = std::move(deprel);
  return w;
}

// A tiny treebank: "the N V the N ." (transitive), "the N V ." (intransitive),
// "N V the N" with a proper-noun subject, and passives "the N was V by N ."; nouns and verbs
// vary so that the parser must generalise from tags.
std::vector<Sentence> TinyTreebank() {
  const std::vector<std::string> nouns = {"dog", "cat", "minister", "army", "court", "bank"};
  const std::vector<std::string> verbs = {"saw", "met", "visited", "praised", "attacked"};
  const std::vector<std::string> names = {"Russia", "Iraq", "France", "Lavrov"};
  std::vector<Sentence> out;
  for (size_t i = 0; i < nouns.size(); ++i) {
    for (size_t j = 0; j < verbs.size(); ++j) {
      const std::string& n1 = nouns[i];
      const std::string& n2 = nouns[(i + j + 1) % nouns.size()];
      const std::string& v = verbs[j];
      Sentence a;
      a.words = {W("the", "DET", "DT", 1, "det"),      W(n1, "NOUN", "NN", 2, "nsubj"),
                 W(v, "VERB", "VBD", -1, "root"),      W("the", "DET", "DT", 4, "det"),
                 W(n2, "NOUN", "NN", 2, "obj"),        W(".", "PUNCT", ".", 2, "punct")};
      out.push_back(a);
      Sentence b;
      b.words = {W("the", "DET", "DT", 1, "det"), W(n1, "NOUN", "NN", 2, "nsubj"),
                 W(v, "VERB", "VBD", -1, "root"), W(".", "PUNCT", ".", 2, "punct")};
      out.push_back(b);
      Sentence c;
      c.words = {W(names[(i + j) % names.size()], "PROPN", "NNP", 1, "nsubj"),
                 W(v, "VERB", "VBD", -1, "root"), W("the", "DET", "DT", 3, "det"),
                 W(n2, "NOUN", "NN", 1, "obj")};
      out.push_back(c);
      Sentence d;
      d.words = {W("the", "DET", "DT", 1, "det"),       W(n1, "NOUN", "NN", 3, "nsubj:pass"),
                 W("was", "AUX", "VBD", 3, "aux:pass"), W(v, "VERB", "VBN", -1, "root"),
                 W("by", "ADP", "IN", 5, "case"),       W(names[j % names.size()], "PROPN",
                                                          "NNP", 3, "obl:agent"),
                 W(".", "PUNCT", ".", 3, "punct")};
      out.push_back(d);
    }
  }
  return out;
}

Parser TrainTiny() {
  ParserOptions options;
  options.epochs = 8;
  options.prune = 0.0f;
  StatusOr<Parser> p = Parser::Train(TinyTreebank(), {}, options);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return std::move(p).value();
}

// Checks the tree invariants every parse must satisfy: heads in range, exactly one root
// labelled "root", no cycles.
void ExpectWellFormed(const Sentence& s) {
  int roots = 0;
  const int n = static_cast<int>(s.words.size());
  for (int i = 0; i < n; ++i) {
    const Word& w = s.words[i];
    ASSERT_GE(w.head, -1);
    ASSERT_LT(w.head, n);
    ASSERT_NE(w.head, i);
    ASSERT_FALSE(w.deprel.empty());
    if (w.head == -1) {
      ++roots;
      EXPECT_EQ(w.deprel, "root");
    } else {
      EXPECT_NE(w.deprel, "root");
    }
    int steps = 0;
    for (int h = w.head; h != -1; h = s.words[h].head) ASSERT_LE(++steps, n) << "cycle at " << i;
  }
  EXPECT_EQ(roots, 1);
  EXPECT_TRUE(s.parsed);
}

TEST(ParserTest, LearnsTinyTreebank) {
  Parser parser = TrainTiny();
  // An unseen combination: subject and object nouns never together in training, a new verb.
  Sentence s;
  s.words = {W("the", "DET", "DT", 1, "det"),  W("bank", "NOUN", "NN", 2, "nsubj"),
             W("admired", "VERB", "VBD", -1, "root"), W("the", "DET", "DT", 4, "det"),
             W("army", "NOUN", "NN", 2, "obj"), W(".", "PUNCT", ".", 2, "punct")};
  Sentence parsed = s;
  for (Word& w : parsed.words) {
    w.head = -1;
    w.deprel.clear();
  }
  parser.Parse(parsed);
  ExpectWellFormed(parsed);
  for (size_t i = 0; i < s.words.size(); ++i) {
    EXPECT_EQ(parsed.words[i].head, s.words[i].head) << "word " << i;
    EXPECT_EQ(parsed.words[i].deprel, s.words[i].deprel) << "word " << i;
  }
}

TEST(ParserTest, KeepsRelationSubtypes) {
  Parser parser = TrainTiny();
  Sentence s;
  s.words = {W("the", "DET", "DT", 1, ""), W("court", "NOUN", "NN", 3, ""),
             W("was", "AUX", "VBD", 3, ""), W("met", "VERB", "VBN", -1, ""),
             W("by", "ADP", "IN", 5, ""),  W("Iraq", "PROPN", "NNP", 3, ""),
             W(".", "PUNCT", ".", 3, "")};
  parser.Parse(s);
  ExpectWellFormed(s);
  EXPECT_EQ(s.words[1].deprel, "nsubj:pass");
  EXPECT_EQ(s.words[2].deprel, "aux:pass");
  EXPECT_EQ(s.words[5].deprel, "obl:agent");
}

TEST(ParserTest, EmptySentenceIsLeftAlone) {
  Parser parser = TrainTiny();
  Sentence s;
  parser.Parse(s);
  EXPECT_TRUE(s.words.empty());
}

TEST(ParserTest, OddInputGivesWellFormedTrees) {
  Parser parser = TrainTiny();
  const std::vector<std::vector<std::string>> cases = {
      {"\xF0\x9F\x98\x80"},                                     // one emoji
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE4\xB8\xAD", "!!!"},  // scripts
      {"", "", ""},                                             // empty forms
      {"\xFF\xFE", "the", "\x01"},                              // invalid UTF-8, control byte
  };
  for (const auto& forms : cases) {
    Sentence s;
    for (const std::string& f : forms) {
      Word w;
      w.form = f;  // untagged words too
      s.words.push_back(w);
    }
    parser.Parse(s);
    ExpectWellFormed(s);
  }
}

TEST(ParserTest, TenThousandWordSentence) {
  Parser parser = TrainTiny();
  Sentence s;
  const std::vector<Word> pattern = TinyTreebank()[0].words;
  for (int i = 0; i < 10000; ++i) s.words.push_back(pattern[i % pattern.size()]);
  parser.Parse(s);
  ExpectWellFormed(s);
}

TEST(ParserTest, SaveLoadRoundTrip) {
  Parser parser = TrainTiny();
  BinaryWriter out;
  parser.Save(out);
  BinaryReader in(out.data(), "parser");
  StatusOr<Parser> loaded = Parser::Load(in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(in.AtEnd());
  EXPECT_EQ(loaded->labels(), parser.labels());
  EXPECT_EQ(loaded->num_weights(), parser.num_weights());
  BinaryWriter again;
  loaded->Save(again);
  EXPECT_EQ(again.data(), out.data());
  for (Sentence s : TinyTreebank()) {
    Sentence t = s;
    parser.Parse(s);
    loaded->Parse(t);
    for (size_t i = 0; i < s.words.size(); ++i) {
      EXPECT_EQ(s.words[i].head, t.words[i].head);
      EXPECT_EQ(s.words[i].deprel, t.words[i].deprel);
    }
  }
}

TEST(ParserTest, TruncatedSectionIsAnError) {
  Parser parser = TrainTiny();
  BinaryWriter out;
  parser.Save(out);
  for (size_t keep : {size_t{0}, size_t{3}, size_t{9}, out.data().size() / 2,
                      out.data().size() - 1}) {
    BinaryReader in(std::string_view(out.data()).substr(0, keep), "parser");
    StatusOr<Parser> loaded = Parser::Load(in);
    EXPECT_FALSE(loaded.ok()) << "kept " << keep << " bytes";
  }
}

TEST(ParserTest, TrainingIsDeterministic) {
  BinaryWriter a, b;
  TrainTiny().Save(a);
  TrainTiny().Save(b);
  EXPECT_EQ(a.data(), b.data());
}

TEST(ParserTest, TrainingNeedsTrees) {
  Sentence s;
  s.words = {W("hello", "INTJ", "UH", -1, "")};  // no relation
  StatusOr<Parser> p = Parser::Train({s}, {}, ParserOptions{});
  EXPECT_FALSE(p.ok());
}

TEST(ParserTest, ScoreAttachmentComparesUniversalLabels) {
  std::vector<Sentence> gold = TinyTreebank();
  std::vector<Sentence> pred = gold;
  pred[0].words[1].deprel = "nsubj:pass";  // same universal relation: still right
  pred[0].words[4].deprel = "iobj";        // wrong label, right head
  pred[0].words[0].head = 4;               // wrong head
  AttachmentScore score = ScoreAttachment({gold[0]}, {pred[0]});
  EXPECT_EQ(score.words, 6);
  EXPECT_EQ(score.head_correct, 5);
  EXPECT_EQ(score.label_correct, 4);
}

}  // namespace
}  // namespace dyad::parse
