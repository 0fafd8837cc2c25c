// Accuracy floor for `dyad eval examples`: the CAMEO manual's example sentences coded with the
// bundled lexicon and model. The floors sit just under what the code measures today (see the
// numbers below) and are raised as it improves; the targets (event 0.75, source 0.85,
// target 0.80) are reported, not enforced. Skipped without ../shared or the model.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "coder/coder.h"
#include "eval/examples_eval.h"
#include "lexicon/dyad_lexicon.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad::eval {
namespace {

// Measured 2026-11-29 (sixth session) with the tagger ensemble model, the closed-class tagger
// rules and the nominal-root repair that takes the root's own modifiers along ("European
// Community foreign ministers agreed"): sentences 322 event_acc 0.773 source_acc 0.896
// target_acc 0.907 (--beam 4: 0.767 / 0.911 / 0.920); the model of the fifth session measured
// 0.770 / 0.891 / 0.907 (the ensemble model before the two rules: 0.767 / 0.887 / 0.906).
// Measured 2026-11-29 after commit 7d8851b (tree repairs before coding, reported predicates,
// possessed subjects, borders, meeting places, joint acts; tests/golden/coder/repairs.golden,
// speech.golden) with the news-prose parser repairs of e7bb4e5 and the lexicon of that time:
// sentences 322 event_acc 0.767 source_acc 0.903 target_acc 0.915 (--beam 4: 0.780 / 0.912 /
// 0.921).
// Measured 2026-11-29 after commit b587d9f (reported speech and the speaker's country,
// statements not about the speaker's own country, no events between two country-less actors:
// tests/golden/coder/speech.golden), lexicon of that time: sentences 322 event_acc 0.742
// source_acc 0.900 target_acc 0.912 (0.745 / 0.896 / 0.908 before, same lexicon; the event lost
// is a ---REB -> ---MIL dyad that matched only the gold root). With --beam 4: 0.761 / 0.910 /
// 0.919 before and after.
// Measured 2026-11-29 after commit 984b43c (hostile nouns find their actor in a possessor, a
// "by" phrase or an adjective only; bare riot/attack/raid/... nouns): sentences 322 event_acc
// 0.745 source_acc 0.892 target_acc 0.908.
// Measured 2026-11-29 (fourth session, after commit 0e1db92, its lexicon): sentences 322
// event_acc 0.742 source_acc 0.891 target_acc 0.908 (0.742 / 0.879 / 0.908 before protesters
// took the country of the government they face and threats "in" a capital its people) after
// negated intents as refusals, adjectival states ("is opposed to"), adjective "to" clauses,
// domestic measures, adjective sources of hostile nouns, comma-set "by" agents, police at
// home, verb-hung possessors and advcls under a misparsed predicate
// (tests/golden/coder/negation.golden, nominal.golden);
// 0.727 / 0.876 / 0.901 after the first of them (negation, adjectival states).
// Measured 2026-11-29 (third session) with the merged tagger+parser model and the lexicon of
// commit c489745 (require_dyad on, as `dyad code`): sentences 322 event_acc 0.720 source_acc
// 0.871 target_acc 0.896 after the structural coder rules (passive agents on complements and
// things, "in" agents and capitals as places, failed attempts, purpose-clause complements,
// misparsed predicates and subjects, hyphenated-modifier actors:
// tests/golden/coder/structure.golden); the coder before them measured 0.674 / 0.853 / 0.884
// with that lexicon. With the lexicon of 61d6a11 (session start): 0.702 / 0.872 / 0.888, was
// 0.658 / 0.849 / 0.876.
// Earlier, same day: 0.658 / 0.849 / 0.876 (0.661 / 0.845 / 0.876 before nested-adjective topics
// and own-source targets were passed over; 0.658 / 0.844 / 0.876 before the relation-tied
// `agree`/`call`/`hold` entries). History: 0.519 / 0.802 / 0.800 before verb chains; 0.646 /
// 0.822 / 0.895 before the participle recovery; 0.677 / 0.835 / 0.875 with the previous model. The
// figures move with the parser: parser-only retrains of the same code with other seeds or pruning
// gave event_acc 0.655-0.671, source_acc 0.823-0.853, target_acc 0.839-0.876.
constexpr double kEventFloor = 0.77;
constexpr double kSourceFloor = 0.89;
constexpr double kTargetFloor = 0.905;

TEST(ExamplesAccuracy, CameoManualExamplesWithTheBundledLexiconAndModel) {
  std::string file = std::string(DYAD_SHARED_DIR) + "/data/cameo/CAMEO_manual_examples.json";
  std::string model_path = parse::DefaultModelPath();  // $DYAD_MODEL or the bundled model
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "no " << file;
  if (!std::filesystem::exists(model_path)) GTEST_SKIP() << "no " << model_path;

  StatusOr<ExampleFile> examples = ReadExamples(file);
  ASSERT_TRUE(examples.ok()) << examples.status().message();
  StatusOr<lexicon::Lexicon> lex =
      lexicon::LoadDyadLexicon(std::string(DYAD_SOURCE_DIR) + "/data/lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status().message();
  StatusOr<parse::Model> model = parse::Model::Load(model_path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  StatusOr<coder::Coder> coder = coder::Coder::Create(&*lex, {});
  ASSERT_TRUE(coder.ok()) << coder.status().message();

  ExamplesRun run =
      RunExamples(*examples, [&](Story& story) -> StatusOr<std::vector<Event>> {
        DYAD_RETURN_IF_ERROR(tokenizer->Tokenize(story));
        for (Sentence& s : story.sentences) model->Annotate(s);
        return coder->CodeStory(story);
      });
  std::cout << run.total.SummaryLine() << "\n";
  EXPECT_EQ(run.total.sentences, 322u);
  EXPECT_GE(run.total.event_acc(), kEventFloor);
  EXPECT_GE(run.total.source_acc(), kSourceFloor);
  EXPECT_GE(run.total.target_acc(), kTargetFloor);
}

}  // namespace
}  // namespace dyad::eval
