#include "label_dates.h"

#include <algorithm>
#include <cctype>

#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

std::optional<LabDate> DateBeforeLabel(std::string_view before, std::string_view after,
                                       DateOrder order) {
  after = TrimSpaces(after);
  if (after.starts_with(":")) after = TrimSpaces(after.substr(1));
  size_t digits = 0;
  while (digits < after.size() && std::isdigit(static_cast<unsigned char>(after[digits]))) {
    ++digits;
  }
  if (digits < 1 || digits > 2 || digits + 3 > after.size() || after[digits] != ':' ||
      !std::isdigit(static_cast<unsigned char>(after[digits + 1]))) {
    return std::nullopt;
  }
  if (FindLabDate(after, order)) return std::nullopt;
  std::optional<LabDate> d = FindLabDate(before, order);
  if (!d || d->begin > 12 || TrimSpaces(before.substr(d->end)).size() > 1) return std::nullopt;
  return d;
}

std::optional<LabDate> DateBelow(const Line& line, const Line& next, const Label& l,
                                 size_t labels_on_line, DateOrder order) {
  if (next.page != line.page || next.box.y0 - line.box.y1 > 2 * line.box.height()) {
    return std::nullopt;
  }
  const size_t dates_below =
      std::count_if(next.cells.begin(), next.cells.end(),
                    [&](const Cell& c) { return FindLabDate(c.text, order).has_value(); });
  if (dates_below > labels_on_line) return std::nullopt;
  // The cell holding the label.
  size_t pos = 0;
  const Cell* label_cell = nullptr;
  for (const Cell& c : line.cells) {
    if (l.begin >= pos && l.begin < pos + c.text.size()) label_cell = &c;
    pos += c.text.size() + 2;
  }
  if (label_cell == nullptr) return std::nullopt;
  for (const Cell& c : next.cells) {
    if (c.box.XOverlap(label_cell->box) <= 0) continue;
    if (IsDateCell(c.text)) return FindLabDate(c.text, order);
    // A date and time with a zone or site after it ("03/05/2024 0812 Local").
    std::optional<LabDate> d = FindLabDate(c.text, order);
    if (d && d->begin == 0 && c.text.size() <= 32) return d;
  }
  return std::nullopt;
}

bool DateRowUnderTitle(const Line& line, const std::vector<Label>& labels) {
  if (line.cells.size() < 3) return false;
  for (const Label& l : labels) {
    if (!l.collection) return false;
  }
  return std::all_of(line.cells.begin() + 1, line.cells.end(),
                     [](const Cell& c) { return IsDateCell(c.text); });
}

bool SpeaksOfEarlierResult(const std::string& text) {
  const std::string folded = FoldLatin(AsciiLower(text));
  for (std::string_view w :
       {"previous", "previously", "prior ", "earlier", "last time", "compared with", "compared to",
        "foregaende", "tidigare", "vorher", "vorbefund", "vorwert", "precedent", "anterior",
        "vorige", "eerder", "poprzedni"}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace oncoguide::import::internal
