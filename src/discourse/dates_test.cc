#include "discourse/dates.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "discourse/test_util.h"

namespace dyad::discourse {
namespace {

using testing::AddSentence;

std::vector<std::string> Split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TEST(CalendarTest, EpochAndRoundTrip) {
  EXPECT_EQ(DaysFromCivil(19700101), 0);
  EXPECT_EQ(DaysFromCivil(19700102), 1);
  EXPECT_EQ(DaysFromCivil(19691231), -1);
  EXPECT_EQ(DaysFromCivil(20000301) - DaysFromCivil(20000228), 2);  // 2000 is a leap year
  EXPECT_EQ(DaysFromCivil(19000301) - DaysFromCivil(19000228), 1);  // 1900 is not
  for (int64_t d = -700000; d <= 800000; d += 997) {                // years 53 to 4160 {
    int32_t c = CivilFromDays(d);
    ASSERT_TRUE(IsValidDate(DateFromInt(c))) << d;
    ASSERT_EQ(DaysFromCivil(c), d) << c;
  }
}

TEST(CalendarTest, MonthLengthsAndLeapYears) {
  EXPECT_EQ(DaysInMonth(2017, 2), 28);
  EXPECT_EQ(DaysInMonth(2016, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2017, 4), 30);
  EXPECT_EQ(DaysInMonth(2017, 12), 31);
  EXPECT_EQ(DaysInMonth(2017, 13), 0);
  EXPECT_EQ(DaysInMonth(2017, 0), 0);
  EXPECT_EQ(MakeDate(2017, 2, 29), 0);
  EXPECT_EQ(MakeDate(2016, 2, 29), 20160229);
  EXPECT_EQ(MakeDate(2017, 4, 31), 0);
}

struct AddDaysCase {
  int32_t date;
  int64_t n;
  int32_t want;
};

TEST(CalendarTest, AddDays) {
  const AddDaysCase cases[] = {
      {20161231, 1, 20170101},
      {20170101, -1, 20161231},
      {20160228, 1, 20160229},
      {20170228, 1, 20170301},
      {20000228, 1, 20000229},
      {21000228, 1, 21000301},
      {20170725, -8, 20170717},
      {20170301, -1, 20170228},
      {20160301, -1, 20160229},
      {20170725, 365, 20180725},
      {20160101, 366, 20170101},
      {20170230, 1, 0},
      {0, 1, 0},
  };
  for (const AddDaysCase& c : cases) {
    EXPECT_EQ(AddDays(c.date, c.n), c.want) << c.date << " + " << c.n;
  }
}

TEST(CalendarTest, Weekday) {
  EXPECT_EQ(Weekday(19700101), 3);  // Thursday
  EXPECT_EQ(Weekday(20170724), 0);  // Monday
  EXPECT_EQ(Weekday(20170725), 1);  // Tuesday
  EXPECT_EQ(Weekday(20000101), 5);  // Saturday
  EXPECT_EQ(Weekday(19691231), 2);  // Wednesday
  EXPECT_EQ(Weekday(20170229), -1);
}

struct PhraseCase {
  const char* words;
  int32_t story;
  Direction dir;
  int32_t want;
};

TEST(ResolveTemporalPhraseTest, Table) {
  constexpr Direction kP = Direction::kPast;
  constexpr Direction kF = Direction::kFuture;
  constexpr Direction kN = Direction::kNearest;
  // 2017-07-25 is a Tuesday.
  const PhraseCase cases[] = {
      // Weekdays.
      {"on Monday", 20170725, kP, 20170724},
      {"Monday", 20170725, kP, 20170724},
      {"on Tuesday", 20170725, kP, 20170725},  // the story's own weekday is that day
      {"on Wednesday", 20170725, kP, 20170719},
      {"on Sunday", 20170725, kP, 20170723},
      {"on Friday", 20170725, kF, 20170728},
      {"on Tuesday", 20170725, kF, 20170725},
      {"next Tuesday", 20170725, kP, 20170801},
      {"last Tuesday", 20170725, kF, 20170718},
      {"last Monday", 20170725, kP, 20170724},
      {"on Thursday", 20170725, kN, 20170727},
      {"on Saturday", 20170725, kN, 20170722},
      {"late on Monday", 20170102, kP, 20170102},
      {"on Sunday", 20170102, kP, 20170101},  // across a year boundary
      {"on Friday", 20161230, kF, 20161230},
      {"on Saturday", 20161230, kF, 20161231},
      {"on Monday", 20161230, kF, 20170102},
      {"Monday night", 20170725, kP, 20170724},
      {"on Monday", 0, kP, 0},
      // Relative days.
      {"yesterday", 20170301, kP, 20170228},
      {"yesterday", 20160301, kP, 20160229},
      {"today", 20170725, kP, 20170725},
      {"tomorrow", 20171231, kF, 20180101},
      {"the day before yesterday", 20170101, kP, 20161230},
      {"three days ago", 20170725, kP, 20170722},
      {"two weeks ago", 20170725, kP, 20170711},
      {"last night", 20170101, kP, 20161231},
      {"yesterday", 0, kP, 0},
      // Periods keep the story date: no date from the phrase.
      {"last week", 20170725, kP, 0},
      {"this month", 20170725, kP, 0},
      {"earlier", 20170725, kP, 0},
      // Explicit dates.
      {"on July 24", 20170725, kP, 20170724},
      {"July 24 , 2017", 20170725, kP, 20170724},
      {"July 24 , 2017", 0, kP, 20170724},
      {"24 July 2017", 0, kP, 20170724},
      {"on 2017-07-24", 0, kP, 20170724},
      {"on Feb. 29 , 2016", 0, kP, 20160229},
      {"Feb. 29 , 2017", 0, kP, 0},  // no such day
      {"on December 30", 20170102, kP, 20161230},
      {"on January 3", 20161229, kF, 20170103},
      {"on January 3", 20161229, kN, 20170103},
      {"on July 26", 20170725, kP, 20160726},
      {"on July 24", 0, kP, 0},
      {"on Monday , July 24", 20170801, kP, 20170724},  // the written date beats the weekday
      {"on the 24th", 20170725, kP, 20170724},
      {"on the 30th", 20170725, kP, 20170630},
      {"on the 31st", 20170725, kP, 20170531},  // June has no 31st
      {"on the 31st", 20170301, kP, 20170131},
      {"on the 2nd", 20170725, kF, 20170802},
      // Months and years.
      {"in March", 20170725, kP, 20170301},
      {"in March", 20170215, kP, 20160301},
      {"in March", 20170215, kF, 20170301},
      {"in July", 20170725, kP, 20170725},  // the story's own month: story date
      {"in March 2014", 20170725, kP, 20140301},
      {"in March 2014", 0, kP, 20140301},
      {"in 2014", 20170725, kP, 20140101},
      {"in 2014", 0, kP, 20140101},
      {"in 2017", 20170725, kP, 20170725},
      {"in early 2014", 20170725, kP, 20140101},
      {"the 2014 war", 20170725, kP, 0},
      {"in 1850", 20170725, kP, 18500101},
      {"in 999", 20170725, kP, 0},
      {"September 20 1888", 20170725, kP, 18880920},
      // Boundaries are not the event's date.
      {"since 2014", 20170725, kP, 0},
      {"until Monday", 20170725, kP, 0},
      {"by July 24", 20170725, kP, 0},
      {"before March", 20170725, kP, 0},
      // Not temporal.
      {"in Baghdad", 20170725, kP, 0},
      {"with 2000 troops", 20170725, kP, 0},
      {"", 20170725, kP, 0},
  };
  for (const PhraseCase& c : cases) {
    EXPECT_EQ(ResolveTemporalPhrase(Split(c.words), c.story, c.dir), c.want)
        << "'" << c.words << "' story " << c.story << " dir " << static_cast<int>(c.dir);
  }
}

TEST(ResolveTemporalPhraseTest, KeepStoryDateFlag) {
  bool keep = false;
  EXPECT_EQ(ResolveTemporalPhrase(Split("last week"), 20170725, Direction::kPast, &keep), 0);
  EXPECT_TRUE(keep);
  EXPECT_EQ(ResolveTemporalPhrase(Split("on Monday"), 20170725, Direction::kPast, &keep), 20170724);
  EXPECT_FALSE(keep);
  EXPECT_EQ(ResolveTemporalPhrase(Split("in Baghdad"), 20170725, Direction::kPast, &keep), 0);
  EXPECT_FALSE(keep);
}

Event MakeEvent(int32_t sentence, int32_t verb, const std::string& date) {
  Event e;
  e.sentence = sentence;
  e.verb_word = verb;
  e.date = date;
  e.source = "RUS";
  e.target = "UKR";
  e.code = "190";
  return e;
}

TEST(ResolveEventDatesTest, WeekdayOnThePastTenseTrigger) {
  Story story;
  story.id = "s1";
  story.date = "2017-07-25";
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                      "Ukraine Ukraine PROPN NNP 2 obj", "on on ADP IN 5 case",
                      "Monday Monday PROPN NNP 2 obl", ". . PUNCT . 2 punct"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-24");
}

TEST(ResolveEventDatesTest, EachEventGetsItsOwnPhrase) {
  // "Putin said on Monday that Russia attacked Syria in 2014."
  Story story;
  story.id = "s2";
  story.date = "2017-07-25";
  AddSentence(story, {"Putin Putin PROPN NNP 2 nsubj", "said say VERB VBD 0 root",
                      "on on ADP IN 4 case", "Monday Monday PROPN NNP 2 obl",
                      "that that SCONJ IN 7 mark", "Russia Russia PROPN NNP 7 nsubj",
                      "attacked attack VERB VBD 2 ccomp", "Syria Syria PROPN NNP 7 obj",
                      "in in ADP IN 10 case", "2014 2014 NUM CD 7 obl", ". . PUNCT . 2 punct"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date), MakeEvent(0, 6, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-24");
  EXPECT_EQ(events[1].date, "2014-01-01");
}

TEST(ResolveEventDatesTest, EwtStyleDateUnderItsNumber) {
  // UD English EWT (2.14+) attaches "October 12" as obl:unmarked headed by the number, and a
  // bare weekday as obl:unmarked.
  Story story;
  story.date = "2017-07-25";
  AddSentence(story, {"Musharraf Musharraf PROPN NNP 2 nsubj", "seized seize VERB VBD 0 root",
                      "power power NOUN NN 2 obj", "October October PROPN NNP 5 nmod:unmarked",
                      "12 12 NUM CD 2 obl:unmarked"});
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                      "Ukraine Ukraine PROPN NNP 2 obj", "Sunday Sunday PROPN NNP 2 obl:unmarked"});
  AddSentence(story, {"Since since ADP IN 3 case", "September September PROPN NNP 3 nmod:unmarked",
                      "11 11 NUM CD 5 obl", "Pakistan Pakistan PROPN NNP 5 nsubj:pass",
                      "accused accuse VERB VBN 0 root"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date), MakeEvent(1, 1, story.date),
                               MakeEvent(2, 4, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2016-10-12");
  EXPECT_EQ(events[1].date, "2017-07-23");
  EXPECT_EQ(events[2].date, "2017-07-25");  // "since" is a boundary, not the event's date
}

TEST(ResolveEventDatesTest, FutureTenseGoesForward) {
  // "Lavrov will meet Tillerson on Friday." (story: Tuesday)
  Story story;
  story.date = "2017-07-25";
  AddSentence(story, {"Lavrov Lavrov PROPN NNP 3 nsubj", "will will AUX MD 3 aux",
                      "meet meet VERB VB 0 root", "Tillerson Tillerson PROPN NNP 3 obj",
                      "on on ADP IN 6 case", "Friday Friday PROPN NNP 3 obl"});
  // "Lavrov is going to visit Kiev on Monday."
  AddSentence(story,
              {"Lavrov Lavrov PROPN NNP 3 nsubj", "is be AUX VBZ 3 aux", "going go VERB VBG 0 root",
               "to to PART TO 5 mark", "visit visit VERB VB 3 xcomp", "Kiev Kiev PROPN NNP 5 obj",
               "on on ADP IN 8 case", "Monday Monday PROPN NNP 5 obl"});
  std::vector<Event> events = {MakeEvent(0, 2, story.date), MakeEvent(1, 4, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-28");
  EXPECT_EQ(events[1].date, "2017-07-31");
  EXPECT_EQ(EventDirection(story.sentences[0], 2), Direction::kFuture);
  EXPECT_EQ(EventDirection(story.sentences[1], 4), Direction::kFuture);
}

TEST(ResolveEventDatesTest, DateInsideANonTemporalPhraseIsNotRead) {
  // "The contest opened in response to the publication last September."
  Story story;
  story.date = "2017-07-25";
  AddSentence(story,
              {"contest contest NOUN NN 2 nsubj", "opened open VERB VBD 0 root",
               "in in ADP IN 4 case", "response response NOUN NN 2 obl", "to to ADP IN 7 case",
               "the the DET DT 7 det", "publication publication NOUN NN 4 nmod",
               "last last ADJ JJ 9 amod", "September September PROPN NNP 7 nmod:unmarked"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-25");
}

TEST(ResolveEventDatesTest, WeekdayMisattachedToANounDatesTheClause) {
  // "Rebels attacked a post near the border with Somalia on Sunday, police said." with "on
  // Sunday" parsed under "Somalia" (story: Monday 2026-03-02).
  Story story;
  story.date = "2026-03-02";
  AddSentence(story,
              {"rebels rebel NOUN NNS 2 nsubj", "attacked attack VERB VBD 13 ccomp",
               "a a DET DT 4 det", "post post NOUN NN 2 obj", "near near ADP IN 7 case",
               "the the DET DT 7 det", "border border NOUN NN 2 obl", "with with ADP IN 9 case",
               "Somalia Somalia PROPN NNP 7 nmod", "on on ADP IN 11 case",
               "Sunday Sunday PROPN NNP 9 nmod", "police police NOUN NN 13 nsubj",
               "said say VERB VBD 0 root"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date), MakeEvent(0, 12, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2026-03-01");
  // The reporting verb's clause does not reach into its complement clause.
  EXPECT_EQ(events[1].date, "2026-03-02");
}

TEST(ResolveEventDatesTest, DateHungOnAPassiveAgentDatesTheEvent) {
  // "Maliki was pressured to step aside by the Obama administration in 2014." with "by" under
  // the xcomp "step" and "in 2014" under "administration" (story: 2017-07-25); "Maliki was
  // criticised by the report in March" likewise; the object of an active verb keeps its date.
  Story story;
  story.date = "2017-07-25";
  AddSentence(story,
              {"Maliki Maliki PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
               "pressured pressure VERB VBN 0 root", "to to PART TO 5 mark",
               "step step VERB VB 3 xcomp", "aside aside ADV RB 5 advmod",
               "by by ADP IN 10 case", "the the DET DT 10 det", "Obama Obama PROPN NNP 10 compound",
               "administration administration NOUN NN 5 obl", "in in ADP IN 12 case",
               "2014 2014 NUM CD 10 nmod"});
  AddSentence(story, {"Maliki Maliki PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
                      "criticised criticise VERB VBN 0 root", "by by ADP IN 6 case",
                      "the the DET DT 6 det", "report report NOUN NN 3 obl:agent",
                      "in in ADP IN 8 case", "March March PROPN NNP 6 nmod"});
  AddSentence(story, {"Iran Iran PROPN NNP 2 nsubj", "criticised criticise VERB VBD 0 root",
                      "the the DET DT 4 det", "elections election NOUN NNS 2 obj",
                      "in in ADP IN 6 case", "2014 2014 NUM CD 4 nmod"});
  std::vector<Event> events = {MakeEvent(0, 2, story.date), MakeEvent(1, 2, story.date),
                               MakeEvent(2, 1, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2014-01-01");
  EXPECT_EQ(events[1].date, "2017-03-01");
  EXPECT_EQ(events[2].date, "2017-07-25");
}

TEST(ResolveEventDatesTest, SimplePresentTakesTheNearerDay) {
  // "The vote opens on Wednesday." / "Putin says on Monday ..." (story: Tuesday)
  Story story;
  story.date = "2017-07-25";
  AddSentence(story, {"vote vote NOUN NN 2 nsubj", "opens open VERB VBZ 0 root",
                      "on on ADP IN 4 case", "Wednesday Wednesday PROPN NNP 2 obl"});
  AddSentence(story, {"Putin Putin PROPN NNP 2 nsubj", "says say VERB VBZ 0 root",
                      "on on ADP IN 4 case", "Monday Monday PROPN NNP 2 obl"});
  AddSentence(story, {"Russia Russia PROPN NNP 3 nsubj", "has have AUX VBZ 3 aux",
                      "attacked attack VERB VBN 0 root", "on on ADP IN 5 case",
                      "Wednesday Wednesday PROPN NNP 3 obl"});
  std::vector<Event> events = {MakeEvent(0, 1, story.date), MakeEvent(1, 1, story.date),
                               MakeEvent(2, 2, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-26");
  EXPECT_EQ(events[1].date, "2017-07-24");
  EXPECT_EQ(events[2].date, "2017-07-19");
  EXPECT_EQ(EventDirection(story.sentences[0], 1), Direction::kNearest);
  EXPECT_EQ(EventDirection(story.sentences[2], 2), Direction::kPast);
}

TEST(ResolveEventDatesTest, NominalTriggerUsesItsVerb) {
  // "Russia held talks with Iraq yesterday." with the trigger on "talks".
  Story story;
  story.date = "2017-03-01";
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "held hold VERB VBD 0 root",
                      "talks talk NOUN NNS 2 obj", "with with ADP IN 5 case",
                      "Iraq Iraq PROPN NNP 3 nmod", "yesterday yesterday NOUN NN 2 obl:tmod"});
  std::vector<Event> events = {MakeEvent(0, 2, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-02-28");
}

TEST(ResolveEventDatesTest, PhraseOnAnotherVerbIsIgnored) {
  // "Russia, which attacked Ukraine on Monday, met Iraq." The meeting is not dated Monday.
  Story story;
  story.date = "2017-07-25";
  AddSentence(story, {"Russia Russia PROPN NNP 9 nsubj", ", , PUNCT , 1 punct",
                      "which which PRON WDT 4 nsubj", "attacked attack VERB VBD 1 acl:relcl",
                      "Ukraine Ukraine PROPN NNP 4 obj", "on on ADP IN 7 case",
                      "Monday Monday PROPN NNP 4 obl", ", , PUNCT , 1 punct",
                      "met meet VERB VBD 0 root", "Iraq Iraq PROPN NNP 9 obj"});
  std::vector<Event> events = {MakeEvent(0, 8, story.date), MakeEvent(0, 3, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-25");
  EXPECT_EQ(events[1].date, "2017-07-24");
}

TEST(ResolveEventDatesTest, ReportingClauseBelowTheEventGivesItsDate) {
  // "Russia and Iraq will build up cooperation, Lavrov declared Monday." parsed with "build"
  // as the root, "declared" as its parataxis and "Monday" as the object of "declared".
  Story story;
  story.date = "2017-07-25";
  AddSentence(story, {"Russia Russia PROPN NNP 3 nsubj", "will will AUX MD 3 aux",
                      "build build VERB VB 0 root", "cooperation cooperation NOUN NN 3 obj",
                      ", , PUNCT , 7 punct", "Lavrov Lavrov PROPN NNP 7 nsubj",
                      "declared declare VERB VBD 3 parataxis", "Monday Monday PROPN NNP 7 obj"});
  // An object that is no day word is not a date: "Lavrov declared victory".
  AddSentence(story, {"Russia Russia PROPN NNP 3 nsubj", "will will AUX MD 3 aux",
                      "build build VERB VB 0 root", "cooperation cooperation NOUN NN 3 obj",
                      ", , PUNCT , 7 punct", "Lavrov Lavrov PROPN NNP 7 nsubj",
                      "declared declare VERB VBD 3 parataxis", "2014 2014 NUM CD 7 obj"});
  // The event's own object is never read as a date: "Russia attacked Monday" (a name).
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                      "Monday Monday PROPN NNP 2 obj"});
  std::vector<Event> events = {MakeEvent(0, 2, story.date), MakeEvent(1, 2, story.date),
                               MakeEvent(2, 1, story.date)};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-24");
  EXPECT_EQ(events[1].date, "2017-07-25");
  EXPECT_EQ(events[2].date, "2017-07-25");
}

TEST(ResolveEventDatesTest, UnknownStoryDateResolvesOnlyFullDates) {
  Story story;  // no date
  AddSentence(
      story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
              "Ukraine Ukraine PROPN NNP 2 obj", "on on ADP IN 5 case", "July July PROPN NNP 2 obl",
              "24 24 NUM CD 5 nummod", ", , PUNCT , 5 punct", "2017 2017 NUM CD 5 nmod:tmod"});
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                      "Ukraine Ukraine PROPN NNP 2 obj", "on on ADP IN 5 case",
                      "Monday Monday PROPN NNP 2 obl"});
  std::vector<Event> events = {MakeEvent(0, 1, ""), MakeEvent(1, 1, "")};
  ASSERT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-24");
  EXPECT_EQ(events[1].date, "");
}

TEST(ResolveEventDatesTest, BadIndicesAreReportedOthersStillResolved) {
  Story story;
  story.id = "bad";
  story.date = "2017-07-25";
  AddSentence(story, {"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                      "yesterday yesterday NOUN NN 2 obl:tmod"});
  std::vector<Event> events = {MakeEvent(3, 1, story.date), MakeEvent(0, 9, story.date),
                               MakeEvent(0, 1, story.date), MakeEvent(0, -1, story.date)};
  Status st = ResolveEventDates(story, events);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("story bad"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("sentence 3"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("verb_word 9"), std::string::npos) << st.message();
  EXPECT_EQ(events[2].date, "2017-07-24");
  EXPECT_EQ(events[3].date, "2017-07-25");
}

TEST(ResolveEventDatesTest, MalformedHeadsDoNotCrash) {
  Story story;
  story.date = "2017-07-25";
  // A cycle and out-of-range heads.
  AddSentence(story,
              {"a a X X 2 obl", "b b X X 1 obl", "c c X X 40 obl", "Monday Monday X X 0 obl"});
  std::vector<Event> events = {MakeEvent(0, 0, story.date), MakeEvent(0, 2, story.date),
                               MakeEvent(0, 3, story.date)};
  EXPECT_TRUE(ResolveEventDates(story, events).ok());
  EXPECT_EQ(events[0].date, "2017-07-25");  // "b" is its obl, not a date
}

}  // namespace
}  // namespace dyad::discourse

namespace dyad::discourse {
namespace {

// Random sentences over temporal and other words, random heads (cycles, self-loops, out of
// range) and relations: no crash, no hang, and every date written is a real date.
TEST(ResolveEventDatesTest, RandomTreesGiveValidDatesOrNone) {
  const char* kForms[] = {"on",   "Monday", "July", "24",         "2017",     "the",
                          "24th", "last",   "next", "in",         "March",    "yesterday",
                          "ago",  "two",    "days", "2017-02-29", "Feb.",     "29",
                          "will", "since",  "week", ",",          "tomorrow", "31st"};
  const char* kRels[] = {"obl",  "obl:tmod", "obl:unmarked", "nmod", "advmod", "case",
                         "amod", "nummod",   "aux",          "conj", "acl",    "root"};
  const char* kXpos[] = {"VBD", "VBZ", "VB", "NNP", "CD", "MD", "VBG"};
  uint64_t seed = 12345;
  auto next = [&seed](uint64_t n) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((seed >> 33) % n);
  };
  const char* kDates[] = {"2017-07-25", "2016-02-29", "2000-12-31", "", "2017-13-01"};
  for (int iter = 0; iter < 3000; ++iter) {
    Story story;
    story.date = kDates[next(5)];
    std::vector<std::string> lines;
    size_t n = 1 + next(12);
    for (size_t i = 0; i < n; ++i) {
      lines.push_back(std::string(kForms[next(std::size(kForms))]) + " x X " +
                      kXpos[next(std::size(kXpos))] + " " + std::to_string(next(n + 3)) + " " +
                      kRels[next(std::size(kRels))]);
    }
    AddSentence(story, lines);
    std::vector<Event> events;
    for (size_t i = 0; i < n; ++i) events.push_back(MakeEvent(0, static_cast<int32_t>(i), ""));
    ASSERT_TRUE(ResolveEventDates(story, events).ok());
    for (const Event& e : events) {
      ASSERT_TRUE(e.date.empty() || IsValidDate(e.date)) << e.date << " iter " << iter;
    }
  }
}

}  // namespace
}  // namespace dyad::discourse
