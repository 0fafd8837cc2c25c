// Repairs of parse trees that the treebank's web text teaches badly and that news prose needs.
//
// RepairReducedRelative: a news subject modified by a participle phrase ("Aid workers trapped in
// Gaza called for a pause", "Somali forces backed by African Union troops regained the port")
// comes out of the EWT-trained parser with the noun as the root and the finite verb hung under
// the participle (conj, parataxis, xcomp ...). When the root is a noun or pronoun, its acl
// child is a past participle (VBN), and that participle has a finite verb (VBD VBZ VBP) as a
// conj, parataxis, xcomp, ccomp, advcl or dep child with no dependents to its left, no subject, and
// no comma, conjunction or other punctuation between the noun and it, the finite verb becomes the
// root and the noun its subject (the participle stays the noun's acl); dependents of the noun or
// the participle after the verb move to it, so the tree stays projective.
//
// RepairNominalRoot: the greedy parser sometimes ends a news sentence on a noun or adjective
// root with the clause's finite verb hung under it ("Madagascar's Gen Z protesters called for
// ..." -> root "protesters", "called" acl; "Venezuelan President Nicolas Maduro accused ..." ->
// root "Venezuelan", "accused" advcl). When the root is a noun, pronoun, number or adjective
// with no subject or copula of its own, and a child of it to its right is a finite verb (VBD
// VBZ VBP, or a verb with a modal or tensed auxiliary) in a clause relation (or plain acl), with no
// marker, conjunction, relative pronoun or punctuation between them, the verb becomes the root:
//   - a verb without a subject takes the old root (a noun or pronoun) as its subject;
//   - a verb whose subject follows the old root takes the old root (an adjective or noun with
//     no other dependents after it) as a modifier (amod / compound) of the next word, which
//     must belong to the subject's phrase (of the subject when the next word is not a noun:
//     "European Community foreign ministers agreed ..." -> root "Community", "agreed" appos);
//   - a verb whose subject is the second conjunct of the old root ("M23 and the Congolese
//     government signed ..." -> root "M23", "signed" appos) takes the old root as its subject
//     and the subject as the old root's conj.
// A finite verb with its own subject counts in the appos relation too. The old root's
// dependents to the right of the verb move to the verb.
//
// RepairPrepositionAsMark: a preposition read as the marker of a clause whose subject follows
// it ("Thousands of supporters of Imran Khan marched on Islamabad" -> root "Thousands", "of"
// mark and "Imran Khan" nsubj of "marched"; "Somali forces backed by U.S. airstrikes killed
// ..."). When the root is a noun or pronoun without subject or copula, and a finite verb in
// its subtree has an ADP marker (within 12 words before it) followed by a subject whose phrase
// fills the gap between them, the preposition becomes the case of that
// phrase, which attaches (nmod / obl) to the word the clause hung on; the verb becomes the root
// with the old root as its subject. Only when the result is a projective tree.
//
// RepairAppositiveSubject: after a fronted phrase and a comma, the subject of a finite root
// verb that has none sometimes hangs as an appositive of the noun before the comma ("In a phone
// call with Macron, Zelensky said ..." -> "Zelensky" appos of "Macron"). When the root is a
// finite verb (VBD VBZ VBP) without a subject, and an appositive noun or pronoun whose phrase
// is contiguous, starts at or right after a comma and ends right before the verb hangs under a
// word the verb dominates, it becomes the verb's nsubj (a comma it heads, the verb's punct).
//
// RepairFinalReportingClause: "Russia and Iraq will build up their cooperation ..., Foreign
// Minister Sergey Lavrov declared Monday." with the reporting clause hung inside the quoted one
// (here as a relative clause of a noun). When the sentence ends (before final punctuation) in a
// clause of a finite reporting verb (say, tell, declare, add, announce, ...) with its own
// subject, starting at or right after a comma, and the verb is not the root (nor a parataxis or
// conj), the verb becomes the root and the old root its ccomp, as UD English annotates reported
// speech; final punctuation moves with it. Only when the result is a projective tree.
//
// RepairRelativeClauseRoot: a non-restrictive relative clause between a subject and its verb
// ("The rebels, who control much of the north, rejected the offer" -> root "control" with
// "rebels" as a second subject and "rejected" its conj; "Putin, who has ruled Russia since
// 2000, signed the law" -> root "Putin", "signed" under "ruled"). When the root is the
// relative clause's verb (its relative pronoun subject right after a comma, and a noun before
// that comma as its subject too) or a noun with that verb as its acl:relcl, and the relative
// verb has a finite verb after a comma as a clause child with no subject, conjunction or
// marker, that verb becomes the root with the noun as its subject and the relative clause as
// the noun's acl:relcl (the closing comma its punct). Only when the result is a projective
// tree.
//
// RepairUnmarkedObject: a counted object read as the measure of a later phrase ("Police
// arrested 45 people after clashes" -> "people" nmod:unmarked of "clashes", as in "three days
// after"). When a noun that is not a unit of time or distance, with a number of its own, hangs
// as nmod:unmarked / obl:unmarked on an obl of a verb before it that has no object (nor
// ccomp), within 12 words of the verb, it becomes the verb's obj. Only when the result is a
// projective tree.
//
// Works on a parsed sentence (heads and relations set); leaves every other tree unchanged.
// Pure function of the sentence; thread-safe.
#pragma once

#include "doc/document.h"

namespace dyad::parse {

// Each returns true if it changed the tree.
bool RepairReducedRelative(Sentence& sentence);
bool RepairNominalRoot(Sentence& sentence);
bool RepairPrepositionAsMark(Sentence& sentence);
bool RepairAppositiveSubject(Sentence& sentence);
bool RepairFinalReportingClause(Sentence& sentence);
bool RepairRelativeClauseRoot(Sentence& sentence);
bool RepairUnmarkedObject(Sentence& sentence);

// All of the above, in that order (what Parser::Parse applies to its trees).
void RepairNewsParse(Sentence& sentence);

}  // namespace dyad::parse
