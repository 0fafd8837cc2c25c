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
#include <atomic>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

#include "doc/tree.h"
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
  kExpl,
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
  if (b == "expl") return Rel::kExpl;
  return Rel::kOther;
}

bool IsVerbalPos(const Word& w) {
  if (w.upos == "VERB") return true;
  if (!w.xpos.empty() && w.xpos.size() >= 2 && w.xpos[0] == 'V' && w.xpos[1] == 'B') return true;
  return w.upos.empty() && w.xpos.empty();
}

struct ActorRef {
  std::string code;                         // actor composed with its agents
  std::string actor;                        // the actor alone ("" = agents only)
  std::vector<lexicon::AgentMatch> agents;  // in phrase order
  int head_agent = -1;                      // the agent naming the phrase's head word, or -1
  int begin = -1;                           // first word of the phrase that named it
  int end = -1;                             // one past the last
  int head = -1;                            // the word whose conjuncts are its siblings
};

// True when the 3-letter code `unit` is one of the role / group units of `code` after its
// country ("LBNREBHEZ" has REB and HEZ).
bool HasUnit(std::string_view code, std::string_view unit) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.substr(i, 3) == unit) return true;
  }
  return false;
}

// True when a suffix agent adds nothing to an actor code that already has roles (CAMEO
// convention: the group's code alone). An agent whose code the actor already carries
// ("Hezbollah guerrillas": LBNREBHEZ, not LBNREBHEZREB), and on a non-state armed group (a REB
// or INS unit) a leadership or fighter agent ("Hamas leader", "Hamas gunmen": PSEREBHMS, not
// PSEREBHMSGOV): the group's leaders and fighters are the group.
bool AgentRedundant(std::string_view actor, std::string_view agent) {
  if (actor.size() <= 3 || agent.size() != 3) return false;
  if (HasUnit(actor, agent)) return true;
  bool armed_group = HasUnit(actor, "REB") || HasUnit(actor, "INS");
  return armed_group && (agent == "GOV" || agent == "MIL" || agent == "REB" || agent == "INS" ||
                         agent == "UAF" || agent == "ELI");
}

std::string Compose(const std::string& actor, const std::vector<lexicon::AgentMatch>& agents) {
  if (actor.empty()) {
    if (agents.empty()) return {};
    std::string code = lexicon::ComposeActorAgent("", agents[0]);
    for (size_t i = 1; i < agents.size(); ++i) code = lexicon::ComposeActorAgent(code, agents[i]);
    return code;
  }
  std::string code = actor;
  for (const auto& a : agents) {
    if (a.kind == lexicon::AgentKind::kSuffix && AgentRedundant(code, a.code)) continue;
    code = lexicon::ComposeActorAgent(code, a);
  }
  return code;
}

void AddAgent(std::vector<lexicon::AgentMatch>* agents, const lexicon::AgentMatch& a) {
  for (const auto& b : *agents) {
    if (b.code == a.code && b.kind == a.kind) return;
  }
  agents->push_back(a);
}

struct VerbEvent {
  std::string source, target, code;
  int src_begin = -1, src_end = -1, tgt_begin = -1, tgt_end = -1;
};

class SentenceCoder {
 public:
  SentenceCoder(const lexicon::Lexicon& lex, const CoderOptions& opt,
                const std::unordered_set<std::string>& agent_first)
      : lex_(lex), verbs_(lex.verbs), opt_(opt), agent_first_(agent_first) {}

  // Prepares for one sentence; the buffers are reused from sentence to sentence.
  // `prior_speaker` is the country of the speaker of a quote this sentence continues ("" for
  // none): see Coder::CodeStory.
  void Reset(const Sentence& s, int32_t date, const std::string& prior_speaker = {}) {
    sp_ = &s;
    date_ = date;
    prior_speaker_ = prior_speaker;
  }

  // The country of this sentence's own speaker (after Run), "" when none or two (or not
  // looked for: a sentence without quotation marks or "our" passes no speaker on).
  const std::string& own_speaker() const { return own_speaker_; }

  std::vector<VerbEvent> Run(std::vector<int>* verb_words) {
    Prepare();
    // The speaker first: "our" in the speaker's words is the speaker's country, which the
    // memoised phrase actors must see.
    // Only a sentence with a quotation mark or a first-person possessive needs it now (for
    // "our" and for the next sentence of a quote); otherwise it is found when asked
    // (OwnSpeaker).
    speaker_.clear();
    own_speaker_.clear();
    own_speaker_state_ = false;
    bool first_person = false, quote = false;
    for (int i = 0; i < n_; ++i) {
      const std::string& f = norm_[i];
      first_person = first_person || ((f == "OUR" || f == "MY") && IsPronoun(i));
      const std::string& form = sp_->words[i].form;
      quote = quote || form == "\"" || form == "``" || form == "''" || form == "\u201c" ||
              form == "\u201d";
    }
    speaker_found_ = first_person || quote;
    if (speaker_found_) own_speaker_ = SpeakerCountry(&own_speaker_state_);
    speaker_ = own_speaker_.empty() ? prior_speaker_ : own_speaker_;
    if (!speaker_.empty() && first_person) {
      phrase_done_.assign(n_, 0);
      actors_done_.assign(n_, 0);
    }
    std::vector<VerbEvent> out;
    done_.assign(n_, 0);
    if (events_.size() < static_cast<size_t>(n_)) events_.resize(n_);
    for (int i = 0; i < n_; ++i) events_[i].clear();
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
    n_ = static_cast<int>(sp_->words.size());
    norm_.resize(n_);
    lemma_.resize(n_);
    form_id_.resize(n_);
    lemma_id_.resize(n_);
    rel_.resize(n_);
    head_.resize(n_);
    if (kids_.size() < static_cast<size_t>(n_)) kids_.resize(n_);
    for (int i = 0; i < n_; ++i) kids_[i].clear();
    passed_up_.assign(n_, 0);
    actor_done_.assign(n_, 0);
    phrase_done_.assign(n_, 0);
    actors_done_.assign(n_, 0);
    if (phrase_.size() < static_cast<size_t>(n_)) phrase_.resize(n_);
    if (actors_.size() < static_cast<size_t>(n_)) actors_.resize(n_);
    agent_done_.assign(n_, 0);
    actor_at_.assign(n_, std::nullopt);
    agent_at_.assign(n_, std::nullopt);
    for (int i = 0; i < n_; ++i) {
      const Word& w = sp_->words[i];
      norm_[i] = lexicon::NormalizeWord(w.form);
      lemma_[i] = (w.lemma.empty() || w.lemma == "_") ? norm_[i] : lexicon::NormalizeWord(w.lemma);
      form_id_[i] = verbs_.LookupWord(norm_[i]);
      lemma_id_[i] = lemma_[i] == norm_[i] ? form_id_[i] : verbs_.LookupWord(lemma_[i]);
      rel_[i] = MapRel(w.deprel);
      int h = w.head;
      head_[i] = (h >= 0 && h < n_ && h != i) ? h : -1;
    }
    JoinHyphenatedNames();
    ReattachVerbPossessives();
    for (int i = 0; i < n_; ++i) {
      if (head_[i] >= 0) kids_[head_[i]].push_back(i);
    }
    // Promote nmod attached to verbs to obliques (UD v1).
    for (int i = 0; i < n_; ++i) {
      int h = head_[i];
      if (rel_[i] == Rel::kNmod && h >= 0 && IsVerbalPos(sp_->words[h])) rel_[i] = Rel::kObl;
    }
  }

  // "Israel's Cabinet met Sunday": a possessor the parser hung on the verb (`nmod:poss` of a
  // verb, which has no possessor) belongs to the subject or object phrase that starts right
  // after it (after its "'s").
  void ReattachVerbPossessives() {
    auto under = [&](int k, int top) {
      for (int h = k, d = 0; h >= 0 && d <= n_; h = head_[h], ++d) {
        if (h == top) return true;
      }
      return false;
    };
    for (int i = 0; i < n_; ++i) {
      const int h = head_[i];
      if (rel_[i] != Rel::kNmodPoss || h < 0 || !IsVerbalPos(sp_->words[h])) continue;
      int j = i + 1;
      if (j < n_ && head_[j] == i && (norm_[j] == "'S" || norm_[j] == "'")) ++j;
      for (int s = j; s < n_ && s < h; ++s) {
        if (head_[s] != h) continue;
        const Rel r = rel_[s];
        if (r != Rel::kNsubj && r != Rel::kNsubjPass && r != Rel::kObj) break;
        bool starts = true;
        for (int k = j; k < s && starts; ++k) starts = under(k, s);
        if (starts) head_[i] = s;
        break;
      }
    }
  }

  // A name written with hyphens and no spaces ("Diaz-Canel", "Jaish-e-Mohammed"), which the
  // tokenizer cuts at the hyphens, is one phrase even when the parser gave its pieces separate
  // clause roles (two subjects, an object and an xcomp): the piece nearest the root keeps its
  // role and the others hang on it as `flat`. Runs start with a capital and end in a piece
  // with a capital letter; modifier pieces ("Russia-Iraq talks": two compounds) and runs the
  // parser already joined are left alone.
  void JoinHyphenatedNames() {
    auto has_upper = [](const std::string& f) {
      for (char c : f) {
        if (c >= 'A' && c <= 'Z') return true;
      }
      return false;
    };
    auto depth = [&](int i) {
      int d = 0;
      for (int h = head_[i]; h >= 0 && d <= n_; h = head_[h]) ++d;
      return d;
    };
    for (int b = 0; b < n_; ++b) {
      const std::string& first = sp_->words[b].form;
      if (first.empty() || !(first[0] >= 'A' && first[0] <= 'Z')) continue;
      int e = b;  // last piece of the run
      while (e + 2 < n_ && sp_->words[e + 1].form == "-" && !sp_->words[e].space_after &&
             !sp_->words[e + 1].space_after && !IsVerbalPos(sp_->words[e + 2])) {
        e += 2;
      }
      if (e == b || !has_upper(sp_->words[e].form)) continue;
      bool clause_role = false;
      int top = -1;
      for (int i = b; i <= e; ++i) {
        Rel r = rel_[i];
        if ((i - b) % 2 == 0) {
          clause_role = clause_role || r == Rel::kNsubj || r == Rel::kNsubjPass || r == Rel::kObj ||
                        r == Rel::kIobj || r == Rel::kXcomp || r == Rel::kObl || r == Rel::kRoot ||
                        r == Rel::kOther;
        }
        if (top < 0 || depth(i) < depth(top)) top = i;
      }
      // The top is never a hyphen (a hyphen heading a piece is a parse to leave alone).
      if (clause_role && (top - b) % 2 == 0) {
        for (int i = b; i <= e; ++i) {
          if (i == top || (head_[i] >= b && head_[i] <= e)) continue;
          head_[i] = top;
          rel_[i] = sp_->words[i].form == "-" ? Rel::kPunct : Rel::kFlat;
        }
      }
      b = e;
    }
  }

  int Head(int i) const { return head_[i]; }

  bool WordIs(int i, WordId id) const { return form_id_[i] == id || lemma_id_[i] == id; }

  bool InSet(uint32_t set, int i) const { return InSetLen(set, i) > 0; }

  // 0 when word i is not in the set; else the number of words matched (a multi-word member
  // ending at i counts its words; the longest wins).
  int InSetLen(uint32_t set, int i) const {
    int best = 0;
    if (verbs_.HasMultiWordMembers(set)) {
      for (const std::vector<WordId>& seq : verbs_.MultiWordMembers(set)) {
        int len = static_cast<int>(seq.size());
        if (len <= best || i - len + 1 < 0 || !WordIs(i, seq.back())) continue;
        bool ok = true;
        for (int k = 0; k + 1 < len && ok; ++k) ok = WordIs(i - len + 1 + k, seq[k]);
        if (ok) best = len;
      }
    }
    if (best > 0) return best;
    return (verbs_.InSet(set, form_id_[i]) || verbs_.InSet(set, lemma_id_[i])) ? 1 : 0;
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

  // The words of the noun phrase headed by h (clauses and conjuncts excluded); `skip` (a
  // dependent of the phrase) is left out with its subtree.
  bool IsBorder(int w) const {
    return lemma_[w] == "BORDER" || lemma_[w] == "FRONTIER" || lemma_[w] == "BOUNDARY";
  }

  // A border nested in the phrase ("a Karen guerrilla stronghold on the Thai border", "troops
  // along the border with Syria") is left out: it names a neighbour, not who the phrase is.
  void CollectPhrase(int h, std::vector<int>* out, int depth, int skip = -1) const {
    out->push_back(h);
    if (depth > 50) return;
    for (int c : kids_[h]) {
      if (ExcludedFromPhrase(rel_[c]) || c == skip) continue;
      if (rel_[c] == Rel::kNmod && IsBorder(c)) continue;
      CollectPhrase(c, out, depth + 1, skip);
    }
  }

  // True when phrase positions [p, p + len) are consecutive sentence words.
  static bool Contiguous(const std::vector<int>& idx, size_t p, size_t len) {
    if (p + len > idx.size()) return false;
    return idx[p + len - 1] - idx[p] == static_cast<int>(len) - 1;
  }

  // The country of the speaker of this sentence's reported words: the subject of a reporting
  // verb ("..., Lavrov told Maliki": RUS) naming actors of one country ("" when none, or two
  // countries; international and non-state codes have none).
  // *state is set when every such actor is the state's (a GOV, COP, MIL or SPY unit).
  std::string SpeakerCountry(bool* state) const {
    std::string country;
    *state = true;
    for (int v = 0; v < n_; ++v) {
      if (!IsReportingVerb(v)) continue;
      int s = Child(v, Rel::kNsubj);
      if (s < 0 || IsPronoun(s)) continue;
      for (const ActorRef& a : ActorsOf(s)) {
        if (a.actor.size() < 3 || a.actor.starts_with("---")) continue;
        std::string c = a.actor.substr(0, 3);
        if (c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC") continue;
        if (!country.empty() && country != c) return {};
        country = std::move(c);
        *state = *state && (HasUnit(a.code, "GOV") || HasUnit(a.code, "COP") ||
                            HasUnit(a.code, "MIL") || HasUnit(a.code, "SPY"));
      }
    }
    return country;
  }

  // The sentence's own speaker's country, found on first use.
  const std::string& OwnSpeaker() const {
    if (!speaker_found_) {
      speaker_found_ = true;
      own_speaker_ = SpeakerCountry(&own_speaker_state_);
    }
    return own_speaker_;
  }

  // True when phrase h has "our" / "my" as its possessor ("our companies").
  bool FirstPersonPossessor(int h) const {
    for (int k : kids_[h]) {
      if (rel_[k] == Rel::kNmodPoss && IsFirstPerson(k)) return true;
    }
    return false;
  }

  // The actor a third-person possessor of subject phrase h ("its troops", "their forces")
  // stands for: the subject of the clause governing h's clause ("Bosnian Serbs said their
  // forces had completed their withdrawal": the Serbs), when it names an actor with a country
  // and is not the phrase itself; "" otherwise.
  std::string PossessorActor(int h) const {
    bool possessed = false;
    for (int k : kids_[h]) {
      const std::string& f = norm_[k];
      possessed = possessed || (rel_[k] == Rel::kNmodPoss && IsPronoun(k) &&
                                (f == "ITS" || f == "THEIR" || f == "HIS" || f == "HER"));
    }
    // Only a subject: an object or oblique "its troops" is the source's own side, which gives
    // way to the one acted on ("withdraw its troops from Lebanon": LBN).
    if (!possessed || possessor_depth_ > 2 ||
        (rel_[h] != Rel::kNsubj && rel_[h] != Rel::kNsubjPass)) {
      return {};
    }
    // h is the subject of its clause (v): the possessor is the governing clause's subject.
    int v = Head(h);
    if (v < 0) return {};
    int u = Head(v);
    for (int steps = 0;
         u >= 0 && steps < n_ && !IsVerbalPos(sp_->words[u]) && Child(u, Rel::kCop) < 0; ++steps) {
      u = Head(u);
    }
    if (u < 0) return {};
    bool ignored = false;
    int subj = SubjectHead(u, &ignored, 0);
    if (subj < 0 || subj == h) return {};
    ++possessor_depth_;
    std::string actor;
    for (const ActorRef& a : ActorsOf(subj)) {
      if (a.actor.size() >= 3 && !a.actor.starts_with("---")) {
        actor = a.actor;
        break;
      }
    }
    --possessor_depth_;
    return actor;
  }

  // The longest actor phrase at phrase position p. Sentence-level matches are computed once
  // per sentence position and reused when the phrase is contiguous there.
  std::optional<lexicon::ActorMatch> ActorAt(const std::vector<int>& idx,
                                             const std::vector<std::string>& words,
                                             size_t p) const {
    int sp = idx[p];
    // A lower-case personal pronoun is never an actor name: "help us" is not the US.
    if (IsLowercasePronoun(sp)) return std::nullopt;
    if (!actor_done_[sp]) {
      actor_done_[sp] = 1;
      actor_at_[sp] = lex_.actors.LongestMatch(norm_, sp, date_);
    }
    const auto& m = actor_at_[sp];
    if (!m || Contiguous(idx, p, m->end - m->begin)) {
      if (!m) {
        // A phrase with gaps may still match across them.
        if (p + 1 < idx.size() && idx[p + 1] != sp + 1) {
          return lex_.actors.LongestMatch(words, p, date_);
        }
        return std::nullopt;
      }
      lexicon::ActorMatch r = *m;
      r.begin = p;
      r.end = p + (m->end - m->begin);
      return r;
    }
    return lex_.actors.LongestMatch(words, p, date_);
  }

  std::optional<lexicon::AgentMatch> AgentAt(const std::vector<int>& idx,
                                             const std::vector<std::string>& words,
                                             size_t p) const {
    int sp = idx[p];
    if (!agent_done_[sp]) {
      agent_done_[sp] = 1;
      if (agent_first_.count(norm_[sp])) agent_at_[sp] = lex_.agents.LongestMatch(norm_, sp);
    }
    const auto& m = agent_at_[sp];
    if (!m || Contiguous(idx, p, m->end - m->begin)) {
      if (!m) {
        if (p + 1 < idx.size() && idx[p + 1] != sp + 1 && agent_first_.count(words[p])) {
          return lex_.agents.LongestMatch(words, p);
        }
        return std::nullopt;
      }
      lexicon::AgentMatch r = *m;
      r.begin = p;
      r.end = p + (m->end - m->begin);
      return r;
    }
    return lex_.agents.LongestMatch(words, p);
  }

  // The actor code of the phrase headed by h (conjuncts excluded), memoised per word.
  const ActorRef& PhraseActor(int h) const {
    if (!phrase_done_[h]) {
      phrase_done_[h] = 1;
      phrase_[h] = ComputePhraseActor(h);
    }
    return phrase_[h];
  }

  // True when every word of agent match m is an adjective of a noun nested in another noun
  // phrase: "military" in "cooperation on military issues" (in the phrase of "cooperation"
  // and in that of "issues", an nmod), not in "attacked a military checkpoint".
  template <typename Match>
  bool NestedAdjectiveOnly(const std::vector<int>& idx, const Match& m, int h) const {
    for (size_t q = m.begin; q < m.end; ++q) {
      int w = idx[q];
      if (sp_->words[w].upos != "ADJ" || rel_[w] != Rel::kAmod) return false;
      if (head_[w] == h && rel_[h] != Rel::kNmod) return false;
    }
    return m.end > m.begin;
  }

  ActorRef ComputePhraseActor(int h, int skip = -1) const {
    std::vector<int> idx;
    CollectPhrase(h, &idx, 0, skip);
    std::sort(idx.begin(), idx.end());
    std::vector<std::string> words;
    words.reserve(idx.size());
    for (int i : idx) words.push_back(norm_[i]);
    ActorRef ref;
    bool have_actor = false;
    size_t first = words.size(), last = 0;
    size_t actor_pos = 0;
    // An actor that only starts a hyphenated modifier ("NATO-member Norway", "US-backed Syrian
    // rebels", "Russian-speaking Ukrainians") names the phrase only when no other actor of its
    // core does.
    std::optional<lexicon::ActorMatch> modifier;
    bool adjective_agents = true;  // every agent word is an adjective
    // Whether the phrase words [b, e) include its head h.
    auto covers_head = [&](size_t b, size_t e) {
      for (size_t q = b; q < e; ++q) {
        if (idx[q] == h) return true;
      }
      return false;
    };
    for (size_t p = 0; p < words.size();) {
      if (words[p].empty()) {
        ++p;
        continue;
      }
      auto am = ActorAt(idx, words, p);
      if (am && !have_actor && !modifier && idx[am->end - 1] + 2 < n_ &&
          norm_[idx[am->end - 1] + 1] == "-" && IsLowerInitial(idx[am->end - 1] + 2)) {
        modifier = am;
        p = am->end;
        continue;
      }
      // ... by the phrase's core, not by a phrase nested in it ("the US-led war against
      // Iraq" stays the US's).
      if (am && modifier && !have_actor && idx[p] > CoreEnd(h)) {
        p = am->end;
        continue;
      }
      if (am) {
        // "Chinese President Xi Jinping" (with "President Xi" a name of the person): a country
        // adjective, then the phrase's head naming a person or body of that country; the more
        // specific code names the phrase.
        // An agent word between them ("Serbian President Boris Tadic") already says the role.
        const bool refines = have_actor && ref.actor.size() == 3 && am->code.size() > 3 &&
                             am->code.compare(0, 3, ref.actor) == 0 && ref.agents.empty() &&
                             covers_head(am->begin, am->end);
        if (!have_actor || refines) {
          ref.actor = am->code;
          have_actor = true;
          actor_pos = p;
          first = std::min(first, am->begin);
          last = std::max(last, am->end);
        }
        p = am->end;
        continue;
      }
      auto ag = AgentAt(idx, words, p);
      if (ag && NestedAdjectiveOnly(idx, *ag, h)) {
        // "cooperation on military issues": an adjective deeper in the phrase, modifying
        // another noun, says what the phrase is about, not who it is.
        p = ag->end;
        continue;
      }
      if (ag) {
        size_t before = ref.agents.size();
        AddAgent(&ref.agents, *ag);
        for (size_t q = ag->begin; q < ag->end; ++q) {
          adjective_agents = adjective_agents && sp_->words[idx[q]].upos == "ADJ";
        }
        if (covers_head(ag->begin, ag->end) && ref.agents.size() > before) {
          ref.head_agent = static_cast<int>(ref.agents.size()) - 1;
        }
        first = std::min(first, ag->begin);
        last = std::max(last, ag->end);
        p = ag->end;
        continue;
      }
      ++p;
    }
    if (!have_actor && modifier) {
      ref.actor = modifier->code;
      have_actor = true;
      actor_pos = modifier->begin;
      first = std::min(first, modifier->begin);
      last = std::max(last, modifier->end);
    }
    if (!have_actor && ref.agents.empty()) return ref;
    int left_begin = -1;  // the left-extended actor's first word
    if (!have_actor) {
      // Agents alone whose country word right before them was attached elsewhere by the
      // parser ("German Foreign Minister Oskar Fischer" with "German" as an adverb of the
      // verb): an actor name or adjective ending just before the phrase, with only
      // adjectives and proper nouns between, is the phrase's actor.
      int b = idx[first];
      for (int j = b - 1; j >= 0 && j >= b - 4; --j) {
        const std::string& u = sp_->words[j].upos;
        if (u != "ADJ" && u != "PROPN") break;
        if (IsLowercasePronoun(j)) break;
        std::optional<lexicon::ActorMatch> m = lex_.actors.LongestMatch(norm_, j, date_);
        if (m && static_cast<int>(m->end) == b && m->code != "---") {
          ref.actor = m->code;
          left_begin = j;
          break;
        }
      }
    }
    // "Our companies are working with their Iraqi partners" in a Russian speaker's words:
    // RUSBUS. A first-person possessor is the speaker's country.
    if (!have_actor && ref.actor.empty() && !speaker_.empty() && FirstPersonPossessor(h)) {
      ref.actor = speaker_;
    }
    if (!have_actor && ref.actor.empty()) ref.actor = PossessorActor(h);
    // "a new military operation", "military-technical cooperation", "civilian casualties":
    // agent adjectives of a head that names no one say what the thing is about, not who.
    // dyad's lexicon only (PETRARCH's dictionaries code "military" alone as ---MIL).
    if (ref.actor.empty() && ref.head_agent < 0 && adjective_agents &&
        verbs_.HasMarks(lexicon::MarkKind::kFuture)) {
      return ActorRef();
    }
    ref.code = Compose(ref.actor, ref.agents);
    ref.begin = left_begin >= 0 ? left_begin : idx[first];
    ref.end = idx[std::max<size_t>(last, first + 1) - 1] + 1;
    ref.head = h;
    if (have_actor) {
      // The tree head of the actor match: climb while the parent is inside the match.
      int w = idx[actor_pos];
      for (int guard = 0; guard < n_; ++guard) {
        int p = Head(w);
        if (p < 0 || p < ref.begin || p >= ref.end || p == h) break;
        w = p;
      }
      ref.head = w;
    }
    return ref;
  }

  // Actors of the phrase headed by h, of its conjuncts and of list-like appositions.
  void Actors(int h, std::vector<ActorRef>* out, int depth) const {
    if (h < 0 || depth > 20) return;
    ActorRef a = PhraseActor(h);
    if (!a.code.empty()) {
      out->push_back(a);
      // Conjuncts of an inner actor word ("ties between A and B", "the ambassadors of A, B
      // and C"): each with the outer phrase's agents.
      if (a.head != h && a.head >= 0 && !a.actor.empty()) {
        for (int c : kids_[a.head]) {
          if (rel_[c] != Rel::kConj) continue;
          std::vector<ActorRef> inner;
          Actors(c, &inner, depth + 1);
          for (ActorRef& r : inner) {
            if (!r.actor.empty()) {
              std::vector<lexicon::AgentMatch> agents = a.agents;
              for (const auto& g : r.agents) AddAgent(&agents, g);
              r.agents = agents;
              r.head_agent = a.head_agent;
              r.code = Compose(r.actor, r.agents);
            }
            out->push_back(std::move(r));
          }
        }
      }
    }
    for (int c : kids_[h]) {
      if (rel_[c] == Rel::kConj && IsNominal(c)) Actors(c, out, depth + 1);
    }
    for (int c : kids_[h]) {
      if (rel_[c] != Rel::kAppos) continue;
      if (a.code.empty()) {
        size_t before = out->size();
        Actors(c, out, depth + 1);
        if (out->size() > before) break;
        continue;
      }
      // "Mordor, the Shire, Arnor and Bree": an apposition naming an actor at its head.
      ActorRef pa = PhraseActor(c);
      bool has_conj = false;
      for (int k : kids_[c]) has_conj = has_conj || rel_[k] == Rel::kConj;
      if (!pa.actor.empty() && (pa.head == c || has_conj)) Actors(c, out, depth + 1);
    }
  }

  bool IsNominal(int i) const {
    const std::string& u = sp_->words[i].upos;
    return u != "VERB" && u != "AUX";
  }

  const std::vector<ActorRef>& ActorsOf(int h) const {
    if (!actors_done_[h]) {
      actors_done_[h] = 1;
      actors_[h] = ComputeActorsOf(h);
    }
    return actors_[h];
  }

  std::vector<ActorRef> ComputeActorsOf(int h) const {
    std::vector<ActorRef> out;
    Actors(h, &out, 0);
    // Agents alone next to conjuncts with actors borrow them: "media and government of
    // Denmark", "lawmakers and officials in A and B".
    std::vector<ActorRef> expanded;
    for (const ActorRef& a : out) {
      if (!a.actor.empty() || out.size() < 2) {
        expanded.push_back(a);
        continue;
      }
      bool borrowed = false;
      std::set<std::string> bases;
      for (const ActorRef& b : out) {
        if (b.actor.empty() || !bases.insert(b.actor).second) continue;
        ActorRef r = a;
        r.actor = b.actor;
        r.agents.clear();
        for (size_t i = 0; i < b.agents.size(); ++i) {
          if (static_cast<int>(i) != b.head_agent) AddAgent(&r.agents, b.agents[i]);
        }
        for (const auto& g : a.agents) AddAgent(&r.agents, g);
        r.code = Compose(r.actor, r.agents);
        expanded.push_back(std::move(r));
        borrowed = true;
      }
      if (!borrowed) expanded.push_back(a);
    }
    // Drop duplicate codes.
    std::vector<ActorRef> uniq;
    for (auto& a : expanded) {
      bool dup = false;
      for (auto& b : uniq) dup = dup || b.code == a.code;
      if (!dup) uniq.push_back(a);
    }
    return uniq;
  }

  // ActorsOf(h), else the first actors found deeper: in h's clausal modifiers (acl, relcl),
  // their objects and obliques, in sentence order.
  std::vector<ActorRef> ActorsDeep(int h, int depth) const {
    std::vector<ActorRef> r = ActorsOf(h);
    if (!r.empty() || depth > 6) return r;
    for (int c : kids_[h]) {
      Rel k = rel_[c];
      if (k == Rel::kAcl || k == Rel::kRelcl || k == Rel::kNmod || k == Rel::kObl ||
          k == Rel::kObj || k == Rel::kXcomp || k == Rel::kConj || k == Rel::kAppos) {
        if (k == Rel::kConj && !IsNominal(c)) continue;
        r = ActorsDeep(c, depth + 1);
        if (!r.empty()) return r;
      }
    }
    return r;
  }

  // The actors of the subject of an "if" / "unless" clause of v or of its complements.
  std::vector<ActorRef> ConditionSubject(int v, int depth) const {
    if (depth > 3) return {};
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kAdvcl) {
        bool conditional = false;
        for (int k : kids_[c]) {
          conditional =
              conditional || (rel_[k] == Rel::kMark && (norm_[k] == "IF" || norm_[k] == "UNLESS"));
        }
        if (!conditional) continue;
        bool ignored = false;
        int s = SubjectHead(c, &ignored, 0);
        if (s >= 0) {
          std::vector<ActorRef> a = ActorsOf(s);
          if (!a.empty()) return a;
        }
      } else if (rel_[c] == Rel::kXcomp) {
        std::vector<ActorRef> a = ConditionSubject(c, depth + 1);
        if (!a.empty()) return a;
      } else if (rel_[c] == Rel::kObj && depth > 0) {
        // "threatened to stop negotiations to reduce X if the US goes ahead": the condition
        // hung on a clause modifying the complement's object.
        for (int k : kids_[c]) {
          if (rel_[k] != Rel::kAcl) continue;
          std::vector<ActorRef> a = ConditionSubject(k, depth + 1);
          if (!a.empty()) return a;
        }
      }
    }
    return {};
  }

  // A not-actor phrase ("state of emergency", "roast turkey": the lexicon's null code) found
  // where an actor was sought.
  static bool NullOnly(const std::vector<ActorRef>& actors) {
    if (actors.empty()) return false;
    for (const ActorRef& a : actors) {
      if (a.code != "---") return false;
    }
    return true;
  }

  static bool AgentsOnly(const std::vector<ActorRef>& actors) {
    for (const ActorRef& a : actors) {
      if (!a.actor.empty()) return false;
    }
    return true;
  }

  // The first actors with a named actor (not agents alone) in h's phrase or below it (its
  // nmods, obliques, objects, clausal modifiers and complements), in tree order.
  std::vector<ActorRef> NamedActorsDeep(int h, int depth) const {
    std::vector<ActorRef> r;
    if (h < 0 || depth > 6) return r;
    for (const ActorRef& a : ActorsOf(h)) {
      if (!a.actor.empty() && a.code != "---") r.push_back(a);
    }
    if (!r.empty()) return r;
    for (int c : kids_[h]) {
      Rel k = rel_[c];
      if (k == Rel::kNmod && IsBorder(c)) continue;  // a neighbour, not the one acted on
      if (k == Rel::kNmod || k == Rel::kObl || k == Rel::kObj || k == Rel::kAcl ||
          k == Rel::kRelcl || k == Rel::kXcomp || k == Rel::kAppos ||
          (k == Rel::kConj && IsNominal(c))) {
        r = NamedActorsDeep(c, depth + 1);
        if (!r.empty()) return r;
      }
    }
    return r;
  }

  // ----- Verbs -----

  bool IsNegated(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kNeg) return true;
      if (rel_[c] == Rel::kAdvmod || rel_[c] == Rel::kAux) {
        const std::string& f = norm_[c];
        if (f == "NOT" || f == "N'T" || f == "NEVER") return true;
        // "will no longer tolerate": "no" on "longer" on the verb.
        if (f == "LONGER") {
          for (int k : kids_[c]) {
            if (norm_[k] == "NO") return true;
          }
        }
      }
    }
    return false;
  }

  // "is opposed to French mediation", "were engaged in ethnic cleansing": a participle naming
  // a state its subject is in, with the state's own preposition (TO for oppose / commit /
  // dedicate / devote, IN for engage / involve) and no "by" agent, is active: the subject acts.
  // ("Atrocities were committed in Bosnia" stays passive: IN does not go with commit.)
  bool AdjectivalState(int v) const {
    const std::string& l = lemma_[v];
    const bool to = l == "OPPOSE" || l == "COMMIT" || l == "DEDICATE" || l == "DEVOTE";
    const bool in = l == "ENGAGE" || l == "INVOLVE";
    if (!to && !in) return false;
    bool phrase = false;
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kOblAgent) return false;
      if (rel_[c] != Rel::kObl && rel_[c] != Rel::kAdvcl && rel_[c] != Rel::kXcomp) continue;
      std::string p = CaseOf(c);
      if (p.empty()) {
        for (int k : kids_[c]) {
          if (rel_[k] == Rel::kMark) p = norm_[k];
        }
      }
      if (p == "BY") return false;
      if (c > v && ((to && p == "TO") || (in && p == "IN"))) phrase = true;
    }
    return phrase;
  }

  bool IsPassive(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kNsubjPass || rel_[c] == Rel::kAuxPass) return true;
    }
    return false;
  }

  // True when the form is a plausible inflection of the lemma: a regular form of it, or an
  // irregular one (not starting with the lemma: "took"/"take"). "departes" for "depart" is a
  // misspelling and is not coded through its lemma.
  bool LemmaUsable(int i) const {
    const std::string& f = norm_[i];
    const std::string& l = lemma_[i];
    if (f == l || f.compare(0, l.size(), l) != 0) return true;
    for (const std::string& r : lexicon::RegularVerbForms(l)) {
      if (r == f) return true;
    }
    // Doubled final consonant ("planned", "stopping") and e-drop ("making").
    std::string tail = f.substr(l.size());
    if (tail.size() >= 3 && tail[0] == l.back() &&
        (tail.substr(1) == "ED" || tail.substr(1) == "ING")) {
      return true;
    }
    return false;
  }

  // The dictionary verb at word i (longest multi-word verb first), or nullptr.
  const lexicon::Verb* FindVerb(int i) const {
    const lexicon::Verb* best = nullptr;
    size_t best_words = 0;
    WordId ids[2] = {form_id_[i], LemmaUsable(i) ? lemma_id_[i] : lexicon::kNoWord};
    const bool noun = sp_->words[i].upos == "NOUN";
    for (WordId id : ids) {
      if (id == lexicon::kNoWord) continue;
      const std::vector<uint32_t>* cands = verbs_.VerbsForWord(id);
      if (cands == nullptr) continue;
      for (uint32_t vi : *cands) {
        const lexicon::Verb& v = verbs_.verbs()[vi];
        if (v.nominal != noun) continue;
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
      if (best != nullptr) break;
    }
    return best;
  }

  // The words a pattern's post-verb items are matched against: the verb's subtree without
  // coordinated and reported clauses (and punctuation).
  void CollectClause(int h, std::vector<int>* out, int depth) const {
    out->push_back(h);
    if (depth > 60) return;
    for (int c : kids_[h]) {
      Rel r = rel_[c];
      if ((r == Rel::kConj && IsVerbalPos(sp_->words[c])) || r == Rel::kParataxis ||
          r == Rel::kPunct || r == Rel::kCcomp || r == Rel::kCc) {
        continue;
      }
      if (depth == 0 && (r == Rel::kNsubj || r == Rel::kNsubjPass || r == Rel::kCsubj)) continue;
      CollectClause(c, out, depth + 1);
    }
  }

  struct PatternHit {
    const lexicon::VerbPattern* pattern = nullptr;
    int source_anchor = -2;  // -2: none; -1: the subject; else the word the marker follows
    int target_anchor = -2;
    int source_skips = 0;  // `^` between that word and the marker
    int target_skips = 0;
    bool compound = false;
    int bonus = 0;  // extra words matched by multi-word synset members
    // Obliques matched by relation-tied items without a `$T`/`$S` slot (the pattern's
    // content, e.g. `obl:on=ceasefire`, `obl:in=*`): never taken as the target. Pairs of the
    // oblique's head and its preposition.
    std::vector<std::pair<int, int>> consumed;
  };

  // x and its conjuncts and `flat` parts (the words a relation-tied item may name).
  void Spread(int x, std::vector<int>* out, int depth) const {
    out->push_back(x);
    if (depth > 20) return;
    for (int c : kids_[x]) {
      if (rel_[c] == Rel::kConj || rel_[c] == Rel::kFlat) Spread(c, out, depth + 1);
    }
  }

  // A relation-tied item (lexicon::PatternRel) on the dependents of *head: the object, an
  // oblique with the item's preposition (also an nmod of the object: the attachment of a
  // prepositional phrase is the parser's least reliable decision), or the xcomp, whose head
  // (or a conjunct or flat part) is in the item's word set (no set: any). On success *last is
  // the matched word (for an oblique its preposition, so that a following `$T`/`$S` marker
  // names the phrase it heads), and an xcomp becomes the new *head.
  bool MatchOnRelation(const PatternItem& it, int* head, int* last, PatternHit* hit) const {
    struct Cand {
      int word;
      int anchor;
    };
    std::vector<Cand> cands;
    const int h = *head;
    auto obliques = [&](int x) {
      for (int c : kids_[x]) {
        bool rel_ok = x == h ? rel_[c] == Rel::kObl : rel_[c] == Rel::kNmod;
        if (!rel_ok) continue;
        for (int k : kids_[c]) {
          if (rel_[k] == Rel::kCase && InSet(it.prep, k)) {
            cands.push_back({c, k});
            break;
          }
        }
      }
    };
    switch (it.rel) {
      case lexicon::PatternRel::kAnywhere:
        return false;
      case lexicon::PatternRel::kObject:
        for (int c : kids_[h]) {
          if (rel_[c] == Rel::kObj || rel_[c] == Rel::kNsubjPass) cands.push_back({c, c});
        }
        break;
      case lexicon::PatternRel::kComplement:
        for (int c : kids_[h]) {
          if (rel_[c] == Rel::kXcomp) cands.push_back({c, c});
        }
        break;
      case lexicon::PatternRel::kOblique:
        obliques(h);
        for (int c : kids_[h]) {
          if (rel_[c] == Rel::kObj) obliques(c);
        }
        break;
    }
    std::vector<int> words;
    for (const Cand& cand : cands) {
      int len = 1;
      bool ok = it.words.empty();
      if (!ok) {
        words.clear();
        Spread(cand.word, &words, 0);
        for (int y : words) {
          if ((len = InSetLen(it.words[0], y)) > 0) {
            ok = true;
            break;
          }
        }
      }
      if (!ok) continue;
      *last = cand.anchor;
      if (it.rel == lexicon::PatternRel::kComplement) *head = cand.word;
      if (it.rel == lexicon::PatternRel::kOblique) {
        hit->consumed.emplace_back(cand.word, cand.anchor);
      }
      hit->bonus += len - 1;
      return true;
    }
    return false;
  }

  // Matches items in order over words[pos..end); returns false when an item is missing.
  // Markers record the last matched word (or -1 before any) in *hit.
  bool MatchItems(const std::vector<PatternItem>& items, const std::vector<int>& words, size_t pos,
                  size_t end, int start_anchor, PatternHit* hit) const {
    int last = start_anchor;
    int head = start_anchor;  // what relation-tied items hang on: the verb, then an xcomp
    int skips = 0;            // `^` since the last matched item
    for (const PatternItem& it : items) {
      if (it.rel != lexicon::PatternRel::kAnywhere) {
        if (head < 0 || !MatchOnRelation(it, &head, &last, hit)) return false;
        skips = 0;
        continue;
      }
      switch (it.kind) {
        case PatternItemKind::kSkip:
          ++skips;
          break;
        case PatternItemKind::kSource:
        case PatternItemKind::kTarget: {
          const bool source = it.kind == PatternItemKind::kSource;
          (source ? hit->source_anchor : hit->target_anchor) = last;
          (source ? hit->source_skips : hit->target_skips) = skips;
          if (!hit->consumed.empty() && hit->consumed.back().second == last) {
            hit->consumed.pop_back();  // a slot: the phrase is an actor, not content
          }
          break;
        }
        case PatternItemKind::kCompound:
          hit->compound = true;
          break;
        case PatternItemKind::kWord: {
          size_t j = pos;
          int len = 0;
          while (j < end && (len = InSetLen(it.words[0], words[j])) == 0) ++j;
          if (j >= end) return false;
          pos = j + 1;
          last = words[j];
          skips = 0;
          hit->bonus += len - 1;
          break;
        }
        case PatternItemKind::kPhrase: {
          // The head, the modifier just before it, and earlier modifiers anywhere before.
          size_t k = it.words.size();
          bool found = false;
          for (size_t j = pos + k - 1; j < end && !found; ++j) {
            if (!InSet(it.words[k - 1], words[j])) continue;
            if (!InSet(it.words[k - 2], words[j - 1])) continue;
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
              last = words[j];
              skips = 0;
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
              last = words[q - 1];
              skips = 0;
            }
          }
          if (!found) return false;
          break;
        }
      }
    }
    return true;
  }

  // The most specific matching pattern of the verb's block.
  // `object` >= 0: the object phrase a misparsed clause recovered (RecoverMisparsedClause; the
  // verb hangs in it as a modifier), whose words count as the clause's too ("The United States
  // suspended part of a military aid program": "suspended" an amod of "part").
  PatternHit BestPattern(const lexicon::Verb& verb, int v, int subj, int object = -1) const {
    PatternHit best;
    const lexicon::VerbBlock& block = verbs_.blocks()[verb.block];
    if (block.patterns.empty()) return best;
    std::vector<int> after;
    CollectClause(v, &after, 0);
    if (object >= 0) CollectPhrase(object, &after, 0, v);
    std::sort(after.begin(), after.end());
    after.erase(std::unique(after.begin(), after.end()), after.end());
    size_t split = std::upper_bound(after.begin(), after.end(), v) - after.begin();
    // Before the verb: the subject phrase and the auxiliaries.
    std::vector<int> before;
    if (subj >= 0) CollectPhrase(subj, &before, 0);
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kAux || rel_[c] == Rel::kAuxPass || rel_[c] == Rel::kNeg) {
        before.push_back(c);
      }
    }
    std::sort(before.begin(), before.end());
    before.erase(std::unique(before.begin(), before.end()), before.end());
    while (!before.empty() && before.back() >= v) before.pop_back();
    // Candidate patterns: those keyed by a word of the clause, and the unkeyed ones.
    std::vector<uint32_t> cands = block.unindexed_patterns;
    auto add = [&](WordId id) {
      if (id == lexicon::kNoWord) return;
      auto it = block.pattern_index.find(id);
      if (it != block.pattern_index.end())
        cands.insert(cands.end(), it->second.begin(), it->second.end());
    };
    for (const std::vector<int>* list : {&before, &after}) {
      for (int w : *list) {
        add(form_id_[w]);
        if (lemma_id_[w] != form_id_[w]) add(lemma_id_[w]);
      }
    }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    for (uint32_t pi : cands) {
      const lexicon::VerbPattern& p = block.patterns[pi];
      // Priority: more content items, then more relation-tied items, then more words matched
      // by multi-word members; candidates run in file order, so ties keep the earlier one.
      auto rank = [](const lexicon::VerbPattern& q, int bonus) {
        return std::tuple<uint32_t, uint32_t, int>(q.specificity, q.relations, bonus);
      };
      if (best.pattern != nullptr && rank(p, INT32_MAX) <= rank(*best.pattern, best.bonus)) {
        continue;
      }
      PatternHit hit;
      if (!MatchItems(p.before, before, 0, before.size(), -1, &hit)) continue;
      if (!MatchItems(p.after, after, split, after.size(), v, &hit)) continue;
      hit.pattern = &p;
      if (best.pattern != nullptr && rank(p, hit.bonus) <= rank(*best.pattern, best.bonus)) {
        continue;
      }
      best = hit;
    }
    return best;
  }

  // The noun phrase a `$`/`+` marker points at: the object of a preposition the marker
  // follows, else the next noun of the clause after the anchor word.
  int MarkerHead(int anchor, int skips, int v) const {
    if (anchor == -1) return -1;
    std::vector<int> clause;
    CollectClause(v, &clause, 0);
    std::sort(clause.begin(), clause.end());
    auto next_noun = [&](int after) {
      for (int w : clause) {
        if (w <= after) continue;
        const std::string& u = sp_->words[w].upos;
        if ((u == "NOUN" || u == "PROPN" || u == "PRON") && !IsModifier(w)) return w;
      }
      return -1;
    };
    int h = (rel_[anchor] == Rel::kCase || rel_[anchor] == Rel::kMark) ? Head(anchor)
                                                                       : next_noun(anchor);
    for (int k = 0; k < skips && h >= 0; ++k) h = next_noun(CoreEnd(h));
    return h;
  }

  // Words that modify a noun inside its phrase (not phrase heads).
  bool IsModifier(int w) const {
    Rel r = rel_[w];
    return r == Rel::kCompound || r == Rel::kFlat || r == Rel::kAmod || r == Rel::kDet ||
           r == Rel::kNmodPoss;
  }

  // The last word of h's core phrase (h and its modifiers, not its nmods or clauses).
  int CoreEnd(int h, int depth = 0) const {
    int end = h;
    if (depth > 20) return end;
    for (int c : kids_[h]) {
      if (IsModifier(c) || rel_[c] == Rel::kCase) end = std::max(end, CoreEnd(c, depth + 1));
    }
    return end;
  }

  int Child(int v, Rel r) const {
    for (int c : kids_[v]) {
      if (rel_[c] == r) return c;
    }
    return -1;
  }

  bool IsPronoun(int i) const { return sp_->words[i].upos == "PRON"; }
  bool IsLowerInitial(int i) const {
    const std::string& f = sp_->words[i].form;
    return !f.empty() && f[0] >= 'a' && f[0] <= 'z';
  }
  bool IsLowercasePronoun(int i) const {
    if (!IsPronoun(i)) return false;
    for (char c : sp_->words[i].form) {
      if (c >= 'A' && c <= 'Z') return false;
    }
    return true;
  }
  // "we", "I" (and their object and possessive forms): the speaker's side.
  bool IsFirstPerson(int i) const {
    const std::string& f = norm_[i];
    return IsPronoun(i) && (f == "WE" || f == "I" || f == "US" || f == "ME" || f == "OUR" ||
                            f == "MY" || f == "OURS");
  }
  // "you": the one spoken to, never a clause's or the speaker's actor.
  bool IsAddressee(int i) const {
    const std::string& f = norm_[i];
    return IsPronoun(i) && (f == "YOU" || f == "YOUR" || f == "YOURS");
  }
  // A personal pronoun object ("supports you", "told him", "attacked them"): the target is a
  // person or group the sentence does not name (the document pass may resolve "him" / "her").
  bool IsPersonalObjectPronoun(int i) const {
    const std::string& f = norm_[i];
    return IsPronoun(i) &&
           (f == "YOU" || f == "HIM" || f == "HER" || f == "THEM" || f == "US" || f == "ME");
  }
  // A verb that reports speech: its subject is the speaker of its complement or quote.
  bool IsReportingVerb(int v) const {
    static const std::unordered_set<std::string> kReporting = {
        "SAY",     "TELL",  "ADD",     "DECLARE", "STATE", "NOTE",   "STRESS",   "INSIST",
        "EXPLAIN", "WRITE", "ASSERT",  "REPLY",   "TWEET", "REMARK", "ANNOUNCE", "CONFIRM",
        "ASK",     "WARN",  "COMMENT", "RECALL",  "ARGUE", "CLAIM",  "SUGGEST",  "REPORT"};
    return IsVerbalPos(sp_->words[v]) && kReporting.count(lemma_[v]) > 0;
  }
  bool IsRelativePronoun(int i) const {
    const std::string& f = norm_[i];
    return f == "WHO" || f == "WHICH" || f == "THAT" || f == "WHOM";
  }

  // The subject of v, inherited along xcomp/conj chains, relative and reduced relative
  // clauses, and for pronouns in complement clauses from the governing clause.
  // A past-tense verb the parser hung as a modifier of a noun in a sentence without a verbal
  // root ("Israeli troops shelled positions": shelled amod of "positions"; "Russian ships held
  // exercises": held acl of "ships") is read as the clause it is: for an acl with a complement
  // of its own (object, xcomp or ccomp) the noun it modifies is its subject; for an amod right
  // after a noun phrase the noun it modifies is its object and that noun phrase (or the
  // modified noun's own nsubj) its subject. A real modifier ("the shelled positions", headline
  // "troops killed in Gaza") has a determiner or adjective before it, or no complement.
  // A protest verb ("rallied", "demonstrated", "rioted": no passive reading) needs no
  // complement for its acl reading ("Thousands of Israelis rallied against the plan").
  void RecoverMisparsedClause(int v, bool protest, int lower, int* subj, int* obj) const {
    if (rel_[v] != Rel::kAcl && rel_[v] != Rel::kAmod) return;
    const std::string& f = norm_[v];
    // A past form: regular (-ed), or for an acl an irregular one the tagger calls past ("held
    // talks"; as a participle only without a "by" agent: "soldiers taken hostage by rebels").
    bool past = f.size() >= 4 && f.compare(f.size() - 2, 2, "ED") == 0;
    if (!past && rel_[v] == Rel::kAcl) {
      const std::string& x = sp_->words[v].xpos;
      bool by = Child(v, Rel::kOblAgent) >= 0;
      for (int c : kids_[v]) by = by || (rel_[c] == Rel::kObl && CaseOf(c) == "BY");
      past = x == "VBD" || (x == "VBN" && !by);
    }
    if (!past) return;
    int h = Head(v);
    if (h < 0) return;
    // A subject with a past verb and its object hung on it, before its own governor ("Israeli
    // tanks fired shells at X, witnesses said": tanks nsubj, or object, of "said", fired acl of
    // tanks; an object never precedes its verb in a declarative English clause).
    if (rel_[v] == Rel::kAcl && h < v && (rel_[h] == Rel::kNsubj || rel_[h] == Rel::kObj) &&
        Head(h) > v && Child(v, Rel::kObj) >= 0) {
      *subj = h;
      return;
    }
    if (int c = SubjectBeforeAmod(v); c >= 0) {
      *subj = c;
      *obj = h;
      return;
    }
    for (int i = 0; i < n_; ++i) {
      if (Head(i) < 0 && IsVerbalPos(sp_->words[i]) && !ReportingRootAfter(i, v)) {
        return;  // a verbal root: trust the parse
      }
    }
    if (rel_[v] == Rel::kAcl) {
      if (h > v) return;
      bool complement = false;
      for (int c : kids_[v]) {
        Rel r = rel_[c];
        complement = complement || r == Rel::kObj || r == Rel::kIobj || r == Rel::kXcomp ||
                     r == Rel::kCcomp || c == lower;
      }
      bool agent = Child(v, Rel::kOblAgent) >= 0;
      for (int c : kids_[v]) agent = agent || (rel_[c] == Rel::kObl && CaseOf(c) == "BY");
      if (!complement && !(protest && !agent)) return;
      // The whole subject: "a group of deputies" for "deputies", and with its first conjunct
      // ("Fabius and a group of deputies held talks with X": held an acl of "deputies").
      int top = h;
      if (rel_[top] == Rel::kNmod && CaseOf(top) == "OF" && Head(top) >= 0 && Head(top) < top) {
        top = Head(top);
      }
      for (int steps = 0; steps < n_ && rel_[top] == Rel::kConj && Head(top) >= 0 &&
                          Head(top) < top && IsNominal(Head(top));
           ++steps) {
        top = Head(top);
      }
      *subj = top;
      return;
    }
    if (h < v || v == 0) return;
    for (int c : kids_[h]) {
      if (rel_[c] == Rel::kNsubj && c < v) {
        *subj = c;
        *obj = h;
        return;
      }
    }
    int w = v - 1;
    // "Kenzo Oshima, the UN relief coordinator, demanded parties to ...": the noun phrase
    // before the verb ends in an apposition set off by a comma; its anchor is the subject.
    if (norm_[w] == "," && w > 0) {
      int a = w - 1;
      for (int steps = 0; steps < n_ && rel_[a] != Rel::kAppos && Head(a) >= 0 && Head(a) < w;
           ++steps) {
        a = Head(a);
      }
      if (rel_[a] == Rel::kAppos && Head(a) >= 0 && Head(a) < a) w = Head(a);
    }
    const std::string& up = sp_->words[w].upos;
    if (up != "NOUN" && up != "PROPN") return;
    for (int steps = 0; steps < n_ && Head(w) >= 0 && Head(w) < v; ++steps) {
      Rel r = rel_[w];
      if (r != Rel::kCompound && r != Rel::kFlat) break;
      w = Head(w);
    }
    // "The US on Thursday rejected calls by X": a prepositional phrase hung on a bare noun
    // phrase the parser made an oblique of the verb; that noun phrase is the subject.
    if (Child(w, Rel::kCase) >= 0) {
      int u = Head(w);
      if (u < 0 || u >= w || Head(u) != v || rel_[u] != Rel::kObl || Child(u, Rel::kCase) >= 0) {
        return;  // inside a prepositional phrase
      }
      w = u;
    }
    // "Israeli helicopters and tanks shelled positions": the parser chained the subject's
    // conjuncts and the object as conjuncts of the first; the subject starts there (the
    // caller keeps only the actors named before the verb).
    for (int steps = 0;
         steps < n_ && rel_[w] == Rel::kConj && Head(w) >= 0 && Head(w) < w && IsNominal(Head(w));
         ++steps) {
      w = Head(w);
    }
    *subj = w;
    *obj = h;
  }

  // True when root r is a reporting verb set off by a comma after word v ("The United States
  // suspended part of a military aid program for Bosnia ..., the New York Times reported"):
  // the words before it are what is reported, and may hold the misparsed predicate.
  // Not when the reported words have a predicate of their own (a verb or a copular predicate
  // hung on the root; a noun made its ccomp is the misparse itself).
  bool ReportingRootAfter(int r, int v) const {
    if (r <= v || !IsReportingVerb(r)) return false;
    for (int c : kids_[r]) {
      if (c >= r || c == v) continue;
      if (IsVerbalPos(sp_->words[c]) || Child(c, Rel::kCop) >= 0) return false;
    }
    for (int i = v + 1; i < r; ++i) {
      if (norm_[i] == ",") return true;
    }
    return false;
  }

  // True when relative clause v (subject `subj`) is the sentence's predicate misparsed as a
  // modifier of its real subject: a relative clause with its own subject and its own object and
  // no relative word has no gap, so it cannot modify the noun ("Syrian officers today ended
  // mediation efforts": "today" its subject; "British aircraft using precision guided missiles
  // killed 4 Iraqis": "missiles"). Only when that subject names no actor and the noun before
  // it does.
  bool GaplessRelative(int v, int subj) const {
    if (rel_[v] != Rel::kRelcl || subj < 0 || rel_[subj] != Rel::kNsubj || Head(subj) != v) {
      return false;
    }
    int h = Head(v);
    if (h < 0 || h > subj || IsPronoun(subj) || Child(v, Rel::kObj) < 0) return false;
    for (int i = h + 1; i <= v; ++i) {
      const std::string& f = norm_[i];
      if (f == "WHO" || f == "WHOM" || f == "WHOSE" || f == "WHICH" || f == "THAT" ||
          f == "WHERE" || f == "WHEN" || f == "WHY") {
        return false;
      }
    }
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kMark || IsRelativePronoun(c)) return false;
    }
    return ActorsOf(subj).empty() && !AgentsOnly(ActorsOf(h)) && !ActorsOf(h).empty();
  }

  // The first of two subjects of one verb when a past verb (-ed) between them was parsed as an
  // adjective of the second ("Israeli army bulldozers demolished Palestinian homes ..., officials
  // said": "bulldozers" and "homes" both subjects of "said", "demolished" an amod of "homes").
  // A verb has one subject: the first is the misparsed clause's subject, the modified noun its
  // object. -1 when the tree is not so.
  int SubjectBeforeAmod(int v) const {
    if (rel_[v] != Rel::kAmod || v == 0) return -1;
    const std::string& f = norm_[v];
    if (f.size() < 4 || f.compare(f.size() - 2, 2, "ED") != 0) return -1;
    int h = Head(v);
    if (h <= v || rel_[h] != Rel::kNsubj || Head(h) < 0) return -1;
    for (int c : kids_[Head(h)]) {
      if (c != h && rel_[c] == Rel::kNsubj && c < v && CoreEnd(c) == v - 1) return c;
    }
    return -1;
  }

  int SubjectHead(int v, bool* passive_subject, int depth) const {
    int h = Head(v);
    int s = Child(v, Rel::kNsubj);
    *passive_subject = false;
    if (s < 0) {
      s = Child(v, Rel::kNsubjPass);
      if (s >= 0) *passive_subject = true;
    }
    // "it" / "they" labelled `expl` before a predicate with no clausal subject or complement
    // of its own is the subject ("Syria says it is willing to withdraw"); a dummy "it" ("it is
    // clear that ...") has one.
    if (s < 0) {
      int e = Child(v, Rel::kExpl);
      if (e >= 0 && e < v && (norm_[e] == "IT" || norm_[e] == "THEY") &&
          Child(v, Rel::kCsubj) < 0 && Child(v, Rel::kCcomp) < 0) {
        s = e;
      }
    }
    if (s >= 0) {
      if (IsPronoun(s) && depth < 10 && !IsAddressee(s)) {
        if (rel_[v] == Rel::kRelcl && IsRelativePronoun(s) && h >= 0) return h;
        // "Ethiopia indicated it would act": the governing clause's subject. "We" and "I" are
        // the speaker: only a reporting verb's subject ("'We will help,' Lavrov said"), never
        // the subject of a clause the quote's words are coordinated with ("Our companies are
        // working ..., and we are developing ...").
        const bool first_person = IsFirstPerson(s);
        int steps = 0;
        for (int u = h; u >= 0 && depth < 10 && steps < n_; u = Head(u), ++steps) {
          if (!IsVerbalPos(sp_->words[u]) && Child(u, Rel::kCop) < 0) continue;
          if (first_person && !IsReportingVerb(u)) break;
          bool ignored = false;
          int us = SubjectHead(u, &ignored, depth + 1);
          if (us >= 0 && !IsPronoun(us)) return us;
          break;
        }
      }
      return s;
    }
    if (h < 0 || depth > 10) return -1;
    if (rel_[v] == Rel::kXcomp) {
      int o = Child(h, Rel::kObj);
      if (o >= 0 && o < v) return o;
      bool ignored = false;
      return SubjectHead(h, &ignored, depth + 1);
    }
    if (rel_[v] == Rel::kConj && IsVerbalPos(sp_->words[h])) {
      return SubjectHead(h, passive_subject, depth + 1);
    }
    // "Israeli troops remained on alert and fired on protesters" with "fired" a conjunct of
    // "alert": a verb coordinated with a noun is coordinated with that noun's clause.
    if (rel_[v] == Rel::kConj && IsNominal(h) && Child(v, Rel::kCc) >= 0) {
      int u = Head(h);
      for (int steps = 0; u >= 0 && steps < n_ && !IsVerbalPos(sp_->words[u]); ++steps) {
        u = Head(u);
      }
      if (u >= 0 && u < v) return SubjectHead(u, passive_subject, depth + 1);
    }
    // An adverbial clause without a subject of its own and without a subordinator other than
    // "to" is controlled by the main clause's subject: "Police opened fire to disperse the
    // crowd", "X rejected the plan, urging Y ..." ("after leaving X" is left alone).
    bool other_mark = false;
    for (int c : kids_[v]) other_mark = other_mark || (rel_[c] == Rel::kMark && norm_[c] != "TO");
    // So is one under a word the parser made the predicate in the verb's place, with the
    // auxiliary and subject of the clause ("Bangladesh has outright rejected ...": "rejected"
    // an advcl of "outright").
    if (rel_[v] == Rel::kAdvcl && !other_mark &&
        (IsVerbalPos(sp_->words[h]) || Child(h, Rel::kCop) >= 0 ||
         (Child(h, Rel::kAux) >= 0 && Child(h, Rel::kAux) < v))) {
      bool ignored = false;
      return SubjectHead(h, &ignored, depth + 1);
    }
    if (rel_[v] == Rel::kAcl && IsNominal(h)) {
      *passive_subject = sp_->words[v].xpos == "VBN";
      return h;
    }
    return -1;
  }

  bool IsCodedVerb(int i) const {
    // An adjective predicate with a complement: "is ready to talk", "willing to withdraw".
    if (sp_->words[i].upos == "ADJ") {
      return Child(i, Rel::kXcomp) >= 0 || SubjectBeforeAmod(i) >= 0 || AdjectiveToClause(i);
    }
    if (!IsVerbalPos(sp_->words[i])) return false;
    Rel r = rel_[i];
    return r != Rel::kAux && r != Rel::kAuxPass && r != Rel::kCop;
  }

  // Targets of an active verb with no object actor: obliques, then a reported clause's
  // subject or object, then deeper phrases (clausal modifiers, complements).
  // True when every actor of `t` has the code of one of `sources` (and both are non-empty).
  static bool OnlySources(const std::vector<ActorRef>& t, const std::vector<ActorRef>& sources) {
    if (t.empty() || sources.empty()) return false;
    for (const ActorRef& a : t) {
      bool same = false;
      for (const ActorRef& s : sources) same = same || s.code == a.code;
      if (!same) return false;
    }
    return true;
  }

  // A government's measure on its own people ("Sudan's government lifted a state of emergency
  // in West Darfur State", "imposed a curfew in Sudan"): for a concession (08) or repression
  // (17) whose object names no actor, a place in the object or in an "in" oblique of the
  // verb that names only the sources' own codes stands for the country's population, its bare
  // country code (SDNGOV -> SDN), when that differs from every source. Empty otherwise
  // ("Kenyan police arrested five in Nairobi" is not concerned: its place is not the source's
  // code).
  std::vector<ActorRef> DomesticTarget(int v, int subj, const std::string& code,
                                       const std::vector<ActorRef>& sources) const {
    if (sources.empty() || code.size() < 3) return {};
    const std::string root = code.substr(0, 2);
    if (root != "08" && root != "17") return {};
    int obj = -1;
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kObj && c != subj) obj = c;
    }
    if (obj < 0) return {};
    // The object itself names no actor (one in a phrase after its head is the place).
    for (const ActorRef& a : ActorsOf(obj)) {
      if (a.code != "---" && a.begin <= obj) return {};
    }
    std::vector<int> phrases = {obj};
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kObl && c > v && CaseOf(c) == "IN") phrases.push_back(c);
    }
    for (int c : phrases) {
      std::vector<ActorRef> named = NamedActorsDeep(c, 0);
      if (!OnlySources(named, sources)) continue;
      std::string country = named[0].actor.substr(0, std::min<size_t>(3, named[0].actor.size()));
      if (country.size() != 3 || country == "---") continue;
      bool ok = true;
      for (const ActorRef& a : named) ok = ok && a.actor.compare(0, 3, country) == 0;
      for (const ActorRef& s : sources) ok = ok && s.code != country;
      if (!ok) continue;
      ActorRef t = named[0];
      t.code = country;
      t.actor = country;
      t.agents.clear();
      t.head_agent = -1;
      return {t};
    }
    return {};
  }

  // The actors of the `nmod`s of a pattern's content oblique (PatternHit::consumed): the
  // oblique is what the event is about or where it happens, not its target, but a phrase
  // inside it may name one ("agreed to talks on a ceasefire with Iraq").
  std::vector<ActorRef> ActorsInsideContent(int c, bool named_only) const {
    for (int k : kids_[c]) {
      if (rel_[k] != Rel::kNmod) continue;
      std::vector<ActorRef> t = named_only ? NamedActorsDeep(k, 0) : ActorsDeep(k, 0);
      if (!t.empty()) return t;
    }
    return {};
  }

  // `t` without the actors of the sources' country ("IRQ", "IRQMIL" said of by IRQGOV) when
  // all the sources have one country.
  static std::vector<ActorRef> WithoutOwnCountry(std::vector<ActorRef> t,
                                                 const std::vector<ActorRef>& sources) {
    std::string country;
    for (const ActorRef& s : sources) {
      if (s.code.size() < 3 || s.code.starts_with("---")) return t;
      if (!country.empty() && s.code.compare(0, 3, country) != 0) return t;
      country = s.code.substr(0, 3);
    }
    if (country.empty()) return t;
    std::erase_if(t, [&](const ActorRef& a) { return a.code.starts_with(country); });
    return t;
  }

  // An oblique naming only the sources' own codes (a place in their country: "Israelis
  // rallied in Tel Aviv against the government") is passed over for the next one.
  //
  // In a statement, a reported clause's actors of the speaker's own country ("Maliki said Iraq
  // is prone to new political developments": IRQGOV, not IRQGOV -> IRQ) are what is spoken
  // about, not to whom (a demand on one's own government is kept). A statement (`statement`:
  // root 01, "the Russians hope to supplant the United States") is not about the object of a
  // "to" clause: that clause is the speaker's own act.
  std::vector<ActorRef> FindTarget(int v, int subj, const std::set<int>& used,
                                   const std::vector<ActorRef>& sources, bool statement) const {
    std::vector<ActorRef> t;
    for (int c : kids_[v]) {
      if (used.count(c) || c == subj || c < v || !events_[c].empty() || IsBorder(c)) continue;
      if (rel_[c] == Rel::kObl || rel_[c] == Rel::kObj || rel_[c] == Rel::kIobj) {
        t = ActorsOf(c);
        if (OnlySources(t, sources)) {
          t.clear();
          continue;
        }
        if (!t.empty()) return t;
      }
    }
    for (int c : kids_[v]) {
      if (rel_[c] != Rel::kCcomp) continue;
      bool ignored = false;
      int cs = SubjectHead(c, &ignored, 0);
      if (cs >= 0 && cs != subj) t = ActorsOf(cs);
      if (statement) t = WithoutOwnCountry(std::move(t), sources);
      if (!t.empty()) return t;
      for (int cc : kids_[c]) {
        // "Pakistani officials claim there are 42 agents in Kandahar and 12 in Jalalabad": a
        // place the report names is not whom it is about.
        if (statement && IsPlacePhrase(cc)) continue;
        if (rel_[cc] == Rel::kObj || rel_[cc] == Rel::kObl) {
          t = ActorsDeep(cc, 0);
          if (statement) t = WithoutOwnCountry(std::move(t), sources);
          if (!t.empty()) return t;
        }
      }
    }
    for (int c : kids_[v]) {
      if (c == subj || c < v || IsBorder(c)) continue;
      Rel r = rel_[c];
      if ((r == Rel::kObj || r == Rel::kObl || r == Rel::kIobj) && events_[c].empty()) {
        // A pattern's content oblique ("agreed to talks with X"): not itself, what it names.
        t = r == Rel::kObl && used.count(c) ? ActorsInsideContent(c, false) : ActorsDeep(c, 0);
        if (OnlySources(t, sources)) t.clear();  // "expand Soviet-era ties" said by Russia
        if (!t.empty()) return t;
      }
      if (!statement && (r == Rel::kXcomp || (r == Rel::kAdvcl && HasMarkTo(c)))) {
        for (int cc : kids_[c]) {
          Rel rr = rel_[cc];
          if (rr == Rel::kObj || rr == Rel::kObl || rr == Rel::kIobj || rr == Rel::kXcomp ||
              rr == Rel::kCcomp) {
            t = ActorsDeep(cc, 0);
            if (OnlySources(t, sources)) t.clear();
            if (!t.empty()) return t;
          }
        }
      }
    }
    return t;
  }

  // True when v has an auxiliary of the lexicon's marker kind ("will" for kFuture, "must"
  // for kDemand).
  bool HasMarkAux(int v, lexicon::MarkKind kind) const {
    if (!verbs_.HasMarks(kind)) return false;
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kAux && verbs_.IsMark(kind, norm_[c])) return true;
    }
    return false;
  }

  // True when v has the modal "may", "might" or "could" and an "if" / "unless" clause of its
  // own ("may halt mediation efforts if cooperation founders"): a conditional threat or
  // promise. Only with a lexicon that declares marker words (as HasMarkAux).
  bool ConditionalPossibility(int v) const {
    if (!verbs_.HasMarks(lexicon::MarkKind::kFuture)) return false;
    bool modal = false, condition = false;
    for (int c : kids_[v]) {
      const std::string& f = norm_[c];
      if (rel_[c] == Rel::kAux) modal = modal || f == "MAY" || f == "MIGHT" || f == "COULD";
      if (rel_[c] != Rel::kAdvcl) continue;
      for (int k : kids_[c]) {
        condition =
            condition || (rel_[k] == Rel::kMark && (norm_[k] == "IF" || norm_[k] == "UNLESS"));
      }
    }
    return modal && condition;
  }

  // True when clause v states no fact: its verb is a bare form (a subjunctive "that Hamas
  // renounce"), a present form without auxiliary under a past governor (a subjunctive with a
  // plural subject: "demanded that its partners refuse"; a reported fact would follow the
  // governor's tense) or it has a modal auxiliary ("would help", "must leave").
  bool UnrealisedClause(int v) const {
    if (sp_->words[v].xpos == "VB") return true;
    int g = Head(v);
    if (sp_->words[v].xpos == "VBP" && g >= 0 && sp_->words[g].xpos == "VBD" &&
        Child(v, Rel::kAux) < 0 && Child(v, Rel::kAuxPass) < 0 && Child(v, Rel::kCop) < 0) {
      return true;
    }
    for (int c : kids_[v]) {
      if (rel_[c] != Rel::kAux) continue;
      const std::string& x = sp_->words[c].xpos;
      if (x == "MD" || (x.empty() && (norm_[c] == "WOULD" || norm_[c] == "WILL" ||
                                      norm_[c] == "MUST" || norm_[c] == "SHOULD"))) {
        return true;
      }
    }
    return false;
  }

  // The code verb c would have on its own (its best pattern, else its default), "" when it
  // is not a dictionary verb.
  std::string ClauseCode(int c) const {
    const lexicon::Verb* verb = FindVerb(c);
    if (verb == nullptr) return {};
    bool ignored = false;
    PatternHit hit = BestPattern(*verb, c, SubjectHead(c, &ignored, 0));
    const VerbCode& code = hit.pattern != nullptr ? hit.pattern->code : verbs_.CodeOf(*verb);
    return code.active == VerbCode::kNull ? std::string() : code.active;
  }

  // True when v's lemma (or form) is one of the lexicon's intent governors ("plan").
  bool IsIntentGovernor(int v) const {
    return verbs_.HasMarks(lexicon::MarkKind::kIntent) &&
           (verbs_.IsMark(lexicon::MarkKind::kIntent, lemma_[v]) ||
            verbs_.IsMark(lexicon::MarkKind::kIntent, norm_[v]));
  }

  // An adjective predicate ("is prepared to lift the ban", "is committed to opening up the
  // economy") whose "to" clause the parser made an advcl: a copula on the adjective and a
  // "to" advcl after it with no subject or other subordinator of its own.
  bool AdjectiveToClause(int a) const {
    if (Child(a, Rel::kCop) < 0) return false;
    for (int c : kids_[a]) {
      if (rel_[c] != Rel::kAdvcl || c < a || !HasMarkTo(c)) continue;
      if (Child(c, Rel::kNsubj) >= 0 || Child(c, Rel::kNsubjPass) >= 0) return false;
      for (int k : kids_[c]) {
        if (rel_[k] == Rel::kMark && norm_[k] != "TO") return false;
      }
      return true;
    }
    return false;
  }

  bool HasMarkTo(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] == Rel::kMark && norm_[c] == "TO") return true;
    }
    return false;
  }

  // The parser often hangs the infinitive an appeal, intent, demand, refusal or threat
  // governs as a purpose clause ("threatened on Monday to break relations with X", "agreed in
  // principle on Saturday to provide aid": advcl, not xcomp). For a verb of those families
  // (its default code's root 02, 03, 10, 12 or 13) without an object, xcomp or ccomp, the
  // first "to" advcl after it with no subject or other subordinator of its own is the
  // complement, when it has events. -1 otherwise.
  int InfinitiveAdverbialComplement(int v, const lexicon::Verb& verb) {
    std::string own = verbs_.CodeOf(verb).active;
    if (own.empty()) {  // a block of patterns only ("030 prepared >*"): the matching one's
      PatternHit hit = BestPattern(verb, v, -1);
      if (hit.pattern != nullptr) own = hit.pattern->code.active;
    }
    std::string root = own.substr(0, std::min<size_t>(2, own.size()));
    if (root != "02" && root != "03" && root != "10" && root != "12" && root != "13") return -1;
    if (Child(v, Rel::kXcomp) >= 0 || Child(v, Rel::kCcomp) >= 0 || Child(v, Rel::kObj) >= 0) {
      return -1;
    }
    for (int c : kids_[v]) {
      if (rel_[c] != Rel::kAdvcl || c < v || !HasMarkTo(c)) continue;
      bool own_subject = Child(c, Rel::kNsubj) >= 0 || Child(c, Rel::kNsubjPass) >= 0;
      for (int k : kids_[c]) {
        own_subject = own_subject || (rel_[k] == Rel::kMark && norm_[k] != "TO");
      }
      if (own_subject) return -1;
      Code(c);
      return (!events_[c].empty() || LowerHasEvents(c)) ? c : -1;
    }
    return -1;
  }

  // Codes verb i (once), after its complements.
  void Code(int v) {
    if (done_[v]) return;
    done_[v] = 1;
    if (sp_->words[v].upos == "NOUN") {
      if (verbs_.has_nominal()) CodeNominal(v);
      return;
    }
    // Complements first: their events pass up.
    int lower = -1;  // the complement whose events stand for this verb's
    for (int c : kids_[v]) {
      // Nominal events in obliques first: their actors are theirs ("said during a meeting
      // with X": X is the meeting's target, not the statement's).
      if (rel_[c] == Rel::kObl && verbs_.has_nominal()) Code(c);
      if (rel_[c] == Rel::kXcomp || rel_[c] == Rel::kCcomp) {
        Code(c);
        for (int k : kids_[c]) {
          if (rel_[k] == Rel::kConj) Code(k);
        }
        if (lower < 0 && (!events_[c].empty() || LowerHasEvents(c))) lower = c;
      }
    }
    if (!IsCodedVerb(v)) return;
    // "rejected accusations that it had supplied drones to Russia": the clause of a hearsay
    // noun (marker words, `mark hearsay`) is what is alleged, not an act that happened.
    if (InHearsayClause(v)) return;
    // An infinitival clause modifying a noun ("the decision to attack", "efforts to stop")
    // describes no event that happened.
    if (rel_[v] == Rel::kAcl) {
      for (int c : kids_[v]) {
        if (rel_[c] == Rel::kMark && norm_[c] == "TO") return;
      }
    }
    const lexicon::Verb* verb = FindVerb(v);
    if (lower < 0 && verb != nullptr) lower = InfinitiveAdverbialComplement(v, *verb);
    // A governor that is not itself a coded verb can still say what kind of act its
    // complement is: "plans to meet", "is expected to sign" (intent, 030, when the
    // complement's subject is the governor's); "X said Y must release Z" (a demand, 100, of
    // the speaker on Y, whether or not the release has actors). `forced` is that code.
    std::string forced;
    bool uncoded = verb == nullptr || verbs_.CodeOf(*verb).empty();
    if (lower >= 0 && rel_[lower] == Rel::kXcomp && Child(v, Rel::kObj) < 0 &&
        IsIntentGovernor(v) && uncoded) {
      forced = "030";
    }
    // "failed to reach agreement": a cooperative act (roots 03-08) attempted and not achieved
    // is a rejection (120, or the reject sub-code ComposeChainCode gives); any other act that
    // failed did not happen, and the complement's events are dropped.
    if (forced.empty() && lower >= 0 && rel_[lower] == Rel::kXcomp && uncoded &&
        lemma_[v] == "FAIL" && !IsNegated(v)) {
      std::vector<VerbEvent> tried;
      CollectLower(lower, &tried);
      std::string tried_root = tried.empty() ? std::string() : tried[0].code.substr(0, 2);
      if (tried_root < "03" || tried_root > "08") {
        ClearLower(lower);
        return;
      }
      forced = "120";
    }
    // "Russia denied that its forces had shelled the hospital", "the army denied killing
    // civilians": a denied act is not reported as done; its events are dropped and only the
    // denial (016) is coded.
    // A finite verb the parser coordinated with the complement ("denies restricting aid and
    // blames the UN") is the denier's own act and keeps its events.
    if (lower >= 0 && !uncoded && verbs_.CodeOf(*verb).active.starts_with("016") && !IsNegated(v)) {
      events_[lower].clear();
      for (int k : kids_[lower]) {
        const std::string& x = sp_->words[k].xpos;
        if (rel_[k] == Rel::kConj && (x == "VBD" || x == "VBZ" || x == "VBP")) continue;
        if (rel_[k] == Rel::kXcomp || rel_[k] == Rel::kCcomp || rel_[k] == Rel::kConj) {
          ClearLower(k);
        }
      }
      lower = -1;
    }
    if (forced.empty() && (uncoded || verbs_.CodeOf(*verb).active.substr(0, 2) == "01")) {
      for (int c : kids_[v]) {
        if (rel_[c] == Rel::kCcomp && HasMarkAux(c, lexicon::MarkKind::kDemand)) {
          forced = "100";
          lower = c;
          break;
        }
        // "issued a reminder to Iraq that it must cooperate": the clause of the object.
        if (rel_[c] != Rel::kObj) continue;
        for (int k : kids_[c]) {
          if ((rel_[k] == Rel::kAcl || rel_[k] == Rel::kCcomp) &&
              HasMarkAux(k, lexicon::MarkKind::kDemand)) {
            Code(k);
            forced = "100";
            lower = k;
            break;
          }
        }
        if (!forced.empty()) break;
      }
    }
    if (verb == nullptr && forced.empty()) return;

    bool passive = IsPassive(v);
    bool subj_passive = false;
    int subj = SubjectHead(v, &subj_passive, 0);
    if (subj_passive) passive = true;
    if (passive && AdjectivalState(v)) passive = false;
    // A misparsed clause (RecoverMisparsedClause); an acl participle with an object is active
    // there even when tagged VBN ("Israeli troops shelled Palestinian positions").
    int recovered_obj = -1;
    if (!IsPassive(v) && (subj < 0 || rel_[v] == Rel::kAcl)) {
      int recovered_subj = -1;
      bool protest = verb != nullptr && verbs_.CodeOf(*verb).active.substr(0, 2) == "14";
      RecoverMisparsedClause(v, protest, lower, &recovered_subj, &recovered_obj);
      if (recovered_subj >= 0) {
        subj = recovered_subj;
        passive = false;
      }
    }
    if (!passive && GaplessRelative(v, subj)) subj = Head(v);
    PatternHit hit;
    if (verb != nullptr && forced.empty()) hit = BestPattern(*verb, v, subj, recovered_obj);
    const lexicon::VerbPattern* pattern = hit.pattern;
    VerbCode code = !forced.empty()      ? VerbCode{forced, "", false}
                    : pattern != nullptr ? pattern->code
                                         : verbs_.CodeOf(*verb);
    // An adjective is coded only through an entry written for it with its complement
    // (`030 ready >*`), never through a verb of the same spelling ("free to leave" is no
    // release).
    if (sp_->words[v].upos == "ADJ" && pattern == nullptr && forced.empty() &&
        SubjectBeforeAmod(v) < 0) {
      return;
    }
    // Verb chains. A reporting verb passes its complement's events up ("X said Y attacked Z":
    // Y -> Z). With a complement that says what is promised, asked, demanded, refused or
    // threatened (an xcomp "to VERB", or for appeals, demands, intentions and threats a
    // "that" clause stating no fact), a governor with a generic code takes the code of that
    // kind of act over the complement (ComposeChainCode: "threatened to impose sanctions"
    // 1312, "offered to mediate" 039, "demanded that Hamas renounce" stays 100) and the
    // complement's events, which have not happened, are dropped; a specific code of the
    // governor ("urged B to release" 0253 from its pattern) is kept. Other verbs pass the
    // complement up.
    std::string combined;
    std::vector<VerbEvent> lower_events;
    bool chain = false;
    int complement = -1;  // a complement with no event whose verb says what is promised, ...
    if (lower >= 0) {
      const std::string& own = code.active;
      if (own.empty() || own == VerbCode::kNull) return;
      std::string root = own.substr(0, 2);
      bool family = root == "02" || root == "03" || root == "05" || root == "10" || root == "12" ||
                    root == "13";
      if (!family) return;
      // A "that" clause is what is asked, promised or threatened only when it is not a
      // reported fact: a subjunctive ("demanded that Hamas renounce") or a modal ("promised
      // it would help"); "said that X signed" passes the signing up. With PETRARCH's
      // dictionaries (no marker words) every "that" clause passes up, as in PETRARCH.
      if (rel_[lower] == Rel::kCcomp && (root == "05" || root == "12" || !UnrealisedClause(lower) ||
                                         !verbs_.HasMarks(lexicon::MarkKind::kFuture))) {
        return;
      }
      CollectLower(lower, &lower_events);
      std::string lower_code = !lower_events.empty() ? lower_events[0].code
                               : forced == "100"     ? ClauseCode(lower)
                                                     : "";
      if (lower_code.empty() && forced != "100") return;
      chain = true;
      if (rel_[lower] == Rel::kXcomp) complement = lower;
      // "is expected to meet", "is prepared to lift": the passive subject of an intent is the
      // one who acts; of an appeal, demand or threat ("was pressured to step aside by X",
      // "was urged to resign") it is the one acted on.
      if ((rel_[lower] == Rel::kXcomp || rel_[lower] == Rel::kAdvcl) &&
          (root == "03" || root == "05")) {
        passive = false;
      }
      combined = ComposeChainCode(own, lower_code);
      bool generic = own.size() == 3 && own[2] == '0';
      if (combined.empty() && generic && root != "02" && root != "10" && root != "12" &&
          root != "13") {
        return;  // an intent to do what has no intent code: the complement stands
      }
      ClearLower(lower);
    } else if (code.active.size() == 3 && code.active[2] == '0') {
      // The complement has no event of its own (no actor for it: "threatened to stop the
      // talks"), but its verb still says what is threatened, promised or asked.
      for (int c : kids_[v]) {
        if (rel_[c] != Rel::kXcomp) continue;
        complement = c;
        std::string composed = ComposeChainCode(code.active, ClauseCode(c));
        if (!composed.empty()) {
          combined = composed;
          chain = true;
          complement = c;
          const std::string root = code.active.substr(0, 2);
          if (root == "03" || root == "05") passive = false;
        }
        break;
      }
    }
    if (code.active == VerbCode::kNull && code.passive.empty()) return;
    // "The United States suspended part of a military aid program for Bosnia, the newspaper
    // reported": a report whose words hold an event (one the parser hung inside them, so it was
    // not passed up) is that event's, not a statement about the words' subject.
    if (!chain && combined.empty() && code.active.starts_with("01") && IsReportingVerb(v)) {
      for (int c : kids_[v]) {
        if (rel_[c] == Rel::kCcomp && SubtreeHasEvents(c, 0)) return;
      }
    }
    if (code.empty()) return;
    // An announced action ("Finland will give Tanzania a grant", "they would boycott the
    // talks") is coded as the intent or threat to do it (FutureCode); so is a possible one
    // under a condition ("the EU may halt mediation if the parties do not cooperate").
    // Negated, it is the refusal (Emit maps the intent through the negation table: "will not
    // meet" 036 -> 125, "will not lift the curfew" 0351 -> 1241; a threat negated gives none).
    if (!chain && (HasMarkAux(v, lexicon::MarkKind::kFuture) || ConditionalPossibility(v))) {
      combined = FutureCode(code.active);
    }

    std::vector<ActorRef> sources, targets;
    std::set<int> used;
    bool pronoun_object = false;  // the object is "you", "him", "them", ...
    std::set<int> consumed;       // the pattern's content obliques (PatternHit::consumed)
    for (const auto& [head, prep] : hit.consumed) consumed.insert(head);
    used.insert(consumed.begin(), consumed.end());
    if (passive) {
      // Agent: obl:agent, else an oblique with BY / FROM / IN.
      int agent = Child(v, Rel::kOblAgent);
      if (agent < 0) {
        for (const char* prep : {"BY", "FROM", "IN"}) {
          for (int c : kids_[v]) {
            if (rel_[c] == Rel::kObl && !consumed.count(c) && CaseOf(c) == prep) {
              agent = c;
              break;
            }
          }
          if (agent >= 0) break;
        }
      }
      // The parser often hangs a passive's "by" phrase on its complement ("was pressured to
      // step aside by the Obama administration": "by" under "step"): an actor-naming "by"
      // phrase of an active xcomp or advcl without a subject of its own is the agent.
      if (agent < 0) agent = AgentOnComplement(v);
      if (agent < 0) agent = CommaAgent(v);
      if (agent >= 0) {
        sources = ActorsOf(agent);
        // An "in" phrase is a place or a circumstance: an actor of its own core phrase, of an
        // "of" phrase naming it or of a "by" phrase naming who acted ("arrested in Lebanon",
        // "in the Lebanese capital", "in the city of Kirkuk", "in a raid by Israeli forces")
        // stands for the agent, one nested otherwise does not ("killed in a car bomb
        // explosion in Beirut": the explosion's place).
        if (rel_[agent] != Rel::kOblAgent && CaseOf(agent) == "IN") {
          const int core_end = CoreEnd(agent);
          std::vector<std::pair<int, int>> nested;  // word ranges of the "of" / "by" phrases
          for (int k : kids_[agent]) {
            if (rel_[k] == Rel::kNmod && (CaseOf(k) == "OF" || CaseOf(k) == "BY")) {
              std::vector<int> words;
              CollectPhrase(k, &words, 0);
              nested.emplace_back(*std::min_element(words.begin(), words.end()),
                                  *std::max_element(words.begin(), words.end()));
            }
          }
          std::erase_if(sources, [&](const ActorRef& a) {
            if (a.begin <= core_end) return false;
            for (const auto& [b, e] : nested) {
              if (a.begin >= b && a.begin <= e) return false;
            }
            return true;
          });
        }
        used.insert(agent);
      }
      if (subj >= 0) targets = ActorsOf(subj);
      // A passive act of violence by a thing ("were killed by an improvised explosive device
      // outside of the Iraqi city of Basra", "in a car bomb explosion in Beirut"): the one
      // place of the clause stands for the unnamed perpetrators, as for "a roadside bombing
      // near Samarra killed ...".
      if (sources.empty() && agent >= 0 && IsViolence(code)) {
        ActorRef place;
        if (PlaceCountry(v, subj, &place)) sources.push_back(std::move(place));
      }
    } else {
      if (subj >= 0) {
        sources = ActorsOf(subj);
        // A recovered clause's subject is what comes before its verb: its object may hang
        // among the subject's conjuncts ("helicopters and tanks shelled positions of X").
        if (recovered_obj >= 0) {
          std::erase_if(sources, [&](const ActorRef& a) { return a.begin > v; });
        }
        // "A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike": a
        // subject naming no actor after a bare noun phrase set off by a comma, which the parser
        // made an oblique of the verb; that phrase is the subject's apposition.
        if (sources.empty() && !IsPronoun(subj)) {
          for (int c : kids_[v]) {
            if (c >= subj || rel_[c] != Rel::kObl || Child(c, Rel::kCase) >= 0) continue;
            bool comma = false;
            for (int k = c + 1; k < subj; ++k) comma = comma || norm_[k] == ",";
            if (!comma || ActorsOf(c).empty()) continue;
            sources = ActorsOf(c);
            used.insert(c);
            break;
          }
        }
      } else {
        // No subject: the nearest noun phrase before the verb (a misattached subject).
        for (int c : kids_[v]) {
          if (c < v && (rel_[c] == Rel::kObl || rel_[c] == Rel::kNmod)) {
            std::vector<ActorRef> a = ActorsOf(c);
            if (!a.empty()) {
              sources = a;
              used.insert(c);
            }
          }
        }
      }
      if (recovered_obj >= 0) {
        // The object's phrase without the misparsed verb, which hangs in it as a modifier
        // with its subject below it ("The US on Thursday rejected calls by X": "rejected" an
        // amod of "calls", "US" an oblique of "rejected").
        targets.clear();
        if (ActorRef t = ComputePhraseActor(recovered_obj, v); !t.code.empty()) {
          targets.push_back(std::move(t));
        }
        for (int c : kids_[recovered_obj]) {
          if (rel_[c] == Rel::kConj && IsNominal(c) && c > v) {
            const std::vector<ActorRef>& more = ActorsOf(c);
            targets.insert(targets.end(), more.begin(), more.end());
          }
        }
        if (targets.empty() || AgentsOnly(targets)) {
          for (int c : kids_[recovered_obj]) {
            if (c < v || (rel_[c] != Rel::kNmod && rel_[c] != Rel::kAppos) || IsBorder(c)) continue;
            std::vector<ActorRef> named = NamedActorsDeep(c, 1);
            if (!named.empty()) {
              targets = std::move(named);
              break;
            }
          }
        }
        used.insert(recovered_obj);
      }
      for (Rel r : {Rel::kObj, Rel::kIobj}) {
        if (!targets.empty()) break;
        for (int c : kids_[v]) {
          if (rel_[c] == r && c != subj) {
            targets = ActorsOf(c);
            used.insert(c);
            if (targets.empty() && IsPersonalObjectPronoun(c)) pronoun_object = true;
            if (!targets.empty()) break;
          }
        }
      }
      // "which supports you in your fight against the extremists": the one acted on is the
      // pronoun's, not an actor further in the clause.
      if (targets.empty() && !pronoun_object) {
        targets = FindTarget(v, subj, used, sources, Statement(code, combined));
      }
      // A measure the lexicon names as no actor ("lifted a state of emergency in X") is no
      // target: the search goes on inside it.
      if (NullOnly(targets)) targets.clear();
      // "lifted a curfew in Darfur State" said of the Sudanese government: the place's people.
      if (OnlySources(targets, sources)) {
        std::vector<ActorRef> domestic =
            DomesticTarget(v, subj, combined.empty() ? code.active : combined, sources);
        if (!domestic.empty()) targets = std::move(domestic);
      }
    }
    // A target that names only a kind of people or thing ("offered its troops to Lebanon",
    // "promised military aid to Mozambique", "will withdraw inspectors from Iraq") gives way to
    // a named actor further in the clause.
    // With no target at all, the object or oblique phrases themselves are searched the same way
    // ("reduced food supplies to the biggest Cambodian refugee camp", "shelled positions of the
    // Palestinian security forces"); clausal complements then keep their own actors.
    const bool no_target = targets.empty();
    if (!passive && !pronoun_object && (no_target || AgentsOnly(targets))) {
      for (int c : kids_[v]) {
        if (c == subj || c < v || !events_[c].empty() || IsBorder(c)) continue;
        Rel r = rel_[c];
        if (no_target && r != Rel::kObj && r != Rel::kObl && r != Rel::kIobj) continue;
        // A place does not replace a kind of people: "attacked a military checkpoint in
        // eastern Syria" keeps the checkpoint's soldiers (their country comes from the place,
        // FillCountryFromPlace), not Syria.
        if (!no_target && r == Rel::kObl && IsPlacePhrase(c)) continue;
        if (r != Rel::kObj && r != Rel::kObl && r != Rel::kIobj && r != Rel::kXcomp &&
            !(r == Rel::kAdvcl && HasMarkTo(c))) {
          continue;
        }
        if (r != Rel::kObj && r != Rel::kObl && r != Rel::kIobj && Statement(code, combined)) {
          continue;
        }
        std::vector<ActorRef> named =
            consumed.count(c) ? ActorsInsideContent(c, true) : NamedActorsDeep(c, 0);
        if (OnlySources(named, sources)) continue;  // a place in the source's own country
        // "arrested students protesting in Novi Sad": a place named deeper in the phrase does
        // not replace a kind of people either.
        // In a conflict that kind takes the place's country (FillCountryFromPlace).
        if (!no_target && Conflictual(code, combined) && AllPlaces(named)) continue;
        if (!named.empty()) {
          targets = std::move(named);
          break;
        }
      }
    }
    if (!passive && targets.empty()) {
      targets = DomesticTarget(v, subj, combined.empty() ? code.active : combined, sources);
    }
    // "Kenya will host a follow-up meeting in Nairobi": outside conflict (roots 01-09) a
    // capital named as the place of the sources' own state is where, not with whom.
    if (const std::string& acted = combined.empty() ? code.active : combined;
        !passive && acted.size() >= 3 && acted < "10") {
      std::erase_if(targets, [&](const ActorRef& a) {
        if (a.code.size() != 6 || a.code.compare(3, 3, "GOV") != 0 || a.actor != a.code ||
            a.begin < 1 || (norm_[a.begin - 1] != "IN" && norm_[a.begin - 1] != "AT")) {
          return false;
        }
        // Only for the state itself: the opposition in the capital faces its government.
        for (const ActorRef& s : sources) {
          bool state = s.code.size() == 3 || (HasUnit(s.code, "GOV") && !HasUnit(s.code, "OPP"));
          if (state && s.code.compare(0, 3, a.code, 0, 3) == 0) return true;
        }
        return false;
      });
    }
    // "Bush, Musharraf and Karzai held a three way meeting in New York", "Congo and Rwanda
    // signed a peace agreement in Washington": the place of a meeting or another cooperative
    // act (roots 03-06; a country, city or capital named after in / at) is where, not with
    // whom; the act is between its sources (a visit, 042 / 043, "arrived in Baghdad", keeps its
    // place; a protest in a country is against it, as CAMEO codes it). dyad's lexicon only:
    // PETRARCH's dictionaries code "arrived in X" 040 with X the target.
    // (Negated, the act is a refusal, root 12, and keeps its place: "would not meet demands to
    // release prisoners in Iraq".)
    if (const std::string acted = IsNegated(v) ? Negate(combined.empty() ? code.active : combined)
                                               : (combined.empty() ? code.active : combined);
        !passive && verbs_.HasMarks(lexicon::MarkKind::kFuture) && acted.size() >= 3 &&
        acted >= "03" && acted < "07" && !acted.starts_with("042") && !acted.starts_with("043")) {
      std::erase_if(targets, [&](const ActorRef& a) {
        bool place = a.code.size() == 3 ||
                     (a.code.size() == 6 && a.code.compare(3, 3, "GOV") == 0 && a.actor == a.code);
        return place && a.begin >= 1 && (norm_[a.begin - 1] == "IN" || norm_[a.begin - 1] == "AT");
      });
    }
    // A report's object is what is reported, not to whom: an actor named only deeper in it
    // ("the Pentagon announced the deployment of an aircraft carrier to the Caribbean") is the
    // reported act's, not the statement's target ("told Maliki", "warned India" keep theirs).
    if (Statement(code, combined) && IsReportingVerb(v) && lemma_[v] != "TELL" &&
        lemma_[v] != "WARN" && lemma_[v] != "ASK") {
      if (int o = Child(v, Rel::kObj); o >= 0 && o != subj) {
        std::vector<int> words;
        CollectPhrase(o, &words, 0);
        const int core_end = CoreEnd(o);
        std::erase_if(targets, [&](const ActorRef& a) {
          return a.begin > core_end &&
                 std::find(words.begin(), words.end(), a.begin) != words.end();
        });
      }
    }
    // A statement is not addressed to the speaker's own country ("the Thai navy reported the
    // interception of a boat off the Thai port": no THAMIL -> THA).
    if (Statement(code, combined)) {
      std::vector<ActorRef> kept = WithoutOwnCountry(targets, sources);
      std::erase_if(targets, [&](const ActorRef& a) {
        if (a.code.size() != 3) return false;
        for (const ActorRef& k : kept) {
          if (k.code == a.code) return false;
        }
        return true;
      });
    }
    // A threat, coercion or violence "in Baghdad" (roots 13, 17-20) acts on the country's
    // people, not on its government: a target that is a capital's own entry named right after
    // in / at / near / outside is its country ("Iraqi police arrested five men in Baghdad": IRQ;
    // "threatened to institute a curfew in Algiers": DZA; a visit "to Baghdad" keeps the
    // government).
    if (const std::string& acted = combined.empty() ? code.active : combined;
        !passive && acted.size() >= 3 &&
        (acted.starts_with("13") || (acted >= "17" && acted < "21"))) {
      for (ActorRef& a : targets) {
        if (a.code.size() != 6 || a.code.compare(3, 3, "GOV") != 0 || a.actor != a.code ||
            a.begin < 1) {
          continue;
        }
        const std::string& p = norm_[a.begin - 1];
        if (p == "IN" || p == "AT" || p == "NEAR" || p == "OUTSIDE") {
          a.code = a.actor = a.code.substr(0, 3);
        }
      }
    }
    // TABARI markers in the pattern say where the actors are.
    if (hit.target_anchor != -2 || hit.source_anchor != -2) {
      std::vector<ActorRef> subj_actors = subj >= 0 ? ActorsOf(subj) : std::vector<ActorRef>{};
      std::vector<ActorRef> new_src = sources, new_tgt = targets;
      if (hit.target_anchor == -1) new_tgt = subj_actors;
      if (hit.source_anchor == -1) new_src = subj_actors;
      if (hit.target_anchor >= 0) {
        int t = MarkerHead(hit.target_anchor, hit.target_skips, v);
        if (t >= 0) {
          std::vector<ActorRef> a = ActorsDeep(t, 0);
          if (!a.empty() && AgentsOnly(a)) {
            // "aid to refugees in Liberia": the named actor inside the marked phrase.
            std::vector<ActorRef> named = NamedActorsDeep(t, 0);
            if (!named.empty()) a = std::move(named);
          }
          // A marked phrase naming only a kind of people does not replace a named target.
          bool weaker = AgentsOnly(a) && !new_tgt.empty() && !AgentsOnly(new_tgt);
          if (!a.empty() && !weaker) new_tgt = a;
        }
      }
      if (hit.source_anchor >= 0) {
        int t = MarkerHead(hit.source_anchor, hit.source_skips, v);
        if (t >= 0) {
          std::vector<ActorRef> a = ActorsDeep(t, 0);
          if (!a.empty()) new_src = a;
        }
      }
      if (hit.target_anchor == -1 && hit.source_anchor < 0 && passive == false) {
        // "+ * ... $": the subject is the target; the source was named after the verb.
      }
      sources = new_src;
      targets = new_tgt;
    }

    if (!combined.empty()) {
      code = VerbCode();
      code.active = combined;
    }
    // CAMEO's 18 / 19 boundary: a killing (or unspecified violence) by a state's armed forces
    // is conventional military force, 190 ("Russian aircraft killed 46 civilians", "Serb forces
    // killed three Albanians"); by others it stays unconventional violence (1823). dyad's
    // lexicon only (PETRARCH's dictionaries code as PETRARCH does).
    if (!passive && !sources.empty() && verbs_.HasMarks(lexicon::MarkKind::kFuture) &&
        (code.active == "1823" || code.active == "180")) {
      bool military = true;
      for (const ActorRef& a : sources) military = military && HasUnit(a.code, "MIL");
      if (military) code.active = "190";
    }
    if ((targets.empty() || AgentsOnly(targets)) && code.active.substr(0, 2) == "13") {
      // A threat's target is who must act for it not to happen: "threatened to stop the talks
      // if the United States goes ahead", "unless Israel rescinds".
      std::vector<ActorRef> cond = ConditionSubject(v, 0);
      if (!cond.empty()) targets = std::move(cond);
    }
    if (targets.empty() && !lower_events.empty()) {
      // The complement's target ("promised to help B").
      for (const VerbEvent& e : lower_events) {
        if (e.target != "---") AddEventTarget(e, &targets);
      }
    }
    if (const std::string root = (combined.empty() ? code.active : combined).substr(0, 2);
        targets.empty() && complement >= 0 && !sources.empty() &&
        (root == "02" || root == "03" || root == "10" || root == "12" || root == "13")) {
      targets = SideStatementTargets(v, complement, sources);
    }
    FillCountryFromPlace(v, subj, code, &sources, &targets);
    Emit(v, code, hit.compound, sources, targets);
  }

  // True when clause verb u is finite: a tensed verb or one with a modal or tensed auxiliary
  // ("reports that it had sent troops"), not a participle modifying the noun ("reports
  // questioning his service" are the reports' own act).
  bool FiniteClause(int u) const {
    auto tensed = [](const std::string& x) {
      return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
    };
    if (tensed(sp_->words[u].xpos)) return true;
    for (int k : kids_[u]) {
      if ((rel_[k] == Rel::kAux || rel_[k] == Rel::kAuxPass) && tensed(sp_->words[k].xpos)) {
        return true;
      }
    }
    return false;
  }

  // True when noun h is the object of a denial (016) or rejection (12x): "rejected accusations
  // that ...", "dismissed reports that ...". Confirmed or merely reported claims stay facts.
  bool DisputedBy(int h) const {
    const int g = Head(h);
    if (g < 0 || rel_[h] != Rel::kObj) return false;
    const lexicon::Verb* verb = FindVerb(g);
    if (verb == nullptr) return false;
    const std::string& c = verbs_.CodeOf(*verb).active;
    return c.starts_with("016") || c.starts_with("12");
  }

  // True when verb v is in the content clause of a hearsay noun ("accusations that ...",
  // "reports that ...") that a denial or rejection disputes, directly or through conj /
  // xcomp / ccomp / advcl verbs.
  bool InHearsayClause(int v) const {
    if (!verbs_.HasMarks(lexicon::MarkKind::kHearsay)) return false;
    for (int u = v, steps = 0; u >= 0 && steps < 20; ++steps) {
      const int h = Head(u);
      if (h < 0) return false;
      // A clause with a subordinator ("reports that it had sent troops") is a content clause
      // even where the parser labelled it a relative clause (whose "that" is a pronoun).
      const bool content = rel_[u] == Rel::kAcl || rel_[u] == Rel::kCcomp ||
                           (rel_[u] == Rel::kRelcl && Child(u, Rel::kMark) >= 0);
      if (content && sp_->words[h].upos == "NOUN") {
        return verbs_.IsMark(lexicon::MarkKind::kHearsay, lemma_[h]) && FiniteClause(u) &&
               DisputedBy(h);
      }
      if (rel_[u] != Rel::kConj && rel_[u] != Rel::kXcomp && rel_[u] != Rel::kCcomp &&
          rel_[u] != Rel::kAdvcl) {
        return false;
      }
      u = h;
    }
    return false;
  }

  // Adds the target of a lower event to *out unless a target with its code is there already.
  static void AddEventTarget(const VerbEvent& e, std::vector<ActorRef>* out) {
    for (const ActorRef& t : *out) {
      if (t.code == e.target) return;
    }
    ActorRef t;
    t.code = t.actor = e.target;
    t.begin = e.tgt_begin;
    t.end = e.tgt_end;
    out->push_back(std::move(t));
  }

  // "Lavrov promised to help, as he noted that the Russians and Iraqis have a history of
  // partnership", "Russia offered to mediate, saying Syria and Turkey must talk": a promise,
  // appeal, demand or threat whose complement names no one takes the targets of the
  // statement (root 01) its source makes alongside it, in an adverbial clause of the
  // complement or of the verb; that statement is then part of the promise (its events are
  // dropped). Empty when there is none or it is someone else's.
  std::vector<ActorRef> SideStatementTargets(int v, int complement,
                                             const std::vector<ActorRef>& sources) {
    for (int head : {complement, v}) {
      for (int c : kids_[head]) {
        if (rel_[c] != Rel::kAdvcl) continue;
        Code(c);
        std::vector<VerbEvent> side;
        CollectLower(c, &side);
        if (side.empty()) continue;
        std::vector<ActorRef> out;
        for (const VerbEvent& e : side) {
          bool own = e.code.starts_with("01") && e.target != "---";
          bool same_source = false;
          for (const ActorRef& a : sources) same_source = same_source || a.code == e.source;
          if (!own || !same_source) return {};
          AddEventTarget(e, &out);
        }
        ClearLower(c);
        return out;
      }
    }
    return {};
  }

  // True when the code acted on (the chain's, else the verb's) is conflictual (roots 10-20).
  static bool Conflictual(const VerbCode& code, const std::string& combined) {
    const std::string& c = combined.empty() ? code.active : combined;
    return c.size() >= 3 && c >= "10" && c < "21";
  }

  // True when the code acted on (the chain's, else the verb's) is a statement (root 01).
  static bool Statement(const VerbCode& code, const std::string& combined) {
    return (combined.empty() ? code.active : combined).starts_with("01");
  }

  // True when every actor of `t` (non-empty) is a place: a country or a capital's own entry
  // right after in / at / near / outside / throughout / across.
  bool AllPlaces(const std::vector<ActorRef>& t) const {
    if (t.empty()) return false;
    for (const ActorRef& a : t) {
      bool capital = a.code.size() == 6 && a.code.compare(3, 3, "GOV") == 0 && a.actor == a.code;
      if ((a.code.size() != 3 && !capital) || a.begin < 1) return false;
      const std::string& p = norm_[a.begin - 1];
      if (p != "IN" && p != "AT" && p != "NEAR" && p != "OUTSIDE" && p != "THROUGHOUT" &&
          p != "ACROSS") {
        return false;
      }
    }
    return true;
  }

  // True when phrase w is marked as a place: in / at / near / outside / throughout / across.
  bool IsPlacePhrase(int w) const {
    for (int k : kids_[w]) {
      if (rel_[k] != Rel::kCase) continue;
      const std::string& p = norm_[k];
      if (p == "IN" || p == "AT" || p == "NEAR" || p == "OUTSIDE" || p == "THROUGHOUT" ||
          p == "ACROSS") {
        return true;
      }
    }
    return false;
  }

  // True for the codes of physical violence (roots 18-20), in either voice.
  static bool IsViolence(const VerbCode& code) {
    const std::string& c =
        code.active.empty() || code.active == VerbCode::kNull ? code.passive : code.active;
    return c.size() >= 3 && c >= "18" && c < "21";
  }

  // "has been accused of misusing funds, much of it believed to have been embezzled, by Haitian
  // officials": a "by" phrase naming an actor, set off by a comma after an aside (a second comma
  // between v and it), that the parser hung on a verb nested in v's clause, is v's agent. -1 if
  // none.
  int CommaAgent(int v) const {
    std::vector<int> words;
    CollectClause(v, &words, 0);
    std::sort(words.begin(), words.end());
    for (int w : words) {
      if (w <= v || Head(w) == v) continue;  // v's own obliques were looked at
      if (rel_[w] != Rel::kObl && rel_[w] != Rel::kOblAgent) continue;
      const int by = Child(w, Rel::kCase);
      if (by <= v + 1 || norm_[by] != "BY" || norm_[by - 1] != ",") continue;
      bool aside = false;
      for (int k = v + 1; k < by - 1; ++k) aside = aside || norm_[k] == ",";
      if (!aside || ActorsOf(w).empty() || AgentsOnly(ActorsOf(w))) continue;
      return w;
    }
    return -1;
  }

  // The "by" phrase naming an actor on an active xcomp or advcl of passive verb v that has no
  // subject of its own (PassiveAgent's second chance), or -1.
  int AgentOnComplement(int v) const {
    for (int c : kids_[v]) {
      if (rel_[c] != Rel::kXcomp && rel_[c] != Rel::kAdvcl) continue;
      if (IsPassive(c) || Child(c, Rel::kNsubj) >= 0) continue;
      for (int k : kids_[c]) {
        if ((rel_[k] == Rel::kObl || rel_[k] == Rel::kOblAgent) && k > v && CaseOf(k) == "BY" &&
            !ActorsOf(k).empty()) {
          return k;
        }
      }
    }
    return -1;
  }

  // The country of the one place clause v (with its subject phrase) names with in / at /
  // near / outside / throughout / across: a bare country code, or a capital's government code
  // (a capital named as a place is the country: "in eastern Beirut" LBNGOV -> LBN); false
  // when there is none or there are two. *out is that place's actor with the country code.
  bool PlaceCountry(int v, int subj, ActorRef* out) const {
    std::vector<int> words;
    CollectClause(v, &words, 0);
    if (subj >= 0) CollectPhrase(subj, &words, 0);
    // "A suicide bomber blew himself up at a mosque in Peshawar, killing 100 people": a
    // participle clause (an advcl without subordinator or subject) happens where its governing
    // clause does.
    if (const int h = Head(v); h >= 0 && rel_[v] == Rel::kAdvcl && Child(v, Rel::kMark) < 0 &&
                               Child(v, Rel::kNsubj) < 0 && sp_->words[v].xpos == "VBG") {
      for (int c : kids_[h]) {
        if (c != v && (rel_[c] == Rel::kObl || rel_[c] == Rel::kObj)) CollectPhrase(c, &words, 0);
      }
    }
    bool found = false;
    for (int w : words) {
      if (!IsPlacePhrase(w)) continue;
      // "near the border with Somalia", "along the Somali frontier": the place is beside that
      // country, most often in its neighbour.
      if (IsBorder(w)) continue;
      for (const ActorRef& a : ActorsOf(w)) {
        if (a.actor.empty() || a.code.compare(0, 3, "---") == 0) continue;
        // A capital's own entry (not "the Russian government": actor RUS, agent GOV).
        bool capital = a.code.size() == 6 && a.code.compare(3, 3, "GOV") == 0 && a.actor == a.code;
        if (a.code.size() != 3 && !capital) continue;
        const std::string country = a.code.substr(0, 3);
        if (found && out->code != country) return false;  // two places: no guess
        if (!found) {
          *out = a;
          out->code = out->actor = country;
        }
        found = true;
      }
    }
    return found;
  }

  // With no place named, a country's police act at home: "Egyptian police opened fire to
  // disperse Moslem fundamentalist demonstrators" gives the demonstrators (civilians,
  // protesters, opposition, workers, students, criminals, media, religious groups with no
  // country) the police's country. Soldiers, rebels, officials, refugees and ethnic groups are
  // left alone (they may be foreign).
  static void PoliceCountry(const std::vector<ActorRef>& sources, std::vector<ActorRef>* targets) {
    std::string country;
    for (const ActorRef& s : sources) {
      bool police = false;
      for (size_t i = 3; i + 3 <= s.code.size(); i += 3) {
        police = police || s.code.compare(i, 3, "COP") == 0;
      }
      if (!police || s.actor.size() != 3 || s.code.compare(0, 3, s.actor) != 0) return;
      if (!country.empty() && country != s.actor) return;
      country = s.actor;
    }
    if (country.empty()) return;
    static const std::unordered_set<std::string> kDomestic = {"CVL", "RAD", "OPP", "LAB", "EDU",
                                                              "CRM", "MED", "BUS", "MOS"};
    GiveCountry(country, kDomestic, targets);
  }

  // Actors with no country ("---" then roles) whose roles are all in `roles` take `country`.
  static void GiveCountry(const std::string& country, const std::unordered_set<std::string>& roles,
                          std::vector<ActorRef>* actors) {
    for (ActorRef& a : *actors) {
      if (a.code.size() < 6 || a.code.compare(0, 3, "---") != 0) continue;
      bool all_in = true;
      for (size_t i = 3; i < a.code.size(); i += 3) {
        all_in = all_in && i + 3 <= a.code.size() && roles.count(a.code.substr(i, 3)) > 0;
      }
      if (all_in) a.code = country + a.code.substr(3);
    }
  }

  // With no place named, people with no country who demand from, criticize or protest against
  // one country's government (roots 10, 11, 14) are its citizens: "Islamic fundamentalists
  // continued their hunger strike to demand the resignation of the Algerian President" gives
  // DZARAD. Only civilians, protesters, opposition, workers, students and religious groups
  // (refugees, soldiers, rebels and officials may be foreign).
  static void ProtestersCountry(const std::string& code, const std::vector<ActorRef>& targets,
                                std::vector<ActorRef>* sources) {
    const std::string root = code.substr(0, 2);
    if (root != "10" && root != "11" && root != "14") return;
    std::string country;
    for (const ActorRef& t : targets) {
      bool gov = false;
      for (size_t i = 3; i + 3 <= t.code.size(); i += 3) {
        gov = gov || t.code.compare(i, 3, "GOV") == 0;
      }
      if (!gov || t.code.compare(0, 3, "---") == 0) return;
      if (!country.empty() && country != t.code.substr(0, 3)) return;
      country = t.code.substr(0, 3);
    }
    if (country.empty()) return;
    static const std::unordered_set<std::string> kCitizens = {"CVL", "RAD", "OPP", "LAB",
                                                              "EDU", "MOS", "CHR"};
    GiveCountry(country, kCitizens, sources);
  }

  // In a conflictual event (roots 10-20), an actor with no country ("---CVL" prisoners,
  // "---alb" ethnic Albanians) takes the country of the one place the clause names ("rioted at
  // a jail in Dili", "killed three Albanians in a gunbattle in southern Serbia", "students
  // throughout Indonesia"): a phrase with in / at / near / throughout / across whose actor is a
  // bare country code. Two different countries, or none, leave it alone. Cooperative events are
  // left alone (talks are often held at a neutral venue).
  void FillCountryFromPlace(int v, int subj, const VerbCode& code, std::vector<ActorRef>* sources,
                            std::vector<ActorRef>* targets) const {
    const std::string& c = code.active.empty() ? code.passive : code.active;
    if (c.size() < 3 || c < "10" || c >= "21") return;
    bool unknown = false;
    for (const auto* list : {sources, targets}) {
      for (const ActorRef& a : *list) unknown = unknown || a.code.compare(0, 3, "---") == 0;
    }
    if (!unknown) return;
    ActorRef place;
    if (!PlaceCountry(v, subj, &place)) {
      PoliceCountry(*sources, targets);
      ProtestersCountry(c, *targets, sources);
      // "Rebels attacked a police post ..., Kenyan police said": police or soldiers with no
      // country acted on by others with none, in the report of a state's own police, army or
      // government, are that state's ("Afghan officials say the Americans have moved Special
      // Forces": the Americans' own).
      bool stateless = true;
      for (const ActorRef& a : *sources) stateless = stateless && a.code.starts_with("---");
      if (stateless && !OwnSpeaker().empty() && own_speaker_state_) {
        static const std::unordered_set<std::string> kForces = {"COP", "MIL"};
        GiveCountry(own_speaker_, kForces, targets);
      }
      return;
    }
    const std::string country = place.code;
    // Not when the actor would become the other side ("Nigerian authorities jailed members"
    // of an unnamed group in Lagos stays NGAGOV -> ---GOV, not a self-event).
    auto fill = [&](std::vector<ActorRef>* list, const std::vector<ActorRef>& other) {
      for (ActorRef& a : *list) {
        if (a.code.compare(0, 3, "---") != 0) continue;
        std::string filled = country + a.code.substr(3);
        bool same = false;
        for (const ActorRef& o : other) same = same || o.code == filled;
        if (!same) a.code = std::move(filled);
      }
    };
    fill(sources, *targets);
    fill(targets, *sources);
  }

  // The events of trigger v with `code` between `sources` and `targets` (step 4 of coder.h),
  // negated when v is.
  void Emit(int v, const VerbCode& code, bool compound, const std::vector<ActorRef>& sources,
            const std::vector<ActorRef>& targets) {
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
      // With dyad's lexicon a one-actor event still counts inside the sentence (a complement's
      // monad makes its governor a chain, not a statement about the complement's subject, as
      // `dyad code` does); require_dyad then drops it from the output only. With PETRARCH's
      // dictionaries it is dropped here, as PETRARCH does.
      if ((s == nullptr || t == nullptr) && opt_.require_dyad &&
          !verbs_.HasMarks(lexicon::MarkKind::kFuture)) {
        return;
      }
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
      // A truce agreed by two sides is between them ("Bosnia and Slovenia agreed to a
      // ceasefire"): 0871 too.
      bool coop = root == "03" || root == "04" || root == "05" || root == "06" || forward == "0871";
      if (coop || compound) {
        // With dyad's lexicon: not among more than four (a list, "jurisdictions approved to
        // trade: Finland, Germany, Norway, Sweden, Switzerland", is no joint act), and not
        // between an actor and its own part ("Bush and his administration": USAELI, USAELIGOV).
        const bool dyad = verbs_.HasMarks(lexicon::MarkKind::kFuture);
        if (dyad && sources.size() > 4) return;
        for (const ActorRef& a : sources) {
          for (const ActorRef& b : sources) {
            if (&a == &b) continue;
            if (dyad && (a.code.starts_with(b.code) || b.code.starts_with(a.code))) continue;
            emit(&a, &b, forward.empty() ? reverse : forward);
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

  // A nominal event ("during a meeting with Maliki", "the talks between A and B", "Russia's
  // condemnation of X"): a noun trigger of the lexicon (`noun:` entries) with its source in
  // its possessor, a "by" or "between" phrase, else the subject of the verb it hangs from (as
  // an oblique: "Lavrov said during a meeting with X"), and its target in a "with", "to",
  // "against", "on" or "of" phrase. A noun that is the object of a dictionary verb ("held
  // talks", "rejected the talks") or an oblique of an appeal, intent, demand, refusal or
  // threat ("agreed to talks", "called for talks") is that verb's to code.
  void CodeNominal(int n) {
    const lexicon::Verb* verb = FindVerb(n);
    if (verb == nullptr) return;
    int head = Head(n);
    if (head >= 0 && rel_[n] != Rel::kConj && rel_[n] != Rel::kAppos) {
      bool head_verb = FindVerb(head) != nullptr && IsCodedVerb(head);
      if (head_verb && (rel_[n] == Rel::kObj || rel_[n] == Rel::kNsubjPass)) return;
      if (head_verb && (rel_[n] == Rel::kObl || rel_[n] == Rel::kNmod)) {
        std::string hc = ClauseCode(head);
        std::string root = hc.substr(0, std::min<size_t>(2, hc.size()));
        if (root == "02" || root == "03" || root == "10" || root == "12" || root == "13") return;
      }
    }
    std::vector<ActorRef> sources, targets;
    int target_word = -1;
    for (int c : kids_[n]) {
      Rel r = rel_[c];
      if (r == Rel::kNmodPoss && sources.empty()) {
        sources = ActorsOf(c);
        continue;
      }
      if (r != Rel::kNmod && r != Rel::kObl) continue;
      std::string prep = CaseOf(c);
      if ((prep == "BY" || prep == "BETWEEN" || prep == "AMONG") && sources.empty()) {
        sources = ActorsOf(c);
      } else if ((prep == "WITH" || prep == "TO" || prep == "AGAINST" || prep == "ON" ||
                  prep == "OF") &&
                 target_word < 0) {
        target_word = c;
      }
    }
    PatternHit hit = BestPattern(*verb, n, -1);
    VerbCode code = hit.pattern != nullptr ? hit.pattern->code : verbs_.CodeOf(*verb);
    if (code.empty() || (code.active == VerbCode::kNull && code.passive.empty())) return;
    // "Palestinian riots against Israeli policies", "Israeli raids on Gaza": a hostile act
    // (roots 11-20) with an "against" / "on" target and no other source is done by the noun's
    // own adjective naming a country or group (an agent word alone, "military raids", is not;
    // "Russian talks on Syria" is cooperative: "on" is the topic there).
    const std::string root = code.active.substr(0, std::min<size_t>(2, code.active.size()));
    const bool hostile = root >= "11" && root <= "20";
    if (sources.empty() && target_word >= 0 && hostile &&
        (CaseOf(target_word) == "AGAINST" || CaseOf(target_word) == "ON")) {
      for (int c : kids_[n]) {
        if (rel_[c] != Rel::kAmod || c > n || sp_->words[c].upos != "ADJ") continue;
        std::vector<ActorRef> a = ActorsOf(c);
        if (!a.empty() && !AgentsOnly(a)) {
          sources = std::move(a);
          break;
        }
      }
    }
    // The subject of the verb the noun hangs from acts in a cooperative nominal event ("Lavrov
    // said during a meeting with Maliki") but not in a hostile one ("after the attack on the
    // embassy, the US withdrew its staff": the US did not attack), nor is the "of" phrase of a
    // hostile noun its actor ("the bombing of Gaza").
    if (sources.empty() && !hostile && head >= 0 &&
        (rel_[n] == Rel::kObl || rel_[n] == Rel::kNmod) && IsVerbalPos(sp_->words[head])) {
      bool ignored = false;
      int hs = SubjectHead(head, &ignored, 0);
      if (hs >= 0) sources = ActorsOf(hs);
    }
    // "the visit of Putin": with no other source, an "of" phrase is the actor.
    if (sources.empty() && !hostile && target_word >= 0 && CaseOf(target_word) == "OF") {
      sources = ActorsOf(target_word);
      const int of_word = target_word;
      target_word = -1;
      for (int c : kids_[n]) {
        if (c == of_word || (rel_[c] != Rel::kNmod && rel_[c] != Rel::kObl)) continue;
        std::string prep = CaseOf(c);
        if (prep == "WITH" || prep == "TO" || prep == "AGAINST" || prep == "ON") {
          target_word = c;
          break;
        }
      }
    }
    if (target_word >= 0) targets = ActorsOf(target_word);
    if (sources.empty()) return;
    Emit(n, code, hit.compound, sources, targets);
  }

  // True when a word of c's subtree (c included) has events.
  bool SubtreeHasEvents(int c, int depth) const {
    if (!events_[c].empty()) return true;
    if (depth > 40) return false;
    for (int k : kids_[c]) {
      if (SubtreeHasEvents(k, depth + 1)) return true;
    }
    return false;
  }

  // Events of a complement clause and of the clauses under it.
  void CollectLower(int c, std::vector<VerbEvent>* out, int depth = 0) const {
    out->insert(out->end(), events_[c].begin(), events_[c].end());
    if (depth > 20) return;
    for (int k : kids_[c]) {
      Rel r = rel_[k];
      if (r == Rel::kXcomp || r == Rel::kCcomp || r == Rel::kConj) CollectLower(k, out, depth + 1);
    }
  }

  void ClearLower(int c, int depth = 0) {
    events_[c].clear();
    if (depth > 20) return;
    for (int k : kids_[c]) {
      Rel r = rel_[k];
      if (r == Rel::kXcomp || r == Rel::kCcomp || r == Rel::kConj) ClearLower(k, depth + 1);
    }
  }

  bool LowerHasEvents(int c, int depth = 0) const {
    if (depth > 20) return false;
    for (int k : kids_[c]) {
      if ((rel_[k] == Rel::kXcomp || rel_[k] == Rel::kCcomp || rel_[k] == Rel::kConj) &&
          (!events_[k].empty() || LowerHasEvents(k, depth + 1))) {
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
  const std::unordered_set<std::string>& agent_first_;  // first words of agent phrases
  const Sentence* sp_ = nullptr;
  int32_t date_ = 0;
  std::string prior_speaker_;               // the country of the speaker of a quote continued here
  mutable std::string own_speaker_;         // the country of this sentence's own speaker
  mutable bool own_speaker_state_ = false;  // ... a state organ of it (police, army, government)
  mutable bool speaker_found_ = false;      // own_speaker_ has been looked for
  std::string speaker_;                     // the one in effect: own, else prior
  int n_ = 0;
  std::vector<std::string> norm_, lemma_;
  std::vector<WordId> form_id_, lemma_id_;
  std::vector<Rel> rel_;
  std::vector<int> head_;  // the parse's heads (-1: root), after JoinHyphenatedNames
  std::vector<std::vector<int>> kids_;
  std::vector<char> done_, passed_up_;
  std::vector<std::vector<VerbEvent>> events_;
  // Per-sentence memo of dictionary matches starting at each word.
  mutable std::vector<char> actor_done_, agent_done_, phrase_done_, actors_done_;
  mutable int possessor_depth_ = 0;  // PossessorActor's recursion guard
  mutable std::vector<ActorRef> phrase_;
  mutable std::vector<std::vector<ActorRef>> actors_;
  mutable std::vector<std::optional<lexicon::ActorMatch>> actor_at_;
  mutable std::vector<std::optional<lexicon::AgentMatch>> agent_at_;
};

// Tree repairs (step 3c of coder.h): narrow corrections of tagger and parser errors that the
// coder's rules cannot see through, made on a copy of the sentence before coding. Each needs a
// word shape that has no other reading in a grammatical sentence.
namespace repair {

bool IsDictionaryVerb(const VerbDictionary& verbs, const std::string& form) {
  WordId id = verbs.LookupWord(lexicon::NormalizeWord(form));
  if (id == lexicon::kNoWord) return false;
  const std::vector<uint32_t>* cands = verbs.VerbsForWord(id);
  if (cands == nullptr) return false;
  for (uint32_t vi : *cands) {
    if (!verbs.verbs()[vi].nominal) return true;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "proposed" in "proposed Israeli changes": a participle modifying a noun.
bool IsParticipleModifier(const Word& w) { return w.xpos == "VBN" && w.deprel == "amod"; }

// The reporting verbs whose clause may follow a misparsed quote ("..., Erakat said").
bool IsReportingLemma(const std::string& lemma) {
  return lemma == "say" || lemma == "tell" || lemma == "add" || lemma == "report" ||
         lemma == "announce" || lemma == "declare" || lemma == "state";
}

// A word that can be part of a simple noun phrase: "the", "new", "Iraqi", "government", "two",
// "its".
bool NounPhraseWord(const Word& w) {
  return w.upos == "DET" || w.upos == "ADJ" || w.upos == "NOUN" || w.upos == "PROPN" ||
         w.upos == "NUM" || (w.upos == "PRON" && w.xpos == "PRP$") || IsParticipleModifier(w);
}

bool NounPos(const Word& w) { return w.upos == "NOUN" || w.upos == "PROPN"; }

// The relation of a noun phrase word to the phrase's head.
const char* InPhraseRel(const Word& w) {
  if (w.upos == "DET") return "det";
  if (w.upos == "ADJ" || IsParticipleModifier(w)) return "amod";
  if (w.upos == "NUM") return "nummod";
  if (w.upos == "PRON") return "nmod:poss";
  return "compound";
}

// Words [b, e) become the noun phrase headed by e - 1, which hangs on `head` with `rel`.
void MakePhrase(std::vector<Word>* w, int b, int e, int head, const char* rel) {
  for (int i = b; i + 1 < e; ++i) {
    (*w)[i].head = e - 1;
    (*w)[i].deprel = InPhraseRel((*w)[i]);
  }
  (*w)[e - 1].head = head;
  (*w)[e - 1].deprel = rel;
}

// The end of the object phrase starting at `b`: one past its last noun (-1 when none).
int ObjectEnd(const std::vector<Word>& w, int b) {
  int last_noun = -1;
  for (int i = b; i < static_cast<int>(w.size()) && NounPhraseWord(w[i]); ++i) {
    if (NounPos(w[i])) last_noun = i;
  }
  return last_noun < 0 ? -1 : last_noun + 1;
}

// "Protesters demanded that the government end curbs on the press" with "end" tagged NOUN
// (a compound of "curbs"): a bare dictionary verb after "that" and a noun phrase, before
// another, is the subjunctive verb of the "that" clause.
bool SubjunctiveNoun(const VerbDictionary& verbs, std::vector<Word>* words) {
  std::vector<Word>& w = *words;
  const int n = static_cast<int>(w.size());
  for (int t = 1; t < n; ++t) {
    if (Lower(w[t].form) != "that") continue;
    int g = -1;  // the governing verb: the nearest verb before "that"
    for (int k = t - 1; k >= 0 && g < 0; --k) {
      if (w[k].upos == "VERB") g = k;
    }
    if (g < 0) continue;
    for (int x = t + 2; x < n - 1 && x <= t + 6; ++x) {
      if (!NounPhraseWord(w[x - 1])) break;
      if (w[x].upos != "NOUN" || w[x].xpos != "NN" || Lower(w[x].form) != Lower(w[x].lemma) ||
          !NounPos(w[x - 1]) || !IsDictionaryVerb(verbs, w[x].form)) {
        continue;
      }
      int oe = ObjectEnd(w, x + 1);
      if (oe < 0) return false;
      std::vector<Word> copy = w;
      copy[x].upos = "VERB";
      copy[x].xpos = "VB";
      copy[x].head = g;
      copy[x].deprel = "ccomp";
      copy[t].upos = "SCONJ";
      copy[t].head = x;
      copy[t].deprel = "mark";
      MakePhrase(&copy, t + 1, x, x, "nsubj");
      MakePhrase(&copy, x + 1, oe, x, "obj");
      if (!IsTree(copy)) return false;
      w = std::move(copy);
      return true;
    }
  }
  return false;
}

// "The rebels reject talks with the government" tagged and parsed as one noun phrase: in a
// sentence without a verb, a present dictionary verb tagged NOUN between a plural or proper
// noun phrase and another is the predicate.
//
// So is one that starts a sentence whose only other verb is the reporting verb at its end
// ("The Palestinians reject proposed Israeli changes to the deal, Erakat said"): the verb's
// clause is what is reported.
bool VerblessPresent(const VerbDictionary& verbs, std::vector<Word>* words) {
  std::vector<Word> w = *words;
  const int n = static_cast<int>(w.size());
  // "reject proposed changes" read as "reject [noun] proposed [verb] changes": a past form
  // whose subject is a bare dictionary verb tagged NOUN right before it, with a noun phrase
  // after it, is a participle of that phrase.
  for (int x = 1; x + 2 < n; ++x) {
    Word& p = w[x + 1];
    if (w[x].upos == "NOUN" && w[x].head == x + 1 && w[x].deprel.starts_with("nsubj") &&
        (p.xpos == "VBD" || p.xpos == "VBN") && Lower(p.form).ends_with("ed") &&
        NounPhraseWord(w[x + 2]) && Lower(w[x].form) == Lower(w[x].lemma) &&
        IsDictionaryVerb(verbs, w[x].form)) {
      p.xpos = "VBN";
      p.deprel = "amod";
    }
  }
  int reporting = -1;  // the reporting verb, the sentence's root
  for (int i = 0; i < n; ++i) {
    const Word& x = w[i];
    if (!(x.upos == "VERB" || x.upos == "AUX" || IsVerbalPos(x)) || IsParticipleModifier(x)) {
      continue;
    }
    if (reporting >= 0 || x.head >= 0 || x.upos != "VERB" || !IsReportingLemma(Lower(x.lemma))) {
      return false;
    }
    reporting = i;
  }
  for (int x = 1; x + 1 < n; ++x) {
    if (reporting >= 0 && x > reporting) break;
    const std::string form = Lower(w[x].form), lemma = Lower(w[x].lemma);
    const bool bare = form == lemma;
    const bool third = form == lemma + "s" || form == lemma + "es";
    if (w[x].upos != "NOUN" || !(bare || third) || !NounPos(w[x - 1]) ||
        !NounPhraseWord(w[x + 1]) || !IsDictionaryVerb(verbs, w[x].lemma)) {
      continue;
    }
    // "rebels reject", "Hamas rejects": the verb agrees with its subject.
    const std::string& sx = w[x - 1].xpos;
    if (bare && sx != "NNS" && sx != "NNPS") continue;
    if (third && sx != "NN" && sx != "NNP") continue;
    int sb = x - 1;
    while (sb > 0 && NounPhraseWord(w[sb - 1])) --sb;
    if (reporting >= 0) {
      // The reported clause starts the sentence (after an opening quote) and ends before a
      // comma ahead of the speaker.
      for (int i = 0; i < sb; ++i) {
        if (w[i].upos != "PUNCT") return false;
      }
      bool comma = false;
      for (int i = x + 1; i < reporting; ++i) comma = comma || w[i].form == ",";
      if (!comma) return false;
    }
    int oe = ObjectEnd(w, x + 1);
    if (oe < 0) return false;
    std::vector<Word> copy = w;
    copy[x].upos = "VERB";
    copy[x].xpos = bare ? "VBP" : "VBZ";
    copy[x].head = reporting;
    copy[x].deprel = reporting >= 0 ? "ccomp" : "root";
    MakePhrase(&copy, sb, x, x, "nsubj");
    MakePhrase(&copy, x + 1, oe, x, "obj");
    // The old root, and anything else hung outside the tree, now hangs on the verb.
    for (int i = 0; i < n; ++i) {
      if (i != x && i != reporting && copy[i].head < 0) {
        copy[i].head = x;
        if (copy[i].deprel == "root") copy[i].deprel = "dep";
      }
    }
    if (!IsTree(copy)) return false;
    *words = std::move(copy);
    return true;
  }
  return false;
}

// "Israeli troops remained on alert": in a sentence whose root is a noun, a verb that cannot
// be passive (remain, stay, arrive, ...) tagged as a participle or adjective right after it is
// the predicate, the noun its subject.
bool IntransitiveModifier(std::vector<Word>* words) {
  static const std::unordered_set<std::string> kIntransitive = {
      "remain", "stay",  "arrive", "gather",  "march",       "clash",    "return", "retreat",
      "flee",   "rally", "riot",   "protest", "demonstrate", "continue", "resign", "die"};
  std::vector<Word>& w = *words;
  const int n = static_cast<int>(w.size());
  const int r = SingleRoot(w);
  if (r < 0 || r + 1 >= n || !NounPos(w[r]) || IsVerbalPos(w[r])) return false;
  const int v = r + 1;
  const Word& vw = w[v];
  const bool participle =
      vw.xpos == "VBN" || vw.xpos == "VBD" || (vw.upos == "ADJ" && Lower(vw.form).ends_with("ed"));
  if (vw.head != r || (vw.deprel != "acl" && vw.deprel != "amod") || !participle ||
      !kIntransitive.count(Lower(vw.lemma))) {
    return false;
  }
  for (const Word& x : w) {
    if (x.head == v && (x.deprel == "nsubj" || x.deprel.starts_with("nsubj:"))) return false;
  }
  std::vector<Word> copy = w;
  copy[v].upos = "VERB";
  copy[v].xpos = "VBD";
  copy[v].head = -1;
  copy[v].deprel = "root";
  copy[r].head = v;
  copy[r].deprel = "nsubj";
  for (int i = v + 1; i < n; ++i) {
    if (copy[i].head != r) continue;
    copy[i].head = v;
    if (copy[i].deprel == "nmod") copy[i].deprel = "obl";
  }
  if (!IsTree(copy)) return false;
  w = std::move(copy);
  return true;
}

// "Turkey carried out drone strikes on PKK positions" parsed as "drone [subject] strikes
// [verb]": a present verb right after its governing verb (and its particle), whose subject is
// a bare singular common noun just before it (no determiner: such a noun cannot be a subject),
// is the plural noun heading the governing verb's object.
bool NounCompoundObject(std::vector<Word>* words) {
  std::vector<Word>& w = *words;
  const int n = static_cast<int>(w.size());
  for (int v = 2; v < n; ++v) {
    const int s = v - 1, g = w[v].head;
    if (w[v].xpos != "VBZ" || w[v].upos != "VERB" || w[v].deprel != "ccomp" || g < 0 || g >= s ||
        w[s].head != v || !w[s].deprel.starts_with("nsubj") || w[s].upos != "NOUN" ||
        w[s].xpos != "NN" || !Lower(w[v].form).ends_with("s")) {
      continue;
    }
    // Right after the governing verb or its particle; the subject has no dependents.
    bool adjacent =
        s - 1 == g || (w[s - 1].head == g && w[s - 1].deprel == "compound:prt" && s - 2 == g);
    bool bare = true;
    for (const Word& x : w) bare = bare && !(x.head == s);
    for (const Word& x : w) bare = bare && !(x.head == v && x.deprel == "mark");
    // A reporting verb takes a clause without "that" ("officials said water flows ...").
    if (!adjacent || !bare || IsReportingLemma(Lower(w[g].lemma))) continue;
    std::vector<Word> copy = w;
    copy[v].upos = "NOUN";
    copy[v].xpos = "NNS";
    copy[v].deprel = "obj";
    copy[s].head = v;
    copy[s].deprel = "compound";
    for (int i = 0; i < n; ++i) {
      if (copy[i].head == v && copy[i].deprel == "obl") copy[i].deprel = "nmod";
    }
    if (!IsTree(copy)) return false;
    w = std::move(copy);
    return true;
  }
  return false;
}

// Applies the repairs; true when `out` holds a changed copy of `in`.
bool RepairTree(const Sentence& in, const VerbDictionary& verbs, Sentence* out) {
  // Most sentences need none, and are not copied: the first two repairs need a dictionary
  // verb tagged NOUN right after a noun, the others a noun root with a modifier after it or a
  // present-tense ccomp.
  bool maybe = false;
  const std::vector<Word>& ws = in.words;
  for (size_t i = 0; i < ws.size() && !maybe; ++i) {
    const Word& x = ws[i];
    maybe = (x.xpos == "VBZ" && x.deprel == "ccomp") ||
            (x.head < 0 && NounPos(x) && i + 1 < ws.size() &&
             (ws[i + 1].deprel == "acl" || ws[i + 1].deprel == "amod")) ||
            (i > 0 && x.upos == "NOUN" && NounPos(ws[i - 1]) && IsDictionaryVerb(verbs, x.lemma));
  }
  if (!maybe) return false;
  std::vector<Word> w = in.words;
  bool changed = SubjunctiveNoun(verbs, &w);
  changed = VerblessPresent(verbs, &w) || changed;
  changed = IntransitiveModifier(&w) || changed;
  changed = NounCompoundObject(&w) || changed;
  if (!changed) return false;
  *out = in;
  out->words = std::move(w);
  return true;
}

}  // namespace repair

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

namespace {

// What a complement's code is about, for ComposeChainCode: its CAMEO root, and within the
// cooperative roots the 4-digit sub-kind CAMEO's appeal/demand/intent/reject families share.
// Returns "" for codes the families have no counterpart of.
//
// The table rows are (lower code prefix, intent 03, appeal 02, demand 10, reject 12); the
// first row whose prefix starts the lower code wins, so longer prefixes come first.
struct ChainRow {
  const char* lower;
  const char* intent;
  const char* appeal;
  const char* demand;
  const char* reject;
};
// clang-format off
constexpr ChainRow kCooperativeRows[] = {
    {"045", "039", "028", "108", "126"},  // mediate
    {"04", "036", "026", "106", "125"},   // meet, negotiate
    {"057", "030", "027", "107", "127"},  // sign an agreement (settle)
    {"05", "032", "022", "102", "120"},   // diplomatic cooperation
    {"061", "0311", "0211", "1011", "1211"},
    {"062", "0312", "0212", "1012", "1212"},
    {"063", "0313", "0213", "1013", "121"},
    {"064", "0314", "0214", "1014", "121"},
    {"06", "031", "021", "101", "121"},  // material cooperation
    {"071", "0331", "0231", "1031", "1221"},
    {"072", "0332", "0232", "1032", "1222"},
    {"073", "0333", "0233", "1033", "1223"},
    {"074", "0334", "0234", "1034", "1224"},
    {"07", "033", "023", "103", "122"},  // aid
    {"081", "0351", "0251", "1051", "1241"},
    {"082", "0352", "0252", "1052", "1242"},
    {"0831", "0341", "0241", "1041", "1231"},
    {"0832", "0342", "0242", "1042", "1232"},
    {"0833", "0343", "0243", "1043", "1233"},
    {"0834", "0344", "0244", "1044", "1234"},
    {"083", "034", "024", "104", "123"},  // political reform
    {"084", "0353", "0253", "1053", "1243"},
    {"085", "0354", "0254", "1054", "1244"},
    {"086", "0355", "0255", "1055", "1245"},
    {"087", "0356", "0256", "1056", "1246"},
    {"08", "035", "025", "105", "124"},  // yield
};
// clang-format on

// Threats by what is threatened (CAMEO 13x): the first matching prefix wins.
constexpr std::pair<const char*, const char*> kThreatRows[] = {
    {"161", "1313"},  {"162", "1311"}, {"163", "1312"},  {"164", "134"},   {"165", "135"},
    {"166", "136"},   {"16", "131"},   {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"},
    {"1724", "1324"}, {"172", "132"},  {"173", "132"},   {"174", "132"},   {"175", "137"},
    {"17", "130"},    {"14", "133"},   {"191", "1381"},  {"192", "1382"},  {"204", "1385"},
    {"18", "138"},    {"19", "138"},   {"20", "138"},
};

}  // namespace

std::string ComposeChainCode(std::string_view upper, std::string_view lower) {
  if (upper.size() != 3 || upper[2] != '0' || lower.size() < 2) return {};
  std::string_view root = upper.substr(0, 2);
  auto threat = [&]() -> std::string {
    for (const auto& [prefix, code] : kThreatRows) {
      if (lower.starts_with(prefix)) return code;
    }
    return {};
  };
  if (root == "13") return threat();
  if (root != "03" && root != "05" && root != "02" && root != "10" && root != "12") return {};
  if (lower.starts_with("03")) {
    if (root == "03" || root == "05") return std::string(lower);
    return {};
  }
  for (const ChainRow& row : kCooperativeRows) {
    if (!lower.starts_with(row.lower)) continue;
    if (root == "03" || root == "05") return row.intent;
    if (root == "02") return row.appeal;
    if (root == "10") return row.demand;
    return row.reject;
  }
  // A promise or agreement to do harm is a threat ("vowed to retaliate").
  if (root == "03" || root == "05") return threat();
  return {};
}

std::string FutureCode(std::string_view code) {
  if (code.size() < 3) return {};
  std::string_view root = code.substr(0, 2);
  if (root == "04" || root == "05" || root == "06" || root == "07" || root == "08") {
    return ComposeChainCode("030", code);
  }
  if (root == "14" || root == "16" || root == "17" || root == "18" || root == "19" ||
      root == "20") {
    return ComposeChainCode("130", code);
  }
  return {};
}

std::unordered_map<std::string, std::string> DefaultNegations() {
  // clang-format off
  return {
      {"010", "011"}, {"015", "016"}, {"060", "121"}, {"061", "1211"}, {"062", "1212"},
      {"080", "124"}, {"081", "1241"}, {"082", "1242"}, {"083", "1243"}, {"085", "1244"},
      {"086", "1245"}, {"087", "1246"},
      // A negated intent ("will not meet", "did not agree to release") is CAMEO's refusal of
      // the same act: 031x -> 121x, 033x -> 122x, 034x -> 123x, 035x -> 124x, 036 -> 125,
      // 037 -> 127, 038 -> 126; a general or unmatched intent (030, 032, 039) -> 120.
      {"030", "120"}, {"031", "121"}, {"0311", "1211"}, {"0312", "1212"}, {"0313", "121"},
      {"0314", "121"}, {"032", "120"}, {"033", "122"}, {"0331", "1221"}, {"0332", "1222"},
      {"0333", "1223"}, {"0334", "1224"}, {"034", "123"}, {"0341", "1231"}, {"0342", "1232"},
      {"0343", "1233"}, {"0344", "1234"}, {"035", "124"}, {"0351", "1241"}, {"0352", "1242"},
      {"0353", "1243"}, {"0354", "1244"}, {"0355", "1245"}, {"0356", "1246"}, {"036", "125"},
      {"037", "127"}, {"038", "126"}, {"039", "120"},
  };
  // clang-format on
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
  static std::atomic<uint64_t> next_id{1};
  Coder coder(lexicon, std::move(options));
  coder.id_ = next_id.fetch_add(1);
  lexicon->agents.ForEach([&](const std::string& phrase, const lexicon::AgentEntry&) {
    coder.agent_first_.insert(phrase.substr(0, phrase.find(' ')));
  });
  return coder;
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
  return CodeSentenceInStory(story, sentence, sentence_index, date, {}, nullptr);
}

std::vector<Event> Coder::CodeSentenceInStory(const Story& story, const Sentence& sentence,
                                              int32_t sentence_index, int32_t date,
                                              const std::string& prior_speaker,
                                              std::string* speaker) const {
  std::vector<Event> out;
  if (speaker != nullptr) speaker->clear();
  if (sentence.words.empty() || sentence.words.size() > options_.max_words) return out;
  bool parsed = false;
  for (const Word& w : sentence.words) parsed = parsed || w.head >= 0 || !w.deprel.empty();
  if (!parsed) return out;
  // One reusable coder per thread and Coder (its buffers keep their capacity).
  // Keyed by address and creation id, so a new Coder at a reused address gets its own.
  thread_local const Coder* owner = nullptr;
  thread_local uint64_t owner_id = 0;
  thread_local std::unique_ptr<SentenceCoder> tls;
  if (owner != this || owner_id != id_ || !tls) {
    tls = std::make_unique<SentenceCoder>(*lex_, options_, agent_first_);
    owner = this;
    owner_id = id_;
  }
  SentenceCoder& sc = *tls;
  // Tagger and parser errors the coder repairs first (coder.h step 3c).
  Sentence repaired;
  const bool use_repaired = repair::RepairTree(sentence, lex_->verbs, &repaired);
  sc.Reset(use_repaired ? repaired : sentence, date, prior_speaker);
  std::vector<int> verb_words;
  std::vector<VerbEvent> events = sc.Run(&verb_words);
  if (speaker != nullptr) *speaker = sc.own_speaker();
  // Discards are checked only when there is something to discard.
  if (!events.empty() && lex_->discards.size() > 0 && lex_->discards.Match(sc.norm())) {
    return out;
  }
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (size_t i = 0; i < events.size(); ++i) {
    const VerbEvent& e = events[i];
    if (options_.require_dyad && (e.source == "---" || e.target == "---")) continue;
    if (!seen.insert({e.source, e.target, e.code}).second) continue;
    // "militants shot at soldiers", "the military supports radicals": with dyad's lexicon, an
    // event between two kinds of people neither of which has a country says too little to
    // count (who fought whom is unknown); PETRARCH's dictionaries keep them, as PETRARCH does.
    if (lex_->verbs.HasMarks(lexicon::MarkKind::kFuture) && e.source.size() > 3 &&
        e.target.size() > 3 && e.source.starts_with("---") && e.target.starts_with("---")) {
      continue;
    }
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
  int32_t date = DateToInt(story.date);
  // A quote that goes on after the sentence naming its speaker ("'...,' Lavrov told Maliki.
  // 'Our companies are working ...'") is still the speaker's: a sentence that opens with a
  // quotation mark, or starts inside an open quote, and names no speaker of its own takes the
  // country of the last one.
  std::string carried;  // the speaker's country of the last quote
  bool open = false;    // inside a quotation at the start of the next sentence
  for (size_t i = 0; i < story.sentences.size(); ++i) {
    const Sentence& s = story.sentences[i];
    bool quoted = open;
    if (!s.words.empty()) {
      const std::string& f = s.words[0].form;
      quoted = quoted || f == "\u201c" || f == "``" || f == "\"";
    }
    std::string own;
    std::vector<Event> ev = CodeSentenceInStory(story, s, static_cast<int32_t>(i), date,
                                                quoted ? carried : std::string(), &own);
    out.insert(out.end(), std::make_move_iterator(ev.begin()), std::make_move_iterator(ev.end()));
    for (const Word& w : s.words) {
      if (w.form == "\u201c" || w.form == "``") open = true;
      if (w.form == "\u201d" || w.form == "''") open = false;
      if (w.form == "\"") open = !open;
    }
    if (!own.empty()) {
      carried = std::move(own);
    } else if (!quoted && !open) {
      carried.clear();
    }
  }
  // A story-level discard anywhere drops the whole story (checked only when needed).
  if (!out.empty() && StoryDiscarded(story, nullptr)) out.clear();
  return out;
}

}  // namespace dyad::coder
