// The reply of `oncoguide ask`: its kind, its sections and its rendering as JSON or text.
//
// Every reply has a kind and the disclaimer. JSON (ToJson) has exactly these keys:
//   kind, topic (string|null), title, answer (markdown with [n] markers), sections {answer,
//   why_it_matters, what_happens_next, questions_to_ask[]}, sources [{id, citation, url}],
//   related_questions[], questions_to_ask[], disclaimer, personal ({...}|null), confidence.
// Citation numbers [n] follow the order of first use across answer, why it matters and what
// happens next; sources[n-1] is the source of [n].
#ifndef ONCOGUIDE_KB_REPLY_H_
#define ONCOGUIDE_KB_REPLY_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoguide::kb {

// A person's own results, already computed and presented by the caller (the CLI or the server
// use pipeline/ and report/patient_summary.h): kb only places the block in the reply.
// `lead`, when set, is the person's own answer to the question (one to three plain sentences,
// report/patient_summary.h PersonalLead): text output shows it first, under "Your answer",
// before the general explanation; JSON carries it as personal.lead.
struct PersonalBlock {
  nlohmann::json json;             // the reply's "personal" member
  std::vector<std::string> lines;  // text output: the "From your records" bullets
  std::string lead;
};

// kCrisis: thoughts of suicide, self-harm or wanting to die (knowledge/triage/crisis.yaml). The
// reply leads with where to get help now (988, the local emergency number), then general
// information on emotional health.
enum class ReplyKind { kAnswer, kNotCovered, kEmergency, kPersonalDecision, kCrisis };

// "answer", "not_covered", "emergency", "personal_decision", "crisis".
std::string_view KindName(ReplyKind k);

// Our own words; carried by every reply.
inline constexpr std::string_view kDisclaimer =
    "This is general information, not medical advice. It cannot tell what is right for you: "
    "talk with your care team before you make any decision about your health or treatment.";

struct SourceRef {
  std::string id;
  std::string citation;  // full citation incl. locator
  std::string url;
};

struct Reply {
  ReplyKind kind = ReplyKind::kAnswer;
  std::optional<std::string> topic;
  std::string title;
  std::string answer;
  std::string why_it_matters;
  std::string what_happens_next;
  std::vector<std::string> questions_to_ask;
  std::vector<SourceRef> sources;
  std::vector<std::string> related_questions;
  std::string disclaimer = std::string(kDisclaimer);
  std::optional<PersonalBlock> personal;
  double confidence = 0;
  // Shown in text output only (JSON keys are fixed): spelling corrections, the invitation to
  // add records, "stage is not available", ...
  std::vector<std::string> notes;
};

nlohmann::json ToJson(const Reply& r);

// Terminal rendering, wrapped at `width` columns.
std::string ToText(const Reply& r, size_t width = 80);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_REPLY_H_
