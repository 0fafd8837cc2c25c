// Table-driven tests of the tokenizer rules, plus the round-trip property: the original text
// is rebuilt exactly from the sentence spans, word spans and the whitespace between them.
#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <random>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace dyad::tokenize {
namespace {

// Words joined by one space, sentences by " | ", paragraphs marked by " || ".
std::string Render(const Story& story) {
  std::string out;
  for (size_t i = 0; i < story.sentences.size(); ++i) {
    const Sentence& s = story.sentences[i];
    if (i > 0) {
      out += s.paragraph != story.sentences[i - 1].paragraph ? " || " : " | ";
    }
    for (size_t k = 0; k < s.words.size(); ++k) {
      if (k > 0) out += ' ';
      out += s.words[k].form;
    }
  }
  return out;
}

Story Tokenized(const std::string& text, const TokenizerOptions& options = {}) {
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create(options);
  EXPECT_TRUE(tokenizer.ok()) << tokenizer.status().ToString();
  Story story;
  story.id = "test";
  story.text = text;
  Status st = tokenizer->Tokenize(story);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return story;
}

// Whitespace as the tokenizer defines it: Unicode Zs/Zl/Zp, control characters, and the
// zero-width spaces U+200B, U+2060, U+180E, U+FEFF.
bool IsWhitespaceGap(std::string_view gap) {
  for (size_t i = 0; i < gap.size();) {
    char32_t cp;
    int len = DecodeUtf8(gap, i, &cp);
    if (cp == 0xfffd) return false;  // an invalid byte is a token, never whitespace
    utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    bool space = cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
                 cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC || cp == 0x200b ||
                 cp == 0x2060 || cp == 0x180e || cp == 0xfeff;
    if (!space) return false;
    i += len;
  }
  return true;
}

// Checks every structural invariant and rebuilds the text from the spans.
void ExpectRebuilds(const Story& story) {
  std::string rebuilt;
  uint32_t pos = 0;
  int last_paragraph = 0;
  for (const Sentence& s : story.sentences) {
    ASSERT_FALSE(s.words.empty());
    ASSERT_GE(s.span.begin, pos);
    ASSERT_GE(s.paragraph, last_paragraph);
    last_paragraph = s.paragraph;
    std::string_view gap = story.SpanText({pos, s.span.begin});
    ASSERT_TRUE(IsWhitespaceGap(gap)) << "non-space between sentences at byte " << pos;
    rebuilt += gap;
    ASSERT_EQ(s.words.front().span.begin, s.span.begin);
    ASSERT_EQ(s.words.back().span.end, s.span.end);
    uint32_t wpos = s.span.begin;
    for (size_t k = 0; k < s.words.size(); ++k) {
      const Word& w = s.words[k];
      ASSERT_GE(w.span.begin, wpos);
      ASSERT_LT(w.span.begin, w.span.end) << "empty word at byte " << w.span.begin;
      std::string_view wgap = story.SpanText({wpos, w.span.begin});
      ASSERT_TRUE(IsWhitespaceGap(wgap)) << "non-space between words at byte " << wpos;
      if (k > 0 && !s.words[k - 1].space_after) {
        ASSERT_TRUE(wgap.empty());
      }
      rebuilt += wgap;
      ASSERT_EQ(w.form, story.SpanText(w.span));
      rebuilt += w.form;
      wpos = w.span.end;
    }
    for (size_t m = 0; m < s.multiword.size(); ++m) {
      const MultiwordToken& t = s.multiword[m];
      ASSERT_LT(t.first, t.last);
      ASSERT_LT(t.last, s.words.size());
      ASSERT_EQ(t.span.begin, s.words[t.first].span.begin);
      ASSERT_EQ(t.span.end, s.words[t.last].span.end);
      ASSERT_EQ(t.form, story.SpanText(t.span));
      for (uint32_t k = t.first; k <= t.last; ++k) {
        ASSERT_EQ(s.words[k].multiword, static_cast<int32_t>(m));
      }
    }
    pos = s.span.end;
  }
  std::string_view tail = story.SpanText({pos, static_cast<uint32_t>(story.text.size())});
  ASSERT_TRUE(IsWhitespaceGap(tail));
  rebuilt += tail;
  ASSERT_EQ(rebuilt, story.text);
}

struct Case {
  const char* name;
  const char* input;
  const char* expected;  // words joined by " ", sentences by " | ", paragraphs by " || "
};

class TokenizeCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TokenizeCaseTest, Words) {
  const Case& c = GetParam();
  Story story = Tokenized(c.input);
  EXPECT_EQ(Render(story), c.expected) << "input: " << c.input;
  ExpectRebuilds(story);
}

const Case kCases[] = {
    // Whitespace, lines and paragraphs.
    {"Empty", "", ""},
    {"OnlySpaces", "  \n \t ", ""},
    {"SingleLineBreakIsSoft", "Russia and\nIraq will meet.", "Russia and Iraq will meet ."},
    {"BlankLineEndsSentence", "Talks began\n\nThey ended", "Talks began || They ended"},
    {"BlankLineWithSpaces", "Talks began\n \t\nThey ended", "Talks began || They ended"},
    {"CrLfBlankLine", "Talks began\r\n\r\nThey ended", "Talks began || They ended"},
    {"CrLfSoftBreak", "Talks\r\nbegan.", "Talks began ."},
    {"ParagraphSeparator", "One\xE2\x80\xA9Two", "One || Two"},
    {"NoBreakSpace",
     "10\xC2\xA0"
     "000 troops",
     "10 000 troops"},
    // Sentence ends.
    {"TwoSentences", "He left. The next day he came back.",
     "He left . | The next day he came back ."},
    {"QuestionAndExclamation", "Why? Because! Yes.", "Why ? | Because ! | Yes ."},
    {"LowercaseAfterPeriodStillSplits", "it rained. we stayed home.",
     "it rained . | we stayed home ."},
    {"QuoteClosesSentence", "He left.\" The next day", "He left . \" | The next day"},
    {"CurlyQuoteClosesSentence", "He left.\xE2\x80\x9D The next day",
     "He left . \xE2\x80\x9D | The next day"},
    {"QuoteWithCommaStaysInSentence",
     "\"We will build up our cooperation this century,\" Lavrov said.",
     "\" We will build up our cooperation this century , \" Lavrov said ."},
    {"QuestionInQuoteThenLowercase", "\"Why?\" he asked.", "\" Why ? \" he asked ."},
    {"BracketClosesSentence", "(He left.) Then", "( He left . ) | Then"},
    {"EllipsisBeforeCapital", "Wait... The end", "Wait ... | The end"},
    {"EllipsisBeforeLowercase", "Wait... and see", "Wait ... and see"},
    {"UnicodeEllipsis", "Wait\xE2\x80\xA6 The end", "Wait \xE2\x80\xA6 | The end"},
    {"RepeatedPunctuation", "Really?!? Yes!!!", "Really ?!? | Yes !!!"},
    {"MixedTerminalRun", "Great!. Then", "Great !. | Then"},
    {"AbbreviationEndsParagraph", "He lives in the U.S.", "He lives in the U.S ."},
    {"AbbreviationPeriodBeforeQuote", "\"Fruit, nuts, etc.\" They ate.",
     "\" Fruit , nuts , etc . \" | They ate ."},
    {"InitialEndsSentenceBeforeOpener", "because of X. So we left.",
     "because of X . | So we left ."},
    {"SeparatorLineIsASentence", "See below ===== The list", "See below | ===== | The list"},
    {"SeparatorAfterPeriod", "He left. *** Bush came.", "He left . | *** | Bush came ."},
    {"PostScript", "Cheers P.S. I moved", "Cheers P.S. I moved"},
    {"RepeatedSymbols", "$$$ and << and ++", "$$$ and << and ++"},
    {"EmoticonEndsSentence", "I love it :) The staff", "I love it :) | The staff"},
    {"EmoticonAfterExclamation", "Great! :-) See you", "Great ! :-) | See you"},
    {"OpeningQuoteAfterPeriod", "He left. \"Now,\" she said.",
     "He left . | \" Now , \" she said ."},
    {"CjkFullStop", "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D",
     "\xE4\xBD\xA0 \xE5\xA5\xBD \xE3\x80\x82 | \xE5\x86\x8D"},
    // Abbreviations and initials.
    {"UnitedStates", "The U.S. military said", "The U.S. military said"},
    {"TitleBeforeName", "Gen. Petraeus and Mr. Smith met Dr. Jones.",
     "Gen. Petraeus and Mr. Smith met Dr. Jones ."},
    {"MonthAbbreviation", "On Feb. 3 they met.", "On Feb. 3 they met ."},
    {"MiddleInitial", "Sergey V. Lavrov said.", "Sergey V. Lavrov said ."},
    {"DistrictOfColumbia", "in Washington, D.C. The talks", "in Washington , D.C . | The talks"},
    {"InitialismBeforeName", "the U.S. President", "the U.S. President"},
    {"CompanyEndsSentence", "He joined Acme Inc. The firm grew.",
     "He joined Acme Inc . | The firm grew ."},
    {"EtcBeforeLowercase", "apples, pears, etc. and more", "apples , pears , etc. and more"},
    {"LatinAbbreviations", "e.g. this, i.e. that", "e.g. this , i.e. that"},
    {"TimeAbbreviations", "at 5 p.m. Monday", "at 5 p.m. Monday"},
    {"NumberAbbreviationBeforeDigit", "He is No. 1 today.", "He is No. 1 today ."},
    {"NumberAbbreviationNotBeforeDigit", "He said No. The end", "He said No . | The end"},
    {"UnknownAbbreviationBeforeLowercase", "the Ariz. lawmakers", "the Ariz. lawmakers"},
    {"AbbreviationAfterHyphen", "Rep. John Lewis (D-Ga.) said", "Rep. John Lewis ( D - Ga. ) said"},
    {"InitialismBeforeHyphen", "the U.S.-led coalition", "the U.S. - led coalition"},
    {"StateAbbreviation", "Springfield, Ill. officials said", "Springfield , Ill. officials said"},
    {"SentenceFinalWordNotAbbreviation", "They were ill. The doctor came.",
     "They were ill . | The doctor came ."},
    // Quotes and brackets.
    {"StraightQuotes", "\"Yes\" and 'no'", "\" Yes \" and ' no '"},
    {"CurlyQuotes", "\xE2\x80\x9CYes\xE2\x80\x9D and \xE2\x80\x98no\xE2\x80\x99",
     "\xE2\x80\x9C Yes \xE2\x80\x9D and \xE2\x80\x98 no \xE2\x80\x99"},
    {"EditorialBrackets", "[their] plan", "[ their ] plan"},
    {"Parentheses", "Iraq (IRQ) said", "Iraq ( IRQ ) said"},
    // Dashes and hyphens.
    {"EmDash",
     "Iraq\xE2\x80\x94"
     "and Syria",
     "Iraq \xE2\x80\x94 and Syria"},
    {"EnDashSpaced", "Iraq \xE2\x80\x93 and Syria", "Iraq \xE2\x80\x93 and Syria"},
    {"DoubleHyphen", "Iraq--and Syria", "Iraq -- and Syria"},
    {"HyphenatedCompoundSplits", "a long-term plan", "a long - term plan"},
    {"HyphenatedNameSplits", "Nouri al-Maliki said", "Nouri al - Maliki said"},
    {"SovietEraSplits", "Soviet-era arms", "Soviet - era arms"},
    {"BoundPrefixKept", "an e-mail about anti-American and post-war co-workers",
     "an e-mail about anti-American and post-war co-workers"},
    {"MultipleHyphens", "one-on-one talks", "one - on - one talks"},
    {"PhoneNumberKept", "call 713-853-3989 or 345-9945", "call 713-853-3989 or 345-9945"},
    {"IsoDateKept", "on 2017-07-24 they", "on 2017-07-24 they"},
    {"NumberRangeSplits", "in 1969-1970 and 3-4", "in 1969 - 1970 and 3 - 4"},
    {"TimeRangeSplits", "5:00-8:30", "5:00 - 8:30"},
    // Numbers, dates, times.
    {"ThousandsAndDecimals", "1,000.5 dollars", "1,000.5 dollars"},
    {"MillionsSeparator", "1,000,000 people", "1,000,000 people"},
    {"CommaBetweenNumbers", "in 2004,2005 and", "in 2004 , 2005 and"},
    {"Percent", "58% of voters", "58 % of voters"},
    {"Currency",
     "$5 million and \xE2\x82\xAC"
     "3",
     "$ 5 million and \xE2\x82\xAC 3"},
    {"Time", "at 10:30 today", "at 10:30 today"},
    {"SlashDate", "on 21/07/2017 they", "on 21/07/2017 they"},
    {"DecimalAndUnit", "$1.2bn deal", "$ 1.2 bn deal"},
    {"Decade",
     "in the '90s and \xE2\x80\x99"
     "80s",
     "in the '90s and \xE2\x80\x99"
     "80s"},
    {"Ordinals", "the 21st century and 1990s", "the 21st century and 1990s"},
    {"AmPmSplit", "at 5pm and 10:30am", "at 5 pm and 10:30 am"},
    {"Alphanumerics", "IE6 and M5S", "IE6 and M5S"},
    {"NumberEndsSentence", "He paid 5. Then", "He paid 5 . | Then"},
    {"NumberAndUnit", "an 8gb card, 375mm and 70k", "an 8 gb card , 375 mm and 70 k"},
    {"DecadeApostrophe", "the 1970's and 80's", "the 1970's and 80's"},
    {"LetterSlashLetter", "b/c and w/o it", "b/c and w/o it"},
    {"WordSlashWordSplits", "and/or", "and / or"},
    // URLs, e-mail, handles.
    {"Url", "see http://www.example.com/a?b=c. Then", "see http://www.example.com/a?b=c . | Then"},
    {"UrlInParentheses", "(see https://example.org/x)", "( see https://example.org/x )"},
    {"WwwUrl", "at www.un.org, today", "at www.un.org , today"},
    {"BareDomain", "Amazon.com said", "Amazon.com said"},
    {"Email", "write to john.doe@example.com.", "write to john.doe@example.com ."},
    {"EmailInsideChunk", "\"Ryan\"<ryan.r@mail.example.ca>",
     "\" Ryan \" < ryan.r@mail.example.ca >"},
    {"UrlThenCapitalStartsSentence", "see www.un.org Thanks for it",
     "see www.un.org | Thanks for it"},
    {"UrlList", "http://a.org/1 http://a.org/2", "http://a.org/1 | http://a.org/2"},
    {"UrlThenLowercaseContinues", "see www.un.org for details", "see www.un.org for details"},
    {"AddressInBracketsThenCapital", "<a@b.com> Groups: x", "< a@b.com > | Groups : x"},
    {"TimeThenOpener", "12:05 PM I wanted", "12:05 PM | I wanted"},
    {"TimeThenName", "at 10 PM Monday", "at 10 PM Monday"},
    {"QuestionMarkAfterColonIsNotAnEnd", "Fax:?203 555", "Fax : ? 203 555"},
    {"ObfuscatedEmail", "<rreynol...@cogeco.ca>", "< rreynol...@cogeco.ca >"},
    {"Handle", "@POTUS said #IStandWithAhmed", "@POTUS said #IStandWithAhmed"},
    {"AmpersandInitialism", "AT&T and R&D", "AT&T and R&D"},
    // Clitics and possessives (UD English).
    {"NegationClitic", "I don't know", "I do n't know"},
    {"CantAndWont", "can't and won't", "ca n't and wo n't"},
    {"Cannot", "We cannot go", "We can not go"},
    {"Gonna", "gonna win", "gon na win"},
    {"Possessive", "Iraq's army", "Iraq 's army"},
    {"CurlyPossessive", "Iraq\xE2\x80\x99s army", "Iraq \xE2\x80\x99s army"},
    {"CurlyNegation", "don\xE2\x80\x99t go", "do n\xE2\x80\x99t go"},
    {"PluralPossessive", "the parents' house", "the parents ' house"},
    {"Contractions", "I'm sure they're here and we've seen you'll",
     "I 'm sure they 're here and we 've seen you 'll"},
    {"HeD", "He'd go", "He 'd go"},
    {"TwoClitics", "I'd've gone", "I 'd 've gone"},
    {"OClockKept", "at 5 o'clock", "at 5 o'clock"},
    {"ApostropheNameKept", "O'Brien's car", "O'Brien 's car"},
    {"MissingApostrophe", "I dont know", "I do nt know"},
    {"MissingApostropheContractions", "youre sure thats it", "you re sure that s it"},
    {"HyphenThenPossessive", "Bush-Cheney's plan", "Bush - Cheney 's plan"},
    // Emoji, symbols, other scripts.
    {"Emoji", "Great \xF0\x9F\x98\x80!", "Great \xF0\x9F\x98\x80 !"},
    {"EmojiWithSkinTone", "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD yes",
     "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD yes"},
    {"Flag", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 team", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 team"},
    {"Emoticon", "great :-) see you", "great :-) see you"},
    {"Arabic", "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF city",
     "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF city"},
    {"Accents", "Fran\xC3\xA7ois Hollande", "Fran\xC3\xA7ois Hollande"},
    {"InvalidUtf8Byte",
     "a\xFF"
     "b",
     "a \xFF b"},
    // Datelines.
    {"DatelineAgency", "BAGHDAD (AFP) - Iraqi forces said.",
     "BAGHDAD ( AFP ) - | Iraqi forces said ."},
    {"DatelineDoubleHyphen", "GENEVA -- Talks began.", "GENEVA -- | Talks began ."},
    {"DatelineWithDate", "MOSCOW, July 24 (Reuters) - Russia said.",
     "MOSCOW , July 24 ( Reuters ) - | Russia said ."},
    {"NoDatelineInLaterParagraph", "Hi.\n\nNATO - the alliance.", "Hi . || NATO - the alliance ."},
    {"NoDatelineForLowercase", "Moscow - Russia said.", "Moscow - Russia said ."},
};

INSTANTIATE_TEST_SUITE_P(Rules, TokenizeCaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(TokenizerTest, MultiwordTokensAsInEwt) {
  Story story = Tokenized("I don't think Iraq's parents' gonna.");
  ASSERT_EQ(story.sentences.size(), 1u);
  const Sentence& s = story.sentences[0];
  ASSERT_EQ(s.multiword.size(), 4u);
  EXPECT_EQ(s.multiword[0].form, "don't");
  EXPECT_EQ(s.words[s.multiword[0].first].form, "do");
  EXPECT_EQ(s.words[s.multiword[0].last].form, "n't");
  EXPECT_EQ(s.multiword[1].form, "Iraq's");
  EXPECT_EQ(s.multiword[2].form, "parents'");
  EXPECT_EQ(s.multiword[3].form, "gonna");
  EXPECT_FALSE(s.words[1].space_after);  // "do" in "don't"
  EXPECT_TRUE(s.words[2].space_after);   // "n't"
}

TEST(TokenizerTest, NoMultiwordTokensWhenDisabled) {
  TokenizerOptions options;
  options.multiword_tokens = false;
  Story story = Tokenized("I don't know.", options);
  ASSERT_EQ(story.sentences.size(), 1u);
  EXPECT_TRUE(story.sentences[0].multiword.empty());
  EXPECT_EQ(Render(story), "I do n't know .");
  ExpectRebuilds(story);
}

TEST(TokenizerTest, SpansAndSpaceAfter) {
  Story story = Tokenized("Iraq's  army (AFP).");
  const Sentence& s = story.sentences.at(0);
  ASSERT_EQ(s.words.size(), 7u);
  EXPECT_EQ(s.words[0].span, (Span{0, 4}));
  EXPECT_EQ(s.words[1].span, (Span{4, 6}));
  EXPECT_EQ(s.words[2].span, (Span{8, 12}));
  EXPECT_EQ(s.span, (Span{0, 19}));
  EXPECT_FALSE(s.words[0].space_after);
  EXPECT_TRUE(s.words[1].space_after);
  EXPECT_FALSE(s.words[3].space_after);  // "("
  EXPECT_FALSE(s.words[5].space_after);  // ")"
}

TEST(TokenizerTest, ParagraphIndexCountsParagraphs) {
  Story story = Tokenized("A b. C d.\n\nE f.\n\n\n\nG h.");
  ASSERT_EQ(story.sentences.size(), 4u);
  EXPECT_EQ(story.sentences[0].paragraph, 0);
  EXPECT_EQ(story.sentences[1].paragraph, 0);
  EXPECT_EQ(story.sentences[2].paragraph, 1);
  EXPECT_EQ(story.sentences[3].paragraph, 2);
}

TEST(TokenizerTest, DatelineOptionOff) {
  TokenizerOptions options;
  options.split_datelines = false;
  EXPECT_EQ(Render(Tokenized("GENEVA -- Talks began.", options)), "GENEVA -- Talks began .");
}

TEST(TokenizerTest, HandlesSplitWhenDisabled) {
  TokenizerOptions options;
  options.keep_handles_whole = false;
  EXPECT_EQ(Render(Tokenized("@POTUS #tag", options)), "@ POTUS # tag");
}

TEST(TokenizerTest, ExtraAbbreviations) {
  TokenizerOptions options;
  options.extra_abbreviations = {"Brig.", "Gvt."};
  EXPECT_EQ(Render(Tokenized("the Gvt. Minister", options)), "the Gvt. Minister");
  options.extra_abbreviations = {"bad"};
  EXPECT_FALSE(Tokenizer::Create(options).ok());
  options.extra_abbreviations = {"a b."};
  EXPECT_FALSE(Tokenizer::Create(options).ok());
}

TEST(TokenizerTest, NegativeMaxSentenceWordsRejected) {
  TokenizerOptions options;
  options.max_sentence_words = -1;
  StatusOr<Tokenizer> t = Tokenizer::Create(options);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
}

TEST(TokenizerTest, LongSentenceIsCutAtTheLimit) {
  TokenizerOptions options;
  options.max_sentence_words = 100;
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "word ";
  Story story = Tokenized(text, options);
  ASSERT_EQ(story.sentences.size(), 100u);
  for (const Sentence& s : story.sentences) EXPECT_EQ(s.words.size(), 100u);
  ExpectRebuilds(story);
}

TEST(TokenizerTest, LimitNeverSplitsAMultiwordToken) {
  TokenizerOptions options;
  options.max_sentence_words = 3;
  Story story = Tokenized("a b don't c", options);
  EXPECT_EQ(Render(story), "a b | do n't c");
  ExpectRebuilds(story);
}

TEST(TokenizerTest, RetokenizingReplacesSentences) {
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  Story story;
  story.text = "One. Two.";
  ASSERT_TRUE(tokenizer->Tokenize(story).ok());
  ASSERT_TRUE(tokenizer->Tokenize(story).ok());
  EXPECT_EQ(story.sentences.size(), 2u);
}

TEST(TokenizerTest, RoundTripOnRandomBytes) {
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  std::mt19937 rng(12345);
  const std::string alphabet[] = {"a",
                                  "B",
                                  "7",
                                  " ",
                                  "\n",
                                  "\n\n",
                                  ".",
                                  ",",
                                  "'",
                                  "\"",
                                  "-",
                                  "--",
                                  "(",
                                  ")",
                                  "@",
                                  "#",
                                  "%",
                                  "$",
                                  ":",
                                  "/",
                                  "n't",
                                  "'s",
                                  "U.S.",
                                  "Mr.",
                                  "http://",
                                  "www.",
                                  ".com",
                                  "\xE2\x80\x99",
                                  "\xE2\x80\x9C",
                                  "\xE2\x80\x94",
                                  "\xE2\x80\xA6",
                                  "\xC2\xA0",
                                  "\xF0\x9F\x98\x80",
                                  "\xFF",
                                  "\xE2\x80",
                                  "\xC3\xA9",
                                  "\r\n",
                                  "\t",
                                  "?",
                                  "!",
                                  "&",
                                  "\xE2\x80\xA9",
                                  "\xE4\xBD\xA0",
                                  "\xCC\x81",
                                  "\xE2\x80\x8D",
                                  "\xF0\x9F\x87\xBA"};
  for (int round = 0; round < 3000; ++round) {
    Story story;
    int len = static_cast<int>(rng() % 60);
    for (int i = 0; i < len; ++i) {
      if (rng() % 4 == 0) {
        story.text += static_cast<char>(rng() % 256);
      } else {
        story.text += alphabet[rng() % std::size(alphabet)];
      }
    }
    ASSERT_TRUE(tokenizer->Tokenize(story).ok());
    SCOPED_TRACE(story.text);
    ExpectRebuilds(story);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace dyad::tokenize
