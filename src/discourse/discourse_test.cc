#include "discourse/discourse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "discourse/test_util.h"

namespace dyad::discourse {
namespace {

using testing::AddSentence;

Event E(int32_t sentence, int32_t verb, const char* src, const char* src_text, const char* tgt,
        const char* tgt_text, const std::string& date) {
  Event e;
  e.sentence = sentence;
  e.verb_word = verb;
  e.date = date;
  e.source = src;
  e.source_text = src_text;
  e.target = tgt;
  e.target_text = tgt_text;
  e.code = "040";
  return e;
}

class DocumentPassTest : public ::testing::Test {
 protected:
  void SetUp() override {
    story_.id = "pass";
    story_.date = "2017-07-25";  // a Tuesday
    // "Sergey Lavrov met Iraqi officials on Monday."
    AddSentence(story_, {"Sergey Sergey PROPN NNP 2 compound", "Lavrov Lavrov PROPN NNP 3 nsubj",
                         "met meet VERB VBD 0 root", "Iraqi Iraqi ADJ JJ 5 amod",
                         "officials official NOUN NNS 3 obj", "on on ADP IN 7 case",
                         "Monday Monday PROPN NNP 3 obl"});
    // "Lavrov met Iraqi officials on Monday."
    AddSentence(story_, {"Lavrov Lavrov PROPN NNP 2 nsubj", "met meet VERB VBD 0 root",
                         "Iraqi Iraqi ADJ JJ 4 amod", "officials official NOUN NNS 2 obj",
                         "on on ADP IN 6 case", "Monday Monday PROPN NNP 2 obl"});
    // "The envoys met Iraqi officials."
    AddSentence(story_, {"The the DET DT 2 det", "envoys envoy NOUN NNS 3 nsubj",
                         "met meet VERB VBD 0 root", "Iraqi Iraqi ADJ JJ 5 amod",
                         "officials official NOUN NNS 3 obj"});
    events_ = {
        E(0, 2, "RUSGOV", "Sergey Lavrov", "IRQGOV", "Iraqi officials", story_.date),
        E(1, 1, "---", "Lavrov", "IRQGOV", "Iraqi officials", story_.date),
        E(2, 2, "---", "The envoys", "IRQGOV", "Iraqi officials", story_.date),
    };
  }
  Story story_;
  std::vector<Event> events_;
};

TEST_F(DocumentPassTest, DefaultsFillActorsAndDates) {
  ASSERT_TRUE(RunDocumentPass(story_, events_, {}).ok());
  ASSERT_EQ(events_.size(), 3u);
  EXPECT_EQ(events_[0].date, "2017-07-24");
  EXPECT_EQ(events_[1].source, "RUSGOV");
  EXPECT_EQ(events_[1].date, "2017-07-24");
  EXPECT_EQ(events_[2].source, "---");
  EXPECT_EQ(events_[2].date, "2017-07-25");
}

TEST_F(DocumentPassTest, RequireDyadAndOneAStory) {
  DocumentPassOptions options;
  options.require_dyad = true;
  options.one_a_story = true;
  ASSERT_TRUE(RunDocumentPass(story_, events_, options).ok());
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].sentence, 0);
}

TEST_F(DocumentPassTest, EverythingOff) {
  DocumentPassOptions options;
  options.dates = false;
  options.actor_memory = false;
  std::vector<Event> before = events_;
  ASSERT_TRUE(RunDocumentPass(story_, events_, options).ok());
  EXPECT_EQ(events_, before);
}

TEST_F(DocumentPassTest, BadEventIsReportedOthersProcessed) {
  events_.push_back(E(7, 0, "RUS", "Russia", "IRQ", "Iraq", story_.date));
  Status st = RunDocumentPass(story_, events_, {});
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("story pass"), std::string::npos) << st.message();
  EXPECT_EQ(events_[1].source, "RUSGOV");
  EXPECT_EQ(events_[1].date, "2017-07-24");
}

}  // namespace
}  // namespace dyad::discourse
