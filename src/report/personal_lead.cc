// The personal leads (PersonalLead in patient_summary.h): one to three plain sentences that
// answer a personal topic (my response, my trend, my stage, my high risk, my MRD) from the
// person's own numbers, saying plainly what the records lack.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/records/analyte.h"
#include "oncoguide/report/patient_summary.h"
#include "summary_text.h"

namespace oncoguide::report {

using internal::Number;

namespace {

std::string Ordinal(int n) {
  static constexpr const char* kWords[] = {"first", "second",  "third",  "fourth", "fifth",
                                           "sixth", "seventh", "eighth", "ninth",  "tenth"};
  return n >= 1 && n <= 10 ? kWords[n - 1] : fmt::format("line {}", n);
}

std::string Value(const TrendPoint& pt, const std::string& unit) {
  return fmt::format("{}{}{}", records::ComparatorSymbol(pt.bound), Number(pt.value),
                     unit.empty() ? "" : " " + unit);
}

std::string Percent(double from, double to) {
  return fmt::format("{:.0f}%", std::fabs(to - from) / from * 100);
}

// "Your serum M-protein: 1.3 g/dL on 2024-05-01, ... It is ... your lowest value ..."
std::string TrendSentence(const MeasureTrend& t) {
  std::vector<std::string> last;
  const size_t first = t.points.size() > 6 ? t.points.size() - 6 : 0;
  for (size_t i = first; i < t.points.size(); ++i) {
    last.push_back(fmt::format("{} on {}{}", Value(t.points[i], t.unit),
                               t.points[i].date.ToString(),
                               t.points[i].baseline ? " (baseline)" : ""));
  }
  std::string s = fmt::format("Your {}: {}.", t.label, fmt::join(last, ", "));
  if (!t.latest || !t.nadir) return s;
  const TrendPoint& now = *t.latest;
  const TrendPoint& low = *t.nadir;
  if (now.date == low.date) {
    s += " Your latest value is the lowest so far";
  } else if (now.value == low.value) {
    s += fmt::format(" Your latest value equals your lowest one ({})", Value(low, t.unit));
  } else if (low.value > 0) {
    s += fmt::format(" It is up {} ({}) from your lowest value, {} on {}",
                     Number(now.value - low.value) + (t.unit.empty() ? "" : " " + t.unit),
                     Percent(low.value, now.value), Value(low, t.unit), low.date.ToString());
  } else {
    s += fmt::format(" It is up from your lowest value, {} on {}", Value(low, t.unit),
                     low.date.ToString());
  }
  if (t.baseline && *t.baseline > 0 && !now.baseline) {
    s += fmt::format(", and {} {} your baseline of {}{}", Percent(*t.baseline, now.value),
                     now.value <= *t.baseline ? "below" : "above", Number(*t.baseline),
                     t.unit.empty() ? "" : " " + t.unit);
  }
  return s + ".";
}

std::string ResponseLead(const PersonalSection& p) {
  const std::string during = p.regimen ? fmt::format(" during {} ({} line of treatment)",
                                                     *p.regimen, Ordinal(p.line_number))
                                       : "";
  std::string s;
  if (p.progression_date) {
    s = fmt::format(
        "Your tests show the myeloma is active again: by the IMWG 2016 rules, progression "
        "(PD) was confirmed by two tests in a row, starting on {}{}. We know this is hard news. "
        "It is common in myeloma, and there are usually more treatments to choose from. Your "
        "care team will talk with you about what the results mean and what could come next; "
        "the questions below can help.",
        p.progression_date->ToString(), during);
  } else if (p.current_response) {
    const bool pd = p.current_response->rfind("PD", 0) == 0;
    s = fmt::format("Your latest response by IMWG 2016 is {}, on {}{}", *p.current_response,
                    p.current_response_date->ToString(), during);
    s += pd ? ". This result meets the rule for progression, but it is not yet confirmed: it "
              "counts only if the next test shows it too. Ask your care team when that test "
              "will be."
            : (p.current_confirmed ? ", confirmed by the next test."
                                   : ". It is not yet confirmed by a second test in a row.");
    if (p.best_response &&
        p.best_response->rfind(p.current_response->substr(0, p.current_response->find(' ')) + " ",
                               0) != 0) {
      s += fmt::format(" Your best confirmed response in this line is {}{}.", *p.best_response,
                       p.best_response_date ? " (" + p.best_response_date->ToString() + ")" : "");
    }
    // The number behind it: the first followed measure, from baseline to now.
    for (const MeasureTrend& t : p.trends) {
      if (!t.baseline || !t.latest || t.latest->baseline || *t.baseline <= 0) continue;
      const std::string unit = t.unit.empty() ? "" : " " + t.unit;
      s += fmt::format(" Your {} went from {}{} before {} to {}{} on {} ({} {}).", t.label,
                       Number(*t.baseline), unit, p.regimen.value_or("treatment"),
                       Number(t.latest->value), unit, t.latest->date.ToString(),
                       t.latest->value <= *t.baseline ? "down" : "up",
                       Percent(*t.baseline, t.latest->value));
      break;
    }
  } else {
    return "Your records do not have enough results yet to name a response: a response needs a "
           "treatment start and M-protein or light chain results before and after it.";
  }
  if (p.lab_response) {
    s += fmt::format(
        " Read from your lab results alone (IMWG-2016-lab, a lab-only reading "
        "that does not need a bone marrow test), it is {}{}.",
        *p.lab_response, p.lab_response_date ? " on " + p.lab_response_date->ToString() : "");
  }
  return s;
}

std::string StageLead(const PersonalSection& p) {
  if (p.stage) {
    return fmt::format("Your stage at diagnosis, from your records, is {}.{}", *p.stage,
                       p.stage_missing.empty() ? ""
                                               : fmt::format(" Not in your records: {}.",
                                                             fmt::join(p.stage_missing, ", ")));
  }
  return p.stage_missing.empty()
             ? "Your records do not have the results needed to give a stage."
             : fmt::format("Your records cannot give a stage yet: they need {}.",
                           fmt::join(p.stage_missing, ", "));
}

std::string HighRiskLead(const PersonalSection& p) {
  if (p.high_risk == true) {
    const std::string missing =
        p.high_risk_not_tested.empty()
            ? ""
            : fmt::format(" Not in your records: {}.", fmt::join(p.high_risk_not_tested, ", "));
    return fmt::format(
        "By the 2025 IMS/IMWG definition, your records show high-risk myeloma: {}.{} Risk "
        "describes groups of people, not what will happen to you.",
        fmt::join(p.high_risk_reasons, "; "), missing);
  }
  if (p.high_risk == false) {
    return "By the 2025 IMS/IMWG definition, your records do not show high-risk myeloma, and "
           "they have every test the definition uses.";
  }
  if (p.high_risk_would_decide.empty()) {
    return "Your records cannot tell yet whether your myeloma is high risk by the 2025 IMS/IMWG "
           "definition.";
  }
  return fmt::format(
      "Your records cannot tell yet whether your myeloma is high risk by the 2025 IMS/IMWG "
      "definition: no part of it is met on the tests you have, but tests that are not in your "
      "records could still change that: {}. Your care team can tell you whether these tests "
      "were done.",
      fmt::join(p.high_risk_would_decide, "; "));
}

std::string MrdLead(const PersonalSection& p) {
  if (!p.mrd_status.empty()) {
    std::string s = fmt::format(
        "By the IMWG 2016 rules, your records show {}: no myeloma cells were found down to the "
        "test's limit, on {}, during your {} line of treatment.",
        p.mrd_status, p.mrd_status_date->ToString(), Ordinal(p.mrd_line));
    if (p.mrd_progression_after) {
      s += fmt::format(
          " The myeloma has come back since then (progression confirmed from {}), "
          "so this result describes that earlier time, not where you are now.",
          p.mrd_progression_after->ToString());
    }
    return s;
  }
  if (p.mrd_test) {
    return fmt::format(
        "Your latest MRD test, on {}, was {}. It does not give an IMWG MRD category: that also "
        "needs a complete response (CR) at the same time.",
        p.mrd_test_date->ToString(), *p.mrd_test);
  }
  return "Your records have no MRD (minimal residual disease) test result. If you have had one, "
         "you can add it to your records (tests mrd_ngf or mrd_ngs).";
}

std::string TrendLead(const PersonalSection& p) {
  if (p.trends.empty()) {
    return "Your records do not have M-protein or light chain results during a treatment, so "
           "there is no trend to show yet.";
  }
  std::vector<std::string> parts;
  for (const MeasureTrend& t : p.trends) parts.push_back(TrendSentence(t));
  std::string s = fmt::format("{}", fmt::join(parts, " "));
  if (p.progression_date) {
    s += fmt::format(
        " Your tests show the myeloma is active again (progression confirmed from "
        "{}); your care team will talk with you about what comes next.",
        p.progression_date->ToString());
  }
  return s;
}
}  // namespace

std::string PersonalLead(const PersonalSection& p, std::string_view topic) {
  if (topic == "my-response") return ResponseLead(p);
  if (topic == "my-labs-trend") return TrendLead(p);
  if (topic == "my-stage") return StageLead(p);
  if (topic == "my-high-risk") return HighRiskLead(p);
  if (topic == "my-mrd") return MrdLead(p);
  return "";
}

}  // namespace oncoguide::report
