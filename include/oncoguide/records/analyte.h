// The catalogue of tests (analytes) oncoguide understands.
//
// Each analyte has a canonical name (used in CSV files and in output), a kind (quantity, coded
// result, count or text), the canonical unit every quantity is converted to, the LOINC codes that
// identify it in FHIR records, and lay synonyms ("M-spike", "paraprotein", ...). Test names and
// synonyms are matched case-insensitively after folding runs of spaces, '-' and '_' to one space.
#ifndef ONCOGUIDE_RECORDS_ANALYTE_H_
#define ONCOGUIDE_RECORDS_ANALYTE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace oncoguide::records {

enum class Analyte : std::uint8_t {
  kTherapyStart,        // text: regimen name; starts a new line of therapy
  kSerumMProtein,       // g/dL
  kUrineMProtein,       // mg/24h
  kKappaFlc,            // mg/L
  kLambdaFlc,           // mg/L
  kSerumIfe,            // coded: positive / negative
  kUrineIfe,            // coded: positive / negative
  kBmPlasmaCells,       // %
  kBmClonality,         // coded: present / absent
  kPlasmacytomaSpd,     // cm2
  kNewLesion,           // coded: yes / no
  kMrdNgf,              // coded: negative / positive (+ sensitivity)
  kMrdNgs,              // coded: negative / positive (+ sensitivity)
  kPetCt,               // coded: negative / positive
  kBeta2Microglobulin,  // mg/L
  kAlbumin,             // g/dL
  kLdh,                 // U/L
  kCreatinine,          // mg/dL
  kCalcium,             // mg/dL
  kHemoglobin,          // g/dL
  kFish,                // text: one abnormality (see fish.h)
  kTp53Mutation,        // coded: present / absent
  kLyticLesions,        // count
  kMriFocalLesions,     // count
  kTherapyPhase,        // text: a phase of the current line (induction, transplant,
                        // consolidation, maintenance, or free text); never starts a new line
  kIsotype,             // text: the M-protein's isotype as the lab wrote it ("IgG kappa")
};
inline constexpr int kAnalyteCount = static_cast<int>(Analyte::kIsotype) + 1;

enum class ValueKind : std::uint8_t {
  kQuantity,  // a number with a unit, converted to the canonical unit
  kCoded,     // a two-valued result: positive/negative, yes/no, present/absent
  kCount,     // a whole number, no unit needed
  kText,      // free text (regimen, FISH abnormality)
};

struct AnalyteInfo {
  Analyte analyte;
  std::string_view name;   // canonical name, e.g. "serum_m_protein"
  std::string_view label;  // human label, e.g. "serum M-protein"
  ValueKind kind;
  std::string_view unit;           // canonical unit ("" when none)
  std::string_view positive_word;  // coded: the word for value 1 ("positive", "yes", "present")
  std::string_view negative_word;  // coded: the word for value 0
};

const AnalyteInfo& Info(Analyte a);
inline std::string_view Name(Analyte a) { return Info(a).name; }
inline std::string_view Label(Analyte a) { return Info(a).label; }

// Looks a test name up by canonical name or synonym (case-insensitive). nullopt if unknown.
std::optional<Analyte> AnalyteFromName(std::string_view name);

// Looks an analyte up by LOINC code ("33358-3"). nullopt if the code is not one we use.
std::optional<Analyte> AnalyteFromLoinc(std::string_view code);

// The LOINC code we emit for an analyte ("" when no settled code exists).
std::string_view PrimaryLoinc(Analyte a);

// All synonyms of an analyte, for documentation (README) and tests.
std::span<const std::string_view> Synonyms(Analyte a);

// The measures of the disease itself that response criteria follow: serum and urine M-protein,
// the free light chains, immunofixation and marrow plasma cells.
bool IsDiseaseMeasure(Analyte a);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_ANALYTE_H_
