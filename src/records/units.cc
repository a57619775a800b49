#include "oncoguide/records/units.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "oncoguide/common/text.h"

namespace oncoguide::records {
namespace {

struct UnitRule {
  std::vector<std::string_view> spellings;  // lower case, spaces removed
  double factor;                            // to canonical
};

// Molar masses used for SI conversions: creatinine 113.12 g/mol (1 mg/dL = 10 mg/L =
// 10000 / 113.12 = 88.40 umol/L); calcium 40.08 g/mol (1 mg/dL = 0.2495 mmol/L).
constexpr double kCreatinineUmolPerMgDl = 10000.0 / 113.12;
constexpr double kCalciumMmolPerMgDl = 0.2495;
// Haemoglobin in mmol/L (Dutch reports) counts the iron-binding monomer, 16.11 g/mol per 1 mmol:
// 1 mmol/L = 1.611 g/dL (conversion factor 0.6206 mmol/L per g/dL).
constexpr double kHemoglobinGdlPerMmol = 1.611;
// Enzyme activity: 1 U = 1 umol/min and 1 ukat = 1 umol/s, so 1 ukat/L = 60 U/L.
constexpr double kUnitsPerMicrokatal = 60.0;

std::vector<UnitRule> RulesFor(Analyte a) {
  switch (a) {
    case Analyte::kSerumMProtein:
    case Analyte::kAlbumin:
      return {{{"g/dl", "gm/dl", "gms/dl", "g/100ml", "gm%", "g%"}, 1.0},
              {{"g/l", "gm/l"}, 0.1},
              {{"mg/dl", "mg%"}, 0.001}};
    case Analyte::kHemoglobin:
      return {{{"g/dl", "gm/dl", "gms/dl", "g/100ml", "gm%", "g%"}, 1.0},
              {{"g/l", "gm/l"}, 0.1},
              {{"mg/dl", "mg%"}, 0.001},
              {{"mmol/l"}, kHemoglobinGdlPerMmol}};
    case Analyte::kUrineMProtein:
      return {{{"mg/24h", "mg/24hr", "mg/24hours", "mg/24hour", "mg/(24.h)", "mg/d", "mg/day",
                "mg/24h.", "mg/24hrs", "mg/24hr.", "mg/24std", "mg/d.", "mg/(24h)", "mg/dygn",
                "mg/dobe", "mg/24uur",  // "uur": Dutch for hour
                // Hours and days in other languages: "saat" (tr), "hs"/"horas" (es, pt), "tim"
                // (sv), "vrk" (fi: vuorokausi), "dag" (da, nl, no, sv), "dia" (es, pt).
                "mg/24saat", "mg/24hs", "mg/24horas", "mg/24tim", "mg/vrk", "mg/dag", "mg/dia",
                "mg/døgn"},  // "døgn" (da, no): a day and night
               1.0},
              {{"g/24h",   "g/24hr",  "g/24hours", "g/24hour", "g/(24.h)", "g/d",
                "g/day",   "g/dygn",  "g/dobe",    "g/24uur",  "g/24hrs",  "g/24hr.",
                "g/24h.",  "g/(24h)", "g/24std",   "g/24saat", "g/24hs",   "g/24horas",
                "g/24tim", "g/vrk",   "g/dag",     "g/dia",    "g/døgn"},
               1000.0}};
    case Analyte::kKappaFlc:
    case Analyte::kLambdaFlc:
      return {{{"mg/l", "ug/ml", "µg/ml", "mcg/ml"}, 1.0}, {{"mg/dl"}, 10.0}};
    case Analyte::kBeta2Microglobulin:
      return {{{"mg/l", "ug/ml", "µg/ml", "mcg/ml"}, 1.0}, {{"mg/dl"}, 10.0}, {{"nmol/l"}, 0.0118}};
    // French reports give creatinine and calcium in mg/L too ("Créatinine 10,4 mg/L").
    case Analyte::kCreatinine:
      return {{{"mg/dl"}, 1.0},
              {{"umol/l", "µmol/l", "mcmol/l"}, 1.0 / kCreatinineUmolPerMgDl},
              {{"mg/l"}, 0.1}};
    case Analyte::kCalcium:
      return {{{"mg/dl"}, 1.0}, {{"mmol/l"}, 1.0 / kCalciumMmolPerMgDl}, {{"mg/l"}, 0.1}};
    case Analyte::kLdh:
      return {{{"u/l", "iu/l", "[iu]/l", "units/l", "ui/l"}, 1.0},  // "UI/L": French
              {{"ukat/l", "µkat/l"}, kUnitsPerMicrokatal}};
    case Analyte::kBmPlasmaCells:
      return {{{"%", "percent", "pct"}, 1.0}};
    case Analyte::kPlasmacytomaSpd:
      return {{{"cm2", "cm^2", "cm²", "cm*2"}, 1.0}, {{"mm2", "mm^2", "mm²", "mm*2"}, 0.01}};
    default:
      return {};
  }
}

// Lower case, without spaces, and the Greek small mu ("μg/mL", as Japanese and Korean reports
// type it) as the micro sign ("µg/mL"), which the spellings below use.
std::string Normalize(std::string_view unit) {
  std::string out;
  for (size_t i = 0; i < unit.size(); ++i) {
    const char c = unit[i];
    if (c == ' ') continue;
    if (unit.substr(i, 2) == "\xCE\xBC") {  // U+03BC GREEK SMALL LETTER MU
      out += "\xC2\xB5";                    // U+00B5 MICRO SIGN
      ++i;
      continue;
    }
    out.push_back(AsciiLower(c));
  }
  return out;
}

}  // namespace

std::string AcceptedUnits(Analyte analyte) {
  std::string out;
  for (const UnitRule& r : RulesFor(analyte)) {
    if (!out.empty()) out += ", ";
    out += r.spellings.front();  // the usual spelling of each unit; variants are also accepted
  }
  return out;
}

Result<double> UnitFactor(Analyte analyte, std::string_view unit) {
  const std::vector<UnitRule> rules = RulesFor(analyte);
  if (unit.empty()) {
    return Status::Invalid(fmt::format("{} has no unit", Name(analyte)),
                           fmt::format("give the unit, one of: {}", AcceptedUnits(analyte)));
  }
  const std::string norm = Normalize(unit);
  for (const UnitRule& r : rules) {
    for (std::string_view s : r.spellings) {
      if (s == norm) return r.factor;
    }
  }
  return Status::Invalid(fmt::format("unit '{}' is not a unit for {}", unit, Name(analyte)),
                         fmt::format("use one of: {}", AcceptedUnits(analyte)));
}

}  // namespace oncoguide::records
