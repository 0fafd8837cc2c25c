// A tolerant reader for PETRARCH validation / record XML files.
//
// These files are often not well-formed XML, so this is not an XML parser but a small scanner
// that knows the PETRARCH layout:
//
//   <Validation>
//     <Environment> <Verbfile>..</Verbfile> <Actorfile>..</Actorfile> ... <Config .../>
//     </Environment>
//     <Sentences>
//       <Sentence date="19950101" id="DEMO-00" category="DEMO">
//         <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//         <Text> ... </Text>
//         <Parse> ... </Parse>
//       </Sentence>
//       <Config option="..." value="..."/>      (between records: applies to the following ones)
//     </Sentences>
//   </Validation>
//
// Tolerated (see docs PETRARCH-FORMATS.md, "Quirks"): a self-closing `<Sentence .../>` followed
// by its children and a stray `</Sentence>`; any attribute order; blanks around `=`; single- or
// double-quoted values (a single-quoted value may contain `"`) and unquoted values; comments
// `<!-- ... -->` anywhere, including commented-out elements; lines starting with `#` outside
// comments and outside <Text>/<Parse>; `<?xml ...?>` and `<!DOCTYPE ...>`; unknown elements
// (skipped); element and attribute names in any case. Entities &amp; &lt; &gt; &quot; &apos;
// and numeric ones (&#38; &#x26;) are decoded in attribute values and in <Text>; an unknown
// entity is kept as written.
//
// Errors: a record that cannot be read (e.g. a <Text> or <Sentence> without its closing tag,
// an unterminated tag or comment) is reported through `on_error` with "path:line" of the
// problem and the record's id when known, and skipped; the following records still come
// through. ParsePetrarchXml itself fails only when the input has no PETRARCH structure at all
// (no <Sentence> and no <Environment>), after nothing was reported.
//
// Thread safety: pure functions, no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/status.h"
#include "ingest/reader.h"

namespace dyad::ingest {

// Attributes of one tag, in the order written. Values have their entities decoded.
struct XmlAttributes {
  std::vector<std::pair<std::string, std::string>> items;
  // The value of the first attribute named `name` (ASCII case-insensitive), or nullptr.
  const std::string* Find(std::string_view name) const;
};

// One <Sentence> record.
struct PetrarchRecord {
  XmlAttributes attributes;  // date, id, category, ... of <Sentence>
  // <Text> content: entities decoded, line breaks kept, leading and trailing blank space
  // trimmed (several <Text> elements are joined by a blank line).
  std::string text;
  // <Parse> content (CoNLL-U or Penn Treebank) as written, except that entities are decoded
  // ("&amp;" -> "&") and the blank space around it is trimmed; may be empty.
  std::string parse;
  std::vector<XmlAttributes> codings;  // each <EventCoding>'s attributes, in order
  size_t line = 0;                     // 1-based line of the <Sentence> tag
};

// A <Config option="..." value="..."/> element.
struct PetrarchConfig {
  std::string option, value;
  size_t line = 0;  // 1-based line of the tag
};

struct PetrarchDocument {
  // <Environment> children other than <Config>: tag name as written -> trimmed text
  // (Verbfile, Actorfile, Agentfile, Discardfile, Include, Pause, Errorfile, PICOfile, ...).
  std::vector<std::pair<std::string, std::string>> environment;
  std::vector<PetrarchConfig> environment_config;  // <Config> inside <Environment>
  // File order of records and between-record configs.
  std::vector<std::variant<PetrarchRecord, PetrarchConfig>> items;
};

// Parses a whole file (`path` is only used in messages). Bad records are reported through
// on_error and skipped.
StatusOr<PetrarchDocument> ParsePetrarchXml(const std::string& path, std::string_view bytes,
                                            const ErrorCallback& on_error);

// Decodes XML entities (&amp; &lt; &gt; &quot; &apos; &#N; &#xN;); unknown ones stay as written.
std::string DecodeXmlEntities(std::string_view s);

}  // namespace dyad::ingest
