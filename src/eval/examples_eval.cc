#include "eval/examples_eval.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/file.h"

namespace dyad::eval {
namespace {

using json = nlohmann::json;

std::string Str(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// A `source`/`target` value: a list of {actorText, code}, or a single such object.
std::vector<ExampleActor> Actors(const json& obj, const char* key) {
  std::vector<ExampleActor> out;
  auto it = obj.find(key);
  if (it == obj.end()) return out;
  auto one = [&](const json& a) {
    if (!a.is_object()) return;
    ExampleActor actor;
    actor.text = Str(a, "actorText");
    actor.code = Str(a, "code");
    out.push_back(std::move(actor));
  };
  if (it->is_array()) {
    for (const json& a : *it) one(a);
  } else {
    one(*it);
  }
  return out;
}

std::string Prefix3(const std::string& code) { return code.substr(0, 3); }

bool MatchesSome(const std::string& code, const std::vector<ExampleActor>& gold) {
  if (code.size() < 3 || code.substr(0, 3) == "---") return false;
  for (const ExampleActor& a : gold) {
    if (a.code.size() >= 3 && Prefix3(a.code) == Prefix3(code)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> PloverRoots(std::string_view event) {
  struct Row {
    const char* event;
    std::vector<std::string> roots;
  };
  static const Row kRows[] = {
      {"AGREE", {"03"}},       {"CONSULT", {"04"}},       {"SUPPORT", {"05"}},
      {"COOPERATE", {"06"}},   {"AID", {"07"}},           {"CONCEDE", {"08"}},
      {"RETREAT", {"08"}},     {"INVESTIGATE", {"09"}},   {"DEMAND", {"10"}},
      {"DISAPPROVE", {"11"}},  {"REJECT", {"12"}},        {"THREATEN", {"13"}},
      {"PROTEST", {"14"}},     {"MOBILIZE", {"15"}},      {"SANCTION", {"16"}},
      {"COERCE", {"17"}},      {"ASSAULT", {"18"}},       {"FIGHT", {"19", "20"}},
  };
  for (const Row& r : kRows) {
    if (event == r.event) return r.roots;
  }
  return {};
}

StatusOr<ExampleFile> ParseExamples(std::string_view text, const std::string& name) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return InvalidArgument(name + ": not valid JSON at byte " + std::to_string(e.byte) + ": " +
                           e.what());
  }
  if (!doc.is_array()) return InvalidArgument(name + ": expected a JSON array of records");
  ExampleFile file;
  for (size_t i = 0; i < doc.size(); ++i) {
    const json& rec = doc[i];
    std::string where = name + ": record " + std::to_string(i + 1);
    if (!rec.is_object()) return InvalidArgument(where + ": not a JSON object");
    Example ex;
    ex.id = Str(rec, "id");
    ex.event = Str(rec, "event");
    if (ex.event == "DOCUMENT") {
      ++file.documents;
      continue;
    }
    ex.text = Str(rec, "text");
    if (ex.event.empty() || ex.text.empty()) {
      return InvalidArgument(where + (ex.id.empty() ? "" : " (" + ex.id + ")") +
                             ": missing string field 'event' or 'text'");
    }
    ex.date = Str(rec, "date");
    ex.event_text = Str(rec, "eventText");
    ex.source = Actors(rec, "source");
    ex.target = Actors(rec, "target");
    if (PloverRoots(ex.event).empty()) file.unknown_events.push_back(ex.id + ": " + ex.event);
    file.examples.push_back(std::move(ex));
  }
  return file;
}

StatusOr<ExampleFile> ReadExamples(const std::string& path) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return NotFound("cannot read '" + path + "': " + text.status().message());
  return ParseExamples(*text, path);
}

ExampleScore ScoreExample(const Example& example, const std::vector<Event>& events) {
  ExampleScore s;
  s.gold_roots = PloverRoots(example.event);
  bool gold_target = false;
  for (const ExampleActor& a : example.target) gold_target |= !a.code.empty();
  for (const Event& e : events) {
    std::string root = e.code.substr(0, 2);
    bool root_ok = false;
    for (const std::string& r : s.gold_roots) root_ok |= r == root;
    if (!root_ok) continue;
    s.event_ok = true;
    s.source_ok |= MatchesSome(e.source, example.source);
    s.target_ok |= MatchesSome(e.target, example.target);
  }
  s.target_scored = s.event_ok && gold_target;
  if (!s.target_scored) s.target_ok = false;
  return s;
}

void ExamplesSummary::Add(const ExampleScore& s) {
  ++sentences;
  if (!s.event_ok) return;
  ++event_hits;
  source_hits += s.source_ok;
  if (s.target_scored) {
    ++target_scored;
    target_hits += s.target_ok;
  }
}

double ExamplesSummary::event_acc() const {
  return sentences ? static_cast<double>(event_hits) / sentences : 0.0;
}
double ExamplesSummary::source_acc() const {
  return event_hits ? static_cast<double>(source_hits) / event_hits : 0.0;
}
double ExamplesSummary::target_acc() const {
  return target_scored ? static_cast<double>(target_hits) / target_scored : 0.0;
}

std::string ExamplesSummary::SummaryLine() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "sentences %zu event_acc %.3f source_acc %.3f target_acc %.3f",
                sentences, event_acc(), source_acc(), target_acc());
  return buf;
}

ExamplesRun RunExamples(const ExampleFile& file, const CodeStoryFn& code) {
  ExamplesRun run;
  run.results.reserve(file.examples.size());
  for (const Example& ex : file.examples) {
    ExampleResult r;
    r.example = &ex;
    Story story;
    story.id = ex.id;
    story.date = IsValidDate(ex.date) ? ex.date : "";
    story.text = ex.text;
    story.origin = ex.id;
    StatusOr<std::vector<Event>> events = code(story);
    if (events.ok()) {
      r.events = std::move(*events);
    } else {
      r.error = events.status().message();
    }
    r.score = ScoreExample(ex, r.events);
    run.total.Add(r.score);
    run.by_event[ex.event].Add(r.score);
    run.results.push_back(std::move(r));
  }
  return run;
}

}  // namespace dyad::eval
