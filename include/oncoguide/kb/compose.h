// Composing a topic into a reply: citation markers become numbered references.
//
// Contract:
//   - Each distinct (source id, locator) pair gets the next number at its first use; later uses
//     reuse the number. "[@kumar-2016, Table 3]" becomes "[1]" and sources()[0] is
//     {id "kumar-2016", citation FormatCitation(source, "Table 3"), url}.
//   - A marker whose id is not in the registry (only possible for an unvalidated knowledge base)
//     is dropped from the text rather than shown unresolved.
//   - ComposeTopic numbers Answer, then Why it matters, then What happens next, so numbers
//     follow reading order.
#ifndef ONCOGUIDE_KB_COMPOSE_H_
#define ONCOGUIDE_KB_COMPOSE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/reply.h"

namespace oncoguide::kb {

class CitationList {
 public:
  explicit CitationList(const KnowledgeBase& kb) : kb_(kb) {}

  // `text` with every marker replaced by its number.
  std::string Number(std::string_view text);

  const std::vector<SourceRef>& sources() const { return sources_; }

 private:
  const KnowledgeBase& kb_;
  std::vector<std::pair<std::string, std::string>> keys_;  // (id, locator), index = number - 1
  std::vector<SourceRef> sources_;
};

// Sets reply->topic, title, answer, why_it_matters, what_happens_next, questions_to_ask and
// sources from `topic`.
void ComposeTopic(const Topic& topic, const KnowledgeBase& kb, Reply* reply);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_COMPOSE_H_
