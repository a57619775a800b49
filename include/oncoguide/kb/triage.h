// Triage rules: which questions `ask` must not answer as ordinary knowledge base questions.
//
// Data (knowledge/triage/):
//   crisis.yaml        rules:  thoughts of suicide, self-harm or wanting to die, said of oneself
//                      or of someone else (checked first of all)
//                      fear_of_dying: patterns of a fear of dying or of wanting to live ("i dont
//                      want to die, is there another treatment"); the learned crisis check
//                      (safety_classifier.h) does not flag them.
//                      asked_not_felt: patterns of a question asked, not a feeling said
//                      (suicide figures for study or work, "are suicide rates higher in
//                      myeloma, it's for my nursing essay"; how carers cope); the learned
//                      crisis check does not flag them either.
//   emergency.yaml     rules:  signs that need emergency care now (checked right after crisis)
//                      not_a_person: patterns of a question about an animal ("my cat keeps
//                      throwing up hairballs"); no emergency rule or learned check flags them.
//                      past_sign: patterns of a sign that is over, weeks or months ago ("dad had
//                      a fever back in march, the nurse called it an infusion reaction"); no
//                      emergency rule or learned check flags them.
//                      not_a_sign: patterns of a fear, a precaution, a diet instead of treatment
//                      or a place asked about with no sign of now ("is walking ok, she's
//                      terrified of breaking something"); the learned emergency check does not
//                      flag them, written rules still read them.
//   decision.yaml      rules:  dosing, stopping/skipping/changing a medicine, choosing a treatment
//                      information: patterns of questions that ask for information, not a
//                      choice ("what can I do about ...", "any tips for ..."); the learned
//                      decision check (safety_classifier.h) does not flag them.
//   out_of_scope.yaml  rules:  other cancers and questions outside the product (not_covered)
//                      domain_terms: patterns that show a question is about myeloma care; a
//                      question with none of them and no synonym-table term is not_covered.
//   personal.yaml      rules:  questions about the person's own results ("what is my response?",
//                      "what stage am I?"); each rule's topic is the personal topic to answer
//                      with. Personal topics are answered only through these rules.
// Each rule:
//   - id: fever                       # unique within its file
//     reason: "A fever during ..."    # one line shown to the person
//     topic: infection-prevention     # optional: topic whose information is shown with it
//     patterns: ["fever*|febrile", "chills"]   # pattern syntax in pattern.h; any one matches
// Rules are tried in file order; the first matching rule wins.
#ifndef ONCOGUIDE_KB_TRIAGE_H_
#define ONCOGUIDE_KB_TRIAGE_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/pattern.h"

namespace oncoguide::kb {

struct TriageRule {
  std::string id;
  std::string reason;
  std::string topic;  // may be empty
  std::vector<Pattern> patterns;

  bool Matches(const std::vector<std::string>& words) const;
  // Pattern::MatchesEither over the rule's patterns.
  bool MatchesEither(const std::vector<std::string>& words,
                     const std::vector<std::string>& alt) const;
};

struct TriageRules {
  std::vector<TriageRule> crisis;
  std::vector<TriageRule> emergency;
  std::vector<TriageRule> decision;
  std::vector<TriageRule> out_of_scope;
  std::vector<TriageRule> personal;
  std::vector<Pattern> domain_terms;
  std::vector<Pattern> information;     // decision.yaml
  std::vector<Pattern> fear_of_dying;   // crisis.yaml
  std::vector<Pattern> asked_not_felt;  // crisis.yaml
  std::vector<Pattern> not_a_person;    // emergency.yaml
  std::vector<Pattern> past_sign;       // emergency.yaml
  std::vector<Pattern> not_a_sign;      // emergency.yaml
};

// A top-level list of patterns beside a file's rules, and where its patterns go.
struct PatternList {
  std::string_view key;  // e.g. "not_a_person"
  std::vector<Pattern>* out;
};

// Parses one rules file's content (`file` for error locations). Each of `lists` receives the
// patterns of the file's top-level list named by its key, when the file has one.
//
//   std::vector<Pattern> animal;
//   auto rules = ParseTriageRules(text, "emergency.yaml", {{"not_a_person", &animal}});
Result<std::vector<TriageRule>> ParseTriageRules(const std::string& content,
                                                 const std::string& file,
                                                 std::initializer_list<PatternList> lists = {});

// Reads the five files under `dir` (knowledge/triage). A missing file is an error.
Result<TriageRules> LoadTriage(const std::string& dir);

// The rule of `rules` with id `id`, or nullptr.
const TriageRule* FindRule(const std::vector<TriageRule>& rules, std::string_view id);

// The first rule of `rules` that matches `words`, or nullptr.
const TriageRule* FirstMatch(const std::vector<TriageRule>& rules,
                             const std::vector<std::string>& words);

// The first rule of `rules` that matches `words` or `alt` with no veto in either
// (TriageRule::MatchesEither), or nullptr.
const TriageRule* FirstMatchEither(const std::vector<TriageRule>& rules,
                                   const std::vector<std::string>& words,
                                   const std::vector<std::string>& alt);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_TRIAGE_H_
