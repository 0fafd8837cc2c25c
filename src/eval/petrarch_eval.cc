#include "eval/petrarch_eval.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/file.h"
#include "coder/coder.h"
#include "ingest/conllu.h"
#include "ingest/petrarch_xml.h"
#include "lexicon/lexicon.h"

namespace dyad::eval {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> SplitList(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (seps.find(c) != std::string_view::npos) {
      if (!Trim(cur).empty()) out.push_back(Trim(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!Trim(cur).empty()) out.push_back(Trim(cur));
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsTrue(std::string_view v) {
  std::string l = Lower(Trim(v));
  return l == "true" || l == "1" || l == "yes";
}

std::string Root(const std::string& code) { return code.substr(0, std::min<size_t>(2, code.size())); }

}  // namespace

std::string PetrarchEvalResult::SummaryLine() const {
  char buf[256];
  std::snprintf(buf, sizeof(buf), "records %zu exact %zu precision %.3f recall %.3f f1 %.3f root_f1 %.3f",
                records, exact, precision(), recall(), f1(), root_f1());
  return buf;
}

StatusOr<PetrarchEvalResult> EvalPetrarchFile(const std::string& xml_path,
                                              const PetrarchEvalOptions& options) {
  StatusOr<std::string> bytes = ReadFile(xml_path);
  if (!bytes.ok()) return bytes.status();
  PetrarchEvalResult result;
  StatusOr<ingest::PetrarchDocument> doc = ingest::ParsePetrarchXml(
      xml_path, *bytes,
      [&](const ingest::InputError& e) { result.warnings.push_back(e.ToString()); });
  if (!doc.ok()) return doc.status();

  // Dictionaries named by the environment, relative to the file.
  std::filesystem::path dir = std::filesystem::path(xml_path).parent_path();
  auto resolve = [&](const std::string& name) -> std::string {
    std::filesystem::path p(name);
    if (p.is_absolute() || dir.empty()) return p.string();
    return (dir / p).string();
  };
  lexicon::PetrarchFiles files;
  std::vector<std::string> include;
  std::string pico;
  for (const auto& [tag, value] : doc->environment) {
    std::string t = Lower(tag);
    if (t == "verbfile") files.verbs = resolve(value);
    if (t == "actorfile") {
      for (const std::string& a : SplitList(value, ",")) files.actors.push_back(resolve(a));
    }
    if (t == "agentfile") files.agents = resolve(value);
    if (t == "discardfile") files.discards = resolve(value);
    if (t == "issuefile") files.issues = resolve(value);
    if (t == "picofile") pico = resolve(value);
    if (t == "include") include = SplitList(value, " \t\n,");
  }
  if (files.verbs.empty()) {
    return InvalidArgument(xml_path + ": <Environment> names no <Verbfile>");
  }
  StatusOr<lexicon::Lexicon> lex = lexicon::LoadPetrarchLexicon(files);
  if (!lex.ok()) return lex.status();
  size_t errors = lexicon::CountErrors(lex->diagnostics);
  if (!lex->diagnostics.empty()) {
    result.warnings.push_back("dictionaries: " + std::to_string(lex->diagnostics.size()) +
                              " diagnostics (" + std::to_string(errors) +
                              " errors); run `dyad lexicon check` for the list");
  }

  coder::CoderOptions base;
  if (pico.empty()) {
    std::filesystem::path guess = dir / "PETR.Internal.Coding.Ontology.txt";
    std::error_code ec;
    if (std::filesystem::exists(guess, ec)) pico = guess.string();
  }
  if (!pico.empty()) {
    StatusOr<std::string> text = ReadFile(pico);
    if (text.ok()) {
      base.negation = coder::NegationsFromPico(*text);
      base.use_default_negations = false;
    } else {
      result.warnings.push_back(text.status().message());
    }
  }
  auto make = [&](bool require_dyad) -> StatusOr<std::unique_ptr<coder::Coder>> {
    coder::CoderOptions o = base;
    o.require_dyad = require_dyad;
    StatusOr<coder::Coder> c = coder::Coder::Create(&*lex, o);
    if (!c.ok()) return c.status();
    return std::make_unique<coder::Coder>(std::move(*c));
  };
  auto with_dyad = make(true);
  if (!with_dyad.ok()) return with_dyad.status();
  auto without_dyad = make(false);
  if (!without_dyad.ok()) return without_dyad.status();
  bool require_dyad = true;
  for (const ingest::PetrarchConfig& c : doc->environment_config) {
    if (Lower(c.option) == "require_dyad") require_dyad = IsTrue(c.value);
  }

  bool include_valid = false;
  std::set<std::string> categories;
  for (const std::string& c : include) {
    if (Lower(c) == "valid") {
      include_valid = true;
    } else {
      categories.insert(c);
    }
  }

  for (const auto& item : doc->items) {
    if (const auto* cfg = std::get_if<ingest::PetrarchConfig>(&item)) {
      if (Lower(cfg->option) == "require_dyad") require_dyad = IsTrue(cfg->value);
      continue;
    }
    const ingest::PetrarchRecord& rec = std::get<ingest::PetrarchRecord>(item);
    const std::string* cat = rec.attributes.Find("category");
    if (cat == nullptr) cat = rec.attributes.Find("source");
    if (!include.empty()) {
      bool in = cat != nullptr && categories.count(*cat) > 0;
      const std::string* valid = rec.attributes.Find("valid");
      if (!in && include_valid && valid != nullptr && IsTrue(*valid)) in = true;
      if (!in) {
        ++result.skipped;
        continue;
      }
    }
    PetrarchRecordResult r;
    r.position = result.records;
    const std::string* id = rec.attributes.Find("id");
    r.id = id ? *id : ("record@" + std::to_string(rec.line));
    r.text = OneLine(rec.text);
    for (const ingest::XmlAttributes& coding : rec.codings) {
      if (coding.Find("noevents") || coding.Find("noevent") || coding.Find("error")) continue;
      const std::string* s = coding.Find("sourcecode");
      const std::string* t = coding.Find("targetcode");
      const std::string* e = coding.Find("eventcode");
      if (!s || !t || !e) continue;
      r.gold.insert({Trim(*s), Trim(*t), Trim(*e)});
    }
    // The story: stored CoNLL-U parse or dyad's own analysis of the text.
    Story story;
    story.id = r.id;
    const std::string* date = rec.attributes.Find("date");
    if (date != nullptr && date->size() == 8) {
      story.date = date->substr(0, 4) + "-" + date->substr(4, 2) + "-" + date->substr(6, 2);
      if (!IsValidDate(story.date)) story.date.clear();
    }
    bool ok = true;
    if (options.parse == PetrarchParse::kStored) {
      size_t first = rec.parse.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && rec.parse[first] == '(') {
        return InvalidArgument(xml_path + ":" + std::to_string(rec.line) + ": record " + r.id +
                               ": the stored <Parse> is a Penn Treebank tree, not CoNLL-U; "
                               "use --parse own");
      }
      std::vector<Story> stories;
      Status st = ingest::ReadConllu(
          xml_path + ":" + std::to_string(rec.line), rec.parse,
          [&](Story&& s) { stories.push_back(std::move(s)); },
          [&](const ingest::InputError& e) { r.note = e.ToString(); });
      if (!st.ok() || stories.empty()) {
        ok = false;
        if (r.note.empty()) r.note = "no CoNLL-U parse stored in <Parse>";
      } else {
        story.text = std::move(stories[0].text);
        for (Story& s : stories) {
          for (Sentence& sent : s.sentences) story.sentences.push_back(std::move(sent));
        }
      }
    } else {
      story.text = rec.text;
      if (!options.analyze) return InvalidArgument("--parse own: no analyser available");
      Status st = options.analyze(&story);
      if (!st.ok()) {
        ok = false;
        r.note = st.message();
      }
    }
    if (ok) {
      const coder::Coder& coder = require_dyad ? **with_dyad : **without_dyad;
      for (const Event& e : coder.CodeStory(story)) r.got.insert({e.source, e.target, e.code});
    }
    r.exact = r.got == r.gold;
    ++result.records;
    if (r.exact) ++result.exact;
    for (const Triple& t : r.got) (r.gold.count(t) ? result.tp : result.fp)++;
    for (const Triple& t : r.gold) {
      if (!r.got.count(t)) ++result.fn;
    }
    std::set<Triple> groot, rroot;
    for (const Triple& t : r.gold) groot.insert({std::get<0>(t), std::get<1>(t), Root(std::get<2>(t))});
    for (const Triple& t : r.got) rroot.insert({std::get<0>(t), std::get<1>(t), Root(std::get<2>(t))});
    for (const Triple& t : rroot) (groot.count(t) ? result.root_tp : result.root_fp)++;
    for (const Triple& t : groot) {
      if (!rroot.count(t)) ++result.root_fn;
    }
    result.results.push_back(std::move(r));
  }
  return result;
}

}  // namespace dyad::eval
