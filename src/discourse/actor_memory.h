// Actor memory across a story: a later mention that is only a surname ("Lavrov", "Mr.
// Lavrov") or a personal pronoun ("he", "she") and that the coder could not code gets the code
// of the person already named earlier in the story ("Foreign Minister Sergey Lavrov" ->
// RUSGOV).
//
// Rules (deliberately conservative: a wrong actor is worse than a missing one):
//   - A remembered *person* is an actor text whose last two words are capitalised alphabetic
//     words (a first name and a surname: "Sergey Lavrov", "Foreign Minister Sergey Lavrov")
//     and whose last word is not an organisation word ("Nations", "House", "Ministry", ...).
//     An Arabic article prefix is not part of the surname ("Nouri al-Maliki" is "Maliki").
//   - A surname mention (one capitalised word, optionally after Mr/Mrs/Ms/Dr/Gen/...) recalls
//     the code of the remembered persons with that surname; two different codes for the same
//     surname in the story make it ambiguous (no code).
//   - "he"/"she"/"him"/"her" recalls the person remembered in this sentence or the two before
//     it when exactly one code was remembered for persons there; otherwise none.
//   - Other unknown texts ("the minister", "they", "officials") are not resolved.
//
// Thread safety: a StoryActorMemory is a plain value for one story; const methods may be
// called from several threads, Remember may not run concurrently with anything.
//
//   StoryActorMemory memory;
//   memory.Remember("Foreign Minister Sergey Lavrov", "RUSGOV", 0);
//   memory.Recall("Lavrov", 2);  // "RUSGOV"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace dyad::discourse {

// True for an actor code that names nobody: empty or "---".
bool IsUnknownActor(std::string_view code);

class StoryActorMemory {
 public:
  // Records that `text` was coded `code` in sentence `sentence`. Unknown codes and texts that
  // do not name a person are ignored (only persons are recalled); a lone surname of a person
  // already remembered with the same code is a new mention of that person (for the pronoun
  // window).
  void Remember(std::string_view text, std::string_view code, int32_t sentence);

  // The code `text` (a mention in sentence `sentence`) refers back to, or "" when it is not a
  // surname or pronoun, nothing fits, or the reference is ambiguous.
  std::string Recall(std::string_view text, int32_t sentence) const;

  size_t size() const { return persons_.size(); }

 private:
  struct Person {
    std::string surname;
    std::string code;
    int32_t sentence;
  };
  std::vector<Person> persons_;
};

// Fills the unknown source and target (IsUnknownActor code with a non-empty *_text) of each
// event from the persons named by earlier events of the story (`events` in story order, as
// CodeStory returns them). An event whose source and target would then be the same code is
// left as it was. Returns the number of actors filled.
size_t FillActorsFromMemory(std::vector<Event>& events);

// The same, and for an unknown actor whose text is empty (today's coder writes no words for an
// argument it could not code) the words are taken from the trigger's dependents in `story`'s
// tree: subject / object (passive: obl:agent / passive subject; the subject of an xcomp or
// conj verb is its governor's), only when that word is a lone proper noun ("Lavrov", "Mr.
// Lavrov") or he/she/him/her, and not the other actor's text. A filled actor's *_text is set
// to those words. This is a stand-in for the coder keeping the words of the arguments it could
// not code (the better hook: the coder knows which phrase each slot came from, also for
// reversed `[active:passive]` events, where the voice-based guess here can only miss).
size_t FillActorsFromMemory(const Story& story, std::vector<Event>& events);

// Removes the events that still have an unknown source or target (the coder's require_dyad,
// applied after the memory pass). Returns the number removed.
size_t RemoveIncompleteEvents(std::vector<Event>& events);

}  // namespace dyad::discourse
