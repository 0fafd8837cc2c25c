#include "discourse/story_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::discourse {
namespace {

Event E(int32_t sentence, const char* date, const char* src, const char* tgt, const char* code) {
  Event e;
  e.sentence = sentence;
  e.date = date;
  e.source = src;
  e.target = tgt;
  e.code = code;
  return e;
}

TEST(OneAStoryTest, KeepsTheFirstOfEachKeyInOrder) {
  std::vector<Event> events = {
      E(0, "2017-07-25", "RUS", "UKR", "190"), E(1, "2017-07-25", "UKR", "RUS", "190"),
      E(2, "2017-07-25", "RUS", "UKR", "190"), E(3, "2017-07-24", "RUS", "UKR", "190"),
      E(4, "2017-07-25", "RUS", "UKR", "173"), E(5, "2017-07-25", "RUS", "UKR", "190"),
      E(6, "", "RUS", "UKR", "190"),           E(7, "", "RUS", "UKR", "190"),
  };
  EXPECT_EQ(OneAStory(events), 3u);
  std::vector<int32_t> sentences;
  for (const Event& e : events) sentences.push_back(e.sentence);
  EXPECT_EQ(sentences, (std::vector<int32_t>{0, 1, 3, 4, 6}));
}

TEST(OneAStoryTest, EmptyAndUnique) {
  std::vector<Event> none;
  EXPECT_EQ(OneAStory(none), 0u);
  std::vector<Event> events = {E(0, "2017-07-25", "RUS", "UKR", "190"),
                               E(0, "2017-07-25", "RUS", "---", "190")};
  EXPECT_EQ(OneAStory(events), 0u);
  EXPECT_EQ(events.size(), 2u);
}

TEST(OneAStoryTest, OtherFieldsDoNotMatter) {
  std::vector<Event> events = {E(0, "2017-07-25", "RUS", "UKR", "190"),
                               E(1, "2017-07-25", "RUS", "UKR", "190")};
  events[1].source_text = "Moscow";
  events[1].event_text = "shelled";
  EXPECT_EQ(OneAStory(events), 1u);
  EXPECT_EQ(events[0].sentence, 0);
}

}  // namespace
}  // namespace dyad::discourse
