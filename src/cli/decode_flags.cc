#include "cli/decode_flags.h"

namespace dyad::cli {

void AddDecodeFlags(CLI::App* cmd, DecodeFlags* flags) {
  cmd->add_option("--beam", flags->beam,
                  "Parser beam width: 1 = greedy (default, fastest); K > 1 keeps the K best "
                  "partial parses (K = 2-16: 3-20 times slower, more accurate; models/README.md)")
      ->default_val(1)
      ->check(CLI::Range(1, 64));
  cmd->add_option("--beam-labels", flags->beam_labels,
                  "With --beam: labels of LEFT and of RIGHT expanded per partial parse")
      ->default_val(2)
      ->check(CLI::Range(1, 16));
  cmd->add_option("--beam-score", flags->beam_score,
                  "With --beam: what is summed over the transitions: softmax (log "
                  "probability of each step) or raw (perceptron scores)")
      ->default_val("softmax")
      ->check(CLI::IsMember({"softmax", "raw"}));
  cmd->add_option("--beam-temperature", flags->beam_temperature,
                  "With --beam and softmax scores: divide the class scores by this first "
                  "(20: see models/README.md; 40 and more collapse)")
      ->default_val(20.0)
      ->check(CLI::Range(0.01, 1000.0));
}

parse::ParseOptions DecodeOptions(const DecodeFlags& flags) {
  parse::ParseOptions options;
  options.beam = flags.beam;
  options.labels_per_move = flags.beam_labels;
  options.temperature = flags.beam_temperature;
  if (!parse::ParseScoreFromName(flags.beam_score, &options.score)) {
    options.score = parse::ParseOptions::Score::kSoftmax;  // CLI11 has checked the name
  }
  return options;
}

}  // namespace dyad::cli
