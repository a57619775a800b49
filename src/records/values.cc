#include "oncoguide/records/values.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "oncoguide/common/text.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/units.h"

namespace oncoguide {
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

}  // namespace

Result<double> ParseNonNegative(std::string_view text, std::string_view what) {
  Result<double> v = ParseNumber(text);
  if (!v.ok()) {
    std::string_view t = TrimSpaces(text);
    std::string hint = "write a plain decimal number such as 3.1";
    if (!t.empty() && (t.front() == '<' || t.front() == '>')) {
      hint =
          "a value below or above the lab's limit cannot be used as a number; for an M-protein "
          "not seen on electrophoresis write 0";
    } else if (t.find(',') != std::string_view::npos) {
      hint = "use '.' as the decimal separator";
    }
    return Status::Invalid(fmt::format("{} '{}' is not a number", what, text), hint);
  }
  if (*v < 0) {
    return Status::Invalid(fmt::format("{} {} is negative", what, *v),
                           "lab quantities cannot be below zero; check the sign");
  }
  return v;
}

Result<double> ParseCoded(Analyte analyte, std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  static constexpr std::string_view kPositive[] = {"positive", "pos",  "detected", "yes",
                                                   "present",  "true", "y",        "+"};
  static constexpr std::string_view kNegative[] = {
      "negative", "neg", "not detected", "undetected", "no", "absent", "false",
      "n",        "-",   "none detected"};
  for (std::string_view p : kPositive) {
    if (t == p) return 1.0;
  }
  for (std::string_view n : kNegative) {
    if (t == n) return 0.0;
  }
  const AnalyteInfo& info = Info(analyte);
  return Status::Invalid(fmt::format("'{}' is not a result for {}", text, info.name),
                         fmt::format("write {} or {}", info.positive_word, info.negative_word));
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
    return Status::Invalid(fmt::format("MRD sensitivity '{}' is not a fraction below 1", text),
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
      Result<double> factor = CachedUnitFactor(obs->analyte, unit);
      if (!factor.ok()) return factor.status();
      Result<double> v = ParseNonNegative(value, info.name);
      if (!v.ok()) return v.status();
      obs->value = *v * *factor;
      if (obs->analyte == Analyte::kBmPlasmaCells && obs->value > 100) {
        return Status::Invalid(fmt::format("bm_plasma_cells {}% is above 100%", *v),
                               "give the percentage of plasma cells among nucleated cells");
      }
      return Status::Ok();
    }
    case ValueKind::kCoded: {
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
        return Status::Invalid(fmt::format("{} has an empty value", info.name),
                               obs->analyte == Analyte::kTherapyStart
                                   ? "give the regimen name, e.g. VRd"
                                   : "give one FISH abnormality, or 'none detected'");
      }
      if (obs->analyte == Analyte::kFish) {
        Result<FishFinding> f = ParseFish(value);
        if (!f.ok()) return f.status();
        obs->text = std::string(FishName(f->abnormality));
        obs->has_value = f->clonal_fraction_percent.has_value();
        obs->value = f->clonal_fraction_percent.value_or(0);
      } else {
        obs->text = std::string(value);
        obs->has_value = false;
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

}  // namespace oncoguide
