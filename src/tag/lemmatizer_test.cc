#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tag/text_util.h"

namespace dyad::tag {
namespace {

// A few training words from which the scripts are learned.
Lemmatizer Trained() {
  Lemmatizer::Builder b;
  const char* words[][3] = {
      {"talked", "VBD", "talk"},   {"jumped", "VBD", "jump"},   {"walked", "VBD", "walk"},
      {"liked", "VBD", "like"},    {"baked", "VBD", "bake"},    {"cats", "NNS", "cat"},
      {"dogs", "NNS", "dog"},      {"cities", "NNS", "city"},   {"parties", "NNS", "party"},
      {"The", "DT", "the"},        {"the", "DT", "the"},        {"I", "PRP", "I"},
      {"Americans", "NNPS", "American"}, {"Germans", "NNPS", "German"},
      {"Paris", "NNP", "Paris"},   {"London", "NNP", "London"}, {"2", "CD", "2"},
      {"1999", "CD", "1999"},      {"ten", "CD", "ten"},        {"'s", "POS", "'s"},
      {"went", "VBD", "go"},       {"bigger", "JJR", "big"},    {"taller", "JJR", "tall"},
      {"older", "JJR", "old"},     {"kicked", "VBD", "kick"},   {"packed", "VBD", "pack"},
  };
  for (auto& w : words) b.Add(w[0], w[1], w[2]);
  return b.Build(/*min_count=*/2);
}

struct Case {
  const char* form;
  const char* xpos;
  const char* lemma;
};

TEST(Lemmatizer, RulesAndConventions) {
  Lemmatizer lem = Trained();
  const Case cases[] = {
      // UD conventions for clitics and contraction halves.
      {"n't", "RB", "not"},
      {"N'T", "RB", "not"},
      {"'s", "VBZ", "be"},
      {"'s", "POS", "'s"},
      {"'re", "VBP", "be"},
      {"'ll", "MD", "will"},
      {"wo", "MD", "will"},
      {"ca", "MD", "can"},
      // Training lexicon, exact and lower-cased.
      {"went", "VBD", "go"},
      {"The", "DT", "the"},
      {"THE", "DT", "the"},
      {"I", "PRP", "I"},
      // Learned suffix scripts on unseen words.
      {"cooked", "VBD", "cook"},
      {"hammers", "NNS", "hammer"},
      {"ladies", "NNS", "lady"},
      {"Cooked", "VBD", "cook"},
      // Proper nouns keep their case.
      {"Berlin", "NNP", "Berlin"},
      {"Italians", "NNPS", "Italian"},
      // Numbers stay as written.
      {"1,000", "CD", "1,000"},
      {"3.5", "CD", "3.5"},
      // Nothing learned: the lower-cased form.
      {"Zyx", "UH", "zyx"},
      {"", "NN", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(lem.Lemma(c.form, Lower(c.form), c.xpos, nullptr), c.lemma)
        << c.form << "/" << c.xpos;
  }
}

TEST(Lemmatizer, WordNetIrregularsAndKnownWords) {
  if (!std::filesystem::exists("/usr/share/wordnet/verb.exc")) GTEST_SKIP() << "no WordNet";
  std::string note;
  LexiconClasses lexicon = LexiconClasses::Build("/usr/share/wordnet", "", &note);
  Lemmatizer lem = Trained();
  const Case cases[] = {
      {"ran", "VBD", "run"},        // verb.exc
      {"mice", "NNS", "mouse"},     // noun.exc
      {"worse", "JJR", "bad"},      // adj.exc
      {"geese", "NNS", "goose"},
      {"provoked", "VBN", "provoke"},  // -ked -> "provok" is no word; -d -> "provoke" is
  };
  // The VBN script for "-ed" words comes from training types.
  Lemmatizer::Builder b;
  const char* words[][3] = {{"talked", "VBN", "talk"}, {"walked", "VBN", "walk"},
                            {"liked", "VBN", "like"},  {"baked", "VBN", "bake"}};
  for (auto& w : words) b.Add(w[0], w[1], w[2]);
  Lemmatizer vbn = b.Build(2);
  for (const Case& c : cases) {
    const Lemmatizer& l = std::string(c.xpos) == "VBN" ? vbn : lem;
    EXPECT_EQ(l.Lemma(c.form, Lower(c.form), c.xpos, &lexicon), c.lemma) << c.form;
  }
}

TEST(Lemmatizer, SaveLoadRoundTrip) {
  Lemmatizer lem = Trained();
  BinaryWriter w;
  lem.Save(w);
  BinaryReader r(w.data());
  StatusOr<Lemmatizer> loaded = Lemmatizer::Load(r);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (const char* form : {"cooked", "went", "n't", "Italians", "1,000", "ladies"}) {
    for (const char* xpos : {"VBD", "NNS", "RB", "NNPS", "CD"}) {
      EXPECT_EQ(loaded->Lemma(form, Lower(form), xpos, nullptr),
                lem.Lemma(form, Lower(form), xpos, nullptr));
    }
  }
  for (size_t n = 0; n < w.data().size(); n += 7) {
    BinaryReader truncated(std::string_view(w.data()).substr(0, n));
    EXPECT_FALSE(Lemmatizer::Load(truncated).ok()) << n;
  }
}

}  // namespace
}  // namespace dyad::tag
