// Test names, tests oncoguide does not use, qualifiers and urine words of continental European
// reports (european_words.h); their date labels and column headers are in european_labels.cc.
#include "european_words.h"

namespace oncoguide::import::internal::european {

using records::Analyte;

namespace {

constexpr TestWord kTestNames[] = {
    // tr (accents folded).
    {"m piki", Analyte::kSerumMProtein},
    {"serbest kappa hafif zincir", Analyte::kKappaFlc},
    {"serbest lambda hafif zincir", Analyte::kLambdaFlc},
    {"kalsiyum", Analyte::kCalcium},
    {"albumin", Analyte::kAlbumin},
    {"beta 2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"laktat dehidrogenaz", Analyte::kLdh},
    {"immunfiksasyon", Analyte::kSerumIfe},
    {"immunfiksasyon elektroforezi", Analyte::kSerumIfe},
    // Serum M-protein.
    {"m gradient", Analyte::kSerumMProtein},              // de
    {"m komponente", Analyte::kSerumMProtein},            // de
    {"paraprotein anteil", Analyte::kSerumMProtein},      // de
    {"monoklonales protein", Analyte::kSerumMProtein},    // de
    {"pic monoclonal", Analyte::kSerumMProtein},          // fr
    {"composant monoclonal", Analyte::kSerumMProtein},    // fr
    {"proteine monoclonale", Analyte::kSerumMProtein},    // fr
    {"pic m", Analyte::kSerumMProtein},                   // fr, es
    {"componente monoclonal", Analyte::kSerumMProtein},   // es, pt
    {"pico monoclonal", Analyte::kSerumMProtein},         // es, pt
    {"pico m", Analyte::kSerumMProtein},                  // es
    {"proteina monoclonal", Analyte::kSerumMProtein},     // es, pt
    {"banda monoclonal", Analyte::kSerumMProtein},        // es
    {"paraproteina", Analyte::kSerumMProtein},            // es, it
    {"componente monoclonale", Analyte::kSerumMProtein},  // it
    {"componente m", Analyte::kSerumMProtein},            // it ("Componente M sierica")
    {"picco monoclonale", Analyte::kSerumMProtein},       // it
    {"proteina monoclonale", Analyte::kSerumMProtein},    // it
    {"m proteine", Analyte::kSerumMProtein},              // nl
    {"paraproteine", Analyte::kSerumMProtein},            // nl, fr
    {"monoclonaal eiwit", Analyte::kSerumMProtein},       // nl
    {"m component", Analyte::kSerumMProtein},             // nl
    {"m piek", Analyte::kSerumMProtein},                  // nl
    // Free light chains.
    {"freie kappa leichtketten", Analyte::kKappaFlc},
    {"kappa leichtketten frei", Analyte::kKappaFlc},
    {"freie leichtketten kappa", Analyte::kKappaFlc},
    {"kappa freie leichtketten", Analyte::kKappaFlc},
    {"freie kappa ketten", Analyte::kKappaFlc},
    {"freie kappa lk", Analyte::kKappaFlc},  // de, "LK" for Leichtketten
    {"chaines legeres libres kappa", Analyte::kKappaFlc},
    {"chaines legeres kappa libres", Analyte::kKappaFlc},
    {"kappa libres", Analyte::kKappaFlc},
    {"kappa libre", Analyte::kKappaFlc},
    {"cadenas ligeras libres kappa", Analyte::kKappaFlc},
    {"cadena ligera kappa libre", Analyte::kKappaFlc},  // es-MX, singular
    {"cadena ligera libre kappa", Analyte::kKappaFlc},
    {"cadenas ligeras kappa libres", Analyte::kKappaFlc},
    {"cadena ligera libre kappa", Analyte::kKappaFlc},
    {"catene leggere libere kappa", Analyte::kKappaFlc},
    {"catene leggere kappa libere", Analyte::kKappaFlc},
    {"kappa libere", Analyte::kKappaFlc},
    {"vrije kappa ketens", Analyte::kKappaFlc},
    {"vrije lichte ketens kappa", Analyte::kKappaFlc},
    {"kappa vrije lichte ketens", Analyte::kKappaFlc},
    {"vrije kappa lichte ketens", Analyte::kKappaFlc},
    {"cadeias leves livres kappa", Analyte::kKappaFlc},
    {"cadeia leve livre kappa", Analyte::kKappaFlc},  // pt, singular
    {"cadeias leves kappa livres", Analyte::kKappaFlc},
    {"kappa livre", Analyte::kKappaFlc},
    {"freie lambda leichtketten", Analyte::kLambdaFlc},
    {"lambda leichtketten frei", Analyte::kLambdaFlc},
    {"freie leichtketten lambda", Analyte::kLambdaFlc},
    {"lambda freie leichtketten", Analyte::kLambdaFlc},
    {"freie lambda ketten", Analyte::kLambdaFlc},
    {"freie lambda lk", Analyte::kLambdaFlc},
    {"chaines legeres libres lambda", Analyte::kLambdaFlc},
    {"chaines legeres lambda libres", Analyte::kLambdaFlc},
    {"lambda libres", Analyte::kLambdaFlc},
    {"lambda libre", Analyte::kLambdaFlc},
    {"cadenas ligeras libres lambda", Analyte::kLambdaFlc},
    {"cadena ligera lambda libre", Analyte::kLambdaFlc},
    {"cadena ligera libre lambda", Analyte::kLambdaFlc},
    {"cadenas ligeras lambda libres", Analyte::kLambdaFlc},
    {"cadena ligera libre lambda", Analyte::kLambdaFlc},
    {"catene leggere libere lambda", Analyte::kLambdaFlc},
    {"catene leggere lambda libere", Analyte::kLambdaFlc},
    {"lambda libere", Analyte::kLambdaFlc},
    {"vrije lambda ketens", Analyte::kLambdaFlc},
    {"vrije lichte ketens lambda", Analyte::kLambdaFlc},
    {"lambda vrije lichte ketens", Analyte::kLambdaFlc},
    {"vrije lambda lichte ketens", Analyte::kLambdaFlc},
    {"cadeias leves livres lambda", Analyte::kLambdaFlc},
    {"cadeia leve livre lambda", Analyte::kLambdaFlc},
    {"cadeias leves lambda livres", Analyte::kLambdaFlc},
    {"lambda livre", Analyte::kLambdaFlc},
    // Immunofixation (the typing of the monoclonal protein).
    {"immunfixation", Analyte::kSerumIfe},
    {"immunfixationselektrophorese", Analyte::kSerumIfe},
    {"immunotypage", Analyte::kSerumIfe},
    {"inmunofijacion", Analyte::kSerumIfe},
    {"immunofissazione", Analyte::kSerumIfe},
    {"immunofixatie", Analyte::kSerumIfe},
    {"type m proteine", Analyte::kSerumIfe},
    {"imunofixacao", Analyte::kSerumIfe},
    // Bone marrow plasma cells.
    {"plasmazellen", Analyte::kBmPlasmaCells},
    {"plasmocytes", Analyte::kBmPlasmaCells},
    {"celulas plasmaticas", Analyte::kBmPlasmaCells},
    {"plasmacellule", Analyte::kBmPlasmaCells},
    {"plasmacellen", Analyte::kBmPlasmaCells},
    // Other tests.
    {"\xCE\xB2"
     "2 mikroglobulin",
     Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 microglobuline",
     Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 microglobulina",
     Analyte::kBeta2Microglobulin},
    {"beta 2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"beta2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"beta 2 microglobuline", Analyte::kBeta2Microglobulin},
    {"beta2 microglobuline", Analyte::kBeta2Microglobulin},
    {"beta 2 microglobulina", Analyte::kBeta2Microglobulin},
    {"beta2 microglobulina", Analyte::kBeta2Microglobulin},
    {"albumine", Analyte::kAlbumin},
    {"albumina", Analyte::kAlbumin},
    {"laktatdehydrogenase", Analyte::kLdh},
    {"lactate deshydrogenase", Analyte::kLdh},
    {"lacticodeshydrogenase", Analyte::kLdh},
    {"lactato deshidrogenasa", Analyte::kLdh},
    {"lattato deidrogenasi", Analyte::kLdh},
    {"lactaat dehydrogenase", Analyte::kLdh},
    {"lactaatdehydrogenase", Analyte::kLdh},
    {"desidrogenase lactica", Analyte::kLdh},
    {"desidrogenase latica", Analyte::kLdh},    // pt-BR
    {"deshidrogenasa lactica", Analyte::kLdh},  // es-MX
    {"dhl", Analyte::kLdh},                     // pt-BR
    {"ld", Analyte::kLdh},
    {"kreatinin", Analyte::kCreatinine},
    {"creatinina", Analyte::kCreatinine},
    {"creatininemie", Analyte::kCreatinine},
    {"kreatinine", Analyte::kCreatinine},
    {"kalzium", Analyte::kCalcium},
    {"calcio", Analyte::kCalcium},
    {"calcemie", Analyte::kCalcium},
    {"calcemia", Analyte::kCalcium},
    {"hamoglobin", Analyte::kHemoglobin},
    {"hemoglobine", Analyte::kHemoglobin},
    {"hemoglobina", Analyte::kHemoglobin},
    {"emoglobina", Analyte::kHemoglobin},
    // Polish, Swedish and Czech (folded: "ł" is "l", "ř" is "r").
    {"kreatynina", Analyte::kCreatinine},
    {"wapn calkowity", Analyte::kCalcium},
    {"wapn", Analyte::kCalcium},
    {"vapnik", Analyte::kCalcium},
    {"vapnik celkovy", Analyte::kCalcium},
    {"kalcium", Analyte::kCalcium},
    {"dehydrogenaza mleczanowa", Analyte::kLdh},
    {"laktatdehydrogenaza", Analyte::kLdh},
    {"beta 2 mikroglobulina", Analyte::kBeta2Microglobulin},
    {"beta2 mikroglobulina", Analyte::kBeta2Microglobulin},
    {"bialko monoklonalne", Analyte::kSerumMProtein},
    {"bialko m", Analyte::kSerumMProtein},  // pl
    {"skladnik monoklonalny", Analyte::kSerumMProtein},
    {"m komponent", Analyte::kSerumMProtein},
    {"m komponenta", Analyte::kSerumMProtein},
    {"lancuchy lekkie kappa wolne", Analyte::kKappaFlc},
    {"wolne lancuchy lekkie kappa", Analyte::kKappaFlc},
    {"lancuchy lekkie lambda wolne", Analyte::kLambdaFlc},
    {"wolne lancuchy lekkie lambda", Analyte::kLambdaFlc},
    {"fria latta kedjor kappa", Analyte::kKappaFlc},
    {"fria kappakedjor", Analyte::kKappaFlc},
    {"fria latta kedjor lambda", Analyte::kLambdaFlc},
    {"fria lambdakedjor", Analyte::kLambdaFlc},
    {"volne lehke retezce kappa", Analyte::kKappaFlc},
    {"volne lehke retezce lambda", Analyte::kLambdaFlc},
    {"immunofiksacja", Analyte::kSerumIfe},
    {"imunofixace", Analyte::kSerumIfe},
};

constexpr NotUsedWord kNotUsed[] = {
    {"lokosit", NotUsed::kBloodCount},  // tr
    {"trombosit", NotUsed::kBloodCount},
    {"glukoz", NotUsed::kChemistry},
    {"ure", NotUsed::kChemistry},
    {"sodyum", NotUsed::kChemistry},
    {"potasyum", NotUsed::kChemistry},
    {"alanin aminotransferaz", NotUsed::kChemistry},
    {"leukozyten", NotUsed::kBloodCount},
    {"thrombozyten", NotUsed::kBloodCount},
    {"erythrozyten", NotUsed::kBloodCount},
    {"hamatokrit", NotUsed::kBloodCount},
    {"leucocytes", NotUsed::kBloodCount},
    {"plaquettes", NotUsed::kBloodCount},
    {"hematies", NotUsed::kBloodCount},
    {"hematocrite", NotUsed::kBloodCount},
    {"polynucleaires neutrophiles", NotUsed::kBloodCount},
    {"neutrophiles", NotUsed::kBloodCount},
    {"leucocitos", NotUsed::kBloodCount},
    {"plaquetas", NotUsed::kBloodCount},
    {"eritrocitos", NotUsed::kBloodCount},
    {"hematocrito", NotUsed::kBloodCount},
    {"neutrofilos", NotUsed::kBloodCount},
    {"linfocitos", NotUsed::kBloodCount},
    {"leucociti", NotUsed::kBloodCount},
    {"globuli bianchi", NotUsed::kBloodCount},
    {"globuli rossi", NotUsed::kBloodCount},
    {"piastrine", NotUsed::kBloodCount},
    {"ematocrito", NotUsed::kBloodCount},
    {"neutrofili", NotUsed::kBloodCount},
    {"linfociti", NotUsed::kBloodCount},
    {"leukocyten", NotUsed::kBloodCount},
    {"trombocyten", NotUsed::kBloodCount},
    {"erytrocyten", NotUsed::kBloodCount},
    {"hematocriet", NotUsed::kBloodCount},
    {"leucocitos totais", NotUsed::kBloodCount},
    {"plaquetas totais", NotUsed::kBloodCount},
    {"vcm", NotUsed::kBloodCount},
    {"gesamteiweiss", NotUsed::kChemistry},
    {"gesamtprotein", NotUsed::kChemistry},
    {"natrium", NotUsed::kChemistry},
    {"kalium", NotUsed::kChemistry},
    {"chlorid", NotUsed::kChemistry},
    {"harnstoff", NotUsed::kChemistry},
    {"harnsaure", NotUsed::kChemistry},
    {"glukose", NotUsed::kChemistry},
    {"proteines totales", NotUsed::kChemistry},
    {"protides totaux", NotUsed::kChemistry},
    {"glycemie", NotUsed::kChemistry},
    {"uree", NotUsed::kChemistry},
    {"acide urique", NotUsed::kChemistry},
    {"bilirubine totale", NotUsed::kChemistry},
    {"bilirubine", NotUsed::kChemistry},
    {"phosphatases alcalines", NotUsed::kChemistry},
    {"proteinas totales", NotUsed::kChemistry},
    {"glucosa", NotUsed::kChemistry},
    {"sodio", NotUsed::kChemistry},
    {"potasio", NotUsed::kChemistry},
    {"cloro", NotUsed::kChemistry},
    {"urea", NotUsed::kChemistry},
    {"acido urico", NotUsed::kChemistry},
    {"bilirrubina total", NotUsed::kChemistry},
    {"bilirrubina", NotUsed::kChemistry},
    {"fosfatasa alcalina", NotUsed::kChemistry},
    {"filtrado glomerular", NotUsed::kChemistry},
    {"proteine totali", NotUsed::kChemistry},
    {"glucosio", NotUsed::kChemistry},
    {"glicemia", NotUsed::kChemistry},
    {"potassio", NotUsed::kChemistry},
    {"azotemia", NotUsed::kChemistry},
    {"fosfatasi alcalina", NotUsed::kChemistry},
    {"totaal eiwit", NotUsed::kChemistry},
    {"eiwit totaal", NotUsed::kChemistry},
    {"totaal eiwit serum", NotUsed::kChemistry},
    {"glucose nuchter", NotUsed::kChemistry},
    {"ureum", NotUsed::kChemistry},
    {"urinezuur", NotUsed::kChemistry},
    {"alkalisch fosfatase", NotUsed::kChemistry},
    {"alat", NotUsed::kChemistry},
    {"asat", NotUsed::kChemistry},
    {"gamma gt", NotUsed::kChemistry},
    {"gpt", NotUsed::kChemistry},
    {"got", NotUsed::kChemistry},
    {"pcr", NotUsed::kChemistry},
    {"ferritine", NotUsed::kChemistry},
    {"ferritina", NotUsed::kChemistry},
    {"magnesio", NotUsed::kChemistry},
    {"fosforo", NotUsed::kChemistry},
    {"phosphore", NotUsed::kChemistry},
    {"fosfaat", NotUsed::kChemistry},
    {"colesterol", NotUsed::kChemistry},
    {"proteinas totais", NotUsed::kChemistry},
    {"dfg", NotUsed::kChemistry},
    {"debit de filtration glomerulaire", NotUsed::kChemistry},
    {"immunglobulin g", NotUsed::kImmunoglobulin},
    {"immunglobulin a", NotUsed::kImmunoglobulin},
    {"immunglobulin m", NotUsed::kImmunoglobulin},
    {"immunoglobuline g", NotUsed::kImmunoglobulin},
    {"immunoglobuline a", NotUsed::kImmunoglobulin},
    {"immunoglobuline m", NotUsed::kImmunoglobulin},
    {"inmunoglobulina g", NotUsed::kImmunoglobulin},
    {"inmunoglobulina a", NotUsed::kImmunoglobulin},
    {"inmunoglobulina m", NotUsed::kImmunoglobulin},
    {"immunoglobulina g", NotUsed::kImmunoglobulin},
    {"immunoglobulina a", NotUsed::kImmunoglobulin},
    {"immunoglobulina m", NotUsed::kImmunoglobulin},
    {"imunoglobulina g", NotUsed::kImmunoglobulin},
    {"imunoglobulina a", NotUsed::kImmunoglobulin},
    {"imunoglobulina m", NotUsed::kImmunoglobulin},
    {"alfa 1 globulinas", NotUsed::kFraction},
    {"alfa 2 globulinas", NotUsed::kFraction},
    {"beta globulinas", NotUsed::kFraction},
    {"gamma globulinas", NotUsed::kFraction},
    {"albumina %", NotUsed::kFraction},
    {"alfa 1", NotUsed::kFraction},
    {"alfa 2", NotUsed::kFraction},
    {"alfa 1 globuline", NotUsed::kFraction},
    {"alfa 2 globuline", NotUsed::kFraction},
    {"alpha 1 globulines", NotUsed::kFraction},
    {"alpha 2 globulines", NotUsed::kFraction},
    {"beta globulines", NotUsed::kFraction},
    {"gamma globulines", NotUsed::kFraction},
    {"gammaglobulines", NotUsed::kFraction},
    {"beta globuline", NotUsed::kFraction},
    {"gamma globuline", NotUsed::kFraction},
    {"alfa 1 globuline %", NotUsed::kFraction},
    {"alpha 1 globuline", NotUsed::kFraction},
    {"alpha 2 globuline", NotUsed::kFraction},
    {"gammaglobuline", NotUsed::kFraction},
    {"albumine %", NotUsed::kFraction},
    {"albumin %", NotUsed::kFraction},
    {"leukocyty", NotUsed::kBloodCount},
    {"erytrocyty", NotUsed::kBloodCount},
    {"hematokryt", NotUsed::kBloodCount},
    {"plytki krwi", NotUsed::kBloodCount},
    {"leukocyter", NotUsed::kBloodCount},
    {"trombocyter", NotUsed::kBloodCount},
    {"erytrocyter", NotUsed::kBloodCount},
    {"trombocyty", NotUsed::kBloodCount},
    {"mocznik", NotUsed::kChemistry},
    {"sod", NotUsed::kChemistry},
    {"potas", NotUsed::kChemistry},
    {"bialko calkowite", NotUsed::kChemistry},
    {"glukoza", NotUsed::kChemistry},
    {"kwas moczowy", NotUsed::kChemistry},
    {"urat", NotUsed::kChemistry},
    {"celkova bilkovina", NotUsed::kChemistry},
    {"mocovina", NotUsed::kChemistry},
    {"draslik", NotUsed::kChemistry},
    {"sodik", NotUsed::kChemistry},
    {"albuminy", NotUsed::kFraction},
    {"alfa 1 globuliny", NotUsed::kFraction},
    {"alfa 2 globuliny", NotUsed::kFraction},
    {"beta globuliny", NotUsed::kFraction},
    {"gamma globuliny", NotUsed::kFraction},
    {"alfa 1 globulina", NotUsed::kFraction},  // es, it, pt
    {"alfa 2 globulina", NotUsed::kFraction},
    {"beta globulina", NotUsed::kFraction},
    {"beta 1 globulina", NotUsed::kFraction},
    {"beta 2 globulina", NotUsed::kFraction},
    {"gamma globulina", NotUsed::kFraction},
    {"gamaglobulina", NotUsed::kFraction},
    {"globulinas", NotUsed::kChemistry},
    {"globulina", NotUsed::kChemistry},
    {"nitrogeno ureico", NotUsed::kChemistry},
};

constexpr std::string_view kOtherTestWords[] = {
    "corrige",      "korrigiert",
    "corregido",    "corretto",
    "gecorrigeerd", "ionise",
    "ionisiert",    "ionico",
    "ioonisch",     "clairance",
    "duzeltilmis",  "iyonize",
    "aclaramiento", "zjonizowany",
    "albuminkorr",  "korr",
    "ionizovany",   "albuminkorrigerat",
    "korrigerat",   "korrigert",
    "joniserat",    "albuminkorrigiert",
    "ionizzato",    "ionizado",
    "ionizada",     "ionizzata",
};

constexpr std::string_view kQualifiers[] = {
    "suero", "serum", "siero", "serico", "serica", "serique", "sang", "sangre", "sangue", "en",
    "im", "nel", "no", "dans", "le", "la", "de", "del", "di",
    // "B-" and "P-" (blood, plasma) start Scandinavian test names: "P-Kreatinin".
    "b", "p", "krew", "surowica",
    "w",  // Polish "in" ("Białko M w moczu")
};

constexpr std::string_view kUrineWords[] = {
    "orina",    "urina", "harn",   "urin", "sammelurin", "urinaire", "urinario", "urinaria",
    "urinarie", "24u",   "24 uur", "du",   "mocz",       "moczu",    "moci",
};

}  // namespace

std::span<const TestWord> TestNames() { return kTestNames; }
std::span<const NotUsedWord> NotUsedNames() { return kNotUsed; }
std::span<const std::string_view> OtherTestWords() { return kOtherTestWords; }
std::span<const std::string_view> Qualifiers() { return kQualifiers; }
std::span<const std::string_view> UrineWords() { return kUrineWords; }

}  // namespace oncoguide::import::internal::european
