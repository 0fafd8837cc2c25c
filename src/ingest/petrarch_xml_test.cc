#include "ingest/petrarch_xml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"

namespace dyad::ingest {
namespace {

struct Parsed {
  StatusOr<PetrarchDocument> doc = InvalidArgument("not parsed");
  std::vector<InputError> errors;
  std::vector<const PetrarchRecord*> records;
  std::vector<const PetrarchConfig*> configs;
};

void Parse(std::string_view xml, Parsed* out) {
  out->doc = ParsePetrarchXml("t.xml", xml, [&](const InputError& e) { out->errors.push_back(e); });
  if (!out->doc.ok()) return;
  for (const auto& item : out->doc->items) {
    if (const auto* r = std::get_if<PetrarchRecord>(&item)) out->records.push_back(r);
    if (const auto* c = std::get_if<PetrarchConfig>(&item)) out->configs.push_back(c);
  }
}

std::string Attr(const XmlAttributes& a, std::string_view name) {
  const std::string* v = a.Find(name);
  return v ? *v : "<none>";
}

TEST(PetrarchXmlTest, ReadsWellFormedRecord) {
  Parsed p;
  Parse(R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>a.txt, b.txt</Actorfile>
    <Config option="stop_on_error" value="True" />
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties
with Gondor &amp; Rohan.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse></Sentence>
</Sentences>
</Validation>
)",
        &p);
  ASSERT_TRUE(p.doc.ok()) << p.doc.status().ToString();
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.doc->environment.size(), 2u);
  EXPECT_EQ(p.doc->environment[0].first, "Verbfile");
  EXPECT_EQ(p.doc->environment[0].second, "PETR.Validate.verbs.txt");
  EXPECT_EQ(p.doc->environment[1].second, "a.txt, b.txt");
  ASSERT_EQ(p.doc->environment_config.size(), 1u);
  EXPECT_EQ(p.doc->environment_config[0].option, "stop_on_error");
  EXPECT_EQ(p.doc->environment_config[0].value, "True");
  EXPECT_EQ(p.doc->environment_config[0].line, 6u);
  ASSERT_EQ(p.records.size(), 1u);
  const PetrarchRecord& r = *p.records[0];
  EXPECT_EQ(r.line, 9u);
  EXPECT_EQ(Attr(r.attributes, "id"), "DEMO-00");
  EXPECT_EQ(Attr(r.attributes, "DATE"), "19950101");
  EXPECT_EQ(r.text, "Arnor is about to restore ties\nwith Gondor & Rohan.");
  EXPECT_EQ(r.parse, "(ROOT (S (NP (NNP Arnor))))");
  ASSERT_EQ(r.codings.size(), 1u);
  EXPECT_EQ(Attr(r.codings[0], "sourcecode"), "ARN");
  EXPECT_EQ(Attr(r.codings[0], "eventcode"), "064");
}

TEST(PetrarchXmlTest, SelfClosingSentenceWithChildrenAndStrayClose) {
  Parsed p;
  Parse(R"(# GSR header line outside a comment
# another <one>
<Sentences>
<Sentence category="AFP" date="20080804" id="AFP_1" evaluate="true"/>
<EventCoding eventcode = "042" sourcecode='"INJURY TOLL"' targetcode ="IRQ" />
<Text>First text.</Text>
<Parse>1	A	a	X	X	_	0	root	_	_</Parse>
</Sentence>
<Sentence id="AFP_2" date="20080805"/>
<EventCoding noevents = "True"/>
<Text>Second text.</Text>
<Sentence id="AFP_3" date="20080806">
<Text>Third text.</Text>
</Sentence>
)",
        &p);
  ASSERT_TRUE(p.doc.ok());
  EXPECT_TRUE(p.errors.empty()) << p.errors[0].ToString();
  ASSERT_EQ(p.records.size(), 3u);
  EXPECT_EQ(p.records[0]->text, "First text.");
  EXPECT_EQ(p.records[0]->parse, "1\tA\ta\tX\tX\t_\t0\troot\t_\t_");
  ASSERT_EQ(p.records[0]->codings.size(), 1u);
  EXPECT_EQ(Attr(p.records[0]->codings[0], "sourcecode"), "\"INJURY TOLL\"");
  EXPECT_EQ(Attr(p.records[0]->codings[0], "targetcode"), "IRQ");
  EXPECT_EQ(Attr(p.records[0]->codings[0], "eventcode"), "042");
  // The second record has no </Sentence>: it ends at the next <Sentence>.
  EXPECT_EQ(p.records[1]->text, "Second text.");
  ASSERT_EQ(p.records[1]->codings.size(), 1u);
  EXPECT_EQ(Attr(p.records[1]->codings[0], "noevents"), "True");
  EXPECT_EQ(p.records[2]->text, "Third text.");
  EXPECT_EQ(p.records[2]->line, 12u);
}

TEST(PetrarchXmlTest, ConfigBetweenRecordsKeepsFileOrder) {
  Parsed p;
  Parse(R"(<Sentences>
<Sentence id="A" date="20000101"><Text>a</Text></Sentence>
<Config option="require_dyad" value="false" />
<!--Stop></Stop-->
<!-- <Sentence id="COMMENTED" date="20000101"><Text>x</Text></Sentence> -->
<Sentence id="B" date="20000101"><Text>b</Text></Sentence>
<Config option = 'new_actor_length' value = '4'></Config>
</Sentences>)",
        &p);
  ASSERT_TRUE(p.doc.ok());
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.doc->items.size(), 4u);
  EXPECT_EQ(Attr(std::get<PetrarchRecord>(p.doc->items[0]).attributes, "id"), "A");
  EXPECT_EQ(std::get<PetrarchConfig>(p.doc->items[1]).option, "require_dyad");
  EXPECT_EQ(std::get<PetrarchConfig>(p.doc->items[1]).value, "false");
  EXPECT_EQ(std::get<PetrarchConfig>(p.doc->items[1]).line, 3u);
  EXPECT_EQ(Attr(std::get<PetrarchRecord>(p.doc->items[2]).attributes, "id"), "B");
  EXPECT_EQ(std::get<PetrarchConfig>(p.doc->items[3]).option, "new_actor_length");
  EXPECT_EQ(std::get<PetrarchConfig>(p.doc->items[3]).value, "4");
}

TEST(PetrarchXmlTest, MissingTextCloseIsReportedAndOthersComeThrough) {
  Parsed p;
  Parse(R"(<Sentences>
<Sentence id="GOOD1" date="20000101"><Text>one</Text></Sentence>
<Sentence id="BAD" date="20000101">
<Text>never closed
</Sentence>
<Sentence id="GOOD2" date="20000101"><Text>two</Text></Sentence>
</Sentences>)",
        &p);
  ASSERT_TRUE(p.doc.ok());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].where, "t.xml:4");
  EXPECT_EQ(p.errors[0].story_id, "BAD");
  EXPECT_NE(p.errors[0].message.find("<Text> is never closed"), std::string::npos)
      << p.errors[0].message;
  ASSERT_EQ(p.records.size(), 2u);
  EXPECT_EQ(p.records[0]->text, "one");
  EXPECT_EQ(p.records[1]->text, "two");
}

TEST(PetrarchXmlTest, MissingSentenceCloseIsReportedAndOthersComeThrough) {
  Parsed p;
  Parse(R"(<Sentences>
<Sentence id="BAD" date="20000101"><Text>one</Text>

<Sentence id="GOOD" date="20000101"><Text>two</Text></Sentence>
</Sentences>)",
        &p);
  ASSERT_TRUE(p.doc.ok());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].where, "t.xml:2");
  EXPECT_EQ(p.errors[0].story_id, "BAD");
  EXPECT_NE(p.errors[0].message.find("line 4"), std::string::npos) << p.errors[0].message;
  ASSERT_EQ(p.records.size(), 1u);
  EXPECT_EQ(Attr(p.records[0]->attributes, "id"), "GOOD");
}

TEST(PetrarchXmlTest, UnterminatedAttributeIsReportedAndOthersComeThrough) {
  Parsed p;
  Parse(R"(<Sentences>
<Sentence id="BAD date="20000101"><Text>one</Text></Sentence>
<Sentence id="GOOD" date="20000101"><Text>two</Text></Sentence>
</Sentences>)",
        &p);
  ASSERT_TRUE(p.doc.ok());
  ASSERT_GE(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].where, "t.xml:2");
  ASSERT_EQ(p.records.size(), 1u);
  EXPECT_EQ(Attr(p.records[0]->attributes, "id"), "GOOD");
}

TEST(PetrarchXmlTest, UnterminatedCommentIsReported) {
  Parsed p;
  Parse("<Sentences>\n<Sentence id=\"A\"><Text>a</Text></Sentence>\n<!-- open\n", &p);
  ASSERT_TRUE(p.doc.ok());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].where, "t.xml:3");
  EXPECT_EQ(p.records.size(), 1u);
}

TEST(PetrarchXmlTest, TruncatedFileReportsTheOpenRecord) {
  Parsed p;
  Parse("<Sentences>\n<Sentence id=\"A\"><Text>a</Text></Sentence>\n<Sentence id=\"B\"><Text>b",
        &p);
  ASSERT_TRUE(p.doc.ok());
  ASSERT_EQ(p.errors.size(), 2u);  // <Text> and <Sentence> never closed
  EXPECT_EQ(p.errors[0].where, "t.xml:3");
  EXPECT_EQ(p.errors[0].story_id, "B");
  EXPECT_EQ(p.records.size(), 1u);
}

TEST(PetrarchXmlTest, NotPetrarchIsAnError) {
  Parsed p;
  Parse("just some words\n", &p);
  EXPECT_FALSE(p.doc.ok());
  EXPECT_NE(p.doc.status().message().find("t.xml"), std::string::npos);
}

TEST(PetrarchXmlTest, DecodesEntities) {
  EXPECT_EQ(DecodeXmlEntities("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"),
            "a & b <c> \"d\" 'e'");
  EXPECT_EQ(DecodeXmlEntities("&#65;&#x42;&#x20AC;"), "AB\xE2\x82\xAC");
  EXPECT_EQ(DecodeXmlEntities("AT&T &nbsp; &#xZZ; &#0; & ;"), "AT&T &nbsp; &#xZZ; &#0; & ;");
}

TEST(PetrarchXmlTest, AttributeFindIsCaseInsensitive) {
  XmlAttributes a;
  a.items = {{"Id", "x"}, {"id", "y"}};
  ASSERT_NE(a.Find("ID"), nullptr);
  EXPECT_EQ(*a.Find("ID"), "x");
  EXPECT_EQ(a.Find("date"), nullptr);
}

// Every prefix of a valid file and a few mutations: never crash, always terminate.
TEST(PetrarchXmlTest, SurvivesTruncationAtEveryByte) {
  const std::string xml =
      R"(<Validation><Environment><Verbfile>v</Verbfile><Config option="a" value='b'/></Environment>
<Sentences><Sentence date="19950101" id="X-1"><EventCoding sourcecode='"A B"' eventcode="010"/>
<Text>Hello &amp; bye</Text><Parse>(ROOT)</Parse></Sentence><!-- c --></Sentences></Validation>)";
  for (size_t n = 0; n <= xml.size(); ++n) {
    Parsed p;
    Parse(std::string_view(xml).substr(0, n), &p);
    if (p.doc.ok()) {
      for (const PetrarchRecord* r : p.records) EXPECT_EQ(r->text, "Hello & bye");
    }
  }
  for (char c : std::string("<>\"'/=&#!-")) {
    for (size_t i = 0; i < xml.size(); ++i) {
      std::string m = xml;
      m[i] = c;
      Parsed p;
      Parse(m, &p);
    }
  }
}

struct ShippedFile {
  const char* dir;
  size_t codings;  // grep -c "^<EventCoding" (no coding line is commented out in these files)
};

class ShippedFileTest : public ::testing::TestWithParam<ShippedFile> {};

TEST_P(ShippedFileTest, Reads284Records) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/petrarch/" + GetParam().dir +
                     "/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  StatusOr<std::string> bytes = ReadFile(path);
  ASSERT_TRUE(bytes.ok());
  Parsed p;
  Parse(*bytes, &p);
  ASSERT_TRUE(p.doc.ok());
  for (const InputError& e : p.errors) ADD_FAILURE() << e.ToString();
  EXPECT_EQ(p.records.size(), 284u);
  EXPECT_EQ(p.configs.size(), 28u);  // between-record <Config>s (grep -c "^<Config")
  ASSERT_EQ(p.doc->environment_config.size(), 1u);
  EXPECT_EQ(p.doc->environment_config[0].option, "stop_on_error");
  bool has_verbfile = false;
  for (const auto& [tag, value] : p.doc->environment) {
    if (tag == "Verbfile") has_verbfile = value == "PETR.Validate.verbs.txt";
  }
  EXPECT_TRUE(has_verbfile);
  size_t codings = 0;
  for (const PetrarchRecord* r : p.records) {
    codings += r->codings.size();
    EXPECT_NE(r->attributes.Find("id"), nullptr) << "line " << r->line;
    EXPECT_NE(r->attributes.Find("date"), nullptr) << "line " << r->line;
    EXPECT_FALSE(r->text.empty()) << "line " << r->line;
    EXPECT_FALSE(r->parse.empty()) << "line " << r->line;
    EXPECT_EQ(r->text.find('<'), std::string::npos) << "line " << r->line;
  }
  EXPECT_EQ(codings, GetParam().codings);
}

INSTANTIATE_TEST_SUITE_P(Petrarch, ShippedFileTest,
                         ::testing::Values(ShippedFile{"validate-ptb", 385},
                                           ShippedFile{"validate-ud", 375}));

}  // namespace
}  // namespace dyad::ingest
