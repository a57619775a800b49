// Checks across the results read from one report: a printed kappa/lambda ratio against the
// kappa and lambda read for its date (rows.h: KeepRatio, CheckRatios), and two different
// results of one test on one date (cross_checks.h).
#include "cross_checks.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

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

}  // namespace internal
}  // namespace oncoguide::import
