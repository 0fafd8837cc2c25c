// CoNLL 2018 shared task scoring (the metrics of conll18_ud_eval.py, version 1.2).
//
// System words are aligned to gold words through the offsets of the non-whitespace characters
// of the text (characters of Unicode category Zs are removed from every form first), as the
// official script does:
//   - outside multiword tokens, a system word is aligned with the gold word of exactly the same
//     character span;
//   - where a multiword token occurs on either side, the words of the smallest region covering
//     it on both sides are aligned by the longest common subsequence of their lower-cased forms
//     (so "don't" split into do + n't aligns with gold do + n't whatever the token layout).
// Tokens and Sentences compare surface token spans and sentence spans.
//
// Metrics (Score::F1 is what the shared task reports):
//   Tokens, Sentences, Words: precision = correct / system, recall = correct / gold.
//   UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS: "correct" counts aligned words whose
//     attribute agrees; precision and recall as above, AlignedAccuracy = correct / aligned.
//     UFeats keeps only the universal features (PronType, NumType, Poss, Reflex, Foreign, Abbr,
//     Gender, Animacy, Number, Case, Definite, Degree, VerbForm, Mood, Tense, Aspect, Voice,
//     Evident, Polarity, Person, Polite); "_" is no feature. AllTags = UPOS + XPOS + UFeats.
//     Lemmas: a gold lemma "_" matches any system lemma.
//     UAS: the system head is aligned with the gold head (or both are the root).
//     LAS: UAS and the same relation, compared WITHOUT subtypes ("nsubj:pass" == "nsubj"),
//     exactly as the official script ("deprel.split(':')[0]"); dyad's parser keeps subtypes,
//     but they do not count here.
// Heads come from Word::head (index in the sentence, -1 = root); an out-of-range head counts
// as a head that matches nothing.
//
// Thread safety: plain functions over const inputs.
#pragma once

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::eval {

struct Score {
  int64_t gold = 0;     // gold items (words, tokens, sentences)
  int64_t system = 0;   // system items
  int64_t correct = 0;  // items counted correct
  int64_t aligned = 0;  // aligned words (for word attributes), else == correct
  // Percentages 0-100 (CoNLL 2018 convention); 0 when the denominator is 0.
  double Precision() const;
  double Recall() const;
  double F1() const;
  double AlignedAccuracy() const;
};

struct ConllScores {
  Score tokens;
  Score sentences;
  Score words;
  Score upos;
  Score xpos;
  Score ufeats;
  Score alltags;
  Score lemmas;
  Score uas;
  Score las;
};

// Scores `system` against `gold`. Each vector is read as one text, story after story (the
// official script reads one file): the two must hold the same non-whitespace characters in the
// same order, else kInvalidArgument naming the first differing character (story id, offset and
// a few characters of each side). Each side's words come from Sentence::words and
// Sentence::multiword (a multiword token's form stands for the text of its words).
StatusOr<ConllScores> ScoreDocuments(const std::vector<Story>& gold,
                                     const std::vector<Story>& system);

// A copy of each story with its metadata and text only (no sentences): what a system sees
// when it is scored from raw text (`dyad eval tokenize`, `dyad eval parse` without gold
// tokens).
std::vector<Story> StripToText(const std::vector<Story>& stories);

}  // namespace dyad::eval
