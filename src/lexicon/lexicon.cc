// FindPetrarchFiles, LoadPetrarchLexicon and CheckPetrarchLexicon (see lexicon.h).
#include "lexicon/lexicon.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <tuple>

#include "ontology/ontology.h"

namespace dyad::lexicon {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool Contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

std::string BaseName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

}  // namespace

StatusOr<PetrarchFiles> FindPetrarchFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return NotFound("PETRARCH dictionary folder '" + dir + "' is not a readable directory");
  }
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code fe;
    if (!it->is_regular_file(fe)) continue;
    names.push_back(it->path().filename().string());
  }
  if (ec) return NotFound("cannot list '" + dir + "': " + ec.message());
  std::sort(names.begin(), names.end());
  PetrarchFiles files;
  std::vector<std::string> verbs, agents, discards, issues;
  for (const std::string& name : names) {
    std::string l = Lower(name);
    std::string path = (fs::path(dir) / name).string();
    if (Contains(l, ".verbs") ||
        (l.rfind("cameo", 0) == 0 && l.size() > 4 && l.substr(l.size() - 4) == ".txt")) {
      verbs.push_back(path);
    } else if (Contains(l, "actors")) {
      files.actors.push_back(path);
    } else if (Contains(l, "agents")) {
      agents.push_back(path);
    } else if (Contains(l, "discards")) {
      discards.push_back(path);
    } else if (Contains(l, "issue")) {
      issues.push_back(path);
    }
  }
  auto single = [&](const std::vector<std::string>& found, const char* what,
                    std::string* slot) -> Status {
    if (found.size() > 1) {
      std::string list;
      for (const std::string& f : found) {
        if (!list.empty()) list.append(", ");
        list.append(BaseName(f));
      }
      return InvalidArgument("'" + dir + "' holds several " + what + " files (" + list +
                             "); name the one to use with --" + what);
    }
    if (!found.empty()) *slot = found[0];
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(single(verbs, "verbs", &files.verbs));
  DYAD_RETURN_IF_ERROR(single(agents, "agents", &files.agents));
  DYAD_RETURN_IF_ERROR(single(discards, "discards", &files.discards));
  DYAD_RETURN_IF_ERROR(single(issues, "issues", &files.issues));
  if (files.verbs.empty() && files.actors.empty()) {
    return InvalidArgument("'" + dir +
                           "' holds no PETRARCH verb file (*.verbs*, CAMEO*.txt) and no actor "
                           "file (*actors*)");
  }
  return files;
}

StatusOr<Lexicon> LoadPetrarchLexicon(const PetrarchFiles& files) {
  Lexicon lex;
  std::string desc = "PETRARCH dictionaries:";
  if (!files.verbs.empty()) {
    DYAD_RETURN_IF_ERROR(ReadPetrarchVerbs(files.verbs, &lex.verbs, &lex.diagnostics));
    desc.append(" verbs ").append(BaseName(files.verbs)).append(";");
  }
  for (const std::string& path : files.actors) {
    DYAD_RETURN_IF_ERROR(ReadPetrarchActors(path, &lex.actors, &lex.diagnostics));
  }
  if (!files.actors.empty()) {
    desc += " actors";
    for (const std::string& path : files.actors) {
      desc.push_back(' ');
      desc.append(BaseName(path));
    }
    desc += ";";
  }
  if (!files.agents.empty()) {
    DYAD_RETURN_IF_ERROR(ReadPetrarchAgents(files.agents, &lex.agents, &lex.diagnostics));
    desc.append(" agents ").append(BaseName(files.agents)).append(";");
  }
  if (!files.discards.empty()) {
    DYAD_RETURN_IF_ERROR(ReadPetrarchDiscards(files.discards, &lex.discards, &lex.diagnostics));
    desc.append(" discards ").append(BaseName(files.discards)).append(";");
  }
  if (!files.issues.empty()) {
    DYAD_RETURN_IF_ERROR(ReadPetrarchIssues(files.issues, &lex.issues, &lex.diagnostics));
    desc.append(" issues ").append(BaseName(files.issues)).append(";");
  }
  if (desc.back() == ';') desc.pop_back();
  lex.description = desc;
  return lex;
}

std::vector<Diagnostic> CheckPetrarchLexicon(const PetrarchFiles& files) {
  StatusOr<Lexicon> lex = LoadPetrarchLexicon(files);
  if (!lex.ok()) {
    return {Diagnostic{"", 0, Diagnostic::Severity::kError, lex.status().message()}};
  }
  std::vector<Diagnostic> out = std::move(lex->diagnostics);
  const ontology::Ontology& onto = ontology::Ontology::Cameo();
  // Actor codes: every three-character unit must be a CAMEO actor code. Reported once per
  // distinct code, at its first use.
  struct Use {
    std::string file;
    size_t line;
    std::string unit;
  };
  std::map<std::string, Use> unknown;
  lex->actors.ForEach([&](const std::vector<std::string>&, const std::vector<ActorEntry>& list) {
    for (const ActorEntry& e : list) {
      if (unknown.count(e.code)) {
        Use& u = unknown[e.code];
        const std::string& f = lex->actors.sources()[e.source];
        if (std::tie(f, e.line) < std::tie(u.file, u.line)) {
          u.file = f;
          u.line = e.line;
        }
        continue;
      }
      if (e.code == "---" || e.code == "+++") continue;
      std::string bad;
      if (!onto.IsKnownActorCode(e.code, &bad)) {
        unknown[e.code] = Use{lex->actors.sources()[e.source], e.line, bad};
      }
    }
  });
  for (const auto& [code, use] : unknown) {
    out.push_back(Diagnostic{
        use.file, use.line, Diagnostic::Severity::kWarning,
        "actor code '" + code + "': '" + use.unit + "' is not a CAMEO actor code unit (kept)"});
  }
  std::set<std::string> agent_codes_seen;
  lex->agents.ForEach([&](const std::string& phrase, const AgentEntry& e) {
    if (!agent_codes_seen.insert(e.code).second) return;
    std::string bad;
    if (!onto.IsKnownActorCode(e.code, &bad)) {
      out.push_back(Diagnostic{files.agents, e.line, Diagnostic::Severity::kWarning,
                               "agent code '" + e.code + "' (" + phrase + "): '" + bad +
                                   "' is not a CAMEO actor code unit (kept)"});
    }
  });
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  return out;
}

}  // namespace dyad::lexicon
