// `ask`: from a question to a grounded, cited reply.
//
// Asker::Create loads the knowledge base (topics, sources), the synonym table, the triage rules
// and builds the search index; after that Ask() does no I/O.
//
// Ask() decides the reply kind in this order (every reply has exactly one):
//   0. crisis             a crisis.yaml rule matches (thoughts of suicide, self-harm or wanting
//                         to die, about oneself or someone else; checked first of all): help
//                         now (988 call or text in the US, the local emergency number, 911 if
//                         in danger now), telling the care team, the rule's reason, then the
//                         first paragraph of the rule's topic (emotional health) and, when the
//                         question is also a treatment decision, that it is one to make with
//                         the care team. Giving up treatment alone is a decision (3.), not a
//                         crisis: see knowledge/triage/crisis.yaml for the line between them.
//   1. emergency          an emergency.yaml rule matches (checked before anything else): the
//                         first line says to call 911 / emergency services or the care team now,
//                         then the rule's reason and the first paragraph of the rule's topic.
//   2. not_covered        an out_of_scope.yaml rule matches (other cancers, pets, legal, ...).
//   3. personal_decision  a decision.yaml rule matches: the decision needs the care team; the
//                         best matching topic's answer (when any) and its questions to ask.
//   4. answer (personal)  a personal.yaml rule matches: its personal topic. Retrieval never
//                         returns personal topics; they are reached only this way.
//   5. not_covered        the router (router.h: a classifier over word and character n-grams
//                         trained at start-up on the knowledge base's phrasings, fused with
//                         BM25) finds no topic with a fused confidence at or above the
//                         calibrated threshold (knowledge/router.yaml, from cross-validation on
//                         the training phrasings). A weak match is never stretched into an
//                         answer; the 2-3 closest covered questions are offered instead.
//   6. answer             the router's topic in the page structure, numbered citations, sources,
//                         3-5 related questions (the related topics' first questions).
// Personal: with a PersonalBlock, answer and decision replies carry it. Without one, a reply
// whose topic is personal (my-response, my-stage, my-labs-trend, my-high-risk, my-mrd) gets the
// general answer and a note inviting the person to add their records. The person's own answer
// (PersonalBlock::lead) is written by the caller, which knows the records.
#ifndef ONCOGUIDE_KB_ASKER_H_
#define ONCOGUIDE_KB_ASKER_H_

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/reply.h"
#include "oncoguide/kb/router.h"
#include "oncoguide/kb/safety_classifier.h"
#include "oncoguide/kb/search_index.h"
#include "oncoguide/kb/synonyms.h"
#include "oncoguide/kb/translate.h"
#include "oncoguide/kb/triage.h"

namespace oncoguide::kb {

// Retrieval settings. min_relative gates the general information shown with a decision reply
// (the best BM25 hit's relative score); topic routing uses the router's own calibration.
struct AskTuning {
  double min_relative = 0.25;  // best hit's score / max possible score
  FieldWeights weights;
};

class Asker {
 public:
  // Loads everything under `knowledge_dir` (topics/, sources/, synonyms.yaml, triage/).
  // Does not validate: kb_check does that at build time.
  static Result<std::unique_ptr<Asker>> Create(const std::string& knowledge_dir,
                                               AskTuning tuning = {});

  // Another Asker over the same knowledge base, for another thread: it shares the loaded topics,
  // synonyms, triage rules and trained router (read-only after Create, safe to use from several
  // threads at once) and builds only its own search index, because a Xapian database serves one
  // thread at a time. Costs a fraction of Create's time and memory.
  Result<std::unique_ptr<Asker>> Sibling() const;

  // REQUIRES: `question` is not blank (the CLI refuses blank questions).
  Reply Ask(std::string_view question, const PersonalBlock* personal = nullptr) const;

  const KnowledgeBase& kb() const { return shared_->kb; }
  const SearchIndex& index() const { return *index_; }
  const Router& router() const { return *shared_->router; }
  const SafetyClassifier& safety() const { return *shared_->safety; }
  const TriageRules& triage() const { return shared_->triage; }
  const SynonymTable& synonyms() const { return shared_->synonyms; }
  // Wall time of Create(), in milliseconds (loading + index build + classifier training).
  double startup_ms() const { return startup_ms_; }

 private:
  Asker() = default;
  // `emergency`, when not null, is an emergency rule the same question matched: its reason is
  // added after the crisis help.
  Reply Crisis(const TriageRule& rule, const std::vector<std::string>& raw,
               const std::vector<std::string>& words, const TriageRule* emergency) const;
  Reply Emergency(const TriageRule& rule) const;
  Reply NotCovered(std::string reason, std::string_view question) const;
  Reply Decision(const TriageRule& rule, const SearchResult& found) const;
  Reply Answer(const Topic& topic, const SearchHit& hit) const;
  std::vector<std::string> RelatedQuestions(const Topic& topic) const;
  // Appends the first paragraph of `topic_id`'s answer, with its numbered sources, to a crisis or
  // emergency reply; returns the topic, or nullptr when it has no answer (nothing appended).
  const Topic* AppendTopicLead(std::string_view topic_id, Reply* r) const;
  std::vector<std::string> ClosestQuestions(std::string_view question) const;

  // What every Asker of one knowledge base shares; the router points into kb and synonyms, so
  // the struct never moves once built.
  struct Shared;
  // The learned triage checks, after the router (they train on its training set).
  static Status BuildSafety(const std::string& dir, Shared* shared);
  struct Shared {
    KnowledgeBase kb;
    SynonymTable synonyms;
    Translator translator;  // questions in other languages, read in English words
    TriageRules triage;
    std::unique_ptr<Router> router;
    std::unique_ptr<SafetyClassifier> safety;    // the learned crisis and emergency checks
    const TriageRule* learned_crisis = nullptr;  // their replies' rules (id "learned")
    const TriageRule* learned_emergency = nullptr;
    const TriageRule* learned_decision = nullptr;
  };
  // An Asker over `shared` with its own search index (lending `sibling`'s word list, when
  // given); startup_ms() counts from `start`.
  static Result<std::unique_ptr<Asker>> Assemble(std::shared_ptr<const Shared> shared,
                                                 AskTuning tuning, const SearchIndex* sibling,
                                                 std::chrono::steady_clock::time_point start);

  std::shared_ptr<const Shared> shared_;
  AskTuning tuning_;
  std::unique_ptr<SearchIndex> index_;
  std::unique_ptr<Router> router_;
  double startup_ms_ = 0;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_ASKER_H_
