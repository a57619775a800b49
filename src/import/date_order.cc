// The numeric date order of a whole document (date_order.h).
#include "date_order.h"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "european_words.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

DateOrder DecideDateOrder(const Document& doc, std::vector<std::string>* warnings, bool* unsure) {
  *unsure = false;
  std::string all;
  for (const Page& p : doc.pages) {
    for (const Word& w : p.words) {
      all += w.text;
      all += ' ';
    }
  }
  const DateOrderCounts counts = CountDateOrders(all);
  const int evidence = counts.day_first - counts.month_first;
  const bool scanned =
      std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.ocr; });
  if (scanned && counts.day_first > 0 && counts.month_first > 0) {
    // A scan whose dates disagree: a misread digit made one of them look day-first or
    // month-first. The majority decides, and each date that could be either is reviewed.
    warnings->push_back(
        "the scan's dates disagree on day-first or month-first; dates that could be either are "
        "marked for review");
    *unsure = true;
    if (evidence == 0) return DateOrder::kUnknown;
    return evidence > 0 ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
  }
  if (evidence != 0) return evidence > 0 ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
  const std::string lower = AsciiLower(all);
  const bool uk = lower.find("umol/l") != std::string::npos ||
                  lower.find("\xC2\xB5mol/l") != std::string::npos ||
                  lower.find("\xCE\xBCmol/l") != std::string::npos ||
                  lower.find("haemoglobin") != std::string::npos ||
                  lower.find("nhs") != std::string::npos;
  // Continental European reports write dates day first, as UK ones do.
  bool european = false;
  for (std::span<const std::string_view> labels :
       {european::CollectionLabels(), european::OtherDateLabels()}) {
    for (std::string_view l : labels) {
      european |= l.size() >= 6 && lower.find(l) != std::string::npos;
    }
  }
  if (!uk && !european) return DateOrder::kUnknown;
  warnings->push_back(
      fmt::format("numeric dates read day-first (the report uses {} conventions); check them",
                  uk ? "UK/SI" : "European"));
  return DateOrder::kDayFirst;
}

void ReviewUnsureDates(std::vector<ImportedObservation>* observations) {
  for (ImportedObservation& o : *observations) {
    const std::string ymd = o.obs.date.ToString();  // "YYYY-MM-DD"
    if (ymd.size() != 10) continue;
    const int month = std::stoi(ymd.substr(5, 2)), day = std::stoi(ymd.substr(8, 2));
    if (day <= 12 && month <= 12 && day != month) {
      o.Review("date could be day-first or month-first (the scan's dates disagree)");
    }
  }
}

}  // namespace oncoguide::import::internal
