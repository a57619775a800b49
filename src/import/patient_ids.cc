// Patient identifiers on lab reports (patient_ids.h).
#include "patient_ids.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

namespace {

// Labels that introduce a medical record number, lower case, each followed by ':', '#', '.' or a
// space before the identifier.
constexpr std::string_view kIdLabels[] = {
    "mrn",        "medical record number", "medical record no", "med rec no",
    "patient id", "hospital no",           "hospital number",   "record no"};

bool IdChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-'; }

}  // namespace

std::optional<std::string> PatientIdIn(std::string_view text) {
  const std::string lower = AsciiLower(text);
  for (std::string_view label : kIdLabels) {
    for (size_t at = lower.find(label); at != std::string::npos; at = lower.find(label, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
      size_t i = at + label.size();
      if (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) continue;
      while (i < lower.size() &&
             (lower[i] == ':' || lower[i] == '#' || lower[i] == '.' || lower[i] == ' ')) {
        ++i;
      }
      size_t end = i;
      while (end < text.size() && IdChar(text[end])) ++end;
      const std::string_view id = text.substr(i, end - i);
      if (id.size() >= 4 &&
          std::any_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        std::string out(id);
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> PatientNameIn(const Line& line) {
  for (const Cell& cell : line.cells) {
    const std::string lower = AsciiLower(cell.text);
    for (std::string_view label : {"patient name:", "patient:", "name:"}) {
      if (!lower.starts_with(label)) continue;
      std::string name(TrimSpaces(std::string_view(cell.text).substr(label.size())));
      for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (name.size() >= 3) return name;
    }
  }
  return std::nullopt;
}

bool OtherPatientId(std::string_view first, std::string_view other) {
  const size_t a = first.size(), b = other.size();
  if (a > b + 1 || b > a + 1) return true;
  if (a != b) return false;  // one character lost or added: too close to tell
  int differ = 0;
  for (size_t k = 0; k < a; ++k) differ += first[k] != other[k];
  return differ >= 3;
}

void DropOtherPatients(std::vector<Line>* lines, std::vector<std::string>* warnings) {
  std::optional<std::string> first, first_name;
  bool dropping = false;
  std::vector<Line> kept;
  kept.reserve(lines->size());
  for (Line& line : *lines) {
    if (const std::optional<std::string> id = PatientIdIn(line.Text())) {
      const std::optional<std::string> name = PatientNameIn(line);
      const bool same_name = name && first_name && *name == *first_name;
      if (!first) {
        first = id;
        first_name = name;
      } else if ((OtherPatientId(*first, *id) && !same_name) != dropping) {
        dropping = !dropping;
        if (dropping) {
          warnings->push_back(fmt::format(
              "page {}: a report for another patient record ({}, not {}) starts here; its "
              "results were not read",
              line.page, *id, *first));
        }
      }
    }
    if (!dropping) kept.push_back(std::move(line));
  }
  *lines = std::move(kept);
}

}  // namespace oncoguide::import::internal
