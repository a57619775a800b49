#include "oncoguide/kb/reply.h"

#include <fmt/format.h>

#include "oncoguide/common/text.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

// Word-wraps one paragraph line by line; lines starting with "- " keep a hanging indent.
void Wrap(std::string_view para, size_t width, std::string* out) {
  size_t start = 0;
  while (start <= para.size()) {
    size_t end = para.find('\n', start);
    if (end == std::string_view::npos) end = para.size();
    const std::string_view line = para.substr(start, end - start);
    const bool bullet = Trim(line).starts_with("- ");
    *out += WrapText(line, width, "", bullet ? "  " : "");
    start = end + 1;
  }
}

void Heading(std::string_view h, std::string* out) {
  *out += fmt::format("\n{}\n{}\n", h, std::string(h.size(), '-'));
}

void Text(std::string_view text, size_t width, std::string* out) {
  size_t start = 0;
  bool first = true;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (!first) *out += "\n";
    Wrap(text.substr(start, end - start), width, out);
    first = false;
    start = end + 2;
  }
}

void Bullets(const std::vector<std::string>& items, size_t width, std::string* out) {
  for (const std::string& q : items) Wrap("- " + q, width, out);
}

}  // namespace

std::string_view KindName(ReplyKind k) {
  switch (k) {
    case ReplyKind::kAnswer:
      return "answer";
    case ReplyKind::kNotCovered:
      return "not_covered";
    case ReplyKind::kEmergency:
      return "emergency";
    case ReplyKind::kPersonalDecision:
      return "personal_decision";
    case ReplyKind::kCrisis:
      return "crisis";
  }
  return "answer";
}

nlohmann::json ToJson(const Reply& r) {
  nlohmann::json j;
  j["kind"] = KindName(r.kind);
  j["topic"] = r.topic ? nlohmann::json(*r.topic) : nlohmann::json(nullptr);
  j["title"] = r.title;
  j["answer"] = r.answer;
  j["sections"] = {{"answer", r.answer},
                   {"why_it_matters", r.why_it_matters},
                   {"what_happens_next", r.what_happens_next},
                   {"questions_to_ask", r.questions_to_ask}};
  j["sources"] = nlohmann::json::array();
  for (const SourceRef& s : r.sources) {
    j["sources"].push_back({{"id", s.id}, {"citation", s.citation}, {"url", s.url}});
  }
  j["related_questions"] = r.related_questions;
  j["questions_to_ask"] = r.questions_to_ask;
  j["disclaimer"] = r.disclaimer;
  j["personal"] = r.personal ? r.personal->json : nlohmann::json(nullptr);
  if (r.personal && !r.personal->lead.empty()) j["personal"]["lead"] = r.personal->lead;
  j["confidence"] = r.confidence;
  return j;
}

std::string ToText(const Reply& r, size_t width) {
  std::string out;
  Wrap(r.title, width, &out);
  out += std::string(std::min(r.title.size(), width), '=') + "\n";
  for (const std::string& n : r.notes) Wrap("(" + n + ")", width, &out);
  if (r.personal && !r.personal->lead.empty()) {
    Heading("Your answer", &out);
    Text(r.personal->lead, width, &out);
  }
  if (!r.answer.empty()) {
    if (r.kind == ReplyKind::kEmergency || r.kind == ReplyKind::kCrisis) {
      out += "\n";
    } else {
      Heading("Answer", &out);
    }
    Text(r.answer, width, &out);
  }
  if (!r.why_it_matters.empty()) {
    Heading("Why it matters", &out);
    Text(r.why_it_matters, width, &out);
  }
  if (!r.what_happens_next.empty()) {
    Heading("What happens next", &out);
    Text(r.what_happens_next, width, &out);
  }
  if (r.personal) {
    Heading("From your records", &out);
    Bullets(r.personal->lines, width, &out);
  }
  if (!r.questions_to_ask.empty()) {
    Heading("Questions to ask your care team", &out);
    Bullets(r.questions_to_ask, width, &out);
  }
  if (!r.related_questions.empty()) {
    Heading(r.kind == ReplyKind::kNotCovered ? "Questions we can answer" : "Related questions",
            &out);
    Bullets(r.related_questions, width, &out);
  }
  if (!r.sources.empty()) {
    Heading("Sources", &out);
    for (size_t i = 0; i < r.sources.size(); ++i) {
      Wrap(fmt::format("[{}] {} {}", i + 1, r.sources[i].citation, r.sources[i].url), width, &out);
    }
  }
  out += "\n";
  Wrap(r.disclaimer, width, &out);
  return out;
}

}  // namespace oncoguide::kb
