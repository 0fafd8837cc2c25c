#include "parse/tree_repair.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "doc/tree.h"

namespace dyad::parse {
namespace {

// The most words a repair checks one by one against a phrase (a subject, a clause): each check
// walks up the tree, so a bounded number of them keeps every repair linear in the sentence's
// length.
constexpr int kMaxPhrase = 12;

bool IsFinite(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }
bool IsNominal(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "PRON";
}

// How the parser hangs the stranded main verb under the participle. With no dependents to its
// left (no subject, marker or conjunction), a finite verb is none of these there.
bool IsClauseRelation(std::string_view rel) {
  return rel == "conj" || rel == "parataxis" || rel == "xcomp" || rel == "ccomp" ||
         rel == "advcl" || rel == "dep";
}

bool IsSubject(std::string_view rel) {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj" || rel == "csubj:pass" ||
         rel == "expl";
}

// Verbs that report speech ("..., the minister said").
bool IsReportingVerb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"say",    "tell",   "declare", "add",   "announce",
                                                "state",  "insist", "warn",    "claim", "write",
                                                "stress", "note",   "confirm", "report"};
  for (std::string_view v : kVerbs) {
    if (lemma == v) return true;
  }
  return false;
}

// Whether `head` has a subject or a copula among its dependents (a predicate of its own).
bool HasSubjectOrCopula(const std::vector<Word>& w, int head) {
  for (const Word& word : w) {
    if (word.head == head && (IsSubject(word.deprel) || word.deprel == "cop")) return true;
  }
  return false;
}

// Puts `trial` (a repaired copy of `sentence`) in its place if it is projective.
bool KeepIfProjective(Sentence& sentence, Sentence& trial) {
  if (!IsProjective(trial.words)) return false;
  sentence = std::move(trial);
  return true;
}

// Makes `v` the root; what hung on `from` (the old root, say) after position `after` hangs on
// `v` now, so the tree stays projective. The caller attaches the old root.
void Reroot(std::vector<Word>& w, int v, int from, int after) {
  w[v].head = -1;
  w[v].deprel = "root";
  for (int i = after + 1; i < static_cast<int>(w.size()); ++i) {
    if (w[i].head == from) w[i].head = v;
  }
}

// A phrase starting at `start` "starts at or right after a comma": the comma's index, or -1.
int CommaAt(const std::vector<Word>& w, int start) {
  if (w[start].form == ",") return start;
  return start > 0 && w[start - 1].form == "," ? start - 1 : -1;
}

// The phrase of `top` that ends at `end`: it starts at `from` or, while the word before is under
// `top`, further left (not before `min_start`). Its first word, or -1 unless every word from
// there to `end` is under `top` and no word outside hangs under one inside. Callers keep the
// phrase short, so the checks cost a few walks up the tree.
int ClosedPhraseStart(const std::vector<Word>& w, int top, int from, int end, int min_start) {
  int start = from;
  while (start > 0 && start > min_start && Dominates(w, top, start - 1)) --start;
  for (int i = start; i <= end; ++i) {
    if (!Dominates(w, top, i)) return -1;
  }
  for (int i = 0; i < static_cast<int>(w.size()); ++i) {
    if ((i < start || i > end) && w[i].head >= start && w[i].head <= end) return -1;
  }
  return start;
}

}  // namespace

bool RepairReducedRelative(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int root = SingleRoot(w);
  if (root < 0) return false;
  // The same sentence with the participle as the root and the noun as its subject ("Aid
  // workers trapped in Gaza called ...": root "trapped", nsubj "workers", "called" xcomp): the
  // participle (no auxiliary or copula of its own) becomes the noun's acl first.
  if (w[root].xpos == "VBN") {
    const int p = root;
    int subject = -1;
    for (int i = 0; i < n; ++i) {
      if (w[i].head != p) continue;
      if (w[i].deprel == "aux" || w[i].deprel == "aux:pass" || w[i].deprel == "cop") return false;
      if (w[i].deprel == "nsubj" && i < p && IsNominal(w[i].upos)) subject = i;
    }
    if (subject < 0 || p - subject > kMaxPhrase) return false;
    for (int i = subject + 1; i < p; ++i) {
      if (!Dominates(w, subject, i)) return false;  // only the noun's phrase before it
    }
    auto stranded = [&](int v) {
      return w[v].head == p && IsFinite(w[v].xpos) && IsClauseRelation(w[v].deprel);
    };
    int v = p + 1;
    while (v < n && !stranded(v)) ++v;
    if (v == n) return false;
    Sentence trial = sentence;
    std::vector<Word>& t = trial.words;
    t[subject].head = -1;
    t[subject].deprel = "root";
    t[p].head = subject;
    t[p].deprel = "acl";
    return RepairReducedRelative(trial) && KeepIfProjective(sentence, trial);
  }
  if (!IsNominal(w[root].upos)) return false;
  for (int v = root + 1; v < n; ++v) {
    if (!IsFinite(w[v].xpos) || !IsClauseRelation(w[v].deprel)) continue;
    const int p = w[v].head;
    if (p <= root || p >= v || w[p].xpos != "VBN" || w[p].deprel != "acl" || w[p].head != root) {
      continue;
    }
    bool blocked = false;
    for (int i = 0; i < n && !blocked; ++i) {
      if (i > root && i < v && (w[i].deprel == "punct" || w[i].deprel == "cc")) blocked = true;
      if (w[i].head == v && i < v) blocked = true;  // a left dependent: subject, cc, mark...
    }
    if (blocked) continue;
    // Dependents of the noun or the participle after the verb move to it.
    Reroot(w, v, root, v);
    Reroot(w, v, p, v);
    w[root].head = v;
    w[root].deprel = "nsubj";
    return true;
  }
  return false;
}

bool RepairNominalRoot(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int root = SingleRoot(w);
  if (root < 0) return false;
  const std::string_view root_pos = w[root].upos;
  if (!IsNominal(root_pos) && root_pos != "ADJ" && root_pos != "NUM") return false;
  if (HasSubjectOrCopula(w, root)) return false;
  for (int v = root + 1; v < n; ++v) {
    if (w[v].head != root || w[v].upos != "VERB" ||
        (!IsClauseRelation(w[v].deprel) && w[v].deprel != "acl" && w[v].deprel != "appos")) {
      continue;
    }
    bool finite = IsFinite(w[v].xpos), blocked = false;
    int subject = -1;
    for (int i = 0; i < n; ++i) {
      if (w[i].head != v) continue;
      const std::string& rel = w[i].deprel;
      if (rel == "aux" && (w[i].xpos == "MD" || IsFinite(w[i].xpos))) finite = true;
      if (IsSubject(rel)) subject = i;
      if (rel == "mark" || rel == "cc" || w[i].xpos == "WDT" || w[i].xpos == "WP") blocked = true;
    }
    // "M23 and the Congolese government signed ..." with "M23" as the root: the verb's subject
    // is the second conjunct of the old root (its conjunction right after the old root).
    // Each word up to the verb is checked against the subject's phrase (kMaxPhrase).
    const bool coordinated = subject > root + 1 && v - root <= kMaxPhrase &&
                             w[root + 1].upos == "CCONJ" && w[root + 1].head == subject &&
                             IsNominal(root_pos);
    for (int i = root + 1; i < v; ++i) {
      if (coordinated && i == root + 1) continue;
      if (w[i].upos == "PUNCT" || w[i].upos == "CCONJ" || w[i].upos == "SCONJ") blocked = true;
    }
    if (!finite || blocked) continue;
    if (subject < 0) {
      if (!IsNominal(root_pos)) continue;
    } else {
      // The old root modifies the subject's phrase, or is its first conjunct: it has no
      // dependent after it but the verb and punctuation (its own modifiers before it go along:
      // "European Community foreign ministers agreed" with "Community" as the root), and the
      // next word belongs to the subject's phrase (for a conjunct, every word up to the verb).
      if (subject < root || root + 1 >= v || !Dominates(w, subject, root + 1)) continue;
      bool alone = true;
      for (int i = root + 1; i < n; ++i) {
        if (w[i].head == root && i != v && w[i].deprel != "punct") alone = false;
        if (coordinated && i < v && !Dominates(w, subject, i)) alone = false;
      }
      if (!alone) continue;
    }
    const bool passive = subject >= 0 && w[subject].deprel == "nsubj:pass";
    Reroot(w, v, root, v);
    if (subject < 0 || coordinated) {
      w[root].head = v;
      w[root].deprel = passive ? "nsubj:pass" : "nsubj";
      if (coordinated) {
        w[subject].head = root;
        w[subject].deprel = "conj";
      }
    } else {
      // Under the next word when it is a noun ("Venezuelan President Maduro"), else under the
      // subject ("Community" under "ministers", not under "foreign").
      w[root].head = IsNominal(w[root + 1].upos) ? root + 1 : subject;
      w[root].deprel = root_pos == "ADJ" ? "amod" : "compound";
    }
    return true;
  }
  return false;
}

bool RepairAppositiveSubject(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int v = SingleRoot(w);
  if (v < 1 || !IsFinite(w[v].xpos)) return false;
  for (int i = 0; i < n; ++i) {
    if (w[i].head == v && IsSubject(w[i].deprel)) return false;
  }
  // The appositive whose phrase (at most kMaxPhrase words) ends right before the verb.
  int x = -1;
  for (int i = v - 1; i >= 0 && i >= v - kMaxPhrase; --i) {
    if (w[i].deprel == "appos" && w[i].head >= 0 && w[i].head < i && IsNominal(w[i].upos) &&
        Dominates(w, i, v - 1)) {
      x = i;
      break;
    }
  }
  if (x < 0) return false;
  // Its phrase: all the words it dominates, contiguous, starting at or right after a comma.
  const int start = ClosedPhraseStart(w, x, x, v - 1, v - kMaxPhrase);
  if (start < 0) return false;
  const int comma = CommaAt(w, start);
  if (comma < 0 || !Dominates(w, v, w[x].head)) return false;
  w[x].head = v;
  w[x].deprel = "nsubj";
  if (w[comma].head == x) w[comma].head = v;
  return true;
}

bool RepairFinalReportingClause(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int root = SingleRoot(w);
  if (root < 0) return false;
  // The sentence's last word that is not punctuation.
  int last = n - 1;
  while (last >= 0 && w[last].upos == "PUNCT") --last;
  if (last <= root) return false;
  // The reporting verb: the last finite verb before that, with its subject to its left.
  int v = -1;
  for (int i = last; i > root && i >= last - kMaxPhrase; --i) {
    if (IsFinite(w[i].xpos) && IsReportingVerb(w[i].lemma)) {
      v = i;
      break;
    }
  }
  if (v < 0 || w[v].deprel == "root" || w[v].deprel == "parataxis" || w[v].deprel == "conj") {
    return false;
  }
  // Its subject is a noun or personal pronoun to its left (not the "which" of a relative
  // clause), and it has no object but the person told ("adds entertainment" is no report).
  int subject = -1;
  for (int i = 0; i < n; ++i) {
    if (w[i].head != v) continue;
    if ((w[i].deprel == "nsubj" || w[i].deprel == "nsubj:pass") && i < v) subject = i;
    if (w[i].deprel == "obj" && w[v].lemma != "tell") return false;
  }
  if (subject < 0 || w[subject].xpos == "WDT" || w[subject].xpos == "WP") return false;
  // The clause: v's words from a comma before the subject to the end (final punctuation aside).
  const int start = ClosedPhraseStart(w, v, subject, last, v - kMaxPhrase);
  if (start < 0) return false;
  const int comma = CommaAt(w, start);
  if (comma < 0 || comma <= root) return false;
  Sentence trial = sentence;
  std::vector<Word>& t = trial.words;
  Reroot(t, v, root, last);
  t[root].head = v;
  t[root].deprel = "ccomp";
  return KeepIfProjective(sentence, trial);
}

bool RepairPrepositionAsMark(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int root = SingleRoot(w);
  if (root < 0 || !IsNominal(w[root].upos) || HasSubjectOrCopula(w, root)) return false;
  for (int m = root + 1; m < n; ++m) {
    if (w[m].deprel != "mark" || w[m].upos != "ADP") continue;
    const int v = w[m].head;
    if (v <= m || v - m > kMaxPhrase || w[v].upos != "VERB" || !IsFinite(w[v].xpos)) continue;
    const int h = w[v].head;  // what the clause hangs on: before the preposition
    if (h < root || h >= m) continue;
    // Between the preposition and the verb: the verb's subject and its phrase, nothing else.
    int subject = -1;
    bool other = false;
    for (int i = m + 1; i < v; ++i) {
      if (w[i].head != v) continue;
      if (IsSubject(w[i].deprel) && subject < 0) {
        subject = i;
      } else {
        other = true;
      }
    }
    if (subject < 0 || other) continue;
    bool phrase = true;
    for (int i = m + 1; i < v && phrase; ++i) phrase = Dominates(w, subject, i);
    if (!phrase) continue;
    Sentence trial = sentence;
    std::vector<Word>& t = trial.words;
    t[subject].head = h;
    t[subject].deprel = IsNominal(t[h].upos) ? "nmod" : "obl";
    t[m].head = subject;
    t[m].deprel = "case";
    Reroot(t, v, root, v);
    t[root].head = v;
    t[root].deprel = "nsubj";
    return KeepIfProjective(sentence, trial);  // one attempt: the repair stays linear
  }
  return false;
}

bool RepairRelativeClauseRoot(Sentence& sentence) {
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  const int root = SingleRoot(w);
  if (root < 0) return false;
  // The relative clause's verb r: the root itself, or the root noun's acl:relcl.
  int r = -1;
  if (w[root].upos == "VERB" || w[root].upos == "AUX") {
    r = root;
  } else if (IsNominal(w[root].upos)) {
    for (int i = root + 1; i < n && r < 0; ++i) {
      if (w[i].head == root && w[i].deprel == "acl:relcl") r = i;
    }
  }
  if (r < 0) return false;
  // Its relative pronoun subject right after a comma, and (r the root) the noun before them
  // that the parser made r's subject too.
  int wh = -1, noun = r == root ? -1 : root, clause_verb = -1;
  for (int i = 0; i < n; ++i) {
    if (w[i].head != r) continue;
    const bool subject = IsSubject(w[i].deprel);
    if (subject && (w[i].xpos == "WP" || w[i].xpos == "WDT") && i > 0 && w[i - 1].form == ",") {
      wh = i;
    } else if (subject && r == root && IsNominal(w[i].upos)) {
      noun = i;
    } else if (i > r && clause_verb < 0 && w[i].upos == "VERB" && IsFinite(w[i].xpos) &&
               IsClauseRelation(w[i].deprel) && w[i - 1].form == ",") {
      clause_verb = i;  // the main clause's verb, after the closing comma
    }
  }
  if (wh < 0 || noun < 0 || noun >= wh - 1 || clause_verb < 0) return false;
  if (wh - 1 - noun > kMaxPhrase) return false;  // the noun's phrase after it
  for (int i = noun + 1; i < wh - 1; ++i) {
    if (!Dominates(w, noun, i)) return false;
  }
  for (int i = 0; i < n; ++i) {
    if (w[i].head != clause_verb) continue;
    if (IsSubject(w[i].deprel) || w[i].deprel == "cc" || w[i].deprel == "mark") return false;
  }
  Sentence trial = sentence;
  std::vector<Word>& t = trial.words;
  const int comma = clause_verb - 1;
  t[clause_verb].head = -1;
  t[clause_verb].deprel = "root";
  t[noun].head = clause_verb;
  if (r != root) t[noun].deprel = "nsubj";
  t[r].head = noun;
  t[r].deprel = "acl:relcl";
  t[comma].head = r;
  t[comma].deprel = "punct";
  // What hung on the old root before the noun, or on it or the relative verb after the main
  // verb, now hangs on the main verb.
  for (int i = 0; i < n; ++i) {
    if (i == noun || i == r) continue;
    const bool after = i > clause_verb && (t[i].head == root || t[i].head == r);
    if ((t[i].head == root && i < noun) || after) {
      t[i].head = clause_verb;
    }
  }
  return KeepIfProjective(sentence, trial);
}

bool RepairUnmarkedObject(Sentence& sentence) {
  // Units that do measure a later phrase ("three days after the attack", "5 miles from").
  static constexpr std::string_view kUnits[] = {
      "second", "minute", "hour",  "day",   "night", "week",  "weekend",   "month",
      "year",   "decade", "century", "time", "moment", "mile", "kilometre", "kilometer",
      "metre",  "meter",  "foot",  "yard",  "inch",  "percent", "point"};
  std::vector<Word>& w = sentence.words;
  const int n = static_cast<int>(w.size());
  for (int d = 0; d < n; ++d) {
    if (w[d].deprel != "nmod:unmarked" && w[d].deprel != "obl:unmarked") continue;
    if (w[d].upos != "NOUN" ||
        std::find(std::begin(kUnits), std::end(kUnits), w[d].lemma) != std::end(kUnits)) {
      continue;
    }
    const int h = w[d].head;
    if (h <= d || w[h].deprel != "obl") continue;
    const int v = w[h].head;
    if (v < 0 || v >= d || w[v].upos != "VERB") continue;
    // A count before the noun ("45 people"), and no object of the verb yet, looked up among
    // the words between them (at most kMaxPhrase).
    if (d - v > kMaxPhrase) continue;
    bool count = false, object = false;
    for (int i = v + 1; i < d; ++i) {
      if (w[i].head == d && w[i].deprel == "nummod") count = true;
      if (w[i].head == v && (w[i].deprel == "obj" || w[i].deprel == "ccomp")) object = true;
    }
    if (!count || object) continue;
    const Word saved = w[d];
    w[d].head = v;
    w[d].deprel = "obj";
    if (IsProjective(w)) return true;
    w[d] = saved;
    return false;  // one attempt: the repair stays linear
  }
  return false;
}

void RepairNewsParse(Sentence& sentence) {
  RepairReducedRelative(sentence);
  RepairNominalRoot(sentence);
  RepairPrepositionAsMark(sentence);
  RepairAppositiveSubject(sentence);
  RepairFinalReportingClause(sentence);
  RepairRelativeClauseRoot(sentence);
  RepairUnmarkedObject(sentence);
}

}  // namespace dyad::parse
