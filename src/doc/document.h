// The document types every stage speaks: Story, Sentence, Word, Event.
//
// A Story owns its original text; everything below it points into that text by byte spans, so
// the original is never altered or lost (`text.substr(span.begin, span.end - span.begin)`).
// Stages fill in more of the same objects as the pipeline runs:
//   ingest    -> Story (id, date, text, metadata; sentences too for CoNLL-U input)
//   tokenize  -> Story::sentences with Word::span/form and multiword tokens
//   tag       -> Word::upos/xpos/feats/lemma
//   parse     -> Word::head/deprel
//   coder     -> Event
// Plain structs with value semantics; no stage keeps pointers into another stage's objects.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// [begin, end) in UTF-8 bytes of Story::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// One syntactic word in the UD sense: "don't" is two words, "do" and "n't". The span of each
// part lies inside the surface token's span ("do" = bytes 0-2, "n't" = bytes 2-5).
struct Word {
  Span span;
  std::string form;    // as written (for CoNLL-U input: the FORM column)
  std::string lemma;   // empty until tagged
  std::string upos;    // UD universal tag, empty until tagged
  std::string xpos;    // Penn Treebank tag, empty until tagged
  std::string feats;   // UD features "Number=Sing|..." or "_" ; empty until tagged
  int32_t head = -1;   // index of the head word in Sentence::words; -1 = root (or unparsed)
  std::string deprel;  // UD relation ("nsubj", "obl:agent", ...); empty until parsed
  bool space_after = true;  // false when the next word follows without whitespace
  int32_t multiword = -1;   // index in Sentence::multiword when part of one, else -1
};

// A surface token made of several words (CoNLL-U range line "3-4 don't").
struct MultiwordToken {
  uint32_t first = 0;  // first word index
  uint32_t last = 0;   // last word index (inclusive)
  Span span;
  std::string form;
};

struct Sentence {
  Span span;  // in Story::text
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword;
  int32_t paragraph = 0;  // 0-based paragraph index in the story
  bool tagged = false;
  bool parsed = false;
};

struct Story {
  std::string id;
  std::string date;    // "YYYY-MM-DD" or empty when unknown
  std::string source;
  std::string title;
  std::string url;
  std::string text;    // original text, never altered after ingest (except an opt-in UTF-8 repair)
  std::string extra_json;  // unknown JSONL fields as a JSON object ("{...}"), or empty
  std::string origin;      // where the story came from, for messages: "file:line" or "file"
  std::vector<Sentence> sentences;

  std::string_view SpanText(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

// One coded event. Ontology fields (root, quad, goldstein, PLOVER) are looked up from `code`
// when written out.
struct Event {
  int32_t sentence = 0;     // index in Story::sentences
  std::string date;         // "YYYY-MM-DD" or empty
  std::string source;       // actor code, e.g. "RUSGOV"; "---" when unknown
  std::string target;
  std::string code;         // CAMEO code, e.g. "030"
  std::string source_text;  // the words that named the source
  std::string target_text;
  std::string event_text;   // the words that triggered the event
  int32_t verb_word = -1;   // index of the trigger's head word
  std::vector<std::string> issues;  // issue codes found in the sentence ("CODE,count")

  bool operator==(const Event&) const = default;
};

// Date helpers. Dates are "YYYY-MM-DD" strings at the edges and yyyymmdd integers inside.
// Returns 0 for an empty or malformed date.
int32_t DateToInt(std::string_view yyyy_mm_dd);
std::string DateFromInt(int32_t yyyymmdd);
// True for a real calendar date "YYYY-MM-DD".
bool IsValidDate(std::string_view yyyy_mm_dd);
// Days in a month of the Gregorian calendar; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);

}  // namespace dyad
