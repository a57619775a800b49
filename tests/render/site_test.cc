#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "oncoguide/kb/compose.h"
#include "render_test_util.h"

namespace oncoguide::render {
namespace {

using testing::Count;
using testing::TestAsker;
using testing::TestSite;

// Position of `needle` in `page`, failing the test when it is absent.
size_t At(const std::string& page, const std::string& needle) {
  size_t p = page.find(needle);
  EXPECT_NE(p, std::string::npos) << "missing: " << needle;
  return p;
}

TEST(HomeTest, IntroAskBoxGroupsInvitationAndStatements) {
  std::string page = TestSite().Home();
  At(page, "<form class=\"ask\" action=\"/ask\" method=\"get\"");
  At(page, "name=\"q\"");
  for (const char* group :
       {"Understanding your tests", "Response to treatment", "Treatment", "Living with myeloma"}) {
    At(page, std::string(">") + group + "</h2>");
  }
  At(page, "href=\"/q/pr-vs-cr\"");
  At(page, "Upload your records");
  At(page, "This is information, not medical advice.");
  At(page, "stay on this server and on this computer");
  At(page, "<link rel=\"canonical\" href=\"" +
               testing::EngineEscaped("https://oncoguide.example/") + "\">");
}

TEST(HomeTest, EveryPublicTopicIsLinked) {
  std::string page = TestSite().Home();
  for (const kb::Topic& t : TestAsker().kb().topics) {
    if (t.personal) continue;
    EXPECT_NE(page.find("href=\"/q/" + t.id + "\""), std::string::npos) << t.id;
  }
}

TEST(TopicPageTest, SeedStructureInOrder) {
  auto page = TestSite().TopicPage("pr-vs-cr");
  ASSERT_TRUE(page.has_value());
  const kb::Topic* t = TestAsker().kb().FindTopic("pr-vs-cr");
  size_t h1 = At(*page, "<h1>" + t->questions[0] + "</h1>");
  size_t info = At(*page, "For informational purposes only");
  size_t answer = At(*page, ">Answer</h2>");
  size_t why = At(*page, ">Why it matters</h2>");
  size_t next = At(*page, ">What happens next</h2>");
  size_t ask = At(*page, ">Questions to ask your oncologist</h2>");
  size_t disclaimer = At(*page, "<p class=\"disclaimer\">");
  size_t sources = At(*page, ">Sources</h2>");
  size_t invite = At(*page, "Upload your records</a>");
  size_t related = At(*page, ">Related questions</h2>");
  EXPECT_LT(h1, info);
  EXPECT_LT(info, answer);
  EXPECT_LT(answer, why);
  EXPECT_LT(why, next);
  EXPECT_LT(next, ask);
  EXPECT_LT(ask, disclaimer);
  EXPECT_LT(disclaimer, sources);
  EXPECT_LT(sources, invite);
  EXPECT_LT(invite, related);
}

TEST(TopicPageTest, NumberedCitationsLinkToFullSources) {
  auto page = TestSite().TopicPage("pr-vs-cr");
  ASSERT_TRUE(page.has_value());
  kb::Reply reply;
  kb::ComposeTopic(*TestAsker().kb().FindTopic("pr-vs-cr"), TestAsker().kb(), &reply);
  ASSERT_FALSE(reply.sources.empty());
  for (size_t i = 0; i < reply.sources.size(); ++i) {
    std::string n = std::to_string(i + 1);
    At(*page, "<li id=\"cite-" + n + "\">");
    At(*page, "href=\"#cite-" + n + "\"");
  }
  At(*page, "Kumar S");  // the full citation, not just the id
  EXPECT_EQ(page->find("[@"), std::string::npos) << "an unresolved marker reached the page";
}

TEST(TopicPageTest, RelatedQuestionsHaveAPreview) {
  auto page = TestSite().TopicPage("pr-vs-cr");
  ASSERT_TRUE(page.has_value());
  size_t related = At(*page, "<ul class=\"related\">");
  std::string list = page->substr(related, page->find("</ul>", related) - related);
  const kb::Topic* t = TestAsker().kb().FindTopic("pr-vs-cr");
  EXPECT_EQ(Count(list, "<li>"), t->related.size());
  EXPECT_EQ(Count(list, "<p>"), t->related.size());
}

TEST(TopicPageTest, HeadHasTitleDescriptionCanonicalAndJsonLd) {
  auto page = TestSite().TopicPage("mrd");
  ASSERT_TRUE(page.has_value());
  const kb::Topic* t = TestAsker().kb().FindTopic("mrd");
  At(*page, "<title>" + t->questions[0] + " | oncoguide</title>");
  size_t d = At(*page, "<meta name=\"description\" content=\"");
  size_t d_end = page->find('"', d + 34);
  EXPECT_GT(d_end - d - 34, 40u);
  EXPECT_LE(d_end - d - 34, 170u);
  At(*page, "<link rel=\"canonical\" href=\"" +
                testing::EngineEscaped("https://oncoguide.example/q/mrd") + "\">");
  const std::string open = "<script type=\"application/ld+json\">";
  size_t ld = At(*page, open) + open.size();
  auto json = nlohmann::json::parse(page->substr(ld, page->find("</script>", ld) - ld));
  EXPECT_EQ(json["@context"], "https://schema.org");
  EXPECT_EQ(json["@graph"][0]["@type"], "MedicalWebPage");
  EXPECT_EQ(json["@graph"][1]["@type"], "FAQPage");
  EXPECT_EQ(json["@graph"][1]["mainEntity"][0]["name"], t->questions[0]);
  EXPECT_FALSE(json["@graph"][0]["citation"].empty());
}

TEST(TopicPageTest, CachedPageIsTheRenderedPage) {
  for (const kb::Topic& t : TestAsker().kb().topics) {
    EXPECT_EQ(TestSite().TopicPage(t.id), TestSite().RenderTopicPage(t.id)) << t.id;
  }
}

TEST(TopicPageTest, UnknownSlugIsNotFound) {
  EXPECT_FALSE(TestSite().TopicPage("no-such-topic").has_value());
  EXPECT_FALSE(TestSite().TopicPage("../etc/passwd").has_value());
  EXPECT_NE(TestSite().NotFoundPage().find("could not find"), std::string::npos);
}

TEST(TopicPageTest, NoInlineScriptOrStyleAnywhere) {
  std::vector<std::string> pages = {TestSite().Home()};
  for (const kb::Topic& t : TestAsker().kb().topics) pages.push_back(*TestSite().TopicPage(t.id));
  for (const std::string& p : pages) {
    EXPECT_EQ(Count(p, "<script"), Count(p, "<script type=\"application/ld+json\">"));
    EXPECT_EQ(p.find("style="), std::string::npos);
    EXPECT_EQ(p.find("<style"), std::string::npos);
    for (const char* handler : {"onclick=", "onload=", "onerror=", "javascript:"}) {
      EXPECT_EQ(p.find(handler), std::string::npos) << handler;
    }
  }
}

// Issue 12: a page's HTML plus the stylesheet stays under 60 KB.
TEST(PageSizeTest, EveryTopicPageAndHomeUnder60KB) {
  const size_t css = TestSite().Stylesheet().size();
  EXPECT_LT(TestSite().Home().size() + css, 60u * 1024);
  for (const kb::Topic& t : TestAsker().kb().topics) {
    EXPECT_LT(TestSite().TopicPage(t.id)->size() + css, 60u * 1024) << t.id;
  }
}

TEST(SitemapTest, ListsHomeAndEveryTopic) {
  std::string xml = TestSite().Sitemap();
  At(xml, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
  At(xml, "<loc>https://oncoguide.example/</loc>");
  EXPECT_EQ(Count(xml, "<url>"), TestAsker().kb().topics.size() + 1);
  At(xml, "<loc>https://oncoguide.example/q/pr-vs-cr</loc>");
}

TEST(AskPageTest, EmergencyComesFirstInLargePlainTextWithTheNumber) {
  const char* q = "I have a fever of 39 and chills during chemo";
  kb::Reply reply = TestAsker().Ask(q);
  ASSERT_EQ(reply.kind, kb::ReplyKind::kEmergency);
  std::string page = TestSite().AskPage(q, reply);
  size_t emergency = At(page, "<section class=\"emergency\" role=\"alert\"");
  EXPECT_LT(emergency, page.find("<body>") + 8) << "the emergency block must open the body";
  size_t number = At(page, "Call 911");
  EXPECT_LT(number, At(page, "<header"));
  EXPECT_LT(number, At(page, "<main"));
}

TEST(AskPageTest, CrisisComesFirstWithWhereToGetHelp) {
  const char* q = "I want to die, I can't take this anymore";
  kb::Reply reply = TestAsker().Ask(q);
  ASSERT_EQ(reply.kind, kb::ReplyKind::kCrisis);
  std::string page = TestSite().AskPage(q, reply);
  size_t crisis = At(page, "<section class=\"emergency\" role=\"alert\"");
  EXPECT_LT(crisis, page.find("<body>") + 8);
  EXPECT_LT(At(page, "988"), At(page, "<header"));
}

TEST(AskPageTest, NotCoveredSaysSoAndOffersClosestQuestions) {
  const char* q = "How do I treat my dog's skin cancer?";
  kb::Reply reply = TestAsker().Ask(q);
  ASSERT_EQ(reply.kind, kb::ReplyKind::kNotCovered);
  std::string page = TestSite().AskPage(q, reply);
  At(page, "This guide does not cover that question, and it will not guess.");
  At(page, "reply-not_covered");
  if (!reply.related_questions.empty()) At(page, "Questions this guide does cover");
  EXPECT_EQ(page.find("class=\"emergency\""), std::string::npos);
}

TEST(AskPageTest, DecisionExplainsItIsForTheCareTeam) {
  const char* q = "Should I stop taking my lenalidomide?";
  kb::Reply reply = TestAsker().Ask(q);
  ASSERT_EQ(reply.kind, kb::ReplyKind::kPersonalDecision);
  std::string page = TestSite().AskPage(q, reply);
  At(page, "This is a choice for you and your care team.");
  At(page, "reply-personal_decision");
}

TEST(AskPageTest, AnswerShowsTheTopicAndKeepsTheQuestionInTheBox) {
  const char* q = "what is the difference between PR and CR";
  kb::Reply reply = TestAsker().Ask(q);
  ASSERT_EQ(reply.kind, kb::ReplyKind::kAnswer);
  std::string page = TestSite().AskPage(q, reply);
  At(page, "value=\"what is the difference between PR and CR\"");
  At(page, "<meta name=\"robots\" content=\"noindex\">");
  At(page, ">Answer</h2>");
  At(page, ">Sources</h2>");
}

}  // namespace
}  // namespace oncoguide::render
