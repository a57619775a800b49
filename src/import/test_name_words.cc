#include "test_name_words.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "european_words.h"

namespace oncoguide::import::internal::names {

using records::Analyte;

namespace {

// Lab spellings the records synonym table does not have yet (to be moved there when the tables
// are consolidated). Lower case, single spaces, no punctuation.
constexpr ExtraName kExtraNames[] = {
    {"monoclonal peak", Analyte::kSerumMProtein},
    {"para", Analyte::kSerumMProtein},  // a cumulative report's column ("Para" g/L)
    // The type of the M-protein is its immunofixation ("S-M-komponent, typ | IgG-lambda").
    {"m komponent typ", Analyte::kSerumIfe},
    {"m komponente typ", Analyte::kSerumIfe},
    {"m protein type", Analyte::kSerumIfe},
    {"m spike type", Analyte::kSerumIfe},
    {"paraprotein type", Analyte::kSerumIfe},
    {"paraprotein typing", Analyte::kSerumIfe},
    {"monoclonal protein type", Analyte::kSerumIfe},
    {"m protein typing", Analyte::kSerumIfe},
    {"m peak", Analyte::kSerumMProtein},
    {"m band", Analyte::kSerumMProtein},
    {"monoclonal band", Analyte::kSerumMProtein},
    {"paraprotein band", Analyte::kSerumMProtein},
    {"m protein band", Analyte::kSerumMProtein},
    {"monoclonal component", Analyte::kSerumMProtein},
    {"monoclonal paraprotein", Analyte::kSerumMProtein},
    {"paraprotein concentration", Analyte::kSerumMProtein},
    {"paraprotein quantitation", Analyte::kSerumMProtein},
    {"m spike quantitation", Analyte::kSerumMProtein},
    {"m protein quantitation", Analyte::kSerumMProtein},
    {"monoclonal protein quantitation", Analyte::kSerumMProtein},
    {"abnormal protein band", Analyte::kSerumMProtein},
    {"bence jones", Analyte::kUrineMProtein},
    {"bence jones protein quantitation", Analyte::kUrineMProtein},
    {"proteina bence jones", Analyte::kUrineMProtein},     // it, es ("Proteina di Bence Jones")
    {"proteine bence jones", Analyte::kUrineMProtein},     // fr
    {"proteinas bence jones", Analyte::kUrineMProtein},    // es
    {"bence jones proteine", Analyte::kUrineMProtein},     // nl
    {"bence jones eiwit", Analyte::kUrineMProtein},        // nl
    {"bence jones proteinurie", Analyte::kUrineMProtein},  // fr
    {"proteinuria bence jones", Analyte::kUrineMProtein},  // it, es
    {"bjp", Analyte::kUrineMProtein},
    {"bj", Analyte::kUrineMProtein},  // de: a cumulative table's "BJ Urin" (mg/24h)
    // Bence Jones protein looked for by immunofixation ("Urine BJP (IFE)"): its type, or none.
    {"bjp ife", Analyte::kUrineIfe},
    {"bjp immunofixation", Analyte::kUrineIfe},
    {"bence jones ife", Analyte::kUrineIfe},
    {"bence jones immunofixation", Analyte::kUrineIfe},
    {"free kappa lc", Analyte::kKappaFlc},
    {"kappa free lc", Analyte::kKappaFlc},
    {"flc kappa", Analyte::kKappaFlc},
    {"free light chain kappa", Analyte::kKappaFlc},
    {"free light chains kappa", Analyte::kKappaFlc},
    {"kappa light chains free", Analyte::kKappaFlc},
    {"kappa free light chain quant", Analyte::kKappaFlc},
    {"free lambda lc", Analyte::kLambdaFlc},
    {"lambda free lc", Analyte::kLambdaFlc},
    {"flc lambda", Analyte::kLambdaFlc},
    {"free light chain lambda", Analyte::kLambdaFlc},
    {"free light chains lambda", Analyte::kLambdaFlc},
    {"lambda light chains free", Analyte::kLambdaFlc},
    {"lambda free light chain quant", Analyte::kLambdaFlc},
    {"immunofixation electrophoresis", Analyte::kSerumIfe},
    {"immunofixation interpretation", Analyte::kSerumIfe},
    {"immunofixation result", Analyte::kSerumIfe},
    {"ife interpretation", Analyte::kSerumIfe},
    {"ifix", Analyte::kSerumIfe},
    {"immunotyping", Analyte::kSerumIfe},
    {"plasma cells", Analyte::kBmPlasmaCells},
    {"plasma cell", Analyte::kBmPlasmaCells},  // a differential's row ("Plasma cell | 38.6 %")
    {"pc %", Analyte::kBmPlasmaCells},         // a marrow listing's "PC % (asp.)"
    {"pc%", Analyte::kBmPlasmaCells},
    {"plasma cell percentage", Analyte::kBmPlasmaCells},
    {"plasma cell %", Analyte::kBmPlasmaCells},
    {"plasma cells %", Analyte::kBmPlasmaCells},
    {"bone marrow plasma cell %", Analyte::kBmPlasmaCells},
    {"marrow plasma cell percentage", Analyte::kBmPlasmaCells},
    {"plasma cells aspirate differential", Analyte::kBmPlasmaCells},  // "Plasma cells, aspirate
    {"plasma cells aspirate", Analyte::kBmPlasmaCells},               // differential | 2.0 | %"
    // A marrow table's clonality row ("Light chain expression of plasma cells | kappa-restricted").
    {"light chain expression of plasma cells", Analyte::kBmClonality},
    {"plasma cell light chain expression", Analyte::kBmClonality},
    {"light chain restriction", Analyte::kBmClonality},
    {"plasma cell clonality", Analyte::kBmClonality},
    {"clonality", Analyte::kBmClonality},
    {"b2 micro", Analyte::kBeta2Microglobulin},
    {"b2micro", Analyte::kBeta2Microglobulin},  // a printout's title ("B2MICRO")
    {"m pro", Analyte::kSerumMProtein},         // a short column title ("M-pro")
    {"beta 2 micro", Analyte::kBeta2Microglobulin},
    {"beta2 micro", Analyte::kBeta2Microglobulin},
    {"ldh total", Analyte::kLdh},
    {"ld total", Analyte::kLdh},
    // Typing of the monoclonal protein is its immunofixation.
    {"paraprotein typing", Analyte::kSerumIfe},
    // fr: "Typage du composant monoclonal" (its isotype). Not "Typage" alone: under "Immunofixation
    // urinaire" it is the urine's.
    {"typage du composant monoclonal", Analyte::kSerumIfe},
    {"typage composant monoclonal", Analyte::kSerumIfe},
    {"paraprotein type", Analyte::kSerumIfe},
    {"m protein typing", Analyte::kSerumIfe},
    {"immunofixation typing", Analyte::kSerumIfe},
    {"ife type", Analyte::kSerumIfe},  // an isotype column of a cumulative report ("IgG Lambda")
    {"immunofixation type", Analyte::kSerumIfe},
    {"monoclonal spike", Analyte::kSerumMProtein},
    {"m spike protein", Analyte::kSerumMProtein},
    {"\xCE\xB2"
     "2 microglobulin",
     Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2m",
     Analyte::kBeta2Microglobulin},
    // Cut to a column's width ("Beta-2 microglob", an Australian cumulative report).
    {"beta 2 microglob", Analyte::kBeta2Microglobulin},
    {"beta2 microglob", Analyte::kBeta2Microglobulin},
    {"b2 microglob", Analyte::kBeta2Microglobulin},
    // Shorter still ("β2-microgl.", a Tarragona flowsheet's title).
    {"\xCE\xB2"
     "2 microgl",
     Analyte::kBeta2Microglobulin},
    {"beta2 microgl", Analyte::kBeta2Microglobulin},
    {"beta 2 microgl", Analyte::kBeta2Microglobulin},
    {"b2 microgl", Analyte::kBeta2Microglobulin},
    // And "β2-micr." (a Huesca history's title).
    {"\xCE\xB2"
     "2 micr",
     Analyte::kBeta2Microglobulin},
    {"beta2 micr", Analyte::kBeta2Microglobulin},
    {"b2 micr", Analyte::kBeta2Microglobulin},
    // Column titles of a Japanese time-series view ("Cre", "β2MG", "M-prot").
    {"cre", Analyte::kCreatinine},
    {"cr", Analyte::kCreatinine},  // a Korean cumulative report's column title
    {"\xCE\xB2"
     "2mg",
     Analyte::kBeta2Microglobulin},
    {"b2mg", Analyte::kBeta2Microglobulin},
    // Column titles of a Korean cumulative inquiry ("B2-MG", "FLC-K", "FLC-L").
    {"b2 mg", Analyte::kBeta2Microglobulin},
    {"flc k", Analyte::kKappaFlc},
    {"flc l", Analyte::kLambdaFlc},
    {"k flc", Analyte::kKappaFlc},  // a Bhutanese monospace flowsheet's "K-FLC | L-FLC"
    {"l flc", Analyte::kLambdaFlc},
    {"fkappa", Analyte::kKappaFlc},  // an Australian cumulative report's "FKappa | FLambda"
    {"flambda", Analyte::kLambdaFlc},
    {"paraprot", Analyte::kSerumMProtein},
    {"free k", Analyte::kKappaFlc},  // a Canadian cumulative summary's "Free K | Free L"
    {"free l", Analyte::kLambdaFlc},
    {"m prot", Analyte::kSerumMProtein},
    // Column titles of a Kuwaiti cumulative report ("CREA", "M-SPK"), as a Roche LIS prints them.
    {"crea", Analyte::kCreatinine},
    {"m spk", Analyte::kSerumMProtein},
    // Continental European spellings: european_words.h.
};

}  // namespace

std::span<const ExtraName> ExtraNames() { return kExtraNames; }

// Words that qualify a test without changing what it is.
const std::unordered_set<std::string_view>& Qualifiers() {
  static const std::unordered_set<std::string_view> q = {
      "serum",  "s",        "plasma", "blood",         "quantitative", "quant", "level",
      "result", "test",     "conc",   "concentration", "spep",         "upep",  "total",
      "value",  "measured", "of",     "the",           "in",           "sr",    "ser",
      "qn",     "ig",       "ep"};
  static const std::unordered_set<std::string_view> all = [] {
    std::unordered_set<std::string_view> out = q;
    for (std::string_view w : european::Qualifiers()) out.insert(w);
    return out;
  }();
  return all;
}

bool IsUrineWord(std::string_view w) {
  const auto& e = european::UrineWords();
  return w == "urine" || w == "urinary" || w == "24h" || w == "24hr" || w == "timed" ||
         w == "24hour" || w == "u" || w == "ur" || std::find(e.begin(), e.end(), w) != e.end();
}

// Tests oncoguide does not use, as core token strings (qualifiers removed except "total").
const std::unordered_map<std::string_view, std::string_view>& IgnoredNames() {
  static const std::unordered_map<std::string_view, std::string_view> m = [] {
    std::unordered_map<std::string_view, std::string_view> out;
    const std::string_view cbc = "blood count (not used by oncoguide)";
    for (std::string_view n : {"wbc",
                               "white blood cells",
                               "white blood cell count",
                               "white cell count",
                               "wcc",
                               "rbc",
                               "red blood cells",
                               "red cell count",
                               "red blood cell count",
                               "platelets",
                               "platelet count",
                               "plt",
                               "hematocrit",
                               "haematocrit",
                               "hct",
                               "mcv",
                               "mch",
                               "mchc",
                               "rdw",
                               "neutrophils",
                               "lymphocytes",
                               "monocytes",
                               "eosinophils",
                               "basophils",
                               "anc",
                               "absolute neutrophil count",
                               "mpv",
                               "reticulocytes",
                               "lymphs",
                               "lymphocyte",
                               "eos",
                               "basos",
                               "monos",
                               "neuts",
                               "neutrophil",
                               "eosinophil",
                               "basophil",
                               "monocyte",
                               "white cell count",
                               "immature granulocytes",
                               "nrbc",
                               "rcc",  // red cell count (Australian reports)
                               "lymph",
                               "neut",
                               "mono",
                               "eos",
                               "baso"}) {
      out.emplace(n, cbc);
    }
    const std::string_view chem = "chemistry test not used by oncoguide";
    for (std::string_view n : {"sodium",
                               "potassium",
                               "chloride",
                               "bicarbonate",
                               "co2",
                               "glucose",
                               "urea",
                               "bun",
                               "urea nitrogen",
                               "blood urea nitrogen",
                               "alt",
                               "ast",
                               "alp",
                               "alkaline phosphatase",
                               "bilirubin",
                               "total bilirubin",
                               "bilirubin total",
                               "total protein",
                               "tot prot",
                               "protein total",
                               "protein",
                               "prot",  // "24h U prot", a trial listing's total urine protein
                               "total prot",
                               "t prot",
                               "tp",  // total protein, a Japanese cumulative report's title
                               "glob",
                               "globulin",
                               "globulins",
                               "uric acid",
                               "magnesium",
                               "phosphate",
                               "phosphorus",
                               "crp",
                               "c reactive protein",
                               "esr",
                               "ggt",
                               "egfr",
                               "gfr",
                               "cholesterol",
                               "triglycerides",
                               "iron",
                               "ferritin",
                               "tsh",
                               "vitamin b12",
                               "folate",
                               "ck",
                               "troponin",
                               "carbon dioxide",
                               "urate",
                               "anion gap",
                               "osmolality",
                               "lipase",
                               "amylase",
                               "glucose fasting"}) {
      out.emplace(n, chem);
    }
    const std::string_view ig = "immunoglobulin level (not the M-protein)";
    for (std::string_view n :
         {"igg", "iga", "igm", "igd", "ige", "immunoglobulin g", "immunoglobulin a",
          "immunoglobulin m", "immunoglobulins", "total igg", "total iga", "total igm"}) {
      out.emplace(n, ig);
    }
    const std::string_view marrow = "marrow finding oncoguide does not import";
    for (std::string_view n :
         {"mrd", "flow mrd", "mrd ngf", "flow / mrd", "mrd flow", "mrd status"}) {
      out.emplace(n, marrow);
    }
    const std::string_view spep = "electrophoresis fraction (not the M-protein)";
    for (std::string_view n :
         {"alpha 1", "alpha 2", "alpha 1 globulin", "alpha 2 globulin", "beta", "beta globulin",
          "beta 1", "beta 2", "beta 1 globulin", "beta 2 globulin", "gamma", "gamma globulin",
          "albumin fraction", "a/g ratio"}) {
      out.emplace(n, spep);
    }
    for (const european::NotUsedWord& w : european::NotUsedNames()) {
      switch (w.kind) {
        case european::NotUsed::kBloodCount:
          out.emplace(w.name, cbc);
          break;
        case european::NotUsed::kChemistry:
          out.emplace(w.name, chem);
          break;
        case european::NotUsed::kImmunoglobulin:
          out.emplace(w.name, ig);
          break;
        case european::NotUsed::kFraction:
          out.emplace(w.name, spep);
          break;
        case european::NotUsed::kOtherTest:
          out.emplace(w.name, "a different test from the one oncoguide uses");
          break;
      }
    }
    const std::string_view urine = "urine collection detail (not used by oncoguide)";
    for (std::string_view n :
         {"volume", "total volume", "urine volume", "collection duration", "collection time",
          "hours collected", "duration", "idrar hacmi", "diuresis", "diuresi", "volumen urinario",
          "volume urinaire", "harnvolumen", "urinvolumen", "urinvolym"}) {
      out.emplace(n, urine);
    }
    return out;
  }();
  return m;
}

// A light chain's letter run into "FLC": Latin, Greek ("\xCE\xBA" is κ, "\xCE\xBB" λ), or λ read
// by OCR as "A".
constexpr std::string_view kLetterFlc[] = {"kflc", "lflc", "aflc",
                                           "\xCE\xBA"
                                           "flc",
                                           "\xCE\xBB"
                                           "flc",
                                           // zh LIS abbreviations "FκLC", "FλLC" (free κ/λ LC)
                                           "f\xCE\xBA"
                                           "lc",
                                           "f\xCE\xBB"
                                           "lc",
                                           // de-AT "fκLK", "fλLK" (freie κ/λ Leichtketten)
                                           "f\xCE\xBA"
                                           "lk",
                                           "f\xCE\xBB"
                                           "lk"};

// "24 hr" / "24 hour" read as one urine word; "Lt" as "light", "sflc" as "flc".
// `ocr_guess` is set when a letter was read as the Greek one OCR mistakes it for.
std::vector<std::string> NormalizeWords(const std::vector<std::string>& tokens, bool* ocr_guess) {
  std::vector<std::string> t;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == "24" && i + 1 < tokens.size() &&
        (tokens[i + 1] == "hr" || tokens[i + 1] == "hour" || tokens[i + 1] == "h" ||
         tokens[i + 1] == "hrs")) {
      t.push_back("24h");
      ++i;
    } else if (tokens[i] == "lt") {
      t.push_back("light");  // "Free Kappa Lt Chains"
    } else if (tokens[i] == "sflc") {
      t.push_back("flc");  // serum free light chain
    } else if (std::find(std::begin(kLetterFlc), std::end(kLetterFlc), tokens[i]) !=
               std::end(kLetterFlc)) {
      // "kFLC | lFLC" (a letter for each chain), "κFLC"; "κ FLC" / "λ FLC" read by OCR with the
      // space lost, λ as "A" (a guess: loose).
      const bool kappa = tokens[i][0] == 'k' || tokens[i].starts_with("\xCE\xBA") ||
                         tokens[i].starts_with("f\xCE\xBA");
      t.push_back(kappa ? "kappa" : "lambda");
      t.push_back("flc");
      *ocr_guess |= tokens[i][0] == 'a';
    } else {
      // Greek letters for the light chains ("κ FLC", "κ/λ ratio"), not inside a Greek word
      // ("Κρεατινίνη", folded "κρεατινινη"); a guillemet OCR made of the κ's arm ("«K FLC").
      std::string w = tokens[i];
      if (w.size() > 2 && (w.starts_with("\xC2\xAB") || w.starts_with("\xC2\xBB"))) w.erase(0, 2);
      const auto greek_at = [&](size_t at) {
        return at < w.size() && (static_cast<unsigned char>(w[at]) == 0xCE ||
                                 static_cast<unsigned char>(w[at]) == 0xCF);
      };
      for (auto [greek, latin] :
           {std::pair<std::string_view, std::string_view>{"\xCE\xBA", "kappa"},
            {"\xCE\xBB", "lambda"}}) {
        for (size_t at = w.find(greek); at != std::string::npos; at = w.find(greek, at + 1)) {
          if ((at >= 2 && greek_at(at - 2)) || greek_at(at + 2)) continue;
          w.replace(at, greek.size(), latin);
        }
      }
      // ru ("Соотн. к/л" is a ratio), el folded ("Ελεύθερες αλυσίδες κάππα")
      // sr, bg: "капа", "ламбда"; et, hr, sl: "kapa".
      if (w == "каппа" || w == "капа" || w == "kapa" || w == "к" || w == "καππα") w = "kappa";
      if (w == "лямбда" || w == "ламбда" || w == "л" || w == "λαμδα" || w == "λαμβδα") w = "lambda";
      // A capital I OCR read as the digit 1 before a short title's letters ("1FE" for "IFE").
      if (w.size() >= 3 && w.size() <= 5 && w[0] == '1' &&
          std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        w[0] = 'i';
        *ocr_guess = true;
      }
      // A Greek letter OCR read as a Latin one ("FLC-A", "K/A"): the match is then loose.
      const std::string_view read = OcrLetterWord(w, t.empty() ? "" : std::string_view(t.back()),
                                                  i + 1 < tokens.size() ? tokens[i + 1] : "");
      if (!read.empty()) {
        w = std::string(read);
        *ocr_guess = true;
      }
      t.push_back(std::move(w));
    }
  }
  return t;
}

}  // namespace oncoguide::import::internal::names
