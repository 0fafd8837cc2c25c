// Accuracy of the tagger and lemmatizer on UD English EWT: trains on en_ewt-ud-train with the
// default options (about 10 CPU seconds) and scores en_ewt-ud-dev with gold tokens. Prints the
// figures, the training CPU time, the tag+lemma speed and the model size.
// Floors: just below what seed 1 measures (UPOS 95.73, XPOS 95.06, UFeats 95.75, lemma 97.40).
// This is one tagger run (TrainOptions' default); `dyad train` keeps the mean of 8 runs, which
// reaches the UPOS target of 95.8 (95.82; parse_accuracy_test checks the committed
// model, models/README.md "Tagger ensemble" has the figures over seeds).
// Skips when ../shared (DYAD_SHARED_DIR) is absent.
// Knobs for experiments: DYAD_TAG_SEED, DYAD_TAG_EPOCHS, DYAD_TAG_DEV_EPOCHS=1 (dev scores per
// epoch), DYAD_TAG_REPEAT=n (tag dev n times, for profiling), DYAD_TAG_ERRORS=<file> (write
// the wrong words as TSV: form, gold tags, predicted tags, gold/predicted lemma and feats).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "base/file.h"
#include "ingest/conllu.h"
#include "tag/tagger.h"

namespace dyad::tag {
namespace {

std::vector<Sentence> ReadSentences(const std::string& path) {
  std::vector<Sentence> sentences;
  StatusOr<std::string> bytes = ReadFile(path);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  if (!bytes.ok()) return sentences;
  Status st = ingest::ReadConllu(
      path, *bytes,
      [&](Story&& story) {
        for (Sentence& s : story.sentences) sentences.push_back(std::move(s));
      },
      [&](const ingest::InputError& e) { ADD_FAILURE() << e.ToString(); });
  EXPECT_TRUE(st.ok()) << st.ToString();
  return sentences;
}

// CPU seconds of this thread: the machine may be busy, wall time would mislead.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

TEST(TagAccuracy, EwtDev) {
  std::string dir = std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt/";
  if (!std::filesystem::exists(dir + "en_ewt-ud-train.conllu")) GTEST_SKIP() << "no " << dir;
  std::vector<Sentence> train = ReadSentences(dir + "en_ewt-ud-train.conllu");
  std::vector<Sentence> dev = ReadSentences(dir + "en_ewt-ud-dev.conllu");
  ASSERT_FALSE(train.empty());
  ASSERT_FALSE(dev.empty());

  TrainOptions options;
  options.progress = [](const std::string& line) { std::printf("%s\n", line.c_str()); };
  if (std::getenv("DYAD_TAG_DEV_EPOCHS")) options.dev = &dev;
  if (const char* e = std::getenv("DYAD_TAG_EPOCHS")) options.epochs = std::atoi(e);
  if (const char* e = std::getenv("DYAD_TAG_SEED")) options.seed = std::strtoull(e, nullptr, 10);
  double start = CpuSeconds();
  StatusOr<Tagger> tagger = Tagger::Train(train, options);
  double train_seconds = CpuSeconds() - start;
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();

  size_t words = 0;
  for (const Sentence& s : dev) words += s.words.size();
  std::vector<Sentence> copy = dev;
  // DYAD_TAG_REPEAT=n tags dev n times (for profiling).
  int repeat = std::getenv("DYAD_TAG_REPEAT") ? std::atoi(std::getenv("DYAD_TAG_REPEAT")) : 1;
  start = CpuSeconds();
  for (int r = 0; r < std::max(1, repeat); ++r) {
    for (Sentence& s : copy) tagger->Tag(s);
  }
  double tag_seconds = (CpuSeconds() - start) / std::max(1, repeat);

  TagScores scores = tagger->Evaluate(dev);
  // DYAD_TAG_ERRORS=<file>: write every wrongly tagged or lemmatized dev word, for analysis.
  if (const char* errors_path = std::getenv("DYAD_TAG_ERRORS")) {
    std::string out;
    for (size_t s = 0; s < dev.size(); ++s) {
      for (size_t i = 0; i < dev[s].words.size(); ++i) {
        const Word& g = dev[s].words[i];
        const Word& p = copy[s].words[i];
        if (g.upos == p.upos && g.xpos == p.xpos && g.lemma == p.lemma && g.feats == p.feats) {
          continue;
        }
        out += g.form + "\t" + g.upos + "|" + g.xpos + "\t" + p.upos + "|" + p.xpos + "\t" +
               g.lemma + "\t" + p.lemma + "\t" + g.feats + "\t" + p.feats + "\n";
      }
    }
    EXPECT_TRUE(WriteFile(errors_path, out).ok());
  }
  BinaryWriter writer;
  tagger->Save(writer);
  std::printf(
      "EWT dev (%zu words, gold tokens): UPOS %.2f XPOS %.2f UFeats %.2f AllTags %.2f "
      "Lemma %.2f\ntrain %.1f s; tag+lemma %.0f words/s; model %.2f MB\n",
      scores.words, scores.upos, scores.xpos, scores.ufeats, scores.all_tags, scores.lemma,
      train_seconds, words / tag_seconds, writer.data().size() / 1e6);
  EXPECT_GE(scores.upos, 95.65);
  EXPECT_GE(scores.lemma, 97.35);
  EXPECT_GE(scores.xpos, 95.0);
  EXPECT_GE(scores.ufeats, 95.65);
}

}  // namespace
}  // namespace dyad::tag
