// WordClasses: the training vocabulary, WordNet lexicographer classes read from a small WordNet
// written by the test (and from Debian's when installed), Save/Load and damaged tables.
#include "parse/word_classes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>


namespace dyad::parse {
namespace {

namespace fs = std::filesystem;

// WordNet's layout: index lines "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
// offsets..."; data lines start "offset(8 digits) lex_filenum(2 digits) ..." at that byte.
class TinyWordNet {
 public:
  TinyWordNet() : dir_(fs::temp_directory_path() / ("dyad_wc_" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
    // Nouns: "tuesday" is noun.time (28), "kabul" noun.location (15); "bank" has two senses,
    // the first (most frequent) in noun.group (14), then noun.object (17).
    std::string data = "  1 This is a licence header line\n";
    const size_t tuesday = data.size();
    data += Line(tuesday, 28, "Tuesday");
    const size_t kabul = data.size();
    data += Line(kabul, 15, "Kabul");
    const size_t bank_group = data.size();
    data += Line(bank_group, 14, "bank");
    const size_t bank_object = data.size();
    data += Line(bank_object, 17, "bank");
    const size_t ice_cream = data.size();
    data += Line(ice_cream, 13, "ice_cream");
    Write("data.noun", data);
    std::string index = "  1 licence header\n";
    index.append(Index("tuesday", "n", {tuesday}, 1)).append(Index("kabul", "n", {kabul}, 0));
    index.append(Index("bank", "n", {bank_group, bank_object}, 2));
    index.append(Index("ice_cream", "n", {ice_cream}, 0));
    Write("index.noun", index);
    // Verbs: "tell" verb.communication (32).
    std::string verbs = "  1 licence\n";
    const size_t tell = verbs.size();
    verbs += Line(tell, 32, "tell");
    Write("data.verb", verbs);
    std::string verb_index = "  1 licence\n";
    verb_index.append(Index("tell", "v", {tell}, 3));
    Write("index.verb", verb_index);
  }
  ~TinyWordNet() { fs::remove_all(dir_); }
  std::string dir() const { return dir_.string(); }

 private:
  static std::string Line(size_t offset, int lexfile, const std::string& word) {
    char head[32];
    std::snprintf(head, sizeof head, "%08zu %02d n 01 ", offset, lexfile);
    std::string line(head);
    line.append(word).append(" 0 000 | a gloss\n");
    return line;
  }
  static std::string Index(const std::string& lemma, const std::string& pos,
                           const std::vector<size_t>& offsets, int pointers) {
    std::string line = lemma;
    line.append(" ").append(pos).append(" ").append(std::to_string(offsets.size()));
    line.append(" ").append(std::to_string(pointers));
    for (int i = 0; i < pointers; ++i) line.append(" @");
    line.append(" ").append(std::to_string(offsets.size())).append(" 0");
    for (size_t o : offsets) {
      char buf[16];
      std::snprintf(buf, sizeof buf, " %08zu", o);
      line += buf;
    }
    line.append("  \n");
    return line;
  }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

Word Tagged(const std::string& form, const std::string& upos, const std::string& lemma) {
  Word w;
  w.form = form;
  w.upos = upos;
  w.lemma = lemma;
  return w;
}

TEST(WordClassesTest, VocabularyAndClassesFromWordNetFiles) {
  TinyWordNet wordnet;
  std::string note;
  StatusOr<WordClasses> classes = WordClasses::Build({11, 7, 11, 3}, wordnet.dir(), &note);
  ASSERT_TRUE(classes.ok()) << classes.status().ToString();
  EXPECT_TRUE(note.empty()) << note;
  EXPECT_EQ(classes->vocabulary_size(), 3u);
  EXPECT_TRUE(classes->Known(7));
  EXPECT_TRUE(classes->Known(11));
  EXPECT_FALSE(classes->Known(8));
  // Multi-word lemmas ("ice_cream") are left out: the parser looks up single words.
  EXPECT_EQ(classes->lemmas_with_class(), 4u);

  std::string scratch;
  const uint8_t base = WordClasses::kFirstLexFile;
  struct Case {
    Word word;
    uint8_t expected;
  };
  const Case cases[] = {
      {Tagged("Tuesday", "PROPN", "Tuesday"), static_cast<uint8_t>(base + 28)},
      {Tagged("Kabul", "PROPN", "_"), static_cast<uint8_t>(base + 15)},  // no lemma: the form
      {Tagged("banks", "NOUN", "bank"), static_cast<uint8_t>(base + 14)},  // first sense
      {Tagged("told", "VERB", "tell"), static_cast<uint8_t>(base + 32)},
      {Tagged("told", "NOUN", "tell"), WordClasses::kNotInWordNet},  // "tell" is no noun here
      {Tagged("zorp", "NOUN", "zorp"), WordClasses::kNotInWordNet},
      {Tagged("Tuesday", "ADJ", "Tuesday"), WordClasses::kNoClass},  // not a noun or verb
      {Tagged("the", "DET", "the"), WordClasses::kNoClass},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(classes->SemanticClass(c.word, &scratch), c.expected)
        << c.word.form << " " << c.word.upos;
  }
}

TEST(WordClassesTest, MissingWordNetLeavesClassesOutAndSaysSo) {
  std::string note;
  StatusOr<WordClasses> classes = WordClasses::Build({5}, "/nonexistent/wordnet", &note);
  ASSERT_TRUE(classes.ok());
  EXPECT_NE(note.find("wordnet-base"), std::string::npos) << note;
  EXPECT_EQ(classes->lemmas_with_class(), 0u);
  std::string scratch;
  EXPECT_EQ(classes->SemanticClass(Tagged("Tuesday", "PROPN", "Tuesday"), &scratch),
            WordClasses::kNotInWordNet);
  EXPECT_TRUE(classes->Known(5));
}

TEST(WordClassesTest, DebianWordNetGivesTheExpectedClasses) {
  if (!fs::exists("/usr/share/wordnet/index.noun")) GTEST_SKIP() << "wordnet-base not installed";
  StatusOr<WordClasses> classes = WordClasses::Build({}, "/usr/share/wordnet", nullptr);
  ASSERT_TRUE(classes.ok());
  EXPECT_GT(classes->lemmas_with_class(), 60000u);
  std::string scratch;
  const uint8_t base = WordClasses::kFirstLexFile;
  // lexnames: 15 noun.location, 18 noun.person, 28 noun.time, 32 verb.communication.
  EXPECT_EQ(classes->SemanticClass(Tagged("Tuesday", "PROPN", "Tuesday"), &scratch), base + 28);
  EXPECT_EQ(classes->SemanticClass(Tagged("minister", "NOUN", "minister"), &scratch), base + 18);
  EXPECT_EQ(classes->SemanticClass(Tagged("said", "VERB", "say"), &scratch), base + 32);
  EXPECT_EQ(classes->SemanticClass(Tagged("Kabul", "PROPN", "Kabul"), &scratch), base + 15);
}

TEST(WordClassesTest, SaveLoadRoundTripAndDamagedTables) {
  TinyWordNet wordnet;
  StatusOr<WordClasses> classes = WordClasses::Build({42, 9}, wordnet.dir(), nullptr);
  ASSERT_TRUE(classes.ok());
  BinaryWriter out;
  classes->Save(out);
  const std::string bytes = out.data();
  {
    BinaryReader in(bytes);
    StatusOr<WordClasses> loaded = WordClasses::Load(in);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    EXPECT_TRUE(loaded->Known(42));
    EXPECT_FALSE(loaded->Known(43));
    std::string scratch;
    EXPECT_EQ(loaded->SemanticClass(Tagged("Kabul", "PROPN", "Kabul"), &scratch),
              WordClasses::kFirstLexFile + 15);
  }
  // Truncated anywhere: an error, never a crash.
  for (size_t cut = 0; cut < bytes.size(); cut += 3) {
    BinaryReader in(std::string_view(bytes).substr(0, cut));
    EXPECT_FALSE(WordClasses::Load(in).ok()) << "cut at " << cut;
  }
  // Vocabulary keys out of order (the two keys swapped).
  {
    std::string damaged = bytes;
    std::swap_ranges(damaged.begin() + 8, damaged.begin() + 16, damaged.begin() + 16);
    BinaryReader in(damaged);
    StatusOr<WordClasses> loaded = WordClasses::Load(in);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.status().message().find("out of order"), std::string::npos);
  }
  // A class byte out of range (the last byte is the last lemma's class).
  {
    std::string damaged = bytes;
    damaged.back() = static_cast<char>(200);
    BinaryReader in(damaged);
    StatusOr<WordClasses> loaded = WordClasses::Load(in);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.status().message().find("out of range"), std::string::npos);
  }
}

}  // namespace
}  // namespace dyad::parse
