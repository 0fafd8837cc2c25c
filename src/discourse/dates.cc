// Event dates from temporal phrases (dates.h).
//
// Calendar arithmetic: days_from_civil / civil_from_days from Howard Hinnant, "chrono-
// Compatible Low-Level Date Algorithms" (public domain description of the proleptic Gregorian
// calendar as 400-year eras of 146097 days).
//
// Phrase reading: the words of the phrase (the trigger's temporal dependent and its subtree,
// clauses excluded) are lower-cased, punctuation dropped, and matched in this order: an ISO
// date, relative days, "N days ago", month names with day/year numbers, a weekday, an ordinal
// day of month, a year alone (only as the phrase head), then the relative periods that keep
// the story date. Boundary prepositions (since, until, by, before, after, from, till) mean the
// phrase is not the event's date, and nothing is resolved from it.
#include "discourse/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <string>

namespace dyad::discourse {
namespace {

int Year(int32_t d) { return d / 10000; }
int Month(int32_t d) { return (d / 100) % 100; }
int Day(int32_t d) { return d % 100; }

bool ValidInt(int32_t d) {
  if (d <= 0) return false;
  int m = Month(d);
  return Year(d) >= 1 && m >= 1 && m <= 12 && Day(d) >= 1 && Day(d) <= DaysInMonth(Year(d), m);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "january" / "jan" / "jan." -> 1..12; 0 otherwise. "may" is accepted: the words come from a
// temporal dependent, where the modal cannot occur; "mar" is not an abbreviation we take.
int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "", "apr", "", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int i = 0; i < 12; ++i) {
    if (w == kNames[i] || (!kShort[i].empty() && w == kShort[i])) return i + 1;
  }
  if (w == "sep") return 9;
  return 0;
}

int WeekdayNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kNames[i]) return i;
  }
  return -1;
}

// "24" -> 24, "24th"/"1st"/"2nd"/"3rd" -> the number; *ordinal tells which form. 0 otherwise.
int DayNumber(std::string_view w, bool* ordinal) {
  *ordinal = false;
  std::string_view digits = w;
  if (w.size() > 2) {
    std::string_view suf = w.substr(w.size() - 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
      digits = w.substr(0, w.size() - 2);
      *ordinal = true;
    }
  }
  if (!AllDigits(digits) || digits.size() > 2) return 0;
  int n = std::atoi(std::string(digits).c_str());
  return n >= 1 && n <= 31 ? n : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = std::atoi(std::string(w).c_str());
  return y >= 1000 && y <= 2100 ? y : 0;
}

int SmallNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (int i = 1; i < 11; ++i) {
    if (w == kWords[i]) return i;
  }
  if (w == "a") return 1;
  if (AllDigits(w) && w.size() <= 2) return std::atoi(std::string(w).c_str());
  return 0;
}

// "2017-07-24" -> 20170724.
int32_t IsoDate(std::string_view w) { return IsValidDate(w) ? DateToInt(w) : 0; }

// Picks among candidate dates (ascending) the one `dir` points at from `d`.
int32_t Pick(const std::vector<int32_t>& cands, int32_t d, Direction dir) {
  int32_t best = 0;
  for (int32_t c : cands) {
    if (c == 0) continue;
    if (dir == Direction::kPast) {
      if (c <= d) best = c;  // ascending: the last one <= d
    } else if (dir == Direction::kFuture) {
      if (c >= d) return c;
    } else {
      if (best == 0 || std::llabs(DaysFromCivil(c) - DaysFromCivil(d)) <
                           std::llabs(DaysFromCivil(best) - DaysFromCivil(d))) {
        best = c;
      }
    }
  }
  return best;
}

bool IsBoundary(std::string_view w) {
  return w == "since" || w == "until" || w == "till" || w == "by" || w == "before" ||
         w == "after" || w == "from" || w == "through" || w == "between";
}

bool Has(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// A month of a year, resolved as a date: D itself within D's month, else the first.
int32_t MonthDate(int year, int month, int32_t d) {
  if (d != 0 && Year(d) == year && Month(d) == month) return d;
  return MakeDate(year, month, 1);
}

}  // namespace

int32_t MakeDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || day < 1 || day > DaysInMonth(year, month)) return 0;
  return year * 10000 + month * 100 + day;
}

int64_t DaysFromCivil(int32_t yyyymmdd) {
  if (!ValidInt(yyyymmdd)) return 0;
  int64_t y = Year(yyyymmdd);
  int64_t m = Month(yyyymmdd);
  int64_t d = Day(yyyymmdd);
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int32_t CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  if (y < 1 || y > 9999) return 0;
  return static_cast<int32_t>(y * 10000 + m * 100 + d);
}

int32_t AddDays(int32_t yyyymmdd, int64_t n) {
  if (!ValidInt(yyyymmdd)) return 0;
  if (n > 3650000 || n < -3650000) return 0;
  return CivilFromDays(DaysFromCivil(yyyymmdd) + n);
}

int Weekday(int32_t yyyymmdd) {
  if (!ValidInt(yyyymmdd)) return -1;
  int64_t days = DaysFromCivil(yyyymmdd);  // 1970-01-01 was a Thursday (3)
  int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

int32_t ResolveTemporalPhrase(const std::vector<std::string>& raw, int32_t d, Direction dir,
                              bool* keep_story_date) {
  if (keep_story_date) *keep_story_date = false;
  if (d != 0 && !ValidInt(d)) d = 0;
  std::vector<std::string> words;
  for (const std::string& r : raw) {
    std::string w = Lower(r);
    while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
    if (w.empty() || w == "," || w == "." || w == "-" || w == "'s" || w == "’s") continue;
    words.push_back(std::move(w));
  }
  if (words.empty()) return 0;
  bool day_around = Has(words, "yesterday") || Has(words, "tomorrow");  // "day before ..."
  for (const std::string& w : words) {
    if (IsBoundary(w) && !day_around) return 0;
  }
  bool last = Has(words, "last") || Has(words, "past") || Has(words, "previous");
  bool next = Has(words, "next") || Has(words, "coming") || Has(words, "following");
  if (last) dir = Direction::kPast;
  if (next) dir = Direction::kFuture;

  for (const std::string& w : words) {
    if (int32_t iso = IsoDate(w)) return iso;
  }
  // Relative days.
  if (Has(words, "yesterday")) {
    if (Has(words, "before")) return d ? AddDays(d, -2) : 0;
    return d ? AddDays(d, -1) : 0;
  }
  if (Has(words, "tomorrow")) {
    if (Has(words, "after")) return d ? AddDays(d, 2) : 0;
    return d ? AddDays(d, 1) : 0;
  }
  if (Has(words, "today") || Has(words, "tonight")) return d;
  if (Has(words, "ago") && words.size() >= 3) {
    for (size_t i = 0; i + 2 < words.size(); ++i) {
      if (words[i + 2] != "ago") continue;
      int n = SmallNumber(words[i]);
      if (n > 0 && (words[i + 1] == "days" || words[i + 1] == "day")) {
        return d ? AddDays(d, -n) : 0;
      }
      if (n > 0 && (words[i + 1] == "weeks" || words[i + 1] == "week")) {
        return d ? AddDays(d, -7 * n) : 0;
      }
    }
  }
  // Month names with their numbers.
  int month = 0, day = 0, year = 0, ordinal_day = 0;
  for (const std::string& w : words) {
    bool ordinal = false;
    if (int m = MonthNumber(w); m != 0 && month == 0) {
      month = m;
    } else if (int y = YearNumber(w); y != 0 && year == 0) {
      year = y;
    } else if (int n = DayNumber(w, &ordinal); n != 0) {
      if (day == 0) day = n;
      if (ordinal && ordinal_day == 0) ordinal_day = n;
    }
  }
  if (month != 0) {
    if (year != 0 && day != 0) return MakeDate(year, month, day);
    if (year != 0) return MonthDate(year, month, d);
    if (d == 0) return 0;
    int y = Year(d);
    if (day != 0) {
      std::vector<int32_t> c = {MakeDate(y - 1, month, day), MakeDate(y, month, day),
                                MakeDate(y + 1, month, day)};
      return Pick(c, d, dir);
    }
    // Month alone: compare (year, month) with D's, as the first of each month.
    int32_t first_of_d = MakeDate(y, Month(d), 1);
    std::vector<int32_t> c = {MakeDate(y - 1, month, 1), MakeDate(y, month, 1),
                              MakeDate(y + 1, month, 1)};
    int32_t picked = Pick(c, first_of_d, dir);
    return picked == 0 ? 0 : MonthDate(Year(picked), month, d);
  }
  // Weekday.
  for (const std::string& w : words) {
    int wd = WeekdayNumber(w);
    if (wd < 0) continue;
    if (d == 0) return 0;
    int today = Weekday(d);
    int back = (today - wd + 7) % 7;  // days back to the latest such day <= D
    int fwd = (wd - today + 7) % 7;   // days forward to the earliest such day >= D
    if (last && back == 0) back = 7;
    if (next && fwd == 0) fwd = 7;
    if (dir == Direction::kFuture) return AddDays(d, fwd);
    if (dir == Direction::kPast) return AddDays(d, -back);
    return back <= fwd ? AddDays(d, -back) : AddDays(d, fwd);
  }
  // "the 24th": a day of D's month or a neighbouring one.
  if (ordinal_day != 0) {
    if (d == 0) return 0;
    std::vector<int32_t> c;
    for (int k = -12; k <= 12; ++k) {
      int mi = Year(d) * 12 + (Month(d) - 1) + k;
      c.push_back(MakeDate(mi / 12, mi % 12 + 1, ordinal_day));
    }
    return Pick(c, d, dir == Direction::kNearest ? Direction::kPast : dir);
  }
  // A year alone: "2014", "in 2014", "in early 2014" (the year is the last word, so "the 2014
  // war" is not a date of the event).
  if (year != 0 && YearNumber(words.back()) == year &&
      (words.size() == 1 || words[0] == "in" || words[0] == "during")) {
    if (d != 0 && Year(d) == year) return d;
    return MakeDate(year, 1, 1);
  }
  // Relative periods that keep the story date.
  static constexpr std::array<std::string_view, 9> kPeriods = {
      "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "earlier"};
  for (const std::string& w : words) {
    if (std::find(kPeriods.begin(), kPeriods.end(), w) != kPeriods.end()) {
      if (w == "night" && last && d != 0) return AddDays(d, -1);
      if (keep_story_date) *keep_story_date = true;
      return 0;
    }
  }
  return 0;
}

namespace {

bool IsTemporalRel(std::string_view rel) {
  // UD v2 (obl:tmod/obl:npmod became obl:unmarked in UD 2.14, as in the current English
  // EWT), and the v1 / Stanford labels of older parses.
  return rel == "obl" || rel == "obl:tmod" || rel == "obl:npmod" || rel == "obl:unmarked" ||
         rel == "nmod" || rel == "nmod:tmod" || rel == "nmod:npmod" || rel == "nmod:unmarked" ||
         rel == "advmod" || rel == "tmod" || rel == "npadvmod";
}

bool IsClauseRel(std::string_view rel) {
  return rel.starts_with("acl") || rel == "advcl" || rel == "ccomp" || rel == "xcomp" ||
         rel == "parataxis" || rel == "conj" || rel == "cc" || rel == "rcmod" || rel == "punct";
}

// The words of `root`'s subtree in text order, clause dependents excluded.
std::vector<std::string> PhraseWords(const Sentence& s, int32_t root) {
  // Depth-first over the children, each word visited once (linear; cycles and bad heads in a
  // malformed tree cannot loop).
  const size_t n = s.words.size();
  std::vector<std::vector<int32_t>> kids(n);
  for (size_t i = 0; i < n; ++i) {
    int32_t h = s.words[i].head;
    if (h >= 0 && static_cast<size_t>(h) < n && !IsClauseRel(s.words[i].deprel)) {
      kids[h].push_back(static_cast<int32_t>(i));
    }
  }
  std::vector<char> in(n, 0);
  std::vector<int32_t> stack = {root};
  in[root] = 1;
  while (!stack.empty()) {
    int32_t w = stack.back();
    stack.pop_back();
    for (int32_t k : kids[w]) {
      if (!in[k]) {
        in[k] = 1;
        stack.push_back(k);
      }
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (in[i]) out.push_back(s.words[i].form);
  }
  return out;
}

// A word that can head a temporal phrase: a month, a weekday, a relative day, a day number, a
// year, an ISO date, a period ("week", "night") or "ago". A dependent headed by anything else
// ("in response to the publication last September") is not read, even when a date word lies
// deeper inside it.
bool IsTemporalHead(std::string_view form) {
  std::string w = Lower(form);
  if (!w.empty() && w.back() == '.') w.pop_back();
  bool ordinal = false;
  if (MonthNumber(w) != 0 || WeekdayNumber(w) >= 0 || YearNumber(w) != 0 ||
      DayNumber(w, &ordinal) != 0 || IsoDate(w) != 0) {
    return true;
  }
  static constexpr std::array<std::string_view, 17> kWords = {
      "yesterday", "today",     "tonight", "tomorrow", "ago",    "week",
      "weeks",     "weekend",   "month",   "months",   "year",   "years",
      "morning",   "afternoon", "evening", "night",    "earlier"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// A weekday or a relative day ("Monday", "yesterday", "today", "tonight").
bool IsDayWord(std::string_view form) {
  std::string w = Lower(form);
  return WeekdayNumber(w) >= 0 || w == "yesterday" || w == "today" || w == "tonight";
}

bool IsVerbal(const Word& w) {
  return w.upos == "VERB" || w.upos == "AUX" || w.xpos.starts_with("VB");
}

// A weekday or relative day that the parser hung on a noun inside the event's clause ("rebels
// attacked a post near the border with Somalia on Sunday", "on Sunday" under "Somalia"): in
// news such a phrase dates the clause's event, not the noun. Only day words (not months or
// years: "the publication last September" stays the noun's), only below nouns reached from
// `anchor` without crossing a clause.
int32_t MisattachedDayDate(const Sentence& s, int32_t anchor, int32_t story_date, Direction dir) {
  const int32_t n = static_cast<int32_t>(s.words.size());
  for (int32_t i = 0; i < n; ++i) {
    const Word& w = s.words[i];
    if (!IsDayWord(w.form) || !w.deprel.starts_with("nmod")) continue;
    // Climb to the anchor through nominal dependents only.
    int32_t h = w.head;
    bool nominal_path = true;
    for (int32_t steps = 0; steps < n && h >= 0 && h < n && h != anchor; ++steps) {
      const Word& hw = s.words[h];
      if (IsVerbal(hw) || IsClauseRel(hw.deprel)) {
        nominal_path = false;
        break;
      }
      h = hw.head;
    }
    if (!nominal_path || h != anchor || w.head == anchor) continue;
    int32_t d = ResolveTemporalPhrase(PhraseWords(s, i), story_date, dir);
    if (d != 0) return d;
  }
  return 0;
}

// The "by" agents of passive verb v (obl:agent, or obl / nmod with "by"), and those the
// parser hung on v's xcomp or advcl ("was pressured to step aside by the Obama
// administration"); none when v is not passive.
std::vector<int32_t> PassiveAgents(const Sentence& s, int32_t v) {
  const int32_t n = static_cast<int32_t>(s.words.size());
  bool passive = false;
  for (const Word& w : s.words) {
    passive = passive || (w.head == v && (w.deprel == "aux:pass" || w.deprel == "auxpass" ||
                                          w.deprel == "nsubj:pass" || w.deprel == "nsubjpass"));
  }
  std::vector<int32_t> out;
  if (!passive) return out;
  std::vector<int32_t> heads = {v};
  for (int32_t i = 0; i < n; ++i) {
    const Word& w = s.words[i];
    if (w.head == v && (w.deprel == "xcomp" || w.deprel == "advcl")) heads.push_back(i);
  }
  for (int32_t i = 0; i < n; ++i) {
    const Word& w = s.words[i];
    if (std::find(heads.begin(), heads.end(), w.head) == heads.end()) continue;
    bool by = w.deprel == "obl:agent";
    if (!by && (w.deprel == "obl" || w.deprel == "nmod")) {
      for (const Word& k : s.words) {
        by = by || (k.head == i && k.deprel == "case" && Lower(k.form) == "by");
      }
    }
    if (by) out.push_back(i);
  }
  return out;
}

// A temporal phrase the parser hung on a passive verb's "by" agent ("was pressured to step
// aside by the Obama administration in 2014": "in 2014" under "administration"). An agent
// names who acted; a date inside it is the act's date. Only a temporal nmod directly under
// the agent's head.
int32_t AgentPhraseDate(const Sentence& s, int32_t v, int32_t story_date, Direction dir) {
  const int32_t n = static_cast<int32_t>(s.words.size());
  for (int32_t a : PassiveAgents(s, v)) {
    for (int32_t i = 0; i < n; ++i) {
      const Word& w = s.words[i];
      if (w.head != a || !w.deprel.starts_with("nmod") || !IsTemporalHead(w.form)) continue;
      int32_t d = ResolveTemporalPhrase(PhraseWords(s, i), story_date, dir);
      if (d != 0) return d;
    }
  }
  return 0;
}

}  // namespace

Direction EventDirection(const Sentence& s, int32_t verb) {
  if (verb < 0 || static_cast<size_t>(verb) >= s.words.size()) return Direction::kPast;
  // Walk up the xcomp chain ("is going to visit", "will travel to meet").
  int32_t v = verb;
  for (size_t steps = 0; steps < s.words.size() && v >= 0; ++steps) {
    const Word& vw = s.words[v];
    bool be_present = false;
    for (const Word& w : s.words) {
      if (&w == &vw || w.head != v) continue;
      if (!(w.deprel == "aux" || w.deprel == "aux:pass" || w.deprel == "auxpass")) continue;
      std::string f = Lower(w.form);
      if (f == "will" || f == "shall" || f == "'ll" || f == "’ll" || f == "wo") {
        return Direction::kFuture;
      }
      if (f == "is" || f == "are" || f == "am" || f == "'s" || f == "'re") be_present = true;
    }
    std::string lemma = Lower(vw.lemma.empty() ? vw.form : vw.lemma);
    if (be_present && vw.xpos == "VBG") return Direction::kFuture;  // "is meeting on Friday"
    if (be_present &&
        (lemma == "schedule" || lemma == "expect" || lemma == "set" || lemma == "due")) {
      return Direction::kFuture;
    }
    if ((vw.xpos == "VBZ" || vw.xpos == "VBP") &&
        (lemma == "plan" || lemma == "intend" || lemma == "expect" || lemma == "aim")) {
      return Direction::kFuture;
    }
    if (vw.deprel != "xcomp") {
      // Simple present with no past auxiliary: "the summit opens on Wednesday" is scheduled,
      // "Putin says on Monday" reported; the nearer reading wins.
      bool past_aux = false;
      for (const Word& w : s.words) {
        if (w.head != v || (w.deprel != "aux" && w.deprel != "aux:pass")) continue;
        std::string f = Lower(w.form);
        past_aux = past_aux || f == "did" || f == "was" || f == "were" || f == "had" ||
                   f == "has" || f == "have" || f == "'ve";
      }
      if ((vw.xpos == "VBZ" || vw.xpos == "VBP") && !past_aux) return Direction::kNearest;
      break;
    }
    v = vw.head;
  }
  return Direction::kPast;
}

Status ResolveEventDates(const Story& story, std::vector<Event>& events) {
  int32_t story_date = DateToInt(story.date);
  std::string errors;
  for (size_t ei = 0; ei < events.size(); ++ei) {
    Event& e = events[ei];
    if (e.sentence < 0 || static_cast<size_t>(e.sentence) >= story.sentences.size()) {
      errors += (errors.empty() ? "" : "; ") + std::string("event ") + std::to_string(ei) +
                ": sentence " + std::to_string(e.sentence) + " out of range";
      continue;
    }
    const Sentence& s = story.sentences[e.sentence];
    if (e.verb_word < 0) continue;  // no trigger known: nothing to attach to
    if (static_cast<size_t>(e.verb_word) >= s.words.size()) {
      errors += (errors.empty() ? "" : "; ") + std::string("event ") + std::to_string(ei) +
                ": verb_word " + std::to_string(e.verb_word) + " out of range";
      continue;
    }
    // The trigger, and for a nominal trigger ("talks" in "held talks") the verb above it.
    std::vector<int32_t> anchors = {e.verb_word};
    const Word& trig = s.words[e.verb_word];
    if (!IsVerbal(trig) && trig.head >= 0 && static_cast<size_t>(trig.head) < s.words.size()) {
      anchors.push_back(trig.head);
    }
    Direction dir = EventDirection(s, anchors.back());
    // Reported speech: "Russia and Iraq will build up cooperation, Lavrov declared Monday".
    // When the event's own clause has no date, the reporting verb's date is the best one (the
    // statement was made then). At most two clause levels up, through ccomp/parataxis only.
    const size_t own_anchors = anchors.size();
    for (int32_t clause = anchors.back(), level = 0; level < 2; ++level) {
      const Word& c = s.words[clause];
      if (c.head < 0 || static_cast<size_t>(c.head) >= s.words.size()) break;
      if (c.deprel != "ccomp" && c.deprel != "parataxis") break;
      if (!IsVerbal(s.words[c.head])) break;
      clause = c.head;
      anchors.push_back(clause);
    }
    // The reporting clause may also hang below the event's clause: "Russia and Iraq will
    // build up cooperation, Lavrov declared Monday" is often parsed with "build" as the root
    // and "declared" as its parataxis.
    for (size_t i = 0; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      if (w.head == anchors[own_anchors - 1] && w.deprel == "parataxis" && IsVerbal(w)) {
        anchors.push_back(static_cast<int32_t>(i));
      }
    }
    int32_t resolved = 0;
    for (size_t k = 0; k < anchors.size(); ++k) {
      const int32_t a = anchors[k];
      const Direction adir = k < own_anchors ? dir : EventDirection(s, a);
      for (size_t i = 0; i < s.words.size() && resolved == 0; ++i) {
        const Word& w = s.words[i];
        if (w.head != a || !IsTemporalHead(w.form)) continue;
        // A reporting verb's "object" that is a weekday or a relative day is its date, misread
        // by the parser ("Lavrov declared Monday").
        bool reporting_obj =
            k >= own_anchors && (w.deprel == "obj" || w.deprel == "dobj") && IsDayWord(w.form);
        if (!IsTemporalRel(w.deprel) && !reporting_obj) continue;
        resolved = ResolveTemporalPhrase(PhraseWords(s, static_cast<int32_t>(i)), story_date, adir);
      }
      if (resolved != 0) break;
    }
    if (resolved == 0) resolved = AgentPhraseDate(s, e.verb_word, story_date, dir);
    if (resolved == 0) resolved = MisattachedDayDate(s, anchors[own_anchors - 1], story_date, dir);
    if (resolved != 0) e.date = DateFromInt(resolved);
  }
  if (!errors.empty()) {
    return InvalidArgument("story " + story.id + " (" + story.origin + "): " + errors);
  }
  return Status();
}

}  // namespace dyad::discourse
