#include "lexicon/discards.h"

#include <algorithm>

#include "lexicon/normalize.h"

namespace dyad::lexicon {

bool DiscardList::Add(std::vector<DiscardWord> words, DiscardLevel level, size_t line) {
  if (words.empty()) return false;
  std::string key(1, level == DiscardLevel::kStory ? '+' : '-');
  for (const DiscardWord& w : words) {
    key += ' ';
    key += w.word;
    if (w.exact) key += '_';
  }
  if (!keys_.insert(std::move(key)).second) return false;
  // Only the last word can be a stem.
  for (size_t i = 0; i + 1 < words.size(); ++i) words[i].exact = true;
  uint32_t index = static_cast<uint32_t>(phrases_.size());
  if (words.size() == 1 && !words[0].exact) {
    stems_[words[0].word].push_back(index);
  } else {
    by_first_[words[0].word].push_back(index);
  }
  phrases_.push_back(Phrase{std::move(words), level, static_cast<uint32_t>(line)});
  return true;
}

bool DiscardList::WordMatches(const DiscardWord& w, const std::string& text) const {
  if (w.exact) return text == w.word;
  return text.size() >= w.word.size() && text.compare(0, w.word.size(), w.word) == 0;
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
    const Phrase* best = nullptr;
    auto consider = [&](uint32_t index) {
      const Phrase& p = phrases_[index];
      if (p.level != level || start + p.words.size() > words.size()) return;
      if (best && best->words.size() >= p.words.size()) return;
      for (size_t k = 0; k < p.words.size(); ++k) {
        if (!WordMatches(p.words[k], words[start + k])) return;
      }
      best = &p;
    };
    auto it = by_first_.find(words[start]);
    if (it != by_first_.end()) {
      for (uint32_t index : it->second) consider(index);
    }
    if (!stems_.empty()) {
      const std::string& w = words[start];
      for (size_t len = 1; len <= w.size(); ++len) {
        auto st = stems_.find(w.substr(0, len));
        if (st == stems_.end()) continue;
        for (uint32_t index : st->second) consider(index);
      }
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
