// Event dates written in the text: the document pass that replaces an event's date (the story
// date, set by the coder) with the date its sentence gives for it.
//
// Only temporal phrases attached to the event's trigger in the dependency tree count: a
// dependent of Event::verb_word with relation obl, obl:tmod, obl:npmod, obl:unmarked, nmod,
// nmod:tmod, nmod:npmod, nmod:unmarked or advmod (v1: tmod, npadvmod), with that dependent's
// own subtree less its clauses (acl, advcl, ccomp, xcomp, parataxis, conj). The dependent
// itself must be a temporal word (month, weekday, day number, year, date, "yesterday",
// "week", "night", "ago", ...): "in response to the publication last September" is not read. "Putin
// said on Monday that Russia attacked Syria in 2014" dates the attack 2014, the statement Monday.
// When the event's own clause has no date, the reporting clause's is taken (the statement was
// made then): the verb governing the event's clause through ccomp/parataxis (two levels at
// most), else a parataxis clause under the event's verb ("Russia and Iraq will build up
// cooperation, Lavrov declared Monday", often parsed with "build" as the root); a reporting
// verb's object that is a weekday or relative day ("declared Monday", a common misparse) is
// read as its date.
// A temporal phrase the parser hung on a passive verb's "by" agent (also an agent on the verb's
// xcomp or advcl: "was pressured to step aside by the Obama administration in 2014") dates the
// event: an agent names who acted, not when. Then a weekday or relative day hung on a noun
// inside the event's clause ("attacked a post near the border with Somalia on Sunday").
// An event whose trigger has no such phrase keeps its date.
//
// What is resolved (story date D; "future" = aux will/shall/'ll, present progressive "is
// meeting", "is scheduled/expected to", "plans to", or "next"/"coming"; "nearest" = simple
// present "opens on Wednesday", "says on Monday"; "past" = everything else, as news reports
// the past; with "nearest" a weekday is the nearer of the two, a tie going back):
//   weekday         "on Monday": past -> the latest such day <= D (the story's own weekday is
//                   D itself); future -> the earliest such day >= D; "last Monday" -> the
//                   latest strictly before D; "next Monday" -> the earliest strictly after D.
//   relative day    "yesterday" D-1, "today"/"tonight" D, "tomorrow" D+1, "the day before
//                   yesterday" D-2, "last night" D-1 (news convention for a morning paper: a
//                   story dated D reporting "last night" means the evening of D-1).
//                   "three days ago" D-3, "two weeks ago" D-14.
//   relative period "last week", "this month", "earlier this year": the story date is kept.
//   full date       "July 24, 2017", "24 July 2017", "2017-07-24": resolved even when D is
//                   unknown. "24/07/2017" is not read (day/month order is ambiguous).
//   month and day   "July 24", "24 July": the year of D, moved to the year before (past) or
//                   after (future) when that puts it on the right side of D; otherwise the
//                   candidate nearest D.
//   day of month    "on the 24th": the month of D, moved back (past, also for the simple
//                   present) or forward (future) as for weekdays; a month without that day
//                   (the 31st in June) is skipped.
//   month           "in March", "in March 2014": no day is written. DECISION: the first day of
//                   that month, because keeping the story date would put the event in the wrong
//                   month (or year); when the month is D's own month, D is kept (it is at least
//                   as precise). The year is chosen as for "July 24".
//   year            "in 2014": the first of January of that year when it is not D's year; D
//                   kept otherwise. Years are 1000-2100; a year alone is read only as the
//                   last word of the phrase ("the 2014 war" is not a date of the event).
// A phrase with since, until, till, by, before, after, from, through or between is a
// boundary, not the event's date, and gives nothing ("since 2014", "by July 24"; "the day
// before yesterday" excepted). Of several temporal dependents the first (in word order) that
// gives a date wins.
// A resolved date never depends on anything but the sentence and D. With D unknown only full
// dates ("July 24, 2017") and "March 2014"/"in 2014" resolve; everything else keeps the event's
// date (empty).
//
// Thread safety: free functions over their arguments; no shared state.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::discourse {

// Calendar arithmetic on yyyymmdd integers (proleptic Gregorian). 0 means "no date"; every
// function returns 0 for an invalid input.
int64_t DaysFromCivil(int32_t yyyymmdd);  // days since 1970-01-01 (may be negative)
int32_t CivilFromDays(int64_t days);      // inverse of DaysFromCivil
int32_t AddDays(int32_t yyyymmdd, int64_t n);
int Weekday(int32_t yyyymmdd);         // 0 = Monday ... 6 = Sunday; -1 for invalid
// A valid yyyymmdd from parts, or 0 when no such day exists (Feb 30, month 13...).
int32_t MakeDate(int year, int month, int day);

// Which way a relative expression ("Monday", "July 24") points from the story date.
enum class Direction { kPast, kFuture, kNearest };

// The date a temporal phrase gives. `words` are the lower-cased words of the phrase, in text
// order ("on", "monday"); `story_date` is yyyymmdd or 0. Returns 0 when the phrase gives no
// date (or no date can be computed without a story date); sets *keep_story_date when the
// phrase is a temporal phrase that deliberately keeps the story date ("last week").
int32_t ResolveTemporalPhrase(const std::vector<std::string>& words, int32_t story_date,
                              Direction direction, bool* keep_story_date = nullptr);

// Tense of the event at `verb` in `sentence`: kFuture for will/shall/'ll/"going to"/present
// progressive/"plans to", kNearest for the simple present, kPast otherwise (news reports the
// past). Out-of-range `verb` gives kPast.
Direction EventDirection(const Sentence& sentence, int32_t verb);

// Sets each event's date from the temporal phrase attached to its trigger (see above). Events
// whose sentence or verb_word is out of range are left unchanged and reported: the returned
// status is InvalidArgument naming the story id and the event, after every other event has
// been processed.
Status ResolveEventDates(const Story& story, std::vector<Event>& events);

}  // namespace dyad::discourse
