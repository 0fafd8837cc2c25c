// Sentence segmentation and tokenization of news text into UD English syntactic words.
//
// A Tokenizer fills Story::sentences from Story::text: each Sentence gets its byte span, its
// paragraph index and its words; each Word gets a byte span into the text, its form (the bytes
// of that span, never normalised) and space_after; surface tokens that UD English splits into
// several words ("don't" = do + n't, "Iraq's" = Iraq + 's, "cannot" = can + not) are also
// recorded as Sentence::multiword ranges, as UD English EWT does. The text is never altered:
// every byte of it lies either in exactly one surface token or in the whitespace between them.
//
// Rules (DESIGN.md, docs/NLP-NOTES.md §3a):
//   - A single line break is soft (a space); a blank line (a line holding only whitespace) or
//     U+2029 is a paragraph break, which always ends a sentence.
//   - Abbreviations and initials keep their period ("U.S.", "Gen.", "Feb.", "Sergey V. Lavrov");
//     URLs, e-mail addresses, @handles and #hashtags stay whole; numbers keep their separators
//     ("1,000.5", "10:30", "21/07/2017", phone numbers); "58%" is "58 %", "$5" is "$ 5".
//   - Hyphenated words split as EWT does ("long-term" -> long - term, "al-Maliki" ->
//     al - Maliki) except after a bound prefix ("e-mail", "anti-American", "post-war").
//   - A sentence ends after . ? ! ... (and closing quotes, brackets or an emoticon right after
//     them) unless the period belongs to an abbreviation or initial, or a quotation closed by
//     ?/! goes on in lower case ("'Why?' he asked"); `...century," Lavrov said.` stays one
//     sentence. An abbreviation that may end a sentence ("Inc.", "U.S.", "etc.") ends one only
//     before a typical opener ("The", "He", ...), and then its period becomes a word of its own
//     ("Inc" "."), as EWT does. Web text: a sentence also ends after a URL or e-mail address
//     followed by a capital, between two URLs, and around separator lines ("=====").
//   - A story-initial dateline ("BAGHDAD (AFP) -", "GENEVA --") is a sentence of its own.
//   - Tokens follow UD English EWT where news and EWT agree; "@handle"/"#hashtag" follow GUM.
//
// Cost is linear in the text size: one pass over the bytes, bounded look-ahead, no regex.
//
// Thread safety: a Tokenizer is immutable once created; Tokenize() is const and may be called
// from many threads at once (on different stories). Copies share the same immutable tables.
//
// Example:
//   StatusOr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::Create({});
//   if (!tokenizer.ok()) return tokenizer.status();
//   DYAD_RETURN_IF_ERROR(tokenizer->Tokenize(story));
//   for (const Sentence& s : story.sentences) ...
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace dyad::tokenize {

struct TokenizerOptions {
  // Longest sentence, in syntactic words. Past it the sentence is cut hard before the word that
  // would exceed the limit, and the rest continues as a new sentence (the story is never
  // rejected for this). 0 means no limit. Default 400: far above any real news sentence, low
  // enough to keep a parser's per-sentence cost bounded on run-on input (tables, lists).
  int max_sentence_words = 400;

  // true (default): a dateline at the start of a story ("BAGHDAD (AFP) -", "GENEVA --",
  // "MOSCOW, July 24 (Reuters) -") is a sentence of its own. false: it opens the first sentence.
  bool split_datelines = true;

  // true (default): clitic splits ("don't", "Iraq's", "parents'", "cannot", "gonna") are
  // recorded as multiword tokens, as UD English EWT does. false: the words are the same but
  // no multiword token is recorded (each word then stands as its own token).
  bool multiword_tokens = true;

  // true (default): "@handle" and "#hashtag" stay one token, as GUM news does. false: "@" and
  // "#" are split off, as UD English EWT does.
  bool keep_handles_whole = true;

  // More abbreviations, each written with its final period ("Calif.", "Brig."), on top of the
  // built-in list. They keep their period and never end a sentence. Create() rejects an entry
  // that does not end in "." or holds whitespace.
  std::vector<std::string> extra_abbreviations;
};

class Tokenizer {
 public:
  // Builds the tokenizer. Errors: kInvalidArgument for a bad option (negative
  // max_sentence_words, a malformed extra abbreviation), naming the offending value.
  static StatusOr<Tokenizer> Create(const TokenizerOptions& options = {});

  // Replaces story.sentences with the sentences and words of story.text (any earlier content,
  // e.g. gold CoNLL-U words, is discarded). Word::space_after is false when the next word
  // follows without whitespace (always for the non-final parts of a multiword token).
  // Any bytes are accepted, including invalid UTF-8 (each bad byte becomes its own token).
  // Errors: kResourceExhausted when the text is 4 GiB or larger (spans are 32-bit); the
  // message names the story id. The story is left without sentences then.
  Status Tokenize(Story& story) const;

  const TokenizerOptions& options() const;

  struct Data;  // immutable tables, shared between copies

 private:
  explicit Tokenizer(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

}  // namespace dyad::tokenize
