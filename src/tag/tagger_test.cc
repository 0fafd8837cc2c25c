#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>

namespace dyad::tag {
namespace {

// Builds a sentence from "form/UPOS/XPOS/lemma/feats" items separated by spaces.
Sentence Make(const std::string& text) {
  Sentence s;
  std::istringstream in(text);
  std::string item;
  while (in >> item) {
    Word w;
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= item.size(); ++i) {
      if (i == item.size() || item[i] == '/') {
        parts.push_back(item.substr(start, i - start));
        start = i + 1;
      }
    }
    w.form = parts[0];
    w.upos = parts.size() > 1 ? parts[1] : "";
    w.xpos = parts.size() > 2 ? parts[2] : "";
    w.lemma = parts.size() > 3 ? parts[3] : "";
    w.feats = parts.size() > 4 ? parts[4] : "_";
    s.words.push_back(w);
  }
  return s;
}

std::vector<Sentence> TinyTreebank() {
  std::vector<std::string> lines = {
      "The/DET/DT/the/Definite=Def dog/NOUN/NN/dog/Number=Sing barks/VERB/VBZ/bark/Number=Sing "
      "./PUNCT/././_",
      "Dogs/NOUN/NNS/dog/Number=Plur bark/VERB/VBP/bark/Number=Plur ./PUNCT/././_",
      "The/DET/DT/the/Definite=Def cats/NOUN/NNS/cat/Number=Plur sleep/VERB/VBP/sleep/"
      "Number=Plur ./PUNCT/././_",
      "A/DET/DT/a/Definite=Ind cat/NOUN/NN/cat/Number=Sing sleeps/VERB/VBZ/sleep/Number=Sing "
      "./PUNCT/././_",
      "John/PROPN/NNP/John/Number=Sing saw/VERB/VBD/see/Tense=Past the/DET/DT/the/Definite=Def "
      "dogs/NOUN/NNS/dog/Number=Plur ./PUNCT/././_",
      "Mary/PROPN/NNP/Mary/Number=Sing did/AUX/VBD/do/Tense=Past n't/PART/RB/not/_ "
      "sleep/VERB/VB/sleep/VerbForm=Inf ./PUNCT/././_",
  };
  std::vector<Sentence> out;
  for (int copy = 0; copy < 5; ++copy) {
    for (const std::string& l : lines) out.push_back(Make(l));
  }
  return out;
}

TrainOptions Quiet() {
  TrainOptions o;
  o.epochs = 5;
  o.wordnet_dir = "";
  o.hunspell_dic = "";
  return o;
}

// Tagging caches per thread what it computed for each word type (context, lemma per label):
// results must be those of a thread that never tagged anything, whatever was tagged before,
// and two models must never see each other's entries.
TEST(Tagger, WordCacheDoesNotChangeResults) {
  std::vector<Sentence> gold = TinyTreebank();
  std::vector<Sentence> other = gold;
  for (Sentence& s : other) {
    for (Word& w : s.words) {
      if (w.lemma == "dog") w.lemma = "hound";
    }
  }
  StatusOr<Tagger> a = Tagger::Train(gold, Quiet());
  StatusOr<Tagger> b = Tagger::Train(other, Quiet());
  ASSERT_TRUE(a.ok() && b.ok());
  const Sentence input = Make("The dogs saw a cat . Dogs sleep .");
  auto fresh = [&](const Tagger& t) {
    Sentence s = input;
    std::thread([&] { t.Tag(s); }).join();
    return s;
  };
  const Sentence want_a = fresh(*a), want_b = fresh(*b);
  EXPECT_EQ(want_a.words[1].lemma, "dog");
  EXPECT_EQ(want_b.words[1].lemma, "hound");
  for (int round = 0; round < 3; ++round) {
    for (const Tagger* t : {&*a, &*b}) {
      Sentence s = input;
      t->Tag(s);
      const Sentence& want = t == &*a ? want_a : want_b;
      for (size_t i = 0; i < s.words.size(); ++i) {
        EXPECT_EQ(s.words[i].upos, want.words[i].upos) << round << " " << i;
        EXPECT_EQ(s.words[i].xpos, want.words[i].xpos) << round << " " << i;
        EXPECT_EQ(s.words[i].feats, want.words[i].feats) << round << " " << i;
        EXPECT_EQ(s.words[i].lemma, want.words[i].lemma) << round << " " << i;
      }
    }
  }
}

// Training scores dev with the weights of every second epoch on the same model object, in
// this thread: the scores cached per word type for one set of weights (TagWith's word
// features) must not serve the next.
TEST(Tagger, WordCacheFollowsTheWeightsDuringTraining) {
  std::vector<Sentence> gold = TinyTreebank();
  // Words seen with two tags keep the weights moving from epoch to epoch.
  for (const char* text : {"The/DET/DT/the saw/NOUN/NN/saw sleeps/VERB/VBZ/sleep ./PUNCT/./.",
                           "A/DET/DT/a bark/NOUN/NN/bark saw/VERB/VBD/see dogs/NOUN/NNS/dog",
                           "Dogs/VERB/VBZ/dog sleep/NOUN/NN/sleep ./PUNCT/./.",
                           "Mary/VERB/VB/mary the/DET/DT/the cats/VERB/VBZ/cat !/PUNCT/./!"}) {
    gold.push_back(Make(text));
  }
  const std::vector<Sentence> dev = {Make("The dogs saw a cat . Dogs sleep ."),
                                     Make("Mary saw the cats ."), Make("Unknown words 42 here !"),
                                     Make("Bark sleeps the saw Mary dogs"),
                                     Make("cats cat barks sleep did sleeping Johns")};
  TrainOptions options = Quiet();
  options.epochs = 4;
  options.dev = &dev;
  int reports = 0;
  options.progress = [&](const std::string& line) {
    reports += line.find("dev UPOS") != std::string::npos;
  };
  StatusOr<Tagger> tagger = Tagger::Train(gold, options);
  ASSERT_TRUE(tagger.ok());
  EXPECT_EQ(reports, 2);  // epochs 2 and 4: the cache holds words tagged with older weights
  for (const Sentence& input : dev) {
    Sentence here = input, fresh = input;
    tagger->Tag(here);
    std::thread([&] { tagger->Tag(fresh); }).join();
    for (size_t i = 0; i < here.words.size(); ++i) {
      EXPECT_EQ(here.words[i].upos, fresh.words[i].upos) << i;
      EXPECT_EQ(here.words[i].xpos, fresh.words[i].xpos) << i;
      EXPECT_EQ(here.words[i].feats, fresh.words[i].feats) << i;
    }
  }
}

TEST(Tagger, LearnsTinyTreebank) {
  std::vector<Sentence> gold = TinyTreebank();
  StatusOr<Tagger> tagger = Tagger::Train(gold, Quiet());
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  TagScores scores = tagger->Evaluate(gold);
  EXPECT_EQ(scores.words, 5u * 25u);
  EXPECT_DOUBLE_EQ(scores.upos, 100.0);
  EXPECT_DOUBLE_EQ(scores.xpos, 100.0);
  EXPECT_DOUBLE_EQ(scores.lemma, 100.0);
  EXPECT_DOUBLE_EQ(scores.ufeats, 100.0);
  Sentence s = Make("The cat barks .");
  tagger->Tag(s);
  EXPECT_TRUE(s.tagged);
  EXPECT_EQ(s.words[1].upos, "NOUN");
  EXPECT_EQ(s.words[2].xpos, "VBZ");
  EXPECT_EQ(s.words[2].lemma, "bark");
}

TEST(Tagger, TrainingIsDeterministic) {
  std::vector<Sentence> gold = TinyTreebank();
  BinaryWriter a, b;
  Tagger::Train(gold, Quiet())->Save(a);
  Tagger::Train(gold, Quiet())->Save(b);
  EXPECT_EQ(a.data(), b.data());
}

TEST(Tagger, EnsembleOfOneIsASingleRunAndEnsemblesAreDeterministic) {
  std::vector<Sentence> gold = TinyTreebank();
  TrainOptions one = Quiet();
  one.ensemble = 1;
  TrainOptions three = Quiet();
  three.ensemble = 3;
  BinaryWriter plain, single, a, b;
  Tagger::Train(gold, Quiet())->Save(plain);
  Tagger::Train(gold, one)->Save(single);
  StatusOr<Tagger> ensemble = Tagger::Train(gold, three);
  ASSERT_TRUE(ensemble.ok()) << ensemble.status().ToString();
  ensemble->Save(a);
  Tagger::Train(gold, three)->Save(b);
  EXPECT_EQ(plain.data(), single.data());
  EXPECT_EQ(a.data(), b.data());
  EXPECT_NE(a.data(), single.data());  // the other runs shuffle differently
  TagScores scores = ensemble->Evaluate(gold);
  EXPECT_DOUBLE_EQ(scores.upos, 100.0);
  EXPECT_DOUBLE_EQ(scores.xpos, 100.0);
}

TEST(Tagger, TrainErrors) {
  EXPECT_EQ(Tagger::Train({}, Quiet()).status().code(), StatusCode::kInvalidArgument);
  std::vector<Sentence> bad = {Make("a/DET/DT/a b")};
  Status st = Tagger::Train(bad, Quiet()).status();
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("sentence 1 word 2"), std::string::npos) << st.message();
}

TEST(Tagger, SaveLoadRoundTripGivesIdenticalTags) {
  std::vector<Sentence> gold = TinyTreebank();
  Tagger tagger = *Tagger::Train(gold, Quiet());
  BinaryWriter w;
  tagger.Save(w);
  BinaryReader r(w.data());
  StatusOr<Tagger> loaded = Tagger::Load(r);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(r.AtEnd());
  for (const char* text : {"The dog sleeps .", "Mary saw John .", "Unknown words 42 here !"}) {
    Sentence a = Make(text), b = Make(text);
    tagger.Tag(a);
    loaded->Tag(b);
    for (size_t i = 0; i < a.words.size(); ++i) {
      EXPECT_EQ(a.words[i].upos, b.words[i].upos);
      EXPECT_EQ(a.words[i].xpos, b.words[i].xpos);
      EXPECT_EQ(a.words[i].feats, b.words[i].feats);
      EXPECT_EQ(a.words[i].lemma, b.words[i].lemma);
    }
  }
  BinaryWriter again;
  loaded->Save(again);
  EXPECT_EQ(again.data(), w.data());
}

TEST(Tagger, TruncatedModelIsAnError) {
  Tagger tagger = *Tagger::Train(TinyTreebank(), Quiet());
  BinaryWriter w;
  tagger.Save(w);
  for (size_t n = 0; n < w.data().size(); ++n) {
    BinaryReader r(std::string_view(w.data()).substr(0, n));
    EXPECT_FALSE(Tagger::Load(r).ok()) << "prefix of " << n << " bytes";
  }
}

TEST(Tagger, DamagedModelIsAnErrorOrHarmless) {
  Tagger tagger = *Tagger::Train(TinyTreebank(), Quiet());
  BinaryWriter w;
  tagger.Save(w);
  std::string bytes = w.data();
  bytes[0] = 99;  // another format version
  BinaryReader r(bytes);
  EXPECT_EQ(Tagger::Load(r).status().code(), StatusCode::kFailedPrecondition);
  // Flipped bytes anywhere: Load fails or gives a tagger that still tags without crashing
  // (checksums are the container's job).
  for (size_t i = 4; i < w.data().size(); i += 3) {
    std::string damaged = w.data();
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
    BinaryReader dr(damaged);
    StatusOr<Tagger> t = Tagger::Load(dr);
    if (t.ok()) {
      Sentence s = Make("The dog barks at 3 cats .");
      t->Tag(s);
      EXPECT_TRUE(s.tagged);
    }
  }
}

TEST(Tagger, AcceptsAnyInput) {
  Tagger tagger = *Tagger::Train(TinyTreebank(), Quiet());
  Sentence empty;
  tagger.Tag(empty);
  EXPECT_TRUE(empty.tagged);
  Sentence odd = Make("😀 日本語 Ελληνικά 3.14 1,000,000 -- \xff\xfe \t ok");
  Word blank;
  odd.words.push_back(blank);
  tagger.Tag(odd);
  for (const Word& w : odd.words) {
    EXPECT_FALSE(w.upos.empty());
    EXPECT_FALSE(w.xpos.empty());
    EXPECT_FALSE(w.feats.empty());
  }
  Sentence longest;
  for (int i = 0; i < 10000; ++i) {
    Word w;
    w.form = i % 3 == 0 ? "dog" : i % 3 == 1 ? "barks" : std::to_string(i);
    longest.words.push_back(w);
  }
  tagger.Tag(longest);
  EXPECT_EQ(longest.words[9999].lemma.empty(), false);
}

TEST(Tagger, UntrainedTaggerStillFillsWords) {
  Tagger tagger;
  EXPECT_FALSE(tagger.trained());
  Sentence s = Make("Hello world");
  tagger.Tag(s);
  EXPECT_EQ(s.words[0].upos, "X");
  EXPECT_EQ(s.words[0].lemma, "Hello");
  BinaryWriter w;
  tagger.Save(w);
  BinaryReader r(w.data());
  StatusOr<Tagger> loaded = Tagger::Load(r);
  ASSERT_TRUE(loaded.ok());
  EXPECT_FALSE(loaded->trained());
}

}  // namespace
}  // namespace dyad::tag
