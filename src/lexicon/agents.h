// AgentDictionary: agent phrases ("FOREIGN MINISTER", "REBELS") -> an agent code and how it
// composes with an actor code, as in PETRARCH's agents file:
//   [~GOV]  suffix: appended after the actor code (IRQ + ~GOV -> IRQGOV);
//   [IGO~]  prefix: prepended before it (IGO~ + WAF -> IGOWAF).
// Words are normalised (normalize.h). A phrase added twice keeps its first code (the later
// one is reported by the loader as a duplicate when it differs).
//
// Thread safety: Add() mutates; afterwards all const methods are safe concurrently.
//
//   AgentDictionary a;
//   a.Add({"FOREIGN", "MINISTER"}, "GOV", AgentKind::kSuffix);
//   auto m = a.LongestMatch(words, 3);         // m->code == "GOV"
//   ComposeActorAgent("IRQ", *m)             // "IRQGOV"
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::lexicon {

enum class AgentKind { kSuffix, kPrefix };

struct AgentEntry {
  std::string code;  // without '~', e.g. "GOV", "GOVMED", "IGO"
  AgentKind kind = AgentKind::kSuffix;
  uint32_t line = 0;  // 1-based line in the source file (0 = added programmatically)
};

struct AgentMatch {
  size_t begin = 0;  // first word
  size_t end = 0;    // one past the last word
  std::string code;
  AgentKind kind = AgentKind::kSuffix;
};

class AgentDictionary {
 public:
  // Adds a phrase (normalised words). Returns false if the phrase is empty or already
  // present (the first entry is kept; `existing`, if given, receives it).
  bool Add(std::span<const std::string> words, std::string code, AgentKind kind, size_t line = 0,
           const AgentEntry** existing = nullptr);

  // Longest phrase starting at words[start]; nullopt if none.
  std::optional<AgentMatch> LongestMatch(std::span<const std::string> words, size_t start) const;

  // Exactly this phrase; nullptr if absent.
  const AgentEntry* Find(std::span<const std::string> words) const;

  size_t size() const { return entries_.size(); }

  // Calls fn(phrase as "W1 W2", entry) for every phrase (order unspecified).
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const auto& [phrase, entry] : entries_) fn(phrase, entry);
  }

 private:
  std::unordered_map<std::string, AgentEntry> entries_;  // key: words joined by ' '
  size_t max_words_ = 0;
};

// Composes an actor code with an agent. Suffix: actor + code, unless the actor already ends
// with that code (IRQGOV + ~GOV stays IRQGOV); prefix: code + actor, unless the actor already
// starts with it. An empty actor gives "---" + code for a suffix agent (PETRARCH's "agent
// alone" code, e.g. "---GOV") and the bare code for a prefix agent.
std::string ComposeActorAgent(std::string_view actor_code, const AgentMatch& agent);
std::string ComposeActorAgent(std::string_view actor_code, std::string_view agent_code,
                              AgentKind kind);

}  // namespace dyad::lexicon
