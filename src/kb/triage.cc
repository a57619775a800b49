#include "oncoguide/kb/triage.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace oncoguide::kb {
namespace {

Status ParsePatterns(const YAML::Node& list, const std::string& file, std::vector<Pattern>* out) {
  if (!list || !list.IsSequence()) {
    return Status::Invalid("'patterns' must be a list of strings",
                           "write patterns: [\"word other*\", ...]",
                           {file, list ? list.Mark().line + 1 : 0, ""});
  }
  for (const YAML::Node& n : list) {
    Result<Pattern> p = Pattern::Parse(n.as<std::string>());
    if (!p.ok()) return p.status().WithLocation({file, n.Mark().line + 1, ""});
    out->push_back(std::move(*p));
  }
  return Status::Ok();
}

}  // namespace

bool TriageRule::Matches(const std::vector<std::string>& words) const {
  for (const Pattern& p : patterns) {
    if (p.Matches(words)) return true;
  }
  return false;
}

bool TriageRule::MatchesEither(const std::vector<std::string>& words,
                               const std::vector<std::string>& alt) const {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Pattern& p) { return p.MatchesEither(words, alt); });
}

Result<std::vector<TriageRule>> ParseTriageRules(const std::string& content,
                                                 const std::string& file,
                                                 std::initializer_list<PatternList> lists) {
  std::vector<TriageRule> rules;
  try {
    YAML::Node root = YAML::Load(content);
    if (!root.IsMap() || !root["rules"] || !root["rules"].IsSequence()) {
      return Status::Invalid("triage file needs a 'rules:' list",
                             "see include/oncoguide/kb/triage.h for the format", {file, 1, ""});
    }
    std::set<std::string> ids;
    for (const YAML::Node& r : root["rules"]) {
      TriageRule rule;
      const int line = r.Mark().line + 1;
      if (!r["id"] || !r["reason"]) {
        return Status::Invalid("triage rule needs 'id' and 'reason'",
                               "add id: and reason: to the rule", {file, line, ""});
      }
      rule.id = r["id"].as<std::string>();
      rule.reason = r["reason"].as<std::string>();
      if (r["topic"]) rule.topic = r["topic"].as<std::string>();
      if (!ids.insert(rule.id).second) {
        return Status::Invalid(fmt::format("duplicate rule id '{}'", rule.id),
                               "give each rule its own id", {file, line, ""});
      }
      OG_RETURN_IF_ERROR(ParsePatterns(r["patterns"], file, &rule.patterns));
      rules.push_back(std::move(rule));
    }
    for (const PatternList& list : lists) {
      const std::string key(list.key);
      if (root[key]) OG_RETURN_IF_ERROR(ParsePatterns(root[key], file, list.out));
    }
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("YAML error: {}", e.msg),
                           "check indentation and quote patterns containing '|' or '*'",
                           {file, e.mark.line + 1, ""});
  }
  return rules;
}

Result<TriageRules> LoadTriage(const std::string& dir) {
  auto read = [&dir](const char* name) -> Result<std::string> {
    const std::string path = (std::filesystem::path(dir) / name).string();
    std::ifstream in(path);
    if (!in) {
      return Status::NotFound(fmt::format("cannot read triage file '{}'", path),
                              "knowledge/triage/ needs crisis.yaml, emergency.yaml, "
                              "decision.yaml, out_of_scope.yaml and personal.yaml");
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  TriageRules t;
  const std::string base = std::filesystem::path(dir).string();
  OG_ASSIGN_OR_RETURN(std::string cr, read("crisis.yaml"));
  OG_ASSIGN_OR_RETURN(t.crisis, ParseTriageRules(cr, base + "/crisis.yaml",
                                                 {{"fear_of_dying", &t.fear_of_dying},
                                                  {"asked_not_felt", &t.asked_not_felt}}));
  OG_ASSIGN_OR_RETURN(std::string em, read("emergency.yaml"));
  OG_ASSIGN_OR_RETURN(t.emergency, ParseTriageRules(em, base + "/emergency.yaml",
                                                    {{"not_a_person", &t.not_a_person},
                                                     {"past_sign", &t.past_sign},
                                                     {"not_a_sign", &t.not_a_sign}}));
  OG_ASSIGN_OR_RETURN(std::string de, read("decision.yaml"));
  OG_ASSIGN_OR_RETURN(
      t.decision, ParseTriageRules(de, base + "/decision.yaml", {{"information", &t.information}}));
  OG_ASSIGN_OR_RETURN(std::string oo, read("out_of_scope.yaml"));
  OG_ASSIGN_OR_RETURN(t.out_of_scope, ParseTriageRules(oo, base + "/out_of_scope.yaml",
                                                       {{"domain_terms", &t.domain_terms}}));
  OG_ASSIGN_OR_RETURN(std::string pe, read("personal.yaml"));
  OG_ASSIGN_OR_RETURN(t.personal, ParseTriageRules(pe, base + "/personal.yaml"));
  for (const TriageRule& r : t.personal) {
    if (r.topic.empty()) {
      return Status::Invalid(
          fmt::format("personal rule '{}' has no topic", r.id),
          "add topic: my-response, my-stage, my-labs-trend, my-high-risk or my-mrd",
          {base + "/personal.yaml", 0, ""});
    }
  }
  return t;
}

const TriageRule* FindRule(const std::vector<TriageRule>& rules, std::string_view id) {
  for (const TriageRule& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const TriageRule* FirstMatch(const std::vector<TriageRule>& rules,
                             const std::vector<std::string>& words) {
  for (const TriageRule& r : rules) {
    if (r.Matches(words)) return &r;
  }
  return nullptr;
}

const TriageRule* FirstMatchEither(const std::vector<TriageRule>& rules,
                                   const std::vector<std::string>& words,
                                   const std::vector<std::string>& alt) {
  for (const TriageRule& r : rules) {
    if (r.MatchesEither(words, alt)) return &r;
  }
  return nullptr;
}

}  // namespace oncoguide::kb
