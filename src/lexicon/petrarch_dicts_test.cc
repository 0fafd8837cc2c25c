// Golden cases for the PETRARCH-format actor, agent, discard and issue readers, the
// dictionaries' matching, and the loading of the real Phoenix and validation files.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "base/file.h"
#include "lexicon/lexicon.h"
#include "lexicon/normalize.h"

namespace dyad::lexicon {
namespace {

std::vector<std::string> W(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == std::string_view::npos) sp = text.size();
    if (sp > pos) out.push_back(NormalizeWord(text.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  return out;
}

bool HasDiagnostic(const std::vector<Diagnostic>& diags, size_t line, std::string_view part) {
  for (const Diagnostic& d : diags) {
    if (d.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

std::string Dump(const std::vector<Diagnostic>& diags) {
  std::string s;
  for (const Diagnostic& d : diags) s += d.ToString() + "\n";
  return s;
}

// --- Normalisation ------------------------------------------------------------------------

TEST(NormalizeTest, Table) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"Russia", "RUSSIA"},
      {"u.s.", "U.S."},
      {"Sánchez", "SANCHEZ"},
      {"Côte", "COTE"},
      {"d\u2019Ivoire", "D'IVOIRE"},
      {"al\u2013Qaeda", "AL-QAEDA"},
      {"Z\x1a"
       "roual",
       "ZROUAL"},
      {"Nig\xEF\xBF\xBD"
       "eria",
       "NIGERIA"},
      {"\xEF\xAC\x81"
       "nance",
       "FINANCE"},  // ligature fi
      {"Москва", "МОСКВА"},
      {"", ""},
      {"\xff\xfe", ""},  // invalid UTF-8 only
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeWord(c.in), c.out) << c.in;
}

TEST(NormalizeTest, SplitPhrase) {
  EXPECT_EQ(SplitPhrase("UNITED_STATES_"), (std::vector<std::string>{"UNITED", "STATES"}));
  EXPECT_EQ(SplitPhrase("  hamas wing "), (std::vector<std::string>{"HAMAS", "WING"}));
  EXPECT_TRUE(SplitPhrase("___").empty());
}

// --- Actors -------------------------------------------------------------------------------

struct DateCase {
  int32_t date;
  const char* code;  // nullptr = no match
};

class ActorDatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ParsePetrarchActors(
        "SAM_GAMGEE [HOB]  # default\n"
        "\t[HOBCIV <20080120]\n"
        "\t[ORCHOB 20100109-20100112] # overrides the next\n"
        "\t[HOBMIL 20080120-20121109]\n"
        "\t[HOBGOV 20121109-20130119]\n"
        "\t[HOBELI >20130119]\n"
        "GOLLUM\n"
        "+SMEAGOL\n"
        "\t[HOB < 950601]\n"
        "\t[HOBGOV 19950601 - 19990815]\n"
        "\t[HOBREB > 990816]\n"
        "BARE [AAA 20121204]\n",
        "t.actors.txt", &dict_, &diags_);
  }
  const char* Code(const char* phrase, int32_t date) {
    std::vector<std::string> w = W(phrase);
    auto m = dict_.LongestMatch(w, 0, date);
    if (!m) return nullptr;
    code_ = m->code;
    return code_.c_str();
  }
  ActorDictionary dict_;
  std::vector<Diagnostic> diags_;
  std::string code_;
};

TEST_F(ActorDatesTest, NoDiagnostics) { EXPECT_TRUE(diags_.empty()) << Dump(diags_); }

TEST_F(ActorDatesTest, SamGamgeeResolution) {
  const DateCase cases[] = {
      {20000101, "HOBCIV"}, {20080119, "HOBCIV"},  // < is exclusive
      {20080120, "HOBMIL"},                        // range start inclusive
      {20100108, "HOBMIL"}, {20100109, "ORCHOB"},  // earlier entry wins inside its range
      {20100111, "ORCHOB"}, {20100112, "HOBMIL"},  // range end exclusive
      {20121108, "HOBMIL"}, {20121109, "HOBGOV"},
      {20130118, "HOBGOV"}, {20130119, "HOBELI"},  // > means >=
      {0, "HOB"},                                  // undated story: the undated entry
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.date);
    const char* got = Code("Sam Gamgee", c.date);
    ASSERT_NE(got, nullptr);
    EXPECT_STREQ(got, c.code);
  }
}

TEST_F(ActorDatesTest, SixDigitDatesAndSynonyms) {
  const DateCase cases[] = {
      {19950531, "HOB"},    {19950601, "HOBGOV"},
      {19990814, "HOBGOV"}, {19990815, nullptr},  // gap: no entry applies, and no default
      {19990816, "HOBREB"}, {0, "HOB"},  // undated story, no undated entry: the first entry
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.date);
    for (const char* name : {"Gollum", "Smeagol"}) {
      const char* got = Code(name, c.date);
      if (c.code == nullptr) {
        EXPECT_EQ(got, nullptr) << name;
      } else {
        ASSERT_NE(got, nullptr) << name;
        EXPECT_STREQ(got, c.code) << name;
      }
    }
  }
}

TEST_F(ActorDatesTest, BareDateKeepsAllDigits) {
  EXPECT_EQ(Code("bare", 20121203), nullptr);
  EXPECT_STREQ(Code("bare", 20121204), "AAA");
}

TEST(ActorReaderTest, CenturyPivot) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors("A [X >300101]\nB [Y >310101]\n", "t", &d, &diags);
  EXPECT_EQ((*d.Find(W("a")))[0].date_from, 20300101);
  EXPECT_EQ((*d.Find(W("b")))[0].date_from, 19310101);
  EXPECT_TRUE(diags.empty()) << Dump(diags);
}

TEST(ActorReaderTest, LongestMatchAndSynonyms) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors(
      "UNITED_STATES_  [USA]\n+USA \n+U.S.  #comment\n"
      "UNITED_STATES_SENATE [USALEG]\n"
      "HAMAS WING [PSEHMSBRD]\n",
      "t", &d, &diags);
  EXPECT_TRUE(diags.empty()) << Dump(diags);
  EXPECT_EQ(d.size(), 5u);
  std::vector<std::string> words = W("the United States Senate met U.S. officials");
  auto m = d.LongestMatch(words, 1, 20170101);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code, "USALEG");
  EXPECT_EQ(m->begin, 1u);
  EXPECT_EQ(m->end, 4u);
  m = d.LongestMatch(words, 5, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code, "USA");
  EXPECT_FALSE(d.LongestMatch(words, 0, 0));
  EXPECT_FALSE(d.LongestMatch(words, 99, 0));  // past the end
  // "United States" without "Senate": falls back to the shorter phrase.
  std::vector<std::string> w2 = W("United States said");
  m = d.LongestMatch(w2, 0, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code, "USA");
  EXPECT_EQ(m->end, 2u);
  ASSERT_TRUE(d.LongestMatch(W("Hamas wing"), 0, 0));
}

TEST(ActorReaderTest, ConsecutiveNamesShareCodes) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors(
      "IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\n+JOSIPOVIC_\n\t[HRVGOV >20120219]\n"
      "LONELY_\nNEXT [NXT]\n",
      "t", &d, &diags);
  for (const char* name : {"ivo josipovic", "president josipovic", "josipovic"}) {
    auto m = d.LongestMatch(W(name), 0, 20130101);
    ASSERT_TRUE(m) << name;
    EXPECT_EQ(m->code, "HRVGOV");
  }
  EXPECT_EQ(d.Find(W("lonely")), nullptr);
  ASSERT_EQ(diags.size(), 1u) << Dump(diags);
  EXPECT_EQ(diags[0].line, 5u);
  EXPECT_NE(d.Find(W("next")), nullptr);
}

TEST(ActorReaderTest, DuplicatesAccumulate) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors("GONDOR [GON]\nGONDOR\n\t[GONGOV >20000101]\nGONDOR [GON]\nGONDOR [ARN]\n",
                      "t", &d, &diags);
  const auto* list = d.Find(W("gondor"));
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->size(), 4u);
  auto m = d.LongestMatch(W("gondor"), 0, 20100101);
  EXPECT_EQ(m->code, "GONGOV");  // dated entry from the second block
  EXPECT_EQ(d.LongestMatch(W("gondor"), 0, 19900101)->code, "GON");
  // Only the conflicting default is reported.
  ASSERT_EQ(diags.size(), 1u) << Dump(diags);
  EXPECT_EQ(diags[0].line, 5u);
  EXPECT_NE(diags[0].message.find("conflicting"), std::string::npos);
}

TEST(ActorReaderTest, CommentsAndDamagedBytes) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors(
      "\xEF\xBB\xBF<!-- header -->\n"
      "<!-- \n# inside\nHIDDEN [XXX]\n# -->\n"
      "AFTER_COMMENT [ACM]\r\n"
      "<! -- old style -->\n"
      "A <!-- mid --> B [ABX]\n"
      "LIAMINE_Z\x1aROUAL_  [DZAGOV]\n"
      "+COTE_D\xEF\xBF\xBDIVOIRE_\n",
      "t", &d, &diags);
  EXPECT_EQ(d.Find(W("hidden")), nullptr);
  ASSERT_NE(d.Find(W("after comment")), nullptr);  // the line after the block is read
  EXPECT_NE(d.Find(W("A B")), nullptr);
  EXPECT_NE(d.Find(W("LIAMINE ZROUAL")), nullptr);
  EXPECT_NE(d.Find(W("COTE DIVOIRE")), nullptr);
  EXPECT_TRUE(HasDiagnostic(diags, 9, "damaged"));
  EXPECT_TRUE(HasDiagnostic(diags, 10, "damaged"));
  EXPECT_EQ(diags.size(), 2u) << Dump(diags);
}

TEST(ActorReaderTest, MalformedLinesAreReported) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors(
      "+ORPHAN\n"                            // 1 synonym before any name
      "\t[ORP]\n"                            // 2 code before any name
      "OPEN [ABC\n"                          // 3 unbalanced
      "CLOSE ABC]\n"                         // 4 stray ]
      "BADDATE [ABC 9912319]\n"              // 5 7 digits
      "BADMONTH [ABC >991331]\n"             // 6 month 13
      "BACKWARDS [ABC 20100101-20000101]\n"  // 7 empty range
      "NOCODE\n"                             // 8 no code (reported at flush)
      "GLUED [AAA950601-990815]\n"           // 9 date glued to code
      "DATEONLY [950601-990815]\n"           // 10 no code
      "WEIRD [A#B]\n"                        // 11 '#' starts a comment: unbalanced
      "TEN [ABC 2012120401-20130101]\n"      // 12 10 digits
      "GOOD [GOO]\n",
      "t", &d, &diags);
  for (size_t line : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) {
    EXPECT_TRUE(HasDiagnostic(diags, line, "")) << "line " << line << "\n" << Dump(diags);
  }
  EXPECT_TRUE(HasDiagnostic(diags, 3, "unbalanced"));
  EXPECT_TRUE(HasDiagnostic(diags, 4, "unbalanced"));
  EXPECT_TRUE(HasDiagnostic(diags, 7, "bad date range"));
  EXPECT_TRUE(HasDiagnostic(diags, 8, "no code"));
  EXPECT_NE(d.Find(W("good")), nullptr);
  for (const Diagnostic& diag : diags) EXPECT_EQ(diag.file, "t");
}

TEST(ActorReaderTest, GarbageNeverCrashes) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    const char alphabet[] = "AB_[]<>-+#!{}~ \t\n0123456789\x1a\xef\xbf\xbd";
    junk.push_back(alphabet[(x >> 16) % (sizeof(alphabet) - 1)]);
  }
  ActorDictionary a;
  AgentDictionary g;
  DiscardList dl;
  IssueDictionary is;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors(junk, "j", &a, &diags);
  ParsePetrarchAgents(junk, "j", &g, &diags);
  ParsePetrarchDiscards(junk, "j", &dl, &diags);
  ParsePetrarchIssues(junk, "j", &is, &diags);
  EXPECT_FALSE(diags.empty());
}

TEST(ActorReaderTest, HashBeforeCommentOpenerDoesNotOpenABlock) {
  ActorDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchActors("FOO [FOO] # <!-- not a block\nBAR [BAR]\n<!DOCTYPE x>\nBAZ [BAZ]\n", "t", &d,
                      &diags);
  EXPECT_NE(d.Find(W("bar")), nullptr);
  EXPECT_NE(d.Find(W("baz")), nullptr);  // a `<!` line without "-->" is one line, not a block
  EXPECT_TRUE(diags.empty()) << Dump(diags);
}

TEST(ActorReaderTest, MutatedRealFilesNeverCrash) {
  std::string dir = std::string(DYAD_SHARED_DIR) + "/data/petrarch/validate-ptb/";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared data";
  std::string texts[3];
  const char* names[3] = {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                          "PETR.Validate.discards.txt"};
  for (int f = 0; f < 3; ++f) {
    StatusOr<std::string> t = ReadFile(dir + names[f]);
    ASSERT_TRUE(t.ok());
    texts[f] = *t;
  }
  uint32_t x = 7;
  auto next = [&x]() {
    x = x * 1103515245u + 12345u;
    return x >> 8;
  };
  const char specials[] = "[]<>!{}~+_#-\n\t \x1a\xef";
  for (int round = 0; round < 200; ++round) {
    std::string t = texts[round % 3];
    for (int k = 0; k < 20; ++k) {
      size_t pos = next() % t.size();
      switch (next() % 3) {
        case 0:
          t[pos] = specials[next() % (sizeof(specials) - 1)];
          break;
        case 1:
          t.erase(pos, 1 + next() % 8);
          break;
        default:
          t.insert(pos, t.substr(next() % t.size(), 1 + next() % 16));
          break;
      }
    }
    ActorDictionary a;
    AgentDictionary g;
    DiscardList dl;
    IssueDictionary is;
    std::vector<Diagnostic> diags;
    ParsePetrarchActors(t, "m", &a, &diags);
    ParsePetrarchAgents(t, "m", &g, &diags);
    ParsePetrarchDiscards(t, "m", &dl, &diags);
    ParsePetrarchIssues(t, "m", &is, &diags);
    std::vector<std::string> words = W("the united states and gondor rebels said baseball");
    for (size_t i = 0; i < words.size(); ++i) {
      a.LongestMatch(words, i, 20100101);
      g.LongestMatch(words, i);
    }
    dl.Match(words);
    is.Find(words);
  }
}

// --- Agents -------------------------------------------------------------------------------

TEST(AgentReaderTest, PluralsPrefixSuffixAndSubstitution) {
  AgentDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchAgents(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
      "!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n"
      "FOREIGN_!MINIST! [~GOV]\n"
      "CATTLE!PERSON! [~AGR]\n"
      "REBEL [~REB]\n"
      "MILITIA [~UAF]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "POLICE {} [ ~COP]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "CHAIRMAN [~ELI]\n"
      "BUS_COMPANY_BOSS [~BUS]\n",
      "a.txt", &d, &diags);
  EXPECT_TRUE(diags.empty()) << Dump(diags);
  struct Case {
    const char* text;
    const char* code;  // nullptr = absent
    AgentKind kind;
  } cases[] = {
      {"foreign minister", "GOV", AgentKind::kSuffix},
      {"foreign ministries", "GOV", AgentKind::kSuffix},
      {"foreign ministerses", nullptr, AgentKind::kSuffix},  // no plural on substituted entries
      {"cattlewomen", "AGR", AgentKind::kSuffix},
      {"rebels", "REB", AgentKind::kSuffix},
      {"militias", "UAF", AgentKind::kSuffix},
      {"militia", "UAF", AgentKind::kSuffix},
      {"attorneys general", "JUD", AgentKind::kSuffix},
      {"attorney generals", nullptr, AgentKind::kSuffix},  // explicit plural replaces automatic
      {"police", "COP", AgentKind::kSuffix},
      {"polices", nullptr, AgentKind::kSuffix},  // {} = no plural
      {"human rights body", "NGO", AgentKind::kPrefix},
      {"human rights bodies", "NGO", AgentKind::kPrefix},
      {"chairmen", "ELI", AgentKind::kSuffix},
      {"bus company bosses", "BUS", AgentKind::kSuffix},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const AgentEntry* e = d.Find(W(c.text));
    if (!c.code) {
      EXPECT_EQ(e, nullptr);
      continue;
    }
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->code, c.code);
    EXPECT_EQ(e->kind, c.kind);
  }
}

TEST(AgentReaderTest, LongestMatchAndCompose) {
  AgentDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchAgents("MINISTER [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\nHUMAN_RIGHTS_BODY [NGO~]\n",
                      "a", &d, &diags);
  std::vector<std::string> words = W("Iraqi foreign minister said");
  auto m = d.LongestMatch(words, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->code, "GOVFRM");
  EXPECT_EQ(m->end, 3u);
  EXPECT_FALSE(d.LongestMatch(words, 0));
  EXPECT_EQ(ComposeActorAgent("IRQ", *d.LongestMatch(W("minister"), 0)), "IRQGOV");
  EXPECT_EQ(ComposeActorAgent("IRQGOV", "GOV", AgentKind::kSuffix), "IRQGOV");
  EXPECT_EQ(ComposeActorAgent("", "GOV", AgentKind::kSuffix), "---GOV");
  EXPECT_EQ(ComposeActorAgent("WAF", *d.LongestMatch(W("human rights body"), 0)), "NGOWAF");
  EXPECT_EQ(ComposeActorAgent("NGOWAF", "NGO", AgentKind::kPrefix), "NGOWAF");
}

TEST(AgentReaderTest, MalformedLines) {
  AgentDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchAgents(
      "NO_CODE_HERE\n"                // 1
      "BOTH [~GOV~]\n"                // 2
      "NEITHER [GOV]\n"               // 3
      "UNKNOWN!SET! [~GOV]\n"         // 4
      "OPENBRACE {X [~GOV]\n"         // 5
      "TWO [~GOV] [~MIL]\n"           // 6
      "REBEL [~REB]\nREBEL [~MIL]\n"  // 8 conflicting duplicate
      "!LOOP! = A!LOOP!, B\n"         // 9 a set that would expand forever
      "X!LOOP! [~GOV]\n",             // 10 ... so it is unknown here
      "a", &d, &diags);
  for (size_t line : {1, 2, 3, 4, 5, 6, 8, 9, 10}) {
    EXPECT_TRUE(HasDiagnostic(diags, line, "")) << line << "\n" << Dump(diags);
  }
  EXPECT_EQ(d.Find(W("rebel"))->code, "REB");
}

// --- Discards -----------------------------------------------------------------------------

TEST(DiscardTest, MatchesAnywhereIncludingTheEnd) {
  DiscardList d;
  std::vector<Diagnostic> diags;
  ParsePetrarchDiscards(
      "# comment\nBASEBALL\nYEARS LATER\n+TYPHOON # story\nGROUP A_\n1914\nCHAMPION\n"
      "+ World Golf Championships\n",
      "d", &d, &diags);
  EXPECT_TRUE(diags.empty()) << Dump(diags);
  EXPECT_EQ(d.count(DiscardLevel::kSentence), 5u);
  EXPECT_EQ(d.count(DiscardLevel::kStory), 2u);
  struct Case {
    const char* text;
    const char* phrase;  // nullptr = no discard
    DiscardLevel level;
  } cases[] = {
      {"we like baseball", "BASEBALL", DiscardLevel::kSentence},  // at the very end
      {"Baseball is fun", "BASEBALL", DiscardLevel::kSentence},
      {"two years years later", "YEARS LATER", DiscardLevel::kSentence},  // restart after partial
      {"a typhoon hit", "TYPHOON", DiscardLevel::kStory},
      {"typhoons hit", "TYPHOON", DiscardLevel::kStory},  // the last word is a stem
      {"group a", "GROUP A", DiscardLevel::kSentence},
      {"group as", nullptr, DiscardLevel::kSentence},  // '_' = exact
      {"in 1914 ,", "1914", DiscardLevel::kSentence},
      {"the champions won", "CHAMPION", DiscardLevel::kSentence},
      {"Russia championed the deal", "CHAMPION", DiscardLevel::kSentence},  // a stem
      {"group affairs", nullptr, DiscardLevel::kSentence},
      {"at the world golf championships", "WORLD GOLF CHAMPIONSHIPS", DiscardLevel::kStory},
      {"years", nullptr, DiscardLevel::kSentence},
      {"", nullptr, DiscardLevel::kSentence},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto m = d.Match(W(c.text));
    if (!c.phrase) {
      EXPECT_FALSE(m);
      continue;
    }
    ASSERT_TRUE(m);
    EXPECT_EQ(m->phrase, c.phrase);
    EXPECT_EQ(m->level, c.level);
  }
  auto m = d.Match(W("two years years later"));
  EXPECT_EQ(m->begin, 2u);
  EXPECT_EQ(m->end, 4u);
  EXPECT_FALSE(d.Match(W("a typhoon hit"), DiscardLevel::kSentence));
}

// --- Issues -------------------------------------------------------------------------------

TEST(IssueTest, FormsIgnoresAndCounts) {
  IssueDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchIssues(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "n:teacher [TEACHERS]\n"
      "pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"
      "head start [EARLY_CHILDHOOD_EDUCATION]\n"
      "~a head start\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\n"
      "oil [ENERGY]\n"
      "solar+v:power [RENEWABLE_ENERGY]\n"
      "~olive oil\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"EUROPEAN_UNION\" TYPE=\"ALL\">\n"
      "eec [EUROPEAN_UNION]\n"
      "~~electronic engine control\n"
      "</ISSUE>\n",
      "i", &d, &diags);
  EXPECT_TRUE(diags.empty()) << Dump(diags);
  EXPECT_EQ(d.section_count(), 3u);
  using R = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(d.Find(W("teachers and a teacher")), (R{{"TEACHERS", 2}}));
  EXPECT_EQ(d.Find(W("new preschools")), R{});  // '+' gives blank and hyphen forms only
  EXPECT_EQ(d.Find(W("pre-school")), (R{{"EARLY_CHILDHOOD_EDUCATION", 1}}));
  EXPECT_EQ(d.Find(W("pre-schools")), (R{{"EARLY_CHILDHOOD_EDUCATION", 1}}));
  EXPECT_EQ(d.Find(W("pre schools")), (R{{"EARLY_CHILDHOOD_EDUCATION", 1}}));
  EXPECT_EQ(d.Find(W("they got a head start")), R{});
  EXPECT_EQ(d.Find(W("the head start program")), (R{{"EARLY_CHILDHOOD_EDUCATION", 1}}));
  EXPECT_EQ(d.Find(W("olive oil and crude oil")), (R{{"ENERGY", 1}}));
  EXPECT_EQ(d.Find(W("solar powered teachers")), (R{{"RENEWABLE_ENERGY", 1}, {"TEACHERS", 1}}));
  EXPECT_EQ(d.Find(W("the eec said")), (R{{"EUROPEAN_UNION", 1}}));
  EXPECT_EQ(d.Find(W("the eec ( electronic engine control ) and oil")), (R{{"ENERGY", 1}}));
}

TEST(IssueTest, MalformedLines) {
  IssueDictionary d;
  std::vector<Diagnostic> diags;
  ParsePetrarchIssues(
      "<ISSUE CATEGORY=\"X\">\n"
      "nocode\n"           // 2
      "bad [A] [B]\n"      // 3
      "open [A\n"          // 4
      "~ignored [CODE]\n"  // 5 warning
      "</ISSUE>\n"
      "</ISSUE>\n",  // 7
      "i", &d, &diags);
  for (size_t line : {2, 3, 4, 5, 7}) {
    EXPECT_TRUE(HasDiagnostic(diags, line, "")) << line << "\n" << Dump(diags);
  }
}

// --- File discovery and the real dictionaries ------------------------------------------

std::string Shared(const std::string& rel) { return std::string(DYAD_SHARED_DIR) + "/" + rel; }

TEST(PetrarchFilesTest, FindsPhoenixFiles) {
  if (!std::filesystem::exists(Shared("data/petrarch/phoenix"))) GTEST_SKIP() << "no shared data";
  auto files = FindPetrarchFiles(Shared("data/petrarch/phoenix"));
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_NE(files->verbs.find("CAMEO.2.0.txt"), std::string::npos);
  ASSERT_EQ(files->actors.size(), 3u);
  EXPECT_NE(files->actors[0].find("Countries"), std::string::npos);
  EXPECT_NE(files->agents.find("Phoenix.agents.txt"), std::string::npos);
  EXPECT_NE(files->discards.find("Phoenix.discards.txt"), std::string::npos);
  EXPECT_NE(files->issues.find("Phoenix.IssueCoding.txt"), std::string::npos);
  EXPECT_FALSE(FindPetrarchFiles(Shared("data/petrarch/no-such-dir")).ok());
  EXPECT_FALSE(FindPetrarchFiles(Shared("data/cameo")).ok());  // no verbs, no actors
}

}  // namespace
}  // namespace dyad::lexicon

namespace dyad::lexicon {
namespace {

struct LoadCounts {
  const char* dir;
  size_t actor_phrases, actor_entries, agents, discards, story_discards, issues, ignores, sections,
      errors, warnings;  // diagnostics from the non-verb files
};

// Counts measured on the shared copies (see SOURCES.md for their origin); a change here means
// the readers changed behaviour, so look at why before updating them.
TEST(PetrarchFilesTest, LoadsRealDictionaries) {
  const LoadCounts cases[] = {
      {"phoenix", 34347, 49258, 5182, 506, 64, 4282, 198, 52, 31, 39},
      {"validate-ptb", 160, 177, 165, 9, 4, 0, 0, 0, 0, 1},
      {"validate-ud", 162, 179, 165, 9, 4, 0, 0, 0, 0, 1},
  };
  for (const LoadCounts& c : cases) {
    SCOPED_TRACE(c.dir);
    std::string dir = Shared(std::string("data/petrarch/") + c.dir);
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared data";
    auto files = FindPetrarchFiles(dir);
    ASSERT_TRUE(files.ok()) << files.status().ToString();
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t cpu0 = std::clock();
    StatusOr<Lexicon> lex = LoadPetrarchLexicon(*files);
    std::clock_t cpu1 = std::clock();
    auto t1 = std::chrono::steady_clock::now();
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    std::cout << c.dir << ": " << lex->description << "; loaded in "
              << static_cast<double>(cpu1 - cpu0) / CLOCKS_PER_SEC << " s CPU, "
              << std::chrono::duration<double>(t1 - t0).count() << " s wall\n";
    EXPECT_EQ(lex->actors.size(), c.actor_phrases);
    EXPECT_EQ(lex->actors.entry_count(), c.actor_entries);
    EXPECT_EQ(lex->agents.size(), c.agents);
    EXPECT_EQ(lex->discards.size(), c.discards);
    EXPECT_EQ(lex->discards.count(DiscardLevel::kStory), c.story_discards);
    EXPECT_EQ(lex->issues.size(), c.issues);
    EXPECT_EQ(lex->issues.ignore_count(), c.ignores);
    EXPECT_EQ(lex->issues.section_count(), c.sections);
    size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : lex->diagnostics) {
      if (d.file == files->verbs) continue;  // the verb reader has its own tests
      (d.severity == Diagnostic::Severity::kError ? errors : warnings)++;
    }
    EXPECT_EQ(errors, c.errors);
    EXPECT_EQ(warnings, c.warnings);
  }
}

TEST(PetrarchFilesTest, PhoenixLookups) {
  std::string dir = Shared("data/petrarch/phoenix");
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared data";
  auto files = FindPetrarchFiles(dir);
  ASSERT_TRUE(files.ok());
  files->verbs.clear();
  StatusOr<Lexicon> lex = LoadPetrarchLexicon(*files);
  ASSERT_TRUE(lex.ok());
  auto actor = [&](const char* text, int32_t date) -> std::string {
    auto m = lex->actors.LongestMatch(W(text), 0, date);
    return m ? m->code : "";
  };
  EXPECT_EQ(actor("Afghanistan", 20150101), "AFG");
  EXPECT_EQ(actor("Kabul", 20150101), "AFG");
  // Multi-name block sharing one dated code line.
  EXPECT_EQ(actor("President Josipovic", 20130101), "HRVGOV");
  auto agent = lex->agents.LongestMatch(W("foreign ministers"), 0);
  ASSERT_TRUE(agent);
  EXPECT_EQ(ComposeActorAgent("IRQ", *agent), "IRQGOV");
  auto d = lex->discards.Match(W("he won the bronze medal"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->phrase, "BRONZE MEDAL");
  auto issues = lex->issues.Find(W("teachers protested at the university"));
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].first, "TEACHERS");
  EXPECT_EQ(issues[1].first, "POSTSECONDARY_EDUCATION");
}

TEST(PetrarchFilesTest, CheckReportsUnknownCodes) {
  std::string dir = Shared("data/petrarch/validate-ptb");
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared data";
  auto files = FindPetrarchFiles(dir);
  ASSERT_TRUE(files.ok());
  std::vector<Diagnostic> diags = CheckPetrarchLexicon(*files);
  // Tolkien codes (ARN, GON, HOB...) are not CAMEO actor codes: reported, kept.
  bool arnor = false;
  for (const Diagnostic& diag : diags) {
    if (diag.message.find("actor code 'ARN'") != std::string::npos) arnor = true;
  }
  EXPECT_TRUE(arnor);
  PetrarchFiles missing;
  missing.actors.push_back(dir + "/no-such-file.txt");
  diags = CheckPetrarchLexicon(missing);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].severity, Diagnostic::Severity::kError);
}

}  // namespace
}  // namespace dyad::lexicon
