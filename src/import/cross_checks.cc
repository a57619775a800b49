// Checks across the results read from one report: a printed kappa/lambda ratio against the
// kappa and lambda read for its date (rows.h: KeepRatio, CheckRatios), and two different
// results of one test on one date (cross_checks.h).
#include "cross_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

using records::Analyte;
using records::ValueBound;

void RowReader::KeepRatio(const RowCells& cells, const DateContext& date, const Line& line) {
  auto keep = [&](const std::string& text, const std::optional<LabDate>& d, bool previous) {
    std::optional<LabValue> v = ParseLabValue(text);
    if (!d || !v || v->kind != LabValue::Kind::kNumber || v->bound != ValueBound::kExact) return;
    // Decimals printed: the ratio's own rounding.
    const std::string t(TrimSpaces(text));
    const size_t dot = t.find_first_of(".,");
    int decimals = 0;
    if (dot != std::string::npos) {
      while (dot + 1 + decimals < t.size() &&
             std::isdigit(static_cast<unsigned char>(t[dot + 1 + decimals]))) {
        ++decimals;
      }
    }
    ratios_.push_back(PrintedRatio{d->date, v->number, decimals, previous, line.page});
  };
  if (cells.value) keep(cells.value->text, cells.value_date ? cells.value_date : date.date, false);
  if (cells.previous) {
    std::optional<LabDate> d = FindLabDate(cells.previous->text, order_);
    std::string t = cells.previous->text;
    if (d) t.erase(d->begin, d->end - d->begin);
    keep(t, d, true);
  }
  for (const auto& [d, piece] : cells.previous_dated) keep(piece.text, d, true);
  for (const auto& [d, piece] : cells.dated) keep(piece.text, d, false);
}

void RowReader::CheckRatios() {
  for (const PrintedRatio& r : ratios_) {
    ImportedObservation* kappa = nullptr;
    ImportedObservation* lambda = nullptr;
    for (ImportedObservation& o : out_->observations) {
      if (o.obs.date != r.date || o.previous != r.previous || o.obs.bound != ValueBound::kExact ||
          !o.obs.has_value) {
        continue;
      }
      if (o.obs.analyte == Analyte::kKappaFlc) kappa = &o;
      if (o.obs.analyte == Analyte::kLambdaFlc) lambda = &o;
    }
    if (kappa == nullptr || lambda == nullptr || lambda->obs.value <= 0) continue;
    const double computed = kappa->obs.value / lambda->obs.value;
    // The printed ratio is rounded, and so are kappa and lambda: allow half a unit of its last
    // digit and 3%; a misread digit or decimal point is far outside that.
    const double tolerance = 0.5 * std::pow(10.0, -r.decimals) + 0.03 * std::abs(r.value);
    if (std::abs(computed - r.value) <= tolerance) continue;
    const std::string why =
        fmt::format("the report's kappa/lambda ratio {} does not match kappa / lambda = {:.3g}",
                    r.value, computed);
    kappa->Review(why);
    lambda->Review(why);
    out_->warnings.push_back(fmt::format("page {}: {} on {}", r.page, why, r.date.ToString()));
  }
  ratios_.clear();
}

namespace internal {

void ReviewFutureDates(const Date& latest, std::vector<ImportedObservation>* observations) {
  for (ImportedObservation& o : *observations) {
    if (o.obs.date <= latest) continue;
    o.Review(fmt::format("dated {}, which is after today: check the date on the report",
                         o.obs.date.ToString()));
  }
}

void ReviewSameDayConflicts(std::vector<ImportedObservation>* observations) {
  std::vector<ImportedObservation>& obs = *observations;
  for (size_t a = 0; a < obs.size(); ++a) {
    for (size_t b = a + 1; b < obs.size(); ++b) {
      const records::Observation& x = obs[a].obs;
      const records::Observation& y = obs[b].obs;
      if (obs[a].previous || obs[b].previous || x.analyte != y.analyte || x.date != y.date ||
          (x.value == y.value && x.bound == y.bound && x.text == y.text)) {
        continue;
      }
      const std::string why = "another result of this test on the same date differs";
      for (ImportedObservation* o : {&obs[a], &obs[b]}) {
        if (std::find(o->review_reasons.begin(), o->review_reasons.end(), why) ==
            o->review_reasons.end()) {
          o->Review(why);
        }
      }
    }
  }
  // The previous values printed on those rows ("Albumin 3.1 Low | 3.3 12/13/2023" in the
  // electrophoresis section under the chemistry albumin): which test the row is, is not certain
  // either.
  const std::string why = "another row of this test disagrees on the report's date";
  for (ImportedObservation& p : obs) {
    if (!p.previous) continue;
    for (const ImportedObservation& o : obs) {
      if (!o.previous && o.needs_review && o.obs.analyte == p.obs.analyte &&
          o.source.page == p.source.page && o.source.text == p.source.text &&
          std::find(o.review_reasons.begin(), o.review_reasons.end(),
                    "another result of this test on the same date differs") !=
              o.review_reasons.end()) {
        p.Review(why);
        break;
      }
    }
  }
}

namespace {

// `written` with at most `decimals` decimals and no trailing zeros ("9.51", "2861").
std::string NumberText(double written, int decimals) {
  std::string t = fmt::format("{:.{}f}", std::abs(written), decimals);
  while (t.back() == '0') t.pop_back();
  if (t.back() == '.') t.pop_back();
  return t;
}

// The number as written, without trailing zeros: its digits before and after the decimal mark.
std::pair<int, int> Digits(double written) {
  const std::string t = NumberText(written, 4);
  const size_t dot = t.find('.');
  const int whole = static_cast<int>(dot == std::string::npos ? t.size() : dot);
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(t.size() - dot - 1);
  return {whole, decimals};
}

// The most common value of `v` and how many times it occurs.
std::pair<int, int> Mode(const std::vector<int>& v) {
  std::map<int, int> n;
  for (int x : v) ++n[x];
  std::pair<int, int> best{0, 0};
  for (const auto& [x, k] : n) {
    if (k > best.second) best = {x, k};
  }
  return best;
}

// The median of the written numbers of `group` other than the k-th.
double MedianOfOthers(const std::vector<ImportedObservation*>& group, size_t k) {
  std::vector<double> others;
  for (size_t j = 0; j < group.size(); ++j) {
    if (j != k) others.push_back(group[j]->written_number);
  }
  std::sort(others.begin(), others.end());
  const size_t n = others.size();
  return n % 2 == 1 ? others[n / 2] : (others[n / 2 - 1] + others[n / 2]) / 2;
}

// A table rule or bar before a value read as a 1 ("|236" as "1236"): a number with a leading 1
// and one whole digit more than every other result of the group (of two or more), with as many
// decimals, and at least four times their median, is marked for review.
void ReviewLeadingOnes(const std::vector<ImportedObservation*>& group) {
  if (group.size() < 2) return;
  for (size_t k = 0; k < group.size(); ++k) {
    const auto [whole, decimals] = Digits(group[k]->written_number);
    const bool one_more = std::all_of(group.begin(), group.end(), [&](const auto* o) {
      return o == group[k] || Digits(o->written_number) == std::pair(whole - 1, decimals);
    });
    if (one_more && NumberText(group[k]->written_number, 4).front() == '1' &&
        group[k]->written_number >= 4 * MedianOfOthers(group, k)) {
      group[k]->Review(
          "read by OCR with one digit more than this test's other results: a line before the "
          "value may have been read as a 1");
    }
  }
}

// One row's two results, current and previous, read by OCR ("Креатинин | 128 ↑ | ... | 149 ↑"
// read with "1491"): a result ending in 1, five times the other or more, that without its final
// 1 is within twice the other, is marked for review: the arrow was read as a 1. So is one five
// times its reference range's top or more that without its final 1 lies near the range ("129 ↑"
// read as "1291" beside "44-97", when the row's other result was misread too).
bool ArrowOneByRange(const ImportedObservation& o, double without) {
  if (!o.obs.ref_high || *o.obs.ref_high <= 0) return false;
  const double high = *o.obs.ref_high, low = o.obs.ref_low.value_or(0);
  return o.obs.value >= 5 * high && without >= low / 2 && without <= 3 * high;
}

// The lone tokens `line` shows right after a number ("LDH U/L 285 1 2591 280 1": "1"; "Albumin
// 3.44 3.24 2.9 +": "+"), and the fewest decimals of its numbers: OCR read the row's flag
// arrows apart after some values, and perhaps joined to others as a final digit.
struct ArrowsApart {
  std::string marks;
  int fewest_decimals = 9;
};

ArrowsApart ReadArrowsApart(const std::string& line) {
  ArrowsApart out;
  bool after_number = false;
  for (size_t at = 0; at < line.size();) {
    const size_t end = std::min(line.find(' ', at), line.size());
    const std::string token = line.substr(at, end - at);
    at = end + 1;
    if (token.empty()) continue;
    const bool number =
        std::all_of(
            token.begin(), token.end(),
            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }) &&
        std::isdigit(static_cast<unsigned char>(token[0]));
    if (token.size() == 1 && after_number && (token == "1" || token == "4" || token == "+")) {
      out.marks += token;
    }
    if (number && token.size() > 1) {
      const size_t dot = token.find('.');
      out.fewest_decimals =
          std::min<int>(out.fewest_decimals,
                        dot == std::string::npos ? 0 : static_cast<int>(token.size() - dot - 1));
    }
    after_number = number;
  }
  return out;
}

void ReviewRowArrowOnes(std::vector<ImportedObservation>* observations) {
  for (ImportedObservation& o : *observations) {
    if (o.confidence >= 1.0 || !o.obs.has_value || o.obs.value <= 0) continue;
    const std::string t = NumberText(o.written_number, 4);
    // A final 1 or 4 in a row whose arrows OCR read apart as that digit, or as a "+" where this
    // value has more decimals than the row's others ("2.9 +" beside "3.24").
    const ArrowsApart apart = ReadArrowsApart(o.source.text);
    const bool same_mark = apart.marks.find(t.back()) != std::string::npos;
    const bool more_decimals =
        !apart.marks.empty() && Digits(o.written_number).second > apart.fewest_decimals;
    if (t.size() >= 2 && (t.back() == '1' || t.back() == '4') && (same_mark || more_decimals)) {
      o.Review(fmt::format(
          "read by OCR as {} in a row where flag arrows were read apart from other values: the "
          "arrow after this value may have been read as its final digit",
          t));
      continue;
    }
    if (t.size() < 2 || t.back() != '1' || t[t.size() - 2] == '.') continue;
    const double without = std::stod(t.substr(0, t.size() - 1)) / o.written_number * o.obs.value;
    if (ArrowOneByRange(o, without)) {
      o.Review(fmt::format(
          "read by OCR as {}, far above the reference range: a flag arrow after the value may "
          "have been read as a final 1",
          t));
      continue;
    }
    for (const ImportedObservation& other : *observations) {
      if (&other == &o || other.obs.analyte != o.obs.analyte || other.previous == o.previous ||
          other.source.page != o.source.page || other.source.text != o.source.text ||
          !other.obs.has_value || other.obs.value <= 0) {
        continue;
      }
      const double r = without / other.obs.value;
      if (o.obs.value >= 5 * other.obs.value && r >= 0.5 && r <= 2) {
        o.Review(fmt::format(
            "read by OCR as {} where the row's other result is {}: a flag arrow after the value "
            "may have been read as a final 1",
            t, NumberText(other.written_number, 4)));
        break;
      }
    }
  }
}

// An OCR result, exact, of a test with numbers: the results the arrow checks read.
bool OcrNumber(const ImportedObservation& o) {
  return o.confidence < 1.0 && o.obs.has_value && o.obs.bound == records::ValueBound::kExact &&
         records::Info(o.obs.analyte).kind != records::ValueKind::kCoded;
}

// True when `written` ends in a digit a flag arrow is read as ("↑" as 1 or 7, "↓" as 4).
bool EndsInArrowDigit(double written) {
  const char last = NumberText(written, 4).back();
  return last == '1' || last == '4' || last == '7';
}

using OcrGroups = std::map<std::tuple<int, int, std::string>, std::vector<ImportedObservation*>>;

// The OCR results of each test in each unit, on each page when `by_page`, else in the document.
OcrGroups GroupOcrNumbers(std::vector<ImportedObservation>* observations, bool by_page) {
  OcrGroups groups;
  for (ImportedObservation& o : *observations) {
    if (!OcrNumber(o)) continue;
    groups[{by_page ? o.source.page : 0, static_cast<int>(o.obs.analyte), o.written_unit}]
        .push_back(&o);
  }
  return groups;
}

// Across the document (a test's results may be spread over pages, too few on each for the page's
// check): a result with one decimal more than most of the test's others, ending in a digit an
// arrow is read as ("12,3 ↓" read as "12,34"), is marked for review.
void ReviewArrowDecimalsAcrossPages(std::vector<ImportedObservation>* observations) {
  for (auto& [key, group] : GroupOcrNumbers(observations, /*by_page=*/false)) {
    if (group.size() < 4) continue;
    std::vector<int> decimals;
    for (const ImportedObservation* o : group) decimals.push_back(Digits(o->written_number).second);
    const auto [mode_dec, n_dec] = Mode(decimals);
    if (mode_dec == 0 || 5 * n_dec < 3 * static_cast<int>(group.size())) continue;
    for (size_t k = 0; k < group.size(); ++k) {
      if (decimals[k] == mode_dec + 1 && EndsInArrowDigit(group[k]->written_number) &&
          !group[k]->needs_review) {
        group[k]->Review(
            "read by OCR with one decimal more than this test's other results: a flag arrow "
            "after the value may have been read as a digit");
      }
    }
  }
}

// The decimals a laboratory gives a test in a unit, at most (haemoglobin "12,3 g/dL", "123
// g/L"; LDH "245 U/L"), or -1 when it varies.
int UsualDecimals(records::Analyte a, const std::string& unit) {
  const std::string u = AsciiLower(unit);
  switch (a) {
    case records::Analyte::kHemoglobin:
      return u == "g/dl" ? 1 : u == "g/l" ? 0 : -1;
    case records::Analyte::kLdh:
      return u == "u/l" || u == "iu/l" ? 0 : -1;
    case records::Analyte::kAlbumin:
    case records::Analyte::kCalcium:
      return u == "g/dl" || u == "mg/dl" || u == "g/l" ? 1 : -1;
    default:
      return -1;
  }
}

// An OCR result with more decimals than its test is given, ending in a digit an arrow is read
// as ("12,3 ↓" read as "12,34" beside a g/dL haemoglobin), marked for review whatever the
// number of results.
void ReviewDecimalsBeyondUsual(std::vector<ImportedObservation>* observations) {
  for (ImportedObservation& o : *observations) {
    if (!OcrNumber(o) || o.needs_review) continue;
    const int usual = UsualDecimals(o.obs.analyte, o.written_unit);
    if (usual >= 0 && Digits(o.written_number).second > usual &&
        EndsInArrowDigit(o.written_number)) {
      o.Review(
          "read by OCR with more decimals than this test is given: a flag arrow after the "
          "value may have been read as a digit");
    }
  }
}

}  // namespace

void ReviewOcrArrowDigits(std::vector<ImportedObservation>* observations) {
  ReviewRowArrowOnes(observations);
  ReviewArrowDecimalsAcrossPages(observations);
  ReviewDecimalsBeyondUsual(observations);
  for (auto& [key, group] : GroupOcrNumbers(observations, /*by_page=*/true)) {
    ReviewLeadingOnes(group);
    if (group.size() < 3) continue;
    std::vector<int> wholes, decimals;
    for (const ImportedObservation* o : group) {
      const auto [w, d] = Digits(o->written_number);
      wholes.push_back(w);
      decimals.push_back(d);
    }
    const auto [mode_dec, n_dec] = Mode(decimals);
    const auto [mode_whole, n_whole] = Mode(wholes);
    std::vector<bool> ends_one(group.size());
    int ones = 0;
    for (size_t k = 0; k < group.size(); ++k) {
      ends_one[k] = NumberText(group[k]->written_number, 4).back() == '1';
      ones += ends_one[k];
    }
    // Final 1s far more often than by chance (one in ten): the arrows of a column of flagged
    // results, each read as a 1.
    const bool many_ones = ones >= 2 && 5 * ones >= 2 * static_cast<int>(group.size());
    for (size_t k = 0; k < group.size(); ++k) {
      const bool ends_in_one = ends_one[k];
      const bool extra_decimal = mode_dec > 0 && 5 * n_dec >= 3 * static_cast<int>(group.size()) &&
                                 decimals[k] == mode_dec + 1;
      const bool extra_digit = mode_dec == 0 && decimals[k] == 0 &&
                               5 * n_whole >= 3 * static_cast<int>(group.size()) &&
                               wholes[k] == mode_whole + 1;
      // A decimal mark lost ("1.7H" read as "17H"): no decimals and one digit more before the
      // mark than most of the others, which have decimals.
      const bool lost_mark = mode_dec > 0 && decimals[k] == 0 &&
                             5 * n_dec >= 3 * static_cast<int>(group.size()) &&
                             wholes[k] == mode_whole + 1;
      if (lost_mark) {
        group[k]->Review(
            "read by OCR without the decimal mark the test's other results have: "
            "the mark may have been lost");
        continue;
      }
      if (group.size() < 4) continue;
      if (ends_in_one && (extra_decimal || extra_digit || many_ones)) {
        group[k]->Review(
            "read by OCR with one digit more than this test's other results: a flag "
            "arrow after the value may have been read as a 1");
      }
    }
  }
}

void ReviewThousandsPoints(std::vector<ImportedObservation>* observations) {
  // How each result's number is written in its source line: with a decimal comma or point.
  const auto written = [](const ImportedObservation& o, char mark) {
    std::string t = NumberText(o.written_number, 3);
    const size_t dot = t.find('.');
    if (dot == std::string::npos) return false;  // a whole number shows no mark
    t[dot] = mark;
    return o.source.text.find(t) != std::string::npos;
  };
  // Written with a point and three digits after it, trailing zeros too ("1.240" read as 1.24).
  const auto three_decimals = [](const ImportedObservation& o) {
    const std::string t = fmt::format("{:.3f}", o.written_number);
    for (size_t at = o.source.text.find(t); at != std::string::npos;
         at = o.source.text.find(t, at + 1)) {
      const size_t end = at + t.size();
      const bool digit_before =
          at > 0 && std::isdigit(static_cast<unsigned char>(o.source.text[at - 1]));
      const bool digit_after = end < o.source.text.size() &&
                               std::isdigit(static_cast<unsigned char>(o.source.text[end]));
      if (!digit_before && !digit_after) return true;
    }
    return false;
  };
  int commas = 0, points = 0;
  for (const ImportedObservation& o : *observations) {
    if (!o.obs.has_value || records::Info(o.obs.analyte).kind == records::ValueKind::kCoded) {
      continue;
    }
    commas += written(o, ',');
    points += written(o, '.') && !three_decimals(o);
  }
  if (commas < 3 || points > 0) return;
  for (ImportedObservation& o : *observations) {
    const double x = o.written_number;
    if (x >= 1 && three_decimals(o)) {
      o.Review(
          fmt::format("the report writes decimals with a comma: '{:.3f}' may be {:.0f} written "
                      "with a thousands point",
                      x, x * 1000));
    }
  }
}

}  // namespace internal
}  // namespace oncoguide::import
