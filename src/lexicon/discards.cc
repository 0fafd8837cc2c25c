#include "lexicon/discards.h"

#include <algorithm>

#include "lexicon/normalize.h"

namespace dyad::lexicon {
namespace {

// The regular plural forms a non-exact discard word also matches.
void PluralForms(const std::string& w, std::vector<std::string>* out) {
  out->push_back(w + "S");
  out->push_back(w + "ES");
  if (w.size() > 1 && w.back() == 'Y') out->push_back(w.substr(0, w.size() - 1) + "IES");
}

}  // namespace

bool DiscardList::Add(std::vector<DiscardWord> words, DiscardLevel level, size_t line) {
  if (words.empty()) return false;
  std::string key(1, level == DiscardLevel::kStory ? '+' : '-');
  for (const DiscardWord& w : words) {
    key += ' ';
    key += w.word;
    if (w.exact) key += '_';
  }
  if (!keys_.insert(std::move(key)).second) return false;
  uint32_t index = static_cast<uint32_t>(phrases_.size());
  by_first_[words[0].word].push_back(index);
  if (!words[0].exact) {
    std::vector<std::string> forms;
    PluralForms(words[0].word, &forms);
    for (const std::string& f : forms) by_first_[f].push_back(index);
  }
  phrases_.push_back(Phrase{std::move(words), level, static_cast<uint32_t>(line)});
  return true;
}

bool DiscardList::WordMatches(const DiscardWord& w, const std::string& text) const {
  if (text == w.word) return true;
  if (w.exact) return false;
  const std::string& d = w.word;
  if (text.size() == d.size() + 1) return text.compare(0, d.size(), d) == 0 && text.back() == 'S';
  if (text.size() == d.size() + 2) {
    if (text.compare(0, d.size(), d) == 0 && text.compare(d.size(), 2, "ES") == 0) return true;
    return d.size() > 1 && d.back() == 'Y' && text.compare(0, d.size() - 1, d, 0, d.size() - 1) == 0 &&
           text.compare(d.size() - 1, 3, "IES") == 0;
  }
  return false;
}

std::optional<DiscardMatch> DiscardList::Match(std::span<const std::string> words) const {
  std::optional<DiscardMatch> a = Match(words, DiscardLevel::kStory);
  std::optional<DiscardMatch> b = Match(words, DiscardLevel::kSentence);
  if (!a) return b;
  if (!b) return a;
  if (a->begin != b->begin) return a->begin < b->begin ? a : b;
  return a->end >= b->end ? a : b;
}

std::optional<DiscardMatch> DiscardList::Match(std::span<const std::string> words,
                                               DiscardLevel level) const {
  for (size_t start = 0; start < words.size(); ++start) {
    auto it = by_first_.find(words[start]);
    if (it == by_first_.end()) continue;
    const Phrase* best = nullptr;
    for (uint32_t index : it->second) {
      const Phrase& p = phrases_[index];
      if (p.level != level || start + p.words.size() > words.size()) continue;
      if (best && best->words.size() >= p.words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k) ok = WordMatches(p.words[k], words[start + k]);
      if (ok) best = &p;
    }
    if (best) {
      std::vector<std::string> key;
      for (const DiscardWord& w : best->words) key.push_back(w.word);
      return DiscardMatch{JoinPhrase(key), best->level, start, start + best->words.size(),
                          best->line};
    }
  }
  return std::nullopt;
}

size_t DiscardList::count(DiscardLevel level) const {
  return static_cast<size_t>(std::count_if(phrases_.begin(), phrases_.end(),
                                           [level](const Phrase& p) { return p.level == level; }));
}

}  // namespace dyad::lexicon
