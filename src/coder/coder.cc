// Event coding on UD dependency trees. See coder.h for the behaviour; this file's structure:
//   SentenceView  - per-sentence precomputation: normalised forms and lemmas, their verb
//                   dictionary word ids, children lists, relations mapped to one enum (UD v1
//                   and v2 labels);
//   Phrase/Actors - actor codes of a noun phrase and its conjuncts;
//   MatchPattern  - lenient matching of a verb pattern against the words of the verb's clause;
//   CodeVerb      - roles, code, voice, negation and the events of one verb, bottom-up so that
//                   a complement clause's events pass up to the verb governing it.
#include "coder/coder.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "lexicon/normalize.h"

namespace dyad::coder {
namespace {

using lexicon::PatternItem;
using lexicon::PatternItemKind;
using lexicon::VerbCode;
using lexicon::VerbDictionary;
using lexicon::WordId;

enum class Rel : uint8_t {
  kOther,
  kRoot,
  kNsubj,
  kNsubjPass,
  kCsubj,
  kObj,
  kIobj,
  kObl,  // obl, and nmod attached to a verb (UD v1)
  kOblAgent,
  kNmod,
  kNmodPoss,
  kTmod,
  kCase,
  kMark,
  kAux,
  kAuxPass,
  kCop,
  kNeg,
  kConj,
  kCc,
  kPunct,
  kXcomp,
  kCcomp,
  kAdvcl,
  kAcl,
  kRelcl,
  kAppos,
  kAdvmod,
  kPrt,
  kParataxis,
  kCompound,
  kFlat,
  kDet,
  kAmod,
};

Rel MapRel(std::string_view d) {
  if (d == "nsubj:pass" || d == "nsubjpass") return Rel::kNsubjPass;
  if (d == "obl:agent") return Rel::kOblAgent;
  if (d == "nmod:tmod" || d == "obl:tmod" || d == "nmod:npmod" || d == "obl:npmod") {
    return Rel::kTmod;
  }
  if (d == "nmod:poss") return Rel::kNmodPoss;
  if (d == "compound:prt") return Rel::kPrt;
  if (d == "acl:relcl") return Rel::kRelcl;
  if (d == "aux:pass" || d == "auxpass") return Rel::kAuxPass;
  if (d == "csubj:pass" || d == "csubjpass") return Rel::kCsubj;
  size_t colon = d.find(':');
  std::string_view b = colon == std::string_view::npos ? d : d.substr(0, colon);
  if (b == "root") return Rel::kRoot;
  if (b == "nsubj") return Rel::kNsubj;
  if (b == "csubj") return Rel::kCsubj;
  if (b == "obj" || b == "dobj") return Rel::kObj;
  if (b == "iobj") return Rel::kIobj;
  if (b == "obl") return Rel::kObl;
  if (b == "nmod") return Rel::kNmod;
  if (b == "case") return Rel::kCase;
  if (b == "mark") return Rel::kMark;
  if (b == "aux") return Rel::kAux;
  if (b == "cop") return Rel::kCop;
  if (b == "neg") return Rel::kNeg;
  if (b == "conj") return Rel::kConj;
  if (b == "cc") return Rel::kCc;
  if (b == "punct") return Rel::kPunct;
  if (b == "xcomp") return Rel::kXcomp;
  if (b == "ccomp") return Rel::kCcomp;
  if (b == "advcl") return Rel::kAdvcl;
  if (b == "acl") return Rel::kAcl;
  if (b == "appos") return Rel::kAppos;
  if (b == "advmod") return Rel::kAdvmod;
  if (b == "parataxis") return Rel::kParataxis;
  if (b == "compound") return Rel::kCompound;
  if (b == "flat" || b == "name" || b == "mwe" || b == "fixed") return Rel::kFlat;
  if (b == "det") return Rel::kDet;
  if (b == "amod") return Rel::kAmod;
  return Rel::kOther;
}

bool IsVerbalPos(const Word& w) {
  if (w.upos == "VERB") return true;
  if (!w.xpos.empty() && w.xpos.size() >= 2 && w.xpos[0] == 'V' && w.xpos[1] == 'B') return true;
  return w.upos.empty() && w.xpos.empty();
}

struct ActorRef {
  std::string code;
  int begin = -1;  // first word of the phrase that named it
  int end = -1;    // one past the last
  int head = -1;   // the word whose conjuncts are its siblings
};

struct VerbEvent {
  std::string source, target, code;
  int src_begin = -1, src_end = -1, tgt_begin = -1, tgt_end = -1;
};

class SentenceCoder {
 public:
  SentenceCoder(const lexicon::Lexicon& lex, const CoderOptions& opt, const Sentence& s,
                int32_t date)
      : lex_(lex), verbs_(lex.verbs), opt_(opt), s_(s), date_(date) {}

  std::vector<VerbEvent> Run(std::vector<int>* verb_words) {
    Prepare();
    std::vector<VerbEvent> out;
    done_.assign(n_, 0);
    events_.assign(n_, {});
    for (int i = 0; i < n_; ++i) Code(i);
    // Collect the events of verbs whose events were not passed up to a governing verb.
    for (int i = 0; i < n_; ++i) {
      if (events_[i].empty() || passed_up_[i]) continue;
      for (VerbEvent& e : events_[i]) {
        out.push_back(e);
        verb_words->push_back(i);
      }
    }
    return out;
  }

  const std::vector<std::string>& norm() const { return norm_; }

 private:
  void Prepare() {
    n_ = static_cast<int>(s_.words.size());
    norm_.resize(n_);
    lemma_.resize(n_);
    form_id_.resize(n_);
    lemma_id_.resize(n_);
    rel_.resize(n_);
    kids_.assign(n_, {});
    passed_up_.assign(n_, 0);
    for (int i = 0; i < n_; ++i) {
      const Word& w = s_.words[i];
      norm_[i] = lexicon::NormalizeWord(w.form);
      lemma_[i] = (w.lemma.empty() || w.lemma == "_") ? norm_[i] : lexicon::NormalizeWord(w.lemma);
      form_id_[i] = verbs_.LookupWord(norm_[i]);
      lemma_id_[i] = lemma_[i] == norm_[i] ? form_id_[i] : verbs_.LookupWord(lemma_[i]);
      rel_[i] = MapRel(w.deprel);
      int h = w.head;
      if (h >= 0 && h < n_ && h != i) kids_[h].push_back(i);
    }
    // Promote nmod attached to verbs to obliques (UD v1).
    for (int i = 0; i < n_; ++i) {
      int h = s_.words[i].head;
      if (rel_[i] == Rel::kNmod && h >= 0 && h < n_ && IsVerbalPos(s_.words[h])) {
        rel_[i] = Rel::kObl;
      }
    }
  }

  int Head(int i) const {
    int h = s_.words[i].head;
    return (h >= 0 && h < n_ && h != i) ? h : -1;
  }

  bool InSet(uint32_t set, int i) const {
    return verbs_.InSet(set, form_id_[i]) || verbs_.InSet(set, lemma_id_[i]);
  }

  std::string CaseOf(int h) const {
    for (int c : kids_[h]) {
      if (rel_[c] == Rel::kCase) return norm_[c];
    }
    return {};
  }

  // ----- Noun phrases and actors -----

  static bool ExcludedFromPhrase(Rel r) {
    switch (r) {
      case Rel::kConj:
      case Rel::kCc:
      case Rel::kPunct:
      case Rel::kAcl:
      case Rel::kRelcl:
      case Rel::kAppos:
      case Rel::kParataxis:
      case Rel::kCcomp:
      case Rel::kAdvcl:
      case Rel::kXcomp:
      case Rel::kCsubj:
      case Rel::kNsubj:
      case Rel::kNsubjPass:
      case Rel::kObj:
      case Rel::kIobj:
      case Rel::kCop:
      case Rel::kAux:
      case Rel::kAuxPass:
      case Rel::kMark:
        return true;
      default:
        return false;
    }
  }

  void CollectPhrase(int h, std::vector<int>* out, int depth) const {
    out->push_back(h);
    if (depth > 50) return;
    for (int c : kids_[h]) {
      if (ExcludedFromPhrase(rel_[c])) continue;
      CollectPhrase(c, out, depth + 1);
    }
  }

  // The actor code of the phrase headed by h (conjuncts excluded). Empty code if none.
  ActorRef PhraseActor(int h) const {
    std::vector<int> idx;
    CollectPhrase(h, &idx, 0);
    std::sort(idx.begin(), idx.end());
    std::vector<std::string> words;
    words.reserve(idx.size());
    for (int i : idx) words.push_back(norm_[i]);
    ActorRef ref;
    std::string actor;
    bool have_actor = false;
    std::vector<lexicon::AgentMatch> agents;
    size_t first = words.size(), last = 0;
    size_t actor_pos = 0;
    for (size_t p = 0; p < words.size();) {
      if (words[p].empty()) {
        ++p;
        continue;
      }
      auto am = lex_.actors.LongestMatch(words, p, date_);
      if (am) {
        if (!have_actor) {
          actor = am->code;
          have_actor = true;
          actor_pos = p;
          first = std::min(first, am->begin);
          last = std::max(last, am->end);
        }
        p = am->end;
        continue;
      }
      auto ag = lex_.agents.LongestMatch(words, p);
      if (ag) {
        bool dup = false;
        for (const auto& a : agents) dup = dup || (a.code == ag->code && a.kind == ag->kind);
        if (!dup) agents.push_back(*ag);
        first = std::min(first, ag->begin);
        last = std::max(last, ag->end);
        p = ag->end;
        continue;
      }
      ++p;
    }
    if (!have_actor && agents.empty()) return ref;
    std::string code = have_actor ? actor : std::string();
    if (!have_actor) {
      // Agent alone: "---" + the first suffix agent (prefix agents stand alone).
      code = lexicon::ComposeActorAgent("", agents[0]);
      for (size_t i = 1; i < agents.size(); ++i) code = lexicon::ComposeActorAgent(code, agents[i]);
    } else {
      for (const auto& a : agents) code = lexicon::ComposeActorAgent(code, a);
    }
    if (code == "---") {
      // An actor explicitly coded as nothing.
    }
    ref.code = code;
    ref.begin = idx[first];
    ref.end = idx[std::max<size_t>(last, first + 1) - 1] + 1;
    ref.head = have_actor ? idx[actor_pos] : h;
    // The head of the actor match within the tree: climb while the parent is inside the match.
    if (have_actor) {
      int w = ref.head;
      while (true) {
        int p = Head(w);
        if (p < 0 || p < ref.begin || p >= ref.end) break;
        w = p;
      }
      // The actor word may be a modifier of the phrase head (compound/flat/amod): its
      // conjuncts hang from the word itself.
      ref.head = w;
    }
    return ref;
  }

  // Actors of the phrase headed by h and of its conjuncts.
  void Actors(int h, std::vector<ActorRef>* out, int depth) const {
    if (h < 0 || depth > 20) return;
    ActorRef a = PhraseActor(h);
    if (!a.code.empty()) {
      out->push_back(a);
      // Conjuncts of an inner actor word ("ties between A and B").
      if (a.head != h && a.head >= 0) {
        for (int c : kids_[a.head]) {
          if (rel_[c] == Rel::kConj) Actors(c, out, depth + 1);
        }
      }
    }
    for (int c : kids_[h]) {
      if (rel_[c] == Rel::kConj && IsNominal(c)) Actors(c, out, depth + 1);
    }
    if (a.code.empty()) {
      for (int c : kids_[h]) {
        if (rel_[c] == Rel::kAppos) {
          size_t before = out->size();
          Actors(c, out, depth + 1);
          if (out->size() > before) break;
        }
      }
    }
  }

  bool IsNominal(int i) const {
    const std::string& u = s_.words[i].upos;
    return u != "VERB" && u != "AUX";
  }

  std::vector<ActorRef> ActorsOf(int h) const {
    std::vector<ActorRef> out;
    Actors(h, &out, 0);
    // Drop duplicate codes.
    std::vector<ActorRef> uniq;
    for (auto& a : out) {
      bool dup = false;
      for (auto& b : uniq) dup = dup || b.code == a.code;
      if (!dup) uniq.push_back(a);
    }
    return uniq;
  }

  // ----- Verbs -----

  bool IsNegated(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kNeg) return true;
      if (rel_[c] == Rel::kAdvmod || rel_[c] == Rel::kAux) {
        const std::string& f = norm_[c];
        if (f == "NOT" || f == "N'T" || f == "NEVER") return true;
      }
    }
    return false;
  }

  bool IsPassive(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kNsubjPass || rel_[c] == Rel::kAuxPass) return true;
    }
    return false;
  }

  // The dictionary verb at word i (longest multi-word verb first), or nullptr.
  const lexicon::Verb* FindVerb(int i) const {
    const lexicon::Verb* best = nullptr;
    size_t best_words = 0;
    for (WordId id : {form_id_[i], lemma_id_[i]}) {
      if (id == lexicon::kNoWord) continue;
      const std::vector<uint32_t>* cands = verbs_.VerbsForWord(id);
      if (cands == nullptr) continue;
      for (uint32_t vi : *cands) {
        const lexicon::Verb& v = verbs_.verbs()[vi];
        if (v.words.size() <= best_words && best != nullptr) continue;
        bool ok = true;
        for (size_t k = 0; k < v.words.size() && ok; ++k) {
          if (k == v.verb_index) continue;
          int pos = i + static_cast<int>(k) - static_cast<int>(v.verb_index);
          bool found = pos >= 0 && pos < n_ && (norm_[pos] == v.words[k]);
          if (!found && k > v.verb_index) {
            for (int c : kids_[i]) {
              if (rel_[c] == Rel::kPrt && norm_[c] == v.words[k]) found = true;
            }
          }
          ok = found;
        }
        if (ok) {
          best = &v;
          best_words = v.words.size();
        }
      }
      if (lemma_id_[i] == form_id_[i]) break;
    }
    return best;
  }

  void CollectClause(int h, std::vector<int>* out, int depth) const {
    out->push_back(h);
    if (depth > 60) return;
    for (int c : kids_[h]) {
      Rel r = rel_[c];
      if (r == Rel::kConj || r == Rel::kParataxis || r == Rel::kPunct) continue;
      CollectClause(c, out, depth + 1);
    }
  }

  // Matches items in order over words[pos..end); returns false when an item is missing.
  bool MatchItems(const std::vector<PatternItem>& items, const std::vector<int>& words,
                  size_t pos, size_t end) const {
    for (const PatternItem& it : items) {
      switch (it.kind) {
        case PatternItemKind::kSkip:
        case PatternItemKind::kSource:
        case PatternItemKind::kTarget:
        case PatternItemKind::kCompound:
          break;
        case PatternItemKind::kWord: {
          size_t j = pos;
          while (j < end && !InSet(it.words[0], words[j])) ++j;
          if (j >= end) return false;
          pos = j + 1;
          break;
        }
        case PatternItemKind::kPhrase: {
          // Head and the modifier before it adjacent; earlier modifiers anywhere before.
          size_t k = it.words.size();
          bool found = false;
          for (size_t j = pos + k - 1; j < end && !found; ++j) {
            if (!InSet(it.words[k - 1], words[j])) continue;
            if (words[j - 1] + 1 != words[j] || !InSet(it.words[k - 2], words[j - 1])) continue;
            size_t q = j - 1;
            bool ok = true;
            for (size_t m = k - 2; m-- > 0 && ok;) {
              size_t r = q;
              while (r > pos && !InSet(it.words[m], words[r - 1])) --r;
              if (r == pos) {
                ok = false;
              } else {
                q = r - 1;
              }
            }
            if (ok) {
              found = true;
              pos = j + 1;
            }
          }
          if (!found) return false;
          break;
        }
        case PatternItemKind::kPrep: {
          bool found = false;
          for (size_t j = pos; j < end && !found; ++j) {
            if (!InSet(it.prep, words[j])) continue;
            size_t q = j + 1;
            bool ok = true;
            for (uint32_t w : it.words) {
              while (q < end && !InSet(w, words[q])) ++q;
              if (q >= end) {
                ok = false;
                break;
              }
              ++q;
            }
            if (ok) {
              found = true;
              pos = q;
            }
          }
          if (!found) return false;
          break;
        }
      }
    }
    return true;
  }

  // The most specific matching pattern of the verb's block, or nullptr.
  const lexicon::VerbPattern* BestPattern(const lexicon::Verb& verb, int v) const {
    const lexicon::VerbBlock& block = verbs_.blocks()[verb.block];
    if (block.patterns.empty()) return nullptr;
    std::vector<int> clause;
    CollectClause(v, &clause, 0);
    // The governing verb's subject and auxiliaries for xcomp/conj verbs precede the verb too.
    std::sort(clause.begin(), clause.end());
    size_t split = std::lower_bound(clause.begin(), clause.end(), v) - clause.begin();
    const lexicon::VerbPattern* best = nullptr;
    for (const lexicon::VerbPattern& p : block.patterns) {
      if (best != nullptr && p.specificity <= best->specificity) continue;
      if (!p.before.empty() && !MatchItems(p.before, clause, 0, split)) continue;
      if (!MatchItems(p.after, clause, split + 1, clause.size())) continue;
      best = &p;
    }
    return best;
  }

  static bool HasCompoundMarker(const lexicon::VerbPattern* p) {
    if (p == nullptr) return false;
    for (const auto* items : {&p->before, &p->after}) {
      for (const PatternItem& it : *items) {
        if (it.kind == PatternItemKind::kCompound) return true;
      }
    }
    return false;
  }

  int Child(int v, Rel r) const {
    for (int c : kids_[v]) {
      if (rel_[c] == r) return c;
    }
    return -1;
  }

  // The subject of v, inherited along xcomp/conj chains.
  int SubjectHead(int v, bool* passive_subject, int depth) const {
    int s = Child(v, Rel::kNsubj);
    if (s >= 0) {
      *passive_subject = false;
      return s;
    }
    s = Child(v, Rel::kNsubjPass);
    if (s >= 0) {
      *passive_subject = true;
      return s;
    }
    int h = Head(v);
    if (h < 0 || depth > 10) return -1;
    if (rel_[v] == Rel::kXcomp) {
      int o = Child(h, Rel::kObj);
      if (o >= 0 && o < v) {
        *passive_subject = false;
        return o;
      }
      bool ignored = false;
      int hs = SubjectHead(h, &ignored, depth + 1);
      *passive_subject = false;
      return hs;
    }
    if (rel_[v] == Rel::kConj) {
      return SubjectHead(h, passive_subject, depth + 1);
    }
    return -1;
  }

  bool IsCodedVerb(int i) const {
    if (!IsVerbalPos(s_.words[i])) return false;
    Rel r = rel_[i];
    return r != Rel::kAux && r != Rel::kAuxPass && r != Rel::kCop;
  }

  // Codes verb i (once), after its complements.
  void Code(int v) {
    if (done_[v]) return;
    done_[v] = 1;
    // Complements first: their events pass up.
    bool lower_event = false;
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kXcomp || rel_[c] == Rel::kCcomp) {
        Code(c);
        if (!events_[c].empty() || LowerHasEvents(c)) lower_event = true;
      }
    }
    if (!IsCodedVerb(v)) return;
    const lexicon::Verb* verb = FindVerb(v);
    if (verb == nullptr) return;
    if (lower_event) return;  // the complement's event stands for this verb's
    const lexicon::VerbPattern* pattern = BestPattern(*verb, v);
    VerbCode code = pattern != nullptr ? pattern->code : verbs_.CodeOf(*verb);
    if (code.active == VerbCode::kNull && code.passive.empty()) return;
    if (code.empty()) return;

    bool passive = IsPassive(v);
    bool subj_passive = false;
    int subj = SubjectHead(v, &subj_passive, 0);
    std::vector<ActorRef> sources, targets;
    std::set<int> used;
    if (passive) {
      // Agent: obl:agent, else an oblique with BY / FROM / IN.
      int agent = Child(v, Rel::kOblAgent);
      if (agent < 0) {
        for (const char* prep : {"BY", "FROM", "IN"}) {
          for (int c : kids_[v]) {
            if ((rel_[c] == Rel::kObl) && CaseOf(c) == prep) {
              agent = c;
              break;
            }
          }
          if (agent >= 0) break;
        }
      }
      if (agent >= 0) {
        sources = ActorsOf(agent);
        used.insert(agent);
      }
      if (subj >= 0) targets = ActorsOf(subj);
    } else {
      if (subj >= 0) sources = ActorsOf(subj);
      for (Rel r : {Rel::kObj, Rel::kIobj}) {
        if (!targets.empty()) break;
        for (int c : kids_[v]) {
          if (rel_[c] == r && c != subj) {
            targets = ActorsOf(c);
            used.insert(c);
            if (!targets.empty()) break;
          }
        }
      }
    }
    if (targets.empty()) {
      for (int c : kids_[v]) {
        if (used.count(c) || c == subj) continue;
        if (rel_[c] == Rel::kObl || rel_[c] == Rel::kObj || rel_[c] == Rel::kIobj) {
          targets = ActorsOf(c);
          if (!targets.empty()) break;
        }
      }
    }
    if (targets.empty()) {
      // Reporting and cognition verbs: the complement clause's subject, then its object.
      for (int c : kids_[v]) {
        if (rel_[c] != Rel::kCcomp) continue;
        bool ignored = false;
        int cs = SubjectHead(c, &ignored, 0);
        if (cs >= 0) targets = ActorsOf(cs);
        if (targets.empty()) {
          for (int cc : kids_[c]) {
            if (rel_[cc] == Rel::kObj || rel_[cc] == Rel::kObl || rel_[cc] == Rel::kNmod) {
              targets = ActorsOf(cc);
              if (!targets.empty()) break;
            }
          }
        }
        if (!targets.empty()) break;
      }
    }

    // Codes for this voice, negated when needed.
    std::string forward = code.passive_only ? std::string() : code.active;
    std::string reverse = code.passive;
    if (IsNegated(v)) {
      forward = Negate(forward);
      reverse = Negate(reverse);
    }
    if (forward == VerbCode::kNull) forward.clear();
    if (reverse == VerbCode::kNull) reverse.clear();
    if (forward.empty() && reverse.empty()) return;

    std::vector<VerbEvent>& out = events_[v];
    auto emit = [&](const ActorRef* s, const ActorRef* t, const std::string& c) {
      if (c.empty()) return;
      if (s != nullptr && t != nullptr && s->code == t->code) return;
      if ((s == nullptr || t == nullptr) && opt_.require_dyad) return;
      if (s == nullptr && t == nullptr) return;
      VerbEvent e;
      e.source = s ? s->code : "---";
      e.target = t ? t->code : "---";
      e.code = c;
      if (s) {
        e.src_begin = s->begin;
        e.src_end = s->end;
      }
      if (t) {
        e.tgt_begin = t->begin;
        e.tgt_end = t->end;
      }
      for (const VerbEvent& o : out) {
        if (o.source == e.source && o.target == e.target && o.code == e.code) return;
      }
      out.push_back(std::move(e));
    };
    if (targets.empty() && sources.size() >= 2) {
      std::string root = forward.size() >= 2 ? forward.substr(0, 2) : "";
      bool coop = root == "03" || root == "04" || root == "05" || root == "06";
      if (coop || HasCompoundMarker(pattern)) {
        for (const ActorRef& a : sources) {
          for (const ActorRef& b : sources) {
            if (&a != &b) emit(&a, &b, forward.empty() ? reverse : forward);
          }
        }
        return;
      }
    }
    if (sources.empty() && targets.empty()) return;
    if (sources.empty()) {
      for (const ActorRef& t : targets) {
        emit(nullptr, &t, forward);
        emit(&t, nullptr, reverse);
      }
      return;
    }
    if (targets.empty()) {
      for (const ActorRef& s : sources) {
        emit(&s, nullptr, forward);
        emit(nullptr, &s, reverse);
      }
      return;
    }
    for (const ActorRef& s : sources) {
      for (const ActorRef& t : targets) {
        emit(&s, &t, forward);
        emit(&t, &s, reverse);
      }
    }
  }

  bool LowerHasEvents(int c) const {
    for (int k : kids_[c]) {
      if ((rel_[k] == Rel::kXcomp || rel_[k] == Rel::kCcomp || rel_[k] == Rel::kConj) &&
          (!events_[k].empty() || LowerHasEvents(k))) {
        return true;
      }
    }
    return false;
  }

  std::string Negate(const std::string& code) const {
    if (code.empty() || code == VerbCode::kNull) return code;
    auto it = opt_.negation.find(code);
    return it == opt_.negation.end() ? std::string() : it->second;
  }

  const lexicon::Lexicon& lex_;
  const VerbDictionary& verbs_;
  const CoderOptions& opt_;
  const Sentence& s_;
  int32_t date_;
  int n_ = 0;
  std::vector<std::string> norm_, lemma_;
  std::vector<WordId> form_id_, lemma_id_;
  std::vector<Rel> rel_;
  std::vector<std::vector<int>> kids_;
  std::vector<char> done_, passed_up_;
  std::vector<std::vector<VerbEvent>> events_;
};

std::string WordsText(const Story& story, const Sentence& s, int begin, int end) {
  if (begin < 0 || end <= begin || end > static_cast<int>(s.words.size())) return {};
  Span a = s.words[begin].span, b = s.words[end - 1].span;
  if (b.end >= a.begin && b.end <= story.text.size() && b.end > a.begin) {
    return std::string(story.SpanText(Span{a.begin, b.end}));
  }
  std::string out;
  for (int i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += s.words[i].form;
  }
  return out;
}

}  // namespace

std::unordered_map<std::string, std::string> DefaultNegations() {
  return {
      {"010", "011"},  {"015", "016"},   {"060", "121"},   {"061", "1211"}, {"062", "1212"},
      {"080", "124"},  {"081", "1241"},  {"082", "1242"},  {"083", "1243"}, {"085", "1244"},
      {"086", "1245"}, {"087", "1246"},
  };
}

std::unordered_map<std::string, std::string> NegationsFromPico(std::string_view text) {
  // Each line: CODE:EXPR[#comment], EXPR a sum of optionally signed hex terms.
  std::unordered_map<std::string, int64_t> value;
  std::unordered_map<int64_t, std::string> by_value;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    std::string code(line.substr(0, colon));
    while (!code.empty() && (code.back() == ' ' || code.back() == '\t')) code.pop_back();
    std::string_view expr = line.substr(colon + 1);
    int64_t total = 0;
    bool ok = true, any = false;
    size_t i = 0;
    while (i < expr.size() && ok) {
      char c = expr[i];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
        continue;
      }
      int sign = 1;
      if (c == '+' || c == '-') {
        sign = c == '-' ? -1 : 1;
        ++i;
      }
      if (i + 1 < expr.size() && expr[i] == '0' && (expr[i + 1] == 'x' || expr[i + 1] == 'X')) {
        i += 2;
        int64_t v = 0;
        auto r = std::from_chars(expr.data() + i, expr.data() + expr.size(), v, 16);
        if (r.ec != std::errc()) {
          ok = false;
          break;
        }
        i = r.ptr - expr.data();
        total += sign * v;
        any = true;
      } else if (i < expr.size() && expr[i] == '0') {
        ++i;
        any = true;
      } else {
        ok = false;
      }
    }
    if (!ok || !any || code.empty() || code == "---") continue;
    value[code] = total;
    if (!by_value.count(total)) by_value[total] = code;
  }
  std::unordered_map<std::string, std::string> out;
  for (const auto& [code, v] : value) {
    auto it = by_value.find(v - 0xFFFF);
    if (it != by_value.end()) out[code] = it->second;
  }
  return out;
}

StatusOr<Coder> Coder::Create(const lexicon::Lexicon* lexicon, CoderOptions options) {
  if (lexicon == nullptr) return InvalidArgument("Coder::Create: no lexicon");
  if (options.negation.empty() && options.use_default_negations) {
    options.negation = DefaultNegations();
  }
  return Coder(lexicon, std::move(options));
}

bool Coder::SentenceDiscarded(const Sentence& sentence, std::string* phrase) const {
  if (lex_->discards.size() == 0) return false;
  std::vector<std::string> words;
  words.reserve(sentence.words.size());
  for (const Word& w : sentence.words) words.push_back(lexicon::NormalizeWord(w.form));
  auto m = lex_->discards.Match(words);
  if (!m) return false;
  if (phrase) *phrase = m->phrase;
  return true;
}

bool Coder::StoryDiscarded(const Story& story, std::string* phrase) const {
  if (lex_->discards.count(lexicon::DiscardLevel::kStory) == 0) return false;
  for (const Sentence& s : story.sentences) {
    std::vector<std::string> words;
    for (const Word& w : s.words) words.push_back(lexicon::NormalizeWord(w.form));
    auto m = lex_->discards.Match(words, lexicon::DiscardLevel::kStory);
    if (m) {
      if (phrase) *phrase = m->phrase;
      return true;
    }
  }
  return false;
}

std::vector<Event> Coder::CodeSentence(const Story& story, const Sentence& sentence,
                                       int32_t sentence_index, int32_t date) const {
  std::vector<Event> out;
  if (sentence.words.empty() || sentence.words.size() > options_.max_words) return out;
  bool parsed = false;
  for (const Word& w : sentence.words) parsed = parsed || w.head >= 0 || !w.deprel.empty();
  if (!parsed) return out;
  if (SentenceDiscarded(sentence, nullptr)) return out;
  SentenceCoder sc(*lex_, options_, sentence, date);
  std::vector<int> verb_words;
  std::vector<VerbEvent> events = sc.Run(&verb_words);
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (size_t i = 0; i < events.size(); ++i) {
    const VerbEvent& e = events[i];
    if (!seen.insert({e.source, e.target, e.code}).second) continue;
    Event ev;
    ev.sentence = sentence_index;
    ev.date = story.date;
    ev.source = e.source;
    ev.target = e.target;
    ev.code = e.code;
    ev.source_text = WordsText(story, sentence, e.src_begin, e.src_end);
    ev.target_text = WordsText(story, sentence, e.tgt_begin, e.tgt_end);
    ev.verb_word = verb_words[i];
    ev.event_text = sentence.words[verb_words[i]].form;
    out.push_back(std::move(ev));
  }
  return out;
}

std::vector<Event> Coder::CodeStory(const Story& story) const {
  std::vector<Event> out;
  if (StoryDiscarded(story, nullptr)) return out;
  int32_t date = DateToInt(story.date);
  for (size_t i = 0; i < story.sentences.size(); ++i) {
    std::vector<Event> ev =
        CodeSentence(story, story.sentences[i], static_cast<int32_t>(i), date);
    out.insert(out.end(), std::make_move_iterator(ev.begin()), std::make_move_iterator(ev.end()));
  }
  return out;
}

}  // namespace dyad::coder
