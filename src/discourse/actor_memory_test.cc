#include "discourse/actor_memory.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "discourse/test_util.h"

namespace dyad::discourse {
namespace {

Event E(int32_t sentence, const char* src, const char* src_text, const char* tgt,
        const char* tgt_text, const char* code = "040") {
  Event e;
  e.sentence = sentence;
  e.source = src;
  e.source_text = src_text;
  e.target = tgt;
  e.target_text = tgt_text;
  e.code = code;
  return e;
}

struct RecallCase {
  const char* text;
  int32_t sentence;
  const char* want;
};

TEST(StoryActorMemoryTest, RecallTable) {
  StoryActorMemory m;
  m.Remember("Foreign Minister Sergey Lavrov", "RUSGOV", 0);
  m.Remember("President Vladimir Putin's", "RUSGOV", 1);
  m.Remember("United Nations", "IGOUNO", 1);  // an organisation, not a person
  m.Remember("Syrian rebels", "SYRREB", 1);   // not a name
  m.Remember("NATO", "IGONAT", 1);
  m.Remember("Rex Tillerson", "---", 1);  // unknown codes are not remembered
  m.Remember("", "RUSGOV", 1);
  m.Remember("Mr.", "RUSGOV", 1);
  EXPECT_EQ(m.size(), 2u);
  const RecallCase cases[] = {
      {"Lavrov", 2, "RUSGOV"},
      {"Mr. Lavrov", 2, "RUSGOV"},
      {"Lavrov's", 2, "RUSGOV"},
      {"Putin", 3, "RUSGOV"},
      {"Lavrov", 0, "RUSGOV"},  // later in the same sentence
      {"Tillerson", 2, ""},
      {"Nations", 2, ""},
      {"the minister", 2, ""},
      {"Sergey Lavrov", 2, ""},  // a full name the coder could not code is not a back-reference
      {"he", 2, "RUSGOV"},       // both persons of sentences 0-2 are RUSGOV
      {"He", 3, "RUSGOV"},
      {"she", 4, ""},  // beyond the window
      {"they", 2, ""},
      {"", 2, ""},
  };
  for (const RecallCase& c : cases) {
    EXPECT_EQ(m.Recall(c.text, c.sentence), c.want) << "'" << c.text << "' in " << c.sentence;
  }
}

TEST(StoryActorMemoryTest, ArabicArticleIsNotPartOfTheSurname) {
  StoryActorMemory m;
  m.Remember("Iraqi Vice President Nouri al-Maliki", "IRQGOV", 0);
  EXPECT_EQ(m.Recall("Maliki", 1), "IRQGOV");
  EXPECT_EQ(m.Recall("al-Maliki", 1), "IRQGOV");
  EXPECT_EQ(m.Recall("Al-Maliki", 1), "IRQGOV");
  EXPECT_EQ(m.Recall("al-", 1), "");
}

TEST(StoryActorMemoryTest, AmbiguousSurnameAndPronoun) {
  StoryActorMemory m;
  m.Remember("Ed Miliband", "GBRPTY", 0);
  m.Remember("David Miliband", "GBRGOV", 1);
  m.Remember("Sergey Lavrov", "RUSGOV", 1);
  EXPECT_EQ(m.Recall("Miliband", 2), "");
  EXPECT_EQ(m.Recall("he", 2), "");  // three persons, two codes
  EXPECT_EQ(m.Recall("Lavrov", 2), "RUSGOV");
}

TEST(StoryActorMemoryTest, NotRecalledBeforeItIsNamed) {
  StoryActorMemory m;
  m.Remember("Sergey Lavrov", "RUSGOV", 3);
  EXPECT_EQ(m.Recall("Lavrov", 2), "");
  EXPECT_EQ(m.Recall("he", 2), "");
}

TEST(FillActorsFromMemoryTest, SurnameAndPronounAcrossTheStory) {
  std::vector<Event> events = {
      E(0, "RUSGOV", "Foreign Minister Sergey Lavrov", "IRQ", "Iraq", "040"),
      E(2, "---", "Lavrov", "SYR", "Syria", "010"),
      E(3, "---", "he", "USA", "Washington", "111"),
      E(4, "USA", "Washington", "---", "Lavrov", "112"),
      E(5, "---", "the officials", "IRQ", "Iraq", "040"),
  };
  EXPECT_EQ(FillActorsFromMemory(events), 3u);
  EXPECT_EQ(events[1].source, "RUSGOV");
  EXPECT_EQ(events[2].source, "RUSGOV");
  EXPECT_EQ(events[3].target, "RUSGOV");
  EXPECT_EQ(events[4].source, "---");
  EXPECT_EQ(events[1].source_text, "Lavrov");  // texts are kept as written
}

TEST(FillActorsFromMemoryTest, NoSelfEventAndNoTextNoFill) {
  std::vector<Event> events = {
      E(0, "RUSGOV", "Sergey Lavrov", "IRQ", "Iraq"),
      E(1, "RUSGOV", "Moscow's envoy", "---", "Lavrov"),  // would be RUSGOV -> RUSGOV
      E(1, "---", "", "IRQ", "Iraq"),                     // no words: nothing to recall
  };
  EXPECT_EQ(FillActorsFromMemory(events), 0u);
  EXPECT_EQ(events[1].target, "---");
  EXPECT_EQ(events[2].source, "---");
}

TEST(RemoveIncompleteEventsTest, DropsUnknownSourceOrTarget) {
  std::vector<Event> events = {E(0, "RUS", "Russia", "IRQ", "Iraq"),
                               E(1, "---", "he", "IRQ", "Iraq"), E(2, "RUS", "Russia", "", ""),
                               E(3, "RUS", "Russia", "---GOV", "the government")};
  EXPECT_EQ(RemoveIncompleteEvents(events), 2u);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].sentence, 0);
  EXPECT_EQ(events[1].sentence, 3);  // an agent-only code is a known actor
}

TEST(FillActorsFromMemoryTest, MentionsFromTheTreeWhenTheCoderKeptNoWords) {
  Story story;
  // 0: "Foreign Minister Sergey Lavrov met Iraq."
  testing::AddSentence(story,
                       {"Foreign foreign ADJ JJ 2 amod", "Minister minister PROPN NNP 4 compound",
                        "Sergey Sergey PROPN NNP 4 compound", "Lavrov Lavrov PROPN NNP 5 nsubj",
                        "met meet VERB VBD 0 root", "Iraq Iraq PROPN NNP 5 obj"});
  // 1: "Mr. Lavrov agreed to visit Iran."
  testing::AddSentence(story, {"Mr. Mr. PROPN NNP 2 compound", "Lavrov Lavrov PROPN NNP 3 nsubj",
                               "agreed agree VERB VBD 0 root", "to to PART TO 5 mark",
                               "visit visit VERB VB 3 xcomp", "Iran Iran PROPN NNP 5 obj"});
  // 2: "Iraq was attacked by him."
  testing::AddSentence(story, {"Iraq Iraq PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
                               "attacked attack VERB VBN 0 root", "by by ADP IN 5 case",
                               "him he PRON PRP 3 obl:agent"});
  // 3: "Syrian Lavrov met Iraq." (not a lone name: not a back-reference)
  testing::AddSentence(story, {"Syrian Syrian ADJ JJ 2 amod", "Lavrov Lavrov PROPN NNP 3 nsubj",
                               "met meet VERB VBD 0 root", "Iraq Iraq PROPN NNP 3 obj"});
  std::vector<Event> events = {
      E(0, "RUSGOV", "Foreign Minister Sergey Lavrov", "IRQ", "Iraq"),
      E(1, "---", "", "IRN", "Iran", "042"),
      E(2, "---", "", "IRQ", "Iraq", "190"),
      E(3, "---", "", "IRQ", "Iraq"),
  };
  events[0].verb_word = 4;
  events[1].verb_word = 4;
  events[2].verb_word = 2;
  events[3].verb_word = 2;
  EXPECT_EQ(FillActorsFromMemory(story, events), 2u);
  EXPECT_EQ(events[1].source, "RUSGOV");
  EXPECT_EQ(events[1].source_text, "Mr. Lavrov");
  EXPECT_EQ(events[2].source, "RUSGOV");
  EXPECT_EQ(events[2].source_text, "him");
  EXPECT_EQ(events[3].source, "---");
  EXPECT_EQ(events[3].source_text, "");
  // Without the story only texts are used: nothing to fill.
  std::vector<Event> again = {E(0, "RUSGOV", "Sergey Lavrov", "IRQ", "Iraq"),
                              E(1, "---", "", "IRN", "Iran")};
  EXPECT_EQ(FillActorsFromMemory(again), 0u);
}

TEST(FillActorsFromMemoryTest, BadIndicesInTheStoryAreIgnored) {
  Story story;
  testing::AddSentence(story, {"Lavrov Lavrov PROPN NNP 2 nsubj", "met meet VERB VBD 0 root"});
  std::vector<Event> events = {E(0, "RUSGOV", "Sergey Lavrov", "IRQ", "Iraq"),
                               E(5, "---", "", "IRQ", "Iraq"), E(0, "---", "", "IRQ", "Iraq")};
  events[2].verb_word = 99;
  EXPECT_EQ(FillActorsFromMemory(story, events), 0u);
}

}  // namespace
}  // namespace dyad::discourse
