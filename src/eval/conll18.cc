// CoNLL 2018 scoring. The alignment follows conll18_ud_eval.py v1.2 (Zeman et al. 2018,
// "CoNLL 2018 Shared Task: Multilingual Parsing from Raw Text to Universal Dependencies"),
// functions load_conllu, align_words, find_multiword_span, compute_lcs, spans_score and
// alignment_score, re-implemented here over dyad's document types.
#include "eval/conll18.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace dyad::eval {

double Score::Precision() const { return system > 0 ? 100.0 * correct / system : 0.0; }
double Score::Recall() const { return gold > 0 ? 100.0 * correct / gold : 0.0; }
double Score::F1() const {
  return system + gold > 0 ? 100.0 * 2.0 * correct / static_cast<double>(system + gold) : 0.0;
}
double Score::AlignedAccuracy() const { return aligned > 0 ? 100.0 * correct / aligned : 0.0; }

namespace {

struct CharSpan {
  int64_t begin = 0;
  int64_t end = 0;
};

struct UdWord {
  CharSpan span;
  bool multiword = false;
  const Word* word = nullptr;
  int64_t parent = -1;  // index in UdDoc::words; -1 root; -2 invalid head
  std::string form;     // Zs removed
  std::string feats;    // universal features only, sorted
  std::string deprel;   // without subtype
};

struct UdDoc {
  std::string chars;  // non-Zs characters of all forms, UTF-8
  std::vector<CharSpan> tokens;
  std::vector<CharSpan> sentences;
  std::vector<UdWord> words;
  // For error messages: where each story's characters start.
  std::vector<std::pair<int64_t, const Story*>> story_starts;
};

bool IsZs(char32_t cp) {
  return cp == 0x20 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
         cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

std::string RemoveZs(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (size_t i = 0; i < form.size();) {
    char32_t cp;
    int len = DecodeUtf8(form, i, &cp);
    if (!IsZs(cp)) out.append(form.substr(i, len));
    i += len;
  }
  return out;
}

std::string UniversalFeats(std::string_view feats) {
  static constexpr std::string_view kUniversal[] = {
      "PronType", "NumType", "Poss",  "Reflex",   "Foreign",  "Abbr",     "Gender",
      "Animacy",  "Number",  "Case",  "Definite", "Degree",   "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice", "Evident",  "Polarity", "Person",   "Polite"};
  std::vector<std::string_view> kept;
  size_t start = 0;
  while (start <= feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string_view::npos) bar = feats.size();
    std::string_view f = feats.substr(start, bar - start);
    std::string_view name = f.substr(0, f.find('='));
    for (std::string_view u : kUniversal) {
      if (name == u) {
        kept.push_back(f);
        break;
      }
    }
    start = bar + 1;
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view f : kept) {
    if (!out.empty()) out += '|';
    out += f;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

UdDoc Load(const std::vector<Story>& stories) {
  UdDoc doc;
  for (const Story& story : stories) {
    doc.story_starts.push_back({static_cast<int64_t>(doc.chars.size()), &story});
    for (const Sentence& s : story.sentences) {
      if (s.words.empty()) continue;
      int64_t sentence_begin = static_cast<int64_t>(doc.chars.size());
      int64_t base = static_cast<int64_t>(doc.words.size());
      auto add_word = [&](const Word& w, CharSpan span, bool multiword) {
        UdWord u;
        u.span = span;
        u.multiword = multiword;
        u.word = &w;
        u.form = RemoveZs(w.form);
        u.feats = UniversalFeats(w.feats);
        u.deprel = w.deprel.substr(0, w.deprel.find(':'));
        if (w.head < 0) {
          u.parent = -1;
        } else if (static_cast<size_t>(w.head) < s.words.size()) {
          u.parent = base + w.head;
        } else {
          u.parent = -2;
        }
        doc.words.push_back(std::move(u));
      };
      for (size_t k = 0; k < s.words.size();) {
        const Word& w = s.words[k];
        int32_t m = w.multiword;
        if (m >= 0 && static_cast<size_t>(m) < s.multiword.size() && s.multiword[m].first == k &&
            s.multiword[m].last > k) {
          const MultiwordToken& t = s.multiword[m];
          int64_t b = static_cast<int64_t>(doc.chars.size());
          doc.chars += RemoveZs(t.form);
          CharSpan span{b, static_cast<int64_t>(doc.chars.size())};
          doc.tokens.push_back(span);
          size_t last = std::min<size_t>(t.last, s.words.size() - 1);
          for (size_t i = k; i <= last; ++i) add_word(s.words[i], span, true);
          k = last + 1;
        } else {
          int64_t b = static_cast<int64_t>(doc.chars.size());
          doc.chars += RemoveZs(w.form);
          CharSpan span{b, static_cast<int64_t>(doc.chars.size())};
          doc.tokens.push_back(span);
          add_word(w, span, false);
          ++k;
        }
      }
      doc.sentences.push_back({sentence_begin, static_cast<int64_t>(doc.chars.size())});
    }
  }
  return doc;
}

Score SpansScore(const std::vector<CharSpan>& gold, const std::vector<CharSpan>& system) {
  Score score;
  score.gold = static_cast<int64_t>(gold.size());
  score.system = static_cast<int64_t>(system.size());
  size_t gi = 0;
  size_t si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (system[si].begin < gold[gi].begin) {
      ++si;
    } else if (gold[gi].begin < system[si].begin) {
      ++gi;
    } else {
      score.correct += gold[gi].end == system[si].end;
      ++gi;
      ++si;
    }
  }
  score.aligned = score.correct;
  return score;
}

bool BeyondEnd(const std::vector<UdWord>& words, size_t i, int64_t end) {
  return i >= words.size() || words[i].span.begin >= end;
}

int64_t ExtendEnd(const UdWord& w, int64_t end) {
  return (w.multiword && w.span.end > end) ? w.span.end : end;
}

// Aligned (gold index, system index) pairs.
std::vector<std::pair<size_t, size_t>> AlignWords(const std::vector<UdWord>& gold,
                                                  const std::vector<UdWord>& system) {
  std::vector<std::pair<size_t, size_t>> aligned;
  size_t gi = 0;
  size_t si = 0;
  std::vector<int> lcs;
  while (gi < gold.size() && si < system.size()) {
    if (gold[gi].multiword || system[si].multiword) {
      // find_multiword_span
      int64_t end;
      if (gold[gi].multiword) {
        end = gold[gi].span.end;
        if (!system[si].multiword && system[si].span.begin < gold[gi].span.begin) ++si;
      } else {
        end = system[si].span.end;
        if (!gold[gi].multiword && gold[gi].span.begin < system[si].span.begin) ++gi;
      }
      size_t gs = gi;
      size_t ss = si;
      while (!BeyondEnd(gold, gi, end) || !BeyondEnd(system, si, end)) {
        if (gi < gold.size() &&
            (si >= system.size() || gold[gi].span.begin <= system[si].span.begin)) {
          end = ExtendEnd(gold[gi], end);
          ++gi;
        } else {
          end = ExtendEnd(system[si], end);
          ++si;
        }
      }
      size_t gn = gi - gs;
      size_t sn = si - ss;
      if (gn == 0 || sn == 0) continue;
      if (gn * sn > 50'000'000) continue;  // a pathological region: leave it unaligned
      // compute_lcs over lower-cased forms
      auto same = [&](size_t g, size_t s) {
        return Lower(gold[gs + g].form) == Lower(system[ss + s].form);
      };
      lcs.assign(gn * sn, 0);
      auto at = [&](size_t g, size_t s) -> int& { return lcs[g * sn + s]; };
      for (size_t g = gn; g-- > 0;) {
        for (size_t s = sn; s-- > 0;) {
          int v = 0;
          if (same(g, s)) v = 1 + ((g + 1 < gn && s + 1 < sn) ? at(g + 1, s + 1) : 0);
          v = std::max(v, g + 1 < gn ? at(g + 1, s) : 0);
          v = std::max(v, s + 1 < sn ? at(g, s + 1) : 0);
          at(g, s) = v;
        }
      }
      size_t g = 0;
      size_t s = 0;
      while (g < gn && s < sn) {
        if (same(g, s)) {
          aligned.push_back({gs + g, ss + s});
          ++g;
          ++s;
        } else if (at(g, s) == (g + 1 < gn ? at(g + 1, s) : 0)) {
          ++g;
        } else {
          ++s;
        }
      }
    } else {
      if (gold[gi].span.begin == system[si].span.begin &&
          gold[gi].span.end == system[si].span.end) {
        aligned.push_back({gi, si});
        ++gi;
        ++si;
      } else if (gold[gi].span.begin <= system[si].span.begin) {
        ++gi;
      } else {
        ++si;
      }
    }
  }
  return aligned;
}

std::string Excerpt(const std::string& chars, int64_t at) {
  int64_t b = std::max<int64_t>(0, at - 10);
  return chars.substr(b, 30);
}

Status CompareCharacters(const UdDoc& gold, const UdDoc& system) {
  if (gold.chars == system.chars) return Status::Ok();
  int64_t n = static_cast<int64_t>(std::min(gold.chars.size(), system.chars.size()));
  int64_t i = 0;
  while (i < n && gold.chars[i] == system.chars[i]) ++i;
  std::string story_id = "?";
  for (const auto& [start, story] : gold.story_starts) {
    if (start <= i) story_id = story->id;
  }
  return InvalidArgument("gold and system texts differ at non-space character (byte) " +
                         std::to_string(i) + ", in gold story " + story_id + ": gold \"" +
                         Excerpt(gold.chars, i) + "\" vs system \"" + Excerpt(system.chars, i) +
                         "\" (both sides must tokenize the same text)");
}

}  // namespace

StatusOr<ConllScores> ScoreDocuments(const std::vector<Story>& gold_stories,
                                     const std::vector<Story>& system_stories) {
  UdDoc gold = Load(gold_stories);
  UdDoc system = Load(system_stories);
  DYAD_RETURN_IF_ERROR(CompareCharacters(gold, system));

  ConllScores scores;
  scores.tokens = SpansScore(gold.tokens, system.tokens);
  scores.sentences = SpansScore(gold.sentences, system.sentences);

  std::vector<std::pair<size_t, size_t>> aligned = AlignWords(gold.words, system.words);
  std::vector<int64_t> system_to_gold(system.words.size(), -3);  // -3: not aligned
  for (const auto& [g, s] : aligned) system_to_gold[s] = static_cast<int64_t>(g);

  auto init = [&](Score& sc) {
    sc.gold = static_cast<int64_t>(gold.words.size());
    sc.system = static_cast<int64_t>(system.words.size());
    sc.aligned = static_cast<int64_t>(aligned.size());
  };
  for (Score* sc : {&scores.words, &scores.upos, &scores.xpos, &scores.ufeats, &scores.alltags,
                    &scores.lemmas, &scores.uas, &scores.las}) {
    init(*sc);
  }
  scores.words.correct = static_cast<int64_t>(aligned.size());
  // The system head mapped to gold indices: -1 root, -3 not aligned, -2 invalid.
  auto system_parent = [&](const UdWord& w) -> int64_t {
    if (w.parent < 0) return w.parent;
    return system_to_gold[w.parent];
  };
  for (const auto& [gi, si] : aligned) {
    const UdWord& g = gold.words[gi];
    const UdWord& s = system.words[si];
    bool upos = g.word->upos == s.word->upos;
    bool xpos = g.word->xpos == s.word->xpos;
    bool feats = g.feats == s.feats;
    scores.upos.correct += upos;
    scores.xpos.correct += xpos;
    scores.ufeats.correct += feats;
    scores.alltags.correct += upos && xpos && feats;
    scores.lemmas.correct += g.word->lemma == "_" || g.word->lemma == s.word->lemma;
    bool head = g.parent != -2 && g.parent == system_parent(s);
    scores.uas.correct += head;
    scores.las.correct += head && g.deprel == s.deprel;
  }
  return scores;
}

std::vector<Story> StripToText(const std::vector<Story>& stories) {
  std::vector<Story> out;
  out.reserve(stories.size());
  for (const Story& s : stories) {
    Story copy;
    copy.id = s.id;
    copy.date = s.date;
    copy.source = s.source;
    copy.title = s.title;
    copy.url = s.url;
    copy.text = s.text;
    copy.extra_json = s.extra_json;
    copy.origin = s.origin;
    out.push_back(std::move(copy));
  }
  return out;
}

}  // namespace dyad::eval
