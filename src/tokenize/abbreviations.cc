// Hand-written tables for the tokenizer: abbreviations, sentence openers, hyphen prefixes.
//
// To add an abbreviation, put it in the right group below (any order: the list is sorted at
// first use). kTitle entries never end a sentence, so keep there only words that nearly always
// come before a name, a number or another word; when in doubt, use kMayEnd.
#include "tokenize/abbreviations.h"

#include <algorithm>

namespace dyad::tokenize {
namespace {

using K = AbbrevKind;

const AbbrevEntry kEntries[] = {
    // Titles and ranks.
    {"Mr.", K::kTitle},
    {"Mrs.", K::kTitle},
    {"Ms.", K::kTitle},
    {"Messrs.", K::kTitle},
    {"Mmes.", K::kTitle},
    {"Dr.", K::kTitle},
    {"Drs.", K::kTitle},
    {"Prof.", K::kTitle},
    {"Gen.", K::kTitle},
    {"Gens.", K::kTitle},
    {"Lt.", K::kTitle},
    {"Col.", K::kTitle},
    {"Maj.", K::kTitle},
    {"Capt.", K::kTitle},
    {"Cmdr.", K::kTitle},
    {"Cdr.", K::kTitle},
    {"Adm.", K::kTitle},
    {"Brig.", K::kTitle},
    {"Sgt.", K::kTitle},
    {"Cpl.", K::kTitle},
    {"Pvt.", K::kTitle},
    {"Lieut.", K::kTitle},
    {"Sen.", K::kTitle},
    {"Sens.", K::kTitle},
    {"Rep.", K::kTitle},
    {"Reps.", K::kTitle},
    {"Gov.", K::kTitle},
    {"Govs.", K::kTitle},
    {"Pres.", K::kTitle},
    {"Rev.", K::kTitle},
    {"Hon.", K::kTitle},
    {"Msgr.", K::kTitle},
    {"Fr.", K::kTitle},
    {"Supt.", K::kTitle},
    {"Insp.", K::kTitle},
    {"Det.", K::kTitle},
    {"Atty.", K::kTitle},
    {"Amb.", K::kTitle},
    {"Sec.", K::kTitle},
    {"Secy.", K::kTitle},
    {"Dep.", K::kTitle},
    {"Gov.-Gen.", K::kTitle},
    {"Sheik.", K::kTitle},
    {"St.", K::kTitle},
    {"Ste.", K::kTitle},
    {"Mt.", K::kTitle},
    {"Ft.", K::kTitle},
    {"Pt.", K::kTitle},
    // Months and days (before a date or a name).
    {"Jan.", K::kTitle},
    {"Feb.", K::kTitle},
    {"Mar.", K::kTitle},
    {"Apr.", K::kTitle},
    {"Jun.", K::kTitle},
    {"Jul.", K::kTitle},
    {"Aug.", K::kTitle},
    {"Sep.", K::kTitle},
    {"Sept.", K::kTitle},
    {"Oct.", K::kTitle},
    {"Nov.", K::kTitle},
    {"Dec.", K::kTitle},
    {"Mon.", K::kMayEnd},
    {"Tue.", K::kMayEnd},
    {"Tues.", K::kMayEnd},
    {"Wed.", K::kMayEnd},
    {"Thu.", K::kMayEnd},
    {"Thur.", K::kMayEnd},
    {"Thurs.", K::kMayEnd},
    {"Fri.", K::kMayEnd},
    {"Sat.", K::kMayEnd},
    {"Sun.", K::kMayEnd},
    // Latin and general abbreviations.
    {"vs.", K::kTitle},
    {"v.", K::kTitle},
    {"cf.", K::kTitle},
    {"viz.", K::kTitle},
    {"approx.", K::kTitle},
    {"ca.", K::kTitle},
    {"c.", K::kTitle},
    {"esp.", K::kTitle},
    {"incl.", K::kTitle},
    {"excl.", K::kTitle},
    {"ext.", K::kTitle},
    {"tel.", K::kTitle},
    {"Tel.", K::kTitle},
    {"Fax.", K::kTitle},
    {"Attn.", K::kTitle},
    {"attn.", K::kTitle},
    {"P.S.", K::kTitle},
    {"PS.", K::kTitle},
    {"etc.", K::kMayEnd},
    {"al.", K::kMayEnd},
    {"et.", K::kTitle},
    {"ibid.", K::kMayEnd},
    {"Dept.", K::kMayEnd},
    {"dept.", K::kMayEnd},
    {"Univ.", K::kMayEnd},
    {"Assn.", K::kMayEnd},
    {"Assoc.", K::kMayEnd},
    {"Ave.", K::kMayEnd},
    {"Blvd.", K::kMayEnd},
    {"Rd.", K::kMayEnd},
    {"Hwy.", K::kMayEnd},
    {"Sq.", K::kMayEnd},
    {"Est.", K::kMayEnd},
    {"est.", K::kMayEnd},
    {"min.", K::kMayEnd},
    {"mins.", K::kMayEnd},
    {"hr.", K::kMayEnd},
    {"hrs.", K::kMayEnd},
    {"yr.", K::kMayEnd},
    {"yrs.", K::kMayEnd},
    {"mo.", K::kMayEnd},
    {"mos.", K::kMayEnd},
    {"lb.", K::kMayEnd},
    {"lbs.", K::kMayEnd},
    {"oz.", K::kMayEnd},
    {"ft.", K::kMayEnd},
    {"sq.", K::kTitle},
    {"cu.", K::kTitle},
    {"Mln.", K::kMayEnd},
    {"mln.", K::kMayEnd},
    {"bln.", K::kMayEnd},
    {"Bln.", K::kMayEnd},
    {"Rs.", K::kTitle},
    {"Ltd.", K::kMayEnd},
    // Companies and name suffixes.
    {"Inc.", K::kMayEnd},
    {"Co.", K::kMayEnd},
    {"Cos.", K::kMayEnd},
    {"Corp.", K::kMayEnd},
    {"Bros.", K::kMayEnd},
    {"Jr.", K::kMayEnd},
    {"Sr.", K::kMayEnd},
    {"Esq.", K::kMayEnd},
    {"Plc.", K::kMayEnd},
    {"Intl.", K::kMayEnd},
    {"Natl.", K::kMayEnd},
    {"Govt.", K::kMayEnd},
    // US states (AP style) and a few other places.
    {"Ala.", K::kMayEnd},
    {"Ariz.", K::kMayEnd},
    {"Ark.", K::kMayEnd},
    {"Calif.", K::kMayEnd},
    {"Colo.", K::kMayEnd},
    {"Conn.", K::kMayEnd},
    {"Del.", K::kMayEnd},
    {"Fla.", K::kMayEnd},
    {"Ga.", K::kMayEnd},
    {"Ill.", K::kMayEnd},
    {"Ind.", K::kMayEnd},
    {"Kan.", K::kMayEnd},
    {"Kans.", K::kMayEnd},
    {"Ky.", K::kMayEnd},
    {"La.", K::kMayEnd},
    {"Md.", K::kMayEnd},
    {"Mass.", K::kMayEnd},
    {"Mich.", K::kMayEnd},
    {"Minn.", K::kMayEnd},
    {"Miss.", K::kMayEnd},
    {"Mo.", K::kMayEnd},
    {"Mont.", K::kMayEnd},
    {"Neb.", K::kMayEnd},
    {"Nebr.", K::kMayEnd},
    {"Nev.", K::kMayEnd},
    {"Okla.", K::kMayEnd},
    {"Ore.", K::kMayEnd},
    {"Pa.", K::kMayEnd},
    {"Penn.", K::kMayEnd},
    {"Tenn.", K::kMayEnd},
    {"Tex.", K::kMayEnd},
    {"Va.", K::kMayEnd},
    {"Vt.", K::kMayEnd},
    {"Wash.", K::kMayEnd},
    {"Wis.", K::kMayEnd},
    {"Wisc.", K::kMayEnd},
    {"Wyo.", K::kMayEnd},
    {"Ont.", K::kMayEnd},
    {"Que.", K::kMayEnd},
    {"Alta.", K::kMayEnd},
    // Only before a number.
    {"No.", K::kBeforeNumber},
    {"Nos.", K::kBeforeNumber},
    {"no.", K::kBeforeNumber},
    {"nos.", K::kBeforeNumber},
    {"Art.", K::kBeforeNumber},
    {"art.", K::kBeforeNumber},
    {"Fig.", K::kBeforeNumber},
    {"fig.", K::kBeforeNumber},
    {"Vol.", K::kBeforeNumber},
    {"vol.", K::kBeforeNumber},
    {"pp.", K::kBeforeNumber},
    {"p.", K::kBeforeNumber},
    {"Para.", K::kBeforeNumber},
    {"para.", K::kBeforeNumber},
    {"Ch.", K::kBeforeNumber},
    {"ch.", K::kBeforeNumber},
    {"Sect.", K::kBeforeNumber},
    {"Apt.", K::kBeforeNumber},
    {"Rm.", K::kBeforeNumber},
    {"Ph.", K::kBeforeNumber},
    {"Ex.", K::kBeforeNumber},
};

const std::string_view kOpeners[] = {
    "A",      "About",   "According", "After",   "Again", "All",       "Also",   "Although",
    "Among",  "An",      "And",       "Another", "Any",   "As",        "At",     "Because",
    "Before", "Both",    "But",       "By",      "Can",   "Do",        "Does",   "During",
    "Each",   "Earlier", "Even",      "Every",   "For",   "From",      "He",     "Her",
    "Here",   "His",     "How",       "However", "I",     "If",        "In",     "Instead",
    "It",     "Its",     "Last",      "Later",   "Many",  "Meanwhile", "More",   "Most",
    "Mr.",    "Mrs.",    "Ms.",       "My",      "No",    "Not",       "Now",    "Officials",
    "On",     "One",     "Only",      "Other",   "Our",   "Please",    "Police", "She",
    "Since",  "So",      "Some",      "Still",   "Such",  "Thanks",    "That",   "The",
    "Their",  "Then",    "There",     "These",   "They",  "This",      "Those",  "Though",
    "Thus",   "To",      "Two",       "Under",   "Until", "We",        "What",   "When",
    "Where",  "Which",   "While",     "Who",     "Why",   "With",      "Yet",    "You",
    "Your",
};

const std::string_view kPrefixes[] = {
    "anti",  "bi",    "co",    "counter", "cross", "e",      "ex",    "extra",
    "inter", "intra", "macro", "micro",   "mid",   "mini",   "multi", "neo",
    "non",   "over",  "post",  "pre",     "pro",   "psycho", "re",    "semi",
    "socio", "sub",   "super", "trans",   "tri",   "ultra",  "un",    "vice",
};

template <typename T, typename Key>
std::vector<T> Sorted(const T* begin, const T* end, Key key) {
  std::vector<T> v(begin, end);
  std::sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
  v.erase(std::unique(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) == key(b); }),
          v.end());
  return v;
}

}  // namespace

const std::vector<AbbrevEntry>& BuiltinAbbreviations() {
  static const std::vector<AbbrevEntry> v =
      Sorted(std::begin(kEntries), std::end(kEntries), [](const AbbrevEntry& e) { return e.text; });
  return v;
}

const std::vector<std::string_view>& SentenceOpeners() {
  static const std::vector<std::string_view> v =
      Sorted(std::begin(kOpeners), std::end(kOpeners), [](std::string_view s) { return s; });
  return v;
}

const std::vector<std::string_view>& HyphenPrefixes() {
  static const std::vector<std::string_view> v =
      Sorted(std::begin(kPrefixes), std::end(kPrefixes), [](std::string_view s) { return s; });
  return v;
}

}  // namespace dyad::tokenize
