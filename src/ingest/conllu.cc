#include "ingest/conllu.h"

#include <charconv>
#include <optional>
#include <vector>

namespace dyad::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool ParseUint(std::string_view s, uint32_t* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item = misc.substr(pos, bar == std::string_view::npos ? misc.npos : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

// One parsed line of the sentence being read.
struct RawToken {
  bool range = false;  // "3-4" multiword line
  uint32_t first = 0, last = 0;
  std::string form;
  bool space_after = true;
};

// Accumulates one document.
class DocumentBuilder {
 public:
  DocumentBuilder(const std::string& path, const StoryCallback& on_story)
      : path_(path), on_story_(on_story) {}

  void StartDocument(std::string id, size_t line) {
    Flush();
    story_ = Story();
    story_.id = std::move(id);
    story_.origin = path_ + ":" + std::to_string(line);
    has_story_ = true;
    paragraph_ = -1;
    new_paragraph_ = true;
  }
  void NewParagraph() { new_paragraph_ = true; }
  bool has_story() const { return has_story_; }
  const std::string& story_id() const { return story_.id; }

  // Adds a finished sentence with the raw tokens and the words (form etc. filled, spans not).
  void AddSentence(std::string_view text_comment, bool has_text, std::vector<RawToken>& raw,
                   Sentence sentence) {
    if (!has_story_) StartDocument(StoryIdFromPath(path_), 1);
    // Surface text of the sentence.
    std::string rebuilt;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i].range || IsStandaloneWord(raw, i)) {
        rebuilt += raw[i].form;
        if (raw[i].space_after && i + 1 < raw.size()) rebuilt += ' ';
      }
    }
    while (!rebuilt.empty() && rebuilt.back() == ' ') rebuilt.pop_back();
    std::string text(has_text ? std::string(text_comment) : rebuilt);
    for (char& c : text) {
      if (c == '\n' || c == '\r') c = ' ';
    }

    if (new_paragraph_) {
      if (!story_.text.empty()) story_.text += "\n\n";
      ++paragraph_;
      new_paragraph_ = false;
    } else if (!story_.text.empty()) {
      story_.text += ' ';
    }
    uint32_t base = static_cast<uint32_t>(story_.text.size());
    if (!AssignSpans(text, base, raw, sentence)) {
      // The tokens do not spell the # text: fall back to the tokens' own text.
      text = rebuilt;
      AssignSpans(text, base, raw, sentence);
    }
    story_.text += text;
    sentence.span = {base, base + static_cast<uint32_t>(text.size())};
    sentence.paragraph = paragraph_;
    story_.sentences.push_back(std::move(sentence));
  }

  void Flush() {
    if (has_story_ && !story_.sentences.empty()) on_story_(std::move(story_));
    has_story_ = false;
    story_ = Story();
  }

 private:
  // A word line that is not inside a multiword range.
  static bool IsStandaloneWord(const std::vector<RawToken>& raw, size_t i) {
    if (raw[i].range) return false;
    for (size_t j = i; j-- > 0;) {
      if (raw[j].range) return !(raw[i].first >= raw[j].first && raw[i].first <= raw[j].last);
    }
    return true;
  }

  // Finds each surface token in `text` in order; fills word and multiword spans.
  static bool AssignSpans(std::string_view text, uint32_t base, const std::vector<RawToken>& raw,
                          Sentence& s) {
    size_t pos = 0;
    auto skip_space = [&] {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    };
    size_t mwt_index = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (!raw[i].range && !IsStandaloneWord(raw, i)) continue;
      skip_space();
      const std::string& form = raw[i].form;
      if (text.compare(pos, form.size(), form) != 0) return false;
      Span span{base + uint32_t(pos), base + uint32_t(pos + form.size())};
      pos += form.size();
      if (!raw[i].range) {
        s.words[raw[i].first - 1].span = span;
        continue;
      }
      MultiwordToken& mwt = s.multiword[mwt_index++];
      mwt.span = span;
      // Split the span among the words when their forms spell the token.
      std::string joined;
      for (uint32_t w = mwt.first; w <= mwt.last; ++w) joined += s.words[w].form;
      uint32_t at = span.begin;
      for (uint32_t w = mwt.first; w <= mwt.last; ++w) {
        if (joined == form) {
          uint32_t n = static_cast<uint32_t>(s.words[w].form.size());
          s.words[w].span = {at, at + n};
          at += n;
        } else {
          s.words[w].span = w == mwt.first ? span : Span{span.end, span.end};
        }
      }
    }
    return true;
  }

  const std::string& path_;
  const StoryCallback& on_story_;
  Story story_;
  bool has_story_ = false;
  int32_t paragraph_ = -1;
  bool new_paragraph_ = true;
};

std::string_view CommentValue(std::string_view comment, std::string_view key) {
  // comment is "# key = value" or "# key"
  std::string_view c = Trim(comment.substr(1));
  if (c.substr(0, key.size()) != key) return {};
  std::string_view rest = c.substr(key.size());
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '=') return {};
  rest = Trim(rest);
  if (!rest.empty() && rest.front() == '=') rest = Trim(rest.substr(1));
  return rest;
}

bool IsComment(std::string_view c, std::string_view key) {
  std::string_view t = Trim(c.substr(1));
  if (t.substr(0, key.size()) != key) return false;
  return t.size() == key.size() || t[key.size()] == ' ' || t[key.size()] == '=';
}

}  // namespace

Status ReadConllu(const std::string& path, std::string_view bytes, const StoryCallback& on_story,
                  const ErrorCallback& on_error) {
  DocumentBuilder doc(path, on_story);
  std::vector<RawToken> raw;
  Sentence sentence;
  std::string text_comment;
  bool has_text = false;
  bool bad = false;
  bool pending_newpar = false;
  size_t sentence_line = 0;
  size_t line_no = 0;
  std::string bad_message;
  size_t bad_line = 0;

  auto reset = [&] {
    raw.clear();
    sentence = Sentence();
    text_comment.clear();
    has_text = false;
    bad = false;
    sentence_line = 0;
  };
  auto finish_sentence = [&] {
    if (bad) {
      on_error({path + ":" + std::to_string(bad_line),
                doc.has_story() ? doc.story_id() : StoryIdFromPath(path),
                bad_message + "; the sentence starting at line " + std::to_string(sentence_line) +
                    " is skipped"});
    } else if (!sentence.words.empty()) {
      // Validate heads now that the length is known.
      bool all_tagged = true, all_parsed = true;
      const int32_t n = static_cast<int32_t>(sentence.words.size());
      for (const Word& w : sentence.words) {
        if (w.upos.empty() || w.upos == "_") all_tagged = false;
        if (w.deprel.empty()) all_parsed = false;
        if (w.head >= n) {
          on_error({path + ":" + std::to_string(sentence_line),
                    doc.has_story() ? doc.story_id() : StoryIdFromPath(path),
                    "HEAD " + std::to_string(w.head + 1) + " is past the sentence's " +
                        std::to_string(n) + " words; the sentence is skipped"});
          reset();
          return;
        }
      }
      sentence.tagged = all_tagged;
      sentence.parsed = all_parsed;
      if (pending_newpar) doc.NewParagraph();
      pending_newpar = false;
      doc.AddSentence(text_comment, has_text, raw, std::move(sentence));
    }
    reset();
  };
  auto fail = [&](std::string message) {
    if (!bad) {
      bad = true;
      bad_message = std::move(message);
      bad_line = line_no;
    }
  };

  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, nl == std::string_view::npos ? bytes.npos : nl - pos);
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      finish_sentence();
      continue;
    }
    if (line.front() == '#') {
      if (!raw.empty()) {
        fail("comment line inside a sentence");
        continue;
      }
      if (IsComment(line, "newdoc")) {
        std::string id(CommentValue(line, "newdoc id"));
        if (id.empty()) id = StoryIdFromPath(path) + "#" + std::to_string(line_no);
        doc.StartDocument(std::move(id), line_no);
        pending_newpar = false;
      } else if (IsComment(line, "newpar")) {
        pending_newpar = true;
      } else if (IsComment(line, "text")) {
        text_comment = std::string(CommentValue(line, "text"));
        has_text = true;
      }
      if (sentence_line == 0) sentence_line = line_no;
      continue;
    }
    if (sentence_line == 0) sentence_line = line_no;
    if (bad) continue;
    // Split into columns.
    std::string_view cols[10];
    size_t ncols = 0, start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        if (ncols < 10) cols[ncols] = line.substr(start, i - start);
        ++ncols;
        start = i + 1;
      }
    }
    if (ncols != 10) {
      fail("expected 10 tab-separated columns, found " + std::to_string(ncols));
      continue;
    }
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      RawToken t;
      t.range = true;
      if (!ParseUint(id.substr(0, dash), &t.first) || !ParseUint(id.substr(dash + 1), &t.last) ||
          t.first == 0 || t.last < t.first || t.first != sentence.words.size() + 1) {
        fail("bad multiword token id '" + std::string(id) + "'");
        continue;
      }
      t.form = std::string(cols[1]);
      t.space_after = !HasSpaceAfterNo(cols[9]);
      MultiwordToken mwt;
      mwt.first = t.first - 1;
      mwt.last = t.last - 1;
      mwt.form = t.form;
      sentence.multiword.push_back(std::move(mwt));
      raw.push_back(std::move(t));
      continue;
    }
    uint32_t index;
    if (!ParseUint(id, &index) || index != sentence.words.size() + 1) {
      fail("bad word id '" + std::string(id) + "', expected " +
           std::to_string(sentence.words.size() + 1));
      continue;
    }
    if (cols[1].empty()) {
      fail("empty FORM");
      continue;
    }
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (cols[6] == "_") {
      w.head = -1;
    } else {
      uint32_t head;
      if (!ParseUint(cols[6], &head)) {
        fail("bad HEAD '" + std::string(cols[6]) + "'");
        continue;
      }
      if (head == index) {
        fail("word " + std::to_string(index) + " is its own head");
        continue;
      }
      w.head = static_cast<int32_t>(head) - 1;
    }
    if (cols[7] != "_") w.deprel = std::string(cols[7]);
    if (cols[6] == "_") w.deprel.clear();
    w.space_after = !HasSpaceAfterNo(cols[9]);
    if (!sentence.multiword.empty()) {
      const MultiwordToken& m = sentence.multiword.back();
      if (index - 1 >= m.first && index - 1 <= m.last) {
        w.multiword = static_cast<int32_t>(sentence.multiword.size() - 1);
        // Inside a range only the last word can be followed by a space, as the range says.
        w.space_after = false;
        if (index - 1 == m.last) {
          for (auto it = raw.rbegin(); it != raw.rend(); ++it) {
            if (it->range) {
              w.space_after = it->space_after;
              break;
            }
          }
        }
      }
    }
    RawToken t;
    t.first = index;
    t.form = w.form;
    t.space_after = w.space_after;
    raw.push_back(std::move(t));
    sentence.words.push_back(std::move(w));
  }
  finish_sentence();
  // A multiword range whose words never came is caught here by the span assignment.
  doc.Flush();
  return Status::Ok();
}

std::string WriteConllu(const Story& story, size_t sentence_index,
                        const ConlluWriteOptions& options) {
  const Sentence& s = story.sentences[sentence_index];
  std::string out;
  out += "# sent_id = " + story.id + "-" + std::to_string(sentence_index + 1) + "\n";
  std::string text(story.SpanText(s.span));
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  out += "# text = " + text + "\n";
  auto col = [](const std::string& v) { return v.empty() ? std::string("_") : v; };
  size_t next_mwt = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (next_mwt < s.multiword.size() && s.multiword[next_mwt].first == i) {
      const MultiwordToken& m = s.multiword[next_mwt++];
      std::string misc;
      if (!s.words[m.last].space_after) misc = "SpaceAfter=No";
      if (options.spans) {
        if (!misc.empty()) misc += "|";
        misc += "Span=" + std::to_string(m.span.begin) + ":" + std::to_string(m.span.end);
      }
      out += std::to_string(m.first + 1) + "-" + std::to_string(m.last + 1) + "\t" + m.form +
             "\t_\t_\t_\t_\t_\t_\t_\t" + col(misc) + "\n";
    }
    std::string misc;
    if (w.multiword < 0 && !w.space_after) misc = "SpaceAfter=No";
    if (options.spans) {
      if (!misc.empty()) misc += "|";
      misc += "Span=" + std::to_string(w.span.begin) + ":" + std::to_string(w.span.end);
    }
    std::string head = s.parsed || w.head >= 0 || !w.deprel.empty() ? std::to_string(w.head + 1)
                                                                    : std::string("_");
    out += std::to_string(i + 1) + "\t" + col(w.form) + "\t" + col(w.lemma) + "\t" + col(w.upos) +
           "\t" + col(w.xpos) + "\t" + col(w.feats) + "\t" + head + "\t" + col(w.deprel) + "\t_\t" +
           col(misc) + "\n";
  }
  out += "\n";
  return out;
}

}  // namespace dyad::ingest
