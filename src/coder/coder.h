// The event coder: (source, target, CAMEO code) events from a sentence's UD dependency tree,
// with a Lexicon's actors, agents, verbs and discards.
//
// For every verb of the sentence found in the verb dictionary (and every noun found as a
// `noun:` trigger: nominal events, see CodeNominal in coder.cc), the coder:
//   1. picks the code: the most specific matching pattern of the verb's block (patterns are
//      matched against the words of the verb's clause, see lexicon/verbs.h), else the verb's
//      own code, else the block's;
//   2. finds the source in the subject (`nsubj`; in the passive voice the agent `obl:agent` /
//      `nmod` with "by", "from", "in" (for "in" only an actor of the phrase's core or of its "of"
//      or "by" phrase: "arrested in the Lebanese capital", "in a raid by Israeli forces", not "in a
//      car bomb explosion in Beirut"), else an actor's "by" phrase the parser hung on the verb's
//      active xcomp or advcl: "was pressured to step aside by X", or one set off by a comma after
//      an aside and hung on the aside's verb ("accused of misusing funds, much of it believed to
//      have been embezzled, by officials"); a passive act of violence whose
//      agent names no actor, "killed by a roadside bomb outside Basra", takes the country of the
//      one place its clause names), inherited from the governing verb for `xcomp`, `conj` (also
//      a verb the parser coordinated with a noun: "remained on alert and fired on protesters")
//      and subordinator-less `advcl` verbs without a subject ("it"/"they" labelled `expl` counts as
//      the subject of a predicate with no clause of its own: "Syria says it is willing to
//      withdraw"), and the target in the object, then in the obliques (in the passive voice: the
//      passive subject); for a reporting or cognition verb whose complement clause yields no event,
//      in that clause; an object naming agents alone ("troops") gives way to a named actor further
//      in the clause but not to a place ("attacked a military checkpoint in eastern Syria" keeps
//      the soldiers), an oblique or named actor with only the sources' own codes (a place in their
//      country: "Israelis rallied in Haifa against the government"; "Russia and Iraq will build up
//      cooperation to expand Soviet-era partnerships") is passed over, and a threat without a named
//      target takes its "if"/"unless" clause's subject (also one hung on a clause modifying the
//      complement's object: "threatened to stop talks to X if Y"); a pattern's `PREP:$T` /
//      `PREP:$S` slot (dyad format) names the target / source; a not-actor phrase (the
//      lexicon's null code: "state of emergency") is no target, the search goes on inside it;
//      a concession (08) or repression (17) whose object is a measure naming no actor and whose
//      place names only the source's own codes targets the place's country, its population
//      ("Sudan's government lifted a state of emergency in West Darfur State": SDNGOV -> SDN);
//      a nominal trigger of a hostile act (roots 11-20) with an "against" / "on" target and no
//      other source takes its adjective actor as source ("Israeli raids on Gaza": ISR -> PSE);
//      in a threat, coercion or violence (roots 13, 17-20) a capital's own entry right after
//      in / at / near / outside is the country's people ("police arrested five men in
//      Baghdad": IRQ, not IRQGOV; "arrived in Baghdad" keeps IRQGOV);
//   3. names actors from whole noun phrases (the head and its modifiers, `nmod`s such as
//      "rebels from Syria" included, clauses excluded): the first actor phrase, composed with
//      the agents found in the same phrase (prefix and suffix agents); agents alone give
//      "---AGT"; conjuncts ("A, B and C") give one actor each; a suffix agent the actor's
//      code already carries, or a leadership / fighter agent (GOV MIL REB INS UAF ELI) on an
//      armed group (a REB or INS unit), is not added ("Hamas leader": PSEREBHMS); an agent
//      that is only an adjective of a noun nested in another noun phrase is the phrase's
//      topic, not an actor ("cooperation on military issues"); a name the tokenizer cut at
//      its hyphens and the parser split into clause roles ("Diaz-Canel" as two subjects) is
//      one phrase again; an actor that only starts a hyphenated modifier ("NATO-member Norway",
//      "US-backed Syrian rebels") gives way to an actor of the phrase's core;
//   3b. reads a past verb (-ed) that the parser hung on a noun as the clause it is: an `acl`
//      with an object on a subject before its own governor ("Israeli tanks fired shells at X,
//      witnesses said"); in a sentence without a verbal root, an `acl` with a complement (for a
//      protest verb none needed, unless a "by" agent follows) takes the modified noun as its
//      subject, and an `amod` right after a noun phrase takes that phrase (or the modified noun's
//      nsubj) as subject and the modified noun as object ("Israeli troops shelled positions of X";
//      the verb's patterns match over that object's phrase too: "suspended part of a military aid
//      program"), also when the sentence's root is a reporting verb after a comma and the
//      reported words have no predicate of their own ("The United States suspended part of a
//      military aid program for Bosnia, the newspaper reported", where the report itself is
//      then no statement); a modifier after a determiner or adjective is left alone; an acl with an
//      object on a subject or object before its own governor is that noun's clause ("Israeli tanks
//      fired shells at X, witnesses said"); an -ed amod between two subjects of one verb (even
//      tagged ADJ) has the first as subject and its noun as object ("army bulldozers demolished
//      homes, officials said"); a relative clause with its own subject and object and no relative
//      word (no gap) whose subject names no actor has the noun it hangs on as subject ("Syrian
//      officers today ended ..."); the subject found for a misparsed acl or amod is the whole
//      coordination
//      ("Fabius and a group of deputies held talks", "helicopters and tanks shelled positions":
//      actors before the verb only); an apposition set off by commas before the verb is skipped to
//      its anchor; a subject naming no actor after a bare noun phrase set off by a comma that the
//      parser made an oblique ("A member of the Syrian parliament, NAME, started ...") takes that
//      phrase; a possessor hung on the verb belongs to the subject phrase right after it ("Israel's
//      Cabinet met": ISRGOV);
//   3c. before all this, repairs three tagger / parser errors on a copy of the sentence: a bare
//      dictionary verb tagged NOUN after "that" and a noun phrase, before another noun phrase,
//      is the subjunctive verb of the clause ("demanded that the government end curbs");
//      in a sentence without a verb, a present dictionary verb tagged NOUN between an agreeing
//      noun phrase and another is the predicate ("Syrian rebels reject talks"), also at the
//      start of a sentence whose only other verb is the reporting verb after a comma ("The
//      Palestinians reject proposed Israeli changes ..., Erakat said", a past form the parser
//      made the predicate of "reject" being a participle of the object); a verb that
//      cannot be passive (remain, stay, arrive, ...) tagged as a participle or adjective right
//      after a root noun is the predicate ("Israeli troops remained on alert and fired on
//      protesters"); a bare singular noun and a present verb right after a (non-reporting)
//      verb are the compound noun of its object ("carried out drone strikes on PKK positions");
//   4. emits one event per (source, target) pair; for a code written `[active:passive]` also
//      the reverse event (target -> source) with the passive code, and for `[:passive]` only
//      that; a compound subject without target gives all ordered pairs for cooperation codes
//      (roots 03-06, and a truce, 0871: "A and B agreed to a ceasefire") and for patterns
//      with the `%` marker (PETRARCH2's behaviour); with dyad's lexicon not for more than four
//      sources (a list) nor between an actor and its own part ("Bush and his administration");
//   5. negation (`neg`, "not", "n't", "never", "no longer" on the verb or its auxiliary chain)
//      maps the code through CoderOptions::negation (CAMEO's "reject" counterparts by default:
//      a negated intent is the refusal, "will not meet" 036 -> 125, "would not release" 0353 ->
//      1243) and drops the event when the code has none (a negated attack or threat: no event);
//      a participle of a state with its own preposition and no "by" agent ("is opposed to X",
//      "were engaged in fighting") is active, not passive;
//   6. verb chains: a verb whose complement (`xcomp`/`ccomp`) yields an event passes it up
//      ("X said Y attacked Z" codes Y -> Z), except that a governor of appeal, intent,
//      demand, refusal or threat with a generic code codes itself, with CAMEO's parallel
//      sub-code for what the complement codes (ComposeChainCode: "threatened to impose
//      sanctions" 1312, "offered to mediate" 039), and drops the complement's events; an
//      adjective with an infinitive complement is coded like a verb ("is ready to talk", also
//      when the parser made the "to" clause an advcl: "is prepared to lift the ban", "is
//      committed to opening up the economy");
//      the passive subject of an intent acts ("is expected to meet"), of an appeal, demand
//      or threat it is acted on ("was pressured to resign by X": X -> subject); "failed to"
//      a cooperative act (roots 03-08) is a rejection (120: "A and B failed to reach
//      agreement"), any other failed act is not coded;
//   7. with a lexicon that declares marker words (VerbDictionary::IsMark; dyad's does,
//      PETRARCH's do not): "will/would VERB" codes the intent or threat (FutureCode), "X said
//      Y must VERB" X's demand on Y, "plans / is expected to VERB" the intent, and a "that"
//      clause with a modal, a bare verb, or a present verb under a past governor ("demanded
//      that its partners refuse") is the content of the appeal, demand, intent or
//      threat governing it ("demanded that Hamas renounce": 100 on Hamas); and a killing
//      (1823) or unspecified violence (180) whose sources are all armed forces (a MIL unit) is
//      conventional military force, 190 (CAMEO's 18 / 19 boundary);
//   8. in a conflictual event (roots 10-20) an actor with no country ("---CVL", "---alb")
//      takes the country of the one place its clause names with in / at / near / outside /
//      throughout / across ("killed Albanians in southern Serbia": SRBalb; a capital's own
//      entry counts as its country: "in Monrovia" LBRGOV -> LBR), unless that makes it the
//      other side's code; two countries, or a cooperative event, leave it alone; with no place,
//      a country's police act at home ("Egyptian police dispersed demonstrators": EGYRAD; not
//      for soldiers, rebels, officials, refugees or ethnic groups), and protesters with no
//      country who demand from, criticize or protest against one country's government (roots
//      10, 11, 14) are its citizens ("fundamentalists demanded the President's resignation").
//   9. reported speech: "our" / "my" in the words of a speaker with a country (the subject of a
//      reporting verb in the sentence, or of the quote the sentence continues: CodeStory) is
//      that country ("'Our companies are working ...,' Lavrov said": RUSBUS); a subject naming
//      only agents with "its" / "their" / "his" / "her" takes the actor of the governing
//      clause's subject ("Bosnian Serbs said their forces had completed ...": BIHMIL; an object
//      "its troops" is left to give way to the one acted on); "we" / "I" are
//      only a reporting verb's subject, "you" never a clause's; a personal pronoun object
//      ("supports you in your fight against the extremists") ends the target search; a
//      statement's target is not the speaker's own country ("Maliki said Iraq is prone ...": no
//      IRQGOV -> IRQ, "the Thai navy reported the interception ... off the Thai port": no
//      THAMIL -> THA), nor a place its report names ("claim that agents operate in
//      Jalalabad"), nor the object of its "to" clause ("hope to supplant the United States");
//      with dyad's lexicon the place of a meeting or another cooperative act (roots 03-06:
//      "held a meeting in New York", "signed a peace agreement in Washington") is no target
//      (the act is between its sources; a visit, "arrived in Baghdad", and a refusal keep their
//      place); an actor named only deeper in a report's object ("announced the deployment of
//      an aircraft carrier to the Caribbean") is not the report's target ("told", "warned"
//      keep their object);
//      a promise, appeal, demand or threat with no target takes the targets of the statement
//      its source makes alongside ("promised to help, as he noted that the Russians and Iraqis
//      have a history": RUSGOV -> IRQ 033); police or soldiers with no country attacked by
//      others with none take the country of the state organ reporting it ("..., Kenyan police
//      said"); a border ("near the border with Somalia", "a stronghold on the Thai border") names
//      no place country, no actor of a phrase it is nested in and no target; outside conflict a
//      state's own capital as place is no target ("Kenya will host a meeting in Nairobi");
//  10. with dyad's lexicon, an event between two actors that both lack a country ("---REB ->
//      ---MIL") is not written, and agent adjectives of a head that names no one are no actor
//      ("a new military operation", "joint military exercises", "civilian casualties").
//  In a conflict a kind of people gives way to a named actor deeper in its phrase only when
//  that actor is not a place ("arrested students protesting in Novi Sad": SRBEDU from the
//  place, not SRB), and a participle clause ("..., killing 100 people") happens where its
//  governing clause does (its place gives countries, step 8).
// Sentences matching a discard phrase yield no events (CodeStory: a story-level discard
// anywhere in the story yields none for the whole story).
//
// UD v2 relations, and the v1 labels found in older parses (dobj, nsubjpass, auxpass, nmod on
// verbs, neg, name, mwe), are both accepted.
//
// Thread safety: a Coder is immutable once created; CodeSentence/CodeStory are const and safe
// to call from many threads (each thread reuses its own scratch buffers). The Lexicon must
// outlive the Coder.
//
//   StatusOr<Coder> coder = Coder::Create(&lexicon, {});
//   std::vector<Event> events = coder->CodeStory(story);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "doc/document.h"
#include "lexicon/lexicon.h"

namespace dyad::coder {

struct CoderOptions {
  // Emit only events with both a source and a target (PETRARCH's require_dyad). When false, an
  // event missing one actor is written with "---" in its place. With dyad's lexicon (marker
  // words declared) this filters the output only: a one-actor event still makes its governor
  // a chain, so the events are those of `dyad code`, which codes with it off.
  bool require_dyad = true;
  // Negated code -> code of the negated event ("110" -> "050" in PETRARCH's ontology). A
  // negated code absent from the map gives no event. Default: DefaultNegations().
  std::unordered_map<std::string, std::string> negation;
  bool use_default_negations = true;  // fill `negation` with DefaultNegations() when empty
  // Sentences longer than this many words are not coded (a budget, not an error).
  size_t max_words = 400;
};

// CAMEO's reject counterparts: "not provide material cooperation" (060) -> 121, "not yield"
// (080) -> 124, ..., "not make a statement" (010) -> 011 "decline comment".
std::unordered_map<std::string, std::string> DefaultNegations();

// Reads PETRARCH's internal coding ontology (PETR.Internal.Coding.Ontology.txt, lines
// `CODE:HEXEXPR#comment`) and derives the negation map from it: a code c negates to the code
// whose value is value(c) - 0xFFFF. Bad lines are skipped.
std::unordered_map<std::string, std::string> NegationsFromPico(std::string_view text);

// The code of a verb chain "UPPER to LOWER" ("threatened to impose sanctions", "agreed to
// meet", "urged B to release C") from the governing verb's generic code (a 3-digit code ending
// in 0: 020 appeal, 030 intent, 050 agreement as PETRARCH's dictionaries code "agree", 100
// demand, 120 reject, 130 threaten) and the complement's code: CAMEO's parallel sub-codes
// (030 + 045 mediate -> 039, 100 + 0841 release -> 1053, 120 + 046 -> 125, 130 + 163 -> 1312,
// 030 + 190 -> 138: a promise to use force is a threat). "" when the upper code is specific
// or the pair has no counterpart (the caller keeps the upper code).
std::string ComposeChainCode(std::string_view upper, std::string_view lower);

// The code of an announced future action ("will meet", "would boycott"): cooperative roots
// 04-08 become the matching intent (03x), hostile roots 14 and 16-20 the matching threat (13x);
// "" for other codes (kept as they are).
std::string FutureCode(std::string_view code);

class Coder {
 public:
  // `lexicon` must outlive the coder.
  static StatusOr<Coder> Create(const lexicon::Lexicon* lexicon, CoderOptions options);

  // Events of one sentence (which must be tagged and parsed; an unparsed sentence gives none).
  // `sentence_index` is written to Event::sentence; `date` (yyyymmdd, 0 = unknown) resolves
  // date-restricted actor codes. Event::date is the story date.
  std::vector<Event> CodeSentence(const Story& story, const Sentence& sentence,
                                  int32_t sentence_index, int32_t date) const;
  // Events of every sentence, in order, after the story-level discard check.
  std::vector<Event> CodeStory(const Story& story) const;

  // True when a story-level discard phrase occurs in the story (sets *phrase).
  bool StoryDiscarded(const Story& story, std::string* phrase) const;
  // True when a sentence-level (or story-level) discard phrase occurs in the sentence.
  bool SentenceDiscarded(const Sentence& sentence, std::string* phrase) const;

  const CoderOptions& options() const { return options_; }

 private:
  Coder(const lexicon::Lexicon* lexicon, CoderOptions options)
      : lex_(lexicon), options_(std::move(options)) {}
  // CodeSentence in a story: `prior_speaker` is the country of the speaker of the quote the
  // sentence continues ("" for none); *speaker (when not null) receives the country of the
  // sentence's own speaker.
  std::vector<Event> CodeSentenceInStory(const Story& story, const Sentence& sentence,
                                         int32_t sentence_index, int32_t date,
                                         const std::string& prior_speaker,
                                         std::string* speaker) const;
  const lexicon::Lexicon* lex_;
  CoderOptions options_;
  std::unordered_set<std::string> agent_first_;  // first words of the agent phrases
  uint64_t id_ = 0;  // unique per Create(), keys the per-thread scratch buffers
};

}  // namespace dyad::coder
