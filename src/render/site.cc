#include "oncoguide/render/site.h"

#include <array>
#include <fstream>
#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <sstream>
#include <vector>

#include "markup.h"
#include "oncoguide/kb/compose.h"
#include "oncoguide/render/html.h"
#include "view.h"

namespace oncoguide::render {
namespace {

constexpr std::array<std::string_view, 11> kTemplates = {
    "layout", "blocks", "inline", "upload_invite", "answer_sections", "home",
    "topic",  "ask",    "upload", "review",        "dashboard"};
constexpr std::array<std::string_view, 3> kMoreTemplates = {"chart", "not_found", "account"};

// The home page's groups: topic ids in reading order. Topics not listed here (new ones from the
// knowledge base) appear under "More questions", so nothing is hidden.
struct HomeGroup {
  std::string_view id;
  std::string_view name;
  std::vector<std::string_view> topics;
};
const std::array<HomeGroup, 4>& HomeGroups() {
  static const std::array<HomeGroup, 4> kGroups = {{
      {"tests",
       "Understanding your tests",
       {"m-protein", "free-light-chains", "immunofixation", "bone-marrow-biopsy", "follow-up-tests",
        "staging", "high-risk-cytogenetics", "diagnosis-criteria"}},
      {"response",
       "Response to treatment",
       {"response-categories", "pr-vs-cr", "vgpr", "complete-response", "stable-disease", "mrd",
        "progression-relapse", "depth-of-response-outcome", "daratumumab-interference"}},
      {"treatment",
       "Treatment",
       {"initial-treatment", "stem-cell-transplant", "maintenance-therapy", "relapsed-treatment",
        "car-t", "bispecific-antibodies", "clinical-trials"}},
      {"living",
       "Living with myeloma",
       {"what-is-myeloma", "side-effects", "bone-health", "kidney-problems", "infection-prevention",
        "support-resources", "questions-for-care-team", "survival-statistics", "mgus",
        "smoldering-myeloma"}},
  }};
  return kGroups;
}

std::string Question(const kb::Topic& t) {
  return t.questions.empty() ? t.title : t.questions.front();
}

std::string AnswerMarkdown(const kb::Topic& t) {
  const kb::Section* s = t.Find(kb::kAnswerSection);
  return s == nullptr || s->paragraphs.empty() ? std::string() : s->paragraphs.front().text;
}

mstch::map TopicLink(const kb::Topic& t, bool with_preview) {
  return mstch::map{{"slug", t.id},
                    {"href", "/q/" + t.id},
                    {"question", Question(t)},
                    {"preview", with_preview ? Preview(AnswerMarkdown(t), 150) : std::string()}};
}

// The answer sections shared by topic and ask pages.
mstch::map ReplySections(const kb::Reply& r, bool show_answer) {
  mstch::array questions(r.questions_to_ask.begin(), r.questions_to_ask.end());
  mstch::array sources;
  int n = 0;
  for (const kb::SourceRef& s : r.sources) {
    sources.emplace_back(mstch::map{{"n", ++n}, {"citation", s.citation}, {"url", SafeUrl(s.url)}});
  }
  return mstch::map{
      {"has_answer", show_answer && !r.answer.empty()},
      {"answer_heading", std::string("Answer")},
      {"answer", Blocks(r.answer)},
      {"has_why", !r.why_it_matters.empty()},
      {"why", Blocks(r.why_it_matters)},
      {"has_next", !r.what_happens_next.empty()},
      {"next", Blocks(r.what_happens_next)},
      {"has_questions", !questions.empty()},
      {"questions", std::move(questions)},
      {"disclaimer", r.disclaimer},
      {"has_sources", !sources.empty()},
      {"sources", std::move(sources)},
  };
}

std::string TopicJsonLd(const kb::Topic& t, const kb::Reply& r, const std::string& url,
                        const std::string& description) {
  nlohmann::json citations = nlohmann::json::array();
  for (const kb::SourceRef& s : r.sources) citations.push_back(s.citation);
  nlohmann::json ld = {
      {"@context", "https://schema.org"},
      {"@graph",
       {{{"@type", "MedicalWebPage"},
         {"@id", url},
         {"url", url},
         {"name", Question(t)},
         {"description", description},
         {"inLanguage", "en"},
         {"audience", {{"@type", "Patient"}}},
         {"about", {{"@type", "MedicalCondition"}, {"name", "Multiple myeloma"}}},
         {"citation", citations}},
        {{"@type", "FAQPage"},
         {"url", url},
         {"mainEntity",
          {{{"@type", "Question"},
            {"name", Question(t)},
            {"acceptedAnswer", {{"@type", "Answer"}, {"text", PlainText(r.answer)}}}}}}}}}};
  return JsonForScript(ld.dump());
}

}  // namespace

std::string DefaultWebDir() { return ONCOGUIDE_WEB_DIR; }

Result<std::unique_ptr<Site>> Site::Load(const std::string& web_dir, const kb::KnowledgeBase& kb,
                                         SiteConfig config) {
  std::unique_ptr<Site> site(new Site(kb, std::move(config)));
  auto read = [](const std::string& path, std::string* out) -> Status {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Status::NotFound("cannot read " + path,
                              "the web templates and stylesheet live in the repository's web/ "
                              "directory; pass its path");
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return Status::Ok();
  };
  for (auto names : {std::span<const std::string_view>(kTemplates),
                     std::span<const std::string_view>(kMoreTemplates)}) {
    for (std::string_view name : names) {
      std::string text;
      OG_RETURN_IF_ERROR(read(web_dir + "/templates/" + std::string(name) + ".mustache", &text));
      site->templates_[std::string(name)] = std::move(text);
    }
  }
  OG_RETURN_IF_ERROR(read(web_dir + "/static/style.css", &site->stylesheet_));
  for (const kb::Topic& t : kb.topics) site->topic_pages_[t.id] = *site->RenderTopicPage(t.id);
  site->home_ = site->RenderHome();
  return site;
}

std::string Site::RenderHome() const {
  mstch::array groups;
  std::set<std::string_view> listed;
  for (const HomeGroup& g : HomeGroups()) {
    mstch::array topics;
    for (std::string_view id : g.topics) {
      if (const kb::Topic* t = kb_->FindTopic(id); t != nullptr) {
        topics.emplace_back(TopicLink(*t, false));
        listed.insert(t->id);
      }
    }
    if (!topics.empty()) {
      groups.emplace_back(
          mstch::map{{"id", std::string(g.id)}, {"name", std::string(g.name)}, {"topics", topics}});
    }
  }
  mstch::array more;
  for (const kb::Topic& t : kb_->topics) {
    if (!t.personal && !listed.contains(t.id)) more.emplace_back(TopicLink(t, false));
  }
  if (!more.empty()) {
    groups.emplace_back(mstch::map{{"id", std::string("more")},
                                   {"name", std::string("More questions")},
                                   {"topics", std::move(more)}});
  }
  PageMeta meta;
  meta.title = "Understand your myeloma results";
  meta.description =
      "Plain-language answers about multiple myeloma from cited sources, and a private view of "
      "your own lab results to talk over with your care team.";
  meta.canonical = config_.base_url + "/";
  return RenderPage(templates_, "home", meta, config_, mstch::map{{"groups", std::move(groups)}});
}

std::optional<std::string> Site::TopicPage(std::string_view slug) const {
  auto it = topic_pages_.find(slug);
  if (it == topic_pages_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Site::RenderTopicPage(std::string_view slug) const {
  const kb::Topic* t = kb_->FindTopic(slug);
  if (t == nullptr) return std::nullopt;
  kb::Reply reply;
  kb::ComposeTopic(*t, *kb_, &reply);
  mstch::map ctx = ReplySections(reply, true);
  mstch::array related;
  for (const std::string& id : t->related) {
    if (const kb::Topic* r = kb_->FindTopic(id); r != nullptr) {
      related.emplace_back(TopicLink(*r, true));
    }
  }
  ctx.emplace("has_related", !related.empty());
  ctx.emplace("related", std::move(related));
  ctx.emplace("topic_title", t->title);
  ctx.emplace("question", Question(*t));
  PageMeta meta;
  meta.title = Question(*t);
  meta.description = Preview(AnswerMarkdown(*t), 158);
  meta.canonical = config_.base_url + "/q/" + t->id;
  meta.jsonld = TopicJsonLd(*t, reply, meta.canonical, meta.description);
  return RenderPage(templates_, "topic", meta, config_, std::move(ctx));
}

std::string Site::AskPage(std::string_view question, const kb::Reply& reply,
                          const std::vector<std::string>& personal) const {
  // An emergency or a crisis reply opens the page, before the header, in large plain text.
  const bool emergency =
      reply.kind == kb::ReplyKind::kEmergency || reply.kind == kb::ReplyKind::kCrisis;
  mstch::map ctx = ReplySections(reply, !emergency);
  mstch::array related;
  for (const std::string& q : reply.related_questions) {
    std::string href = "/ask?q=" + UrlEncode(q);
    for (const kb::Topic& t : kb_->topics) {
      if (!t.questions.empty() && t.questions.front() == q) href = "/q/" + t.id;
    }
    related.emplace_back(mstch::map{{"href", href}, {"question", q}});
  }
  std::string kind(kb::KindName(reply.kind));
  ctx.emplace("kind", kind);
  ctx.emplace("asked", std::string(question));
  ctx.emplace("title", reply.title);
  ctx.emplace("is_answer", reply.kind == kb::ReplyKind::kAnswer);
  ctx.emplace("is_decision", reply.kind == kb::ReplyKind::kPersonalDecision);
  ctx.emplace("is_not_covered", reply.kind == kb::ReplyKind::kNotCovered);
  ctx.emplace("is_emergency", emergency);
  ctx.emplace("topic_href", reply.topic && reply.kind == kb::ReplyKind::kAnswer
                                ? "/q/" + *reply.topic
                                : std::string());
  ctx.emplace("notes", mstch::array(reply.notes.begin(), reply.notes.end()));
  ctx.emplace("has_personal", !personal.empty());
  ctx.emplace("personal", mstch::array(personal.begin(), personal.end()));
  ctx.emplace("has_related", !related.empty());
  ctx.emplace("related_heading", reply.kind == kb::ReplyKind::kNotCovered
                                     ? std::string("Questions this guide does cover")
                                     : std::string("Related questions"));
  ctx.emplace("related", std::move(related));
  PageMeta meta;
  meta.title = reply.title;
  meta.description = "oncoguide's reply to a question about multiple myeloma.";
  meta.noindex = true;
  meta.ask_value = std::string(question);
  if (emergency) {
    meta.emergency_title = reply.title;
    // The answer opens with the same call-now sentence in bold: the heading already says it.
    std::string lead = "**" + reply.title + "**";
    std::string_view rest = reply.answer;
    if (rest.starts_with(lead)) rest.remove_prefix(lead.size());
    meta.emergency_markdown = std::string(rest);
  }
  return RenderPage(templates_, "ask", meta, config_, std::move(ctx));
}

std::string Site::NotFoundPage() const {
  PageMeta meta;
  meta.title = "Page not found";
  meta.description = "This page does not exist.";
  meta.noindex = true;
  return RenderPage(templates_, "not_found", meta, config_, mstch::map{});
}

std::string Site::Sitemap() const {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto add = [&](const std::string& path) {
    out += "<url><loc>" + HtmlEscape(config_.base_url + path) + "</loc></url>\n";
  };
  add("/");
  for (const kb::Topic& t : kb_->topics) add("/q/" + t.id);
  out += "</urlset>\n";
  return out;
}

}  // namespace oncoguide::render
