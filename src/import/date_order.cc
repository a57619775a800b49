// The numeric date order of a whole document (date_order.h).
#include "date_order.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

#include "european_words.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

namespace {

// The dates of three two-digit fields in `text` ("24/09/03", "24.08.06", "24-07-09"), each as
// its three numbers.
std::vector<std::array<int, 3>> ShortDates(std::string_view text) {
  std::vector<std::array<int, 3>> out;
  const auto digit = [&](size_t i) {
    return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
  };
  for (size_t i = 0; i + 8 <= text.size(); ++i) {
    if (i > 0 && digit(i - 1)) continue;  // inside a longer number
    const char sep = text[i + 2];
    if (!digit(i) || !digit(i + 1) || (sep != '/' && sep != '.' && sep != '-') || !digit(i + 3) ||
        !digit(i + 4) || text[i + 5] != sep || !digit(i + 6) || !digit(i + 7) || digit(i + 8) ||
        (i + 8 < text.size() && text[i + 8] == sep)) {
      continue;
    }
    const auto two = [&](size_t k) { return (text[k] - '0') * 10 + (text[k + 1] - '0'); };
    out.push_back({two(i), two(i + 3), two(i + 6)});
  }
  return out;
}

// Whether `text` holds Japanese kana or kanji, Chinese characters or Korean Hangul.
bool EastAsian(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (CjkAt(text, i) == Cjk::kWord || (c >= 0xEA && c <= 0xED)) return true;  // U+AC00-D7FF
  }
  return false;
}

// The spread of years when every date is read with year field `y`, month `m` and day `d`
// (indices into the three fields), or -1 when a date cannot be read so.
int YearSpread(const std::vector<std::array<int, 3>>& dates, int y, int m, int d) {
  int lo = 100, hi = -1;
  for (const auto& f : dates) {
    if (f[m] < 1 || f[m] > 12 || f[d] < 1 || f[d] > 31) return -1;
    lo = std::min(lo, f[y]);
    hi = std::max(hi, f[y]);
  }
  return hi - lo;
}

// The widest spread of years a document's year-first short dates may have: a report's history
// spans a few years, never decades.
constexpr int kMaxYearFirstSpread = 10;

// Short dates that are year first: the dates of a Japanese or Korean report, or dates whose
// year-first reading keeps them closer together than any other ("24/09/03", "24/08/06",
// "24/07/09" span months of 2024 year first, but 2003 to 2009 day first). `*sure` is false
// when only the script says so.
bool YearFirst(std::string_view all, bool* sure) {
  const std::vector<std::array<int, 3>> dates = ShortDates(all);
  *sure = false;
  if (dates.empty()) return false;
  const int year_first = YearSpread(dates, 0, 1, 2);
  if (year_first < 0) return false;
  const int day_first = YearSpread(dates, 2, 1, 0), month_first = YearSpread(dates, 2, 0, 1);
  // Not when read year first the years lie decades apart: one date OCR garbled past any day
  // ("63/05/24" for "03/05/24") left no other reading, and a photo's "12/01/24" became
  // 2012-01-24, silently.
  if (dates.size() >= 2 && year_first <= kMaxYearFirstSpread &&
      (day_first < 0 || year_first < day_first) && (month_first < 0 || year_first < month_first)) {
    *sure = true;
    return true;
  }
  return EastAsian(all);
}

// Whether `all` holds a date whose year has three digits ("113/05/12", lab_dates.cc).
bool MinguoDates(std::string_view all) {
  const auto digit = [&](size_t i) {
    return i < all.size() && std::isdigit(static_cast<unsigned char>(all[i]));
  };
  for (size_t i = 0; i + 3 < all.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 1) || !digit(i + 2)) continue;
    const char sep = all[i + 3];
    if (sep != '/' && sep != '.' && sep != '-') continue;
    // Three digits and a separator: a date found right here is one of those.
    const std::optional<LabDate> d = FindLabDate(all.substr(i, 12), DateOrder::kUnknown);
    if (d && d->begin == 0) return true;
  }
  return false;
}

}  // namespace

DateOrder DecideDateOrder(const Document& doc, std::vector<std::string>* warnings, bool* unsure) {
  *unsure = false;
  std::string all;
  for (const Page& p : doc.pages) {
    for (const Word& w : p.words) {
      all += w.text;
      all += ' ';
    }
  }
  if (MinguoDates(all)) {
    warnings->push_back(
        "dates with a three-digit year read in the Minguo calendar of Taiwanese reports "
        "(113/05/12 is 2024-05-12)");
  }
  if (bool sure = false; YearFirst(all, &sure)) {
    warnings->push_back(
        sure ? "dates of two-digit fields read year first (24/09/03 is 2024-09-03): their "
               "series only makes sense so"
             : "dates of two-digit fields read year first (24/09/03 is 2024-09-03), as Japanese "
               "and Korean reports write them; they are marked for review");
    *unsure = !sure;
    return DateOrder::kYearFirst;
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

void ReviewUnsureDates(DateOrder order, std::vector<ImportedObservation>* observations) {
  for (ImportedObservation& o : *observations) {
    const std::string ymd = o.obs.date.ToString();  // "YYYY-MM-DD"
    if (ymd.size() != 10) continue;
    const int month = std::stoi(ymd.substr(5, 2)), day = std::stoi(ymd.substr(8, 2));
    if (order == DateOrder::kYearFirst) {
      // Read the other way, the year's last two digits would be the day.
      if (std::stoi(ymd.substr(2, 2)) <= 31) {
        o.Review("date could be year-first or day-first (24/09/03)");
      }
    } else if (day <= 12 && month <= 12 && day != month) {
      o.Review("date could be day-first or month-first (the scan's dates disagree)");
    }
  }
}

}  // namespace oncoguide::import::internal
