// `dyad eval petrarch`: runs a PETRARCH validation file (records with gold <EventCoding>s)
// through the coder and scores it (docs PETRARCH-FORMATS.md, "Scoring used").
//
// - The dictionaries are the ones the file's <Environment> names (Verbfile, Actorfile as a
//   comma list, Agentfile, Discardfile), resolved relative to the file's folder. When the
//   folder (or <PICOfile>) holds PETRARCH's internal coding ontology
//   (PETR.Internal.Coding.Ontology.txt), the negation map is derived from it, so negated verbs
//   are coded as that file's dictionaries say; otherwise dyad's CAMEO default applies.
// - <Include> lists the categories coded (record attribute `category`, or `source` in the UD
//   files); records of other categories are skipped and not counted. `valid` in the list also
//   admits records with valid="true".
// - <Config option= value=> elements between records change options for the following
//   records: require_dyad (true/false) is honoured; other options are accepted and ignored.
// - Records are keyed by position, not id (ids repeat in these files).
// - Scoring per record: the set of (source, target, code) triples, duplicates collapsed, vs the
//   gold set; `noevents` and `error=` records have empty gold. Exact = equal sets. Precision,
//   recall and F1 are micro-averaged over triples; root_f1 is the same with codes cut to their
//   first two characters.
//
// Thread safety: pure function of its inputs.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::eval {

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

enum class PetrarchParse { kStored, kOwn };

struct PetrarchEvalOptions {
  PetrarchParse parse = PetrarchParse::kStored;
  // kOwn: turns a record's text into a tagged and parsed Story (tokenize, tag, parse). Must be
  // set for kOwn; returns an error for a story it cannot analyse.
  std::function<Status(Story*)> analyze;
};

struct PetrarchRecordResult {
  size_t position = 0;  // 0-based among the counted records
  std::string id;
  std::string text;     // the record's text on one line
  std::set<Triple> gold, got;
  bool exact = false;
  std::string note;     // why nothing was coded, when known (parse error, discard)
};

struct PetrarchEvalResult {
  size_t records = 0, exact = 0, skipped = 0;
  size_t tp = 0, fp = 0, fn = 0;
  size_t root_tp = 0, root_fp = 0, root_fn = 0;
  std::vector<PetrarchRecordResult> results;  // every counted record, in file order
  std::vector<std::string> warnings;          // dictionary diagnostics count, bad records...
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double root_f1() const {
    double p = root_tp + root_fp ? double(root_tp) / double(root_tp + root_fp) : 0;
    double r = root_tp + root_fn ? double(root_tp) / double(root_tp + root_fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  // "records N exact N precision X recall X f1 X root_f1 X"
  std::string SummaryLine() const;
};

// Runs the whole file. Errors: unreadable file or dictionaries (NotFound), a file without
// PETRARCH structure (InvalidArgument).
StatusOr<PetrarchEvalResult> EvalPetrarchFile(const std::string& xml_path,
                                              const PetrarchEvalOptions& options);

}  // namespace dyad::eval
