#include "ontology/ontology.h"

#include <gtest/gtest.h>

namespace dyad::ontology {
namespace {

const Ontology& O() { return Ontology::Cameo(); }

TEST(OntologyTest, HasAllCameoCodes) {
  EXPECT_EQ(O().codes().size(), 311u);  // CAMEO 1.1b3: 20 roots + 291 codes
  EXPECT_EQ(O().codes().front().code, "01");
}

struct CodeCase {
  const char* code;
  const char* root;
  int quad;
  double goldstein;
  const char* plover_event;
};

TEST(OntologyTest, KnownCodesTable) {
  const CodeCase cases[] = {
      {"010", "01", 1, 0.0, ""},         // statements: no PLOVER event
      {"020", "02", 1, 3.0, "REQUEST"},  // appeals -> REQUEST
      {"0311", "03", 1, 5.2, "AGREE"},    {"057", "05", 1, 8.0, "SUPPORT"},
      {"061", "06", 2, 6.4, "COOPERATE"}, {"084", "08", 2, 7.0, "RETREAT"},
      {"080", "08", 2, 5.0, "CONCEDE"},   {"090", "09", 2, -2.0, "ACCUSE"},
      {"112", "11", 3, -2.0, "ACCUSE"},   {"145", "14", 3, -7.5, "PROTEST"},
      {"150", "15", 4, -7.2, "MOBILIZE"}, {"173", "17", 4, -5.0, "COERCE"},
      {"190", "19", 4, -10.0, "ASSAULT"}, {"2042", "20", 4, -10.0, "ASSAULT"},
  };
  for (const CodeCase& c : cases) {
    SCOPED_TRACE(c.code);
    ASSERT_NE(O().Find(c.code), nullptr);
    EventCodeInfo e = O().Describe(c.code);
    EXPECT_TRUE(e.known);
    EXPECT_EQ(e.root, c.root);
    EXPECT_EQ(e.quad, c.quad);
    EXPECT_DOUBLE_EQ(e.goldstein, c.goldstein);
    EXPECT_EQ(e.plover.event, c.plover_event);
  }
}

TEST(OntologyTest, QuadClassesFollowGdelt) {
  for (const CodeInfo& c : O().codes()) {
    int root = std::stoi(c.code.substr(0, 2));
    int want = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(c.quad, want) << c.code;
  }
}

TEST(OntologyTest, PloverModeAndContext) {
  const PloverInfo p = O().Plover("0871");
  EXPECT_EQ(p.event, "RETREAT");
  EXPECT_EQ(p.mode, "ceasefire");
  EXPECT_EQ(p.context, "military");
  EXPECT_EQ(O().Plover("196").context, "legal;military");
}

TEST(OntologyTest, UnknownCodesUseTheirRoot) {
  for (const char* code : {"904", "345", "802", "174L"}) {
    SCOPED_TRACE(code);
    EXPECT_EQ(O().Find(code), nullptr);
    EXPECT_FALSE(O().IsKnown(code));
  }
  EventCodeInfo e = O().Describe("174L");
  EXPECT_FALSE(e.known);
  EXPECT_EQ(e.root, "17");
  EXPECT_EQ(e.quad, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, O().Find("17")->goldstein);
  EXPECT_EQ(e.plover.event, "COERCE");
  EXPECT_EQ(O().Describe("345").quad, 0);     // "34" is not a CAMEO root
  EXPECT_EQ(O().Describe("802").root, "80");  // first two digits, as the brief says
  EXPECT_EQ(O().Describe("802").quad, 0);
  // "90" is not a root: nothing to inherit.
  EventCodeInfo bad = O().Describe("904");
  EXPECT_EQ(bad.root, "90");
  EXPECT_EQ(bad.quad, 0);
  EXPECT_EQ(bad.plover.event, "");
}

TEST(OntologyTest, ActorCodes) {
  EXPECT_TRUE(O().IsKnownActorCode("USA"));
  EXPECT_TRUE(O().IsKnownActorCode("USAGOV"));
  EXPECT_TRUE(O().IsKnownActorCode("IGOWAF"));
  EXPECT_TRUE(O().IsKnownActorCode("---GOV"));
  EXPECT_TRUE(O().IsKnownActorCode("KSV"));
  EXPECT_TRUE(O().IsKnownActorCode("IRQREBMUS"));
  std::string bad;
  EXPECT_FALSE(O().IsKnownActorCode("USAXQZ", &bad));
  EXPECT_EQ(bad, "XQZ");
  EXPECT_FALSE(O().IsKnownActorCode("USAG"));
  EXPECT_FALSE(O().IsKnownActorCode(""));
  EXPECT_GT(O().actor_unit_count(), 900u);
}

TEST(OntologyTest, FromTsvReportsBadRows) {
  std::vector<std::string> errors;
  Ontology o = Ontology::FromTsv(
      "code\tname\tgoldstein\tquad\n01\tX\t0.0\t1\n0x\tBad\t1\t1\n02\tY\tabc\t1\n03\tZ\t1\t9\n"
      "04\tOnly",
      "kind\tcode\tlabel\ncountry\tUSA\tUS\nplanet\tMAR\tMars\ntype\tGOVX\tbad\n", &errors);
  EXPECT_EQ(o.codes().size(), 1u);
  EXPECT_EQ(errors.size(), 6u);
  EXPECT_TRUE(o.IsKnownActorUnit("USA"));
  EXPECT_FALSE(o.IsKnownActorUnit("MAR"));
}

}  // namespace
}  // namespace dyad::ontology
