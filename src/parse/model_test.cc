#include "parse/model.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/binary_io.h"
#include "base/file.h"

namespace dyad::parse {
namespace {

Word W(std::string form, std::string upos, std::string xpos, std::string lemma, int head,
       std::string deprel) {
  Word w;
  w.form = std::move(form);
  w.upos = std::move(upos);
  w.xpos = std::move(xpos);
  w.lemma = std::move(lemma);
  w.feats = "_";
  w.head = head;
  w.deprel = std::move(deprel);
  return w;
}

// A tiny treebank made here: "the N V the N ." with varying nouns and verbs.
std::vector<Sentence> TinyTreebank() {
  const std::vector<std::string> nouns = {"dog", "cat", "minister", "army", "court"};
  const std::vector<std::string> verbs = {"saw", "met", "visited", "praised"};
  std::vector<Sentence> out;
  for (size_t i = 0; i < nouns.size(); ++i) {
    for (size_t j = 0; j < verbs.size(); ++j) {
      Sentence s;
      s.words = {W("the", "DET", "DT", "the", 1, "det"),
                 W(nouns[i], "NOUN", "NN", nouns[i], 2, "nsubj"),
                 W(verbs[j], "VERB", "VBD", verbs[j], -1, "root"),
                 W("the", "DET", "DT", "the", 4, "det"),
                 W(nouns[(i + j + 1) % nouns.size()], "NOUN", "NN",
                   nouns[(i + j + 1) % nouns.size()], 2, "obj"),
                 W(".", "PUNCT", ".", ".", 2, "punct")};
      out.push_back(s);
    }
  }
  return out;
}

TrainModelOptions TinyOptions() {
  TrainModelOptions options;
  options.folds = 3;
  options.threads = 2;
  options.tagger_epochs = 3;
  options.parser_epochs = 5;
  options.parser_prune = 0.0f;  // weights of a 20-sentence treebank are all small
  options.description = "tiny test treebank";
  return options;
}

const std::string& TinyModelBytes() {
  static const std::string bytes = [] {
    StatusOr<Model> m = TrainModel(TinyTreebank(), {}, 0x1234, TinyOptions());
    EXPECT_TRUE(m.ok()) << m.status().ToString();
    return m.ok() ? m->ToBytes() : std::string();
  }();
  return bytes;
}

TEST(ModelTest, TrainsAndAnnotates) {
  StatusOr<Model> m = Model::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->info().source_hash, 0x1234u);
  EXPECT_EQ(m->info().train_sentences, 20);
  EXPECT_EQ(m->info().description, "tiny test treebank");
  Sentence s;
  for (const char* f : {"the", "cat", "praised", "the", "army", "."}) {
    Word w;
    w.form = f;
    s.words.push_back(w);
  }
  m->Annotate(s);
  EXPECT_TRUE(s.parsed);
  EXPECT_EQ(s.words[2].head, -1);
  EXPECT_EQ(s.words[2].deprel, "root");
  EXPECT_EQ(s.words[1].head, 2);
  EXPECT_EQ(s.words[1].deprel, "nsubj");
  EXPECT_EQ(s.words[4].deprel, "obj");
  EXPECT_FALSE(s.words[1].upos.empty());
}

TEST(ModelTest, AnnotateWithABeamTagsAndParsesAsGreedyDoesHere) {
  StatusOr<Model> m = Model::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  Sentence greedy, beam1, beam4;
  for (const char* f : {"the", "dog", "met", "the", "court", "."}) {
    Word w;
    w.form = f;
    greedy.words.push_back(w);
  }
  beam1 = beam4 = greedy;
  m->Annotate(greedy);
  ParseOptions one;
  m->Annotate(beam1, one);
  ParseOptions four;
  four.beam = 4;
  m->Annotate(beam4, four);
  for (const Sentence* s : {&beam1, &beam4}) {
    ASSERT_EQ(s->words.size(), greedy.words.size());
    EXPECT_TRUE(s->parsed);
    for (size_t i = 0; i < greedy.words.size(); ++i) {
      EXPECT_EQ(s->words[i].upos, greedy.words[i].upos) << i;
      EXPECT_EQ(s->words[i].lemma, greedy.words[i].lemma) << i;
      EXPECT_EQ(s->words[i].head, greedy.words[i].head) << i;  // an easy sentence
      EXPECT_EQ(s->words[i].deprel, greedy.words[i].deprel) << i;
    }
  }
  Sentence empty;
  m->Annotate(empty, four);
  EXPECT_TRUE(empty.words.empty());
}

TEST(ModelTest, WriteReadRoundTripIsByteIdentical) {
  StatusOr<Model> m = Model::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->ToBytes(), TinyModelBytes());
  std::string path = ::testing::TempDir() + "/round_trip.dyadmodel";
  ASSERT_TRUE(m->Save(path).ok());
  StatusOr<Model> loaded = Model::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->ToBytes(), TinyModelBytes());
}

TEST(ModelTest, TrainingIsDeterministicWhateverTheThreads) {
  TrainModelOptions one = TinyOptions();
  one.threads = 1;
  StatusOr<Model> m = TrainModel(TinyTreebank(), {}, 0x1234, one);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->ToBytes(), TinyModelBytes());
}

TEST(ModelTest, SavedParserTagsAndTaggerReproduceTheModel) {
  // --save-parser-tags then --parser-tags --tagger-from: the same parser, no tagger trained.
  TrainModelOptions save = TinyOptions();
  std::vector<Sentence> jackknifed;
  save.jackknifed = &jackknifed;
  StatusOr<Model> first = TrainModel(TinyTreebank(), {}, 0x1234, save);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(jackknifed.size(), TinyTreebank().size());
  TrainModelOptions reuse = TinyOptions();
  reuse.tagger = &first->tagger();
  reuse.parser_train = &jackknifed;
  StatusOr<Model> second = TrainModel(TinyTreebank(), {}, 0x1234, reuse);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->ToBytes(), TinyModelBytes());

  jackknifed.pop_back();
  StatusOr<Model> bad = TrainModel(TinyTreebank(), {}, 0x1234, reuse);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("19 sentences"), std::string::npos)
      << bad.status().message();
}

TEST(ModelTest, TruncatedFileIsAClearError) {
  const std::string& bytes = TinyModelBytes();
  for (size_t keep : {size_t{0}, size_t{10}, size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    StatusOr<Model> m = Model::FromBytes(std::string_view(bytes).substr(0, keep), "cut.dyadmodel");
    ASSERT_FALSE(m.ok()) << "kept " << keep;
    EXPECT_NE(m.status().message().find("cut.dyadmodel"), std::string::npos)
        << m.status().message();
    EXPECT_NE(m.status().message().find("dyad train"), std::string::npos)
        << m.status().message();
  }
}

TEST(ModelTest, DamagedByteIsAClearError) {
  std::string bytes = TinyModelBytes();
  for (size_t at : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 2}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x40);
    StatusOr<Model> m = Model::FromBytes(damaged, "bad.dyadmodel");
    ASSERT_FALSE(m.ok()) << "byte " << at;
    EXPECT_NE(m.status().message().find("dyad train"), std::string::npos)
        << m.status().message();
  }
}

TEST(ModelTest, OtherVersionIsRefused) {
  StatusOr<ContainerContents> c =
      UnwrapContainer(TinyModelBytes(), kModelKind, kModelFormatVersion, "tiny", "");
  ASSERT_TRUE(c.ok());
  std::string old = WrapContainer(kModelKind, kModelFormatVersion + 1, 0, c->payload);
  StatusOr<Model> m = Model::FromBytes(old, "old.dyadmodel");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kFailedPrecondition) << m.status().ToString();
  EXPECT_NE(m.status().message().find("dyad train"), std::string::npos);
}

TEST(ModelTest, ForeignFileIsRefused) {
  std::string other = WrapContainer("lexicon-cache", kModelFormatVersion, 0, "payload");
  EXPECT_FALSE(Model::FromBytes(other, "lexicon.bin").ok());
  EXPECT_FALSE(Model::FromBytes("plain text, not a model\n", "notes.txt").ok());
  // A valid container whose payload is not a model.
  std::string junk = WrapContainer(kModelKind, kModelFormatVersion, 0, std::string(100, '\x7f'));
  StatusOr<Model> m = Model::FromBytes(junk, "junk.dyadmodel");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("junk.dyadmodel"), std::string::npos);
}

TEST(ModelTest, MissingFileNamesPathAndFix) {
  StatusOr<Model> m = Model::Load("/nonexistent/dir/en_ewt.dyadmodel");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("/nonexistent/dir/en_ewt.dyadmodel"), std::string::npos);
  EXPECT_NE(m.status().message().find("dyad train"), std::string::npos);
}

TEST(ModelTest, DefaultPathPrefersFlagThenEnvironment) {
  EXPECT_EQ(DefaultModelPath("my.dyadmodel"), "my.dyadmodel");
  setenv("DYAD_MODEL", "/env/model.dyadmodel", 1);
  EXPECT_EQ(DefaultModelPath(""), "/env/model.dyadmodel");
  EXPECT_EQ(DefaultModelPath("flag.dyadmodel"), "flag.dyadmodel");
  unsetenv("DYAD_MODEL");
  std::string fallback = DefaultModelPath("");
  EXPECT_EQ(fallback, std::string(DYAD_SOURCE_DIR) + "/models/en_ewt.dyadmodel");
}

}  // namespace
}  // namespace dyad::parse
