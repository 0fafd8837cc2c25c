#include "tag/tagger.h"

#include <map>
#include <unordered_map>

namespace dyad::tag {

// First version: most frequent joint tag per form (placeholder until the perceptron lands).
struct Tagger::Model {
  std::unordered_map<std::string, std::string> upos, xpos;
};

Tagger::Tagger() = default;
Tagger::Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}

bool Tagger::trained() const { return model_ != nullptr; }

StatusOr<Tagger> Tagger::Train(const std::vector<Sentence>& gold, const TrainOptions& options) {
  auto model = std::make_shared<Model>();
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>> counts;
  size_t words = 0;
  for (size_t s = 0; s < gold.size(); ++s) {
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      const Word& w = gold[s].words[i];
      if (w.upos.empty() || w.xpos.empty()) {
        return InvalidArgument("tagger training: sentence " + std::to_string(s) + " word " +
                               std::to_string(i) + " has no UPOS/XPOS");
      }
      counts[w.form][{w.upos, w.xpos}]++;
      ++words;
    }
  }
  if (words == 0) return InvalidArgument("tagger training: no words");
  for (auto& [form, c] : counts) {
    int best = -1;
    for (auto& [tags, n] : c) {
      if (n > best) {
        best = n;
        model->upos[form] = tags.first;
        model->xpos[form] = tags.second;
      }
    }
  }
  return Tagger(model);
}

void Tagger::Tag(Sentence& sentence) const {
  for (Word& w : sentence.words) {
    static const std::string kX = "X", kNone = "_", kNoun = "NOUN", kNn = "NN";
    w.upos = kX;
    w.xpos = kNone;
    w.feats = kNone;
    w.lemma = w.form;
    if (!model_) continue;
    auto it = model_->upos.find(w.form);
    if (it != model_->upos.end()) {
      w.upos = it->second;
      w.xpos = model_->xpos.at(w.form);
    } else {
      w.upos = kNoun;
      w.xpos = kNn;
    }
  }
  sentence.tagged = true;
}

void Tagger::Save(BinaryWriter& out) const {
  out.U32(0);
  if (!model_) return;
  out.U32(static_cast<uint32_t>(model_->upos.size()));
  for (auto& [form, u] : model_->upos) {
    out.Str(form);
    out.Str(u);
    out.Str(model_->xpos.at(form));
  }
}

StatusOr<Tagger> Tagger::Load(BinaryReader& in) {
  uint32_t version = in.U32();
  if (!in.ok()) return in.status();
  if (version != 0) return FailedPrecondition("tagger: unknown format version");
  auto model = std::make_shared<Model>();
  uint32_t n = in.U32();
  for (uint32_t i = 0; i < n && in.ok(); ++i) {
    std::string form = in.Str();
    model->upos[form] = in.Str();
    model->xpos[form] = in.Str();
  }
  if (!in.ok()) return in.status();
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
      bool u = p.upos == w.upos, x = p.xpos == w.xpos, f = p.feats == w.feats;
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
