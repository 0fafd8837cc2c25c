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

}  // namespace

void WordClasses::Table::Build(const std::vector<uint64_t>& keys) {
  size_t size = 16;
  while (size < keys.size() * 2) size <<= 1;
  slots.assign(size, 0);
  mask = size - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    uint64_t at = HashMix(keys[i], 0x7ab1e) & mask;
    while (slots[at] != 0) at = (at + 1) & mask;
    slots[at] = static_cast<uint32_t>(i + 1);
  }
}

int64_t WordClasses::Table::Find(const std::vector<uint64_t>& keys, uint64_t key) const {
  if (slots.empty()) return -1;
  for (uint64_t at = HashMix(key, 0x7ab1e) & mask;; at = (at + 1) & mask) {
    const uint32_t s = slots[at];
    if (s == 0) return -1;
    if (keys[s - 1] == key) return s - 1;
  }
}

void WordClasses::Index() {
  vocabulary_index_.Build(vocabulary_);
  lemma_index_.Build(lemma_keys_);
}

StatusOr<WordClasses> WordClasses::Build(const std::vector<uint64_t>& word_hashes,
                                         const std::string& wordnet_dir, std::string* note) {
  WordClasses out;
  out.vocabulary_ = word_hashes;
  std::sort(out.vocabulary_.begin(), out.vocabulary_.end());
  out.vocabulary_.erase(std::unique(out.vocabulary_.begin(), out.vocabulary_.end()),
                        out.vocabulary_.end());
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
  // Sorted by key; a (very unlikely) hash collision keeps the first class.
  std::stable_sort(lemmas.begin(), lemmas.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, cls] : lemmas) {
    if (!out.lemma_keys_.empty() && out.lemma_keys_.back() == key) continue;
    out.lemma_keys_.push_back(key);
    out.lemma_class_.push_back(cls);
  }
  if (out.vocabulary_.size() >= (1ULL << 31) || out.lemma_keys_.size() >= (1ULL << 31)) {
    return InvalidArgument("parser word tables: too many entries");
  }
  out.Index();
  return out;
}

bool WordClasses::Known(uint64_t word_hash) const {
  return vocabulary_index_.Find(vocabulary_, word_hash) >= 0;
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
  const int64_t at = lemma_index_.Find(lemma_keys_, LemmaKey(*scratch, pos));
  return at < 0 ? kNotInWordNet : lemma_class_[at];
}

void WordClasses::Save(BinaryWriter& out) const {
  // vocabulary count, keys; lemma count, keys, classes.
  out.U64(vocabulary_.size());
  for (uint64_t k : vocabulary_) out.U64(k);
  out.U64(lemma_keys_.size());
  for (uint64_t k : lemma_keys_) out.U64(k);
  for (uint8_t c : lemma_class_) out.U8(c);
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
  if (Status s = read_keys(&out.vocabulary_, "vocabulary"); !s.ok()) return s;
  if (Status s = read_keys(&out.lemma_keys_, "word class"); !s.ok()) return s;
  std::string_view classes = in.BytesView(out.lemma_keys_.size());
  if (!in.ok()) return in.status();
  out.lemma_class_.assign(classes.begin(), classes.end());
  for (size_t i = 0; i < out.lemma_class_.size(); ++i) {
    if (out.lemma_class_[i] < kFirstLexFile || out.lemma_class_[i] > kFirstLexFile + 60) {
      return DataLoss("parser word class table: class " + std::to_string(out.lemma_class_[i]) +
                      " out of range at entry " + std::to_string(i) + "; the file is damaged");
    }
  }
  out.Index();
  return out;
}

}  // namespace dyad::parse
