#include "lexicon/actors.h"

namespace dyad::lexicon {

uint32_t ActorDictionary::WordId(std::string_view w) const {
  auto it = word_ids_.find(std::string(w));
  return it == word_ids_.end() ? kNoWord : it->second;
}

uint32_t ActorDictionary::InternWord(const std::string& w) {
  auto [it, inserted] = word_ids_.emplace(w, static_cast<uint32_t>(words_.size()));
  if (inserted) words_.push_back(w);
  return it->second;
}

uint32_t ActorDictionary::Child(uint32_t node, uint32_t word) const {
  auto it = edges_.find((static_cast<uint64_t>(node) << 32) | word);
  return it == edges_.end() ? 0 : it->second;
}

bool ActorDictionary::Add(std::span<const std::string> words, std::string code, int32_t date_from,
                          int32_t date_to, std::string_view file, size_t line) {
  if (words.empty()) return false;
  uint32_t node = 0;
  for (const std::string& w : words) {
    uint32_t id = InternWord(w);
    uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(nodes_.size());
      nodes_.push_back(Node{node, id, -1});
      edges_.emplace(key, child);
      node = child;
    } else {
      node = it->second;
    }
  }
  uint32_t source = 0;
  if (sources_.empty() || sources_.back() != file) {
    // Files are added one after the other; look back only for a repeat of an earlier one.
    source = static_cast<uint32_t>(sources_.size());
    for (uint32_t i = 0; i < sources_.size(); ++i) {
      if (sources_[i] == file) source = i;
    }
    if (source == sources_.size()) sources_.emplace_back(file);
  } else {
    source = static_cast<uint32_t>(sources_.size() - 1);
  }
  if (nodes_[node].entries < 0) {
    nodes_[node].entries = static_cast<int32_t>(entries_.size());
    entries_.emplace_back();
    ++phrase_count_;
  }
  entries_[nodes_[node].entries].push_back(
      ActorEntry{std::move(code), date_from, date_to, source, static_cast<uint32_t>(line)});
  ++entry_count_;
  return true;
}

void ActorDictionary::Reserve(size_t phrases) {
  // About 2.5 words per phrase, most of them new trie edges; words are shared more.
  edges_.reserve(edges_.size() + phrases * 5 / 2);
  nodes_.reserve(nodes_.size() + phrases * 5 / 2);
  word_ids_.reserve(word_ids_.size() + phrases);
  entries_.reserve(entries_.size() + phrases);
}

const ActorEntry* ActorDictionary::Resolve(const std::vector<ActorEntry>& entries, int32_t date) {
  if (entries.empty()) return nullptr;
  const ActorEntry* first_undated = nullptr;
  for (const ActorEntry& e : entries) {
    if (!e.Dated()) {
      if (!first_undated) first_undated = &e;
      continue;
    }
    if (date != 0 && e.Covers(date)) return &e;
  }
  if (first_undated) return first_undated;
  return date == 0 ? &entries.front() : nullptr;
}

std::optional<ActorMatch> ActorDictionary::LongestMatch(std::span<const std::string> words,
                                                        size_t start, int32_t date_yyyymmdd) const {
  uint32_t node = 0;
  // Phrase-end nodes along the path, longest last.
  uint32_t ends[64];
  size_t end_pos[64];
  size_t n_ends = 0;
  for (size_t i = start; i < words.size(); ++i) {
    uint32_t id = WordId(words[i]);
    if (id == kNoWord) break;
    node = Child(node, id);
    if (node == 0) break;
    if (nodes_[node].entries >= 0) {
      if (n_ends == 64) {  // phrases longer than 64 words: keep the longest 64 candidates
        for (size_t k = 1; k < 64; ++k) {
          ends[k - 1] = ends[k];
          end_pos[k - 1] = end_pos[k];
        }
        --n_ends;
      }
      ends[n_ends] = node;
      end_pos[n_ends] = i + 1;
      ++n_ends;
    }
  }
  while (n_ends > 0) {
    --n_ends;
    const ActorEntry* e = Resolve(entries_[nodes_[ends[n_ends]].entries], date_yyyymmdd);
    if (e) return ActorMatch{start, end_pos[n_ends], e->code};
  }
  return std::nullopt;
}

const std::vector<ActorEntry>* ActorDictionary::Find(std::span<const std::string> words) const {
  if (words.empty()) return nullptr;
  uint32_t node = 0;
  for (const std::string& w : words) {
    uint32_t id = WordId(w);
    if (id == kNoWord) return nullptr;
    node = Child(node, id);
    if (node == 0) return nullptr;
  }
  return nodes_[node].entries < 0 ? nullptr : &entries_[nodes_[node].entries];
}

}  // namespace dyad::lexicon
