// Scoring dyad against the CAMEO manual's example sentences
// (CAMEO_manual_examples.json, the PLOVER "gold standard records" file: a JSON array whose
// first record is a DOCUMENT record, then one record per sentence with `text`, `event` in older
// PLOVER names, and `source`/`target` lists of {actorText, code}).
//
// The figures (`dyad eval examples FILE.json`, last stdout line
// `sentences N event_acc X source_acc X target_acc X`):
//   event_acc  - fraction of the sentences where some dyad event's CAMEO root is one of the gold
//                event's roots (PloverRoots);
//   source_acc - among those sentences, the fraction where such an event's source country part
//                (first 3 characters) equals the first 3 characters of some gold source code;
//   target_acc - likewise for targets, over the event-matched sentences whose gold target list
//                has a non-empty code.
// Records with an event outside the mapping count as sentences and can never match (they are
// reported by ReadExamples's `unknown_events`).
//
// Thread safety: plain functions and value types; no shared state.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::eval {

struct ExampleActor {
  std::string text;  // actorText
  std::string code;  // CAMEO actor code as given ("HUN", "IGOUNO", "" when missing)
};

struct Example {
  std::string id;
  std::string date;        // "YYYY-MM-DD" as given (the file uses placeholder dates)
  std::string event;       // PLOVER event name, e.g. "AGREE"
  std::string event_text;  // the gold trigger words
  std::string text;        // the sentence
  std::vector<ExampleActor> source;
  std::vector<ExampleActor> target;
};

// The CAMEO roots of a PLOVER event in the file's (older) names: AGREE 03, CONSULT 04,
// SUPPORT 05, COOPERATE 06, AID 07, CONCEDE and RETREAT 08, INVESTIGATE 09, DEMAND 10,
// DISAPPROVE 11, REJECT 12, THREATEN 13, PROTEST 14, MOBILIZE 15, SANCTION 16, COERCE 17,
// ASSAULT 18, FIGHT 19 and 20. Empty for any other name.
std::vector<std::string> PloverRoots(std::string_view event);

struct ExampleFile {
  std::vector<Example> examples;    // in file order, DOCUMENT records left out
  size_t documents = 0;             // DOCUMENT records skipped
  std::vector<std::string> unknown_events;  // "id: EVENT" for events PloverRoots does not map
};

// Parses the file's JSON text. InvalidArgument (naming `name` and, for JSON syntax errors, the
// byte offset) when the text is not a JSON array of objects or a record lacks `text`/`event`.
StatusOr<ExampleFile> ParseExamples(std::string_view json, const std::string& name);
// Reads and parses a file; NotFound when it cannot be read.
StatusOr<ExampleFile> ReadExamples(const std::string& path);

// The outcome for one sentence.
struct ExampleScore {
  std::vector<std::string> gold_roots;
  bool event_ok = false;       // some event has a gold root
  bool source_ok = false;      // ... and such an event's source matches (meaningful if event_ok)
  bool target_scored = false;  // event_ok and the gold target has a non-empty code
  bool target_ok = false;      // ... and such an event's target matches
};

// Scores dyad's events for one example (events of every sentence of the example's text).
ExampleScore ScoreExample(const Example& example, const std::vector<Event>& events);

// Running totals and the summary line.
struct ExamplesSummary {
  size_t sentences = 0;
  size_t event_hits = 0;
  size_t source_hits = 0;
  size_t target_scored = 0;
  size_t target_hits = 0;

  void Add(const ExampleScore& s);
  double event_acc() const;   // 0 when there are no sentences
  double source_acc() const;  // over event hits; 0 when none
  double target_acc() const;  // over scored targets; 0 when none
  // "sentences N event_acc X source_acc X target_acc X" (fractions with 3 decimals).
  std::string SummaryLine() const;
};

// One example, coded and scored.
struct ExampleResult {
  const Example* example = nullptr;  // into the ExampleFile given to RunExamples
  std::vector<Event> events;
  ExampleScore score;
  std::string error;  // why the example could not be coded (its events are then empty)
};

// Codes the text of a story (tokenize, tag, parse, code) and returns its events.
using CodeStoryFn = std::function<StatusOr<std::vector<Event>>(Story& story)>;

struct ExamplesRun {
  std::vector<ExampleResult> results;  // in file order
  ExamplesSummary total;
  std::map<std::string, ExamplesSummary> by_event;  // by gold PLOVER event
};

// Codes every example as a one-story text (id, date when valid, text) with `code` and scores
// it. An example whose coding fails counts as a sentence with no events.
ExamplesRun RunExamples(const ExampleFile& file, const CodeStoryFn& code);

}  // namespace dyad::eval
