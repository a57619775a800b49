// Issue 12: every user value is HTML-escaped by the template engine. `<script>` (and an attribute
// breaker) goes through every field of a question, a reply and a record.
#include <gtest/gtest.h>

#include "oncoguide/render/report_pdf.h"
#include "render_test_util.h"

namespace oncoguide::render {

using records::Analyte;
using records::PatientRecord;

namespace {

using testing::DashboardOf;
using testing::TestSite;

const std::string kEvil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";

void ExpectInert(const std::string& page) {
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_EQ(page.find("\"><img"), std::string::npos);
}

TEST(EscapingTest, EveryFieldOfAQuestionAndReply) {
  for (kb::ReplyKind kind : {kb::ReplyKind::kAnswer, kb::ReplyKind::kNotCovered,
                             kb::ReplyKind::kEmergency, kb::ReplyKind::kPersonalDecision}) {
    kb::Reply r;
    r.kind = kind;
    r.topic = kEvil;
    r.title = kEvil;
    r.answer = kEvil + "\n\n- " + kEvil + "\n\n**" + kEvil + "** [1]";
    r.why_it_matters = kEvil;
    r.what_happens_next = kEvil;
    r.questions_to_ask = {kEvil};
    r.sources = {{kEvil, kEvil, "javascript:alert(3)"}, {kEvil, kEvil, "https://x.org/" + kEvil}};
    r.related_questions = {kEvil};
    r.disclaimer = kEvil;
    r.notes = {kEvil};
    std::string page = TestSite().AskPage(kEvil, r);
    ExpectInert(page);
    EXPECT_EQ(page.find("javascript:"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"), std::string::npos);
  }
}

PatientRecord EvilRecord() {
  PatientRecord r;
  r.patient_id = kEvil;
  r.source = kEvil + ".csv";
  auto add = [&](Analyte a, int day, double v, std::string text = "") {
    records::Observation o;
    o.date = Date::FromYmd(2024, 1, day);
    o.analyte = a;
    o.value = v;
    o.text = std::move(text);
    o.note = kEvil;
    o.fhir_id = day % 2 ? kEvil : "";
    o.line = day;
    r.observations.push_back(o);
  };
  add(Analyte::kSerumMProtein, 1, 2.0);
  add(Analyte::kTherapyStart, 2, 0, kEvil);
  add(Analyte::kTherapyPhase, 2, 0, kEvil);
  add(Analyte::kSerumIfe, 3, 1, kEvil);
  add(Analyte::kIsotype, 3, 0, kEvil);
  add(Analyte::kFish, 3, 20, kEvil);
  add(Analyte::kSerumMProtein, 10, 0.9);
  add(Analyte::kSerumMProtein, 20, 0.8);
  return r;
}

TEST(EscapingTest, EveryFieldOfARecordOnReviewAndDashboard) {
  PatientRecord record = EvilRecord();
  UploadReview review;
  review.csrf = kEvil;
  review.upload_id = kEvil;
  review.files = kEvil;
  review.rows = ReviewRows(record);
  review.errors = {ToPlainError(Status::Invalid(kEvil, kEvil, {kEvil, 3, kEvil}))};
  ExpectInert(TestSite().ReviewPage(review));
  ExpectInert(TestSite().UploadPage(UploadForm{kEvil, review.errors}));
  DashboardData d = DashboardOf(record, Date::FromYmd(2024, 3, 1));
  std::string page = TestSite().DashboardPage(d);
  ExpectInert(page);
  EXPECT_NE(page.find("&lt;script&gt;"), std::string::npos) << "the regimen should be shown";
  EXPECT_TRUE(RenderReportPdf(d).ok());
}

}  // namespace
}  // namespace oncoguide::render
