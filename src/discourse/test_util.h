// Test helper: a parsed Sentence written by hand, one word a line:
//   "form lemma UPOS XPOS head deprel"   (head 1-based, 0 = root, as in CoNLL-U)
// Spans are laid out in a story text built from the forms, separated by spaces.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "doc/document.h"

namespace dyad::discourse::testing {

inline Sentence AddSentence(Story& story, const std::vector<std::string>& lines) {
  Sentence s;
  if (!story.text.empty()) story.text += ' ';
  s.span.begin = static_cast<uint32_t>(story.text.size());
  for (const std::string& line : lines) {
    std::istringstream in(line);
    Word w;
    int head = 0;
    in >> w.form >> w.lemma >> w.upos >> w.xpos >> head >> w.deprel;
    w.head = head - 1;
    if (story.text.size() > s.span.begin) story.text += ' ';
    w.span.begin = static_cast<uint32_t>(story.text.size());
    story.text += w.form;
    w.span.end = static_cast<uint32_t>(story.text.size());
    s.words.push_back(std::move(w));
  }
  s.span.end = static_cast<uint32_t>(story.text.size());
  s.tagged = s.parsed = true;
  story.sentences.push_back(s);
  return s;
}

}  // namespace dyad::discourse::testing
