// Accuracy floors of the committed model on UD English EWT dev, gold tokens, predicted tags
// (label "accuracy"). Floors sit just under the figures measured when the model was committed
// (models/README.md); raise them when the model improves. Skips without ../shared or the model.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"
#include "doc/tree.h"
#include "ingest/conllu.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad::parse {
namespace {

// Measured with the committed model: see models/README.md.
constexpr double kUposFloor = 95.8;  // measured 95.82 (the mean of 8 tagger runs)
constexpr double kUasFloor = 85.6;   // measured 85.66 (with the news-prose repairs)
constexpr double kLasFloor = 82.7;   // measured 82.76
// The opt-in beam (`--beam 4`, softmax scores at temperature 20): measured 86.66 / 83.72.
constexpr double kBeam4UasFloor = 86.6;
constexpr double kBeam4LasFloor = 83.7;

// The committed model, loaded once for the suite; a test skips when the file is absent.
class ParseAccuracyTest : public ::testing::Test {
 protected:
  static std::string ModelPath() {
    return std::string(DYAD_SOURCE_DIR) + "/models/en_ewt.dyadmodel";
  }
  static void SetUpTestSuite() {
    if (std::filesystem::exists(ModelPath())) {
      loaded_ = new StatusOr<Model>(Model::Load(ModelPath()));
    }
  }
  static void TearDownTestSuite() {
    delete loaded_;
    loaded_ = nullptr;
  }
  void SetUp() override {
    if (loaded_ == nullptr) GTEST_SKIP() << "no model at " << ModelPath();
    ASSERT_TRUE(loaded_->ok()) << loaded_->status().ToString();
    model_ = &loaded_->value();
  }
  const Model* model_ = nullptr;

 private:
  static StatusOr<Model>* loaded_;
};
StatusOr<Model>* ParseAccuracyTest::loaded_ = nullptr;

TEST_F(ParseAccuracyTest, EwtDevGoldTokens) {
  const std::string dev_path =
      std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) GTEST_SKIP() << "no EWT dev at " << dev_path;
  StatusOr<std::string> bytes = ReadFile(dev_path);
  ASSERT_TRUE(bytes.ok());
  std::vector<Sentence> gold;
  Status read = ingest::ReadConllu(
      dev_path, *bytes,
      [&](Story&& story) {
        for (Sentence& s : story.sentences) gold.push_back(std::move(s));
      },
      [](const ingest::InputError& e) { ADD_FAILURE() << e.ToString(); });
  ASSERT_TRUE(read.ok()) << read.ToString();
  ASSERT_GT(gold.size(), 1900u);
  std::vector<Sentence> predicted = gold;
  int64_t words = 0, upos = 0;
  for (size_t i = 0; i < predicted.size(); ++i) {
    Sentence& s = predicted[i];
    for (Word& w : s.words) {
      w.upos.clear();
      w.xpos.clear();
      w.feats.clear();
      w.lemma.clear();
      w.head = -1;
      w.deprel.clear();
    }
    model_->Annotate(s);
    for (size_t j = 0; j < s.words.size(); ++j) {
      ++words;
      upos += s.words[j].upos == gold[i].words[j].upos;
    }
  }
  AttachmentScore score = ScoreAttachment(gold, predicted);
  double upos_pct = 100.0 * upos / words;
  RecordProperty("UPOS", std::to_string(upos_pct));
  RecordProperty("UAS", std::to_string(score.Uas()));
  RecordProperty("LAS", std::to_string(score.Las()));
  EXPECT_GE(upos_pct, kUposFloor);
  EXPECT_GE(score.Uas(), kUasFloor);
  EXPECT_GE(score.Las(), kLasFloor);

  // The same tags parsed again with the beam of the quality mode.
  ParseOptions beam;
  beam.beam = 4;
  for (Sentence& s : predicted) model_->parser().Parse(s, beam, nullptr);
  AttachmentScore beam_score = ScoreAttachment(gold, predicted);
  RecordProperty("UAS_beam4", std::to_string(beam_score.Uas()));
  RecordProperty("LAS_beam4", std::to_string(beam_score.Las()));
  EXPECT_GE(beam_score.Uas(), kBeam4UasFloor);
  EXPECT_GE(beam_score.Las(), kBeam4LasFloor);
}

// News prose, written for this test: the main verb must be the root. EWT's web text has many
// verbless fragments and few subjects with participle phrases: before the tagger's
// finite-verb rule (tag/tagger.cc, kFiniteRepairMargin), RepairReducedRelative and
// RepairNominalRoot (parse/tree_repair.h) ten of the first 30 came out with a noun as the root
// ("Israeli troops remained on alert" -> root "troops", its verb tagged VBN). The floor is what the
// committed model gets now; the test prints the failures.
// A sentence of the space-separated tokens, untagged.
Sentence FromTokens(const char* tokens) {
  Sentence s;
  std::istringstream in(tokens);
  for (std::string token; in >> token;) {
    Word w;
    w.form = token;
    s.words.push_back(w);
  }
  return s;
}

TEST_F(ParseAccuracyTest, NewsMainVerbIsRoot) {
  struct Case {
    const char* tokens;  // space-separated
    const char* root;
  };
  const Case cases[] = {
      {"Israeli troops remained on alert after the attack .", "remained"},
      {"Turkish forces shelled Kurdish positions in northern Syria .", "shelled"},
      {"Russian officials denied the report on Monday .", "denied"},
      {"Ukrainian drones struck an oil depot near Moscow .", "struck"},
      {"Sudanese paramilitaries seized the city of El Fasher .", "seized"},
      {"Chinese warships sailed through the Taiwan Strait .", "sailed"},
      {"French troops withdrew from Niger in December .", "withdrew"},
      {"Houthi rebels fired missiles at a cargo ship .", "fired"},
      {"Protesters gathered outside the parliament in Tbilisi .", "gathered"},
      {"Pakistani jets bombed militant hideouts in Afghanistan .", "bombed"},
      {"Iranian negotiators rejected the proposal .", "rejected"},
      {"Venezuelan authorities detained two opposition leaders .", "detained"},
      {"North Korean soldiers crossed the border briefly .", "crossed"},
      {"The rebels released twelve hostages on Sunday .", "released"},
      {"Police arrested five suspects in Nairobi .", "arrested"},
      {"Indian and Chinese commanders held talks at the border .", "held"},
      {"Egyptian mediators proposed a new ceasefire plan .", "proposed"},
      {"Kenyan police officers arrived in Haiti last year .", "arrived"},
      {"Syrian state media reported the strikes .", "reported"},
      {"Armed men kidnapped a priest in northern Nigeria .", "kidnapped"},
      {"Government forces recaptured the town from the rebels .", "recaptured"},
      {"Western diplomats expressed concern over the vote .", "expressed"},
      {"Lebanese officials blamed Israel for the blast .", "blamed"},
      {"Troops stationed in the region said they were ready .", "said"},
      {"The ministers signed an agreement in Cairo .", "signed"},
      {"Saudi officials welcomed the decision .", "welcomed"},
      {"Colombian rebels attacked a police station overnight .", "attacked"},
      {"Aid workers trapped in Gaza called for a pause in the fighting .", "called"},
      {"Somali forces backed by African Union troops regained control of the port .", "regained"},
      {"Soldiers loyal to the general seized the airport .", "seized"},
      {"Thousands of people marched through the capital to demand the resignation of the prime "
       "minister .",
       "marched"},
      {"Police fired tear gas at demonstrators who tried to storm the parliament building .",
       "fired"},
      {"The rebels , who control much of the north , rejected the offer of talks .", "rejected"},
      {"Chinese President Xi Jinping will visit Brazil next month .", "visit"},
      {"The European Union imposed new sanctions on Belarus over the crackdown .", "imposed"},
      {"Two soldiers were killed by a roadside bomb in Kandahar province .", "killed"},
      {"Madagascar 's Gen Z protesters called for the president 's resignation .", "called"},
      {"Venezuelan President Nicolas Maduro accused the United States of seeking regime change .",
       "accused"},
      {"Serbian students blocked roads across the country in protest against corruption .",
       "blocked"},
  };
  // Of 39; measured 39 (38 until RepairRelativeClauseRoot: the greedy parser makes "control"
  // the root of the sentence with a relative clause between subject and verb).
  constexpr int kFloor = 39;
  int right = 0;
  for (const Case& c : cases) {
    Sentence s = FromTokens(c.tokens);
    model_->Annotate(s);
    std::string root;
    for (const Word& w : s.words) {
      if (w.head < 0) root = w.form;
    }
    if (root == c.root) {
      ++right;
    } else {
      std::printf("root \"%s\" instead of \"%s\": %s\n", root.c_str(), c.root, c.tokens);
    }
  }
  EXPECT_GE(right, kFloor);
}

// The project's 792 wire-style sentences (tests/news/README.md), tokenized by dyad: sentences
// whose root is neither a verb nor a predicate with a subject or copula of its own. Measured 0
// with the committed model (73 before the news-prose repairs; 9 with the model before the
// parser's WordNet classes, which fixed "The killing of Charlie Kirk shocked ..." and broke
// "NATO scrambled jets after ..." and "Somali forces backed by U.S. airstrikes killed ...";
// 10 with that model, 5 with the tagger ensemble and the closed-class rules, 1 with the tree
// repairs of the sixth session, 0 with plural nouns before an object as finite-verb candidates);
// the floor is a ceiling here.
TEST_F(ParseAccuracyTest, NewsWireSentencesHaveAPredicateRoot) {
  const std::string text_path = std::string(DYAD_SOURCE_DIR) + "/tests/news/wire-sentences.txt";
  StatusOr<std::string> bytes = ReadFile(text_path);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status().ToString();
  constexpr int kCeiling = 0;
  int sentences = 0, bad = 0;
  std::istringstream lines(*bytes);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    Story story;
    story.text = line;
    ASSERT_TRUE(tokenizer->Tokenize(story).ok()) << line;
    for (Sentence& s : story.sentences) {
      ++sentences;
      model_->Annotate(s);
      bool predicate = false;
      for (size_t i = 0; i < s.words.size(); ++i) {
        const Word& w = s.words[i];
        if (w.head >= 0) continue;
        predicate = w.upos == "VERB" || w.upos == "AUX";
        for (const Word& d : s.words) {
          if (d.head == static_cast<int>(i) &&
              (d.deprel == "nsubj" || d.deprel == "nsubj:pass" || d.deprel == "cop")) {
            predicate = true;
          }
        }
      }
      // The parser's trees are projective, and the tree repairs must keep them so.
      EXPECT_TRUE(IsTree(s.words) && IsProjective(s.words)) << line;
      if (!predicate) {
        ++bad;
        std::printf("no predicate root: %s\n", line.c_str());
      }
    }
  }
  std::printf("%d of %d sentences without a predicate root\n", bad, sentences);
  RecordProperty("no_predicate_root", bad);
  EXPECT_GT(sentences, 780);
  EXPECT_LE(bad, kCeiling);
}

// Words of news the web-text model got wrong: an unknown acronym read as an auxiliary from its
// suffix ("ECOWAS" -> AUX, lemma "ecow"; names take open classes now), a regular past
// lemmatised to a WordNet noun ("hanged" -> "han"; the tag's part of speech is tried first),
// and the slips the closed-class and finite-verb rules of tag/tagger.cc mend.
TEST_F(ParseAccuracyTest, NewsWordsTaggedAndLemmatised) {
  struct Case {
    const char* tokens;
    int word;  // 0-based
    const char* upos;
    const char* lemma;
  };
  const Case cases[] = {
      {"ECOWAS suspended Niger after the coup .", 0, "PROPN", "ECOWAS"},
      {"Iran hanged two protesters on Monday .", 1, "VERB", "hang"},
      {"Israeli troops remained on alert .", 2, "VERB", "remain"},
      // A known word takes only the closed classes seen with it ("set" was PART, "'s").
      {"Jewish settlers in the West Bank city of Hebron set fire to the offices .", 9, "VERB",
       "set"},
      // A WordNet verb seen fewer than twice takes no closed class ("abandon" was ADP).
      {"Opposition groups in Zimbabwe are demanding that President Mugabe abandon his "
       "controversial policy of land confiscations .",
       9, "VERB", "abandon"},
      // An irregular past tagged as an adjective in a verbless clause ("left" was JJ).
      {"The last French troops left Chad .", 4, "VERB", "leave"},
      // A plural noun before an object in a verbless clause ("worries" was NNS).
      {"Russia 's seizure of the Zaporizhzhia nuclear plant worries the IAEA .", 8, "VERB",
       "worry"},
  };
  for (const Case& c : cases) {
    Sentence s = FromTokens(c.tokens);
    model_->Annotate(s);
    EXPECT_EQ(s.words[c.word].upos, c.upos) << c.tokens;
    EXPECT_EQ(s.words[c.word].lemma, c.lemma) << c.tokens;
  }
}

}  // namespace
}  // namespace dyad::parse
