#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"

namespace dyad::ingest {
namespace {

struct Result {
  Status status;
  std::vector<Story> stories;
  std::vector<InputError> errors;    // rejects
  std::vector<InputError> warnings;  // stories that still came through
};

Result Read(const std::string& path, std::string_view bytes, ReadOptions options = {}) {
  Result r;
  r.status = ReadStories(
      path, bytes, options, [&](Story&& s) { r.stories.push_back(std::move(s)); },
      [&](const InputError& e) { (e.warning ? r.warnings : r.errors).push_back(e); });
  return r;
}

std::vector<std::string> Ids(const Result& r) {
  std::vector<std::string> ids;
  for (const Story& s : r.stories) ids.push_back(s.id);
  return ids;
}

bool Contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

TEST(FormatTest, ParseFormatNames) {
  struct Case {
    const char* name;
    Format format;
  };
  for (const Case& c : std::vector<Case>{{"auto", Format::kAuto},
                                         {"text", Format::kText},
                                         {"jsonl", Format::kJsonl},
                                         {"petrarch-xml", Format::kPetrarchXml},
                                         {"conllu", Format::kConllu},
                                         {"JSONL", Format::kJsonl}}) {
    StatusOr<Format> f = ParseFormat(c.name);
    ASSERT_TRUE(f.ok()) << c.name;
    EXPECT_EQ(*f, c.format) << c.name;
  }
  for (Format f :
       {Format::kAuto, Format::kText, Format::kJsonl, Format::kPetrarchXml, Format::kConllu}) {
    EXPECT_EQ(*ParseFormat(FormatName(f)), f);
  }
  StatusOr<Format> bad = ParseFormat("csv");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(Contains(bad.status().message(), "csv"));
}

TEST(FormatTest, DetectFormat) {
  struct Case {
    const char* path;
    const char* bytes;
    Format expected;
  };
  const std::vector<Case> cases = {
      {"a.txt", "Russia and Iraq will build up their cooperation.", Format::kText},
      {"-", "  \n{\"id\":\"1\",\"text\":\"x\"}\n", Format::kJsonl},
      {"stories.jsonl", "", Format::kJsonl},
      {"a.ndjson", "whatever", Format::kJsonl},
      {"-", "<?xml version='1.0'?>\n<Validation>", Format::kPetrarchXml},
      {"-", "<Sentences><Sentence id=\"x\">", Format::kPetrarchXml},
      {"records.xml", "junk", Format::kPetrarchXml},
      {"-", "<b>bold</b> text", Format::kText},
      {"-", "# newdoc id = d1\n# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n",
       Format::kConllu},
      {"-", "# sent_id = 1\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n", Format::kConllu},
      {"-", "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", Format::kConllu},
      {"-", "# a heading\nSome text.", Format::kText},
      {"-", "1984\tby Orwell", Format::kText},
      {"ud.conllu", "", Format::kConllu},
      {"-", "", Format::kText},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DetectFormat(c.path, c.bytes), c.expected) << c.path << " / " << c.bytes;
  }
}

TEST(DateTest, NormalizeDate) {
  struct Case {
    const char* in;
    const char* out;  // nullptr: an error
  };
  const std::vector<Case> cases = {
      {"2017-07-24", "2017-07-24"},
      {"20170724", "2017-07-24"},
      {"2017-07-24T10:00:00Z", "2017-07-24"},
      {"2017-07-24 10:00", "2017-07-24"},
      {" 2017-07-24 ", "2017-07-24"},
      {"", ""},
      {"2016-02-29", "2016-02-29"},
      {"2017-02-29", nullptr},
      {"121108", nullptr},
      {"2017-13-01", nullptr},
      {"24/07/2017", nullptr},
      {"2017-07-24X", nullptr},
      {"yesterday", nullptr},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> d = NormalizeDate(c.in);
    if (c.out == nullptr) {
      EXPECT_FALSE(d.ok()) << c.in;
    } else {
      ASSERT_TRUE(d.ok()) << c.in;
      EXPECT_EQ(*d, c.out);
    }
  }
}

TEST(InputErrorTest, ToString) {
  InputError e{"f.jsonl:3", "s1", "bad thing"};
  EXPECT_EQ(e.ToString(), "f.jsonl:3: story s1: bad thing");
  e.story_id.clear();
  EXPECT_EQ(e.ToString(), "f.jsonl:3: bad thing");
  e.warning = true;
  EXPECT_EQ(e.ToString(), "f.jsonl:3: warning: bad thing");
}

// ---- plain text ----

TEST(TextTest, OneStoryPerFileWithIdFromFileName) {
  Result r = Read("/tmp/news/article1.txt", "Line one\nline two.\n\nNew paragraph.\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "article1.txt");
  EXPECT_EQ(r.stories[0].text, "Line one\nline two.\n\nNew paragraph.\n");  // as written
  EXPECT_EQ(r.stories[0].date, "");
  EXPECT_EQ(r.stories[0].origin, "/tmp/news/article1.txt");
  EXPECT_TRUE(r.errors.empty());
}

TEST(TextTest, StdinIdAndOptions) {
  ReadOptions o;
  EXPECT_EQ(Read("-", "Text.", o).stories.at(0).id, "stdin");
  o.id = "my-story";
  o.date = "20170724";
  Result r = Read("-", "Text.", o);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "my-story");
  EXPECT_EQ(r.stories[0].date, "2017-07-24");
}

TEST(TextTest, BadDateIsAnError) {
  ReadOptions o;
  o.date = "2017-02-30";
  Result r = Read("a.txt", "Text.", o);
  EXPECT_FALSE(r.status.ok());
  EXPECT_TRUE(r.stories.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(Contains(r.errors[0].message, "2017-02-30"));
}

TEST(TextTest, ForcedFormatWins) {
  ReadOptions o;
  o.format = Format::kText;
  Result r = Read("x.jsonl", "{\"text\": \"not parsed\"}", o);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "{\"text\": \"not parsed\"}");
}

TEST(TextTest, ByteOrderMarkIsDropped) {
  Result r = Read("a.txt", "\xEF\xBB\xBFHello.");
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "Hello.");
}

// ---- malformed input: one test per kind ----

TEST(MalformedTest, EmptyFile) {
  for (const char* bytes : {"", " \n\n\t"}) {
    Result r = Read("empty.txt", bytes);
    EXPECT_TRUE(r.status.ok());
    EXPECT_TRUE(r.stories.empty());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].where, "empty.txt");
    EXPECT_TRUE(Contains(r.errors[0].message, "empty input")) << r.errors[0].message;
  }
  Result j = Read("empty.jsonl", "");
  ASSERT_EQ(j.errors.size(), 1u);
  EXPECT_EQ(j.errors[0].where, "empty.jsonl");
}

TEST(MalformedTest, BinaryJunk) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 3000; ++i) {
    x = x * 1103515245u + 12345u;
    junk += static_cast<char>((x >> 16) & 0xff);
  }
  for (bool repair : {false, true}) {
    ReadOptions o;
    o.repair_utf8 = repair;
    Result r = Read("junk.bin", junk, o);
    EXPECT_TRUE(r.stories.empty());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].where, "junk.bin");
    EXPECT_EQ(r.errors[0].story_id, "junk.bin");
    EXPECT_TRUE(Contains(r.errors[0].message, "binary data at byte ")) << r.errors[0].message;
  }
  // A junk line among JSONL stories: reported with its line, the others come through.
  Result j = Read("s.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\n" + junk.substr(0, 200) +
                                 "\n{\"id\":\"b\",\"text\":\"B.\"}\n");
  EXPECT_EQ(Ids(j), (std::vector<std::string>{"a", "b"}));
  ASSERT_GE(j.errors.size(), 1u);
  EXPECT_EQ(j.errors[0].where, "s.jsonl:2");
}

TEST(MalformedTest, GzipInputSaysHowToFix) {
  Result r = Read("news.txt", std::string("\x1f\x8b\x08\x00\x00\x00", 6) + "rest");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(Contains(r.errors[0].message, "zcat")) << r.errors[0].message;
}

TEST(MalformedTest, NulBytes) {
  Result t = Read("a.txt", std::string("Hello\0world", 11));
  EXPECT_TRUE(t.stories.empty());
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_TRUE(Contains(t.errors[0].message, "binary data at byte 5")) << t.errors[0].message;
  EXPECT_TRUE(Contains(t.errors[0].message, "NUL"));

  // Raw NUL in a JSONL line, and an escaped one inside "text".
  std::string jsonl = std::string("{\"id\":\"a\",\"text\":\"x\0y\"}\n", 24) +
                      "{\"id\":\"b\",\"text\":\"x\\u0000y\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n";
  Result j = Read("s.jsonl", jsonl);
  EXPECT_EQ(Ids(j), (std::vector<std::string>{"c"}));
  ASSERT_EQ(j.errors.size(), 2u);
  EXPECT_EQ(j.errors[0].where, "s.jsonl:1");
  EXPECT_TRUE(Contains(j.errors[0].message, "NUL"));
  EXPECT_EQ(j.errors[1].where, "s.jsonl:2");
  EXPECT_EQ(j.errors[1].story_id, "b");
  EXPECT_TRUE(Contains(j.errors[1].message, "byte 1 ")) << j.errors[1].message;
}

TEST(MalformedTest, InvalidUtf8IsRejectedWithOffset) {
  Result t = Read("a.txt", "caf\xE9 au lait");
  EXPECT_TRUE(t.stories.empty());
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].story_id, "a.txt");
  EXPECT_TRUE(Contains(t.errors[0].message, "invalid UTF-8 at byte 3")) << t.errors[0].message;
  EXPECT_TRUE(Contains(t.errors[0].message, "--repair-utf8"));

  Result j =
      Read("s.jsonl", "{\"id\":\"a\",\"text\":\"caf\xE9\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
  EXPECT_EQ(Ids(j), (std::vector<std::string>{"b"}));
  ASSERT_EQ(j.errors.size(), 1u);
  EXPECT_EQ(j.errors[0].where, "s.jsonl:1");
  EXPECT_TRUE(Contains(j.errors[0].message, "invalid UTF-8 at byte 21")) << j.errors[0].message;
}

TEST(MalformedTest, InvalidUtf8IsRepairedOnRequest) {
  ReadOptions o;
  o.repair_utf8 = true;
  Result t = Read("a.txt", "caf\xE9 au lait", o);
  ASSERT_EQ(t.stories.size(), 1u);
  EXPECT_EQ(t.stories[0].text, "caf\xEF\xBF\xBD au lait");
  EXPECT_TRUE(t.errors.empty());
  ASSERT_EQ(t.warnings.size(), 1u);
  EXPECT_TRUE(Contains(t.warnings[0].message, "byte 3"));

  Result j = Read("s.jsonl", "{\"id\":\"a\",\"text\":\"caf\xE9\"}\n", o);
  ASSERT_EQ(j.stories.size(), 1u);
  EXPECT_EQ(j.stories[0].text, "caf\xEF\xBF\xBD");
  EXPECT_EQ(j.warnings.size(), 1u);
}

TEST(MalformedTest, TruncatedJson) {
  Result r = Read("s.jsonl",
                  "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"cut off\n"
                  "{\"id\":\"c\",\"text\":\"C.\"}\n{\"id\":\"d\",\"text\":\"D\"");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a", "c"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].where, "s.jsonl:2");
  EXPECT_EQ(r.errors[1].where, "s.jsonl:4");
  EXPECT_TRUE(Contains(r.errors[1].message, "truncated JSON")) << r.errors[1].message;
}

TEST(MalformedTest, JsonLineThatIsNotAnObject) {
  Result r =
      Read("s.jsonl",
           "{\"id\":\"a\",\"text\":\"A.\"}\n[1,2]\n\"text\"\n{\"id\":\"b\",\"text\":\"B.\"}\n");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].where, "s.jsonl:2");
  EXPECT_TRUE(Contains(r.errors[0].message, "not a JSON object (found array)"))
      << r.errors[0].message;
  EXPECT_EQ(r.errors[1].where, "s.jsonl:3");
}

TEST(MalformedTest, JsonWithoutStringText) {
  Result r = Read("s.jsonl",
                  "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":42}\n{\"id\":\"c\",\"text\":\"C.\"}\n");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"c"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].where, "s.jsonl:1");
  EXPECT_EQ(r.errors[0].story_id, "a");
  EXPECT_TRUE(Contains(r.errors[0].message, "no \"text\""));
  EXPECT_EQ(r.errors[1].story_id, "b");
  EXPECT_TRUE(Contains(r.errors[1].message, "number"));
}

TEST(MalformedTest, DeeplyNestedJson) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Result r = Read("s.jsonl", deep + "\n{\"id\":\"x\",\"text\":\"hi\",\"a\":" + deep +
                                 "}\n{\"id\":\"y\",\"text\":\"ok\",\"a\":[[{\"b\":[]}]]}\n");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"y"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[1].where, "s.jsonl:2");
  EXPECT_TRUE(Contains(r.errors[1].message, "nested 100001 levels deep")) << r.errors[1].message;
  EXPECT_EQ(r.stories[0].extra_json, "{\"a\":[[{\"b\":[]}]]}");
}

TEST(MalformedTest, StoryLargerThanTheLimit) {
  ReadOptions o;
  o.max_story_bytes = 10;
  Result t = Read("big.txt", "This text is longer than ten bytes.", o);
  EXPECT_TRUE(t.stories.empty());
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_TRUE(Contains(t.errors[0].message, "limit of 10 bytes")) << t.errors[0].message;

  o.max_story_bytes = 40;
  Result j = Read("s.jsonl",
                  "{\"id\":\"a\",\"text\":\"short\"}\n"
                  "{\"id\":\"b\",\"text\":\"a much longer text than allowed here\"}\n",
                  o);
  EXPECT_EQ(Ids(j), (std::vector<std::string>{"a"}));
  ASSERT_EQ(j.errors.size(), 1u);
  EXPECT_EQ(j.errors[0].where, "s.jsonl:2");
}

TEST(MalformedTest, XmlWithMissingClosingTag) {
  Result r = Read("r.xml",
                  "<Sentences>\n"
                  "<Sentence id=\"A-1\" date=\"20000101\"><Text>One.</Text></Sentence>\n"
                  "<Sentence id=\"A-2\" date=\"20000102\">\n<Text>Two.\n</Sentence>\n"
                  "<Sentence id=\"A-3\" date=\"20000103\"><Text>Three.</Text></Sentence>\n"
                  "</Sentences>\n");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"A-1", "A-3"}));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].where, "r.xml:4");
  EXPECT_EQ(r.errors[0].story_id, "A-2");
  EXPECT_TRUE(Contains(r.errors[0].message, "never closed"));
}

TEST(MalformedTest, ConlluLineWithNineColumns) {
  Result r = Read("u.conllu",
                  "# newdoc id = d1\n# text = Hello world\n"
                  "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\n"
                  "2\tworld\tworld\tNOUN\tNN\t_\t1\tvocative\t_\t_\n\n"
                  "# newdoc id = d2\n# text = Fine.\n"
                  "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
                  "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n");
  ASSERT_EQ(r.errors.size(), 1u) << r.errors.size();
  EXPECT_EQ(r.errors[0].where, "u.conllu:3");
  EXPECT_TRUE(Contains(r.errors[0].message, "9")) << r.errors[0].message;
  ASSERT_FALSE(r.stories.empty());
  EXPECT_EQ(r.stories.back().id, "d2");
  EXPECT_EQ(r.stories.back().text, "Fine.");
}

// ---- JSONL ----

TEST(JsonlTest, FieldsAndPassThrough) {
  Result r = Read("s.jsonl",
                  "{\"id\":\"s1\",\"date\":\"2017-07-24T10:00:00Z\",\"source\":\"AFP\","
                  "\"title\":\"T\",\"text\":\"Russia and Iraq.\",\"url\":\"http://x\","
                  "\"lang\":\"en\",\"meta\":{\"b\":1,\"a\":[true,null]}}\r\n"
                  "\n   \n"
                  "{\"text\":\"No id.\",\"date\":\"20170725\",\"id\":null}\n"
                  "{\"id\":7,\"text\":\"Numeric id.\"}\n");
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.stories.size(), 3u);
  const Story& a = r.stories[0];
  EXPECT_EQ(a.id, "s1");
  EXPECT_EQ(a.date, "2017-07-24");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.text, "Russia and Iraq.");
  EXPECT_EQ(a.extra_json, "{\"lang\":\"en\",\"meta\":{\"b\":1,\"a\":[true,null]}}");
  EXPECT_EQ(a.origin, "s.jsonl:1");
  EXPECT_EQ(r.stories[1].id, "s.jsonl:4");
  EXPECT_EQ(r.stories[1].date, "2017-07-25");
  EXPECT_EQ(r.stories[1].extra_json, "");
  EXPECT_EQ(r.stories[2].id, "7");
}

TEST(JsonlTest, BadDateWarnsAndKeepsTheStory) {
  Result r = Read("s.jsonl", "{\"id\":\"a\",\"date\":\"last week\",\"text\":\"A.\"}\n");
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].date, "");
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].where, "s.jsonl:1");
  EXPECT_EQ(r.warnings[0].story_id, "a");
  EXPECT_TRUE(Contains(r.warnings[0].message, "last week"));
}

TEST(JsonlTest, CancelStopsBetweenStories) {
  bool cancel = false;
  ReadOptions o;
  o.cancel = &cancel;
  std::vector<std::string> ids;
  ASSERT_TRUE(ReadStories(
                  "s.jsonl",
                  "{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"b\",\"text\":\"B\"}\n"
                  "{\"id\":\"c\",\"text\":\"C\"}\n",
                  o,
                  [&](Story&& s) {
                    ids.push_back(s.id);
                    cancel = s.id == "b";
                  },
                  nullptr)
                  .ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
}

// Every prefix and single-byte mutation of a small JSONL file: no crash, no hang, and each
// non-blank line gives exactly one story or one reject.
size_t NonBlankLines(std::string_view s) {
  size_t n = 0;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    std::string_view line = s.substr(pos, nl == std::string_view::npos ? s.npos : nl - pos);
    if (line.find_first_not_of(" \t\r\f\v") != std::string_view::npos) ++n;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return n;
}

TEST(JsonlTest, SurvivesMutations) {
  const std::string good =
      "{\"id\":\"a\",\"date\":\"2017-07-24\",\"text\":\"Caf\xC3\xA9 \\u00e9\\n\",\"x\":[1]}\n";
  auto check = [](const std::string& input) {
    Result r = Read("s.jsonl", input);
    EXPECT_EQ(r.stories.size() + r.errors.size(), std::max<size_t>(1, NonBlankLines(input)))
        << input;
  };
  for (size_t n = 0; n <= good.size(); ++n) check(good.substr(0, n));
  for (char c : std::string("\0\"{}[]\\:,\xff\n ", 12)) {
    for (size_t i = 0; i < good.size(); ++i) {
      std::string m = good;
      m[i] = c;
      check(m);
    }
  }
}

// ---- PETRARCH XML ----

TEST(PetrarchStoriesTest, RecordsBecomeStories) {
  Result r = Read("r.xml",
                  "<Sentences>\n"
                  "<Sentence date=\"19950101\" id=\"DEMO-00\" source=\"AFP\">\n"
                  "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/>\n"
                  "<Text>\nArnor &amp; Gondor\nagree.\n</Text>\n</Sentence>\n"
                  "<Sentence date=\"121108\" id=\"AFP_1\"><Text>Bad date.</Text></Sentence>\n"
                  "</Sentences>\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[0].id, "DEMO-00");
  EXPECT_EQ(r.stories[0].date, "1995-01-01");
  EXPECT_EQ(r.stories[0].source, "AFP");
  EXPECT_EQ(r.stories[0].text, "Arnor & Gondor\nagree.");
  EXPECT_EQ(r.stories[0].origin, "r.xml:2");
  EXPECT_EQ(r.stories[1].date, "");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].where, "r.xml:9");
  EXPECT_TRUE(Contains(r.warnings[0].message, "121108"));
}

TEST(PetrarchStoriesTest, ShippedValidationFiles) {
  for (const char* dir : {"validate-ptb", "validate-ud"}) {
    std::string path =
        std::string(DYAD_SHARED_DIR) + "/data/petrarch/" + dir + "/PETR.UnitTest.records.xml";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
    StatusOr<std::string> bytes = ReadFile(path);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(DetectFormat(path, *bytes), Format::kPetrarchXml);
    EXPECT_EQ(DetectFormat("-", *bytes), Format::kPetrarchXml);
    Result r = Read(path, *bytes);
    ASSERT_TRUE(r.status.ok());
    for (const InputError& e : r.errors) ADD_FAILURE() << e.ToString();
    EXPECT_EQ(r.stories.size(), 284u) << dir;
    for (const Story& s : r.stories) {
      EXPECT_TRUE(IsValidDate(s.date)) << s.id << " " << s.date;
      EXPECT_FALSE(s.text.empty()) << s.id;
    }
  }
}

}  // namespace
}  // namespace dyad::ingest

namespace dyad::ingest {
namespace {

// Random inputs assembled from pieces that matter to each format: the readers never crash,
// and every story they let through has valid UTF-8 without NUL bytes.
TEST(FuzzTest, RandomInputsInEveryFormat) {
  const std::vector<std::string> pieces = {"{",
                                           "}",
                                           "[",
                                           "]",
                                           "\"",
                                           ":",
                                           ",",
                                           "\"id\"",
                                           "\"text\"",
                                           "\"date\"",
                                           "\"2017-07-24\"",
                                           "\\u00e9",
                                           "\\",
                                           "\n",
                                           "\r\n",
                                           " ",
                                           "\t",
                                           "<Sentence",
                                           "</Sentence>",
                                           "<Text>",
                                           "</Text>",
                                           "<Parse>",
                                           "</Parse>",
                                           "/>",
                                           ">",
                                           "<",
                                           "id=",
                                           "'",
                                           "<!--",
                                           "-->",
                                           "&amp;",
                                           "&#x41;",
                                           "&",
                                           "#",
                                           "# newdoc id = d",
                                           "# text = x",
                                           "1",
                                           "2",
                                           "1-2",
                                           "0",
                                           "_",
                                           "root",
                                           "word",
                                           "\xC3\xA9",
                                           "\xE9",
                                           std::string("\0", 1),
                                           "\xEF\xBB\xBF",
                                           "<Config",
                                           "option=\"a\"",
                                           "<Environment>",
                                           "</Environment>",
                                           "\x1f\x8b"};
  uint64_t state = 88172645463325252ull;
  auto next = [&]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (Format format :
       {Format::kAuto, Format::kText, Format::kJsonl, Format::kPetrarchXml, Format::kConllu}) {
    for (int i = 0; i < 1500; ++i) {
      std::string input;
      size_t n = next() % 60;
      for (size_t k = 0; k < n; ++k) input += pieces[next() % pieces.size()];
      ReadOptions o;
      o.format = format;
      o.repair_utf8 = (i % 2) == 1;
      Result r = Read("f", input, o);
      for (const Story& s : r.stories) {
        EXPECT_EQ(FindInvalidUtf8(s.text), std::string_view::npos) << input;
        EXPECT_EQ(s.text.find('\0'), std::string::npos) << input;
        for (const Sentence& sentence : s.sentences) {
          EXPECT_LE(sentence.span.end, s.text.size()) << input;
          for (const Word& w : sentence.words) {
            EXPECT_LE(w.span.begin, w.span.end) << input;
            EXPECT_LE(w.span.end, s.text.size()) << input;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace dyad::ingest
