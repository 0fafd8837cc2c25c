#include "lexicon/agents.h"

#include "lexicon/normalize.h"

namespace dyad::lexicon {

bool AgentDictionary::Add(std::span<const std::string> words, std::string code, AgentKind kind,
                          size_t line, const AgentEntry** existing) {
  if (words.empty()) return false;
  auto [it, inserted] = entries_.try_emplace(
      JoinPhrase(words), AgentEntry{std::move(code), kind, static_cast<uint32_t>(line)});
  if (!inserted) {
    if (existing) *existing = &it->second;
    return false;
  }
  if (words.size() > max_words_) max_words_ = words.size();
  return true;
}

std::optional<AgentMatch> AgentDictionary::LongestMatch(std::span<const std::string> words,
                                                        size_t start) const {
  if (start >= words.size()) return std::nullopt;
  size_t max_end = std::min(words.size(), start + max_words_);
  std::string key;
  std::optional<AgentMatch> best;
  for (size_t end = start + 1; end <= max_end; ++end) {
    if (end > start + 1) key.push_back(' ');
    key += words[end - 1];
    auto it = entries_.find(key);
    if (it != entries_.end()) best = AgentMatch{start, end, it->second.code, it->second.kind};
  }
  return best;
}

const AgentEntry* AgentDictionary::Find(std::span<const std::string> words) const {
  auto it = entries_.find(JoinPhrase(words));
  return it == entries_.end() ? nullptr : &it->second;
}

std::string ComposeActorAgent(std::string_view actor_code, std::string_view agent_code,
                              AgentKind kind) {
  std::string out;
  if (kind == AgentKind::kSuffix) {
    if (actor_code.empty()) return "---" + std::string(agent_code);
    if (actor_code.size() >= agent_code.size() &&
        actor_code.substr(actor_code.size() - agent_code.size()) == agent_code) {
      return std::string(actor_code);
    }
    out = std::string(actor_code);
    out += agent_code;
    return out;
  }
  if (actor_code.substr(0, agent_code.size()) == agent_code) return std::string(actor_code);
  out = std::string(agent_code);
  out += actor_code;
  return out;
}

std::string ComposeActorAgent(std::string_view actor_code, const AgentMatch& agent) {
  return ComposeActorAgent(actor_code, agent.code, agent.kind);
}

}  // namespace dyad::lexicon
