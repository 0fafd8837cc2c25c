// ResolveEventDates over every VERB of UD English EWT (gold trees from the shared data) as a
// pseudo-event trigger: real trees give real dates or none, and an event keeps the story date
// unless a temporal dependent of its trigger gave one. Skipped without the shared data.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "discourse/dates.h"
#include "ingest/conllu.h"

namespace dyad::discourse {
namespace {

TEST(DatesEwtTest, EveryVerbOfTheDevTreebank) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> bytes = ReadFile(path);
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  size_t verbs = 0, dated = 0, stories = 0;
  Status st = ingest::ReadConllu(
      path, *bytes,
      [&](Story&& story) {
        ++stories;
        story.date = "2017-07-25";
        std::vector<Event> events;
        for (size_t i = 0; i < story.sentences.size(); ++i) {
          const Sentence& s = story.sentences[i];
          for (size_t w = 0; w < s.words.size(); ++w) {
            if (s.words[w].upos != "VERB") continue;
            Event e;
            e.sentence = static_cast<int32_t>(i);
            e.verb_word = static_cast<int32_t>(w);
            e.date = story.date;
            events.push_back(std::move(e));
          }
        }
        verbs += events.size();
        Status r = ResolveEventDates(story, events);
        EXPECT_TRUE(r.ok()) << r.message();
        for (const Event& e : events) {
          EXPECT_TRUE(IsValidDate(e.date)) << e.date;
          if (e.date != story.date) ++dated;
        }
      },
      [](const ingest::InputError&) {});
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_GT(stories, 0u);
  EXPECT_GT(verbs, 1000u);
  // Most verbs carry no date phrase; a handful do (40 of 2707 when this test was written).
  EXPECT_GT(dated, 0u);
  EXPECT_LT(dated, verbs / 10);
  std::printf("EWT dev: %zu verbs, %zu dated from the text\n", verbs, dated);
}

}  // namespace
}  // namespace dyad::discourse
