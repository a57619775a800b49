// Reading the values of a lab result (row_values.cc, RowReader): the unit it has, is printed
// with or must be inferred, its reference range, and checks that a read number is plausible.
#include "value_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import::internal {

using records::Analyte;
using records::UnitFactor;
using records::ValueBound;

namespace {

// Plausible canonical values; outside them a value is marked for review (a misread digit, or a
// unit that does not fit).
struct Plausible {
  Analyte analyte;
  double lo, hi;
};
constexpr Plausible kPlausible[] = {
    {Analyte::kSerumMProtein, 0, 12},  {Analyte::kUrineMProtein, 0, 30000},
    {Analyte::kKappaFlc, 0, 100000},   {Analyte::kLambdaFlc, 0, 100000},
    {Analyte::kBmPlasmaCells, 0, 100}, {Analyte::kBeta2Microglobulin, 0.1, 100},
    {Analyte::kAlbumin, 0.5, 7},       {Analyte::kLdh, 10, 10000},
    {Analyte::kCreatinine, 0.05, 25},  {Analyte::kCalcium, 3, 25},
    {Analyte::kHemoglobin, 2, 25},     {Analyte::kPlasmacytomaSpd, 0, 1000},
};

}  // namespace

std::optional<std::pair<double, double>> PlausibleRange(Analyte a) {
  for (const Plausible& p : kPlausible) {
    if (p.analyte == a) return std::make_pair(p.lo, p.hi);
  }
  return std::nullopt;
}

std::optional<double> InferUnitFactor(Analyte analyte, double number) {
  auto plaus = PlausibleRange(analyte);
  std::optional<double> only;
  int fits = 0;
  for (std::string_view u :
       {"g/dL", "g/L", "mg/dL", "mg/L", "mg/24h", "U/L", "umol/L", "mmol/L", "%", "cm2"}) {
    // Haemoglobin in mmol/L is a Dutch convention and always printed there; counting it would
    // make every unitless haemoglobin ambiguous. (An inferred unit is marked for review.)
    if (analyte == Analyte::kHemoglobin && u == "mmol/L") continue;
    Result<double> f = UnitFactor(analyte, u);
    if (!f.ok()) continue;
    const double x = number * *f;
    if (plaus && x >= plaus->first && x <= plaus->second) {
      if (!only || std::abs(*only - *f) > 1e-12) ++fits;
      only = *f;
    }
  }
  if (fits != 1) return std::nullopt;
  return only;
}

namespace {

// A unit written in Cyrillic letters ("г/л", "мкмоль/л", "Ед/л", "мг/сут", "Од/л", "г/добу") in
// Latin ones
// ("g/l", "umol/l", "u/l", "mg/24h"); other units unchanged.
std::string LatinUnit(std::string_view unit) {
  // Azerbaijani writes gram "q" and unit "V" ("q/l", "mq/l", "mkmol/l", "V/l").
  static constexpr std::pair<std::string_view, std::string_view> kAzerbaijani[] = {
      {"q/l", "g/l"},     {"q/dl", "g/dl"},      {"mq/l", "mg/l"},
      {"mq/dl", "mg/dl"}, {"mkmol/l", "umol/l"}, {"v/l", "u/l"}};
  const std::string lower = AsciiLower(unit);
  for (const auto& [az, latin] : kAzerbaijani) {
    if (lower == az) return std::string(latin);
  }
  if (unit.find('\xD0') == std::string_view::npos && unit.find('\xD1') == std::string_view::npos) {
    return std::string(unit);
  }
  std::string u = FoldLatin(unit);
  // Longest first: "мкмоль" before "моль", "мг" before "г".
  static constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
      {"нэгж", "u"},  // mn: units ("нэгж/л")
      {"мкмоль", "umol"},
      {"ммоль", "mmol"},
      {"нмоль", "nmol"},
      {"моль", "mol"},
      {"мкг", "ug"},
      {"мг", "mg"},
      {"нг", "ng"},
      {"мкл", "ul"},
      {"мл", "ml"},
      {"дл", "dl"},
      {"ед", "u"},
      {"ме", "iu"},
      {"сут", "24h"},
      {"г", "g"},
      {"л", "l"},
      // Ukrainian (folded): "Од/л" (units), "г/добу" (per day).
      {"од", "u"},
      {"добу", "24h"},
  };
  for (const auto& [cyrillic, latin] : kLetters) {
    for (size_t at = u.find(cyrillic); at != std::string::npos; at = u.find(cyrillic, at)) {
      u.replace(at, cyrillic.size(), latin);
      at += latin.size();
    }
  }
  return u;
}

}  // namespace

Result<double> WrittenUnitFactor(Analyte analyte, std::string* unit) {
  if (std::string latin = LatinUnit(*unit); latin != *unit) {
    if (Result<double> g = UnitFactor(analyte, latin); g.ok()) {
      *unit = std::move(latin);
      return g;
    }
  }
  Result<double> f = UnitFactor(analyte, *unit);
  if (f.ok()) return f;
  if (std::optional<std::string> u = UnitAfterFlag(*unit)) {
    for (const std::string& v : {*u, LatinUnit(*u)}) {
      if (Result<double> g = UnitFactor(analyte, v); g.ok()) {
        *unit = v;
        return g;
      }
    }
  }
  return f;
}

std::optional<std::string> MisreadUnit(Analyte analyte, std::string_view unit, bool ocr) {
  if (unit.empty() || UnitFactor(analyte, unit).ok()) return std::nullopt;
  std::string u(unit);
  if (ocr) {
    while (u.size() > 1 && std::string_view(".,'\"`").find(u.back()) != std::string_view::npos) {
      u.pop_back();
    }
    if (u.ends_with("/d")) {
      u += "l";
    } else if (std::string_view("ti1|I").find(u.back()) != std::string_view::npos) {
      // The final L of "/dL" or "/L" misread ("g/dt"; "g/t", blind59's Inverness photo).
      const std::string_view stem = std::string_view(u).substr(0, u.size() - 1);
      if ((stem.size() > 2 && stem.ends_with("/d")) || (stem.size() > 1 && stem.ends_with('/'))) {
        u.back() = 'l';
      }
    }
  }
  if (u != unit && UnitFactor(analyte, u).ok()) return u;
  // The micro sign lost ("mol/L" for "µmol/L"): read so only where one micro unit of the test
  // fits and no other prefix does ("mol/L" could be a calcium's "mmol/L" as well).
  if (ocr && (u == "mol/L" || u == "mol/l") && UnitFactor(analyte, "umol/L").ok() &&
      !UnitFactor(analyte, "mmol/L").ok()) {
    return std::string("umol/L");
  }
  if (u.size() < 3 || (u[0] != 'p' && u[0] != 'y')) return std::nullopt;
  // "yumol/L": the micro sign's tail read as a second letter.
  std::string micro = "u" + u.substr(u[1] == 'u' ? 2 : 1);
  if (!UnitFactor(analyte, micro).ok()) return std::nullopt;
  return micro;
}

Result<double> ReadUnitFactor(Analyte analyte, std::string* unit, bool ocr, std::string* misread) {
  Result<double> f = WrittenUnitFactor(analyte, unit);
  if (f.ok()) return f;
  std::optional<std::string> read = MisreadUnit(analyte, *unit, ocr);
  if (!read) return f;
  *misread = std::exchange(*unit, std::move(*read));
  return UnitFactor(analyte, *unit);
}

void ApplyRange(const LabRange& range, double factor, Analyte analyte, ImportedObservation* io) {
  double rf = factor;
  if (!range.unit.empty()) {
    Result<double> f = UnitFactor(analyte, LatinUnit(range.unit));
    if (f.ok()) rf = *f;
  }
  if (range.low) io->obs.ref_low = *range.low * rf;
  if (range.high) io->obs.ref_high = *range.high * rf;
  if (rf == factor) {
    io->written_ref_low = range.low;
    io->written_ref_high = range.high;
  }
}

std::optional<std::string> ReadCount(const LabValue& v, const std::string& text,
                                     ImportedObservation* io) {
  if (v.kind != LabValue::Kind::kNumber || v.bound != ValueBound::kExact ||
      v.number != std::floor(v.number)) {
    return fmt::format("count '{}' not understood", text);
  }
  io->obs.value = v.number;
  return std::nullopt;
}

bool MayHaveLostItsDecimalMark(const ImportedObservation& io, std::string_view written) {
  if (!io.written_ref_high || *io.written_ref_high <= 0) return false;
  if (written.find_first_of(".,") != std::string_view::npos) return false;
  const double high = *io.written_ref_high, v = io.written_number;
  if (v > 10 * high) return true;
  // Far above a whole-number range and within it with a decimal mark back: an LDH "198,0" read
  // as "1988" beside "135 - 225" (blind15's Turkish scan, silently).
  const double low = io.written_ref_low.value_or(0);
  if (v > 5 * high && v / 10 >= low && v / 10 <= high) return true;
  const auto has_fraction = [](double x) { return std::abs(x - std::round(x)) > 1e-9; };
  const bool decimal_range =
      has_fraction(high) || (io.written_ref_low && has_fraction(*io.written_ref_low));
  return decimal_range && v > high && v / 10 >= low && v / 10 <= high;
}

namespace {

bool HasDigit(std::string_view t) {
  return std::any_of(t.begin(), t.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The most digits after a decimal mark among the numbers of `text` ("13,5-17,5" -> 1).
int MostDecimals(std::string_view text) {
  int most = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool mark = text[i] == '.' || text[i] == ',';
    if (!mark || i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
    int n = 0;
    while (i + 1 + n < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1 + n]))) {
      ++n;
    }
    most = std::max(most, n);
  }
  return most;
}

}  // namespace

bool MayHaveGainedADigit(std::string_view written, std::string_view range) {
  const int in_range = MostDecimals(range);
  return in_range >= 1 && MostDecimals(written) > in_range;
}

std::optional<std::string> DecimalsUnlikeTheRow(std::string_view written,
                                                const std::vector<std::string_view>& others) {
  if (!HasDigit(written)) return std::nullopt;
  // The number of decimals most of the row's other numbers have (one or more), when at least
  // two and two thirds of them have it: a cell OCR misread in the row does not hide the others.
  std::map<int, int> counts;
  int numbers = 0;
  for (std::string_view o : others) {
    if (!HasDigit(o)) continue;
    ++counts[MostDecimals(o)];
    ++numbers;
  }
  const auto mode =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (mode == counts.end() || mode->first < 1 || mode->second < 2 ||
      3 * mode->second < 2 * numbers) {
    return std::nullopt;
  }
  const int shared = mode->first;
  const int own = MostDecimals(written);
  if (own == 0)
    return "no decimal mark where the row's other values have one: OCR may have lost it";
  if (own > shared) {
    return "more decimals than the row's other values: OCR may have read a flag as a digit";
  }
  return std::nullopt;
}

namespace {

// The decimals a test is printed with in a unit, where labs agree: an M-protein in g/L to tenths
// at most ("21,3 g/L"), in g/dL to one place at least ("0.3 g/dL"); haemoglobin in g/dL to tenths,
// in g/L whole; β2-microglobulin in mg/L with a decimal ("2.4 mg/L"); LDH and creatinine in
// µmol/L whole. Not a clinical threshold: a doubt about what OCR read. Tests and units not listed
// are printed to more or fewer places by some labs (a light chain in mg/L).
struct UsualDecimals {
  records::Analyte analyte;
  std::string_view unit;  // lower case
  int least, most;
};
constexpr UsualDecimals kUsualDecimals[] = {
    {records::Analyte::kSerumMProtein, "g/l", 0, 1},
    {records::Analyte::kSerumMProtein, "g/dl", 1, 3},
    {records::Analyte::kHemoglobin, "g/dl", 1, 1},
    {records::Analyte::kHemoglobin, "g/l", 0, 0},
    {records::Analyte::kAlbumin, "g/l", 0, 1},
    {records::Analyte::kAlbumin, "g/dl", 1, 2},
    {records::Analyte::kBeta2Microglobulin, "mg/l", 1, 2},
    {records::Analyte::kLdh, "u/l", 0, 0},
    {records::Analyte::kCreatinine, "umol/l", 0, 0},
    {records::Analyte::kCreatinine, "\xC2\xB5mol/l", 0, 0},
    {records::Analyte::kCreatinine, "mg/dl", 1, 2},
    {records::Analyte::kCalcium, "mg/dl", 0, 1},
    {records::Analyte::kUrineMProtein, "mg/24h", 0, 0},
};

}  // namespace

std::optional<std::string> DecimalsUnlikeTheTest(records::Analyte analyte, std::string_view unit,
                                                 std::string_view written) {
  if (!HasDigit(written)) return std::nullopt;
  const std::string u = AsciiLower(TrimSpaces(unit));
  for (const UsualDecimals& d : kUsualDecimals) {
    if (d.analyte != analyte || d.unit != u) continue;
    const int own = MostDecimals(written);
    if (own > d.most) {
      return "more decimals than this test is printed with in " + std::string(unit) +
             ": OCR may have read a flag as a digit";
    }
    if (own < d.least) {
      return "no decimal mark where this test is printed with one in " + std::string(unit) +
             ": OCR may have lost it";
    }
  }
  return std::nullopt;
}

}  // namespace oncoguide::import::internal
