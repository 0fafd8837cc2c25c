// Tests for dyad's own lexicon reader (dyad_actors.h) and the bundled lexicon (dyad_lexicon.h).
#include "lexicon/dyad_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lexicon/dyad_actors.h"
#include "lexicon/normalize.h"

namespace dyad::lexicon {
namespace {

struct Loaded {
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  std::vector<Diagnostic> diags;
  DyadActorCounts counts;

  explicit Loaded(std::string_view text, const std::string& name = "t.lex") {
    DyadActorSinks sinks{&actors, &agents, &discards, &diags, &counts};
    ParseDyadActorText(text, name, sinks);
  }
  std::string Code(const std::string& phrase, int32_t date) const {
    std::vector<std::string> words = SplitPhrase(phrase);
    auto m = actors.LongestMatch(words, 0, date);
    if (!m || m->end != words.size()) return "";
    return m->code;
  }
  size_t Errors() const { return CountErrors(diags); }
};

TEST(DyadDateRange, MonthPrecisionIsInclusive) {
  std::string err;
  auto r = ParseDateRange("2006-05..2014-09", &err);
  ASSERT_TRUE(r) << err;
  EXPECT_EQ(r->from, 20060501);
  EXPECT_EQ(r->to, 20141001);
}

TEST(DyadDateRange, YearDayAndOpenSides) {
  std::string err;
  auto a = ParseDateRange("2000..2003", &err);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->from, 20000101);
  EXPECT_EQ(a->to, 20040101);
  auto b = ParseDateRange("..2012-12-31", &err);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->from, 0);
  EXPECT_EQ(b->to, 20130101);
  auto c = ParseDateRange("2024-02-29..", &err);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->from, 20240229);
  EXPECT_EQ(c->to, 0);
  auto d = ParseDateRange("2014-12..2015-12", &err);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->to, 20160101);
}

TEST(DyadDateRange, RejectsBadRanges) {
  for (const char* bad : {"2006-13..2007", "2023-02-29..", "..", "2010..2009", "20100101..",
                          "2010-5..2011", "abcd..2011", "2010"}) {
    std::string err;
    EXPECT_FALSE(ParseDateRange(bad, &err)) << bad;
    EXPECT_FALSE(err.empty()) << bad;
  }
}

TEST(DyadExpandPhrase, EndingsAndArticle) {
  auto p = ExpandPhrase("foreign minister(s)");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(JoinPhrase(p[0]), "FOREIGN MINISTER");
  EXPECT_EQ(JoinPhrase(p[1]), "FOREIGN MINISTERS");
  auto k = ExpandPhrase("the Kremlin");
  ASSERT_EQ(k.size(), 2u);
  EXPECT_EQ(JoinPhrase(k[0]), "THE KREMLIN");
  EXPECT_EQ(JoinPhrase(k[1]), "KREMLIN");
  EXPECT_EQ(ExpandPhrase("the").size(), 1u);  // a lone "the" stays itself
  EXPECT_TRUE(ExpandPhrase("bad(").empty());
  EXPECT_TRUE(ExpandPhrase("(s)").empty());
  EXPECT_TRUE(ExpandPhrase("   ").empty());
  EXPECT_EQ(ExpandPhrase("a(s) b(s) c(s) d(s) e(s) f(s)").size(), 64u);
  EXPECT_TRUE(ExpandPhrase("a(s) b(s) c(s) d(s) e(s) f(s) g(s)").empty());  // 128: refused
  std::string huge;
  for (int i = 0; i < 40; ++i) huge += "w(s) ";
  EXPECT_TRUE(ExpandPhrase(huge).empty());  // no 2^40 blow-up
}

TEST(DyadActors, SingleLineEntries) {
  Loaded l(
      "# comment\n"
      "country IRQ : Iraq | Republic of Iraq\n"
      "adjective IRQ : Iraqi   # trailing comment\n"
      "capital RUSGOV : Moscow | the Kremlin\n");
  EXPECT_EQ(l.Errors(), 0u);
  EXPECT_EQ(l.Code("Iraq", 0), "IRQ");
  EXPECT_EQ(l.Code("republic of iraq", 0), "IRQ");
  EXPECT_EQ(l.Code("Iraqi", 20170101), "IRQ");
  EXPECT_EQ(l.Code("Kremlin", 0), "RUSGOV");
  EXPECT_EQ(l.Code("the Kremlin", 0), "RUSGOV");
  EXPECT_EQ(l.counts.entries_by_kind["country"], 1u);
  EXPECT_EQ(l.counts.phrases_by_kind["capital"], 3u);
}

TEST(DyadActors, PersonBlockResolvesByDate) {
  Loaded l(
      "person : Nouri al-Maliki | Maliki\n"
      "    IRQGOV 2006-05..2014-09 high   # prime minister\n"
      "    IRQGOV 2014-09..2015-08 medium\n"
      "    IRQELI\n");
  EXPECT_EQ(l.Errors(), 0u) << (l.diags.empty() ? "" : l.diags[0].ToString());
  EXPECT_EQ(l.Code("Maliki", 20100301), "IRQGOV");
  EXPECT_EQ(l.Code("Maliki", 20200301), "IRQELI");
  EXPECT_EQ(l.Code("Nouri al-Maliki", 20060420), "IRQELI");
  EXPECT_EQ(l.counts.person_codes_by_confidence["high"], 1u);
  EXPECT_EQ(l.counts.person_codes_by_confidence["medium"], 1u);
}

TEST(DyadActors, HeaderCodeThenMoreCodes) {
  Loaded l(
      "person RUSGOV 2000-05..2008-05 high : Putin\n"
      "  RUSGOV 2008-05..2012-05 high\n");
  EXPECT_EQ(l.Errors(), 0u);
  EXPECT_EQ(l.Code("Putin", 20100101), "RUSGOV");
  EXPECT_EQ(l.Code("Putin", 19990101), "");
}

TEST(DyadActors, AgentsAndDiscards) {
  Loaded l(
      "agent ~GOV : government | minister(s)\n"
      "agent IGO~ : intergovernmental body\n"
      "agent ~MOSSUN : Sunni(s)\n"
      "discard : football match\n"
      "discard-story : box office\n");
  EXPECT_EQ(l.Errors(), 0u);
  std::vector<std::string> w = {"MINISTERS"};
  auto m = l.agents.LongestMatch(w, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code, "GOV");
  EXPECT_EQ(m->kind, AgentKind::kSuffix);
  std::vector<std::string> s = {"SUNNIS"};
  ASSERT_TRUE(l.agents.LongestMatch(s, 0));
  EXPECT_EQ(l.agents.LongestMatch(s, 0)->code, "MOSSUN");
  std::vector<std::string> ig = {"INTERGOVERNMENTAL", "BODY"};
  ASSERT_TRUE(l.agents.LongestMatch(ig, 0));
  EXPECT_EQ(l.agents.LongestMatch(ig, 0)->kind, AgentKind::kPrefix);
  EXPECT_EQ(l.discards.count(DiscardLevel::kSentence), 1u);
  EXPECT_EQ(l.discards.count(DiscardLevel::kStory), 1u);
}

TEST(DyadActors, NotShadowsShorterName) {
  Loaded l(
      "country TUR : Turkey\n"
      "not : roast turkey\n");
  EXPECT_EQ(l.Errors(), 0u);
  EXPECT_EQ(l.Code("roast turkey", 0), "---");
  EXPECT_EQ(l.Code("Turkey", 0), "TUR");
}

// One malformed line per case: each must give exactly one error naming line 2, and the good
// line 1 must still load.
TEST(DyadActors, BadLinesAreReportedWithTheirLine) {
  const char* bad[] = {
      "widget USA : thing",                          // unknown kind
      "name USA America",                            // no ':'
      "name USA : America | | US",                   // empty phrase
      "name usa! : America",                         // bad code character
      "person : Someone\n  USAGOV 2001..2000 high",  // reversed range (reported on line 3)
      "person USAGOV 2001..2004 : Someone",          // dated person code without confidence
      "name USA 2001..2002 sure : America",          // unknown token after the code
      "agent GOV : official",                        // agent code without '~'
      "not USA : the",                               // `not` takes no code
      "  USA",                                       // continuation with nothing above... after
                                                     // a committed entry it belongs to it
      "name : Nowhere",                              // no code at all
      "region MEA : bad(",                           // malformed ending
      "name USA : Am\xff"
      "erica",    // invalid UTF-8
      "include",  // include without a path
  };
  for (const char* line : bad) {
    std::string text = std::string("country USA : United States\n") + line + "\n";
    Loaded l(text);
    if (std::string(line) == "  USA") {
      // Indented right after a country entry: a second code for it, legal.
      EXPECT_EQ(l.Errors(), 0u) << line;
      continue;
    }
    ASSERT_EQ(l.Errors(), 1u) << line;
    size_t want = std::string(line).find('\n') != std::string::npos ? 3 : 2;
    EXPECT_EQ(l.diags[0].line, want) << line;
    EXPECT_EQ(l.Code("United States", 0), "USA") << line;
  }
}

// Random lines built from the format's own tokens and from random bytes: the reader must not
// crash or hang, and every error must name a line of the input.
TEST(DyadActors, RandomInputNeverCrashes) {
  const char* pieces[] = {"person", "name",   "agent", "not",        " : ",          "|",
                          "IRQ",    "~GOV",   "GOV~",  "2001..2003", "..",           "high",
                          "(s)",    "(",      ")",     "#",          "include",      "  ",
                          "\t",     "\xff",   "\xc3",  "Iraq",       "2020-02-30..", "discard",
                          "city",   "USAGOV", "x"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 8;
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    size_t lines = 1 + next() % 8;
    for (size_t l = 0; l < lines; ++l) {
      size_t n = next() % 9;
      for (size_t k = 0; k < n; ++k) {
        if (next() % 7 == 0) {
          text += static_cast<char>(next() % 256);
        } else {
          text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
        }
      }
      text += '\n';
    }
    Loaded l(text, "/nonexistent/dir/random.lex");
    size_t total = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const Diagnostic& d : l.diags) EXPECT_LE(d.line, total) << d.ToString();
  }
}

TEST(DyadActors, IndentedLineWithoutEntryIsAnError) {
  Loaded l("  USAGOV 2001..2002 high\n");
  ASSERT_EQ(l.Errors(), 1u);
  EXPECT_EQ(l.diags[0].line, 1u);
}

TEST(DyadActors, ConflictingUndatedCodesWarn) {
  Loaded l(
      "name USA : America\n"
      "name AME : America\n");
  EXPECT_EQ(l.Errors(), 0u);
  ASSERT_EQ(l.diags.size(), 2u);  // the conflict, and AME is no CAMEO code
  EXPECT_EQ(l.Code("America", 0), "USA");
}

TEST(DyadActors, UnknownCameoCodeIsKeptWithWarning) {
  Loaded l("name XQZ : Xqzland\n");
  EXPECT_EQ(l.Errors(), 0u);
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(l.Code("Xqzland", 0), "XQZ");
}

TEST(DyadActors, IncludesAreFollowedOnceAndMissingOnesReported) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dyad_lexicon_test_inc";
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "root.lex") << "include sub/a.lex\ninclude sub/a.lex\ninclude nope.lex\n";
  std::ofstream(dir / "sub" / "a.lex") << "country FRA : France\ninclude ../root.lex\n";
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  std::vector<Diagnostic> diags;
  DyadActorCounts counts;
  DyadActorSinks sinks{&actors, &agents, &discards, &diags, &counts};
  ASSERT_TRUE(ReadDyadActorFile((dir / "root.lex").string(), sinks).ok());
  EXPECT_EQ(counts.files, 2u);
  EXPECT_EQ(CountErrors(diags), 1u);  // nope.lex
  EXPECT_EQ(diags.size(), 3u);        // + the cycle and the second include
  std::vector<std::string> w = {"FRANCE"};
  EXPECT_TRUE(actors.LongestMatch(w, 0, 0));
  EXPECT_FALSE(ReadDyadActorFile((dir / "absent.lex").string(), sinks).ok());
  fs::remove_all(dir);
}

TEST(DyadLexicon, MissingFolderIsAnError) {
  EXPECT_FALSE(LoadDyadLexicon("/nonexistent/dyad/lexicon").ok());
  auto d = CheckDyadLexicon("/nonexistent/dyad/lexicon");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::kError);
}

// The lexicon shipped in data/lexicon must check clean: no errors (warnings are listed).
TEST(DyadLexicon, BundledLexiconChecksClean) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/data/lexicon";
  std::vector<Diagnostic> diags = CheckDyadLexicon(dir);
  for (const Diagnostic& d : diags) {
    if (d.severity == Diagnostic::Severity::kError) ADD_FAILURE() << d.ToString();
  }
  auto lex = LoadDyadLexicon(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT(lex->actors.size(), 1000u);
  EXPECT_GT(lex->agents.size(), 100u);
}

TEST(DyadLexicon, BundledLexiconKnowsKeyActors) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/data/lexicon";
  auto lex = LoadDyadLexicon(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  struct Case {
    const char* phrase;
    int32_t date;
    const char* code;
  };
  const Case cases[] = {
      {"Iraq", 20170725, "IRQ"},
      {"Iraqis", 20170725, "IRQ"},
      {"the Kremlin", 20170725, "RUSGOV"},
      {"Downing Street", 20170725, "GBRGOV"},
      {"the Pentagon", 20170725, "USAMIL"},
      {"Maliki", 20100101, "IRQGOV"},
      {"Kosovo", 20170725, "KSV"},
      {"Nouri al-Maliki", 20170725, "IRQGOV"},  // vice president then
      {"Trump", 20180601, "USAGOV"},
      {"Trump", 20220601, "USAOPP"},
      {"Trump", 20250601, "USAGOV"},
      {"Biden", 20220601, "USAGOV"},
      {"Taliban", 20150101, "AFGREBTAL"},
      {"Taliban", 20220101, "AFGGOVTAL"},
      {"Niger Delta", 20170725, "NGA"},
      {"roast turkey", 20170725, "---"},
      {"Brussels", 20170725, "IGOEUREEC"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> words = SplitPhrase(c.phrase);
    auto m = lex->actors.LongestMatch(words, 0, c.date);
    ASSERT_TRUE(m) << c.phrase;
    EXPECT_EQ(m->end, words.size()) << c.phrase;
    EXPECT_EQ(m->code, c.code) << c.phrase;
  }
}

}  // namespace
}  // namespace dyad::lexicon
