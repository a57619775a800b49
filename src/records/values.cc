// Lab values as numbers (values.h): a number with its limit sign and flag, an M-protein in
// words, a result field that holds none, an MRD sensitivity, and ParseValue, which reads a
// test's value and unit into an Observation by the analyte's kind.
#include "oncoguide/records/values.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/units.h"
#include "values_internal.h"

namespace oncoguide::records {
namespace internal {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace internal

using internal::StartsWith;

namespace {

Result<double> ParseNumber(std::string_view text) {
  text = TrimSpaces(text);
  double v = 0;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v)) {
    return Status::Invalid("not a number");
  }
  return v;
}

// UnitFactor() with a per-analyte memo of the last unit it accepted: a cohort file writes the
// same few units on every row, and UnitFactor() rebuilds its rule table on each call. Only
// successes are remembered, so errors (and their messages) are exactly UnitFactor()'s.
Result<double> CachedUnitFactor(Analyte analyte, std::string_view unit) {
  struct Entry {
    std::string unit;
    double factor = 0;
    bool valid = false;
  };
  thread_local std::array<Entry, kAnalyteCount> cache;
  const auto index = static_cast<size_t>(analyte);
  if (index >= cache.size()) return UnitFactor(analyte, unit);
  Entry& e = cache[index];
  if (e.valid && e.unit == unit) return e.factor;
  Result<double> factor = UnitFactor(analyte, unit);
  if (factor.ok()) {
    e.unit.assign(unit);
    e.factor = *factor;
    e.valid = true;
  }
  return factor;
}

bool IsMProtein(Analyte a) { return a == Analyte::kSerumMProtein || a == Analyte::kUrineMProtein; }

// The abnormal flags labs append to a number, lower case, longest first.
constexpr std::string_view kFlags[] = {"(high)", "(low)", "high", "low", "(hh)", "(ll)", "(h)",
                                       "(l)",    "hh",    "ll",   "h",   "l",    "*",    "!"};

// `t` (lower case, trimmed) without one trailing flag.
std::string_view StripFlag(std::string_view t) {
  for (std::string_view f : kFlags) {
    if (t.size() > f.size() && t.ends_with(f)) {
      std::string_view rest = TrimSpaces(t.substr(0, t.size() - f.size()));
      // A letter flag must follow a digit or a space ("1.2H", "1.2 H"), never be part of a word.
      if (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest.back())) || f[0] == '(' ||
                            f == "*" || f == "!" || rest.size() < t.size() - f.size())) {
        return rest;
      }
    }
  }
  return t;
}

}  // namespace

Result<LabNumber> ParseLabNumber(std::string_view text, std::string_view what) {
  const std::string lower = AsciiLower(TrimSpaces(text));
  std::string_view t = lower;
  LabNumber out;
  struct Comparator {
    std::string_view prefix;
    ValueBound bound;
  };
  static constexpr Comparator kComparators[] = {
      {"<=", ValueBound::kAtMost},     {">=", ValueBound::kAtLeast},
      {"\u2264", ValueBound::kAtMost}, {"\u2265", ValueBound::kAtLeast},
      {"<", ValueBound::kBelow},       {">", ValueBound::kAbove}};
  for (const Comparator& c : kComparators) {
    if (StartsWith(t, c.prefix)) {
      out.bound = c.bound;
      t = TrimSpaces(t.substr(c.prefix.size()));
      break;
    }
  }
  t = StripFlag(t);
  Result<double> v = ParseNonNegative(t, what);
  if (!v.ok() && ParseNumber(t).ok()) return v.status();  // a negative number
  if (!v.ok()) {
    return Status::Invalid(
        fmt::format("{} '{}' is not a number", what, EchoForMessage(TrimSpaces(text))),
        TrimSpaces(text).find(',') != std::string_view::npos
            ? "use '.' as the decimal separator (a file separated by ';' may use decimal commas)"
            : "write a decimal number such as 3.1, optionally with a limit sign (<0.1, >500) or "
              "a flag (1.2 H)");
  }
  out.value = *v;
  if (out.value == 0 && (out.bound == ValueBound::kBelow || out.bound == ValueBound::kAtMost)) {
    return Status::Invalid(fmt::format("{} '{}' is below zero", what, EchoForMessage(text)),
                           "no result lies below 0; write 0 for a value not detected");
  }
  return out;
}

std::optional<LabNumber> ParseMProteinWords(std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  static constexpr std::string_view kTrace[] = {"trace", "trace band", "trace m spike",
                                                "trace m-spike", "trace amount"};
  static constexpr std::string_view kZero[] = {"not detected", "none detected", "undetected",
                                               "not seen",     "none seen",     "absent"};
  for (std::string_view w : kTrace) {
    if (t == w) return LabNumber{0, ValueBound::kTrace};
  }
  for (std::string_view w : kZero) {
    if (t == w) return LabNumber{0, ValueBound::kExact};
  }
  return std::nullopt;
}

bool IsNoResult(std::string_view text) {
  text = TrimSpaces(text);
  // Fast path for the common case, a number or a bound (no allocation per row).
  if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) != 0 || text[0] == '<' ||
                        text[0] == '>' || text[0] == '.')) {
    return false;
  }
  const std::string t = AsciiLower(text);
  static constexpr std::string_view kWords[] = {"",
                                                "-",
                                                "--",
                                                "n/a",
                                                "not done",
                                                "not performed",
                                                "cancelled",
                                                "canceled",
                                                "pending",
                                                "qns",
                                                "quantity not sufficient",
                                                "insufficient sample",
                                                "sample not received",
                                                "specimen not received",
                                                "see note",
                                                "see comment"};
  for (std::string_view w : kWords) {
    if (t == w) return true;
  }
  return false;
}

Result<double> ParseNonNegative(std::string_view text, std::string_view what) {
  Result<double> v = ParseNumber(text);
  if (!v.ok()) {
    std::string_view t = TrimSpaces(text);
    std::string hint = "write a plain decimal number such as 3.1";
    if (!t.empty() && (t.front() == '<' || t.front() == '>')) {
      hint = "write the limit as a plain number";
    } else if (t.find(',') != std::string_view::npos) {
      hint = "use '.' as the decimal separator";
    }
    return Status::Invalid(fmt::format("{} '{}' is not a number", what, EchoForMessage(text)),
                           hint);
  }
  if (*v < 0) {
    return Status::Invalid(fmt::format("{} {} is negative", what, *v),
                           "lab quantities cannot be below zero; check the sign");
  }
  return v;
}

Result<double> ParseSensitivity(std::string_view text) {
  std::string t = AsciiLower(TrimSpaces(text));
  double v = -1;
  if (t.rfind("10^", 0) == 0) {
    Result<double> e = ParseNumber(std::string_view(t).substr(3));
    if (e.ok()) v = std::pow(10.0, *e);
  } else if (size_t slash = t.find('/'); slash != std::string::npos) {
    Result<double> num = ParseNumber(std::string_view(t).substr(0, slash));
    Result<double> den = ParseNumber(std::string_view(t).substr(slash + 1));
    if (num.ok() && den.ok() && *den > 0) v = *num / *den;
  } else {
    Result<double> n = ParseNumber(t);
    if (n.ok()) v = *n;
  }
  if (!(v > 0 && v < 1)) {
    return Status::Invalid(
        fmt::format("MRD sensitivity '{}' is not a fraction below 1", EchoForMessage(text)),
        "write it as 1e-5, 10^-5 or 1/100000");
  }
  return v;
}

Status ParseValue(std::string_view value, std::string_view unit, Observation* obs) {
  const AnalyteInfo& info = Info(obs->analyte);
  value = TrimSpaces(value);
  unit = TrimSpaces(unit);
  switch (info.kind) {
    case ValueKind::kQuantity: {
      if (IsMProtein(obs->analyte)) {
        if (std::optional<LabNumber> w = ParseMProteinWords(value)) {
          obs->bound = w->bound;
          obs->value = 0;
          obs->has_value = w->bound != ValueBound::kTrace;
          return Status::Ok();
        }
      }
      Result<double> factor = CachedUnitFactor(obs->analyte, unit);
      if (!factor.ok()) return factor.status();
      Result<LabNumber> v = ParseLabNumber(value, info.name);
      if (!v.ok()) return v.status();
      obs->value = v->value * *factor;
      obs->bound = v->bound;
      if (obs->analyte == Analyte::kBmPlasmaCells && obs->value > 100) {
        return Status::Invalid(fmt::format("bm_plasma_cells {}% is above 100%", v->value),
                               "give the percentage of plasma cells among nucleated cells");
      }
      return Status::Ok();
    }
    case ValueKind::kCoded: {
      if (obs->analyte == Analyte::kSerumIfe || obs->analyte == Analyte::kUrineIfe) {
        Result<IfeResult> ife = ParseIfe(value);
        if (!ife.ok()) return ife.status();
        obs->value = ife->value;
        obs->text = std::move(ife->isotype);
        return Status::Ok();
      }
      Result<double> v = ParseCoded(obs->analyte, value);
      if (!v.ok()) return v.status();
      obs->value = *v;
      if (obs->analyte == Analyte::kMrdNgf || obs->analyte == Analyte::kMrdNgs) {
        if (!unit.empty()) {
          Result<double> s = ParseSensitivity(unit);
          if (!s.ok()) return s.status();
          obs->sensitivity = *s;
        }
      }
      return Status::Ok();
    }
    case ValueKind::kCount: {
      const std::string u = AsciiLower(unit);
      if (!u.empty() && u != "count" && u != "lesions" && u != "n" && u != "{count}" && u != "1") {
        return Status::Invalid(fmt::format("unit '{}' is not a unit for {}", unit, info.name),
                               "a count has no unit: leave the unit empty or write 'count'");
      }
      Result<double> v = ParseNonNegative(value, info.name);
      if (!v.ok()) return v.status();
      if (*v != std::floor(*v)) {
        return Status::Invalid(fmt::format("{} {} is not a whole number", info.name, *v),
                               "give the number of lesions seen");
      }
      obs->value = *v;
      return Status::Ok();
    }
    case ValueKind::kText: {
      if (value.empty()) {
        std::string_view hint = "give the regimen name, e.g. VRd";
        if (obs->analyte == Analyte::kFish) hint = "give one FISH abnormality, or 'none detected'";
        if (obs->analyte == Analyte::kIsotype) hint = "give the isotype, e.g. IgG kappa";
        if (obs->analyte == Analyte::kTherapyPhase) {
          hint = "give the phase: induction, transplant, consolidation or maintenance";
        }
        return Status::Invalid(fmt::format("{} has an empty value", info.name), std::string(hint));
      }
      obs->has_value = false;
      if (obs->analyte == Analyte::kFish) {
        Result<FishFinding> f = ParseFish(value);
        if (!f.ok()) return f.status();
        obs->text = FishText(*f);
        obs->has_value = f->clonal_fraction_percent.has_value();
        obs->value = f->clonal_fraction_percent.value_or(0);
      } else if (obs->analyte == Analyte::kIsotype) {
        std::optional<std::string> iso = ParseIsotype(value);
        if (!iso) {
          return Status::Invalid(
              fmt::format("'{}' is not an M-protein isotype", EchoForMessage(value)),
              "write the heavy and light chain, e.g. IgG kappa, IgA lambda, or kappa for a "
              "light-chain-only M-protein");
        }
        obs->text = std::move(*iso);
      } else if (obs->analyte == Analyte::kTherapyPhase) {
        std::string_view phase = CanonicalPhase(value);
        obs->text = std::string(phase.empty() ? value : phase);
      } else {
        obs->text = std::string(value);
      }
      return Status::Ok();
    }
  }
  return Status::Ok();
}

Result<double> ParseRefBound(Analyte analyte, std::string_view text, std::string_view unit,
                             std::string_view column) {
  if (Info(analyte).kind != ValueKind::kQuantity) {
    return Status::Invalid(
        fmt::format("{} is given for {}, which has no reference range", column, Name(analyte)),
        fmt::format("leave {} empty for this test", column));
  }
  Result<double> factor = CachedUnitFactor(analyte, unit);
  if (!factor.ok()) return factor.status();
  Result<double> v = ParseNonNegative(text, column);
  if (!v.ok()) return v.status();
  return *v * *factor;
}

}  // namespace oncoguide::records
