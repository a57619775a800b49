// The knowledge base: every topic and source under one directory, loaded and validated.
//
// Layout (knowledge/FORMAT.md): <dir>/topics/*.md, <dir>/sources/*.yaml. The default directory
// is the compile definition ONCOGUIDE_KNOWLEDGE_DIR; `ask --knowledge DIR` overrides it.
//
// Loading and validating are separate steps:
//   - LoadKnowledgeBase() fails at the first file it cannot parse at all (unreadable file, YAML
//     syntax error, topic without id/title, duplicate id).
//   - ValidateKnowledgeBase() checks the rules and returns every violation, each a Status naming
//     file + line + cause + hint:
//       * a citation marker [@id] / [@id, locator] whose id is not in the source registry,
//       * a required section missing or out of order (Answer, Why it matters, What happens next,
//         Questions to ask),
//       * a paragraph without a marker in the first three sections,
//       * a related id that is not a topic,
//       * a required topic (RequiredTopicIds()) that has no file,
//       * a topic id that differs from its file name, or a personal flag on a non-personal id.
// kb_check (src/kb/tools) runs both at build time and fails the build on any violation.
#ifndef ONCOGUIDE_KB_KNOWLEDGE_BASE_H_
#define ONCOGUIDE_KB_KNOWLEDGE_BASE_H_

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/source.h"
#include "oncoguide/kb/topic.h"

namespace oncoguide::kb {

struct KnowledgeBase {
  std::string dir;
  std::vector<Topic> topics;  // sorted by id
  std::map<std::string, Source> sources;

  // The topic with this id, or nullptr.
  const Topic* FindTopic(std::string_view id) const;
};

// The directory compiled in as ONCOGUIDE_KNOWLEDGE_DIR.
std::string DefaultKnowledgeDir();

// Topic ids that must exist (from the product issue), in a stable order.
std::span<const std::string_view> RequiredTopicIds();

// Reads <dir>/topics/*.md and <dir>/sources/*.yaml.
Result<KnowledgeBase> LoadKnowledgeBase(const std::string& dir);

// Every rule violation (empty when the knowledge base is valid). `required` defaults to
// RequiredTopicIds(); tests pass their own list for fixture knowledge bases.
std::vector<Status> ValidateKnowledgeBase(const KnowledgeBase& kb);
std::vector<Status> ValidateKnowledgeBase(const KnowledgeBase& kb,
                                          std::span<const std::string_view> required);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_KNOWLEDGE_BASE_H_
