#include "oncoguide/kb/knowledge_base.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

constexpr std::array<std::string_view, 40> kRequired = {"what-is-myeloma",
                                                        "m-protein",
                                                        "free-light-chains",
                                                        "immunofixation",
                                                        "response-categories",
                                                        "pr-vs-cr",
                                                        "complete-response",
                                                        "vgpr",
                                                        "stable-disease",
                                                        "progression-relapse",
                                                        "mrd",
                                                        "depth-of-response-outcome",
                                                        "follow-up-tests",
                                                        "maintenance-therapy",
                                                        "staging",
                                                        "high-risk-cytogenetics",
                                                        "smoldering-myeloma",
                                                        "mgus",
                                                        "diagnosis-criteria",
                                                        "bone-marrow-biopsy",
                                                        "initial-treatment",
                                                        "stem-cell-transplant",
                                                        "car-t",
                                                        "bispecific-antibodies",
                                                        "relapsed-treatment",
                                                        "side-effects",
                                                        "bone-health",
                                                        "kidney-problems",
                                                        "infection-prevention",
                                                        "clinical-trials",
                                                        "survival-statistics",
                                                        "questions-for-care-team",
                                                        "daratumumab-interference",
                                                        "light-chain-myeloma",
                                                        "support-resources",
                                                        "my-response",
                                                        "my-labs-trend",
                                                        "my-stage",
                                                        "my-high-risk",
                                                        "my-mrd"};

constexpr std::array<std::string_view, 5> kPersonalIds = {"my-response", "my-labs-trend",
                                                          "my-stage", "my-high-risk", "my-mrd"};

constexpr std::array<std::string_view, 4> kSections = {kAnswerSection, kWhySection, kNextSection,
                                                       kQuestionsSection};

Status At(const Topic& t, int line, std::string cause, std::string hint) {
  return Status::Invalid(std::move(cause), std::move(hint), {t.file, line, ""});
}

void ValidateSections(const Topic& t, std::vector<Status>* out) {
  size_t next = 0;  // index in kSections of the next expected section
  for (const Section& s : t.sections) {
    auto it = std::find(kSections.begin(), kSections.end(), s.heading);
    if (it == kSections.end()) {
      out->push_back(
          At(t, s.line, fmt::format("unknown section '## {}'", s.heading),
             "use exactly: Answer, Why it matters, What happens next, Questions to ask"));
      continue;
    }
    size_t idx = static_cast<size_t>(it - kSections.begin());
    if (idx < next) {
      out->push_back(At(t, s.line, fmt::format("section '## {}' is out of order", s.heading),
                        "order: Answer, Why it matters, What happens next, Questions to ask"));
    }
    next = std::max(next, idx + 1);
  }
  for (std::string_view name : kSections) {
    const Section* s = t.Find(name);
    if (s == nullptr) {
      out->push_back(At(t, t.body_line, fmt::format("missing required section '## {}'", name),
                        fmt::format("add a '## {}' section (see knowledge/FORMAT.md)", name)));
    } else if (s->paragraphs.empty()) {
      out->push_back(At(t, s->line, fmt::format("section '## {}' is empty", name),
                        "write at least one paragraph"));
    }
  }
}

void ValidateMarkers(const Topic& t, const KnowledgeBase& kb, std::vector<Status>* out) {
  for (const Section& s : t.sections) {
    const bool needs_marker = s.heading != kQuestionsSection;
    for (const Paragraph& p : s.paragraphs) {
      std::vector<Marker> markers = FindMarkers(p.text);
      for (const Marker& m : markers) {
        int line =
            p.line + static_cast<int>(std::count(p.text.begin(), p.text.begin() + m.offset, '\n'));
        if (!m.well_formed()) {
          out->push_back(At(t, line, "malformed citation marker",
                            "write [@source-id], [@source-id, locator] or [@a; @b, locator] on "
                            "one line"));
        }
        for (const Cite& c : m.cites) {
          if (!kb.sources.contains(c.id)) {
            out->push_back(At(t, line, fmt::format("unresolved citation marker [@{}]", c.id),
                              fmt::format("add knowledge/sources/{}.yaml or fix the id", c.id)));
          }
        }
      }
      if (needs_marker && markers.empty()) {
        out->push_back(At(t, p.line,
                          fmt::format("paragraph in '## {}' has no citation marker", s.heading),
                          "end the paragraph with [@source-id, locator]"));
      }
    }
  }
}

}  // namespace

const Topic* KnowledgeBase::FindTopic(std::string_view id) const {
  auto it = std::lower_bound(topics.begin(), topics.end(), id,
                             [](const Topic& t, std::string_view v) { return t.id < v; });
  return (it != topics.end() && it->id == id) ? &*it : nullptr;
}

std::string DefaultKnowledgeDir() { return ONCOGUIDE_KNOWLEDGE_DIR; }

std::span<const std::string_view> RequiredTopicIds() { return kRequired; }

namespace {

// knowledge/paraphrases/<topic-id>.txt: one phrasing a line; blank lines and '#' comments are
// skipped. A file whose name is not a topic id is an error (a typo would silently do nothing);
// `_not_covered.txt` is the router's not-covered phrasings (router.h), not a topic's.
Status LoadParaphrases(const std::filesystem::path& dir, KnowledgeBase* kb) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    const std::string id = e.path().stem().string();
    if (id == "_not_covered") continue;
    auto it = std::find_if(kb->topics.begin(), kb->topics.end(),
                           [&id](const Topic& t) { return t.id == id; });
    if (it == kb->topics.end()) {
      return Status::Invalid(fmt::format("paraphrase file for unknown topic '{}'", id),
                             "name the file after a topic id: paraphrases/<id>.txt",
                             {e.path().string(), 1, ""});
    }
    std::ifstream in(e.path());
    if (!in) return Status::IoError(fmt::format("cannot read '{}'", e.path().string()));
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const size_t first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line[first] == '#') continue;
      it->paraphrases.push_back(line.substr(first));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<KnowledgeBase> LoadKnowledgeBase(const std::string& dir) {
  namespace fs = std::filesystem;
  KnowledgeBase kb;
  kb.dir = dir;
  std::error_code ec;
  const fs::path topics_dir = fs::path(dir) / "topics";
  if (!fs::is_directory(topics_dir, ec)) {
    return Status::NotFound(fmt::format("knowledge base '{}' has no topics/ directory", dir),
                            "pass --knowledge DIR pointing at the knowledge/ directory");
  }
  OG_ASSIGN_OR_RETURN(kb.sources, LoadSources((fs::path(dir) / "sources").string()));
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(topics_dir)) {
    if (e.is_regular_file() && e.path().extension() == ".md") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream in(p);
    if (!in) return Status::IoError(fmt::format("cannot read '{}'", p.string()));
    std::stringstream ss;
    ss << in.rdbuf();
    OG_ASSIGN_OR_RETURN(Topic t, ParseTopic(ss.str(), p.string()));
    kb.topics.push_back(std::move(t));
  }
  std::sort(kb.topics.begin(), kb.topics.end(),
            [](const Topic& a, const Topic& b) { return a.id < b.id; });
  OG_RETURN_IF_ERROR(LoadParaphrases(fs::path(dir) / "paraphrases", &kb));
  for (size_t i = 1; i < kb.topics.size(); ++i) {
    if (kb.topics[i].id == kb.topics[i - 1].id) {
      return Status::Invalid(fmt::format("duplicate topic id '{}'", kb.topics[i].id),
                             fmt::format("also used by {}", kb.topics[i - 1].file),
                             {kb.topics[i].file, 2, ""});
    }
  }
  return kb;
}

std::vector<Status> ValidateKnowledgeBase(const KnowledgeBase& kb) {
  return ValidateKnowledgeBase(kb, RequiredTopicIds());
}

std::vector<Status> ValidateKnowledgeBase(const KnowledgeBase& kb,
                                          std::span<const std::string_view> required) {
  namespace fs = std::filesystem;
  std::vector<Status> out;
  for (const Topic& t : kb.topics) {
    const std::string stem = fs::path(t.file).stem().string();
    if (stem != t.id) {
      out.push_back(At(t, 2, fmt::format("topic id '{}' does not match the file name", t.id),
                       fmt::format("rename the file to {}.md or set id: {}", t.id, stem)));
    }
    const bool personal_id =
        std::find(kPersonalIds.begin(), kPersonalIds.end(), t.id) != kPersonalIds.end();
    if (t.personal != personal_id) {
      out.push_back(At(
          t, 2, fmt::format("'personal: {}' is wrong for topic '{}'", t.personal, t.id),
          "personal: true only for my-response, my-labs-trend, my-stage, my-high-risk and my-mrd"));
    }
    if (t.questions.empty()) {
      out.push_back(At(t, 2, "topic has no questions", "list 4-10 phrasings under 'questions:'"));
    }
    for (const std::string& r : t.related) {
      if (kb.FindTopic(r) == nullptr) {
        out.push_back(At(t, t.related_line, fmt::format("related id '{}' does not exist", r),
                         "use the id of an existing topic (the file name without .md)"));
      }
    }
    ValidateSections(t, &out);
    ValidateMarkers(t, kb, &out);
  }
  for (std::string_view id : required) {
    if (kb.FindTopic(id) == nullptr) {
      out.push_back(
          Status::Invalid(fmt::format("missing required topic '{}'", id),
                          fmt::format("add {}/topics/{}.md (see knowledge/FORMAT.md)", kb.dir, id),
                          {(fs::path(kb.dir) / "topics").string(), 0, ""}));
    }
  }
  return out;
}

}  // namespace oncoguide::kb
