#include "lexicon/issues.h"

#include <algorithm>

#include "lexicon/normalize.h"

namespace dyad::lexicon {

size_t IssueDictionary::BeginSection(std::string category, std::string type) {
  sections_.push_back(Section{std::move(category), std::move(type)});
  return sections_.size() - 1;
}

size_t IssueDictionary::CurrentSection() {
  if (sections_.empty()) BeginSection("");
  return sections_.size() - 1;
}

bool IssueDictionary::AddPhrase(std::span<const std::string> words, Entry e) {
  if (words.empty()) return false;
  std::vector<Entry>& list = phrases_[JoinPhrase(words)];
  for (const Entry& old : list) {
    if (old.kind != e.kind) continue;
    // One issue code per phrase; ignore phrases once; section cancels once per section.
    if (e.kind != Kind::kSectionCancel || old.section == e.section) return false;
  }
  list.push_back(e);
  max_words_ = std::max(max_words_, words.size());
  if (e.kind == Kind::kIssue) {
    ++phrase_count_;
  } else {
    ++ignore_count_;
  }
  return true;
}

bool IssueDictionary::Add(std::span<const std::string> words, std::string code, size_t line) {
  auto [it, inserted] = code_ids_.try_emplace(code, static_cast<uint32_t>(codes_.size()));
  if (inserted) codes_.push_back(code);
  return AddPhrase(words, Entry{Kind::kIssue, static_cast<uint32_t>(CurrentSection()), it->second,
                                static_cast<uint32_t>(line)});
}

bool IssueDictionary::AddIgnore(std::span<const std::string> words, size_t line) {
  return AddPhrase(words, Entry{Kind::kIgnore, static_cast<uint32_t>(CurrentSection()), 0,
                                static_cast<uint32_t>(line)});
}

bool IssueDictionary::AddSectionCancel(std::span<const std::string> words, size_t line) {
  return AddPhrase(words, Entry{Kind::kSectionCancel, static_cast<uint32_t>(CurrentSection()), 0,
                                static_cast<uint32_t>(line)});
}

std::vector<std::pair<std::string, int>> IssueDictionary::Find(
    std::span<const std::string> words) const {
  std::vector<std::pair<std::string, int>> result;
  if (phrases_.empty() || words.empty()) return result;
  std::vector<bool> masked(words.size(), false);
  std::vector<bool> cancelled(sections_.size() + 1, false);
  // Passes 1-2: ignore phrases mask their words; section-cancel phrases cancel sections.
  std::string key;
  for (size_t start = 0; start < words.size(); ++start) {
    key.clear();
    for (size_t end = start + 1; end <= std::min(words.size(), start + max_words_); ++end) {
      if (end > start + 1) key.push_back(' ');
      key += words[end - 1];
      auto it = phrases_.find(key);
      if (it == phrases_.end()) continue;
      for (const Entry& e : it->second) {
        if (e.kind == Kind::kIgnore) {
          for (size_t k = start; k < end; ++k) masked[k] = true;
        } else if (e.kind == Kind::kSectionCancel) {
          cancelled[e.section] = true;
        }
      }
    }
  }
  // Pass 3: issue phrases, longest first at each start, on unmasked words.
  std::vector<int> counts(codes_.size(), 0);
  std::vector<uint32_t> order;
  size_t start = 0;
  while (start < words.size()) {
    size_t best_end = 0;
    const Entry* best = nullptr;
    key.clear();
    for (size_t end = start + 1; end <= std::min(words.size(), start + max_words_); ++end) {
      if (masked[end - 1]) break;
      if (end > start + 1) key.push_back(' ');
      key += words[end - 1];
      auto it = phrases_.find(key);
      if (it == phrases_.end()) continue;
      for (const Entry& e : it->second) {
        if (e.kind == Kind::kIssue && !cancelled[e.section]) {
          best = &e;
          best_end = end;
        }
      }
    }
    if (best) {
      if (counts[best->code]++ == 0) order.push_back(best->code);
      start = best_end;
    } else {
      ++start;
    }
  }
  for (uint32_t c : order) result.emplace_back(codes_[c], counts[c]);
  return result;
}

}  // namespace dyad::lexicon
