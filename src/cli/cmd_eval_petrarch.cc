// `dyad eval petrarch FILE.xml [--parse stored|own] [--model PATH]`: runs a PETRARCH
// validation file and prints each mismatching record (id, text, gold, got), then the summary
// line `records N exact N precision X recall X f1 X root_f1 X` as the last stdout line.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/decode_flags.h"
#include "eval/petrarch_eval.h"
#include "parse/model.h"
#include "tokenize/tokenizer.h"

namespace dyad::cli {
namespace {

std::string Triples(const std::set<eval::Triple>& s) {
  if (s.empty()) return "(none)";
  std::string out;
  for (const eval::Triple& t : s) {
    if (!out.empty()) out += "  ";
    out += std::get<0>(t) + " " + std::get<1>(t) + " " + std::get<2>(t);
  }
  return out;
}

}  // namespace

void AddEvalPetrarchCommand(CLI::App& eval, int* exit_code) {
  struct Flags {
    std::string file;
    std::string parse = "stored";
    std::string model;
    bool all = false;
    DecodeFlags decode;  // with --parse own
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = eval.add_subcommand(
      "petrarch", "Code a PETRARCH validation file with its own dictionaries and score it");
  cmd->add_option("FILE", flags->file, "validation XML (e.g. PETR.UnitTest.records.xml)")
      ->required();
  cmd->add_option("--parse", flags->parse,
                  "stored: the CoNLL-U in each <Parse>; own: dyad's tokenizer, tagger, parser")
      ->check(CLI::IsMember({"stored", "own"}));
  cmd->add_option("--model", flags->model, "model for --parse own (default: $DYAD_MODEL or "
                                           "models/en_ewt.dyadmodel)");
  cmd->add_flag("--all", flags->all, "print every record, not only the mismatches");
  AddDecodeFlags(cmd, &flags->decode);
  cmd->callback([flags, exit_code]() {
    eval::PetrarchEvalOptions options;
    std::shared_ptr<tokenize::Tokenizer> tokenizer;
    std::shared_ptr<parse::Model> model;
    if (flags->parse == "own") {
      options.parse = eval::PetrarchParse::kOwn;
      StatusOr<tokenize::Tokenizer> t = tokenize::Tokenizer::Create();
      if (!t.ok()) {
        std::cerr << "dyad eval petrarch: " << t.status().message() << "\n";
        *exit_code = 2;
        return;
      }
      tokenizer = std::make_shared<tokenize::Tokenizer>(std::move(*t));
      StatusOr<parse::Model> m = parse::Model::Load(parse::DefaultModelPath(flags->model));
      if (!m.ok()) {
        std::cerr << "dyad eval petrarch: " << m.status().message() << "\n";
        *exit_code = 2;
        return;
      }
      model = std::make_shared<parse::Model>(std::move(*m));
      const parse::ParseOptions decode = DecodeOptions(flags->decode);
      options.analyze = [tokenizer, model, decode](Story* story) -> Status {
        DYAD_RETURN_IF_ERROR(tokenizer->Tokenize(*story));
        for (Sentence& s : story->sentences) model->Annotate(s, decode);
        return Status::Ok();
      };
    }
    StatusOr<eval::PetrarchEvalResult> r = eval::EvalPetrarchFile(flags->file, options);
    if (!r.ok()) {
      std::cerr << "dyad eval petrarch: " << r.status().message() << "\n";
      *exit_code = 2;
      return;
    }
    for (const std::string& w : r->warnings) std::cerr << "warning: " << w << "\n";
    for (const eval::PetrarchRecordResult& rec : r->results) {
      if (rec.exact && !flags->all) continue;
      std::cout << (rec.exact ? "OK   " : "MISS ") << "#" << rec.position << " " << rec.id
                << "\n  text: " << rec.text << "\n  gold: " << Triples(rec.gold)
                << "\n  got:  " << Triples(rec.got) << "\n";
      if (!rec.note.empty()) std::cout << "  note: " << rec.note << "\n";
    }
    if (r->skipped > 0) {
      std::cerr << "skipped " << r->skipped << " records outside <Include>\n";
    }
    std::cout << r->SummaryLine() << "\n";
    *exit_code = 0;
  });
}

}  // namespace dyad::cli
