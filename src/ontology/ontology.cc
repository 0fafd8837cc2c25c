// The CAMEO ontology: parses the embedded TSV tables once (see ontology.h).
#include "ontology/ontology.h"

#include <charconv>
#include <cstdlib>
#include <string>

namespace dyad::ontology {
namespace internal {
extern const std::string_view kCameoEventTsv;
extern const std::string_view kCameoActorTsv;
}  // namespace internal

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Calls fn(line_number, fields) for each data line (skips '#' comments, blank lines and the
// header line, the first non-comment line).
template <typename Fn>
void ForEachRow(std::string_view text, Fn&& fn) {
  size_t line_no = 0;
  bool header_seen = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    fn(line_no, SplitTabs(line));
  }
}

bool ParseDouble(std::string_view s, double* out) {
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Ontology Ontology::FromTsv(std::string_view event_tsv, std::string_view actor_tsv,
                           std::vector<std::string>* errors) {
  Ontology o;
  auto error = [&](size_t line, const std::string& what) {
    if (errors) errors->push_back("line " + std::to_string(line) + ": " + what);
  };
  ForEachRow(event_tsv, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() < 4) {
      error(line, "expected at least 4 tab-separated fields");
      return;
    }
    CodeInfo info;
    info.code = std::string(f[0]);
    info.name = std::string(f[1]);
    if (!IsDigits(info.code) || info.code.size() < 2 || info.code.size() > 4) {
      error(line, "bad CAMEO code '" + info.code + "'");
      return;
    }
    if (!ParseDouble(f[2], &info.goldstein)) {
      error(line, "bad Goldstein value '" + std::string(f[2]) + "'");
      return;
    }
    auto [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), info.quad);
    if (ec != std::errc() || p != f[3].data() + f[3].size() || info.quad < 0 || info.quad > 4) {
      error(line, "bad quad class '" + std::string(f[3]) + "'");
      return;
    }
    if (f.size() > 4) info.plover.event = std::string(f[4]);
    if (f.size() > 5) info.plover.mode = std::string(f[5]);
    if (f.size() > 6) info.plover.context = std::string(f[6]);
    if (o.index_.count(info.code)) {
      error(line, "duplicate code '" + info.code + "'");
      return;
    }
    o.index_.emplace(info.code, o.codes_.size());
    o.codes_.push_back(std::move(info));
  });
  ForEachRow(actor_tsv, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() < 2 || f[1].size() != 3) {
      error(line, "expected kind<TAB>three-character code");
      return;
    }
    ActorCodeKind kind;
    if (f[0] == "country") {
      kind = ActorCodeKind::kCountry;
    } else if (f[0] == "region") {
      kind = ActorCodeKind::kRegion;
    } else if (f[0] == "type") {
      kind = ActorCodeKind::kType;
    } else if (f[0] == "knowngroup") {
      kind = ActorCodeKind::kKnownGroup;
    } else if (f[0] == "ethnic") {
      kind = ActorCodeKind::kEthnic;
    } else if (f[0] == "religion") {
      kind = ActorCodeKind::kReligion;
    } else {
      error(line, "unknown actor code kind '" + std::string(f[0]) + "'");
      return;
    }
    o.actor_units_.emplace(std::string(f[1]), kind);  // first kind wins
  });
  return o;
}

const Ontology& Ontology::Cameo() {
  static const Ontology* const kCameo =
      new Ontology(FromTsv(internal::kCameoEventTsv, internal::kCameoActorTsv));
  return *kCameo;
}

const CodeInfo* Ontology::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

std::string Ontology::Root(std::string_view code) { return std::string(code.substr(0, 2)); }

EventCodeInfo Ontology::Describe(std::string_view code) const {
  EventCodeInfo out;
  out.root = Root(code);
  const CodeInfo* info = Find(code);
  out.known = info != nullptr;
  if (!info) {
    // The root's own row ("17"), or its "not specified below" child ("170") when the root is
    // not listed on its own.
    info = Find(out.root);
    if (!info) info = Find(out.root + "0");
  }
  if (info) {
    out.quad = info->quad;
    out.goldstein = info->goldstein;
    out.plover = info->plover;
  }
  return out;
}

bool Ontology::IsKnownActorUnit(std::string_view unit) const {
  return actor_units_.count(std::string(unit)) > 0;
}

bool Ontology::IsKnownActorCode(std::string_view code, std::string* bad_unit) const {
  if (code.empty() || code.size() % 3 != 0) {
    if (bad_unit) *bad_unit = std::string(code);
    return false;
  }
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view unit = code.substr(i, 3);
    if (i == 0 && unit == "---") continue;
    if (!IsKnownActorUnit(unit)) {
      if (bad_unit) *bad_unit = std::string(unit);
      return false;
    }
  }
  return true;
}

}  // namespace dyad::ontology
