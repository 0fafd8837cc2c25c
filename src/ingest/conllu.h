// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// Reading: each "# newdoc" starts a Story (without any, the whole input is one story, id = the
// file name). The story text is rebuilt as DESIGN.md says for `dyad eval tokenize`: the
// "# text" of each sentence (or, without one, its surface tokens joined by SpaceAfter), joined
// by one space within a paragraph and by a blank line ("\n\n") between paragraphs
// ("# newpar", and the start of each document). Every word gets a byte span into that text;
// the words of a multiword token ("don't" = do + n't) split the token's span when their forms
// concatenate to it, else the first word takes the whole span and the others an empty span at
// its end. Empty nodes (ids like 8.1) are skipped. Columns are kept as written ("_" stays "_"
// except HEAD/DEPREL, which become -1/"" when absent).
//
// Errors: a malformed line (wrong column count, bad id, head out of range...) is reported
// with file:line and the story id; that sentence is dropped, the rest goes on.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "doc/document.h"
#include "ingest/reader.h"

namespace dyad::ingest {

// Reads every story in `bytes` (the content of `path`, used in messages and as default id).
// Sentences come with Sentence::tagged / parsed set when every word has UPOS / HEAD.
// Returns an error only when nothing could be read (empty input gives Ok and no story).
Status ReadConllu(const std::string& path, std::string_view bytes, const StoryCallback& on_story,
                  const ErrorCallback& on_error);

struct ConlluWriteOptions {
  bool spans = true;  // add Span=b:e (bytes in the story text) to MISC
};

// One sentence as CoNLL-U: "# sent_id", "# text", multiword range lines, the words, and a
// blank line. Missing columns are written as "_".
std::string WriteConllu(const Story& story, size_t sentence_index,
                        const ConlluWriteOptions& options = {});

}  // namespace dyad::ingest
