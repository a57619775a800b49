#include "oncoguide/kb/asker.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <tuple>

#include "oncoguide/kb/compose.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

constexpr std::string_view kCallNow =
    "Call 911 (or your local emergency number) or your care team now.";

// Our own words. 988 is the US Suicide & Crisis Lifeline (call or text).
constexpr std::string_view kCrisisHelp =
    "Help is available right now. In the US, call or text 988, the Suicide and Crisis Lifeline, "
    "at any hour. In other countries, call your local emergency number. If you are in danger "
    "now, or you have already hurt yourself or taken too much of a medicine, call 911 (or your "
    "local emergency number) now.";
constexpr std::string_view kCrisisCareTeam =
    "Please also tell your care team how you have been feeling. Pain, low mood, poor sleep and "
    "some medicines, such as steroids, can all play a part, and they can all be helped.";

// Our own words: the help that goes with a question the guide could not read (a language it
// does not read, or one it read only in part), since it may be about a danger it cannot see.
constexpr std::string_view kUnreadHelp =
    "If the question is about something happening now, such as a fever during treatment, new "
    "weakness or numbness, confusion, trouble breathing or bleeding that will not stop, call 911 "
    "(or your local emergency number) or your care team now. If you, or someone you love, are "
    "thinking about ending your life, call or text 988 in the US (it can bring in an "
    "interpreter) or your local crisis line.";
constexpr std::string_view kUnreadReason =
    "This guide could not read the language of this question, so it cannot tell what it asks. "
    "It reads English, and Spanish, French, Portuguese, Italian, German, Chinese and some other "
    "languages in part.";

// Our own words: a question in another language of which the guide read only part, and found
// nothing it covers in that part.
constexpr std::string_view kPartlyReadReason =
    "This guide could read only part of this question, and the part it read is not something it "
    "covers. It reads Spanish, French, Portuguese, Italian, German and Chinese only in part: "
    "asking in English, or in other words, may help.";

// A fragment (see Ask): a translation that dropped at least kFragmentMinDropped words and kept
// at most kFragmentMaxTerms query terms (search_index.h: stems and concepts).
constexpr size_t kFragmentMinDropped = 2;
constexpr size_t kFragmentMaxTerms = 1;

// True when most of the question's words (two or more, not numbers) are none the guide knows:
// it was written in a language the guide does not read.
bool Unread(const std::vector<std::string>& raw,
            const std::function<bool(std::string_view)>& known) {
  int words = 0, read = 0;
  for (const std::string& w : raw) {
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    ++words;
    read += known(w);
  }
  return words >= 2 && 2 * read < words;
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

}  // namespace

// The learned crisis, emergency and decision checks (safety_classifier.h), trained on the
// triage phrasings and on every ordinary question the router learns from; their replies use the
// rules with id "learned" of crisis.yaml, emergency.yaml and decision.yaml.
Status Asker::BuildSafety(const std::string& dir, Shared* shared) {
  OG_ASSIGN_OR_RETURN(SafetyData data, LoadSafetyData(dir, shared->router->training()));
  OG_ASSIGN_OR_RETURN(SafetyCalibration calibration, LoadSafetyCalibration(dir));
  OG_ASSIGN_OR_RETURN(shared->safety, SafetyClassifier::Build(data, shared->synonyms, calibration));
  // A check that is on needs its reply's rule.
  for (auto [on, rules, file, out] :
       {std::tuple{shared->safety->has_crisis(), &shared->triage.crisis, "crisis.yaml",
                   &shared->learned_crisis},
        std::tuple{shared->safety->has_emergency(), &shared->triage.emergency, "emergency.yaml",
                   &shared->learned_emergency},
        std::tuple{shared->safety->has_decision(), &shared->triage.decision, "decision.yaml",
                   &shared->learned_decision}}) {
    if (!on) continue;
    *out = FindRule(*rules, "learned");
    if (*out == nullptr) {
      return Status::Invalid(
          fmt::format("the learned check needs a rule with id 'learned' in {}", file),
          "add the rule (patterns: []) with the reason to show");
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<Asker>> Asker::Create(const std::string& dir, AskTuning tuning) {
  const auto start = std::chrono::steady_clock::now();
  const std::filesystem::path root(dir);
  auto shared = std::make_shared<Shared>();
  OG_ASSIGN_OR_RETURN(shared->kb, LoadKnowledgeBase(dir));
  OG_ASSIGN_OR_RETURN(shared->synonyms, SynonymTable::Load((root / "synonyms.yaml").string()));
  OG_ASSIGN_OR_RETURN(shared->translator, Translator::Load((root / "translations.yaml").string()));
  OG_ASSIGN_OR_RETURN(shared->triage, LoadTriage((root / "triage").string()));
  OG_ASSIGN_OR_RETURN(RouterCalibration calibration, LoadRouterCalibration(dir));
  OG_ASSIGN_OR_RETURN(std::vector<std::string> not_covered, LoadNotCoveredPhrasings(dir));
  OG_ASSIGN_OR_RETURN(shared->router,
                      Router::Build(shared->kb, shared->synonyms, not_covered, calibration));
  OG_RETURN_IF_ERROR(BuildSafety(dir, shared.get()));
  return Assemble(std::move(shared), tuning, nullptr, start);
}

Result<std::unique_ptr<Asker>> Asker::Sibling() const {
  return Assemble(shared_, tuning_, index_.get(), std::chrono::steady_clock::now());
}

Result<std::unique_ptr<Asker>> Asker::Assemble(std::shared_ptr<const Shared> shared,
                                               AskTuning tuning, const SearchIndex* sibling,
                                               std::chrono::steady_clock::time_point start) {
  std::unique_ptr<Asker> a(new Asker());
  a->tuning_ = tuning;
  a->shared_ = std::move(shared);
  OG_ASSIGN_OR_RETURN(
      a->index_, SearchIndex::Build(a->shared_->kb, a->shared_->synonyms, tuning.weights, sibling));
  a->startup_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return a;
}

std::vector<std::string> Asker::RelatedQuestions(const Topic& topic) const {
  std::vector<std::string> out;
  for (const std::string& id : topic.related) {
    const Topic* r = shared_->kb.FindTopic(id);
    if (r != nullptr && !r->questions.empty()) AddUnique(&out, r->questions[0]);
    if (out.size() == 5) return out;
  }
  if (out.size() < 3) {  // too few related topics: fill with the nearest topics
    for (const SearchHit& h : index_->Search(topic.title, 8, true).hits) {
      const Topic& t = shared_->kb.topics[h.topic];
      if (t.id != topic.id && !t.questions.empty()) AddUnique(&out, t.questions[0]);
      if (out.size() == 3) break;
    }
  }
  return out;
}

std::vector<std::string> Asker::ClosestQuestions(std::string_view question) const {
  std::vector<std::string> out;
  for (const SearchHit& h : index_->Search(question, 3, true).hits) {
    const Topic& t = shared_->kb.topics[h.topic];
    if (!t.questions.empty()) AddUnique(&out, t.questions[0]);
  }
  // Nothing close: offer the starting points of the knowledge base.
  for (std::string_view id :
       {"what-is-myeloma", "response-categories", "questions-for-care-team"}) {
    if (out.size() >= 2) break;
    const Topic* t = shared_->kb.FindTopic(id);
    if (t != nullptr && !t->questions.empty()) AddUnique(&out, t->questions[0]);
  }
  return out;
}

const Topic* Asker::AppendTopicLead(std::string_view topic_id, Reply* r) const {
  const Topic* t = shared_->kb.FindTopic(topic_id);
  if (t == nullptr) return nullptr;
  const Section* s = t->Find(kAnswerSection);
  if (s == nullptr || s->paragraphs.empty()) return nullptr;
  CitationList cites(shared_->kb);
  r->answer += "\n\n" + cites.Number(s->paragraphs[0].text);
  r->sources = cites.sources();
  r->topic = t->id;
  return t;
}

Reply Asker::Crisis(const TriageRule& rule, const std::vector<std::string>& raw,
                    const std::vector<std::string>& words, const TriageRule* emergency) const {
  Reply r;
  r.kind = ReplyKind::kCrisis;
  r.title = "You are not alone: help is here now";
  r.confidence = 1.0;
  r.answer = fmt::format("**{}**\n\n{}\n\n{}", kCrisisHelp, rule.reason, kCrisisCareTeam);
  // A sign of an emergency in the same words is not lost behind the crisis reply.
  if (emergency != nullptr) r.answer += fmt::format("\n\n**{}** {}", kCallNow, emergency->reason);
  if (const TriageRule* d = FirstMatch(shared_->triage.decision, raw);
      d != nullptr || (d = FirstMatch(shared_->triage.decision, words)) != nullptr) {
    r.answer += "\n\n" + d->reason;
  }
  if (const Topic* t = AppendTopicLead(rule.topic, &r); t != nullptr) {
    r.related_questions = RelatedQuestions(*t);
  }
  r.questions_to_ask = {"I have been having thoughts of not wanting to live. Who can I talk to?",
                        "Could my medicines be affecting my mood?",
                        "Is there a counselor or social worker I can see?"};
  return r;
}

Reply Asker::Emergency(const TriageRule& rule) const {
  Reply r;
  r.kind = ReplyKind::kEmergency;
  r.title = std::string(kCallNow);
  r.confidence = 1.0;
  r.answer = fmt::format("**{}**\n\n{}", kCallNow, rule.reason);
  AppendTopicLead(rule.topic, &r);
  r.questions_to_ask = {"Which symptoms mean I should call you, and which mean I should call 911?",
                        "What number do I call at night and at weekends?"};
  return r;
}

Reply Asker::NotCovered(std::string reason, std::string_view question) const {
  Reply r;
  r.kind = ReplyKind::kNotCovered;
  r.title = "Not covered by this guide";
  r.answer = fmt::format(
      "{} This guide only answers general questions about multiple myeloma, from the sources "
      "it cites, so it will not guess. Your care team is the best place to ask.",
      reason);
  r.related_questions = ClosestQuestions(question);
  r.confidence = 0;
  return r;
}

Reply Asker::Decision(const TriageRule& rule, const SearchResult& found) const {
  Reply r;
  r.kind = ReplyKind::kPersonalDecision;
  r.title = "A decision to make with your care team";
  std::string intro = fmt::format(
      "{} It depends on your health, your results and your treatment plan, which your care team "
      "knows. Please do not change anything on your own; ask them first.",
      rule.reason);
  if (!found.hits.empty() && found.hits[0].relative >= tuning_.min_relative) {
    const Topic& t = shared_->kb.topics[found.hits[0].topic];
    ComposeTopic(t, shared_->kb, &r);
    r.title = fmt::format("{}: a decision to make with your care team", t.title);
    r.answer =
        intro + "\n\nHere is general information that can help you talk with them.\n\n" + r.answer;
    r.related_questions = RelatedQuestions(t);
    r.confidence = found.hits[0].relative;
  } else {
    r.answer = intro;
    r.questions_to_ask = {"What are my options, and what would each mean for me?",
                          "What happens if I wait, or change nothing?",
                          "Who do I call if I have a problem with my medicines?"};
  }
  return r;
}

Reply Asker::Answer(const Topic& topic, const SearchHit& hit) const {
  Reply r;
  r.kind = ReplyKind::kAnswer;
  ComposeTopic(topic, shared_->kb, &r);
  r.related_questions = RelatedQuestions(topic);
  r.confidence = hit.relative;
  return r;
}

Reply Asker::Ask(std::string_view asked, const PersonalBlock* personal) const {
  // The rules see the words as typed (their patterns in other languages too) and, for a
  // question in another language, its English reading; everything else reads the English.
  std::vector<std::string> raw = Tokenize(asked);
  // The words the guide knows: those the translator may keep, and how Unread() tells a language
  // the guide does not read.
  const auto known = [this](std::string_view w) { return index_->Knows(w); };
  size_t dropped = 0;
  const std::optional<std::string> english = shared_->translator.ToEnglish(asked, known, &dropped);
  const std::string_view question = english ? std::string_view(*english) : asked;
  // "vel cade": the rules' vetoes see "velcade". Not in another language, whose words the
  // dictionary does not know ("mari ne" is no "marine").
  if (!english) index_->JoinSplitWords(&raw);
  // Personal topics are reached only through personal.yaml rules.
  const SearchResult found = index_->Search(question, 5, /*exclude_personal=*/true);
  const std::vector<std::string>& words = found.query.words;  // spelling-corrected
  auto matches = [&](const std::vector<TriageRule>& rules) -> const TriageRule* {
    const TriageRule* m = FirstMatch(rules, raw);
    return m != nullptr ? m : FirstMatch(rules, words);
  };

  // A fragment: a reading of another language that dropped two or more words it could not read
  // and kept at most one meaningful term ("my son" from "como faço pra tirar o RG do meu filho",
  // "my" from "wie kündige ich meinen Handyvertrag"). The learned crisis and emergency checks
  // cannot judge it (they took those two for a crisis and an emergency); written rules still read
  // it. A single term can be a whole question ("mieloma indolente" is one concept), so the router
  // still tries it, and the learned decision check then reads it as for any routed question.
  const bool fragment =
      english && dropped >= kFragmentMinDropped && found.query.terms.size() <= kFragmentMaxTerms;
  // Replies go crisis first, then emergency; each from a written rule, else a learned check. The
  // emergency rules are matched first because a written one keeps its reply (see below).
  // An animal's trouble with no person in the question (emergency.yaml's not_a_person list) is
  // no emergency of a person's: neither the written rules nor the learned check flag it ("my cat
  // keeps vomiting after eating grass").
  const auto either = [&](const Pattern& p) { return p.Matches(raw) || p.Matches(words); };
  // Nor is a sign that is over, weeks or months ago, an emergency now (emergency.yaml's
  // past_sign list): no written rule or learned check flags it.
  const std::vector<Pattern>& animal = shared_->triage.not_a_person;
  const std::vector<Pattern>& past = shared_->triage.past_sign;
  const bool not_now = std::any_of(past.begin(), past.end(), either) ||
                       std::any_of(animal.begin(), animal.end(), either);
  const TriageRule* emergency = not_now ? nullptr : matches(shared_->triage.emergency);
  // Nor a fear, a precaution or a diet instead of treatment asked about with no sign of now ("is
  // walking ok for mum, she's terrified of breaking something", "dropping the chemo for keto
  // instead, good idea?"), or a place or food asked for (emergency.yaml's not_a_sign list):
  // written emergency rules still read them. (A choice beside a sign is not spared: "should i
  // just take tylenol" after a step-up dose, at 39.4, is an emergency.)
  const std::vector<Pattern>& no_sign = shared_->triage.not_a_sign;
  if (emergency == nullptr && shared_->learned_emergency != nullptr && !fragment && !not_now &&
      std::none_of(no_sign.begin(), no_sign.end(), either) &&
      shared_->safety->IsEmergency(question)) {
    emergency = shared_->learned_emergency;
  }
  // The learned crisis check yields to a written emergency or treatment-decision rule ("mum is
  // drowsy and out of it", "can I lower my dex dose myself", "he is thinking of giving up
  // treatment"): an emergency reply already says to call for help now, giving up treatment is
  // a decision, and wording about dying by choice is the written crisis rules' to catch.
  // Nor does it flag a fear of dying ("i dont want to die, is there another treatment":
  // crisis.yaml's fear_of_dying list) or a question asked rather than a feeling said, such as
  // suicide figures for study or work (asked_not_felt).
  const auto none = [&](const std::vector<Pattern>& v) {
    return std::none_of(v.begin(), v.end(), either);
  };
  const TriageRule* crisis = matches(shared_->triage.crisis);
  if (crisis == nullptr && shared_->learned_crisis != nullptr && !fragment &&
      (emergency == nullptr || emergency == shared_->learned_emergency) &&
      matches(shared_->triage.decision) == nullptr && none(shared_->triage.fear_of_dying) &&
      none(shared_->triage.asked_not_felt) && shared_->safety->IsCrisis(question)) {
    crisis = shared_->learned_crisis;
  }
  Reply reply;
  if (crisis == shared_->learned_crisis && crisis != nullptr) {
    // A learned flag is less certain than a written rule: the help comes first, and then the
    // information the question asked for (the routed topic's lead), so that an over-cautious
    // flag still answers.
    TriageRule learned = *crisis;
    if (const Route route = shared_->router->Decide(question, found); route.topic) {
      learned.topic = shared_->kb.topics[*route.topic].id;
    }
    reply = Crisis(learned, raw, words, emergency);
  } else if (crisis != nullptr) {
    reply = Crisis(*crisis, raw, words, emergency);
  } else if (emergency != nullptr) {
    reply = Emergency(*emergency);
    // The learned crisis check yielded to a written emergency rule; if it flagged the question,
    // the crisis help is not lost behind the emergency reply.
    if (shared_->learned_crisis != nullptr && !fragment && shared_->safety->IsCrisis(question)) {
      reply.answer += fmt::format("\n\n**{}**", kCrisisHelp);
    }
  } else if (const TriageRule* rule = FirstMatchEither(shared_->triage.out_of_scope, raw, words)) {
    // A refusal is vetoed by either reading of the question: a misspelt "revlamid" beside
    // "pregnancy" is the REMS programme, not another condition.
    reply = NotCovered(rule->reason, question);
  } else if (const TriageRule* rule = matches(shared_->triage.decision)) {
    reply = Decision(*rule, found);
  } else if (const TriageRule* rule = matches(shared_->triage.personal);
             rule != nullptr && shared_->kb.FindTopic(rule->topic) != nullptr) {
    SearchHit hit;
    hit.relative = 1.0;
    reply = Answer(*shared_->kb.FindTopic(rule->topic), hit);
  } else if (const Route route = shared_->router->Decide(question, found); route.topic) {
    // The learned decision check applies to questions the router places within the guide ("which
    // laptop should I buy" is not a treatment decision), and not to those that ask for
    // information ("dex keeps me awake, what can I do": decision.yaml's information list).
    const auto informs = [&](const Pattern& p) { return p.Matches(raw) || p.Matches(words); };
    if (shared_->learned_decision != nullptr &&
        std::none_of(shared_->triage.information.begin(), shared_->triage.information.end(),
                     informs) &&
        shared_->safety->IsDecision(question)) {
      reply = Decision(*shared_->learned_decision, found);
    } else {
      SearchHit hit;
      hit.topic = *route.topic;
      hit.relative = route.confidence;
      reply = Answer(shared_->kb.topics[*route.topic], hit);
    }
  } else {
    // A question in a language the guide does not read, or read only in part, may be about a
    // danger it cannot see: the help for one comes first.
    if ((!english && Unread(raw, known)) || (english && dropped > 0)) {
      reply = NotCovered(std::string(english ? kPartlyReadReason : kUnreadReason), question);
      reply.answer = fmt::format("**{}**\n\n{}", kUnreadHelp, reply.answer);
    } else {
      reply = NotCovered("This question is outside what this guide covers.", question);
    }
  }
  if (english) reply.notes.push_back("read in English as: " + *english);
  for (const std::string& c : found.query.corrections) {
    const size_t arrow = c.find(" -> ");  // "cade -> care", "vel cade -> velcade"
    reply.notes.push_back("read as: " + c.substr(arrow + 4) + " (for '" + c.substr(0, arrow) +
                          "')");
  }
  if (reply.kind == ReplyKind::kEmergency || reply.kind == ReplyKind::kCrisis ||
      reply.kind == ReplyKind::kNotCovered) {
    return reply;
  }
  const Topic* topic = reply.topic ? shared_->kb.FindTopic(*reply.topic) : nullptr;
  if (personal != nullptr) {
    reply.personal = *personal;
  } else if (topic != nullptr && topic->personal) {
    reply.notes.push_back(
        "This question is about your own results. Add your lab records with --records FILE "
        "(CSV or FHIR) for an answer based on them.");
  }
  return reply;
}

}  // namespace oncoguide::kb
