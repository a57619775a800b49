#include "date_labels.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "cell_text.h"
#include "cjk_names.h"
#include "european_words.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {
namespace {

// Date labels. A collection label's date is the date of the tests below it; report labels are
// recognised only so that their dates are never taken for a collection date.
constexpr std::string_view kCollectionLabels[] = {
    // Longer labels first: a label found inside one already found is not read again.
    "specimen collected",
    "date/time collected",
    "date collected",
    "collection date/time",
    "collection date and time",
    "collected date/time",
    "collection ended",
    "collection end",
    "collection date",
    "date of collection",
    "collected on",
    "collected",
    // Result-group banners of EHR and portal printouts ("Results from 03/12/2024 08:15").
    "blood test results",
    "laboratory results",
    "blood results",
    "lab results",
    "lab results from",
    "lab results for",
    "results from",
    "results for",
    "labs from",
    "sample taken",
    "samples taken",
    "(taken",  // "Routine chemistry on the latest sample (taken 06 Mar 2024)"
    "tests taken",
    "bloods taken",
    "blood taken",
    "sample collected",
    "sampling date",
    "sampling time",
    "sample time",
    "date sampled",
    "sampled on",
    "sampled",
    "date drawn",
    "drawn",
    "specimen date",
    "date of procedure",
    "procedure date",
    "biopsy date",
    "date of biopsy",
    "aspiration date",  // a marrow aspiration's ("Ngày chọc hút tủy (Aspiration date): ...")
    "date of aspiration",
    "aspirate date",
    "ngày chọc hút",
    "sample date",
    "date of sample",
    "sample",  // "(sample 02/02/2024)" after a section's name
    // A clinic letter's visit, when "today's" results were taken ("Seen at the Haematology
    // Clinic on 20/02/2024").
    "clinic date",
    "date of clinic",
    "clinic on",
    "collection",
    "date of service",
    "service date",
    "date taken",
    "specimen taken",
    "obtained",
    "spec coll",
    "coll date",
    "coll",
};  // other languages: european_words.h
constexpr std::string_view kOtherDateLabels[] = {
    "reported", "report date", "date reported", "printed", "print date", "received",
    "sample received", "specimen received", "samples received", "sample receipt", "date received",
    "verified", "authorised", "authorized", "result date", "issued", "dob", "date of birth",
    "birth", "born", "signed", "released", "final", "ordered", "order date", "requested",
    "registered", "resulted", "signed out", "final report", "received at", "recd", "rcvd", "rec'd",
    "results as of", "as of",
    // A letter's own dates: when it was dictated, typed or sent, and the next visit.
    "date typed", "typed", "date dictated", "dictated", "transcribed", "date of letter",
    "letter date", "next appointment", "next review", "review date"};

bool WordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True when `gap` is "on", a weekday's name, or both ("drawn on Friday, November 8, 2024",
// "Collected: Tue 03/05/2024").
bool OnWeekday(std::string_view gap) {
  constexpr std::string_view kWords[] = {
      "on",   "mon",   "monday",   "tue", "tues",   "tuesday", "wed",      "wednesday", "thu",
      "thur", "thurs", "thursday", "fri", "friday", "sat",     "saturday", "sun",       "sunday"};
  bool any = false;
  size_t i = 0;
  while (i < gap.size()) {
    while (i < gap.size() && (gap[i] == ' ' || gap[i] == ',' || gap[i] == '.' || gap[i] == ':')) {
      ++i;
    }
    size_t j = i;
    while (j < gap.size() && WordChar(gap[j])) ++j;
    if (j == i) break;
    const std::string w = AsciiLower(gap.substr(i, j - i));
    if (std::find(std::begin(kWords), std::end(kWords), w) == std::end(kWords)) return false;
    any = true;
    i = j;
  }
  return any && i >= gap.size();
}

// True when OCR may have read label letter `l` as `t` (a digit for a round or thin letter).
bool OcrConfusable(char l, char t) {
  switch (l) {
    case 'o':
      return t == '0' || t == '6';
    case 'l':
      return t == '1' || t == 'i' || t == '|';
    case 'i':
      return t == '1' || t == 'l';
    case 's':
      return t == '5';
    case 'e':
      return t == 'c';
    case 'c':
      return t == 'e';
    default:
      return false;
  }
}

// True when `label` is at `at` in `text`, exactly or with at most two letters read as a
// confusable character by OCR ("fecha de extracci6n", "co11ected"). Labels shorter than eight
// characters must match exactly: a short word with two changed letters is another word.
bool LabelAt(std::string_view text, size_t at, std::string_view label) {
  if (at + label.size() > text.size()) return false;
  int changed = 0;
  for (size_t k = 0; k < label.size(); ++k) {
    const char t = text[at + k];
    if (t == label[k]) continue;
    if (k == 0 || label.size() < 8 || !OcrConfusable(label[k], t) || ++changed > 2) return false;
  }
  return true;
}

// True when the words before a clinic visit's label at `at`, in its sentence, make the visit a
// later one ("Follow-up in the haematology clinic on 23/01/2024", "next seen in clinic on
// ..."): an appointment, not when the results were taken.
bool FutureVisit(std::string_view lower, size_t at) {
  if (at == 0) return false;
  const size_t stop = lower.find_last_of(".;", at - 1);
  const size_t from = stop == std::string_view::npos ? 0 : stop + 1;
  const std::string_view before = lower.substr(from, at - from);
  for (std::string_view w : {"follow", "next", "appointment", "to be seen"}) {
    if (before.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// Banner labels that may introduce a date range ("Results from 01/01/2024 to 03/31/2024"),
// which dates no single draw.
bool RangeBanner(std::string_view label) {
  return label.find("results") != std::string_view::npos ||
         label.find("labs") != std::string_view::npos;
}

// True when `gap` (the text between a label and its date) is more label: no digit, short,
// ending in a colon; or "on" and a weekday's name.
bool LabelContinues(std::string_view gap) {
  if (gap.size() <= 16 && OnWeekday(gap)) return true;
  gap = TrimSpaces(gap);
  // The time of day before the date ("Collected: 08:15 26/02/2024", "Thời gian lấy mẫu
  // (Collected): 07:35 25/06/2024": the label in brackets).
  while (!gap.empty() && (gap.front() == ':' || gap.front() == ' ' || gap.front() == ')')) {
    gap.remove_prefix(1);
  }
  if (!gap.empty() && IsTimeCell(gap)) return true;
  if (gap.empty() || gap.size() > 24 || gap.back() != ':') return false;
  for (char c : gap) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

std::vector<Label> FindLabels(const std::string& lower) {
  std::vector<Label> out;
  auto add = [&](std::string_view l, bool collection, bool generic) {
    for (size_t at = lower.find(l.front()); at != std::string::npos;
         at = lower.find(l.front(), at + 1)) {
      if (!LabelAt(lower, at, l)) continue;
      const size_t end = at + l.size();
      const bool ok =
          (at == 0 || !WordChar(lower[at - 1])) && (end >= lower.size() || !WordChar(lower[end]));
      bool inside = false;
      for (const Label& o : out) inside |= at >= o.begin && at < o.end;
      const bool later =
          l.find("clinic") != std::string_view::npos && collection && FutureVisit(lower, at);
      if (ok && !inside) out.push_back({at, end, collection && !later, generic});
      at = end - 1;
    }
  };
  for (std::string_view l : kCollectionLabels) add(l, true, false);
  for (std::string_view l : internal::european::CollectionLabels()) add(l, true, false);
  for (std::string_view l : CjkCollectionLabels()) add(l, true, false);
  for (std::string_view l : kOtherDateLabels) add(l, false, false);
  for (std::string_view l : internal::european::OtherDateLabels()) add(l, false, false);
  for (std::string_view l : CjkOtherDateLabels()) add(l, false, false);
  add("date", true, true);
  std::sort(out.begin(), out.end(),
            [](const Label& a, const Label& b) { return a.begin < b.begin; });
  return out;
}

namespace {

// True when `after`, the text after a date up to the next one, marks it as the urine's: a
// urine word in its first brackets, or as its first word ("(urine)", "（尿）", "Urin").
bool MarksUrine(std::string_view after) {
  const std::string t =
      AsciiLower(CjkNamesInEnglish(after.substr(0, std::min<size_t>(after.size(), 40))));
  const size_t urine = t.find("urin");   // urine, urin (de), urina (it, pt)
  const size_t orina = t.find("orina");  // es
  const size_t at = std::min(urine, orina);
  if (at == std::string::npos) return false;
  // Only a time of day, brackets, spaces or a comma before it.
  for (size_t k = 0; k < at; ++k) {
    const char c = t[k];
    if (!(c == ' ' || c == '(' || c == ':' || c == ',' || c == '-' || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return true;
}

}  // namespace

SpecimenDates DatesBySpecimen(const std::string& lower, DateOrder order) {
  std::vector<std::pair<LabDate, bool>> dates;  // each date, and whether it is the urine's
  const std::vector<Label> labels = FindLabels(lower);
  for (size_t k = 0; k < labels.size(); ++k) {
    if (!labels[k].collection || labels[k].generic) continue;
    // The label's own text, up to the next label ("Received: ..." dates no specimen).
    const size_t stop = k + 1 < labels.size() ? labels[k + 1].begin : lower.size();
    const std::string_view text = std::string_view(lower).substr(0, stop);
    for (size_t from = labels[k].end; from < text.size();) {
      std::optional<LabDate> d = FindLabDate(text.substr(from), order);
      if (!d) break;
      const size_t end = from + d->end;
      std::optional<LabDate> next = FindLabDate(text.substr(end), order);
      const std::string_view after = text.substr(end, next ? next->begin : std::string_view::npos);
      dates.emplace_back(*d, MarksUrine(after));
      from = end;
    }
  }
  SpecimenDates out;
  if (dates.size() < 2) return out;
  for (const auto& [d, urine] : dates) {
    if (urine) {
      if (out.urine && out.urine->date != d.date) return SpecimenDates{{}, {}, true};
      out.urine = d;
    } else if (out.other && out.other->date != d.date) {
      out.unmarked_differ = true;
    } else if (!out.other) {
      out.other = d;
    }
  }
  return out;
}

}  // namespace oncoguide::import::internal
