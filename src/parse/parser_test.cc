#include "parse/parser.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/binary_io.h"
#include "doc/tree.h"

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

// Every arc h -> d dominates the words between h and d.
void ExpectProjective(const Sentence& s) { EXPECT_TRUE(IsProjective(s.words)); }

// Random sentences over the tiny treebank's words with their tags, some with a random tag
// instead: lengths 0..max_len, including untagged words.
std::vector<Sentence> RandomSentences(int count, int max_len, uint64_t seed) {
  std::vector<Word> vocab;
  for (const Sentence& s : TinyTreebank()) {
    for (const Word& w : s.words) vocab.push_back(w);
  }
  std::mt19937_64 rng(seed);
  std::vector<Sentence> out;
  for (int i = 0; i < count; ++i) {
    Sentence s;
    const int len = static_cast<int>(rng() % (max_len + 1));
    for (int j = 0; j < len; ++j) {
      Word w = vocab[rng() % vocab.size()];
      if (rng() % 5 == 0) w.xpos = vocab[rng() % vocab.size()].xpos;
      if (rng() % 11 == 0) w.upos = w.xpos = "";
      w.head = -1;
      w.deprel.clear();
      s.words.push_back(w);
    }
    out.push_back(s);
  }
  return out;
}

void ExpectSameTree(const Sentence& a, const Sentence& b, const std::string& what) {
  ASSERT_EQ(a.words.size(), b.words.size());
  for (size_t i = 0; i < a.words.size(); ++i) {
    EXPECT_EQ(a.words[i].head, b.words[i].head) << what << " word " << i;
    EXPECT_EQ(a.words[i].deprel, b.words[i].deprel) << what << " word " << i;
  }
}

const ParseOptions::Score kScores[] = {ParseOptions::Score::kRaw, ParseOptions::Score::kSoftmax};

TEST(ParserBeamTest, BeamOneIsTheGreedyPath) {
  Parser parser = TrainTiny();
  std::vector<Sentence> sentences = RandomSentences(200, 30, 7);
  for (const Sentence& s : TinyTreebank()) sentences.push_back(s);
  for (const Sentence& original : sentences) {
    Sentence greedy = original;
    parser.Parse(greedy);
    Sentence plain = original;
    EXPECT_EQ(parser.Parse(plain, ParseOptions{}), 0.0);  // beam 1: the greedy code itself
    ExpectSameTree(greedy, plain, "beam 1");
    for (ParseOptions::Score score : kScores) {
      // The beam decoder with one partial parse and no greedy fallback must follow greedy's
      // moves exactly (same scores, same tie-breaking).
      ParseOptions options;
      options.force_beam_decoder = true;
      options.keep_greedy = false;
      options.score = score;
      options.labels_per_move = 1;
      Sentence beam = original;
      parser.Parse(beam, options);
      ExpectSameTree(greedy, beam, "beam decoder, K 1");
    }
  }
}

TEST(ParserBeamTest, TreesAreProjectiveWithOneRoot) {
  Parser parser = TrainTiny();
  for (int k : {2, 4, 8, 16}) {
    for (ParseOptions::Score score : kScores) {
      ParseOptions options;
      options.beam = k;
      options.score = score;
      options.labels_per_move = 3;
      for (Sentence s : RandomSentences(60, 40, 11 + k)) {
        parser.Parse(s, options);
        if (s.words.empty()) {
          EXPECT_FALSE(s.parsed);
          continue;
        }
        ExpectWellFormed(s);
        ExpectProjective(s);
      }
    }
  }
}

TEST(ParserBeamTest, OneWordAndOddInput) {
  Parser parser = TrainTiny();
  ParseOptions options;
  options.beam = 4;
  Sentence one;
  one.words = {W("dog", "NOUN", "NN", 0, "")};
  parser.Parse(one, options);
  ExpectWellFormed(one);
  EXPECT_EQ(one.words[0].head, -1);
  Sentence odd;
  for (const char* f : {"\xFF\xFE", "", "\x01", "\xE4\xB8\xAD"}) {
    Word w;
    w.form = f;
    odd.words.push_back(w);
  }
  parser.Parse(odd, options);
  ExpectWellFormed(odd);
  ExpectProjective(odd);
}

TEST(ParserBeamTest, FindsAParseScoringAtLeastGreedy) {
  Parser parser = TrainTiny();
  for (ParseOptions::Score score : kScores) {
    int better = 0;
    for (Sentence s : RandomSentences(100, 30, 23)) {
      if (s.words.empty()) continue;
      ParseOptions one;
      one.force_beam_decoder = true;
      one.score = score;
      Sentence g = s;
      double greedy_alone = 0;
      const double greedy = parser.Parse(g, one, &greedy_alone);
      EXPECT_DOUBLE_EQ(greedy, greedy_alone);
      ParseOptions options;
      options.beam = 8;
      options.score = score;
      double greedy_seen = 0;
      const double found = parser.Parse(s, options, &greedy_seen);
      EXPECT_DOUBLE_EQ(greedy_seen, greedy);  // the greedy path is tracked, in or out of the beam
      EXPECT_GE(found, greedy);
      better += found > greedy;
    }
    // Random word salad: the beam finds better-scoring parses than greedy for some of it.
    EXPECT_GT(better, 0);
  }
}

TEST(ParserBeamTest, TenThousandWordsInLinearTime) {
  Parser parser = TrainTiny();
  const std::vector<Word> pattern = TinyTreebank()[0].words;
  auto seconds = [&](int words) {
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      Sentence s;
      for (int i = 0; i < words; ++i) s.words.push_back(pattern[i % pattern.size()]);
      ParseOptions options;
      options.beam = 8;
      auto start = std::chrono::steady_clock::now();
      parser.Parse(s, options);
      best = std::min(
          best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      ExpectWellFormed(s);
      ExpectProjective(s);
    }
    return best;
  };
  const double small = seconds(1000);
  const double large = seconds(10000);
  // Linear: about 10 times; quadratic would be about 100 times.
  EXPECT_LT(large, 30 * small + 0.05) << small << "s for 1,000 words, " << large << "s for 10,000";
}

TEST(ParserBeamTest, OutOfRangeOptionsAreClampedNotFatal) {
  Parser parser = TrainTiny();
  for (int beam : {-5, 0, 1000}) {
    for (double temperature : {-1.0, 0.0, 1e-9, 1e9}) {
      for (int labels : {-3, 0, 100}) {
        ParseOptions options;
        options.beam = beam;
        options.temperature = temperature;
        options.labels_per_move = labels;
        options.force_beam_decoder = true;
        for (Sentence s : RandomSentences(5, 50, 31)) {
          parser.Parse(s, options);
          if (s.words.empty()) continue;
          ExpectWellFormed(s);
          ExpectProjective(s);
        }
      }
    }
  }
}

TEST(ParserBeamTest, ScoreNames) {
  ParseOptions::Score score = ParseOptions::Score::kRaw;
  EXPECT_TRUE(ParseScoreFromName("softmax", &score));
  EXPECT_EQ(score, ParseOptions::Score::kSoftmax);
  EXPECT_TRUE(ParseScoreFromName("raw", &score));
  EXPECT_EQ(score, ParseOptions::Score::kRaw);
  EXPECT_FALSE(ParseScoreFromName("margin", &score));
}

}  // namespace
}  // namespace dyad::parse
