// The pages about one person: upload, review and dashboard (site.h).
#include <mstch/mstch.hpp>
#include <set>

#include "oncoguide/render/site.h"
#include "view.h"

namespace oncoguide::render {
namespace {

mstch::array Errors(const std::vector<PlainError>& errors) {
  mstch::array out;
  for (const PlainError& e : errors) {
    out.emplace_back(mstch::map{{"where", e.where}, {"cause", e.cause}, {"hint", e.hint}});
  }
  return out;
}

mstch::array Strings(const std::vector<std::string>& v) { return mstch::array(v.begin(), v.end()); }

mstch::map ChartView(const Chart& chart, std::string svg) {
  ChartTable table = ChartDataTable(chart);
  mstch::array rows;
  for (const ChartTable::Row& r : table.rows) {
    rows.emplace_back(mstch::map{{"date", r.date}, {"cells", Strings(r.cells)}});
  }
  return mstch::map{
      {"chart_id", "chart-" + chart.id},
      {"chart_title", chart.unit.empty() ? chart.title : chart.title + " (" + chart.unit + ")"},
      {"svg", std::move(svg)},
      {"alt", ChartTextAlternative(chart)},
      {"columns", Strings(table.columns)},
      {"table", std::move(rows)}};
}

}  // namespace

std::string Site::UploadPage(const UploadForm& form) const {
  PageMeta meta;
  meta.title = "Upload your records";
  meta.description = "Add your lab records to see where you stand.";
  meta.noindex = true;
  return RenderPage(templates_, "upload", meta, config_,
                    mstch::map{{"csrf", form.csrf},
                               {"has_errors", !form.errors.empty()},
                               {"errors", Errors(form.errors)}});
}

std::string Site::AccountPage(const AccountForm& form) const {
  const bool login = form.kind == AccountForm::Kind::kLogin;
  const bool reg = form.kind == AccountForm::Kind::kRegister;
  PageMeta meta;
  meta.noindex = true;
  mstch::map ctx{{"csrf", form.csrf},
                 {"next", form.next},
                 {"email", form.email},
                 {"ask_email", login || reg},
                 {"has_errors", !form.errors.empty()},
                 {"errors", Errors(form.errors)},
                 {"min_length", reg ? 12 : 1}};
  if (login) {
    meta.title = "Sign in";
    meta.description = "Sign in to see your own results.";
    ctx.emplace("heading", std::string("Sign in"));
    ctx.emplace("intro", std::string("Sign in to upload records and see where you stand."));
    ctx.emplace("error_heading", std::string("You are not signed in yet"));
    ctx.emplace("action", std::string("/login"));
    ctx.emplace("password_label", std::string("Password"));
    ctx.emplace("autocomplete", std::string("current-password"));
    ctx.emplace("button", std::string("Sign in"));
    ctx.emplace("other_href", std::string("/register"));
    ctx.emplace("other_text", std::string("No account yet? Create one"));
  } else if (reg) {
    meta.title = "Create an account";
    meta.description = "Create a private account for your own records.";
    ctx.emplace("heading", std::string("Create an account"));
    ctx.emplace("intro", std::string("Your records are encrypted and stay on this server. "
                                     "Only you can see them."));
    ctx.emplace("error_heading", std::string("The account was not created"));
    ctx.emplace("action", std::string("/register"));
    ctx.emplace("password_label", std::string("Password (at least 12 characters)"));
    ctx.emplace("password_hint",
                std::string("A few unrelated words make a strong password that is easy to "
                            "remember."));
    ctx.emplace("autocomplete", std::string("new-password"));
    ctx.emplace("button", std::string("Create my account"));
    ctx.emplace("other_href", std::string("/login"));
    ctx.emplace("other_text", std::string("Already have an account? Sign in"));
  } else {
    meta.title = "Delete your account";
    meta.description = "Delete your account and every record in it.";
    ctx.emplace("heading", std::string("Delete your account"));
    ctx.emplace("intro",
                std::string("This erases your account, every record you uploaded and your "
                            "results. It cannot be undone. You can download everything first."));
    ctx.emplace("error_heading", std::string("Nothing was deleted"));
    ctx.emplace("action", std::string("/me/delete"));
    ctx.emplace("password_label", std::string("Your password, to confirm"));
    ctx.emplace("autocomplete", std::string("current-password"));
    ctx.emplace("button", std::string("Delete everything"));
    ctx.emplace("other_href", std::string("/api/v1/me/export"));
    ctx.emplace("other_text", std::string("Download everything first (FHIR JSON)"));
  }
  return RenderPage(templates_, "account", meta, config_, std::move(ctx));
}

namespace {

mstch::array NotRead(const std::vector<std::string>& lines) {
  mstch::array out;
  for (const std::string& l : lines) out.emplace_back(mstch::map{{"text", l}});
  return out;
}

}  // namespace

std::string Site::ReviewPage(const UploadReview& review) const {
  mstch::array dates;
  mstch::array rows;
  std::string current;
  int doubts = 0;
  auto flush = [&] {
    if (rows.empty()) return;
    dates.emplace_back(mstch::map{{"date", current}, {"rows", std::move(rows)}});
    rows = {};
  };
  for (const ReviewRow& r : review.rows) {
    if (r.date != current) {
      flush();
      current = r.date;
    }
    if (!r.doubt.empty()) ++doubts;
    rows.emplace_back(mstch::map{{"i", static_cast<int>(r.index)},
                                 {"date", r.date},
                                 {"test", r.test},
                                 {"value", r.value},
                                 {"unit", r.unit},
                                 {"source", r.source},
                                 {"doubt", r.doubt},
                                 {"editable", r.editable}});
  }
  flush();
  const int date_count = static_cast<int>(dates.size());
  PageMeta meta;
  meta.title = "Check what oncoguide read";
  meta.description = "Review your records before they are saved.";
  meta.noindex = true;
  return RenderPage(templates_, "review", meta, config_,
                    mstch::map{{"csrf", review.csrf},
                               {"upload_id", review.upload_id},
                               {"files", review.files},
                               {"confirm_action", review.confirm_action},
                               {"cancel_action", review.cancel_action},
                               {"row_count", static_cast<int>(review.rows.size())},
                               {"date_count", date_count},
                               {"doubt_count", doubts},
                               {"dates", std::move(dates)},
                               {"has_errors", !review.errors.empty()},
                               {"errors", Errors(review.errors)},
                               {"has_not_read", !review.not_read.empty()},
                               {"not_read", NotRead(review.not_read)}});
}

std::string Site::DashboardPage(const DashboardData& d) const {
  mstch::array facts;
  for (const Fact& f : d.facts) {
    facts.emplace_back(mstch::map{{"name", f.name}, {"value", f.value}, {"detail", f.detail}});
  }
  mstch::array timeline;
  for (const TimelineLine& line : d.timeline) {
    mstch::array entries;
    for (const TimelineEntry& e : line.entries) {
      entries.emplace_back(mstch::map{{"date", e.date},
                                      {"category", e.category},
                                      {"category_class", e.category_class},
                                      {"confirmed", e.confirmed},
                                      {"pd", e.pd}});
    }
    timeline.emplace_back(
        mstch::map{{"line_title", line.title}, {"assessments", std::move(entries)}});
  }
  // Charts as SVG, sharing one set of glyph outlines (the page stays small). A chart cairo
  // cannot draw keeps its caption, text alternative and table.
  std::vector<const Chart*> all;
  if (d.timeline_chart) all.push_back(&*d.timeline_chart);
  for (const Chart& c : d.charts) all.push_back(&c);
  std::vector<std::string> svgs;
  for (const Chart* c : all) {
    Result<std::string> svg = ChartSvg(*c);
    svgs.push_back(svg.ok() ? *svg : std::string());
  }
  std::string glyphs = ShareGlyphs(&svgs);
  mstch::array charts;
  for (size_t i = d.timeline_chart ? 1 : 0; i < all.size(); ++i) {
    charts.emplace_back(ChartView(*all[i], std::move(svgs[i])));
  }
  mstch::map ctx{{"as_of", d.as_of},
                 {"criteria_note", d.criteria_note},
                 {"lines", Strings(d.line_sentences)},
                 {"follow_up", d.follow_up},
                 {"overdue", d.follow_up_overdue},
                 {"facts", std::move(facts)},
                 {"has_next_needs", !d.next_needs.empty()},
                 {"has_reader_notes", !d.reader_notes.empty()},
                 {"reader_notes", Strings(d.reader_notes)},
                 {"next_needs", Strings(d.next_needs)},
                 {"timeline", std::move(timeline)},
                 {"charts", std::move(charts)},
                 {"questions", Strings(d.questions)},
                 {"disclaimer", d.disclaimer},
                 {"strict_reading", d.strict_reading},
                 {"lab_reading", d.lab_reading},
                 {"lab_explanation", d.lab_explanation},
                 {"csrf", d.csrf},
                 {"shared", !d.shared_until.empty()},
                 {"shared_until", d.shared_until}};
  if (d.timeline_chart) ctx.emplace("timeline_chart", ChartView(*d.timeline_chart, svgs[0]));
  ctx.emplace("glyphs", std::move(glyphs));
  PageMeta meta;
  meta.title = d.shared_until.empty() ? "Where you stand" : "Results shared with you";
  meta.description = "Your results, response and questions for your next visit.";
  meta.noindex = true;
  return RenderPage(templates_, "dashboard", meta, config_, std::move(ctx));
}

}  // namespace oncoguide::render
