// Lemmatizer: lexicon, UD conventions, WordNet irregulars, then suffix edit scripts.
// A script is "strip N bytes, append S", learned per (XPOS, suffix) from the training word
// types (Chrupala, "Towards a machine-learning architecture for lexical functional grammar
// parsing", 2008, ch. 5); stored as the string "<N>:<S>".
#include "tag/lemmatizer.h"

#include <algorithm>

#include "base/hash.h"
#include "tag/text_util.h"

namespace dyad::tag {
namespace {

uint64_t PairKey(uint64_t salt, std::string_view form, std::string_view xpos) {
  return HashMix(HashMix(salt, Hash64(xpos)), Hash64(form));
}
uint64_t ExactKey(std::string_view f, std::string_view x) { return PairKey(1, f, x); }
uint64_t LowerKey(std::string_view f, std::string_view x) { return PairKey(2, f, x); }
uint64_t RuleKey(std::string_view suffix, std::string_view xpos) {
  return HashMix(PairKey(3, suffix, xpos), suffix.size());
}


struct Convention {
  std::string_view form, xpos, lemma;
};
// UD English conventions (EWT guidelines) for clitics and contraction halves.
constexpr Convention kConventions[] = {
    {"n't", "RB", "not"},  {"nt", "RB", "not"},    {"'s", "VBZ", "be"},   {"’s", "VBZ", "be"},
    {"'s", "POS", "'s"},   {"’s", "POS", "'s"},    {"'re", "VBP", "be"},  {"’re", "VBP", "be"},
    {"'m", "VBP", "be"},   {"’m", "VBP", "be"},    {"'ve", "VBP", "have"}, {"’ve", "VBP", "have"},
    {"'ll", "MD", "will"}, {"’ll", "MD", "will"},  {"'d", "MD", "would"}, {"’d", "MD", "would"},
    {"'d", "VBD", "have"}, {"wo", "MD", "will"},   {"ca", "MD", "can"},   {"sha", "MD", "shall"},
    {"gon", "VBG", "go"},  {"na", "TO", "to"},     {"wan", "VBP", "want"}, {"ta", "TO", "to"},
};

WordNetPos IrregularPos(std::string_view xpos, bool* ok) {
  *ok = true;
  if (xpos == "NNS") return kWnNoun;
  if (xpos == "VBD" || xpos == "VBN" || xpos == "VBG" || xpos == "VBZ") return kWnVerb;
  if (xpos == "JJR" || xpos == "JJS") return kWnAdj;
  if (xpos == "RBR" || xpos == "RBS") return kWnAdv;
  *ok = false;
  return kWnNoun;
}

// The script turning `base` into `lemma`: "<bytes to strip>:<bytes to append>".
std::string Script(std::string_view base, std::string_view lemma) {
  size_t p = 0;
  while (p < base.size() && p < lemma.size() && base[p] == lemma[p]) ++p;
  return std::to_string(base.size() - p) + ":" + std::string(lemma.substr(p));
}

bool ApplyScript(std::string_view base, std::string_view script, std::string* out) {
  size_t colon = script.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 3) return false;
  size_t strip = 0;
  for (size_t i = 0; i < colon; ++i) {
    if (script[i] < '0' || script[i] > '9') return false;
    strip = strip * 10 + static_cast<size_t>(script[i] - '0');
  }
  // A script never replaces the whole word: that only fits the word it was learned from.
  if (strip >= base.size()) return false;
  out->assign(base.substr(0, base.size() - strip));
  out->append(script.substr(colon + 1));
  return true;
}

}  // namespace

void Lemmatizer::Builder::Add(std::string_view form, std::string_view xpos,
                              std::string_view lemma) {
  if (form.empty() || lemma.empty() || lemma == "_") return;
  exact_[{std::string(form), std::string(xpos)}][std::string(lemma)]++;
}

uint32_t Lemmatizer::AddString(std::string_view s) {
  uint32_t id = static_cast<uint32_t>(pool_.size());
  uint32_t n = static_cast<uint32_t>(s.size());
  for (int i = 0; i < 4; ++i) pool_.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  pool_.append(s);
  return id;
}

std::string_view Lemmatizer::String(uint32_t id) const {
  if (id + 4 > pool_.size()) return {};
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i) n |= uint32_t(uint8_t(pool_[id + i])) << (8 * i);
  if (n > pool_.size() - id - 4) return {};
  return std::string_view(pool_).substr(id + 4, n);
}

Lemmatizer Lemmatizer::Builder::Build(int min_count) const {
  Lemmatizer lem;
  std::map<std::string, uint32_t> ids;
  auto intern = [&](const std::string& s) {
    auto it = ids.find(s);
    if (it != ids.end()) return it->second;
    uint32_t id = lem.AddString(s);
    ids.emplace(s, id);
    return id;
  };
  auto best_of = [](const std::map<std::string, int>& counts) {
    const std::string* best = nullptr;
    int n = -1;
    for (auto& [lemma, c] : counts) {
      if (c > n) {
        n = c;
        best = &lemma;
      }
    }
    return *best;
  };
  // Tags whose lemmas keep the case of capitalised forms (NNP, NNPS, ADD in EWT): those where
  // most capitalised training forms have a lemma with the same first letter.
  std::map<std::string, std::pair<int, int>> case_votes;  // xpos -> (keep, lower)
  for (auto& [key, counts] : exact_) {
    int cap = CapClass(key.first);
    if ((cap != 2 && cap != 4) || key.first.size() < 2) continue;
    for (auto& [lemma, c] : counts) {
      if (lemma.empty()) continue;
      if (lemma[0] == key.first[0]) {
        case_votes[key.second].first += c;
      } else {
        case_votes[key.second].second += c;
      }
    }
  }
  for (auto& [xpos, votes] : case_votes) {
    if (votes.first > votes.second) lem.keep_case_.push_back(xpos);
  }
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> lower;
  // (xpos, suffix) -> script -> number of word types
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> scripts;
  for (auto& [key, counts] : exact_) {
    const std::string& best = best_of(counts);
    lem.exact_entries_.emplace_back(ExactKey(key.first, key.second), intern(best));
    if (lem.KeepsCase(key.second)) {
      std::string script = Script(key.first, best);
      for (int k = 0; k <= 5; ++k) {
        size_t start = SuffixStart(key.first, k);
        if (k > 0 && start == 0) break;
        scripts[{key.second, key.first.substr(start)}][script]++;
      }
      continue;
    }
    std::string low = Lower(key.first);
    for (auto& [lemma, c] : counts) lower[{low, key.second}][lemma] += c;
  }
  for (auto& [key, counts] : lower) {
    const std::string& best = best_of(counts);
    lem.lower_entries_.emplace_back(LowerKey(key.first, key.second), intern(best));
    std::string script = Script(key.first, best);
    for (int k = 0; k <= 5; ++k) {
      size_t start = SuffixStart(key.first, k);
      if (k > 0 && start == 0) break;
      scripts[{key.second, key.first.substr(start)}][script]++;
    }
  }
  for (const Convention& c : kConventions) {
    if (lower.count({std::string(c.form), std::string(c.xpos)})) continue;
    lem.lower_entries_.emplace_back(LowerKey(c.form, c.xpos), intern(std::string(c.lemma)));
  }
  // Per (xpos, suffix): every script seen with >= min_count word types (any for the empty
  // suffix), most frequent first, joined by '\n'.
  for (auto& [key, counts] : scripts) {
    std::vector<std::pair<int, std::string>> ranked;
    for (auto& [script, c] : counts) {
      if (key.second.empty() || c >= min_count) ranked.emplace_back(-c, script);
    }
    if (ranked.empty()) continue;
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > 4) ranked.resize(4);
    std::string joined;
    for (auto& [c, script] : ranked) {
      if (!joined.empty()) joined += '\n';
      joined += script;
    }
    lem.rule_entries_.emplace_back(RuleKey(key.second, key.first), intern(joined));
  }
  lem.Index();
  return lem;
}

void Lemmatizer::Index() {
  for (auto& [k, v] : exact_entries_) exact_.FindOrInsert(k, v);
  for (auto& [k, v] : lower_entries_) lower_.FindOrInsert(k, v);
  for (auto& [k, v] : rule_entries_) rules_.FindOrInsert(k, v);
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view lower,
                              std::string_view xpos, const LexiconClasses* lexicon) const {
  uint32_t id = exact_.Find(ExactKey(form, xpos));
  if (id != FeatureMap::kMissing) return std::string(String(id));
  bool keep_case = KeepsCase(xpos);
  std::string_view base = keep_case ? form : lower;
  if (!keep_case) {
    id = lower_.Find(LowerKey(lower, xpos));
    if (id != FeatureMap::kMissing) return std::string(String(id));
    bool inflected;
    WordNetPos pos = IrregularPos(xpos, &inflected);
    if (inflected && lexicon != nullptr) {
      if (const std::string* irregular = lexicon->Irregular(pos, lower)) return *irregular;
    }
  }
  // Candidates from the longest suffix's scripts to the shortest. The first one wins if it
  // leaves the word unchanged; otherwise the first that WordNet knows as the tag's part of
  // speech, then as any ("bombed": -bed -> "bom", -ed -> "bomb"), or, failing that, the first
  // lower-case hunspell word, or the first.
  // A lower-case proper noun that hunspell only knows capitalised ("mexico") is capitalised.
  std::string capitalised;
  if (keep_case && lexicon != nullptr && !form.empty() && form[0] >= 'a' && form[0] <= 'z' &&
      CapClass(form) == 1) {
    uint32_t bits = lexicon->Bits(lower);
    if ((bits & kBitHunCapital) && !(bits & kBitHunLower)) {
      capitalised.assign(form);
      capitalised[0] = static_cast<char>(capitalised[0] - 32);
      base = capitalised;
    }
  }
  std::string out;
  std::vector<std::string> candidates;
  for (int k = 5; k >= 0; --k) {
    size_t start = SuffixStart(base, k);
    if (k > 0 && start == 0) continue;
    id = rules_.Find(RuleKey(base.substr(start), xpos));
    if (id == FeatureMap::kMissing) continue;
    std::string_view scripts = String(id);
    while (!scripts.empty()) {
      size_t nl = scripts.find('\n');
      std::string_view script = scripts.substr(0, nl);
      scripts = nl == std::string_view::npos ? std::string_view() : scripts.substr(nl + 1);
      if (!ApplyScript(base, script, &out)) continue;
      if (std::find(candidates.begin(), candidates.end(), out) == candidates.end()) {
        candidates.push_back(out);
      }
    }
    if (candidates.size() == 1 &&
        (lexicon == nullptr || lexicon->empty() || keep_case)) {
      return candidates[0];
    }
  }
  if (candidates.empty()) return std::string(base);
  // A first candidate that leaves the word as it is stays (unknown nouns, names, numbers).
  if (candidates.size() == 1 || lexicon == nullptr || lexicon->empty() || keep_case ||
      candidates[0] == base) {
    return candidates[0];
  }
  std::vector<uint32_t> bits(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) bits[i] = lexicon->Bits(candidates[i]);
  // WordNet's entries of the tag's own part of speech first ("hanged" VBD: the verb "hang",
  // not the noun "han").
  bool has_pos;
  const WordNetPos pos = IrregularPos(xpos, &has_pos);
  if (has_pos) {
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (bits[i] & (kBitWnDirect << pos)) return candidates[i];
    }
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (bits[i] & (0xf * kBitWnDirect)) return candidates[i];
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (bits[i] & kBitHunLower) return candidates[i];
  }
  return candidates[0];
}

bool Lemmatizer::KeepsCase(std::string_view xpos) const {
  for (const std::string& x : keep_case_) {
    if (x == xpos) return true;
  }
  return false;
}

void Lemmatizer::Save(BinaryWriter& out) const {
  out.U32(static_cast<uint32_t>(keep_case_.size()));
  for (const std::string& x : keep_case_) out.Str(x);
  out.Str(pool_);
  for (auto* entries : {&exact_entries_, &lower_entries_, &rule_entries_}) {
    out.U64(entries->size());
    for (auto& [k, v] : *entries) {
      out.U64(k);
      out.U32(v);
    }
  }
}

StatusOr<Lemmatizer> Lemmatizer::Load(BinaryReader& in) {
  Lemmatizer lem;
  uint32_t keep = in.U32();
  if (!in.ok()) return in.status();
  if (keep > 1000) return DataLoss("tagger model: bad lemma case table");
  for (uint32_t i = 0; i < keep && in.ok(); ++i) lem.keep_case_.push_back(in.Str());
  lem.pool_ = in.Str();
  for (auto* entries : {&lem.exact_entries_, &lem.lower_entries_, &lem.rule_entries_}) {
    uint64_t n = in.U64();
    if (!in.ok()) return in.status();
    if (n > (1u << 24)) return DataLoss("tagger model: bad lemma table size");
    entries->reserve(n);
    for (uint64_t i = 0; i < n && in.ok(); ++i) {
      uint64_t k = in.U64();
      uint32_t v = in.U32();
      if (v >= lem.pool_.size()) {
        return DataLoss("tagger model: lemma string out of range at byte " +
                        std::to_string(in.position()));
      }
      entries->emplace_back(k, v);
    }
  }
  if (!in.ok()) return in.status();
  lem.Index();
  return lem;
}

}  // namespace dyad::tag
