#include "parse/word_classes.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "base/hash.h"

namespace dyad::parse {
namespace {

enum class Pos : uint64_t { kNoun = 1, kVerb = 2 };

uint64_t LemmaKey(std::string_view lower_lemma, Pos pos) {
  return HashMix(Hash64(lower_lemma, 0x5e), static_cast<uint64_t>(pos));
}

void AsciiLower(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

// Reads WordNet's index.<pos> and data.<pos>: for each single-word lemma, the lexicographer
// file of its first synset (index lines list synset offsets most frequent sense first; a data
// line starts "offset lex_filenum ..."). Appends (key, class) pairs; returns false if the files
// are missing or unreadable.
bool ReadWordNet(const std::string& dir, const std::string& pos_name, Pos pos,
                 std::vector<std::pair<uint64_t, uint8_t>>* out) {
  const std::string data = ReadAll(dir + "/data." + pos_name);
  std::ifstream index(dir + "/index." + pos_name);
  if (data.empty() || !index) return false;
  std::string line, lemma, field;
  size_t added = 0;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream fields(line);
    int synsets = 0, pointers = 0;
    fields >> lemma >> field >> synsets >> pointers;
    for (int i = 0; i < pointers; ++i) fields >> field;
    fields >> field >> field;  // sense_cnt, tagsense_cnt
    fields >> field;           // first synset offset
    if (!fields || lemma.find('_') != std::string::npos) continue;
    uint64_t offset = 0;
    if (std::from_chars(field.data(), field.data() + field.size(), offset).ec != std::errc()) {
      continue;
    }
    // "08-digit-offset lex_filenum(2 digits) ..."
    if (offset + 11 > data.size() || data[offset + 8] != ' ') continue;
    int lexfile = 0;
    if (std::from_chars(data.data() + offset + 9, data.data() + offset + 11, lexfile).ec !=
            std::errc() ||
        lexfile < 0 || lexfile > 60) {
      continue;
    }
    out->emplace_back(LemmaKey(lemma, pos),
                      static_cast<uint8_t>(WordClasses::kFirstLexFile + lexfile));
    ++added;
  }
  return added > 0;
}

// The keys of `map` in increasing order, with their values.
std::vector<std::pair<uint64_t, uint32_t>> Sorted(const FeatureMap& map) {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(map.size());
  map.ForEach([&](uint64_t key, uint32_t value) { entries.emplace_back(key, value); });
  std::sort(entries.begin(), entries.end());
  return entries;
}

}  // namespace

StatusOr<WordClasses> WordClasses::Build(const std::vector<uint64_t>& word_hashes,
                                         const std::string& wordnet_dir, std::string* note) {
  WordClasses out;
  out.vocabulary_.Reserve(word_hashes.size());
  for (uint64_t h : word_hashes) out.vocabulary_.FindOrInsert(h, 0);
  std::vector<std::pair<uint64_t, uint8_t>> lemmas;
  bool nouns = !wordnet_dir.empty() && ReadWordNet(wordnet_dir, "noun", Pos::kNoun, &lemmas);
  bool verbs = !wordnet_dir.empty() && ReadWordNet(wordnet_dir, "verb", Pos::kVerb, &lemmas);
  if (!nouns || !verbs) {
    lemmas.clear();
    if (note != nullptr) {
      *note = "WordNet noun and verb files not found in \"" + wordnet_dir +
              "\": the parser is trained without semantic classes (install wordnet-base)";
    }
  }
  // A (very unlikely) hash collision keeps the first class read.
  out.lemma_classes_.Reserve(lemmas.size());
  for (const auto& [key, cls] : lemmas) out.lemma_classes_.FindOrInsert(key, cls);
  if (out.vocabulary_.size() >= (1ULL << 31) || out.lemma_classes_.size() >= (1ULL << 31)) {
    return InvalidArgument("parser word tables: too many entries");
  }
  return out;
}

bool WordClasses::Known(uint64_t word_hash) const {
  return vocabulary_.Find(word_hash) != FeatureMap::kMissing;
}

uint8_t WordClasses::SemanticClass(const Word& word, std::string* scratch) const {
  Pos pos;
  if (word.upos == "NOUN" || word.upos == "PROPN") {
    pos = Pos::kNoun;
  } else if (word.upos == "VERB") {
    pos = Pos::kVerb;
  } else {
    return kNoClass;
  }
  AsciiLower(word.lemma.empty() || word.lemma == "_" ? word.form : word.lemma, scratch);
  const uint32_t cls = lemma_classes_.Find(LemmaKey(*scratch, pos));
  return cls == FeatureMap::kMissing ? kNotInWordNet : static_cast<uint8_t>(cls);
}

void WordClasses::Save(BinaryWriter& out) const {
  // vocabulary count, keys; lemma count, keys, classes; keys in increasing order.
  const auto vocabulary = Sorted(vocabulary_);
  out.U64(vocabulary.size());
  for (const auto& [key, unused] : vocabulary) out.U64(key);
  const auto lemmas = Sorted(lemma_classes_);
  out.U64(lemmas.size());
  for (const auto& [key, unused] : lemmas) out.U64(key);
  for (const auto& [unused, cls] : lemmas) out.U8(static_cast<uint8_t>(cls));
}

StatusOr<WordClasses> WordClasses::Load(BinaryReader& in) {
  WordClasses out;
  auto read_keys = [&](std::vector<uint64_t>* keys, const char* what) -> Status {
    const uint64_t count = in.U64();
    if (!in.ok()) return in.status();
    if (count >= (1ULL << 31)) {
      return DataLoss(std::string("parser ") + what + " table: implausible count " +
                      std::to_string(count) + "; the file is damaged");
    }
    std::string_view bytes = in.BytesView(count * 8);
    if (!in.ok()) return in.status();
    BinaryReader r(bytes);
    keys->resize(count);
    for (uint64_t i = 0; i < count; ++i) {
      (*keys)[i] = r.U64();
      if (i > 0 && (*keys)[i] <= (*keys)[i - 1]) {
        return DataLoss(std::string("parser ") + what + " table: keys out of order at entry " +
                        std::to_string(i) + "; the file is damaged");
      }
    }
    return Status::Ok();
  };
  std::vector<uint64_t> vocabulary, lemma_keys;
  if (Status s = read_keys(&vocabulary, "vocabulary"); !s.ok()) return s;
  if (Status s = read_keys(&lemma_keys, "word class"); !s.ok()) return s;
  std::string_view classes = in.BytesView(lemma_keys.size());
  if (!in.ok()) return in.status();
  out.vocabulary_.Reserve(vocabulary.size());
  for (uint64_t k : vocabulary) out.vocabulary_.FindOrInsert(k, 0);
  out.lemma_classes_.Reserve(lemma_keys.size());
  for (size_t i = 0; i < lemma_keys.size(); ++i) {
    const uint8_t cls = static_cast<uint8_t>(classes[i]);
    if (cls < kFirstLexFile || cls > kFirstLexFile + 60) {
      return DataLoss("parser word class table: class " + std::to_string(cls) +
                      " out of range at entry " + std::to_string(i) + "; the file is damaged");
    }
    out.lemma_classes_.FindOrInsert(lemma_keys[i], cls);
  }
  return out;
}

}  // namespace dyad::parse
