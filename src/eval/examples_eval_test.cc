#include "eval/examples_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace dyad::eval {
namespace {

Event Ev(const std::string& source, const std::string& target, const std::string& code) {
  Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  return e;
}

Example Ex(const std::string& event, std::vector<std::string> sources,
           std::vector<std::string> targets) {
  Example ex;
  ex.id = "x";
  ex.event = event;
  ex.text = "text";
  for (const std::string& s : sources) ex.source.push_back({s, s});
  for (const std::string& t : targets) ex.target.push_back({t, t});
  return ex;
}

TEST(PloverRoots, MapsTheOlderPloverNames) {
  EXPECT_EQ(PloverRoots("AGREE"), std::vector<std::string>{"03"});
  EXPECT_EQ(PloverRoots("RETREAT"), std::vector<std::string>{"08"});
  EXPECT_EQ(PloverRoots("CONCEDE"), std::vector<std::string>{"08"});
  EXPECT_EQ(PloverRoots("FIGHT"), (std::vector<std::string>{"19", "20"}));
  EXPECT_TRUE(PloverRoots("DOCUMENT").empty());
  EXPECT_TRUE(PloverRoots("agree").empty());  // names are upper case in the file
}

struct ScoreCase {
  const char* name;
  Example example;
  std::vector<Event> events;
  bool event_ok, source_ok, target_scored, target_ok;
};

TEST(ScoreExample, TableOfCases) {
  const ScoreCase cases[] = {
      {"no events", Ex("AGREE", {"HUN"}, {"ROU"}), {}, false, false, false, false},
      {"wrong root", Ex("AGREE", {"HUN"}, {"ROU"}), {Ev("HUN", "ROU", "042")}, false, false,
       false, false},
      {"exact", Ex("AGREE", {"HUN"}, {"ROU"}), {Ev("HUN", "ROU", "0311")}, true, true, true,
       true},
      {"country part of longer codes", Ex("CONSULT", {"TWNGOV"}, {"RUS"}),
       {Ev("TWN", "RUSGOV", "042")}, true, true, true, true},
      {"any gold source", Ex("AGREE", {"HUN", "ROU"}, {}), {Ev("ROUGOV", "---", "030")}, true,
       true, false, false},
      {"no gold target is not scored", Ex("PROTEST", {"PSE"}, {}), {Ev("PSE", "ISR", "141")},
       true, true, false, false},
      {"wrong source", Ex("DEMAND", {"GRC"}, {"MKD"}), {Ev("EEC", "MKD", "100")}, true, false,
       true, true},
      {"unknown actor never matches", Ex("DEMAND", {"---"}, {"SDN"}),
       {Ev("---", "SDN", "1042")}, true, false, true, true},
      {"source and target from different matching events", Ex("FIGHT", {"ISR"}, {"PSE"}),
       {Ev("ISR", "LBN", "190"), Ev("SYR", "PSE", "195"), Ev("ISR", "PSE", "042")}, true, true,
       true, true},
      {"FIGHT accepts root 20", Ex("FIGHT", {"IRQ"}, {"IRN"}), {Ev("IRQ", "IRN", "2041")}, true,
       true, true, true},
      {"non-matching roots do not count for actors", Ex("SANCTION", {"USA"}, {"IRN"}),
       {Ev("GBR", "IRN", "163"), Ev("USA", "IRN", "111")}, true, false, true, true},
  };
  for (const ScoreCase& c : cases) {
    ExampleScore s = ScoreExample(c.example, c.events);
    EXPECT_EQ(s.event_ok, c.event_ok) << c.name;
    EXPECT_EQ(s.source_ok, c.source_ok) << c.name;
    EXPECT_EQ(s.target_scored, c.target_scored) << c.name;
    EXPECT_EQ(s.target_ok, c.target_ok) << c.name;
  }
}

TEST(ExamplesSummary, FractionsAndSummaryLine) {
  ExamplesSummary sum;
  EXPECT_EQ(sum.SummaryLine(), "sentences 0 event_acc 0.000 source_acc 0.000 target_acc 0.000");
  ExampleScore hit_all{{"03"}, true, true, true, true};
  ExampleScore hit_no_target{{"03"}, true, false, false, false};
  ExampleScore miss{{"03"}, false, false, false, false};
  ExampleScore hit_bad_target{{"03"}, true, true, true, false};
  sum.Add(hit_all);
  sum.Add(hit_no_target);
  sum.Add(miss);
  sum.Add(hit_bad_target);
  EXPECT_EQ(sum.sentences, 4u);
  EXPECT_DOUBLE_EQ(sum.event_acc(), 0.75);
  EXPECT_DOUBLE_EQ(sum.source_acc(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(sum.target_acc(), 0.5);
  EXPECT_EQ(sum.SummaryLine(), "sentences 4 event_acc 0.750 source_acc 0.667 target_acc 0.500");
}

TEST(ParseExamples, SkipsDocumentRecordsAndReadsActors) {
  const char* text = R"([
    {"id": "D1", "event": "DOCUMENT", "comment": "about the file"},
    {"id": "A1", "date": "2000-01-01", "event": "AGREE", "eventText": "agreed",
     "text": "Hungary and Romania agreed.",
     "source": [{"actorText": "Hungary", "code": "HUN", "sector": "GOV"},
                {"actorText": "Romania", "code": "ROU"}]},
    {"id": "P1", "event": "PROTEST", "text": "They protested.",
     "source": {"actorText": "Palestinians", "code": "PSE"}, "target": []},
    {"id": "Q1", "event": "QUESTION", "text": "Odd record."}
  ])";
  StatusOr<ExampleFile> f = ParseExamples(text, "mem.json");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->documents, 1u);
  ASSERT_EQ(f->examples.size(), 3u);
  EXPECT_EQ(f->examples[0].id, "A1");
  ASSERT_EQ(f->examples[0].source.size(), 2u);
  EXPECT_EQ(f->examples[0].source[1].code, "ROU");
  EXPECT_TRUE(f->examples[0].target.empty());
  EXPECT_EQ(f->examples[1].source.size(), 1u);  // a single object is accepted
  EXPECT_EQ(f->unknown_events, std::vector<std::string>{"Q1: QUESTION"});
}

TEST(ParseExamples, ReportsMalformedInput) {
  const char* bad[] = {
      "",                                         // empty
      "[{\"event\": \"AGREE\", \"text\": \"x\"",  // truncated
      "{\"event\": \"AGREE\"}",                   // not an array
      "[42]",                                     // not an object
      "[{\"event\": \"AGREE\"}]",                 // no text
      "[{\"text\": \"x\"}]",                      // no event
      "[{\"event\": 3, \"text\": \"x\"}]",        // event not a string
  };
  for (const char* t : bad) {
    StatusOr<ExampleFile> f = ParseExamples(t, "bad.json");
    EXPECT_FALSE(f.ok()) << t;
    if (!f.ok()) {
      EXPECT_NE(f.status().message().find("bad.json"), std::string::npos) << t;
    }
  }
  EXPECT_FALSE(ReadExamples("/nonexistent/examples.json").ok());
}

TEST(RunExamples, CodesEachExampleAsAStoryAndScoresIt) {
  ExampleFile file;
  file.examples.push_back(Ex("AGREE", {"HUN"}, {"ROU"}));
  file.examples.push_back(Ex("FIGHT", {"ISR"}, {}));
  file.examples.push_back(Ex("DEMAND", {"GRC"}, {"MKD"}));
  file.examples[0].date = "2000-01-01";
  file.examples[1].date = "2000-13-01";  // invalid: coded undated
  file.examples[2].id = "bad";
  std::vector<std::string> seen_dates;
  ExamplesRun run = RunExamples(file, [&](Story& story) -> StatusOr<std::vector<Event>> {
    seen_dates.push_back(story.date);
    EXPECT_EQ(story.text, "text");
    if (story.id == "bad") return InvalidArgument("cannot tokenize");
    if (story.date.empty()) return std::vector<Event>{Ev("ISR", "---", "195")};
    return std::vector<Event>{Ev("HUN", "ROU", "030")};
  });
  EXPECT_EQ(seen_dates, (std::vector<std::string>{"2000-01-01", "", ""}));
  ASSERT_EQ(run.results.size(), 3u);
  EXPECT_TRUE(run.results[0].score.target_ok);
  EXPECT_TRUE(run.results[1].score.event_ok);
  EXPECT_EQ(run.results[2].error, "cannot tokenize");
  EXPECT_FALSE(run.results[2].score.event_ok);
  EXPECT_EQ(run.total.sentences, 3u);
  EXPECT_EQ(run.total.event_hits, 2u);
  EXPECT_EQ(run.by_event.at("FIGHT").event_hits, 1u);
  EXPECT_EQ(run.by_event.at("DEMAND").event_hits, 0u);
}

TEST(ReadExamples, TheCameoManualFile) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/cameo/CAMEO_manual_examples.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  StatusOr<ExampleFile> f = ReadExamples(path);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->documents, 1u);
  EXPECT_EQ(f->examples.size(), 322u);
  EXPECT_TRUE(f->unknown_events.empty());
}

}  // namespace
}  // namespace dyad::eval
