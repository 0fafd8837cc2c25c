#include "lexicon/verbs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dyad::lexicon {
namespace {

struct Loaded {
  VerbDictionary dict;
  std::vector<Diagnostic> diags;
};

Loaded Load(const std::string& text) {
  Loaded l;
  ParsePetrarchVerbs("test.verbs", text, &l.dict, &l.diags);
  return l;
}

const Verb* FindForm(const VerbDictionary& d, const std::string& form) {
  const std::vector<uint32_t>* v = d.VerbsForWord(d.LookupWord(form));
  return v == nullptr || v->empty() ? nullptr : &d.verbs()[v->front()];
}

bool HasDiag(const Loaded& l, size_t line, const std::string& part) {
  for (const Diagnostic& d : l.diags) {
    if (d.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(ParseVerbCode, Forms) {
  struct Case {
    std::string text;
    bool ok;
    std::string active, passive;
    bool passive_only;
  } cases[] = {
      {"042", true, "042", "", false},     {"042:043", true, "042", "043", false},
      {":173", true, "", "173", true},     {"---", true, "---", "", false},
      {"174L", true, "174L", "", false},   {"+++", false, "", "", false},
      {"xxy", false, "", "", false},       {"", false, "", "", false},
      {"1:2:3", false, "", "", false},     {"080!", false, "", "", false},
  };
  for (const Case& c : cases) {
    VerbCode code;
    EXPECT_EQ(ParseVerbCode(c.text, &code), c.ok) << c.text;
    if (!c.ok) continue;
    EXPECT_EQ(code.active, c.active) << c.text;
    EXPECT_EQ(code.passive, c.passive) << c.text;
    EXPECT_EQ(code.passive_only, c.passive_only) << c.text;
  }
}

TEST(RegularVerbForms, PetrarchRules) {
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  std::vector<std::string> f = RegularVerbForms("RESTORE");
  EXPECT_TRUE(has(f, "RESTORE") && has(f, "RESTORES") && has(f, "RESTORED") &&
              has(f, "RESTORING"));
  f = RegularVerbForms("CARRY");
  EXPECT_TRUE(has(f, "CARRIES") && has(f, "CARRIED") && has(f, "CARRYING"));
  f = RegularVerbForms("PUSH");
  EXPECT_TRUE(has(f, "PUSHES") && has(f, "PUSHED"));
  EXPECT_EQ(RegularPlurals("TREATY"), std::vector<std::string>{"TREATIES"});
  EXPECT_EQ(RegularPlurals("PACT"), std::vector<std::string>{"PACTS"});
}

TEST(ReadPetrarchVerbs, BlocksVerbsAndForms) {
  Loaded l = Load(
      "####### VERB PATTERNS #######\n"
      "--- MEET [040:040] ---\n"
      "MEET {MEETS MET MEETING}\n"
      "CONFER [041]  # own code\n"
      "--- EXCLUDE [144] ---\n"
      "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\n"
      "WIRE_+TAP {WIRE_+TAPPED}\n");
  EXPECT_TRUE(l.diags.empty());
  ASSERT_EQ(l.dict.blocks().size(), 2u);
  EXPECT_EQ(l.dict.blocks()[0].code.active, "040");
  EXPECT_EQ(l.dict.blocks()[0].code.passive, "040");
  const Verb* met = FindForm(l.dict, "MET");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(l.dict.CodeOf(*met).active, "040");
  const Verb* conferred = FindForm(l.dict, "CONFERRED");
  EXPECT_EQ(conferred, nullptr);  // regular forms only: CONFERED
  const Verb* confers = FindForm(l.dict, "CONFERS");
  ASSERT_NE(confers, nullptr);
  EXPECT_EQ(l.dict.CodeOf(*confers).active, "041");
  const Verb* cordoned = FindForm(l.dict, "CORDONED");
  ASSERT_NE(cordoned, nullptr);
  EXPECT_EQ(cordoned->words, (std::vector<std::string>{"CORDON", "OFF"}));
  EXPECT_EQ(cordoned->verb_index, 0u);
  const Verb* tapped = FindForm(l.dict, "TAPPED");
  ASSERT_NE(tapped, nullptr);
  EXPECT_EQ(tapped->words, (std::vector<std::string>{"WIRE", "TAP"}));
  EXPECT_EQ(tapped->verb_index, 1u);
}

TEST(ReadPetrarchVerbs, PatternsAndSynsets) {
  Loaded l = Load(
      "####### SYNONYM SETS #######\n"
      "&TREATY\n"
      "+TREATY\n"
      "+PEACE_ACCORD\n"
      "&PACTS_\n"
      "+PACT\n"
      "####### VERB PATTERNS #######\n"
      "--- SIGN [057] ---\n"
      "SIGN\n"
      "- * &TREATY (WITH +) [057]\n"
      "- {TRADE PROTOCOL} * ^ $ [084]\n"
      "- * (TO) [:173]\n");
  EXPECT_TRUE(l.diags.empty()) << l.diags[0].ToString();
  const VerbBlock& b = l.dict.blocks()[0];
  ASSERT_EQ(b.patterns.size(), 3u);
  const VerbPattern& p0 = b.patterns[0];
  ASSERT_EQ(p0.after.size(), 3u);
  EXPECT_EQ(p0.after[0].kind, PatternItemKind::kWord);
  EXPECT_EQ(p0.after[1].kind, PatternItemKind::kPrep);
  EXPECT_EQ(p0.after[2].kind, PatternItemKind::kTarget);
  WordSetId treaty = p0.after[0].words[0];
  EXPECT_TRUE(l.dict.InSet(treaty, l.dict.LookupWord("TREATY")));
  EXPECT_TRUE(l.dict.InSet(treaty, l.dict.LookupWord("TREATIES")));  // automatic plural
  ASSERT_EQ(l.dict.MultiWordMembers(treaty).size(), 2u);             // PEACE ACCORD(S)
  EXPECT_EQ(l.dict.LookupWord("PACTS") == kNoWord ||
                !l.dict.InSet(static_cast<WordSetId>(l.dict.FindNamedSet("&PACTS_")),
                              l.dict.LookupWord("PACTS")),
            true);  // '_' suppresses the plural
  const VerbPattern& p1 = b.patterns[1];
  ASSERT_EQ(p1.before.size(), 1u);
  EXPECT_EQ(p1.before[0].kind, PatternItemKind::kPhrase);
  EXPECT_EQ(p1.after[0].kind, PatternItemKind::kSkip);
  EXPECT_EQ(p1.after[1].kind, PatternItemKind::kSource);
  EXPECT_EQ(p1.specificity, 2u);
  EXPECT_TRUE(b.patterns[2].code.passive_only);
  EXPECT_EQ(b.patterns[2].code.passive, "173");
}

TEST(ReadPetrarchVerbs, BadLinesAreReportedAndSkipped) {
  Loaded l = Load(
      "<!-- a comment block\n"
      "spanning lines -->\n"
      "####### VERB PATTERNS #######\n"
      "- * ORPHAN [010]\n"                  // 4: pattern outside a block
      "--- SAY [010] ---\n"
      "SAY {SAYS SAID\n"                    // 6: unbalanced braces
      "- * (ON POLICY [010]\n"              // 7: unbalanced parenthesis
      "- * POLICY [xxy]\n"                  // 8: bad code
      "- POLICY [010]\n"                    // 9: no '*'
      "- * &NOSUCH [010]\n"                 // 10: unknown synset
      "- * POLICY [010\n"                   // 11: unbalanced bracket
      "<! stray line, not the end of patterns\n"
      "- * STATEMENT [012]\n");             // 13: still loaded (PETRARCH2 would stop)
  EXPECT_TRUE(HasDiag(l, 4, "outside a verb block"));
  EXPECT_TRUE(HasDiag(l, 6, "unbalanced braces"));
  EXPECT_TRUE(HasDiag(l, 7, "unbalanced"));
  EXPECT_TRUE(HasDiag(l, 8, "bad code"));
  EXPECT_TRUE(HasDiag(l, 9, "without '*'"));
  EXPECT_TRUE(HasDiag(l, 10, "unknown synset"));
  EXPECT_TRUE(HasDiag(l, 11, "unbalanced brackets"));
  ASSERT_EQ(l.dict.blocks().size(), 1u);
  ASSERT_EQ(l.dict.blocks()[0].patterns.size(), 1u);
  EXPECT_EQ(l.dict.blocks()[0].patterns[0].line, 13u);
}

TEST(ReadPetrarchVerbs, EmptyAndGarbageInputDoNotCrash) {
  Loaded empty = Load("");
  EXPECT_TRUE(empty.dict.blocks().empty());
  std::string garbage;
  for (int i = 0; i < 2000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  Loaded g = Load(garbage + "\n--- [ ---\n- * ( { [ \n+\n&\n~\n");
  SUCCEED();
}

TEST(ReadPetrarchVerbs, MissingFileIsAnError) {
  VerbDictionary d;
  std::vector<Diagnostic> diags;
  EXPECT_FALSE(ReadPetrarchVerbs("/nonexistent/CAMEO.2.0.txt", &d, &diags).ok());
}

}  // namespace
}  // namespace dyad::lexicon
