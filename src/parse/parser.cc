// Arc-hybrid greedy parser with an averaged perceptron and a dynamic oracle.
//
// Configuration: a stack (ROOT = token 0 at its bottom) and a buffer of the words 1..n.
//   SHIFT    push the buffer front b0;
//   LEFT_l   pop s0 and make it an l-dependent of b0;
//   RIGHT_l  pop s0 and make it an l-dependent of s1.
// RIGHT onto ROOT is allowed only when the buffer is empty and ROOT and s0 are all that is left
// on the stack, so every tree has exactly one root, and it is always labelled "root".
// Every word is shifted once and reduced once: 2n transitions.
//
// Training follows Goldberg & Nivre, "Training deterministic parsers with non-deterministic
// oracles" (TACL 2013): the cost of a transition is the number of gold arcs it makes
// unreachable,
//   LEFT:  head of s0 in {s1} or in the buffer past b0, plus s0's gold dependents in the buffer;
//   RIGHT: head of s0 in the buffer, plus s0's gold dependents in the buffer;
//   SHIFT: head of b0 on the stack below s0, plus b0's gold dependents on the stack.
// Zero-cost (minimum-cost, for non-projective gold trees) transitions are correct; the
// perceptron is updated towards the best-scoring correct one whenever the best-scoring legal
// one is wrong, and from epoch `explore_from_epoch` on the parser follows its own wrong move
// with probability `explore_probability`, so it learns to recover from its errors.
//
// Features: Zhang & Nivre (2011) templates adapted to arc-hybrid (words, tags and pairs and
// triples of them at s0-s2 and b0-b2, children and their labels, distance, valency, label
// sets), plus the number of commas and quote marks between s0 and b0, whether each is inside a
// quotation, and the position of s0/b0 in a run of proper nouns (for news names, appositions
// and reported speech). Each feature is a 64-bit hash looked up in an open-addressing table.
// 82 of the 88 templates are what was left of 113 after dropping those whose removal (measured
// on EWT dev, then confirmed by retraining) cost no accuracy: mostly word pairs and second-order
// children, whose lookups are cache misses and which took a third of the parsing time. The other
// 6 read the WordNet lexicographer class of nouns and verbs (parse/word_classes.h: "Tuesday" is
// noun.time, "told" verb.communication) alone, with the tags, and with the preposition or
// other first left child of the candidate dependent. A word not seen in training reads as one
// "unknown word" value, trained by word dropout (ParserOptions::word_dropout). Together, on EWT
// dev (gold tokens, seeds 1-3): UAS +0.13, LAS +0.28.
#include "parse/parser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "base/hash.h"
#include "parse/tree_repair.h"

namespace dyad::parse {
namespace {

constexpr uint32_t kFormatVersion = 3;  // of the parser section inside the model payload
constexpr int kMaxFeatures = 128;

enum Move { kShift = 0, kLeft = 1, kRight = 2 };
inline int LeftClass(int label) { return 1 + 2 * label; }
inline int RightClass(int label) { return 2 + 2 * label; }
inline int MoveOf(int cls) { return cls == 0 ? kShift : ((cls & 1) ? kLeft : kRight); }
inline int LabelOf(int cls) { return (cls - 1) / 2; }

// Hash of the ASCII-lower-cased word; `buf` is scratch space (no allocation per word).
uint64_t Lower(std::string_view s, std::string* buf) {
  buf->assign(s);
  for (char& c : *buf) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return Hash64(*buf, 0x77);
}

bool IsQuote(std::string_view f) {
  return f == "\"" || f == "``" || f == "''" || f == "'" || f == "\xE2\x80\x9C" ||
         f == "\xE2\x80\x9D" || f == "\xE2\x80\x98" || f == "\xE2\x80\x99";
}

uint8_t Shape(std::string_view f) {
  if (f.empty()) return 0;
  bool upper = false, lower = false, digit = false;
  for (char c : f) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= '0' && c <= '9') digit = true;
  }
  if (digit) return 1;
  if (upper && !lower) return 2;
  if (upper && f[0] >= 'A' && f[0] <= 'Z') return 3;
  if (lower) return 4;
  return 5;  // punctuation, symbols, other scripts
}

// The word value of every word not seen in training (WordClasses::Known).
constexpr uint64_t kUnknownWord = 0x3001;

// Per-sentence token attributes. Index 0 is ROOT, 1..n the words, n+1 "none" (a missing
// position such as s2 on a short stack).
struct Tokens {
  int n = 0;
  std::vector<uint64_t> word, tag, wordtag, upos;
  std::vector<uint8_t> shape, name_pos, in_quote;
  std::vector<uint64_t> sem;
  std::vector<int> commas, quotes;  // prefix counts over tokens < i
  std::string lower_buf;            // scratch for Lower()

  void Build(const Sentence& s, const WordClasses& classes) {
    n = static_cast<int>(s.words.size());
    int size = n + 2;
    word.assign(size, 0);
    tag.assign(size, 0);
    wordtag.assign(size, 0);
    upos.assign(size, 0);
    shape.assign(size, 0);
    name_pos.assign(size, 0);
    in_quote.assign(size, 0);
    sem.assign(size, 0);
    sem[0] = 0xfe;
    sem[n + 1] = 0xff;
    commas.assign(size + 1, 0);
    quotes.assign(size + 1, 0);
    word[0] = 0x1001;
    tag[0] = 0x1002;
    word[n + 1] = 0x2001;
    tag[n + 1] = 0x2002;
    upos[0] = 0x1003;
    upos[n + 1] = 0x2003;
    shape[0] = 6;
    shape[n + 1] = 7;
    for (int i = 1; i <= n; ++i) {
      const Word& w = s.words[i - 1];
      word[i] = Lower(w.form, &lower_buf);
      if (!classes.Known(word[i])) word[i] = kUnknownWord;
      tag[i] = Hash64(w.xpos.empty() ? w.upos : w.xpos, 0x55);
      shape[i] = Shape(w.form);
      upos[i] = Hash64(w.upos, 0x56);
      sem[i] = classes.SemanticClass(w, &lower_buf);
    }
    for (int i = 0; i < size; ++i) wordtag[i] = HashMix(word[i], tag[i]);
    for (int i = 1; i <= n; ++i) {
      bool propn = s.words[i - 1].upos == "PROPN";
      if (!propn) continue;
      bool prev = i > 1 && s.words[i - 2].upos == "PROPN";
      bool next = i < n && s.words[i].upos == "PROPN";
      name_pos[i] = !prev && !next ? 1 : (!prev ? 2 : (next ? 3 : 4));
    }
    int open = 0;
    for (int i = 1; i <= n + 1; ++i) {
      const std::string_view f = i - 1 < n ? std::string_view(s.words[i - 1].form) : "";
      commas[i + 1] = commas[i] + (i <= n && f == ",");
      bool q = i <= n && IsQuote(f);
      quotes[i + 1] = quotes[i] + q;
      in_quote[i] = static_cast<uint8_t>(open & 1);
      open += q;
    }
  }
  // Commas / quotes strictly between tokens a < b.
  int CommasBetween(int a, int b) const { return commas[b] - commas[a + 1]; }
  int QuotesBetween(int a, int b) const { return quotes[b] - quotes[a + 1]; }
};

struct State {
  int n = 0;
  int none = 0;
  std::vector<int> stack;
  int b = 1;
  std::vector<int> head, label, l1, l2, r1, r2;
  std::vector<uint8_t> lval, rval;
  std::vector<uint64_t> lset, rset;

  void Init(int words) {
    n = words;
    none = n + 1;
    int size = n + 2;
    stack.clear();
    stack.reserve(size);
    stack.push_back(0);
    b = 1;
    head.assign(size, -1);
    label.assign(size, -1);
    l1.assign(size, none);
    l2.assign(size, none);
    r1.assign(size, none);
    r2.assign(size, none);
    lval.assign(size, 0);
    rval.assign(size, 0);
    lset.assign(size, 0);
    rset.assign(size, 0);
  }
  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(size_t i) const { return stack.size() > i ? stack[stack.size() - 1 - i] : none; }
  int B(int i) const { return b + i <= n ? b + i : none; }

  bool Legal(int move) const {
    switch (move) {
      case kShift:
        return b <= n;
      case kLeft:
        return b <= n && stack.size() >= 2;
      default:
        return stack.size() >= 3 || (stack.size() == 2 && b > n);
    }
  }

  void Apply(int cls) {
    int move = MoveOf(cls);
    if (move == kShift) {
      stack.push_back(b++);
      return;
    }
    int l = LabelOf(cls);
    int s0 = stack.back();
    stack.pop_back();
    int h = move == kLeft ? b : stack.back();
    head[s0] = h;
    label[s0] = l;
    uint64_t bit = 1ULL << std::min(l, 63);
    if (move == kLeft) {
      l2[h] = l1[h];
      l1[h] = s0;
      if (lval[h] < 255) ++lval[h];
      lset[h] |= bit;
    } else {
      r2[h] = r1[h];
      r1[h] = s0;
      if (rval[h] < 255) ++rval[h];
      rset[h] |= bit;
    }
  }
};

// What the features read about a token's children (a stack or buffer-front token).
struct Kids {
  int l1, l2, r1, r2;                // leftmost, second leftmost, rightmost, second rightmost
  int l1_label, l2_label, r1_label;  // their labels, -1 for none
  uint8_t lval = 0, rval = 0;        // numbers of left / right children (capped at 255)
  uint64_t lset = 0, rset = 0;       // sets of their labels (bit min(label, 63))
  static Kids None(int none) { return Kids{none, none, none, none, -1, -1, -1, 0, 0, 0, 0}; }
};

// The configuration as the feature templates see it: positions and their children.
struct View {
  int s0, s1, s2, b0, b1, b2, none;
  Kids k_s0, k_s1, k_b0;
};

Kids KidsOf(const State& st, int x) {
  auto lab = [&](int c) { return st.label[c]; };
  return Kids{st.l1[x],      st.l2[x],   st.r1[x],   st.r2[x],   lab(st.l1[x]), lab(st.l2[x]),
              lab(st.r1[x]), st.lval[x], st.rval[x], st.lset[x], st.rset[x]};
}

View ViewOf(const State& st) {
  View v{st.S(0), st.S(1), st.S(2), st.B(0), st.B(1), st.B(2), st.none, {}, {}, {}};
  v.k_s0 = KidsOf(st, v.s0);
  v.k_s1 = KidsOf(st, v.s1);
  v.k_b0 = KidsOf(st, v.b0);
  return v;
}

inline uint64_t Dist(int a, int b) {
  int d = b - a;
  if (d <= 0) return 0;
  if (d < 5) return d;
  return d < 10 ? 5 : 6;
}

// Feature hashing: template number `id` and the values it combines.
struct KeyWriter {
  uint64_t* keys;
  uint64_t id;
  int k = 0;
  uint64_t Start() { return ++id * 0x100000001b3ULL; }
  void f1(uint64_t a) { keys[k++] = NonZeroKey(HashMix(Start(), a)); }
  void f2(uint64_t a, uint64_t b) { keys[k++] = NonZeroKey(HashMix(HashMix(Start(), a), b)); }
  void f3(uint64_t a, uint64_t b, uint64_t c) {
    keys[k++] = NonZeroKey(HashMix(HashMix(HashMix(Start(), a), b), c));
  }
  void f4(uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    keys[k++] = NonZeroKey(HashMix(HashMix(HashMix(HashMix(Start(), a), b), c), d));
  }
};

// The features that depend only on the buffer words b0-b2 (not on the stack or on any arc):
// they stay the same until the next SHIFT, so parsing scores them once per buffer position.
// Fills keys[]; returns their number.
int ExtractBuffer(const Tokens& t, const View& st, uint64_t* keys) {
  KeyWriter out{keys, 0};
  const int b0 = st.b0, b1 = st.b1, b2 = st.b2;
  const auto& w = t.word;
  const auto& g = t.tag;
  const auto& wt = t.wordtag;
  const auto& u = t.upos;
  for (int x : {b0, b1}) {
    out.f1(w[x]);
    out.f1(g[x]);
    out.f1(wt[x]);
  }
  out.f1(w[b2]);
  out.f2(g[b0], g[b1]);
  out.f2(w[b0], w[b1]);
  out.f3(g[b0], g[b1], g[b2]);
  out.f1(u[b0]);
  out.f2(u[b0], u[b1]);
  out.f2(t.name_pos[b0], w[b0]);
  return out.k;
}

// Fills keys[] with the hashes of the other features of the configuration; returns their
// number. The full feature set is ExtractBuffer's plus these.
int ExtractRest(const Tokens& t, const View& st, uint64_t* keys) {
  KeyWriter out{keys, 100};
  auto f1 = [&](uint64_t a) { out.f1(a); };
  auto f2 = [&](uint64_t a, uint64_t b) { out.f2(a, b); };
  auto f3 = [&](uint64_t a, uint64_t b, uint64_t c) { out.f3(a, b, c); };
  auto f4 = [&](uint64_t a, uint64_t b, uint64_t c, uint64_t d) { out.f4(a, b, c, d); };
  const int s0 = st.s0, s1 = st.s1, s2 = st.s2;
  const int b0 = st.b0, b1 = st.b1;
  const auto& w = t.word;
  const auto& g = t.tag;
  const auto& wt = t.wordtag;
  auto lab = [](int label) -> uint64_t { return static_cast<uint64_t>(label + 2); };
  const Kids& ks0 = st.k_s0;
  const Kids& ks1 = st.k_s1;
  const Kids& kb0 = st.k_b0;

  f1(1);  // bias
  // Single tokens: word, tag, word+tag (s2: tag only; b0-b2 in ExtractBuffer).
  for (int x : {s0, s1}) {
    f1(w[x]);
    f1(g[x]);
    f1(wt[x]);
  }
  f1(g[s2]);
  // Pairs.
  f2(wt[s0], wt[b0]);
  f2(wt[s0], w[b0]);
  f2(w[s0], w[b0]);
  f2(g[s0], g[b0]);
  f2(g[s1], g[s0]);
  // Triples.
  f3(g[s0], g[b0], g[b1]);
  f3(g[s2], g[s1], g[s0]);
  f3(g[s1], g[s0], g[b1]);
  f3(w[s0], g[b0], g[b1]);
  f3(g[s0], w[b0], g[b1]);
  // Children (leftmost / rightmost and second ones).
  const int s0l1 = ks0.l1, s0l2 = ks0.l2, s0r2 = ks0.r2;
  const int b0l1 = kb0.l1, b0l2 = kb0.l2, s1r1 = ks1.r1, s1l1 = ks1.l1;
  for (const auto& [x, label] :
       {std::pair{s0l1, ks0.l1_label}, {b0l1, kb0.l1_label}, {s1r1, ks1.r1_label}}) {
    f1(w[x]);
    f1(g[x]);
    f1(lab(label));
  }
  f1(g[s0l2]);
  f1(lab(ks0.l2_label));
  f1(g[s1l1]);
  f1(lab(ks1.l1_label));
  f1(lab(ks0.r1_label));
  f3(g[s0], g[s0l1], g[b0]);
  f3(g[s0], g[b0], g[b0l1]);
  f3(g[s1], g[s0], g[s0l1]);
  f3(g[s0], g[s0l1], g[s0l2]);
  f3(g[s0], g[ks0.r1], g[s0r2]);
  f3(g[b0], g[b0l1], g[b0l2]);
  f3(g[b0], lab(kb0.l1_label), lab(kb0.l2_label));
  // Distance.
  const uint64_t d = (s0 != st.none && b0 != st.none) ? Dist(s0, b0) : 0;
  const uint64_t d2 = (s1 != st.none && s0 != st.none) ? Dist(s1, s0) : 0;
  f2(g[s0], d);
  f2(w[b0], d);
  f2(g[b0], d);
  f3(g[s0], g[b0], d);
  f3(w[s0], w[b0], d);
  f3(g[s1], g[s0], d2);
  f2(w[s1], d2);
  // Valency and label sets.
  f2(g[s0], ks0.lval);
  f2(w[s0], ks0.rval);
  f2(g[s0], ks0.rval);
  f2(g[b0], kb0.lval);
  f2(g[s0], ks0.lset);
  f2(w[s0], ks0.rset);
  f2(g[s0], ks0.rset);
  f2(g[b0], kb0.lset);
  f2(g[s1], ks1.rset);
  // Commas and quotation marks (appositions, reported speech).
  uint64_t commas = 0, quotes = 0, commas2 = 0;
  if (s0 != st.none && b0 != st.none && s0 < b0) {
    commas = std::min(t.CommasBetween(s0, b0), 3);
    quotes = std::min(t.QuotesBetween(s0, b0), 2);
  }
  if (s1 != st.none && s0 != st.none && s1 < s0) commas2 = std::min(t.CommasBetween(s1, s0), 3);
  f3(g[s0], g[b0], commas);
  f3(g[s1], g[s0], commas2);
  f3(g[s0], g[b0], quotes);
  f4(g[s0], g[b0], t.in_quote[s0], t.in_quote[b0]);
  f3(w[s0], g[b0], quotes * 4 + commas);
  // Universal tags: a coarser back-off for predicted fine tags.
  const auto& u = t.upos;
  f1(u[s0]);
  f2(u[s0], u[b0]);
  f2(u[s1], u[s0]);
  f3(u[s0], u[b0], u[b1]);
  f3(u[s1], u[s0], u[b0]);
  // Name runs and shapes.
  f4(t.name_pos[s0], t.name_pos[b0], g[s0], g[b0]);
  f4(t.name_pos[s1], t.name_pos[s0], g[s1], g[s0]);
  f3(t.shape[s0], t.shape[b0], d);
  f3(t.shape[s1], t.shape[s0], d2);
  // WordNet classes: attachments of words of one kind (on Tuesday, in Kabul, told reporters).
  {
    const auto& m = t.sem;
    f2(m[s0], m[b0]);
    f3(m[s0], m[b0], w[b0l1]);
    f3(m[s1], m[s0], w[s0l1]);
    f2(m[s0], g[b0]);
    f2(g[s0], m[b0]);
    f2(m[b0], g[b0]);
  }
  return out.k;
}

// All features of the configuration; returns their number.
int Extract(const Tokens& t, const State& st, uint64_t* keys) {
  const View v = ViewOf(st);
  int k = ExtractBuffer(t, v, keys);
  return k + ExtractRest(t, v, keys + k);
}

// Gold-tree bookkeeping for the dynamic oracle.
struct Gold {
  std::vector<int> head, label;
  std::vector<std::vector<int>> children;
};

// Cost of each move (number of reachable gold arcs it loses).
void MoveCosts(const Gold& gold, const State& st, int costs[3]) {
  const int n = st.n;
  const int b = st.b;
  const int s0 = st.stack.back();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  auto on_stack = [&](int k) { return k == 0 || (k < b && st.head[k] == -1); };
  auto deps_in_buffer = [&](int x) {
    int c = 0;
    for (int k : gold.children[x]) c += k >= b;
    return c;
  };
  costs[kShift] = costs[kLeft] = costs[kRight] = std::numeric_limits<int>::max();
  if (b <= n) {
    int c = 0;
    int h = gold.head[b];
    if (h >= 0 && h < b && h != s0 && on_stack(h)) ++c;
    for (int k : gold.children[b]) c += k < b && on_stack(k);
    costs[kShift] = c;
  }
  if (s0 != 0) {
    int h = gold.head[s0];
    int deps = deps_in_buffer(s0);
    if (b <= n) costs[kLeft] = deps + ((h == s1 && s1 >= 0) || h > b ? 1 : 0);
    if (s1 >= 0) costs[kRight] = deps + (h >= b ? 1 : 0);
  }
}

int BestLegal(const State& st, const float* scores, int num_labels, int root_label) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  auto consider = [&](int cls) {
    if (best < 0 || scores[cls] > best_score) {
      best = cls;
      best_score = scores[cls];
    }
  };
  if (st.Legal(kShift)) consider(0);
  if (st.Legal(kLeft)) {
    for (int l = 0; l < num_labels; ++l) {
      if (l != root_label) consider(LeftClass(l));
    }
  }
  if (st.Legal(kRight)) {
    bool onto_root = st.stack.size() == 2;
    if (onto_root) {
      consider(RightClass(root_label));
    } else {
      for (int l = 0; l < num_labels; ++l) {
        if (l != root_label) consider(RightClass(l));
      }
    }
  }
  return best;
}

// The only legal transition when there is one (SHIFT onto a stack holding only ROOT, the last
// RIGHT onto ROOT), else -1. Such states are not scored, in training or parsing.
inline int ForcedMove(const State& st, int root_label) {
  if (st.stack.size() == 1) return kShift;
  if (st.stack.size() == 2 && st.b > st.n) return RightClass(root_label);
  return -1;
}

void ParseWith(const FrozenWeights& weights, int num_labels, int root_label, const Tokens& tokens,
               State& st, std::vector<float>& scores, std::vector<int32_t>& buffer_sums,
               std::vector<int32_t>& sums) {
  uint64_t keys[kMaxFeatures];
  const int nc = static_cast<int>(scores.size());
  buffer_sums.assign(nc, 0);
  sums.assign(nc, 0);
  int buffer_at = -1;  // st.b when buffer_sums were computed
  while (!st.Terminal()) {
    const int forced = ForcedMove(st, root_label);
    if (forced >= 0) {
      st.Apply(forced);
      continue;
    }
    const View view = ViewOf(st);
    if (st.b != buffer_at) {
      std::fill(buffer_sums.begin(), buffer_sums.end(), 0);
      weights.AddTo(keys, ExtractBuffer(tokens, view, keys), buffer_sums.data());
      buffer_at = st.b;
    }
    sums = buffer_sums;
    weights.AddTo(keys, ExtractRest(tokens, view, keys), sums.data());
    // The same integer sums as scoring all features at once: the result does not depend on
    // the split.
    for (int c = 0; c < nc; ++c) scores[c] = weights.Scale(sums[c]);
    st.Apply(BestLegal(st, scores.data(), num_labels, root_label));
  }
}

// ---------------------------------------------------------------------------------------------
// Beam decoding. A partial parse is an Item: its stack is a linked list of StackNodes and its
// arcs a linked list of ArcNodes, both in per-sentence pools shared by all items, so copying an
// item is O(1) and a transition adds at most one node to each pool (a RIGHT copies s1's node
// with its new child; nodes are never changed once made). Memory and time: O(beam * n).

struct StackNode {
  int tok;
  int next;   // node below, -1 under ROOT
  Kids kids;  // the children `tok` has in this partial parse
};

struct ArcNode {
  int dep, head, label;
  int prev;  // previous arc of the path, -1 for none
};

struct Item {
  int top = 0;    // StackNode of s0
  int depth = 1;  // stack size, ROOT included
  int b = 1;      // buffer front
  Kids b0kids;    // left children of the buffer front
  int arcs = -1;  // last ArcNode
  double score = 0;
  bool greedy = true;  // on the greedy path (the best class at every step)
};

struct Candidate {
  double score;
  int item;
  int cls;
  int order;  // tie-break in greedy's order: SHIFT, LEFT by label, RIGHT by label
};

bool Better(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.order < b.order;
}

inline int OrderOf(int cls) { return MoveOf(cls) * 65536 + (cls == 0 ? 0 : LabelOf(cls)); }

struct Beam {
  int n = 0, none = 0, root_label = 0;
  std::vector<StackNode> nodes;
  std::vector<ArcNode> arcs;

  void Init(int words, int root) {
    n = words;
    none = n + 1;
    root_label = root;
    nodes.clear();
    arcs.clear();
    nodes.push_back(StackNode{0, -1, Kids::None(none)});
  }
  Item Start() const {
    Item it;
    it.b0kids = Kids::None(none);
    return it;
  }
  bool Terminal(const Item& it) const { return it.b > n && it.depth == 1; }
  bool Legal(const Item& it, int move) const {
    switch (move) {
      case kShift:
        return it.b <= n;
      case kLeft:
        return it.b <= n && it.depth >= 2;
      default:
        return it.depth >= 3 || (it.depth == 2 && it.b > n);
    }
  }
  int Forced(const Item& it) const {
    if (it.depth == 1) return kShift;
    if (it.depth == 2 && it.b > n) return RightClass(root_label);
    return -1;
  }
  View ViewOf(const Item& it) const {
    const Kids no_kids = Kids::None(none);
    View v{none, none, none, none, none, none, none, no_kids, no_kids, no_kids};
    int node = it.top;
    int* s[3] = {&v.s0, &v.s1, &v.s2};
    Kids* k[2] = {&v.k_s0, &v.k_s1};
    for (int i = 0; i < 3 && i < it.depth; ++i) {
      *s[i] = nodes[node].tok;
      if (i < 2) *k[i] = nodes[node].kids;
      node = nodes[node].next;
    }
    if (it.b <= n) {
      v.b0 = it.b;
      v.k_b0 = it.b0kids;
    }
    if (it.b + 1 <= n) v.b1 = it.b + 1;
    if (it.b + 2 <= n) v.b2 = it.b + 2;
    return v;
  }
  Item Apply(const Item& from, int cls) {
    Item it = from;
    const int move = MoveOf(cls);
    if (move == kShift) {
      nodes.push_back(StackNode{it.b, it.top, it.b0kids});
      it.top = static_cast<int>(nodes.size()) - 1;
      ++it.depth;
      ++it.b;
      it.b0kids = Kids::None(none);
      return it;
    }
    const int l = LabelOf(cls);
    const uint64_t bit = 1ULL << std::min(l, 63);
    const StackNode s0 = nodes[it.top];
    --it.depth;
    if (move == kLeft) {
      arcs.push_back(ArcNode{s0.tok, it.b, l, it.arcs});
      Kids& k = it.b0kids;
      k.l2 = k.l1;
      k.l2_label = k.l1_label;
      k.l1 = s0.tok;
      k.l1_label = l;
      if (k.lval < 255) ++k.lval;
      k.lset |= bit;
      it.top = s0.next;
    } else {
      StackNode s1 = nodes[s0.next];
      arcs.push_back(ArcNode{s0.tok, s1.tok, l, it.arcs});
      Kids& k = s1.kids;
      k.r2 = k.r1;
      k.r1 = s0.tok;
      k.r1_label = l;
      if (k.rval < 255) ++k.rval;
      k.rset |= bit;
      nodes.push_back(s1);
      it.top = static_cast<int>(nodes.size()) - 1;
    }
    it.arcs = static_cast<int>(arcs.size()) - 1;
    return it;
  }
};

// Scratch of one beam parse (one per thread).
struct BeamScratch {
  Beam beam;
  std::vector<Item> items, next;
  std::vector<Candidate> candidates;
  std::vector<float> scores;
  std::vector<int32_t> sums;
  std::vector<int> cache_b;                 // buffer positions with cached buffer sums
  std::vector<std::vector<int32_t>> cache;  // their sums
};

// Scores the classes of `it` into scratch.scores (buffer features cached per position).
void ScoreItem(const FrozenWeights& weights, const Tokens& tokens, const Item& it,
               BeamScratch& sc) {
  uint64_t keys[kMaxFeatures];
  const View v = sc.beam.ViewOf(it);
  const int nc = static_cast<int>(sc.scores.size());
  size_t slot = 0;
  while (slot < sc.cache_b.size() && sc.cache_b[slot] != it.b) ++slot;
  if (slot == sc.cache_b.size()) {
    sc.cache_b.push_back(it.b);
    if (sc.cache.size() < sc.cache_b.size()) sc.cache.emplace_back();
    sc.cache[slot].assign(nc, 0);
    weights.AddTo(keys, ExtractBuffer(tokens, v, keys), sc.cache[slot].data());
  }
  sc.sums = sc.cache[slot];
  weights.AddTo(keys, ExtractRest(tokens, v, keys), sc.sums.data());
  for (int c = 0; c < nc; ++c) sc.scores[c] = weights.Scale(sc.sums[c]);
}

// Appends the candidates of item `index` (SHIFT and the best `per_move` legal labels of LEFT
// and of RIGHT) to `out`, each scored the item's score plus the step's score under `mode`;
// returns greedy's class (the best legal one) and stores its step score in *greedy_step.
int Expand(const Beam& beam, const Item& it, int index, const float* scores, int num_labels,
           int per_move, ParseOptions::Score mode, double inv_t, std::vector<Candidate>& out,
           double* greedy_step) {
  const bool shift_ok = beam.Legal(it, kShift), left_ok = beam.Legal(it, kLeft),
             right_ok = beam.Legal(it, kRight);
  const bool onto_root = right_ok && it.depth == 2;
  // Best legal class in greedy's order, and the normaliser.
  int best = -1;
  float best_score = 0;
  double sum_exp = 0;
  thread_local std::vector<int> legal;  // at most 1 + 2 * num_labels classes
  legal.clear();
  auto consider = [&](int cls) {
    legal.push_back(cls);
    if (best < 0 || scores[cls] > best_score) {
      best = cls;
      best_score = scores[cls];
    }
  };
  if (shift_ok) consider(0);
  if (left_ok) {
    for (int l = 0; l < num_labels; ++l) {
      if (l != beam.root_label) consider(LeftClass(l));
    }
  }
  if (right_ok) {
    if (onto_root) {
      consider(RightClass(beam.root_label));
    } else {
      for (int l = 0; l < num_labels; ++l) {
        if (l != beam.root_label) consider(RightClass(l));
      }
    }
  }
  // Raw: the score; softmax: (score - best) / T - log(sum over legal classes of
  // exp((score' - best) / T)).
  const bool softmax = mode == ParseOptions::Score::kSoftmax;
  double norm = 0;
  if (softmax) {
    for (int cls : legal) {
      sum_exp += std::exp((static_cast<double>(scores[cls]) - best_score) * inv_t);
    }
    norm = std::log(sum_exp);
  }
  auto step = [&](int cls) {
    return softmax ? (static_cast<double>(scores[cls]) - best_score) * inv_t - norm
                   : static_cast<double>(scores[cls]);
  };
  *greedy_step = step(best);
  // The best `per_move` classes of each move (legal is in greedy's order: ties keep it).
  constexpr int kMaxPerMove = 16;
  per_move = std::clamp(per_move, 1, kMaxPerMove);
  int top[3][kMaxPerMove];
  int count[3] = {0, 0, 0};
  for (int cls : legal) {
    const int move = MoveOf(cls);
    int* t = top[move];
    int& k = count[move];
    if (k == per_move && !(scores[cls] > scores[t[k - 1]])) continue;  // the common case
    int pos = k;
    while (pos > 0 && scores[cls] > scores[t[pos - 1]]) --pos;
    for (int j = std::min(k, per_move - 1); j > pos; --j) t[j] = t[j - 1];
    t[pos] = cls;
    k = std::min(k + 1, per_move);
  }
  for (int move = kShift; move <= kRight; ++move) {
    for (int j = 0; j < count[move]; ++j) {
      const int cls = top[move][j];
      out.push_back(Candidate{it.score + step(cls), index, cls, OrderOf(cls)});
    }
  }
  return best;
}

// Beam search; writes the best parse into out.head/out.label and returns its score;
// *greedy_score (when not null) gets the greedy path's.
double BeamParse(const FrozenWeights& weights, int num_labels, int root_label, const Tokens& tokens,
                 const ParseOptions& options, BeamScratch& sc, State& out, double* greedy_score) {
  const int k_max = std::clamp(options.beam, 1, 64);
  const double inv_t =
      options.temperature > 1e-6 && options.temperature < 1e6 ? 1.0 / options.temperature : 1.0;
  Beam& beam = sc.beam;
  beam.Init(tokens.n, root_label);
  sc.scores.assign(1 + 2 * num_labels, 0.0f);
  sc.cache_b.clear();
  sc.items.assign(1, beam.Start());
  Item aside;  // the greedy path once it has left the beam
  bool has_aside = false;
  while (!beam.Terminal(sc.items[0])) {
    sc.candidates.clear();
    int greedy_parent = -1, greedy_cls = -1;
    double greedy_step = 0;
    for (int i = 0; i < static_cast<int>(sc.items.size()); ++i) {
      const Item& it = sc.items[i];
      const int forced = beam.Forced(it);
      if (forced >= 0) {
        sc.candidates.push_back(Candidate{it.score, i, forced, OrderOf(forced)});
        if (it.greedy) {
          greedy_parent = i;
          greedy_cls = forced;
          greedy_step = 0;
        }
        continue;
      }
      ScoreItem(weights, tokens, it, sc);
      double step = 0;
      int best = Expand(beam, it, i, sc.scores.data(), num_labels, options.labels_per_move,
                        options.score, inv_t, sc.candidates, &step);
      if (it.greedy) {
        greedy_parent = i;
        greedy_cls = best;
        greedy_step = step;
      }
    }
    if (has_aside) {
      int cls = beam.Forced(aside);
      double step = 0;
      if (cls < 0) {
        ScoreItem(weights, tokens, aside, sc);
        size_t mark = sc.candidates.size();
        cls = Expand(beam, aside, -1, sc.scores.data(), num_labels, 1, options.score, inv_t,
                     sc.candidates, &step);
        sc.candidates.resize(mark);
      }
      aside = beam.Apply(aside, cls);
      aside.score += step;
    }
    const size_t keep = std::min(sc.candidates.size(), static_cast<size_t>(k_max));
    std::partial_sort(sc.candidates.begin(), sc.candidates.begin() + keep, sc.candidates.end(),
                      Better);
    sc.next.clear();
    bool greedy_kept = false;
    for (size_t j = 0; j < keep; ++j) {
      const Candidate& c = sc.candidates[j];
      const Item& parent = sc.items[c.item];
      Item it = beam.Apply(parent, c.cls);
      it.score = c.score;
      it.greedy = parent.greedy && c.item == greedy_parent && c.cls == greedy_cls;
      greedy_kept |= it.greedy;
      sc.next.push_back(it);
    }
    if (greedy_parent >= 0 && !greedy_kept && options.keep_greedy) {
      const Item& parent = sc.items[greedy_parent];
      aside = beam.Apply(parent, greedy_cls);
      aside.score = parent.score + greedy_step;
      aside.greedy = true;
      has_aside = true;
    }
    sc.items.swap(sc.next);
    // Buffer sums of positions no item will see again.
    int min_b = has_aside ? aside.b : tokens.n + 1;
    for (const Item& it : sc.items) min_b = std::min(min_b, it.b);
    for (size_t slot = 0; slot < sc.cache_b.size();) {
      if (sc.cache_b[slot] < min_b) {
        sc.cache_b[slot] = sc.cache_b.back();
        std::swap(sc.cache[slot], sc.cache[sc.cache_b.size() - 1]);
        sc.cache_b.pop_back();
      } else {
        ++slot;
      }
    }
  }
  const Item* best = &sc.items[0];
  double greedy = best->score;
  for (const Item& it : sc.items) {
    if (it.greedy) greedy = it.score;
  }
  if (has_aside) {
    greedy = aside.score;
    if (aside.score > best->score) best = &aside;
  }
  if (greedy_score != nullptr) *greedy_score = greedy;
  // The arcs of the path: every word is reduced once in a terminal state.
  out.Init(tokens.n);
  for (int a = best->arcs; a >= 0; a = beam.arcs[a].prev) {
    out.head[beam.arcs[a].dep] = beam.arcs[a].head;
    out.label[beam.arcs[a].dep] = beam.arcs[a].label;
  }
  return best->score;
}

void WriteTree(const State& st, const std::vector<std::string>& labels, Sentence& s) {
  for (int i = 1; i <= st.n; ++i) {
    Word& w = s.words[i - 1];
    w.head = st.head[i] <= 0 ? -1 : st.head[i] - 1;
    w.deprel = st.label[i] >= 0 ? labels[st.label[i]] : "dep";
  }
  s.parsed = true;
}

std::string_view Universal(std::string_view rel) {
  size_t colon = rel.find(':');
  return colon == std::string_view::npos ? rel : rel.substr(0, colon);
}

// Deterministic across platforms (std distributions are not).
struct Rng {
  std::mt19937_64 gen;
  explicit Rng(uint64_t seed) : gen(seed) {}
  double Uniform() { return double(gen() >> 11) * (1.0 / 9007199254740992.0); }
  uint64_t Below(uint64_t n) { return gen() % n; }
};

bool UsableForTraining(const Sentence& s) {
  if (s.words.empty()) return false;
  int roots = 0;
  for (const Word& w : s.words) {
    if (w.deprel.empty()) return false;
    if (w.head < -1 || w.head >= static_cast<int>(s.words.size())) return false;
    roots += w.head == -1;
  }
  return roots == 1;
}

}  // namespace

AttachmentScore ScoreAttachment(const std::vector<Sentence>& gold,
                                const std::vector<Sentence>& predicted) {
  AttachmentScore score;
  size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) {
    const auto& g = gold[i].words;
    const auto& p = predicted[i].words;
    for (size_t j = 0; j < g.size(); ++j) {
      ++score.words;
      if (j >= p.size() || p[j].head != g[j].head) continue;
      ++score.head_correct;
      if (Universal(p[j].deprel) == Universal(g[j].deprel)) ++score.label_correct;
    }
  }
  return score;
}

StatusOr<Parser> Parser::Train(const std::vector<Sentence>& train,
                               const std::vector<Sentence>& dev, const ParserOptions& options) {
  Parser parser;
  std::vector<const Sentence*> usable;
  for (const Sentence& s : train) {
    if (UsableForTraining(s)) usable.push_back(&s);
  }
  if (usable.empty()) {
    return InvalidArgument("parser training: no sentence with a complete gold tree (HEAD and "
                           "DEPREL on every word, one root)");
  }
  // Labels sorted by name: the ids do not depend on sentence order.
  std::vector<std::string> labels = {"root"};
  for (const Sentence* s : usable) {
    for (const Word& w : s->words) labels.push_back(w.deprel);
  }
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  if (1 + 2 * labels.size() > static_cast<size_t>(kMaxClasses)) {
    return InvalidArgument("parser training: more than " + std::to_string((kMaxClasses - 1) / 2) +
                           " relation labels");
  }
  parser.labels_ = labels;
  parser.root_label_ =
      static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  const int num_labels = static_cast<int>(labels.size());
  const int num_classes = 1 + 2 * num_labels;
  auto label_id = [&](const std::string& rel) {
    return static_cast<int>(std::lower_bound(labels.begin(), labels.end(), rel) - labels.begin());
  };

  TrainWeights weights(num_classes);
  Rng rng(options.seed);
  std::vector<size_t> order(usable.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t clock = 1;
  Tokens tokens;
  State st;
  Gold gold;
  std::vector<float> scores(num_classes);
  uint64_t keys[kMaxFeatures];
  // The training vocabulary (for word dropout and for reading unseen words as unknown) and
  // the WordNet classes.
  std::unordered_map<uint64_t, int> word_counts;
  {
    std::string buf;
    for (const Sentence* s : usable) {
      for (const Word& w : s->words) ++word_counts[Lower(w.form, &buf)];
    }
    std::vector<uint64_t> hashes;
    hashes.reserve(word_counts.size());
    for (const auto& [hash, count] : word_counts) hashes.push_back(hash);
    std::string note;
    StatusOr<WordClasses> classes = WordClasses::Build(hashes, options.wordnet_dir, &note);
    if (!classes.ok()) return classes.status();
    parser.classes_ = std::move(classes).value();
    if (options.progress) {
      if (!note.empty()) options.progress("parser: " + note);
      options.progress(fmt::format("parser: {} training words, {} WordNet lemmas with a class",
                                   parser.classes_.vocabulary_size(),
                                   parser.classes_.lemmas_with_class()));
    }
  }
  Rng dropout_rng(options.seed ^ 0x5eed0d0b0ULL);
  const int epochs = std::max(1, options.epochs);
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
    const bool explore = epoch >= options.explore_from_epoch;
    int64_t steps = 0, correct = 0;
    for (size_t idx : order) {
      const Sentence& s = *usable[idx];
      const int n = static_cast<int>(s.words.size());
      tokens.Build(s, parser.classes_);
      if (options.word_dropout > 0) {
        for (int i = 1; i <= n; ++i) {
          const double c = word_counts[tokens.word[i]];
          if (dropout_rng.Uniform() < options.word_dropout / (options.word_dropout + c)) {
            tokens.word[i] = kUnknownWord;
            tokens.wordtag[i] = HashMix(kUnknownWord, tokens.tag[i]);
          }
        }
      }
      st.Init(n);
      gold.head.assign(n + 2, -1);
      gold.label.assign(n + 2, -1);
      gold.children.assign(n + 2, {});
      for (int i = 1; i <= n; ++i) {
        gold.head[i] = s.words[i - 1].head + 1;
        gold.label[i] = label_id(s.words[i - 1].deprel);
        gold.children[gold.head[i]].push_back(i);
      }
      while (!st.Terminal()) {
        const int forced = ForcedMove(st, parser.root_label_);
        if (forced >= 0) {  // no choice, nothing to learn
          st.Apply(forced);
          continue;
        }
        int nk = Extract(tokens, st, keys);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.Score(keys, nk, scores.data());
        int predicted = BestLegal(st, scores.data(), num_labels, parser.root_label_);
        int costs[3];
        MoveCosts(gold, st, costs);
        int min_cost = std::numeric_limits<int>::max();
        for (int m = 0; m < 3; ++m) {
          if (st.Legal(m)) min_cost = std::min(min_cost, costs[m]);
        }
        const int s0 = st.stack.back();
        const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
        auto zero_cost = [&](int cls) {
          int m = MoveOf(cls);
          if (!st.Legal(m) || costs[m] != min_cost) return false;
          if (m == kShift) return true;
          int l = LabelOf(cls);
          bool onto_root = m == kRight && st.stack.size() == 2;
          if (onto_root) return l == parser.root_label_;
          if (l == parser.root_label_) return false;
          int h = m == kLeft ? st.b : s1;
          return gold.head[s0] != h || gold.label[s0] == l;
        };
        int best_gold = -1;
        for (int c = 0; c < num_classes; ++c) {
          if (zero_cost(c) && (best_gold < 0 || scores[c] > scores[best_gold])) best_gold = c;
        }
        ++steps;
        int next = best_gold;
        if (zero_cost(predicted)) {
          ++correct;
          next = predicted;
        } else {
          weights.Update(keys, nk, best_gold, 1.0f, clock);
          weights.Update(keys, nk, predicted, -1.0f, clock);
          if (explore && rng.Uniform() < options.explore_probability) next = predicted;
        }
        ++clock;
        st.Apply(next);
      }
    }
    EpochReport report;
    report.epoch = epoch;
    report.train_accuracy = steps ? 100.0 * correct / steps : 0.0;
    report.features = static_cast<int64_t>(weights.num_features());
    parser.weights_ = weights.Average(clock, options.prune);
    if (!dev.empty() && (options.evaluate_dev_each_epoch || epoch == epochs)) {
      std::vector<Sentence> parsed = dev;
      for (Sentence& s : parsed) parser.Parse(s);
      report.dev = ScoreAttachment(dev, parsed);
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.on_epoch) options.on_epoch(report);
  }
  return parser;
}

void Parser::Parse(Sentence& sentence) const {
  if (sentence.words.empty() || labels_.empty()) return;
  // Scratch reused across sentences (one set per thread: Parse stays thread-safe).
  thread_local Tokens tokens;
  thread_local State st;
  thread_local std::vector<float> scores;
  thread_local std::vector<int32_t> buffer_sums, sums;
  tokens.Build(sentence, classes_);
  st.Init(static_cast<int>(sentence.words.size()));
  scores.assign(1 + 2 * labels_.size(), 0.0f);
  ParseWith(weights_, static_cast<int>(labels_.size()), root_label_, tokens, st, scores,
            buffer_sums, sums);
  WriteTree(st, labels_, sentence);
  RepairNewsParse(sentence);
}

double Parser::Parse(Sentence& sentence, const ParseOptions& options, double* greedy_score) const {
  if (options.beam <= 1 && !options.force_beam_decoder) {
    Parse(sentence);
    return 0;
  }
  if (greedy_score != nullptr) *greedy_score = 0;
  if (sentence.words.empty() || labels_.empty()) return 0;
  thread_local Tokens tokens;
  thread_local BeamScratch scratch;
  thread_local State st;
  tokens.Build(sentence, classes_);
  double score = BeamParse(weights_, static_cast<int>(labels_.size()), root_label_, tokens, options,
                           scratch, st, greedy_score);
  WriteTree(st, labels_, sentence);
  RepairNewsParse(sentence);
  if (scratch.beam.nodes.capacity() > (size_t{1} << 20)) scratch = BeamScratch();  // huge input
  return score;
}

bool ParseScoreFromName(std::string_view name, ParseOptions::Score* score) {
  if (name == "raw") {
    *score = ParseOptions::Score::kRaw;
  } else if (name == "softmax") {
    *score = ParseOptions::Score::kSoftmax;
  } else {
    return false;
  }
  return true;
}

void Parser::Save(BinaryWriter& out) const {
  out.U32(kFormatVersion);
  out.U32(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) out.Str(l);
  weights_.Save(out);
  classes_.Save(out);
}

StatusOr<Parser> Parser::Load(BinaryReader& in) {
  uint32_t version = in.U32();
  if (!in.ok()) return in.status();
  if (version != kFormatVersion) {
    return FailedPrecondition("parser section has format version " + std::to_string(version) +
                              ", this dyad reads version " + std::to_string(kFormatVersion));
  }
  uint32_t num_labels = in.U32();
  if (!in.ok()) return in.status();
  if (num_labels == 0 || 1 + 2 * num_labels > static_cast<uint32_t>(kMaxClasses)) {
    return DataLoss("parser section: " + std::to_string(num_labels) +
                    " relation labels; the file is damaged");
  }
  Parser parser;
  for (uint32_t i = 0; i < num_labels; ++i) parser.labels_.push_back(in.Str());
  if (!in.ok()) return in.status();
  auto root = std::find(parser.labels_.begin(), parser.labels_.end(), "root");
  if (root == parser.labels_.end()) return DataLoss("parser section: no \"root\" label");
  parser.root_label_ = static_cast<int>(root - parser.labels_.begin());
  StatusOr<FrozenWeights> weights = FrozenWeights::Load(in, 1 + 2 * num_labels);
  if (!weights.ok()) return weights.status();
  parser.weights_ = std::move(weights).value();
  StatusOr<WordClasses> classes = WordClasses::Load(in);
  if (!classes.ok()) return classes.status();
  parser.classes_ = std::move(classes).value();
  return parser;
}

}  // namespace dyad::parse
