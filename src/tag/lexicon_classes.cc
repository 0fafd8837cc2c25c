#include "tag/lexicon_classes.h"

#include <algorithm>
#include <utility>

#include "base/file.h"
#include "base/hash.h"
#include "tag/text_util.h"

namespace dyad::tag {
namespace {

constexpr const char* kPosNames[4] = {"noun", "verb", "adj", "adv"};

// WordNet morphy detachment rules (suffix, replacement) per part of speech (wn morph.c).
struct Rule {
  std::string_view suffix, replacement;
};
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

uint64_t ExcKey(int pos, std::string_view word) { return HashMix(pos + 1, Hash64(word)); }

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

LexiconClasses LexiconClasses::Build(const std::string& wordnet_dir,
                                     const std::string& hunspell_dic, std::string* note) {
  LexiconClasses lex;
  note->clear();
  std::vector<std::pair<uint64_t, uint32_t>> bits;
  bool wordnet_ok = !wordnet_dir.empty();
  for (int pos = 0; pos < 4 && wordnet_ok; ++pos) {
    StatusOr<std::string> index = ReadFile(wordnet_dir + "/index." + kPosNames[pos]);
    if (!index.ok()) {
      wordnet_ok = false;
      break;
    }
    for (std::string_view line : SplitLines(*index)) {
      if (line.empty() || line[0] == ' ') continue;
      std::string_view lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') != std::string_view::npos) continue;
      bits.emplace_back(Hash64(Lower(lemma)), kBitWnDirect << pos);
    }
    StatusOr<std::string> exc = ReadFile(wordnet_dir + "/" + kPosNames[pos] + ".exc");
    if (!exc.ok()) continue;
    for (std::string_view line : SplitLines(*exc)) {
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos || line.find('_') != std::string_view::npos) continue;
      std::string_view word = line.substr(0, sp);
      std::string_view base = line.substr(sp + 1);
      base = base.substr(0, base.find(' '));
      if (word.empty() || base.empty()) continue;
      uint64_t key = ExcKey(pos, word);
      if (lex.exc_.Find(key) != FeatureMap::kMissing) continue;
      lex.exc_.FindOrInsert(key, static_cast<uint32_t>(lex.exc_bases_.size()));
      lex.exc_keys_.push_back(key);
      lex.exc_bases_.emplace_back(base);
    }
  }
  if (!wordnet_ok) {
    *note = "WordNet not found in '" + wordnet_dir + "'";
    lex.exc_ = FeatureMap();
    lex.exc_bases_.clear();
    lex.exc_keys_.clear();
    bits.clear();
  }
  StatusOr<std::string> dic =
      hunspell_dic.empty() ? StatusOr<std::string>(NotFound("")) : ReadFile(hunspell_dic);
  if (dic.ok()) {
    bool first = true;
    for (std::string_view line : SplitLines(*dic)) {
      if (first) {  // the first line is the entry count
        first = false;
        continue;
      }
      std::string_view word = line.substr(0, line.find('/'));
      while (!word.empty() && (word.back() == '\r' || word.back() == ' ' || word.back() == '\t')) {
        word.remove_suffix(1);
      }
      if (word.empty()) continue;
      int cap = CapClass(word);
      uint32_t b = cap == 2 ? kBitHunCapital : cap == 3 ? kBitHunUpper : kBitHunLower;
      bits.emplace_back(Hash64(Lower(word)), b);
    }
  } else {
    if (!note->empty()) *note += "; ";
    *note += "hunspell dictionary '" + hunspell_dic + "' not found";
  }
  lex.words_.Reserve(bits.size());
  for (auto& [key, b] : bits) lex.words_.FindOrInsert(key, 0) |= b;
  return lex;
}

uint32_t LexiconClasses::DirectBits(std::string_view w) const {
  uint32_t b = words_.Find(Hash64(w));
  return b == FeatureMap::kMissing ? 0 : b;
}

uint32_t LexiconClasses::Bits(std::string_view w) const {
  if (w.empty() || w.size() > 40) return 0;
  uint32_t bits = DirectBits(w);
  std::string candidate;
  auto try_rules = [&](int pos, const Rule* rules, size_t n) {
    if (bits & (kBitWnDirect << pos)) return;
    if (exc_.Find(ExcKey(pos, w)) != FeatureMap::kMissing) {
      bits |= kBitWnMorphy << pos;
      return;
    }
    for (size_t i = 0; i < n; ++i) {
      const Rule& r = rules[i];
      if (w.size() <= r.suffix.size() || w.substr(w.size() - r.suffix.size()) != r.suffix) {
        continue;
      }
      candidate.assign(w.substr(0, w.size() - r.suffix.size()));
      candidate.append(r.replacement);
      if (DirectBits(candidate) & (kBitWnDirect << pos)) {
        bits |= kBitWnMorphy << pos;
        return;
      }
    }
  };
  try_rules(kWnNoun, kNounRules, std::size(kNounRules));
  try_rules(kWnVerb, kVerbRules, std::size(kVerbRules));
  try_rules(kWnAdj, kAdjRules, std::size(kAdjRules));
  try_rules(kWnAdv, nullptr, 0);
  return bits;
}

const std::string* LexiconClasses::Irregular(WordNetPos pos, std::string_view w) const {
  uint32_t i = exc_.Find(ExcKey(pos, w));
  return i == FeatureMap::kMissing ? nullptr : &exc_bases_[i];
}

void LexiconClasses::Save(BinaryWriter& out) const {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(words_.size());
  words_.ForEach([&](uint64_t k, uint32_t v) { entries.emplace_back(k, v); });
  std::sort(entries.begin(), entries.end());
  out.U64(entries.size());
  for (auto& [k, v] : entries) {
    out.U64(k);
    out.U32(static_cast<uint16_t>(v) == v ? v : 0);
  }
  out.U64(exc_bases_.size());
  for (size_t i = 0; i < exc_bases_.size(); ++i) {
    out.U64(exc_keys_[i]);
    out.Str(exc_bases_[i]);
  }
}

StatusOr<LexiconClasses> LexiconClasses::Load(BinaryReader& in) {
  LexiconClasses lex;
  uint64_t n = in.U64();
  if (!in.ok() || n > (1u << 24)) return DataLoss("tagger model: bad lexicon class count");
  lex.words_.Reserve(n);
  for (uint64_t i = 0; i < n && in.ok(); ++i) {
    uint64_t k = in.U64();
    uint32_t v = in.U32();
    lex.words_.FindOrInsert(k, v);
  }
  uint64_t m = in.U64();
  if (!in.ok() || m > (1u << 24)) return DataLoss("tagger model: bad irregular-form count");
  for (uint64_t i = 0; i < m && in.ok(); ++i) {
    uint64_t k = in.U64();
    std::string base = in.Str();
    lex.exc_.FindOrInsert(k, static_cast<uint32_t>(lex.exc_bases_.size()));
    lex.exc_keys_.push_back(k);
    lex.exc_bases_.push_back(std::move(base));
  }
  if (!in.ok()) return in.status();
  return lex;
}

}  // namespace dyad::tag
