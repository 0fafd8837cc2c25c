#include "lexicon/dyad_lexicon.h"

#include <cstdlib>
#include <filesystem>
#include <utility>

#include "ontology/ontology.h"

#if __has_include("lexicon/dyad_verbs.h")
#include "lexicon/dyad_verbs.h"
#define DYAD_HAVE_DYAD_VERBS 1
#else
#define DYAD_HAVE_DYAD_VERBS 0
#endif

namespace dyad::lexicon {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMinTriggersPerCode = 3;
constexpr size_t kMinTriggersPerRoot = 40;

Status CheckDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return NotFound("lexicon folder '" + dir +
                    "' does not exist or is not a folder (give --lexicon DIR or set "
                    "$DYAD_LEXICON)");
  }
  return Status::Ok();
}

StatusOr<Lexicon> Load(const std::string& dir, DyadActorCounts* counts) {
  DYAD_RETURN_IF_ERROR(CheckDir(dir));
  Lexicon lex;
  std::string root = (fs::path(dir) / kDyadLexiconRoot).string();
  DyadActorSinks sinks{&lex.actors, &lex.agents, &lex.discards, &lex.diagnostics, counts};
  Status s = ReadDyadActorFile(root, sinks);
  if (!s.ok()) {
    return InvalidArgument("lexicon folder '" + dir + "' has no readable " + kDyadLexiconRoot +
                           ": " + s.message());
  }
#if DYAD_HAVE_DYAD_VERBS
  Status v = LoadDyadVerbs(dir, &lex.verbs, &lex.diagnostics);
  if (!v.ok()) lex.diagnostics.push_back({dir, 0, Diagnostic::Severity::kError, v.message()});
#else
  lex.diagnostics.push_back({dir, 0, Diagnostic::Severity::kWarning,
                             "this build has no dyad verb reader (dyad_verbs.h): verbs not read"});
#endif
  lex.description = "dyad lexicon " + dir;
  return lex;
}

void CountTrigger(const VerbCode& code, DyadLexiconStats* stats) {
  const std::string& c = !code.active.empty() ? code.active : code.passive;
  if (c.size() < 3 || c == VerbCode::kNull) return;
  ++stats->triggers_by_root[c.substr(0, 2)];
  ++stats->triggers_by_code3[c.substr(0, 3)];
}

}  // namespace

StatusOr<Lexicon> LoadDyadLexicon(const std::string& dir) {
  DyadActorCounts counts;
  return Load(dir, &counts);
}

std::vector<Diagnostic> CheckDyadLexicon(const std::string& dir) {
  DyadActorCounts counts;
  StatusOr<Lexicon> lex = Load(dir, &counts);
  if (!lex.ok()) return {{dir, 0, Diagnostic::Severity::kError, lex.status().message()}};
  return std::move(lex->diagnostics);
}

StatusOr<DyadLexiconStats> ComputeDyadLexiconStats(const std::string& dir) {
  DyadLexiconStats stats;
  StatusOr<Lexicon> lex = Load(dir, &stats.actors);
  if (!lex.ok()) return lex.status();
  stats.actor_phrases = lex->actors.size();
  stats.actor_entries = lex->actors.entry_count();
  stats.agent_phrases = lex->agents.size();
  stats.discard_phrases = lex->discards.size();
  stats.verb_blocks = lex->verbs.blocks().size();
  stats.verbs = lex->verbs.verbs().size();
  for (const Verb& v : lex->verbs.verbs()) CountTrigger(lex->verbs.CodeOf(v), &stats);
  for (const VerbBlock& b : lex->verbs.blocks()) {
    stats.verb_patterns += b.patterns.size();
    for (const VerbPattern& p : b.patterns) CountTrigger(p.code, &stats);
  }
  stats.errors = CountErrors(lex->diagnostics);
  stats.warnings = lex->diagnostics.size() - stats.errors;
  return stats;
}

std::string FormatDyadLexiconStats(const DyadLexiconStats& s) {
  using std::to_string;
  std::string out;
  out += "files " + to_string(s.actors.files) + "\n";
  for (const auto& [kind, n] : s.actors.entries_by_kind) {
    auto it = s.actors.phrases_by_kind.find(kind);
    size_t phrases = it == s.actors.phrases_by_kind.end() ? 0 : it->second;
    out += "kind " + kind + " entries " + to_string(n) + " phrases " + to_string(phrases) + "\n";
  }
  for (const char* c : {"high", "medium", "low"}) {
    auto it = s.actors.person_codes_by_confidence.find(c);
    size_t n = it == s.actors.person_codes_by_confidence.end() ? 0 : it->second;
    out += std::string("person_codes ") + c + " " + to_string(n) + "\n";
  }
  out += "actor_phrases " + to_string(s.actor_phrases) + "\n";
  out += "actor_entries " + to_string(s.actor_entries) + "\n";
  out += "agent_phrases " + to_string(s.agent_phrases) + "\n";
  out += "discard_phrases " + to_string(s.discard_phrases) + "\n";
  out += "verb_blocks " + to_string(s.verb_blocks) + "\n";
  out += "verbs " + to_string(s.verbs) + "\n";
  out += "verb_patterns " + to_string(s.verb_patterns) + "\n";

  // Coverage over the CAMEO list: roots and 3-digit codes.
  const auto& onto = ontology::Ontology::Cameo();
  std::vector<std::string> roots, codes3;
  for (const auto& info : onto.codes()) {
    if (info.code.size() == 2) roots.push_back(info.code);
    if (info.code.size() == 3) codes3.push_back(info.code);
  }
  auto get = [](const std::map<std::string, size_t>& m, const std::string& k) -> size_t {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  };
  size_t total = 0;
  for (const auto& [k, n] : s.triggers_by_root) total += n;
  std::vector<std::string> weak_roots, weak_codes;
  for (const std::string& r : roots) {
    size_t n = get(s.triggers_by_root, r);
    out += "root " + r + " triggers " + to_string(n) + "\n";
    if (n < kMinTriggersPerRoot) weak_roots.push_back(r + "(" + to_string(n) + ")");
  }
  for (const std::string& c : codes3) {
    size_t n = get(s.triggers_by_code3, c);
    out += "code " + c + " triggers " + to_string(n) + "\n";
    if (n < kMinTriggersPerCode) weak_codes.push_back(c + "(" + to_string(n) + ")");
  }
  for (const auto& [c, n] : s.triggers_by_code3) {
    if (!onto.IsKnown(c)) {
      out += "code " + c + " triggers " + to_string(n) + " (not a CAMEO code)\n";
    }
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string j = to_string(v.size());
    for (size_t i = 0; i < v.size(); ++i) j += (i == 0 ? ": " : " ") + v[i];
    return j;
  };
  out += "roots_below_" + to_string(kMinTriggersPerRoot) + " " + list(weak_roots) + "\n";
  out += "codes_below_" + to_string(kMinTriggersPerCode) + " " + list(weak_codes) + "\n";
  out += "actor_entries " + to_string(s.actor_entries) + " agent_phrases " +
         to_string(s.agent_phrases) + " verb_triggers " + to_string(total) + " roots_covered " +
         to_string(roots.size() - weak_roots.size()) + "/" + to_string(roots.size()) +
         " codes_covered " + to_string(codes3.size() - weak_codes.size()) + "/" +
         to_string(codes3.size()) + " errors " + to_string(s.errors) + " warnings " +
         to_string(s.warnings) + "\n";
  return out;
}

}  // namespace dyad::lexicon

namespace dyad::lexicon {

std::string ResolveLexiconDir(const std::string& flag, const std::string& built_in) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("DYAD_LEXICON");
  if (env != nullptr && *env != '\0') return env;
  return built_in;
}

}  // namespace dyad::lexicon
