// What a table header's title names (rows.h: RowReader::HeaderKind): a date, the test's name,
// its result, unit, range or flag, a previous result, the row's collection date, or a column
// that is not read.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "cell_text.h"
#include "cjk_names.h"
#include "european_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

namespace {

// A date's written format ("dd/mm/yyyy", "DD.MM.YY hh:mm", "mm/dd/yyyy", "yyyy-mm-dd", French
// "jj/mm/aaaa", German "tt.mm.jjjj"): day, month and year letters between separators, perhaps
// with a time.
bool IsDateFormatLabel(std::string_view t) {
  if (t.size() < 8 || t.size() > 22) return false;
  int letters = 0;
  for (char c : t) {
    if (std::string_view("dmyjta").find(c) != std::string_view::npos) {
      ++letters;
    } else if (c != '/' && c != '.' && c != '-' && c != ' ' && c != ':' && c != 'h') {
      return false;
    }
  }
  const std::string_view date = t.substr(0, t.find(' '));
  return letters >= 6 && (date.find("mm") != std::string_view::npos) &&
         std::count_if(date.begin(), date.end(),
                       [](char c) { return c == '/' || c == '.' || c == '-'; }) == 2;
}

// A column title that names the date of a previous result.
bool NamesPreviousDate(const std::string& lower) {
  const std::string t = FoldLatin(lower);
  bool date = false, previous = false;
  for (std::string_view w : {"date", "datum", "fecha", "data", "dato"}) {
    date |= t.find(w) != std::string::npos;
  }
  for (std::string_view w :
       {"previous", "prev", "prior", "last", "vorige", "vorig", "anterieur", "anterior",
        "precedent", "foregaende", "tidigare", "vorbefund", "vorwert", "poprzedni"}) {
    previous |= t.find(w) != std::string::npos;
  }
  // "Fecha ant." (Spanish, abbreviated).
  previous |= t.ends_with(" ant.") || t.ends_with(" ant");
  return date && previous;
}

// Titles of a column holding each row's collection date (a results list with one date per
// row), lower-case with accents folded. Report and result dates are other columns, never a
// collection date.
constexpr std::string_view kRowDateTitles[] = {
    "numune goturulme tarixi",  // az: the sample's taking date
    "numune goturulme",
    "collected",
    "date collected",
    "collection date",
    "collection",
    "date",
    "drawn",
    "date drawn",
    "specimen date",
    "sample date",
    "date taken",  // en-GB: "Date taken | Lab no. | Paraprotein | ..."
    "date sampled",
    "sample taken",
    "collection date/time",
    "date/time collected",
    "entnahme",
    "datum",
    "collect dt",
    "collection dt",
    "collected dt",
    "coll dt",
    "coll date",
    "collect date",
    "specimen dt",
    "sample dt",
    "coll. date",
    "coll. dt",
    "collection date (local)",
    "afname",
    "afnamedatum",
    "afname datum",
    "abnahme",
    "abnahmedatum",
    "entnahmedatum",
    "prelevement",
    "prelev.",     // fr-CH, a flowsheet's short title ("Prélèv. | Hb | ...")
    "preleve le",  // fr, a cumulative table's date column ("Prélevé le | Prot. tot. | Pic")
    "prelev",
    "date de prelevement",
    "date du prelevement",
    "fecha de extraccion",
    "fecha extraccion",
    "f.extrac.",  // es, a printout's short title ("F.EXTRAC. | HORA | HB | CREAT")
    "f.extrac",
    "f. extrac.",
    "f.extraccion",
    "data d'extraccio",  // ca: "Data d'extracció | Núm. petició | Hb | ..."
    "data d\xE2\x80\x99"
    "extraccio",
    "data extraccio",
    "data prelievo",
    "data prel. ora",  // it: a print-out's "DATA PREL. ORA" (date and time of collection)
    "data prel.",
    "data prel",
    "data do prelievo",
    "data da coleta",
    "data pobrania",
    "datum odberu",
    "odber",
    "provtagningsdatum",
    "provtagning",
    "provetagningsdatum",
    "provetagning",
    "numune alma zamani",
    "numune alma tarihi",
    "numune tarihi",
    "numune alim",
    "numune alim tarihi",
    "numune alim zamani",
    "toplama bitis tarihi",
    "naytteenottoaika",
    "nayte otettu",
    "collection end",
    "collection end date",
    "end of collection",
    "collection ended",
    "provetaget",  // da, no: "Prøvetaget | Hæmoglobin;B | ..."
    "provetaget dato",
    "provedato",
    "prove dato",
    "provetatt",
    "provetakingsdato",
    "dato",
    "provetagningstidspunkt",
    "provetagningsdato",
    "fecha",  // es, pt, it: "Fecha | Hb | Leucocitos" (a list with one date per row)
    "fecha de toma",
    "fecha recogida",  // es: a 24-hour urine's ("Fecha recogida | Diuresis | Proteinuria")
    "fecha de recogida",
    "fecha de muestra",
    "fecha toma de muestra",
    "toma de muestra",
    "data",
    "fin de recoleccion",  // es: a 24-hour urine's end of collection
    "mintavetel",          // hu: "Mintavétel ideje" (sampling time)
    "mintavetel ideje",
    "mintavetel datuma",
    "data recoltarii",  // ro
    "recoltare",
    "datum uzorkovanja",  // sr, hr
    "datum vadenja",
    "datum odvzema",   // sl
    "proovivotu aeg",  // et
    "proovi votmise aeg",
    "fin de la recoleccion",
    "fim da colheita",  // pt: a 24-hour urine's end of collection
    "data da colheita",
    "colheita",  // pt: the second line of "Data da" / "colheita"
    "data de colheita",
    // ru, uk ("Дата | Hb, г/л | ..."; "Дата" over "забора"), el; folded.
    "дата",
    "дата забора",
    "дата взятия",
    "дата забора материала",
    "дата взятия материала",
    "дата забору",
    "дата взяття",
    "ημερομηνια",
    "ημερομηνια ληψης",
};

}  // namespace

using internal::IsCountUnit;
using internal::IsMarkedDateCell;
using internal::IsUnitHeader;
using internal::Lower;
using internal::StartsWithAny;

namespace {

// True when a number follows the date in `t`, after at most a colon ("... du 03/06/24 : 174").
bool ResultAfterDate(const std::string& t) {
  // Only a title with a colon can be one (HeaderKind reads every cell: no date search otherwise).
  if (t.find(':') == std::string::npos) return false;
  const std::optional<LabDate> d = FindLabDate(t, DateOrder::kUnknown);
  if (!d || d->begin == 0) return false;
  size_t k = d->end;
  bool colon = false;
  for (; k < t.size() && (t[k] == ' ' || t[k] == ':'); ++k) colon |= t[k] == ':';
  return colon && k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]));
}

}  // namespace

std::optional<RowReader::Col> RowReader::HeaderKind(std::string_view text,
                                                    std::optional<LabDate>* date) const {
  const std::string t = internal::CjkTitlesInEnglish(Lower(text));
  if (t.empty() || t.size() > 60) return std::nullopt;
  if (IsDateCell(t) || IsMarkedDateCell(t)) {
    *date = FindLabDate(t, order_);
    return Col::kDate;
  }
  // The date of the previous result, in a column of its own ("Datum vorige", "Previous date",
  // "Date of last result"): read with the previous value, never as the row's collection date.
  // "Vorwert | vom" (Austrian): the earlier value, then "of" over its date.
  if (NamesPreviousDate(t) || t == "vom") return Col::kPrevious;
  // An earlier result written after its date ("Antériorité du 03/06/24 : 174 umol/L"): a line
  // of its own under its test's row, never a column's title (a scan ran it into the other
  // column's row, and the rows below took the earlier date, silently).
  if (ResultAfterDate(t)) return std::nullopt;
  // "Ant. 22/02/24: 9,4 g/dl" (Spanish "anterior", abbreviated, with the earlier result's date).
  const bool abbreviated = t == "ant." || (t.starts_with("ant. ") && FindLabDate(t, order_));
  if (abbreviated || StartsWithAny(t, {"previous", "prior", "last result", "prev", "earlier result",
                                       "last value", "previous result"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kPrevious;
  }
  if (StartsWithAny(t, {"test", "test name", "analyte", "component", "investigation", "examination",
                        "parameter", "description", "assay", "name", "test description", "tests",
                        "fraction", "analysis", "determination", "item"})) {
    return Col::kName;
  }
  // The collection date of each row (kRowDateTitles).
  const std::string folded = FoldLatin(t);
  for (std::string_view title : kRowDateTitles) {
    if (folded == title) return Col::kRowDate;
  }
  // The date's format under the row-date title ("Collected" / "dd/mm/yyyy hh:mm"): what the
  // column's dates look like, like a unit under a test.
  if (IsDateFormatLabel(folded)) return Col::kUnit;
  // A row number's column ("No", "No.", "#", "Seq"), the sample's kind ("Sample": whole titles
  // only, not "Sample: 02/02/2024", a collection label), a marrow listing's "Cellularity", and the
  // time of day beside a history table's date ("Date | Time | Hb").
  if (t == "no" || t == "no." || t == "#" || t == "seq" || t == "nr" || t == "nr." ||
      t == "sample" || t == "sample type" || t == "cellularity" || t == "time" || t == "tijd" ||
      t == "zeit" || t == "hora" || t == "heure") {
    return Col::kOther;
  }
  // The sample's number ("Nº mostra", "N.º amostra", "Nº muestra", "Lab no.", "Probennr."):
  // never read.
  for (std::string_view w :
       {"no mostra", "nº mostra", "n.º mostra", "no muestra", "nº muestra", "n.º muestra",
        "no amostra", "nº amostra", "n.º amostra", "n. campione", "nº campione", "lab no",
        "lab no.", "sample no", "sample no.", "sample number", "probennr.", "probennummer",
        // The request or accession number ("Accession", "Núm. petició", "Nº petición").
        "accession", "accession no", "accession no.", "accession #", "acc #", "acc. no.",
        "num. peticio", "num. peticion", "no peticion", "nº peticion", "n.º peticion", "nº peticio",
        "peticion", "peticio"}) {
    if (t == w || folded == w) return Col::kOther;
  }
  // A flowsheet's numbered result columns ("Dossier 1 | Dossier 2" over "Date de prélèvement |
  // 08/01/2024 | 06/02/2024"): each is a result column, dated by the line under it.
  for (std::string_view w : {"dossier ", "episode "}) {
    if (folded.size() > w.size() && folded.starts_with(w) &&
        folded.find_first_not_of("0123456789", w.size()) == std::string::npos) {
      return Col::kValue;
    }
  }
  // A result's interpretation beside its value ("Résultat | Interprétation": "Bas", "Élevé"):
  // a flag or a comment, never read.
  // So is a history table's conclusion ("Date du prélèvement | Plasmocytes | Conclusion").
  if (folded == "interpretation" || folded == "interpretacion" || folded == "interpretazione" ||
      folded == "interpretatie" || folded == "conclusion" || folded == "conclusao" ||
      folded == "conclusione" || folded == "obs" || folded == "obs." || folded == "observacoes" ||
      folded == "observaciones" || folded == "observations") {
    return Col::kOther;
  }
  if (StartsWithAny(t, {"resulted",       "reported",
                        "onay zamani",    "onay tarihi",
                        "data referto",   "fecha de validacion",
                        "result date",    "report date",
                        "verified",       "date reported",
                        "date resulted",  "lab",
                        "performing lab", "site",
                        "performed by",   "performed at",
                        "laboratory",     "performing laboratory",
                        "comment",        "comments",
                        "method",         "specimen",
                        "source",         "note",
                        "notes",          "performing site",
                        "location",       "loinc",
                        "code",           "ordering provider",
                        "provider",       "department",
                        "accession",      "accession no",
                        "specimen id",    "order no",
                        "visit",          "encounter",
                        "order dt",       "order date",
                        "report dt",      "result dt",
                        "verified dt",    "abbr",
                        "abbreviation"})) {
    return Col::kOther;
  }
  // A flowsheet's treatment cycle beside each row's date ("Fecha | Ciclo | Hb | ...", rows
  // "05/09/2023 | Diagnóstico | 8,2"): a label, never read.
  if (StartsWithAny(t, {"ciclo", "cycle", "zyklus", "cure"})) {
    return Col::kOther;
  }
  // Separate columns for results inside and outside the reference range.
  if (StartsWithAny(t,
                    {"in range", "out of range", "within range", "outside range", "normal result",
                     "abnormal result", "in range result", "out of range result"})) {
    return Col::kValue;
  }
  if (StartsWithAny(t, {"result", "results", "value", "your value", "your result", "current result",
                        "current", "latest result", "this result", "current value", "latest"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kValue;
  }
  if (StartsWithAny(t, {"flag", "flags", "abnormal", "abn", "h/l", "status", "abnormal flag"})) {
    return Col::kFlag;
  }
  if (StartsWithAny(t, {"units", "unit", "uom"})) return Col::kUnit;
  // SI and conventional units side by side ("RESULT | SI UNIT | ... | RESULT | CONV. UNIT").
  if (t == "si unit" || t == "si units" || t == "conv. unit" || t == "conv unit" ||
      t == "conv. units" || t == "conventional unit" || t == "conventional units") {
    return Col::kUnit;
  }
  if (StartsWithAny(t,
                    {"reference range", "ref range", "reference", "normal range", "standard range",
                     "reference interval", "ref interval", "normal values", "range", "ref. range",
                     "expected range", "normal", "ref", "ref.", "ref. interval", "ref. values",
                     "reference values", "biological reference interval",
                     // Two words OCR read as one ("Refrange").
                     "refrange", "referencerange", "normalrange", "ref.range"})) {
    return Col::kRange;
  }
  if (std::optional<Col> c = EuropeanHeaderKind(t)) {
    // A dated title ("Vorwert 16.04.2024", "Anterior 06/02/2024"): the column's date.
    if (*c == Col::kPrevious || *c == Col::kValue) {
      if (auto d = FindLabDate(t, order_)) *date = d;
    }
    return c;
  }
  // A unit as a column header ("%", "g/dL"): the results in that column are in that unit. Not
  // a ratio's short name that looks like one ("K/L"), nor a test's short name with its unit
  // ("BJ (g/24 h)", blind60's Mende history: its whole header was lost).
  if (IsUnitHeader(t)) {
    const TestName::Match m = MatchTestName(t, specimen_).match;
    if (m != TestName::Match::kIgnored && m != TestName::Match::kExact) return Col::kUnitValue;
  }
  if (IsCountUnit(t)) return Col::kUnitValue;  // "10^3" under "WBC"
  // A short title with its date in parentheses ("Baseline (01/05/2024)", "C3D1 (03/01/2024)"):
  // a result column of that date.
  if (const size_t open = t.find('('); open != std::string::npos && open > 0 && open <= 24 &&
                                       t.back() == ')' && t.find(':') == std::string::npos) {
    if (std::optional<LabDate> d = FindLabDate(std::string_view(t).substr(open), order_)) {
      *date = d;
      return Col::kValue;
    }
  }
  // A bilingual title ("Result/Résultat", "Units / Unités"): its first language; a result's or
  // an earlier result's title also in its second ("Keputusan / Result", "Terdahulu / Previous":
  // Malay then English, a card's labels).
  const size_t slash = t.find('/');
  if (slash != std::string::npos && slash >= 3 && t.size() - slash > 3) {
    if (auto k = HeaderKind(TrimSpaces(std::string_view(t).substr(0, slash)), date)) return k;
    std::optional<LabDate> ignored;
    const std::optional<Col> second =
        t.find('/', slash + 1) == std::string::npos
            ? HeaderKind(TrimSpaces(std::string_view(t).substr(slash + 1)), &ignored)
            : std::nullopt;
    if (second == Col::kValue || second == Col::kPrevious) return second;
  }
  return std::nullopt;
}

// The kind of a column header in another European language (the longest matching word wins:
// "resultado anterior" is the previous result, "resultado" the result).
std::optional<RowReader::Col> RowReader::EuropeanHeaderKind(const std::string& t) {
  const internal::european::HeaderWord* best = nullptr;
  for (const internal::european::HeaderWord& w : internal::european::HeaderWords()) {
    if (StartsWithAny(t, {w.word}) && (best == nullptr || w.word.size() > best->word.size())) {
      best = &w;
    }
  }
  if (best == nullptr) return std::nullopt;
  switch (best->kind) {
    case internal::european::Header::kName:
      return Col::kName;
    case internal::european::Header::kValue:
      return Col::kValue;
    case internal::european::Header::kFlag:
      return Col::kFlag;
    case internal::european::Header::kUnit:
      return Col::kUnit;
    case internal::european::Header::kRange:
      return Col::kRange;
    case internal::european::Header::kPrevious:
      return Col::kPrevious;
    case internal::european::Header::kOther:
      return Col::kOther;
  }
  return std::nullopt;
}

}  // namespace oncoguide::import
