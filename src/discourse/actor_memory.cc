#include "discourse/actor_memory.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <set>

namespace dyad::discourse {
namespace {

// Words of an actor text, with surrounding punctuation and a possessive "'s" removed.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t b = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::string w(text.substr(b, i - b));
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '.') {
      w.pop_back();
    }
    if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("’s"))) {
      w.resize(w.size() - (w.ends_with("'s") ? 2 : 4));
    }
    if (w == "'s" || w == "’s") continue;
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
    if (!w.empty()) out.push_back(std::move(w));
  }
  return out;
}

// A capitalised word of letters (ASCII letters, hyphens, apostrophes; other UTF-8 bytes are
// taken as letters so "Sergéy" counts).
bool IsName(std::string_view w) {
  if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  bool lower = false;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::islower(u) || u >= 0x80) lower = true;
    if (!(std::isalpha(u) || u >= 0x80 || c == '-' || c == '\'')) return false;
  }
  return lower || w.size() == 1;  // "NATO" is not a person's name
}

// "al-Maliki" -> "Maliki": Arabic article prefixes, which later mentions often drop.
std::string_view StripParticle(std::string_view w) {
  for (std::string_view p : {"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "at-", "az-"}) {
    if (w.size() > p.size() + 1 && w.starts_with(p)) return w.substr(p.size());
  }
  return w;
}

bool IsOrganisationWord(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "Nations",      "House",        "Ministry",   "Council",    "Party",     "Army",
      "Forces",       "Union",        "Government", "Department", "Office",    "Agency",
      "Court",        "Assembly",     "Parliament", "Congress",   "Front",     "Movement",
      "Organization", "Organisation", "Republic",   "States",     "Kingdom",   "Bank",
      "Fund",         "Command",      "Guard",      "Police",     "Committee", "Commission",
      "Service",      "Senate",       "Times",      "Post",       "News",      "Brigade",
      "Brigades",     "Corps",        "Embassy",    "Emirates"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool IsHonorific(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Miss" || w == "Dr" || w == "Gen" ||
         w == "Col" || w == "Sen" || w == "Rep" || w == "Prof" || w == "Sheikh" || w == "Sir" ||
         w == "Lady" || w == "Lord";
}

bool IsPersonalPronoun(std::string_view w) {
  std::string l(w);
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l == "he" || l == "she" || l == "him" || l == "her";
}

constexpr int32_t kPronounWindow = 2;  // sentences before the pronoun's own

}  // namespace

bool IsUnknownActor(std::string_view code) { return code.empty() || code == "---"; }

void StoryActorMemory::Remember(std::string_view text, std::string_view code, int32_t sentence) {
  if (IsUnknownActor(code)) return;
  std::vector<std::string> w = Words(text);
  if (w.size() == 2 && IsHonorific(w[0])) w.erase(w.begin());
  if (w.size() == 1) {
    w[0] = std::string(StripParticle(w[0]));
    // A surname of a person already remembered with this code: a new mention of them (it
    // keeps a pronoun window open: "Lavrov said ... He added").
    bool known = false;
    for (const Person& p : persons_) known = known || (p.surname == w[0] && p.code == code);
    if (known) persons_.push_back({w[0], std::string(code), sentence});
    return;
  }
  if (w.size() < 2) return;
  std::string last(StripParticle(w.back()));
  std::string_view first = StripParticle(w[w.size() - 2]);
  if (!IsName(last) || !IsName(first) || IsOrganisationWord(last) || last.size() < 2) return;
  persons_.push_back({last, std::string(code), sentence});
}

std::string StoryActorMemory::Recall(std::string_view text, int32_t sentence) const {
  std::vector<std::string> w = Words(text);
  if (w.size() == 2 && IsHonorific(w[0])) w.erase(w.begin());
  if (w.size() != 1) return "";
  w[0] = std::string(StripParticle(w[0]));
  std::set<std::string> codes;
  if (IsPersonalPronoun(w[0])) {
    for (const Person& p : persons_) {
      if (p.sentence <= sentence && p.sentence >= sentence - kPronounWindow) codes.insert(p.code);
    }
  } else if (IsName(w[0]) && w[0].size() >= 2) {
    for (const Person& p : persons_) {
      if (p.surname == w[0] && p.sentence <= sentence) codes.insert(p.code);
    }
  }
  return codes.size() == 1 ? *codes.begin() : "";
}

namespace {

bool IsRel(const Word& w, std::initializer_list<std::string_view> rels) {
  for (std::string_view r : rels) {
    if (w.deprel == r) return true;
  }
  return false;
}

// The first child of `v` with one of `rels`, or -1.
int32_t ChildWith(const Sentence& s, int32_t v, std::initializer_list<std::string_view> rels) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].head == v && IsRel(s.words[i], rels)) return static_cast<int32_t>(i);
  }
  return -1;
}

// A one-word mention that can refer back: a proper noun whose only dependents are an
// honorific or punctuation ("Lavrov", "Mr. Lavrov"), or he/she/him/her. Returns its text, or
// "" for anything else.
std::string BackReference(const Sentence& s, int32_t w) {
  if (w < 0 || static_cast<size_t>(w) >= s.words.size()) return "";
  const Word& word = s.words[w];
  if (IsPersonalPronoun(word.form)) return word.form;
  if (word.upos != "PROPN" && word.xpos != "NNP") return "";
  std::string honorific;
  for (const Word& k : s.words) {
    if (k.head != w || &k == &word) continue;
    if (k.deprel == "punct") continue;
    if (IsHonorific(k.form) && honorific.empty()) {
      honorific = k.form + " ";
      continue;
    }
    return "";
  }
  return honorific + word.form;
}

// The words naming the unknown source / target of an event from the trigger's dependents:
// active voice subject / object, passive voice agent / passive subject. The subject of an
// xcomp or conj verb without one is its governor's ("Lavrov agreed to visit Iraq").
void MentionsFromTree(const Sentence& s, int32_t v, std::string* source, std::string* target) {
  if (v < 0 || static_cast<size_t>(v) >= s.words.size()) return;
  bool passive = ChildWith(s, v, {"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"}) >= 0;
  int32_t subj = -1;
  int32_t u = v;
  for (size_t steps = 0; steps < 4 && u >= 0; ++steps) {
    subj = ChildWith(s, u, {"nsubj", "nsubj:pass", "nsubjpass"});
    if (subj >= 0 || !IsRel(s.words[u], {"xcomp", "conj"})) break;
    u = s.words[u].head;
    if (u >= 0 && static_cast<size_t>(u) >= s.words.size()) u = -1;
  }
  int32_t obj = ChildWith(s, v, {"obj", "dobj"});
  int32_t agent = ChildWith(s, v, {"obl:agent"});
  if (passive) {
    *source = BackReference(s, agent);
    *target = BackReference(s, subj);
  } else {
    *source = BackReference(s, subj);
    *target = BackReference(s, obj);
  }
}

size_t Fill(const Story* story, std::vector<Event>& events) {
  StoryActorMemory memory;
  size_t filled = 0;
  for (Event& e : events) {
    std::string src = e.source, tgt = e.target;
    std::string src_text = e.source_text, tgt_text = e.target_text;
    if (story != nullptr && e.sentence >= 0 &&
        static_cast<size_t>(e.sentence) < story->sentences.size() &&
        ((IsUnknownActor(src) && src_text.empty()) || (IsUnknownActor(tgt) && tgt_text.empty()))) {
      std::string s_tree, t_tree;
      MentionsFromTree(story->sentences[e.sentence], e.verb_word, &s_tree, &t_tree);
      if (IsUnknownActor(src) && src_text.empty() && s_tree != tgt_text) src_text = s_tree;
      if (IsUnknownActor(tgt) && tgt_text.empty() && t_tree != src_text) tgt_text = t_tree;
    }
    if (IsUnknownActor(src) && !src_text.empty()) {
      std::string c = memory.Recall(src_text, e.sentence);
      if (!c.empty()) src = c;
    }
    if (IsUnknownActor(tgt) && !tgt_text.empty()) {
      std::string c = memory.Recall(tgt_text, e.sentence);
      if (!c.empty()) tgt = c;
    }
    bool same = !IsUnknownActor(src) && src == tgt;
    if (same) {
      src = e.source;
      tgt = e.target;
    }
    // Remember the persons named (a resolved surname is a new mention of its person).
    memory.Remember(src_text, src, e.sentence);
    memory.Remember(tgt_text, tgt, e.sentence);
    if (same) continue;
    if (src != e.source) {
      ++filled;
      e.source = std::move(src);
      e.source_text = std::move(src_text);
    }
    if (tgt != e.target) {
      ++filled;
      e.target = std::move(tgt);
      e.target_text = std::move(tgt_text);
    }
  }
  return filled;
}

}  // namespace

size_t FillActorsFromMemory(std::vector<Event>& events) { return Fill(nullptr, events); }

size_t FillActorsFromMemory(const Story& story, std::vector<Event>& events) {
  return Fill(&story, events);
}

size_t RemoveIncompleteEvents(std::vector<Event>& events) {
  size_t before = events.size();
  std::erase_if(
      events, [](const Event& e) { return IsUnknownActor(e.source) || IsUnknownActor(e.target); });
  return before - events.size();
}

}  // namespace dyad::discourse
