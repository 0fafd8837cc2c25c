// Tagger: averaged-perceptron POS tagger, feature classifier and lemmatizer (see tagger.h).
//
// Tags. Greedy left to right over the joint label "UPOS|XPOS" (Collins 2002; the feature set
// follows Ratnaparkhi 1996 / Toutanova et al. 2003 and the project's NLP-NOTES §3b): word and
// lower-cased word, prefixes 1-3, suffixes 1-5, shapes, capitalisation x sentence start, the
// words at +-1 and +-2, suffixes of the neighbours, the two previous labels, ambiguity classes
// (the label set of training words seen at least twice) at 0, +1, +2, and WordNet/hunspell
// classes. The ambiguity classes of the training sentences themselves are jack-knifed (taken
// from the other nine tenths of the data), so that training sees them as unreliable as they
// are on new text: a word's own occurrence no longer guarantees its gold tag is in its class
// (+0.14 UPOS on EWT dev over seeds 1-3, and classes for words seen 2-4 times stop hurting).
// Words seen >= 20 times with one label >= 97% of the time skip the classifier. Word dropout:
// during training, features naming a word seen once are dropped 25% of the time, so the
// affix and shape features learn how unknown words behave.
//
// Features (UFeats). A second averaged perceptron picks the feature string among those seen
// with the predicted joint label in training (most labels have exactly one, e.g. NNS ->
// Number=Plur); its features are the joint label conjoined with the word, its suffixes, the
// neighbouring words and labels, the word's shape (decimals are fractions in EWT), whether a
// noun, pronoun or verb precedes (imperatives) and the nearest preceding noun or pronoun
// (verb agreement).
//
// Pass 2. A second tagger of the same kind also sees pass 1's labels at i, i+1 and i+2. It is
// trained in the same loop on pass 1's online predictions, and at run time re-scores only
// words whose pass-1 margin is below kSureMargin (or whose left neighbour changed).
//
// Ensembles. With TrainOptions::ensemble = K, the loop above runs K times with different
// shuffles and word dropout, and each table is the mean of the K runs' averaged weights
// (PerceptronTrainer::FinishMean): one table that scores as the K taggers together do.
//
// All features are 64-bit hashes; see base/feature_map.h and perceptron.h for the tables.
#include "tag/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/hash.h"
#include "base/feature_map.h"
#include "tag/lemmatizer.h"
#include "tag/lexicon_classes.h"
#include "tag/perceptron.h"
#include "tag/text_util.h"

namespace dyad::tag {
namespace {

// Frozen: model files store this version; bump it when the features or layout change.
constexpr uint32_t kFormatVersion = 3;

constexpr int kTagDictMinCount = 20;
constexpr double kTagDictMinShare = 0.97;
constexpr int kAmbiguityMinCount = 2;
constexpr int kAmbiguityFolds = 10;  // jack-knifing of the training sentences' classes
constexpr float kPrune =
    0.3f;  // drops averaged weights below this (|w|); 0.3 loses no dev accuracy
constexpr int kMaxFeatures = 64;
// TagFeatures' first features depend only on the word and on whether it starts the sentence
// (templates 1-15): their scores are cached per word type (WordCache::Entry::prefixes).
constexpr int kWordFeatures = 15;
constexpr int kFeatsEpochs = 5;
// Pass 2 re-scores a word only when pass 1's best label beat the runner-up by less than this
// (or the previous label changed): on EWT dev it skips most words for -0.01 UPOS.
constexpr float kSureMargin = 30.0f;
// News prose: every clause has a finite verb. EWT's web text has many verbless fragments
// ("Pictures attached."), so the tagger learnt that a past form after a noun is as often a
// participle as a past tense ("Israeli troops remained on alert" came out VBN, and the parser
// then made "troops" the root). In a sentence of at least kFiniteMinWords words ending in . ! or
// ?, each clause-like segment (between commas, colons, conjunctions, wh-words, subordinators)
// that has no finite verb or modal (VBD VBZ VBP MD) and no imperative (VB before any noun, not
// after "to" or a modal) gets one: of its participles (VBN) and adjectives that could be a past
// tense (JJ in -ed, "students blocked roads", or an irregular verb form of WordNet's, "troops
// left Chad") right after a noun or pronoun, the one whose best
// finite verb label (VBD VBZ VBP) scores closest to it, within kFiniteRepairMargin, takes that
// label. A plural noun (NNS) whose VBZ reading scores that close counts too when the next word
// starts an object (a determiner, name, pronoun or number: "Russia's seizure of the plant
// worries the IAEA"; EWT dev the same with and without it). A participle followed by its
// clause's own verb ("Troops stationed there said ...") and segments between two commas
// (asides, appositions) are left alone.
// All nouns as candidates ("Russia cut gas supplies") cost 0.12 UPOS on EWT dev; a margin of
// 100 instead of 60 cost 0.04 UPOS and 0.06 UAS there for 2 more right roots in 792 wire
// sentences.
constexpr float kFiniteRepairMargin = 60.0f;
constexpr int kFiniteMinWords = 4;
// Closed word classes: English has a fixed list of auxiliaries, determiners, pronouns,
// prepositions, conjunctions and particles, all frequent in training, so a capitalised word
// seen fewer than twice there (a name) takes an open class ("ECOWAS suspended Niger" had
// "ECOWAS" as AUX, from the suffix "was"). Lower-case rare words keep every class: web text
// spells function words in many ways ("ur", "thru"), and allowing them only open classes cost
// 0.10 UAS on EWT dev.
//
// The same holds for known words: a word seen at least kClosedMinCount times in training takes
// only the closed classes it was seen with there ("set" came out as the possessive "'s", PART,
// in "settlers in Hebron set fire to ..."), and a lower-case word seen fewer than twice that
// WordNet lists as a noun or verb (spelled as a content word) takes open classes only
// ("demanding that President Mugabe abandon his policy" had "abandon" as ADP). Both are
// run-time rules (Tagger::Tag).
constexpr std::string_view kClosedClasses[] = {"AUX",   "DET",   "PRON", "ADP",
                                               "CCONJ", "SCONJ", "PART"};
constexpr uint32_t kAllClosed = (1u << std::size(kClosedClasses)) - 1;
constexpr int kClosedMinCount = 5;

uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Ambiguity class of a word seen with `counts` (label -> count): a hash of the labels making
// up at least 1% of its occurrences, or 0 when it was seen fewer than kAmbiguityMinCount
// times. Never 0 otherwise.
uint32_t AmbiguityClass(const std::map<int, int>& counts) {
  int total = 0;
  for (auto& [label, c] : counts) total += c;
  if (total < kAmbiguityMinCount) return 0;
  uint64_t cls = 0x51;
  for (auto& [label, c] : counts) {
    if (c > 0 && c * 100 >= total) cls = HashMix(cls, static_cast<uint64_t>(label) + 1);
  }
  return static_cast<uint32_t>(cls | 1);
}

// Per-word values hashed once per sentence.
struct WordCtx {
  uint64_t form = 0, lower = 0;
  std::array<uint64_t, 3> prefix{};
  std::array<uint64_t, 5> suffix{};
  uint64_t shape = 0, short_shape = 0;
  uint32_t ambiguity = 0;  // 0: rare word
  uint32_t lex = 0;        // LexiconClasses bits
  int cap = 0;             // CapClass
  int flags = 0;           // 1 digit, 2 hyphen, 4 period, 8 non-ASCII
  int tagdict = -1;        // label from the tag dictionary, or -1
  // Closed classes (bit k: kClosedClasses[k]) the word may take with the run-time rules.
  uint32_t closed_allowed = kAllClosed;
  bool rare = false;       // seen at most once in training (word dropout candidate)
};

std::array<WordCtx, 2> MakePadding() {
  std::array<WordCtx, 2> pad;
  for (int s = 0; s < 2; ++s) {
    uint64_t h = Hash64(s == 0 ? "<s>" : "</s>");
    pad[s].form = pad[s].lower = pad[s].shape = pad[s].short_shape = h;
    pad[s].prefix.fill(h);
    pad[s].suffix.fill(h);
    pad[s].ambiguity = static_cast<uint32_t>(h);
    pad[s].lex = 0xffff;
    pad[s].cap = 7 + s;
  }
  return pad;
}

// Stand-ins for the words before the start (side 0) and after the end (side 1).
const WordCtx& Padding(int side) {
  static const std::array<WordCtx, 2> kPad = MakePadding();
  return kPad[side];
}

// Per-thread cache of what TagWith computes for a word type: its context (hashes, classes,
// dictionary lookups) and its lemma under each label seen. The values are the ones computed
// from scratch (same model, same form), so tagging output does not depend on the cache.
struct WordCache {
  static constexpr size_t kMaxEntries = 1 << 17;  // cleared when full (bounded memory)
  struct Entry {
    std::string form;
    WordCtx ctx;
    std::vector<std::pair<int, std::string>> lemmas;  // (label, lemma)
    // Label scores after the word's own features (the first kWordFeatures of TagFeatures),
    // per weight table (Weights::id) and sentence-initial or not: the rest of the features
    // are added to a copy in the same order, so the float sums are the same bit for bit.
    struct Prefix {
      uint64_t weights_id;
      bool first;
      std::vector<float> scores;
    };
    std::vector<Prefix> prefixes;
    const std::vector<float>* FindPrefix(uint64_t weights_id, bool first) const {
      for (const Prefix& p : prefixes) {
        if (p.weights_id == weights_id && p.first == first) return &p.scores;
      }
      return nullptr;
    }
  };
  uint64_t model_id = 0;                    // Model::cache_id the entries belong to
  std::unordered_map<uint64_t, Entry> map;  // Hash64(form) -> entry
};

}  // namespace

struct Tagger::Model {
  // Joint labels "UPOS|XPOS".
  std::vector<std::string> upos, xpos;
  FeatureMap tagdict;    // Hash64(form) -> label
  FeatureMap ambiguity;  // Hash64(lower) -> ambiguity class
  // Hash64(lower) -> the closed classes (bit k: kClosedClasses[k]) a word seen at least
  // kClosedMinCount times in training was seen with.
  FeatureMap closed_seen;
  FeatureMap frequency;  // training only: Hash64(lower) -> count (not saved)
  LexiconClasses lexicon;
  Weights tag_weights;   // pass 1: left to right, left labels only
  Weights tag_weights2;  // pass 2: left to right again, also sees pass 1's labels to the right
  // Feature strings.
  std::vector<std::string> feats;
  std::vector<std::vector<uint16_t>> feats_candidates;  // per joint label
  std::vector<uint8_t> nominal_label;  // per joint label: a noun or pronoun (derived)
  std::vector<uint8_t> verbal_label;   // per joint label: a verb, auxiliary or "to" (derived)
  // Per joint label (derived), for RepairFinite: a finite verb or modal (VBD VBZ VBP MD); a
  // base form (VB); "to"; a modal; VBN; JJ; VBD; a comma; a finite main verb (VERB VBD VBZ
  // VBP); sentence-final . ! ?; a label that starts or ends a clause-like segment (comma,
  // colon, conjunction, wh-word, subordinator, bracket). closed_label: 1 + the index in
  // kClosedClasses of the label's UPOS, 0 for an open class.
  std::vector<uint8_t> finite_label, base_label, to_label, modal_label, participle_label,
      adjective_label, past_label, comma_label, verb_finite_label, final_label, boundary_label,
      closed_label, plural_label, present3_label, object_start_label;
  void DeriveNominal() {
    for (auto* v : {&finite_label, &base_label, &to_label, &modal_label, &participle_label,
                    &adjective_label, &past_label, &comma_label, &verb_finite_label, &final_label,
                    &boundary_label, &closed_label, &plural_label, &present3_label,
                    &object_start_label}) {
      v->assign(xpos.size(), 0);
    }
    for (size_t l = 0; l < xpos.size(); ++l) {
      const std::string& x = xpos[l];
      finite_label[l] = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
      base_label[l] = x == "VB";
      to_label[l] = x == "TO";
      modal_label[l] = x == "MD";
      participle_label[l] = x == "VBN";
      adjective_label[l] = x == "JJ";
      past_label[l] = x == "VBD";
      plural_label[l] = x == "NNS";
      present3_label[l] = x == "VBZ";
      object_start_label[l] = x == "DT" || x == "NNP" || x == "NNPS" || x == "PRP" ||
                              x == "PRP$" || x == "CD";
      comma_label[l] = x == ",";
      closed_label[l] = 0;
      for (size_t k = 0; k < std::size(kClosedClasses); ++k) {
        if (upos[l] == kClosedClasses[k]) closed_label[l] = static_cast<uint8_t>(k + 1);
      }
      verb_finite_label[l] = upos[l] == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP");
      final_label[l] = x == ".";
      boundary_label[l] = x == "," || x == ":" || x == "CC" || x == "WDT" || x == "WP" ||
                          x == "WRB" || x == "-LRB-" || x == "-RRB-" || upos[l] == "SCONJ";
    }
    verbal_label.assign(xpos.size(), 0);
    for (size_t l = 0; l < upos.size(); ++l) {
      verbal_label[l] = upos[l] == "VERB" || upos[l] == "AUX" || xpos[l] == "TO";
    }
    nominal_label.assign(xpos.size(), 0);
    for (size_t l = 0; l < xpos.size(); ++l) {
      const std::string& x = xpos[l];
      nominal_label[l] = x == "PRP" || x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" ||
                         x == "EX" || x == "WP" || x == "CD";
    }
  }
  Weights feats_weights;
  Lemmatizer lemmatizer;

  void Context(const Sentence& s, std::vector<WordCtx>* ctx, std::string* lower_buf,
               bool training) const;
  // One word's context (Context's body); `lower_buf` receives the lower-cased form.
  void WordContext(std::string_view form, WordCtx* ctx, std::string* lower_buf,
                   bool training) const;
  // Identifies this model in the per-thread word cache of TagWith (never reused).
  const uint64_t cache_id = NextCacheId();
  static uint64_t NextCacheId() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1);
  }
  // `right` (pass 2 only) holds pass 1's labels for the whole sentence.
  int TagFeatures(const std::vector<WordCtx>& ctx, int i, int p1, int p2, const int* right,
                  bool drop, uint64_t* out) const;
  int FeatsFeatures(const Sentence& s, const std::vector<WordCtx>& ctx,
                    const std::vector<int>& labels, int i, uint64_t* out) const;
  // closed_allowed: the closed classes the result may have (bit k: kClosedClasses[k]; other
  // labels win only when none of those scores higher). `word` (may be null) caches the scores
  // of the word's own features.
  int PredictTag(const std::vector<WordCtx>& ctx, int i, int p1, int p2, const int* right,
                 const Weights& w, std::vector<float>& scores, uint32_t closed_allowed,
                 WordCache::Entry* word) const;
  bool Allowed(int label, uint32_t closed_allowed) const {
    return closed_label[label] == 0 || ((closed_allowed >> (closed_label[label] - 1)) & 1);
  }
  // kFiniteRepairMargin's rule: gives the sentence a finite verb if it lacks one.
  void RepairFinite(const Sentence& s, std::vector<int>& labels, const std::vector<float>& gap,
                    const std::vector<int>& alt) const;
  // Tags with the given weight tables (so training can evaluate intermediate weights).
  // run_time_rules: RepairFinite and open classes for unknown words (see Tagger::Tag).
  // One training run (TrainOptions::ensemble): `epochs` passes over the sentences in an order
  // shuffled from `seed`, pass 1 and pass 2 updating their trainers (word dropout drawn
  // from the same generator), the feature classifier in the first kFeatsEpochs;
  // `after_epoch(epoch, pass-2 training accuracy)` after each pass (epoch 0-based).
  void TrainRun(const std::vector<Sentence>& gold, const std::vector<std::vector<WordCtx>>& ctx,
                const std::vector<std::vector<int>>& gold_labels,
                const std::vector<std::vector<int>>& gold_feats, int epochs, uint64_t seed,
                PerceptronTrainer& tag_trainer, PerceptronTrainer& tag_trainer2,
                PerceptronTrainer& feats_trainer,
                const std::function<void(int, double)>& after_epoch) const;
  void TagWith(Sentence& s, const Weights& tags, const Weights& feats_w,
               bool run_time_rules = true) const;
};

void Tagger::Model::Context(const Sentence& s, std::vector<WordCtx>* ctx, std::string* low,
                            bool training) const {
  ctx->resize(s.words.size());
  for (size_t i = 0; i < s.words.size(); ++i) {
    WordContext(s.words[i].form, &(*ctx)[i], low, training);
  }
}

void Tagger::Model::WordContext(std::string_view form, WordCtx* out, std::string* low,
                                bool training) const {
  WordCtx& c = *out;
  LowerInto(form, low);
  c.form = Hash64(form);
  c.lower = Hash64(*low);
  for (int k = 0; k < 3; ++k) {
    c.prefix[k] = HashMix(k, Hash64(std::string_view(*low).substr(0, PrefixEnd(*low, k + 1))));
  }
  for (int k = 0; k < 5; ++k) {
    c.suffix[k] = HashMix(k, Hash64(std::string_view(*low).substr(SuffixStart(*low, k + 1))));
  }
  c.shape = Hash64(Shape(form, false));
  c.short_shape = Hash64(Shape(form, true));
  uint32_t a = ambiguity.Find(c.lower);
  c.ambiguity = a == FeatureMap::kMissing ? 0 : a;
  c.lex = lexicon.Bits(*low);
  c.cap = CapClass(form);
  uint32_t closed = closed_seen.Find(c.lower);
  c.closed_allowed = kAllClosed;
  if (closed != FeatureMap::kMissing) {
    c.closed_allowed = closed;
  } else if (c.ambiguity == 0 && c.cap == 1 &&
             (c.lex & ((kBitWnDirect << kWnNoun) | (kBitWnDirect << kWnVerb))) != 0) {
    c.closed_allowed = 0;
  }
  c.flags = 0;
  for (char ch : form) {
    if (ch >= '0' && ch <= '9') c.flags |= 1;
    if (ch == '-') c.flags |= 2;
    if (ch == '.') c.flags |= 4;
    if (static_cast<unsigned char>(ch) >= 0x80) c.flags |= 8;
  }
  uint32_t t = tagdict.Find(c.form);
  c.tagdict = t == FeatureMap::kMissing ? -1 : static_cast<int>(t);
  if (training) {
    uint32_t f = frequency.Find(c.lower);
    c.rare = f == FeatureMap::kMissing || f <= 1;
  }
}

int Tagger::Model::TagFeatures(const std::vector<WordCtx>& ctx, int i, int p1, int p2,
                               const int* right, bool drop, uint64_t* out) const {
  int n = static_cast<int>(ctx.size());
  auto at = [&](int j) -> const WordCtx& {
    return j < 0 ? Padding(0) : j >= n ? Padding(1) : ctx[j];
  };
  const WordCtx& w = ctx[i];
  const WordCtx& m1 = at(i - 1);
  const WordCtx& m2 = at(i - 2);
  const WordCtx& q1 = at(i + 1);
  const WordCtx& q2 = at(i + 2);
  static const uint64_t kUnknown = Hash64("<unk>");
  uint64_t lower = drop ? kUnknown : w.lower;
  uint64_t form = drop ? kUnknown : w.form;
  uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
  int k = 0;
  auto f = [&](uint64_t tmpl, uint64_t v) { out[k++] = HashMix(tmpl * 0x100000001b3ULL, v); };
  // The first kWordFeatures (1-15) read only the word itself and i == 0 (their scores are
  // cached per word type); keep them first.
  f(1, 0);
  f(2, lower);
  f(3, form);
  for (int j = 0; j < 5; ++j) f(4 + j, w.suffix[j]);
  for (int j = 0; j < 3; ++j) f(9 + j, w.prefix[j]);
  f(12, w.shape);
  f(13, w.short_shape);
  f(14, static_cast<uint64_t>(w.cap * 2 + (i == 0)));
  f(15, static_cast<uint64_t>(w.flags));
  f(16, m1.lower);
  f(17, m2.lower);
  f(18, q1.lower);
  f(19, q2.lower);
  f(20, m1.suffix[2]);
  f(21, q1.suffix[2]);
  f(22, t1);
  f(23, t2);
  f(24, t1 * 1000 + t2);
  f(25, HashMix(t1, lower));
  f(26, w.ambiguity);
  f(27, q1.ambiguity);
  f(28, q2.ambiguity);
  f(29, HashMix(t1, w.ambiguity));
  f(30, HashMix(w.ambiguity, q1.ambiguity));
  f(31, w.lex);
  f(32, HashMix(w.lex, static_cast<uint64_t>(w.cap * 2 + (i == 0))));
  f(33, q1.lex);
  f(34, HashMix(lower, q1.lower));
  f(35, HashMix(m1.lower, lower));
  f(36, HashMix(q1.short_shape, static_cast<uint64_t>(q1.cap)));
  f(37, HashMix(t1, w.suffix[2]));
  f(38, m1.lex);
  f(39, HashMix(w.suffix[2], static_cast<uint64_t>(w.cap)));
  f(40, HashMix(w.lex, w.suffix[1]));
  if (right != nullptr) {
    uint64_t n1 = i + 1 < n ? static_cast<uint64_t>(right[i + 1]) + 2 : 1;
    uint64_t n2 = i + 2 < n ? static_cast<uint64_t>(right[i + 2]) + 2 : 1;
    uint64_t self = static_cast<uint64_t>(right[i]) + 2;
    f(41, n1);
    f(42, n1 * 1000 + n2);
    f(43, t1 * 1000 + n1);
    f(44, HashMix(n1, lower));
    f(45, HashMix(n1, w.suffix[2]));
    f(46, HashMix(n1, w.ambiguity));
    f(47, self);
    f(48, HashMix(n1, q1.lower));
  }
  return k;
}

int Tagger::Model::PredictTag(const std::vector<WordCtx>& ctx, int i, int p1, int p2,
                              const int* right, const Weights& w, std::vector<float>& scores,
                              uint32_t closed_allowed, WordCache::Entry* word) const {
  uint64_t features[kMaxFeatures];
  int n = TagFeatures(ctx, i, p1, p2, right, false, features);
  const std::vector<float>* prefix = word != nullptr ? word->FindPrefix(w.id(), i == 0) : nullptr;
  if (prefix != nullptr && prefix->size() == scores.size()) {
    std::copy(prefix->begin(), prefix->end(), scores.begin());
  } else {
    std::fill(scores.begin(), scores.end(), 0.0f);
    w.Score(features, kWordFeatures, scores.data());
    if (word != nullptr) word->prefixes.push_back({w.id(), i == 0, scores});
  }
  w.Score(features + kWordFeatures, n - kWordFeatures, scores.data());
  int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  if (!Allowed(best, closed_allowed)) {  // see kClosedClasses
    best = -1;
    for (int l = 0; l < static_cast<int>(scores.size()); ++l) {
      if (Allowed(l, closed_allowed) && (best < 0 || scores[l] > scores[best])) best = l;
    }
    if (best < 0) best = 0;
  }
  return best;
}

int Tagger::Model::FeatsFeatures(const Sentence& s, const std::vector<WordCtx>& ctx,
                                 const std::vector<int>& labels, int i, uint64_t* out) const {
  int n = static_cast<int>(ctx.size());
  uint64_t j = static_cast<uint64_t>(labels[i]) + 1;
  auto label = [&](int p) -> uint64_t {
    return p < 0 ? 0xfffe : p >= n ? 0xffff : static_cast<uint64_t>(labels[p]);
  };
  auto lower = [&](int p) -> uint64_t {
    return p < 0 ? Padding(0).lower : p >= n ? Padding(1).lower : ctx[p].lower;
  };
  // Nearest preceding noun or pronoun (subject-verb agreement).
  uint64_t nominal = 0;
  for (int p = i - 1; p >= 0 && p >= i - 12; --p) {
    if (nominal_label[labels[p]]) {
      nominal = HashMix(ctx[p].lower, static_cast<uint64_t>(labels[p]));
      break;
    }
  }
  // Whether a noun, pronoun, verb or "to" precedes i (imperative or not); looks back at most
  // 40 words so that long sentences stay linear.
  uint64_t clause = 0;
  for (int p = i - 1; p >= 0 && p >= i - 40; --p) {
    if (verbal_label[labels[p]] || nominal_label[labels[p]]) {
      clause = 1;
      break;
    }
  }
  int k = 0;
  auto f = [&](uint64_t tmpl, uint64_t v) {
    out[k++] = HashMix(HashMix(tmpl * 0x100000001b3ULL, j), v);
  };
  f(1, 0);
  f(2, ctx[i].lower);
  f(3, ctx[i].suffix[1]);
  f(4, ctx[i].suffix[2]);
  f(5, lower(i - 1));
  f(6, lower(i + 1));
  f(7, label(i - 1));
  f(8, label(i + 1));
  f(9, HashMix(label(i - 1), label(i - 2)));
  f(10, nominal);
  f(11, static_cast<uint64_t>(i == 0));
  f(12, lower(i - 2));
  f(13, HashMix(lower(i - 1), ctx[i].lower));
  f(14, static_cast<uint64_t>(ctx[i].cap));
  f(15, ctx[i].short_shape);
  f(16, HashMix(label(i - 1), label(i + 1)));
  f(17, HashMix(clause, label(i - 1)));
  return k;
}

void Tagger::Model::RepairFinite(const Sentence& s, std::vector<int>& labels,
                                 const std::vector<float>& gap, const std::vector<int>& alt) const {
  const int n = static_cast<int>(labels.size());
  if (n < kFiniteMinWords || !final_label[labels[n - 1]]) return;
  std::string low;
  auto past_form = [&](int i) {
    const std::string& f = s.words[i].form;
    if (f.size() > 3 && (f[f.size() - 1] == 'd' || f[f.size() - 1] == 'D') &&
        (f[f.size() - 2] == 'e' || f[f.size() - 2] == 'E')) {
      return true;
    }
    LowerInto(f, &low);
    return lexicon.Irregular(kWnVerb, low) != nullptr;  // "left", "held", "won"
  };
  for (int begin = 0, end; begin < n; begin = end + 1) {
    end = begin;
    while (end < n && !boundary_label[labels[end]]) ++end;
    // [begin, end): one clause-like segment. One between two commas is an aside or an
    // apposition ("Gen. X, the army chief appointed in 2020, said"): no verb needed.
    if (begin > 0 && end < n && comma_label[labels[begin - 1]] && comma_label[labels[end]]) {
      continue;
    }
    bool finite = false, nominal = false;
    int candidate = -1;
    for (int i = begin; i < end && !finite; ++i) {
      const int l = labels[i];
      const bool after_to = i > begin && (to_label[labels[i - 1]] || modal_label[labels[i - 1]]);
      if (finite_label[l] || (base_label[l] && !nominal && !after_to)) finite = true;
      // A participle, an adjective that could be a past tense ("blocked", "left"), or a plural
      // noun before an object ("worries the IAEA").
      const bool repairable =
          participle_label[l] ||
          (adjective_label[l] && alt[i] >= 0 && past_label[alt[i]] && past_form(i)) ||
          (plural_label[l] && alt[i] >= 0 && present3_label[alt[i]] && i + 1 < end &&
           object_start_label[labels[i + 1]]);
      if (repairable && i > begin && nominal_label[labels[i - 1]] && alt[i] >= 0 &&
          gap[i] < kFiniteRepairMargin && (candidate < 0 || gap[i] < gap[candidate])) {
        candidate = i;
      }
      if (nominal_label[l]) nominal = true;
    }
    if (!finite && candidate >= 0) labels[candidate] = alt[candidate];
  }
}

void Tagger::Model::TagWith(Sentence& s, const Weights& tag_w, const Weights& feats_w,
                            bool run_time_rules) const {
  thread_local std::vector<WordCtx> ctx;
  thread_local std::string low;
  thread_local std::vector<int> labels, labels1;
  thread_local std::vector<uint8_t> sure;
  thread_local std::vector<float> scores;
  thread_local std::vector<float> finite_gap;  // chosen label's score - best finite verb's
  thread_local std::vector<int> finite_alt;    // that finite verb label
  thread_local WordCache cache;
  thread_local std::vector<WordCache::Entry*> entries;
  if (cache.model_id != cache_id || cache.map.size() >= WordCache::kMaxEntries) {
    cache.map.clear();
    cache.model_id = cache_id;
  }
  int n = static_cast<int>(s.words.size());
  ctx.resize(n);
  entries.assign(n, nullptr);
  for (int i = 0; i < n; ++i) {
    const std::string& form = s.words[i].form;
    const uint64_t key = Hash64(form);
    auto it = cache.map.find(key);
    if (it != cache.map.end() && it->second.form == form) {
      ctx[i] = it->second.ctx;
      entries[i] = &it->second;
      continue;
    }
    WordContext(form, &ctx[i], &low, false);
    if (it == cache.map.end()) {  // (a different form with the same hash is not cached)
      WordCache::Entry& e = cache.map[key];
      e.form = form;
      e.ctx = ctx[i];
      entries[i] = &e;
    }
  }
  labels1.assign(n, 0);
  labels.assign(n, 0);
  sure.assign(n, 0);
  scores.resize(upos.size());
  // Capitalised words without an ambiguity class (seen fewer than twice in training; all
  // capitals or mixed case anywhere, a capital first letter after the sentence's first word)
  // are names: they take open classes only, with the run-time rules.
  auto closed_allowed = [&](int i) -> uint32_t {
    if (!run_time_rules) return kAllClosed;
    if (ctx[i].ambiguity == 0 && (ctx[i].cap >= 3 || (ctx[i].cap == 2 && i > 0))) return 0;
    return ctx[i].closed_allowed;
  };
  finite_gap.assign(n, std::numeric_limits<float>::infinity());
  finite_alt.assign(n, -1);
  // RepairFinite reads the gap only of participles and adjectives.
  auto note_finite = [&](int i, int chosen) {
    finite_gap[i] = std::numeric_limits<float>::infinity();
    if (!run_time_rules ||
        !(participle_label[chosen] || adjective_label[chosen] || plural_label[chosen])) {
      return;
    }
    for (size_t l = 0; l < scores.size(); ++l) {
      if (verb_finite_label[l] && scores[chosen] - scores[l] < finite_gap[i]) {
        finite_gap[i] = scores[chosen] - scores[l];
        finite_alt[i] = static_cast<int>(l);
      }
    }
  };
  for (int i = 0; i < n; ++i) {
    int p1 = i > 0 ? labels1[i - 1] : -1, p2 = i > 1 ? labels1[i - 2] : -1;
    if (ctx[i].tagdict >= 0) {
      labels1[i] = ctx[i].tagdict;
      sure[i] = 1;
      continue;
    }
    labels1[i] = PredictTag(ctx, i, p1, p2, nullptr, tag_w, scores, closed_allowed(i), entries[i]);
    note_finite(i, labels1[i]);
    float best = scores[labels1[i]], second = -1e30f;
    for (size_t l = 0; l < scores.size(); ++l) {
      if (static_cast<int>(l) != labels1[i]) second = std::max(second, scores[l]);
    }
    sure[i] = best - second >= kSureMargin;
  }
  for (int i = 0; i < n; ++i) {
    if (ctx[i].tagdict >= 0 || (sure[i] && (i == 0 || labels[i - 1] == labels1[i - 1]))) {
      labels[i] = labels1[i];
      continue;
    }
    int p1 = i > 0 ? labels[i - 1] : -1, p2 = i > 1 ? labels[i - 2] : -1;
    labels[i] =
        PredictTag(ctx, i, p1, p2, labels1.data(), tag_weights2, scores, closed_allowed(i),
                   entries[i]);
    note_finite(i, labels[i]);
  }
  if (run_time_rules) RepairFinite(s, labels, finite_gap, finite_alt);
  uint64_t features[kMaxFeatures];
  thread_local std::vector<float> fscores;
  fscores.assign(feats.size(), 0.0f);
  for (int i = 0; i < n; ++i) {
    Word& w = s.words[i];
    int label = labels[i];
    w.upos = upos[label];
    w.xpos = xpos[label];
    const std::vector<uint16_t>& cands = feats_candidates[label];
    int best = 0;
    if (cands.size() == 1) {
      best = cands[0];
    } else if (cands.size() > 1) {
      int nf = FeatsFeatures(s, ctx, labels, i, features);
      for (uint16_t c : cands) fscores[c] = 0;
      feats_w.Score(features, nf, fscores.data());
      best = cands[0];
      for (uint16_t c : cands) {
        if (fscores[c] > fscores[best]) best = c;
      }
    }
    w.feats = feats[best];
    // The lemma depends only on the form and the label: cached with the word.
    WordCache::Entry* e = entries[i];
    const std::string* cached = nullptr;
    if (e != nullptr) {
      for (const auto& [l, lemma] : e->lemmas) {
        if (l == label) cached = &lemma;
      }
    }
    if (cached != nullptr) {
      w.lemma = *cached;
      continue;
    }
    LowerInto(w.form, &low);
    w.lemma = lemmatizer.Lemma(w.form, low, w.xpos, &lexicon);
    if (e != nullptr) e->lemmas.emplace_back(label, w.lemma);
  }
  s.tagged = true;
}

Tagger::Tagger() = default;
Tagger::Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}

bool Tagger::trained() const { return model_ != nullptr; }

void Tagger::Model::TrainRun(const std::vector<Sentence>& gold,
                             const std::vector<std::vector<WordCtx>>& ctx,
                             const std::vector<std::vector<int>>& gold_labels,
                             const std::vector<std::vector<int>>& gold_feats, int epochs,
                             uint64_t seed, PerceptronTrainer& tag_trainer,
                             PerceptronTrainer& tag_trainer2, PerceptronTrainer& feats_trainer,
                             const std::function<void(int, double)>& after_epoch) const {
  std::vector<size_t> order(gold.size());
  std::iota(order.begin(), order.end(), 0);
  uint64_t rng = seed * 0x2545f4914f6cdd1dULL + 17;
  std::vector<float> scores(upos.size()), fscores(feats.size());
  uint64_t features[kMaxFeatures];
  std::vector<int> labels, labels1;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[SplitMix(rng) % i]);
    }
    size_t right = 0, seen = 0;
    for (size_t s : order) {
      const std::vector<WordCtx>& c = ctx[s];
      int n = static_cast<int>(c.size());
      // Pass 1, then pass 2 over pass 1's (online) labels.
      labels1.assign(n, 0);
      labels.assign(n, 0);
      for (int pass = 1; pass <= 2; ++pass) {
        std::vector<int>& out = pass == 1 ? labels1 : labels;
        PerceptronTrainer& trainer = pass == 1 ? tag_trainer : tag_trainer2;
        const int* right_labels = pass == 1 ? nullptr : labels1.data();
        for (int i = 0; i < n; ++i) {
          int truth = gold_labels[s][i];
          int p1 = i > 0 ? out[i - 1] : -1, p2 = i > 1 ? out[i - 2] : -1;
          int guess;
          if (c[i].tagdict >= 0) {
            guess = c[i].tagdict;
          } else {
            bool drop = c[i].rare && (SplitMix(rng) % 4 == 0);
            int nf = TagFeatures(c, i, p1, p2, right_labels, drop, features);
            std::fill(scores.begin(), scores.end(), 0.0f);
            trainer.Score(features, nf, scores.data());
            guess =
                static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            trainer.Update(features, nf, truth, guess);
          }
          out[i] = guess;
          if (pass == 2) {
            right += guess == truth;
            ++seen;
          }
        }
      }
      if (epoch < kFeatsEpochs) {
        // The feature classifier trains on gold labels.
        for (int i = 0; i < n; ++i) {
          const std::vector<uint16_t>& cands = feats_candidates[gold_labels[s][i]];
          if (cands.size() < 2) continue;
          int nf = FeatsFeatures(gold[s], c, gold_labels[s], i, features);
          for (uint16_t k : cands) fscores[k] = 0;
          feats_trainer.Score(features, nf, fscores.data());
          int best = cands[0];
          for (uint16_t k : cands) {
            if (fscores[k] > fscores[best]) best = k;
          }
          feats_trainer.Update(features, nf, gold_feats[s][i], best);
        }
      }
    }
    after_epoch(epoch, 100.0 * right / std::max<size_t>(seen, 1));
  }
}

StatusOr<Tagger> Tagger::Train(const std::vector<Sentence>& gold, const TrainOptions& options) {
  auto say = [&](const std::string& line) {
    if (options.progress) options.progress(line);
  };
  auto model = std::make_shared<Model>();
  Model& m = *model;
  // Labels, word statistics, feature strings and the lemmatizer's lexicon.
  std::map<std::string, int> label_ids;
  std::map<std::string, int> feats_ids;
  std::vector<std::vector<int>> gold_labels(gold.size());
  std::vector<std::vector<int>> gold_feats(gold.size());
  std::unordered_map<uint64_t, std::map<int, int>> form_labels, lower_labels;
  std::map<int, std::map<int, int>> label_feats;
  Lemmatizer::Builder lemmas;
  size_t words = 0;
  for (size_t s = 0; s < gold.size(); ++s) {
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      const Word& w = gold[s].words[i];
      if (w.upos.empty() || w.xpos.empty() || w.upos == "_") {
        return InvalidArgument("tagger training: sentence " + std::to_string(s + 1) + " word " +
                               std::to_string(i + 1) + " ('" + w.form + "') has no UPOS/XPOS");
      }
      std::string joint = w.upos + "|" + w.xpos;
      auto [it, added] = label_ids.emplace(joint, static_cast<int>(m.upos.size()));
      if (added) {
        m.upos.push_back(w.upos);
        m.xpos.push_back(w.xpos);
      }
      std::string feats = w.feats.empty() ? "_" : w.feats;
      auto [fit, fadded] = feats_ids.emplace(feats, static_cast<int>(m.feats.size()));
      if (fadded) m.feats.push_back(feats);
      gold_labels[s].push_back(it->second);
      gold_feats[s].push_back(fit->second);
      form_labels[Hash64(w.form)][it->second]++;
      lower_labels[Hash64(Lower(w.form))][it->second]++;
      label_feats[it->second][fit->second]++;
      lemmas.Add(w.form, w.xpos, w.lemma);
      ++words;
    }
  }
  if (words == 0) return InvalidArgument("tagger training: no words in the training data");
  if (m.upos.size() > 65000 || m.feats.size() > 65000) {
    return InvalidArgument("tagger training: more than 65000 distinct tags or feature strings");
  }
  for (auto& [form, counts] : form_labels) {
    int total = 0, best = -1, best_n = 0;
    for (auto& [label, c] : counts) {
      total += c;
      if (c > best_n) best_n = c, best = label;
    }
    if (total >= kTagDictMinCount && best_n >= kTagDictMinShare * total) {
      m.tagdict.FindOrInsert(form, static_cast<uint32_t>(best));
    }
  }
  m.DeriveNominal();  // closed_label, for the closed classes each word was seen with
  for (auto& [lower, counts] : lower_labels) {
    int total = 0;
    uint32_t closed = 0;
    for (auto& [label, c] : counts) {
      total += c;
      if (m.closed_label[label] != 0) closed |= 1u << (m.closed_label[label] - 1);
    }
    m.frequency.FindOrInsert(lower, static_cast<uint32_t>(total));
    uint32_t cls = AmbiguityClass(counts);
    if (cls != 0) m.ambiguity.FindOrInsert(lower, cls);
    if (total >= kClosedMinCount) m.closed_seen.FindOrInsert(lower, closed);
  }
  m.feats_candidates.resize(m.upos.size());
  for (auto& [label, counts] : label_feats) {
    for (auto& [f, c] : counts) m.feats_candidates[label].push_back(static_cast<uint16_t>(f));
    // Most frequent first: the default when the classifier has no evidence.
    std::stable_sort(m.feats_candidates[label].begin(), m.feats_candidates[label].end(),
                     [&](uint16_t a, uint16_t b) { return counts[a] > counts[b]; });
  }
  std::string note;
  m.lexicon = LexiconClasses::Build(options.wordnet_dir, options.hunspell_dic, &note);
  if (!note.empty()) say(note + "; training without it");
  m.lemmatizer = lemmas.Build();
  say(std::to_string(words) + " words, " + std::to_string(m.upos.size()) + " tags, " +
      std::to_string(m.feats.size()) + " feature strings");

  // Contexts are computed once; word dropout happens per use.
  std::vector<std::vector<WordCtx>> ctx(gold.size());
  std::string low;
  for (size_t s = 0; s < gold.size(); ++s) m.Context(gold[s], &ctx[s], &low, true);
  {
    // Jack-knifed ambiguity classes: sentence s (in fold s % kAmbiguityFolds) gets the class
    // its words have in the other folds.
    std::vector<std::unordered_map<uint64_t, std::map<int, int>>> fold_labels(kAmbiguityFolds);
    for (size_t s = 0; s < gold.size(); ++s) {
      for (size_t i = 0; i < ctx[s].size(); ++i) {
        fold_labels[s % kAmbiguityFolds][ctx[s][i].lower][gold_labels[s][i]]++;
      }
    }
    for (size_t s = 0; s < gold.size(); ++s) {
      const auto& own = fold_labels[s % kAmbiguityFolds];
      for (WordCtx& c : ctx[s]) {
        auto all = lower_labels.find(c.lower);
        auto mine = own.find(c.lower);
        if (all == lower_labels.end() || mine == own.end()) continue;  // cannot happen
        std::map<int, int> counts = all->second;
        for (auto& [label, n] : mine->second) counts[label] -= n;
        c.ambiguity = AmbiguityClass(counts);
      }
    }
  }

  // One trainer of each table per run (TrainOptions::ensemble); the model keeps their means.
  const int runs = std::max(1, options.ensemble);
  const int epochs = std::max(1, options.epochs);
  std::vector<std::unique_ptr<PerceptronTrainer>> tag_trainers, tag_trainers2, feats_trainers;
  for (int run = 0; run < runs; ++run) {
    tag_trainers.push_back(std::make_unique<PerceptronTrainer>(static_cast<int>(m.upos.size())));
    tag_trainers2.push_back(std::make_unique<PerceptronTrainer>(static_cast<int>(m.upos.size())));
    feats_trainers.push_back(std::make_unique<PerceptronTrainer>(static_cast<int>(m.feats.size())));
    PerceptronTrainer& tag_trainer = *tag_trainers.back();
    PerceptronTrainer& tag_trainer2 = *tag_trainers2.back();
    PerceptronTrainer& feats_trainer = *feats_trainers.back();
    auto after_epoch = [&](int epoch, double accuracy) {
      std::string line = (runs > 1 ? "run " + std::to_string(run + 1) + " " : std::string()) +
                         "epoch " + std::to_string(epoch + 1) + "/" + std::to_string(epochs) +
                         " train tag accuracy " + std::to_string(accuracy);
      // Dev scores cost a Finish() of every table: after every second epoch and the last (of
      // an ensemble's runs, only after the last).
      const bool last = epoch + 1 == epochs;
      if (options.dev != nullptr && options.progress &&
          (last || (runs == 1 && epoch % 2 == 1))) {
        m.tag_weights = tag_trainer.Finish(kPrune);
        m.tag_weights2 = tag_trainer2.Finish(kPrune);
        m.feats_weights = feats_trainer.Finish(kPrune);
        TagScores dev = Tagger(std::shared_ptr<const Model>(model, &m)).Evaluate(*options.dev);
        char buf[160];
        std::snprintf(buf, sizeof(buf), "; dev UPOS %.2f XPOS %.2f UFeats %.2f lemma %.2f",
                      dev.upos, dev.xpos, dev.ufeats, dev.lemma);
        line += buf;
      }
      say(line);
    };
    // Run 0 shuffles as a single tagger does; the others from seeds far from it.
    const uint64_t seed = options.seed + 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(run);
    m.TrainRun(gold, ctx, gold_labels, gold_feats, epochs, seed, tag_trainer, tag_trainer2,
               feats_trainer, after_epoch);
  }
  auto mean = [](const std::vector<std::unique_ptr<PerceptronTrainer>>& trainers) {
    std::vector<const PerceptronTrainer*> all;
    for (const auto& t : trainers) all.push_back(t.get());
    return PerceptronTrainer::FinishMean(all, kPrune);
  };
  m.tag_weights = mean(tag_trainers);
  m.tag_weights2 = mean(tag_trainers2);
  m.feats_weights = mean(feats_trainers);
  if (runs > 1 && options.dev != nullptr && options.progress) {
    TagScores dev = Tagger(std::shared_ptr<const Model>(model, &m)).Evaluate(*options.dev);
    char buf[160];
    std::snprintf(buf, sizeof(buf),
                  "mean of %d runs: dev UPOS %.2f XPOS %.2f UFeats %.2f lemma %.2f", runs,
                  dev.upos, dev.xpos, dev.ufeats, dev.lemma);
    say(buf);
  }
  m.frequency = FeatureMap();
  say(std::to_string(m.tag_weights.num_entries()) + " + " +
      std::to_string(m.tag_weights2.num_entries()) + " tag weights, " +
      std::to_string(m.feats_weights.num_entries()) + " feature weights");
  return Tagger(model);
}

void Tagger::Tag(Sentence& sentence) const { Tag(sentence, true); }

void Tagger::Tag(Sentence& sentence, bool run_time_rules) const {
  if (!model_) {
    static const std::string kX = "X", kNone = "_";
    for (Word& w : sentence.words) {
      w.upos = kX;
      w.xpos = kNone;
      w.feats = kNone;
      w.lemma = w.form;
    }
    sentence.tagged = true;
    return;
  }
  model_->TagWith(sentence, model_->tag_weights, model_->feats_weights, run_time_rules);
}

namespace {

void SaveMap(const FeatureMap& map, BinaryWriter& out) {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(map.size());
  map.ForEach([&](uint64_t k, uint32_t v) { entries.emplace_back(k, v); });
  std::sort(entries.begin(), entries.end());
  out.U64(entries.size());
  for (auto& [k, v] : entries) {
    out.U64(k);
    out.U32(v);
  }
}

Status LoadMap(BinaryReader& in, uint32_t max_value, FeatureMap* map) {
  uint64_t n = in.U64();
  if (!in.ok()) return in.status();
  if (n > (1u << 26)) return DataLoss("tagger model: bad table size");
  map->Reserve(n);
  for (uint64_t i = 0; i < n && in.ok(); ++i) {
    uint64_t k = in.U64();
    uint32_t v = in.U32();
    if (v > max_value) {
      return DataLoss("tagger model: value out of range at byte " + std::to_string(in.position()));
    }
    map->FindOrInsert(k, v);
  }
  return in.status();
}

}  // namespace

void Tagger::Save(BinaryWriter& out) const {
  out.U32(kFormatVersion);
  out.U8(model_ ? 1 : 0);
  if (!model_) return;
  const Model& m = *model_;
  out.U32(static_cast<uint32_t>(m.upos.size()));
  for (size_t i = 0; i < m.upos.size(); ++i) {
    out.Str(m.upos[i]);
    out.Str(m.xpos[i]);
  }
  SaveMap(m.tagdict, out);
  SaveMap(m.ambiguity, out);
  SaveMap(m.closed_seen, out);
  m.lexicon.Save(out);
  m.tag_weights.Save(out);
  m.tag_weights2.Save(out);
  out.U32(static_cast<uint32_t>(m.feats.size()));
  for (const std::string& f : m.feats) out.Str(f);
  for (const auto& cands : m.feats_candidates) {
    out.U32(static_cast<uint32_t>(cands.size()));
    for (uint16_t c : cands) out.U32(c);
  }
  m.feats_weights.Save(out);
  m.lemmatizer.Save(out);
}

StatusOr<Tagger> Tagger::Load(BinaryReader& in) {
  uint32_t version = in.U32();
  uint8_t present = in.U8();
  if (!in.ok()) return in.status();
  if (version != kFormatVersion) {
    return FailedPrecondition("tagger model: format version " + std::to_string(version) +
                              ", this build reads version " + std::to_string(kFormatVersion) +
                              "; retrain with `dyad train`");
  }
  if (present == 0) return Tagger();
  if (present != 1) return DataLoss("tagger model: damaged header");
  auto model = std::make_shared<Model>();
  Model& m = *model;
  uint32_t labels = in.U32();
  if (!in.ok()) return in.status();
  if (labels == 0 || labels > 65000) return DataLoss("tagger model: bad tag count");
  for (uint32_t i = 0; i < labels && in.ok(); ++i) {
    m.upos.push_back(in.Str());
    m.xpos.push_back(in.Str());
  }
  if (!in.ok()) return in.status();
  m.DeriveNominal();
  DYAD_RETURN_IF_ERROR(LoadMap(in, labels - 1, &m.tagdict));
  DYAD_RETURN_IF_ERROR(LoadMap(in, 0xffffffffu, &m.ambiguity));
  DYAD_RETURN_IF_ERROR(LoadMap(in, kAllClosed, &m.closed_seen));
  StatusOr<LexiconClasses> lexicon = LexiconClasses::Load(in);
  if (!lexicon.ok()) return lexicon.status();
  m.lexicon = std::move(*lexicon);
  StatusOr<Weights> tag_weights = Weights::Load(in);
  if (!tag_weights.ok()) return tag_weights.status();
  if (tag_weights->num_labels() != static_cast<int>(labels)) {
    return DataLoss("tagger model: weight table does not match the tag set");
  }
  m.tag_weights = std::move(*tag_weights);
  StatusOr<Weights> tag_weights2 = Weights::Load(in);
  if (!tag_weights2.ok()) return tag_weights2.status();
  if (tag_weights2->num_labels() != static_cast<int>(labels)) {
    return DataLoss("tagger model: weight table does not match the tag set");
  }
  m.tag_weights2 = std::move(*tag_weights2);
  uint32_t nfeats = in.U32();
  if (!in.ok()) return in.status();
  if (nfeats == 0 || nfeats > 65000) return DataLoss("tagger model: bad feature-string count");
  for (uint32_t i = 0; i < nfeats && in.ok(); ++i) m.feats.push_back(in.Str());
  m.feats_candidates.resize(labels);
  for (uint32_t l = 0; l < labels && in.ok(); ++l) {
    uint32_t n = in.U32();
    if (n > nfeats) return DataLoss("tagger model: bad feature candidate list");
    for (uint32_t i = 0; i < n && in.ok(); ++i) {
      uint32_t c = in.U32();
      if (c >= nfeats) return DataLoss("tagger model: feature candidate out of range");
      m.feats_candidates[l].push_back(static_cast<uint16_t>(c));
    }
  }
  if (!in.ok()) return in.status();
  StatusOr<Weights> feats_weights = Weights::Load(in);
  if (!feats_weights.ok()) return feats_weights.status();
  if (feats_weights->num_labels() != static_cast<int>(nfeats)) {
    return DataLoss("tagger model: feature weights do not match the feature strings");
  }
  m.feats_weights = std::move(*feats_weights);
  StatusOr<Lemmatizer> lemmatizer = Lemmatizer::Load(in);
  if (!lemmatizer.ok()) return lemmatizer.status();
  m.lemmatizer = std::move(*lemmatizer);
  return Tagger(model);
}

TagScores Tagger::Evaluate(const std::vector<Sentence>& gold) const {
  TagScores scores;
  size_t upos = 0, xpos = 0, feats = 0, lemma = 0, all = 0;
  for (const Sentence& g : gold) {
    Sentence s = g;
    Tag(s);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const Word& p = s.words[i];
      const Word& w = g.words[i];
      bool u = p.upos == w.upos, x = p.xpos == w.xpos;
      bool f = p.feats == (w.feats.empty() ? "_" : w.feats);
      upos += u;
      xpos += x;
      feats += f;
      lemma += p.lemma == w.lemma;
      all += u && x && f;
    }
    scores.words += s.words.size();
  }
  if (scores.words > 0) {
    double n = static_cast<double>(scores.words) / 100.0;
    scores.upos = upos / n;
    scores.xpos = xpos / n;
    scores.ufeats = feats / n;
    scores.lemma = lemma / n;
    scores.all_tags = all / n;
  }
  return scores;
}

}  // namespace dyad::tag
