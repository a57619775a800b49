// Public routes (no account): health, metrics, ask, topics, stateless assess, shared results,
// the OpenAPI document.
#include <fmt/format.h>

#include <memory>
#include <unordered_map>

#include "assess_adapter.h"
#include "embedded_data.h"
#include "oncoguide/kb/text.h"
#include "service.h"

namespace oncoguide::server {
namespace {

using nlohmann::json;

constexpr size_t kMaxQuestion = 2000;

json TopicSummary(const kb::Topic& t) {
  return {{"id", t.id}, {"title", t.title}, {"questions", t.questions}, {"personal", t.personal}};
}

json TopicJson(const kb::Topic& t, const kb::KnowledgeBase& base) {
  json out = TopicSummary(t);
  out["related"] = t.related;
  json sections = json::array();
  for (const kb::Section& s : t.sections) {
    json paragraphs = json::array();
    for (const kb::Paragraph& p : s.paragraphs) paragraphs.push_back(p.text);
    sections.push_back({{"heading", s.heading}, {"paragraphs", std::move(paragraphs)}});
  }
  out["sections"] = std::move(sections);
  json sources = json::object();
  for (const auto& [id, src] : base.sources) {
    // Only the sources this topic cites: a marker "[@id" in any paragraph.
    for (const kb::Section& s : t.sections) {
      bool cited = false;
      for (const kb::Paragraph& p : s.paragraphs) {
        if (p.text.find("[@" + id) != std::string::npos) cited = true;
      }
      if (cited) {
        sources[id] = {{"title", src.title}, {"url", src.url}};
        break;
      }
    }
  }
  out["sources"] = std::move(sources);
  return out;
}

// Every topic's JSON body and the topic list, rendered once: the knowledge base is built at
// start-up and never changes while the server runs, and rendering a topic scans every source
// against every paragraph.
struct RenderedTopics {
  std::string list;
  std::unordered_map<std::string, std::string> by_id;
};

std::shared_ptr<const RenderedTopics> RenderTopics(const kb::KnowledgeBase& base) {
  auto out = std::make_shared<RenderedTopics>();
  json list = json::array();
  for (const kb::Topic& t : base.topics) {
    list.push_back(TopicSummary(t));
    out->by_id.emplace(t.id, TopicJson(t, base).dump());
  }
  out->list = json{{"topics", std::move(list)}}.dump();
  return out;
}

}  // namespace

void AddPublicRoutes(Service& service, std::vector<Route>& routes) {
  Service* svc = &service;
  std::shared_ptr<const RenderedTopics> topics = RenderTopics(svc->askers().kb());
  routes.push_back({"GET", "/healthz", [](const httplib::Request&, httplib::Response& res) {
                      SendJson(res, 200, {{"status", "ok"}});
                    }});
  routes.push_back({"GET", "/readyz", [svc](const httplib::Request&, httplib::Response& res) {
                      Status ping = svc->store().Ping();
                      if (ping.ok()) {
                        SendJson(res, 200, {{"status", "ready"}});
                      } else {
                        SendError(res, 503, ping);
                      }
                    }});
  routes.push_back({"GET", "/metrics", [svc](const httplib::Request&, httplib::Response& res) {
                      res.set_content(svc->metrics().Render(svc->store().Ping().ok()),
                                      "text/plain; version=0.0.4");
                    }});
  routes.push_back(
      {"GET", "/api/v1/openapi.json", [](const httplib::Request&, httplib::Response& res) {
         res.set_content(std::string(OpenApiDocument()), "application/json");
       }});
  routes.push_back(
      {"POST", "/api/v1/ask", [svc](const httplib::Request& req, httplib::Response& res) {
         Result<json> body = ParseJsonBody(req);
         if (!body.ok()) return SendError(res, 400, body.status());
         Result<std::string> q = StringMember(*body, "question");
         if (!q.ok()) return SendError(res, 400, q.status());
         if (kb::Trim(*q).empty()) {
           return SendError(res, 400,
                            Status::Invalid("the question is empty", "ask e.g. \"What is VGPR?\""));
         }
         if (q->size() > kMaxQuestion) {
           return SendError(
               res, 413,
               Status::Invalid("the question is too long",
                               fmt::format("keep it under {} characters", kMaxQuestion)));
         }
         if (auto f = body->find("format"); f != body->end() && *f != "json") {
           return SendError(res, 400,
                            Status::Invalid("only \"format\": \"json\" is served",
                                            "leave \"format\" out or send \"json\""));
         }
         SendJson(res, 200, svc->Ask(*q));
       }});
  routes.push_back(
      {"GET", "/api/v1/topics", [topics](const httplib::Request&, httplib::Response& res) {
         res.set_content(topics->list, "application/json");
       }});
  routes.push_back(
      {"GET", "/api/v1/topics/{id}", [topics](const httplib::Request& req, httplib::Response& res) {
         auto it = topics->by_id.find(req.matches[1].str());
         if (it == topics->by_id.end()) {
           return SendError(res, 404,
                            Status::NotFound("no such topic", "GET /api/v1/topics lists them"));
         }
         res.set_content(it->second, "application/json");
       }});
  routes.push_back(
      {"POST", "/api/v1/assess", [](const httplib::Request& req, httplib::Response& res) {
         std::string name = req.get_header_value("X-Filename");
         if (name.empty() || name.size() > 200) name = "upload";
         Status content = CheckRecordsContent(req.body);
         if (!content.ok()) {
           return SendError(res, content.code() == StatusCode::kFailedPrecondition ? 415 : 422,
                            content);
         }
         Result<std::string> out = AssessFileJson(req.body, name);
         if (!out.ok()) return SendError(res, 422, out.status());
         res.set_content(*out, "application/json");
       }});
  routes.push_back(
      {"GET", "/api/v1/shared/{token}", [svc](const httplib::Request& req, httplib::Response& res) {
         Result<json> r = svc->SharedResult(req, req.matches[1].str());
         if (!r.ok()) {
           return SendError(res, r.status().code() == StatusCode::kNotFound ? 404 : 503,
                            r.status());
         }
         SendJson(res, 200, *r);
       }});
}

}  // namespace oncoguide::server
