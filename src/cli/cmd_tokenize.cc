// `dyad tokenize`: sentences and tokens of each story as JSON lines.
// `dyad eval tokenize GOLD.conllu`: CoNLL 2018 Words and Sentences scores from raw text.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "cli/story_input.h"
#include "eval/conll18.h"
#include "ingest/conllu.h"
#include "tokenize/tokenizer.h"

namespace dyad::cli {
namespace {

struct TokenizeFlags {
  InputOptions input;
  int max_sentence_words = tokenize::TokenizerOptions().max_sentence_words;
  bool no_datelines = false;
};

void AddTokenizerFlags(CLI::App* cmd, TokenizeFlags* flags) {
  cmd->add_option("--max-sentence-words", flags->max_sentence_words,
                  "Cut sentences longer than this many words (0: no limit)")
      ->capture_default_str();
  cmd->add_flag("--no-datelines", flags->no_datelines,
                "Keep a story-initial dateline (\"BAGHDAD (AFP) -\") in the first sentence");
}

tokenize::TokenizerOptions ToOptions(const TokenizeFlags& flags) {
  tokenize::TokenizerOptions options;
  options.max_sentence_words = flags.max_sentence_words;
  options.split_datelines = !flags.no_datelines;
  return options;
}

// Appends s as a JSON string. Invalid UTF-8 bytes become U+FFFD (as nlohmann's "replace").
void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      char32_t cp;
      int len = DecodeUtf8(s, i, &cp);
      bool invalid = (cp == 0xfffd && len == 1) || (cp >= 0xd800 && cp <= 0xdfff) ||
                     cp > 0x10ffff || (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                     (len == 4 && cp < 0x10000);
      if (invalid) {
        out->append("\xEF\xBF\xBD");  // U+FFFD
      } else {
        out->append(s.substr(i, len));
      }
      i += len;
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out->append(fmt::format("\\u{:04x}", c));
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out->push_back('"');
}

// {"story_id","sentence","span":[b,e],"text","tokens":[{"form","span":[b,e]}]}, written by
// hand: the JSON library costs several times the tokenizer itself on large inputs.
void AppendSentenceJson(const Story& story, size_t index, std::string* out) {
  const Sentence& s = story.sentences[index];
  out->append("{\"story_id\":");
  AppendJsonString(story.id, out);
  out->append(
      fmt::format(",\"sentence\":{},\"span\":[{},{}],\"text\":", index, s.span.begin, s.span.end));
  AppendJsonString(story.SpanText(s.span), out);
  out->append(",\"tokens\":[");
  for (size_t k = 0; k < s.words.size(); ++k) {
    const Word& w = s.words[k];
    if (k > 0) out->push_back(',');
    out->append("{\"form\":");
    AppendJsonString(w.form, out);
    out->append(",\"span\":[");
    out->append(std::to_string(w.span.begin));
    out->push_back(',');
    out->append(std::to_string(w.span.end));
    out->append("]}");
  }
  out->append("]}\n");
}

int RunTokenize(const TokenizeFlags& flags) {
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create(ToOptions(flags));
  if (!tokenizer.ok()) {
    fmt::print(stderr, "dyad tokenize: {}\n", tokenizer.status().message());
    return 2;
  }
  return RunStories(flags.input, [&](Story& story) {
    Status st = tokenizer->Tokenize(story);
    if (!st.ok()) {
      fmt::print(stderr, "dyad tokenize: {}: story {}: {}\n", story.origin, story.id,
                 st.message());
      return StoryResult::kRejected;
    }
    // Written in chunks: a very large story must not hold all of its JSON in memory at once.
    constexpr size_t kFlushBytes = 1 << 20;
    std::string out;
    for (size_t i = 0; i < story.sentences.size(); ++i) {
      AppendSentenceJson(story, i, &out);
      if (out.size() >= kFlushBytes) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return story.sentences.empty() ? StoryResult::kNoOutput : StoryResult::kCoded;
  });
}

void PrintScore(const char* name, const eval::Score& s) {
  fmt::print("{:<10} gold {:>7} system {:>7} correct {:>7}  P {:6.2f}  R {:6.2f}  F1 {:6.2f}\n",
             name, s.gold, s.system, s.correct, s.Precision(), s.Recall(), s.F1());
}

int RunEvalTokenize(const std::string& path, const TokenizeFlags& flags) {
  StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create(ToOptions(flags));
  if (!tokenizer.ok()) {
    fmt::print(stderr, "dyad eval tokenize: {}\n", tokenizer.status().message());
    return 2;
  }
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    fmt::print(stderr, "dyad eval tokenize: {}\n", bytes.status().message());
    return 2;
  }
  std::vector<Story> gold;
  int input_errors = 0;
  Status read = ingest::ReadConllu(
      path, *bytes, [&](Story&& s) { gold.push_back(std::move(s)); },
      [&](const ingest::InputError& e) {
        ++input_errors;
        fmt::print(stderr, "dyad eval tokenize: {}\n", e.ToString());
      });
  if (!read.ok()) {
    fmt::print(stderr, "dyad eval tokenize: {}\n", read.message());
    return 2;
  }
  if (gold.empty()) {
    fmt::print(stderr, "dyad eval tokenize: {}: no sentence to score\n", path);
    return 2;
  }
  std::vector<Story> system = eval::StripToText(gold);
  for (Story& s : system) {
    Status st = tokenizer->Tokenize(s);
    if (!st.ok()) {
      fmt::print(stderr, "dyad eval tokenize: story {}: {}\n", s.id, st.message());
      return 2;
    }
  }
  StatusOr<eval::ConllScores> scores = eval::ScoreDocuments(gold, system);
  if (!scores.ok()) {
    fmt::print(stderr, "dyad eval tokenize: {}\n", scores.status().message());
    return 2;
  }
  fmt::print("file {}: {} stories{}\n", path, gold.size(),
             input_errors > 0 ? fmt::format(", {} malformed lines skipped", input_errors) : "");
  PrintScore("Tokens", scores->tokens);
  PrintScore("Words", scores->words);
  PrintScore("Sentences", scores->sentences);
  fmt::print("tokens_p {:.2f} tokens_r {:.2f} tokens_f1 {:.2f} sentences_f1 {:.2f}\n",
             scores->words.Precision(), scores->words.Recall(), scores->words.F1(),
             scores->sentences.F1());
  return 0;
}

}  // namespace

void AddTokenizeCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<TokenizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "tokenize",
      "Split stories into sentences and UD words; one JSON line per sentence: "
      "{\"story_id\",\"sentence\",\"span\",\"text\",\"tokens\":[{\"form\",\"span\"}]}");
  AddInputOptions(cmd, &flags->input);
  AddTokenizerFlags(cmd, flags.get());
  cmd->callback([flags, exit_code] { *exit_code = RunTokenize(*flags); });
}

void AddEvalTokenizeCommand(CLI::App& eval, int* exit_code) {
  auto flags = std::make_shared<TokenizeFlags>();
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = eval.add_subcommand(
      "tokenize",
      "Tokenize the raw text of a CoNLL-U file (rebuilt per document) and score it against its "
      "words and sentences (CoNLL 2018 metrics); last line: "
      "tokens_p X tokens_r X tokens_f1 X sentences_f1 X");
  cmd->add_option("gold", *path, "Gold CoNLL-U file")->required();
  AddTokenizerFlags(cmd, flags.get());
  cmd->callback([flags, path, exit_code] { *exit_code = RunEvalTokenize(*path, *flags); });
}

}  // namespace dyad::cli
