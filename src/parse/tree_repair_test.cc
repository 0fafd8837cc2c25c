#include "parse/tree_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "doc/tree.h"

namespace dyad::parse {
namespace {

// A sentence from (form, upos, xpos, 1-based head, deprel) rows, CoNLL-U style.
struct Row {
  const char* form;
  const char* upos;
  const char* xpos;
  int head;
  const char* deprel;
};

Sentence Make(const std::vector<Row>& rows) {
  Sentence s;
  for (const Row& r : rows) {
    Word w;
    w.form = r.form;
    w.upos = r.upos;
    w.xpos = r.xpos;
    w.head = r.head - 1;
    w.deprel = r.deprel;
    s.words.push_back(w);
  }
  return s;
}

std::vector<int> Heads(const Sentence& s) {
  std::vector<int> heads;
  for (const Word& w : s.words) heads.push_back(w.head + 1);
  return heads;
}

// "Aid workers trapped in Gaza called for a pause ." as the EWT-trained parser left it.
std::vector<Row> Misparsed() {
  return {{"Aid", "NOUN", "NN", 2, "compound"}, {"workers", "NOUN", "NNS", 0, "root"},
          {"trapped", "VERB", "VBN", 2, "acl"}, {"in", "ADP", "IN", 5, "case"},
          {"Gaza", "PROPN", "NNP", 3, "obl"},   {"called", "VERB", "VBD", 3, "parataxis"},
          {"for", "ADP", "IN", 9, "case"},      {"a", "DET", "DT", 9, "det"},
          {"pause", "NOUN", "NN", 6, "obl"},    {".", "PUNCT", ".", 2, "punct"}};
}

TEST(RepairReducedRelative, FiniteVerbUnderParticipleBecomesRoot) {
  Sentence s = Make(Misparsed());
  EXPECT_TRUE(RepairReducedRelative(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{2, 6, 2, 5, 3, 0, 9, 9, 6, 6}));
  EXPECT_EQ(s.words[5].deprel, "root");
  EXPECT_EQ(s.words[1].deprel, "nsubj");
  EXPECT_EQ(s.words[2].deprel, "acl");
}

TEST(RepairReducedRelative, AnyClauseRelationUnderTheParticiple) {
  for (const char* rel : {"conj", "xcomp", "ccomp", "advcl", "dep"}) {
    std::vector<Row> rows = Misparsed();
    rows[5].deprel = rel;
    Sentence s = Make(rows);
    EXPECT_TRUE(RepairReducedRelative(s)) << rel;
    EXPECT_EQ(s.words[5].head, -1) << rel;
  }
  std::vector<Row> rows = Misparsed();
  rows[5].deprel = "obj";  // not a clause
  Sentence s = Make(rows);
  EXPECT_FALSE(RepairReducedRelative(s));
}

TEST(RepairReducedRelative, LeavesOtherTreesAlone) {
  // A comma before the verb: a list or an aside, not a subject and its verb.
  std::vector<Row> comma = Misparsed();
  comma[3] = {",", "PUNCT", ",", 6, "punct"};
  // The verb has its own subject.
  std::vector<Row> subject = Misparsed();
  subject[4] = {"they", "PRON", "PRP", 6, "nsubj"};
  // The verb hangs under a finite verb, not a participle.
  std::vector<Row> finite = Misparsed();
  finite[2].xpos = "VBD";
  // A verb root already.
  std::vector<Row> verb_root = Misparsed();
  verb_root[1] = {"workers", "VERB", "VBZ", 0, "root"};
  for (const auto& rows : {comma, subject, finite, verb_root}) {
    Sentence s = Make(rows);
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairReducedRelative(s));
    EXPECT_EQ(Heads(s), before);
  }
  Sentence empty;
  EXPECT_FALSE(RepairReducedRelative(empty));
}

// "Madagascar 's protesters called for a pause ." with the verb under a noun root.
std::vector<Row> NounRoot() {
  return {{"Madagascar", "PROPN", "NNP", 3, "nmod:poss"},
          {"'s", "PART", "POS", 1, "case"},
          {"protesters", "NOUN", "NNS", 0, "root"},
          {"called", "VERB", "VBD", 3, "acl"},
          {"for", "ADP", "IN", 7, "case"},
          {"a", "DET", "DT", 7, "det"},
          {"pause", "NOUN", "NN", 4, "obl"},
          {".", "PUNCT", ".", 3, "punct"}};
}

// "Venezuelan President Maduro accused Washington ." with an adjective root.
std::vector<Row> AdjectiveRoot() {
  return {{"Venezuelan", "ADJ", "JJ", 0, "root"},   {"President", "PROPN", "NNP", 3, "nmod:desc"},
          {"Maduro", "PROPN", "NNP", 4, "nsubj"},   {"accused", "VERB", "VBD", 1, "advcl"},
          {"Washington", "PROPN", "NNP", 4, "obj"}, {".", "PUNCT", ".", 1, "punct"}};
}

TEST(RepairNominalRoot, VerbWithoutSubjectTakesTheNounAsSubject) {
  Sentence s = Make(NounRoot());
  EXPECT_TRUE(RepairNominalRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{3, 1, 4, 0, 7, 7, 4, 4}));
  EXPECT_EQ(s.words[2].deprel, "nsubj");
  EXPECT_EQ(s.words[3].deprel, "root");
}

TEST(RepairNominalRoot, AdjectiveBeforeTheSubjectModifiesIt) {
  Sentence s = Make(AdjectiveRoot());
  EXPECT_TRUE(RepairNominalRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{2, 3, 4, 0, 4, 4}));
  EXPECT_EQ(s.words[0].deprel, "amod");
}

// "European Community foreign ministers agreed ." with "Community" as the root and the verb,
// which has its own subject, as its appositive.
TEST(RepairNominalRoot, RootWithItsOwnModifiersJoinsTheSubject) {
  Sentence s = Make({{"European", "ADJ", "JJ", 2, "amod"},
                     {"Community", "NOUN", "NN", 0, "root"},
                     {"foreign", "ADJ", "JJ", 4, "amod"},
                     {"ministers", "NOUN", "NNS", 5, "nsubj"},
                     {"agreed", "VERB", "VBD", 2, "appos"},
                     {".", "PUNCT", ".", 2, "punct"}});
  EXPECT_TRUE(RepairNominalRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{2, 4, 4, 5, 0, 5}));
  EXPECT_EQ(s.words[1].deprel, "compound");
  EXPECT_EQ(s.words[4].deprel, "root");
}

TEST(RepairNominalRoot, LeavesOtherTreesAlone) {
  std::vector<Row> copula = NounRoot();  // "... protesters are ..." has its own copula
  copula[1] = {"are", "AUX", "VBP", 3, "cop"};
  std::vector<Row> relative = NounRoot();  // "protesters who called": a relative clause
  relative[1] = {"who", "PRON", "WP", 4, "nsubj"};
  std::vector<Row> comma = {{"protesters", "NOUN", "NNS", 0, "root"},  // an aside
                            {",", "PUNCT", ",", 3, "punct"},
                            {"called", "VERB", "VBD", 1, "acl"},
                            {".", "PUNCT", ".", 1, "punct"}};
  std::vector<Row> participle = NounRoot();  // "protesters called for" as a participle
  participle[3].xpos = "VBN";
  std::vector<Row> verb_root = NounRoot();
  verb_root[2] = {"protested", "VERB", "VBD", 0, "root"};
  std::vector<Row> adjective_alone = AdjectiveRoot();  // the adjective has another dependent
  adjective_alone[1] = {"very", "ADV", "RB", 1, "advmod"};
  for (const auto& rows : {copula, relative, comma, participle, verb_root, adjective_alone}) {
    Sentence s = Make(rows);
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairNominalRoot(s));
    EXPECT_EQ(Heads(s), before);
  }
}

// "In a phone call with Macron , Zelensky said Russia must stop ." with "Zelensky" left as an
// appositive of "Macron" and "said" without a subject.
std::vector<Row> StrandedSubject() {
  return {{"In", "ADP", "IN", 4, "case"},         {"a", "DET", "DT", 4, "det"},
          {"phone", "NOUN", "NN", 4, "compound"}, {"call", "NOUN", "NN", 9, "obl"},
          {"with", "ADP", "IN", 6, "case"},       {"Macron", "PROPN", "NNP", 4, "nmod"},
          {",", "PUNCT", ",", 8, "punct"},        {"Zelensky", "PROPN", "NNP", 6, "appos"},
          {"said", "VERB", "VBD", 0, "root"},     {"Russia", "PROPN", "NNP", 12, "nsubj"},
          {"must", "AUX", "MD", 12, "aux"},       {"stop", "VERB", "VB", 9, "ccomp"},
          {".", "PUNCT", ".", 9, "punct"}};
}

TEST(RepairAppositiveSubject, AppositiveBeforeASubjectlessVerbBecomesItsSubject) {
  Sentence s = Make(StrandedSubject());
  EXPECT_TRUE(RepairAppositiveSubject(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{4, 4, 4, 9, 6, 4, 9, 9, 0, 12, 12, 9, 9}));
  EXPECT_EQ(s.words[7].deprel, "nsubj");
  EXPECT_TRUE(IsProjective(s.words));
  // A two-word name: the flat part goes along.
  Sentence two = Make({{"In", "ADP", "IN", 4, "case"},
                       {"a", "DET", "DT", 4, "det"},
                       {"phone", "NOUN", "NN", 4, "compound"},
                       {"call", "NOUN", "NN", 10, "obl"},
                       {"with", "ADP", "IN", 6, "case"},
                       {"Macron", "PROPN", "NNP", 4, "nmod"},
                       {",", "PUNCT", ",", 8, "punct"},
                       {"Volodymyr", "PROPN", "NNP", 6, "appos"},
                       {"Zelensky", "PROPN", "NNP", 8, "flat"},
                       {"said", "VERB", "VBD", 0, "root"},
                       {"Russia", "PROPN", "NNP", 13, "nsubj"},
                       {"must", "AUX", "MD", 13, "aux"},
                       {"stop", "VERB", "VB", 10, "ccomp"},
                       {".", "PUNCT", ".", 10, "punct"}});
  EXPECT_TRUE(RepairAppositiveSubject(two));
  EXPECT_EQ(Heads(two), (std::vector<int>{4, 4, 4, 10, 6, 4, 10, 10, 8, 0, 13, 13, 10, 10}));
  EXPECT_TRUE(IsProjective(two.words));
}

TEST(RepairAppositiveSubject, LeavesOtherTreesAlone) {
  std::vector<Row> has_subject = StrandedSubject();  // the verb has a subject already
  has_subject[9] = {"Russia", "PROPN", "NNP", 9, "nsubj"};
  std::vector<Row> no_comma = StrandedSubject();
  no_comma[6] = {"and", "CCONJ", "CC", 8, "cc"};
  std::vector<Row> not_finite = StrandedSubject();
  not_finite[8].xpos = "VBG";
  // "Zelensky today said": a word of the verb's between the appositive and the verb.
  std::vector<Row> not_adjacent = {
      {"In", "ADP", "IN", 4, "case"},          {"a", "DET", "DT", 4, "det"},
      {"phone", "NOUN", "NN", 4, "compound"},  {"call", "NOUN", "NN", 10, "obl"},
      {"with", "ADP", "IN", 6, "case"},        {"Macron", "PROPN", "NNP", 4, "nmod"},
      {",", "PUNCT", ",", 8, "punct"},         {"Zelensky", "PROPN", "NNP", 6, "appos"},
      {"today", "NOUN", "NN", 10, "obl:tmod"}, {"said", "VERB", "VBD", 0, "root"},
      {"Russia", "PROPN", "NNP", 13, "nsubj"}, {"must", "AUX", "MD", 13, "aux"},
      {"stop", "VERB", "VB", 10, "ccomp"},     {".", "PUNCT", ".", 10, "punct"}};
  for (const auto& rows : {has_subject, no_comma, not_finite, not_adjacent}) {
    Sentence s = Make(rows);
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairAppositiveSubject(s));
    EXPECT_EQ(Heads(s), before);
  }
}

// "Russia will help Iraq , Lavrov said Monday ." with "said" hung under "Iraq".
Sentence FinalReport(const char* sep = ",", const char* subject_xpos = "NNP") {
  Sentence s = Make({{"Russia", "PROPN", "NNP", 3, "nsubj"},
                     {"will", "AUX", "MD", 3, "aux"},
                     {"help", "VERB", "VB", 0, "root"},
                     {"Iraq", "PROPN", "NNP", 3, "obj"},
                     {sep, "PUNCT", sep, 7, "punct"},
                     {"Lavrov", "PROPN", subject_xpos, 7, "nsubj"},
                     {"said", "VERB", "VBD", 4, "acl:relcl"},
                     {"Monday", "PROPN", "NNP", 7, "obl:unmarked"},
                     {".", "PUNCT", ".", 3, "punct"}});
  s.words[6].lemma = "say";
  return s;
}

TEST(RepairFinalReportingClause, ReportingVerbBecomesRootOfTheQuotedClause) {
  Sentence s = FinalReport();
  EXPECT_TRUE(RepairFinalReportingClause(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{3, 3, 7, 3, 7, 7, 0, 7, 7}));
  EXPECT_EQ(s.words[2].deprel, "ccomp");
  EXPECT_EQ(s.words[6].deprel, "root");
  EXPECT_TRUE(IsProjective(s.words));
}

TEST(RepairFinalReportingClause, LeavesOtherTreesAlone) {
  Sentence no_comma = FinalReport("and");
  Sentence relative = FinalReport(",", "WDT");  // "..., which said ..."
  Sentence object = FinalReport();              // "..., Lavrov added Monday" with an object
  object.words[6].lemma = "add";
  object.words[7].deprel = "obj";
  Sentence not_reporting = FinalReport();
  not_reporting.words[6].lemma = "visit";
  Sentence already_root = Make({{"Russia", "PROPN", "NNP", 3, "nsubj"},
                                {"will", "AUX", "MD", 3, "aux"},
                                {"help", "VERB", "VB", 7, "ccomp"},
                                {"Iraq", "PROPN", "NNP", 3, "obj"},
                                {",", "PUNCT", ",", 7, "punct"},
                                {"Lavrov", "PROPN", "NNP", 7, "nsubj"},
                                {"said", "VERB", "VBD", 0, "root"},
                                {".", "PUNCT", ".", 7, "punct"}});
  already_root.words[6].lemma = "say";
  for (Sentence s : {no_comma, relative, object, not_reporting, already_root}) {
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairFinalReportingClause(s));
    EXPECT_EQ(Heads(s), before);
  }
}

}  // namespace
}  // namespace dyad::parse
