#include "oncoguide/kb/compose.h"

#include <algorithm>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {

std::string CitationList::Number(std::string_view text) {
  std::string out;
  size_t last = 0;
  for (const Marker& m : FindMarkers(text)) {
    out.append(text.substr(last, m.offset - last));
    last = m.offset + m.length;
    std::vector<std::string> numbers;
    for (const Cite& c : m.cites) {
      auto src = kb_.sources.find(c.id);
      if (src == kb_.sources.end()) continue;
      auto key = std::make_pair(c.id, c.locator);
      auto it = std::find(keys_.begin(), keys_.end(), key);
      numbers.push_back(std::to_string(it - keys_.begin() + 1));
      if (it == keys_.end()) {
        keys_.push_back(key);
        sources_.push_back({c.id, FormatCitation(src->second, c.locator), src->second.url});
      }
    }
    if (numbers.empty()) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      continue;
    }
    out += "[";
    for (size_t i = 0; i < numbers.size(); ++i) out += (i ? ", " : "") + numbers[i];
    out += "]";
  }
  out.append(text.substr(last));
  return out;
}

void ComposeTopic(const Topic& topic, const KnowledgeBase& kb, Reply* reply) {
  CitationList cites(kb);
  reply->topic = topic.id;
  reply->title = topic.title;
  reply->answer = cites.Number(topic.SectionText(kAnswerSection));
  reply->why_it_matters = cites.Number(topic.SectionText(kWhySection));
  reply->what_happens_next = cites.Number(topic.SectionText(kNextSection));
  reply->questions_to_ask = topic.QuestionsToAsk();
  reply->sources = cites.sources();
}

}  // namespace oncoguide::kb
