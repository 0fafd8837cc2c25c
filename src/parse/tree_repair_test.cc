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

// "M23 and the Congolese government signed a deal ." with "M23" as the root and the verb's
// subject as the second conjunct.
TEST(RepairNominalRoot, FirstConjunctOfTheSubjectJoinsIt) {
  Sentence s = Make({{"M23", "NOUN", "NN", 0, "root"},
                     {"and", "CCONJ", "CC", 5, "cc"},
                     {"the", "DET", "DT", 5, "det"},
                     {"Congolese", "ADJ", "JJ", 5, "amod"},
                     {"government", "NOUN", "NN", 6, "nsubj"},
                     {"signed", "VERB", "VBD", 1, "appos"},
                     {"a", "DET", "DT", 8, "det"},
                     {"deal", "NOUN", "NN", 6, "obj"},
                     {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_TRUE(RepairNominalRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{6, 5, 5, 5, 1, 0, 8, 6, 6}));
  EXPECT_EQ(s.words[0].deprel, "nsubj");
  EXPECT_EQ(s.words[4].deprel, "conj");
  EXPECT_EQ(s.words[5].deprel, "root");
  // A conjunction that is not the subject's ("M23 and , signed"): left alone.
  Sentence other = Make({{"M23", "NOUN", "NN", 0, "root"},
                         {"and", "CCONJ", "CC", 1, "cc"},
                         {"rebels", "NOUN", "NNS", 4, "nsubj"},
                         {"signed", "VERB", "VBD", 1, "appos"},
                         {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_FALSE(RepairNominalRoot(other));
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

// "Thousands of supporters of Imran Khan marched on Islamabad ." with "of" as the marker of
// "marched" and "Imran" its subject.
std::vector<Row> PrepositionAsMark() {
  return {{"Thousands", "NOUN", "NNS", 0, "root"}, {"of", "ADP", "IN", 3, "case"},
          {"supporters", "NOUN", "NNS", 1, "nmod"}, {"of", "ADP", "IN", 7, "mark"},
          {"Imran", "PROPN", "NNP", 7, "nsubj"},    {"Khan", "PROPN", "NNP", 5, "flat"},
          {"marched", "VERB", "VBD", 3, "acl"},      {"on", "ADP", "IN", 9, "case"},
          {"Islamabad", "PROPN", "NNP", 7, "obl"},   {".", "PUNCT", ".", 1, "punct"}};
}

TEST(RepairPrepositionAsMark, PrepositionBecomesTheCaseOfItsPhrase) {
  Sentence s = Make(PrepositionAsMark());
  EXPECT_TRUE(RepairPrepositionAsMark(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{7, 3, 1, 5, 3, 5, 0, 9, 7, 7}));
  EXPECT_EQ(s.words[0].deprel, "nsubj");
  EXPECT_EQ(s.words[3].deprel, "case");
  EXPECT_EQ(s.words[4].deprel, "nmod");
  EXPECT_EQ(s.words[6].deprel, "root");
}

TEST(RepairPrepositionAsMark, LeavesOtherTreesAlone) {
  std::vector<Row> subordinator = PrepositionAsMark();  // "after" as SCONJ is a real marker
  subordinator[3] = {"after", "SCONJ", "IN", 7, "mark"};
  std::vector<Row> no_subject = PrepositionAsMark();  // "of marching": no subject
  no_subject[4].deprel = "obj";
  std::vector<Row> verb_root = PrepositionAsMark();  // the root is a verb already
  verb_root[0].upos = "VERB";
  for (const auto& rows : {subordinator, no_subject, verb_root}) {
    Sentence s = Make(rows);
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairPrepositionAsMark(s));
    EXPECT_EQ(Heads(s), before);
  }
}

// "The rebels , who control the north , rejected talks ." with the relative clause's verb as
// the root (two subjects) and the main verb its conj.
std::vector<Row> RelativeClauseRoot() {
  return {{"The", "DET", "DT", 2, "det"},       {"rebels", "NOUN", "NNS", 5, "nsubj"},
          {",", "PUNCT", ",", 5, "punct"},      {"who", "PRON", "WP", 5, "nsubj"},
          {"control", "VERB", "VBP", 0, "root"}, {"the", "DET", "DT", 7, "det"},
          {"north", "NOUN", "NN", 5, "obj"},    {",", "PUNCT", ",", 9, "punct"},
          {"rejected", "VERB", "VBD", 5, "conj"}, {"talks", "NOUN", "NNS", 9, "obj"},
          {".", "PUNCT", ".", 5, "punct"}};
}

TEST(RepairRelativeClauseRoot, MainVerbAfterTheClauseBecomesTheRoot) {
  Sentence s = Make(RelativeClauseRoot());
  EXPECT_TRUE(RepairRelativeClauseRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{2, 9, 5, 5, 2, 7, 5, 5, 0, 9, 9}));
  EXPECT_EQ(s.words[4].deprel, "acl:relcl");
  EXPECT_EQ(s.words[8].deprel, "root");
}

TEST(RepairRelativeClauseRoot, NounRootWithTheMainVerbUnderTheClause) {
  // "Putin , who ruled Russia , signed the law ." with "Putin" as the root.
  Sentence s = Make({{"Putin", "PROPN", "NNP", 0, "root"},
                     {",", "PUNCT", ",", 1, "punct"},
                     {"who", "PRON", "WP", 4, "nsubj"},
                     {"ruled", "VERB", "VBD", 1, "acl:relcl"},
                     {"Russia", "PROPN", "NNP", 4, "obj"},
                     {",", "PUNCT", ",", 7, "punct"},
                     {"signed", "VERB", "VBD", 4, "conj"},
                     {"the", "DET", "DT", 9, "det"},
                     {"law", "NOUN", "NN", 7, "obj"},
                     {".", "PUNCT", ".", 4, "punct"}});
  EXPECT_TRUE(RepairRelativeClauseRoot(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{7, 1, 4, 1, 4, 4, 0, 9, 7, 7}));
  EXPECT_EQ(s.words[0].deprel, "nsubj");
}

TEST(RepairRelativeClauseRoot, LeavesOtherTreesAlone) {
  std::vector<Row> no_comma = RelativeClauseRoot();  // "rebels who control ... rejected"
  no_comma[2] = {"all", "DET", "DT", 2, "det"};
  std::vector<Row> coordinated = RelativeClauseRoot();  // "..., and rejected": the clause's own
  coordinated[7] = {"and", "CCONJ", "CC", 9, "cc"};
  std::vector<Row> has_subject = RelativeClauseRoot();  // "..., they rejected": a clause of its own
  has_subject[9] = {"they", "PRON", "PRP", 9, "nsubj"};
  for (const auto& rows : {no_comma, coordinated, has_subject}) {
    Sentence s = Make(rows);
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairRelativeClauseRoot(s));
    EXPECT_EQ(Heads(s), before);
  }
}

// "Police arrested 45 people after clashes ." with "people" as the measure of "clashes".
std::vector<Row> UnmarkedObject() {
  return {{"Police", "NOUN", "NNS", 2, "nsubj"},    {"arrested", "VERB", "VBD", 0, "root"},
          {"45", "NUM", "CD", 4, "nummod"},         {"people", "NOUN", "NNS", 6, "nmod:unmarked"},
          {"after", "ADP", "IN", 6, "case"},        {"clashes", "NOUN", "NNS", 2, "obl"},
          {".", "PUNCT", ".", 2, "punct"}};
}

TEST(RepairUnmarkedObject, CountedNounBecomesTheObject) {
  Sentence s = Make(UnmarkedObject());
  s.words[3].lemma = "people";
  EXPECT_TRUE(RepairUnmarkedObject(s));
  EXPECT_EQ(Heads(s), (std::vector<int>{2, 0, 4, 2, 6, 2, 2}));
  EXPECT_EQ(s.words[3].deprel, "obj");
}

TEST(RepairUnmarkedObject, LeavesOtherTreesAlone) {
  std::vector<Row> unit = UnmarkedObject();  // "45 minutes after clashes": a real measure
  unit[3].form = "minutes";
  std::vector<Row> no_count = UnmarkedObject();  // "the people after clashes"
  no_count[2] = {"the", "DET", "DT", 4, "det"};
  // "arrested him , 45 people after clashes": the verb has an object already.
  std::vector<Row> has_object = {
      {"Police", "NOUN", "NNS", 2, "nsubj"},  {"arrested", "VERB", "VBD", 0, "root"},
      {"him", "PRON", "PRP", 2, "obj"},       {"45", "NUM", "CD", 5, "nummod"},
      {"people", "NOUN", "NNS", 7, "nmod:unmarked"}, {"after", "ADP", "IN", 7, "case"},
      {"clashes", "NOUN", "NNS", 2, "obl"},   {".", "PUNCT", ".", 2, "punct"}};
  for (const auto& rows : {unit, no_count, has_object}) {
    Sentence s = Make(rows);
    for (Word& w : s.words) {
      w.lemma = w.form == "minutes" ? "minute" : w.form;
    }
    std::vector<int> before = Heads(s);
    EXPECT_FALSE(RepairUnmarkedObject(s)) << rows[3].form;
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
