// One knowledge base topic: `knowledge/topics/<id>.md` (format in knowledge/FORMAT.md).
//
// A topic file is YAML front matter between two "---" lines (id, title, questions, related,
// personal) followed by Markdown "## " sections. Sections are split into paragraphs: blocks of
// lines separated by blank lines (a bullet list is one block). Every paragraph and heading keeps
// its 1-based line number in the file so validation errors can point at it.
//
// ParseTopic() fails only when the file cannot be read as a topic at all (no front matter, YAML
// syntax error, no id or title); rule violations (missing section, paragraph without a citation
// marker, ...) are reported by ValidateTopic() in knowledge_base.h, all at once.
#ifndef ONCOGUIDE_KB_TOPIC_H_
#define ONCOGUIDE_KB_TOPIC_H_

#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::kb {

// The four required sections, in their required order.
inline constexpr std::string_view kAnswerSection = "Answer";
inline constexpr std::string_view kWhySection = "Why it matters";
inline constexpr std::string_view kNextSection = "What happens next";
inline constexpr std::string_view kQuestionsSection = "Questions to ask";

struct Paragraph {
  std::string text;  // lines joined with '\n', markers kept
  int line = 0;      // line of its first line
};

struct Section {
  std::string heading;  // text after "## "
  int line = 0;
  std::vector<Paragraph> paragraphs;
};

struct Topic {
  std::string id;
  std::string title;
  std::vector<std::string> questions;
  // More phrasings, from knowledge/paraphrases/<id>.txt (one a line; '#' starts a comment).
  // Indexed with `questions` for routing, never shown. Empty when the file is absent.
  std::vector<std::string> paraphrases;
  std::vector<std::string> related;
  bool personal = false;
  std::vector<Section> sections;  // file order
  std::string file;
  int related_line = 0;  // line of "related:" (for errors); 0 when absent
  int body_line = 0;     // first line after the front matter

  // The section with this heading, or nullptr.
  const Section* Find(std::string_view heading) const;
  // Paragraph texts of a section joined by blank lines ("" when absent).
  std::string SectionText(std::string_view heading) const;
  // The bullets of "Questions to ask", without "- ".
  std::vector<std::string> QuestionsToAsk() const;
};

// Parses a topic file's content. `file` is used in the result and in error locations.
Result<Topic> ParseTopic(std::string_view content, const std::string& file);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_TOPIC_H_
