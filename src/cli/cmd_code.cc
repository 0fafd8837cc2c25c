// `dyad code [FILES...]`: events as JSON lines (DESIGN.md) or TSV.
//
// Lexicon: `--petrarch-dicts DIR` (PETRARCH2-format files found by name, each overridable
// with --verbs/--actors/--agents/--discards/--issues), else dyad's own lexicon (`--lexicon DIR`,
// $DYAD_LEXICON, or the bundled data/lexicon). Stories that come with a parse (CoNLL-U input)
// are coded on it; others are tokenized, tagged and parsed with the model (`--model`).
//
// JSONL fields, in order: story_id, sentence, date, source, target, code, root, quad,
// goldstein, plover {event, mode, context}, source_text, target_text, event_text, text, span,
// then issues (when the lexicon has issue phrases and the sentence has some) and, for JSONL
// input with unknown fields, "story_extra" holding them as they came.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/decode_flags.h"
#include "cli/story_input.h"
#include "coder/coder.h"
#include "lexicon/dyad_lexicon.h"
#include "lexicon/lexicon.h"
#include "lexicon/normalize.h"
#include "ontology/ontology.h"
#include "discourse/discourse.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad::cli {
namespace {

struct CodeFlags {
  InputOptions input;
  std::string format = "jsonl";
  std::string petrarch_dicts;
  std::string lexicon;
  std::string verbs, agents, discards, issues;
  std::vector<std::string> actors;
  std::string model;
  bool allow_monads = false;
  bool one_a_story = false;
  bool no_document_pass = false;
  DecodeFlags decode;  // parser decoding (default greedy)
};

std::string TsvField(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return out;
}

std::string Issues(const lexicon::Lexicon& lex, const Sentence& s) {
  if (lex.issues.size() == 0) return {};
  std::vector<std::string> words;
  words.reserve(s.words.size());
  for (const Word& w : s.words) words.push_back(lexicon::NormalizeWord(w.form));
  std::string out;
  for (const auto& [code, count] : lex.issues.Find(words)) {
    if (!out.empty()) out += ";";
    out += code + "," + std::to_string(count);
  }
  return out;
}

StatusOr<lexicon::Lexicon> LoadLexicon(const CodeFlags& f) {
  bool overrides = !f.verbs.empty() || !f.actors.empty() || !f.agents.empty() ||
                   !f.discards.empty() || !f.issues.empty();
  if (!f.petrarch_dicts.empty() || overrides) {
    lexicon::PetrarchFiles files;
    if (!f.petrarch_dicts.empty()) {
      StatusOr<lexicon::PetrarchFiles> found = lexicon::FindPetrarchFiles(f.petrarch_dicts);
      if (!found.ok()) return found.status();
      files = *found;
    }
    if (!f.verbs.empty()) files.verbs = f.verbs;
    if (!f.actors.empty()) files.actors = f.actors;
    if (!f.agents.empty()) files.agents = f.agents;
    if (!f.discards.empty()) files.discards = f.discards;
    if (!f.issues.empty()) files.issues = f.issues;
    return lexicon::LoadPetrarchLexicon(files);
  }
  std::string dir = lexicon::ResolveLexiconDir(f.lexicon, DYAD_SOURCE_DIR "/data/lexicon");
  StatusOr<lexicon::Lexicon> lex = lexicon::LoadDyadLexicon(dir);
  if (!lex.ok()) {
    return FailedPrecondition("no lexicon available: " + lex.status().message() +
                              " (use --petrarch-dicts DIR or --lexicon DIR)");
  }
  if (lex->verbs.verbs().empty()) {
    return FailedPrecondition("no lexicon available: the lexicon at " + dir +
                              " has no verbs (use --petrarch-dicts DIR or --lexicon DIR)");
  }
  return lex;
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app.add_subcommand("code", "Code political events (who did what to whom)");
  AddInputOptions(cmd, &flags->input);
  cmd->add_option("--format", flags->format, "Output: jsonl (default) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--petrarch-dicts", flags->petrarch_dicts,
                  "Code with the PETRARCH2-format dictionaries in DIR (*.verbs* or CAMEO*.txt, "
                  "*actors*, *agents*, *discards*, *Issue*)");
  cmd->add_option("--lexicon", flags->lexicon, "dyad lexicon folder (default: the bundled one)");
  cmd->add_option("--verbs", flags->verbs, "PETRARCH verb file (overrides --petrarch-dicts)");
  cmd->add_option("--actors", flags->actors, "PETRARCH actor file(s)");
  cmd->add_option("--agents", flags->agents, "PETRARCH agent file");
  cmd->add_option("--discards", flags->discards, "PETRARCH discard file");
  cmd->add_option("--issues", flags->issues, "PETRARCH issue file");
  cmd->add_option("--model", flags->model,
                  "tagger/parser model (default: $DYAD_MODEL or models/en_ewt.dyadmodel)");
  cmd->add_flag("--allow-monads", flags->allow_monads,
                "Also write events with only a source or only a target (\"---\" for the other)");
  cmd->add_flag("--one-a-story", flags->one_a_story,
                "Keep only the first event of each (date, source, target, code) in a story "
                "(PETRARCH's story filter)");
  AddDecodeFlags(cmd, &flags->decode);
  cmd->add_flag("--no-document-pass", flags->no_document_pass,
                "Skip the document pass (dates written in the text, actor memory across the "
                "story): events keep the story date and unresolved actors");
  cmd->callback([flags, exit_code]() {
    StatusOr<lexicon::Lexicon> lex = LoadLexicon(*flags);
    if (!lex.ok()) {
      fmt::print(stderr, "dyad code: {}\n", lex.status().message());
      *exit_code = 2;
      return;
    }
    auto lexicon = std::make_shared<lexicon::Lexicon>(std::move(*lex));
    size_t errors = lexicon::CountErrors(lexicon->diagnostics);
    if (!lexicon->diagnostics.empty()) {
      fmt::print(stderr,
                 "dyad code: lexicon: {} lines skipped or suspicious ({} errors); "
                 "`dyad lexicon check` lists them\n",
                 lexicon->diagnostics.size(), errors);
    }
    coder::CoderOptions options;
    // Incomplete events are dropped by the document pass, after actor memory has had a chance
    // to fill them ("Lavrov visited Iraq" once "Foreign Minister Sergey Lavrov" was named).
    options.require_dyad = flags->no_document_pass && !flags->allow_monads;
    StatusOr<coder::Coder> coder = coder::Coder::Create(lexicon.get(), options);
    if (!coder.ok()) {
      fmt::print(stderr, "dyad code: {}\n", coder.status().message());
      *exit_code = 2;
      return;
    }
    StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create();
    if (!tokenizer.ok()) {
      fmt::print(stderr, "dyad code: {}\n", tokenizer.status().message());
      *exit_code = 2;
      return;
    }
    // The model is loaded on the first story that needs it.
    std::unique_ptr<parse::Model> model;
    const parse::ParseOptions decode = DecodeOptions(flags->decode);
    bool model_failed = false;
    const ontology::Ontology& onto = ontology::Ontology::Cameo();
    bool tsv = flags->format == "tsv";
    if (tsv) {
      std::fputs(
          "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tsource_text\t"
          "target_text\tevent_text\n",
          stdout);
    }
    *exit_code = RunStories(flags->input, [&](Story& story) -> StoryResult {
      if (story.sentences.empty()) {
        Status st = tokenizer->Tokenize(story);
        if (!st.ok()) {
          fmt::print(stderr, "dyad code: {}: story {}: {}\n", story.origin, story.id,
                     st.message());
          return StoryResult::kRejected;
        }
      }
      for (Sentence& s : story.sentences) {
        bool parsed = false;
        for (const Word& w : s.words) parsed = parsed || w.head >= 0;
        if (parsed || s.words.empty()) continue;
        if (!model && !model_failed) {
          StatusOr<parse::Model> m = parse::Model::Load(parse::DefaultModelPath(flags->model));
          if (!m.ok()) {
            fmt::print(stderr, "dyad code: {}\n", m.status().message());
            model_failed = true;
          } else {
            model = std::make_unique<parse::Model>(std::move(*m));
          }
        }
        if (model_failed) {
          fmt::print(stderr, "dyad code: {}: story {}: no parser model, story not coded\n",
                     story.origin, story.id);
          return StoryResult::kRejected;
        }
        model->Annotate(s, decode);
      }
      std::vector<Event> events = coder->CodeStory(story);
      if (!flags->no_document_pass) {
        discourse::DocumentPassOptions pass;
        pass.require_dyad = !flags->allow_monads;
        pass.one_a_story = flags->one_a_story;
        if (Status st = discourse::RunDocumentPass(story, events, pass); !st.ok()) {
          fmt::print(stderr, "dyad code: {}: story {}: document pass: {}\n", story.origin,
                     story.id, st.message());
        }
      }
      for (const Event& e : events) {
        ontology::EventCodeInfo info = onto.Describe(e.code);
        const Sentence& s = story.sentences[e.sentence];
        if (tsv) {
          fmt::print("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", TsvField(story.id),
                     e.sentence, e.date, e.source, e.target, e.code, info.root, info.quad,
                     info.goldstein, TsvField(e.source_text), TsvField(e.target_text),
                     TsvField(e.event_text));
          continue;
        }
        nlohmann::ordered_json j;
        j["story_id"] = story.id;
        j["sentence"] = e.sentence;
        j["date"] = e.date.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.date);
        j["source"] = e.source;
        j["target"] = e.target;
        j["code"] = e.code;
        j["root"] = info.root;
        j["quad"] = info.quad;
        j["goldstein"] = info.goldstein;
        j["plover"] = {{"event", info.plover.event},
                       {"mode", info.plover.mode},
                       {"context", info.plover.context}};
        j["source_text"] = e.source_text;
        j["target_text"] = e.target_text;
        j["event_text"] = e.event_text;
        j["text"] = story.SpanText(s.span);
        j["span"] = {s.span.begin, s.span.end};
        std::string issues = Issues(*lexicon, s);
        if (!issues.empty()) j["issues"] = issues;
        if (!story.extra_json.empty()) {
          nlohmann::ordered_json extra =
              nlohmann::ordered_json::parse(story.extra_json, nullptr, false);
          if (!extra.is_discarded()) j["story_extra"] = std::move(extra);
        }
        std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        std::fputs(line.c_str(), stdout);
        std::fputc('\n', stdout);
      }
      return events.empty() ? StoryResult::kNoOutput : StoryResult::kCoded;
    });
    // An unreadable model is a setup error (DESIGN.md: exit status 2), not a bad story.
    if (model_failed) *exit_code = 2;
  });
}

}  // namespace dyad::cli
