#include "doc/document.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Date, ValidDatesRoundTrip) {
  EXPECT_EQ(DateToInt("2017-07-24"), 20170724);
  EXPECT_EQ(DateFromInt(20170724), "2017-07-24");
  EXPECT_TRUE(IsValidDate("2024-02-29"));
}

TEST(Date, RejectsMalformedDates) {
  for (const char* bad : {"", "2017-7-24", "2017-13-01", "2023-02-29", "2017-07-32", "abcd-ef-gh",
                          "2017/07/24"}) {
    EXPECT_FALSE(IsValidDate(bad)) << bad;
    EXPECT_EQ(DateToInt(bad), 0) << bad;
  }
}

TEST(Story, SpanTextPointsIntoOriginal) {
  Story s;
  s.text = "Russia and Iraq";
  EXPECT_EQ(s.SpanText({11, 15}), "Iraq");
}

}  // namespace
}  // namespace dyad
