// Test names, qualifiers and urine words of continental European reports (european_words.h);
// the tests oncoguide does not use are in european_not_used.cc, date labels and column headers
// in european_labels.cc.
#include "european_words.h"

#include <iterator>
#include <vector>

namespace oncoguide::import::internal::european {

using records::Analyte;

namespace {

constexpr TestWord kTestNames[] = {
    // fi: laboratory short names after the specimen ("P -Krea", "S -KapVa": free kappa, "S -IF":
    // immunofixation, "P -B2Mikr"), and the marrow's "Plasmasolut".
    {"krea", Analyte::kCreatinine},
    {"alb", Analyte::kAlbumin},
    {"m komp", Analyte::kSerumMProtein},
    {"kapva", Analyte::kKappaFlc},
    {"lamva", Analyte::kLambdaFlc},
    {"b2mikr", Analyte::kBeta2Microglobulin},
    {"if", Analyte::kSerumIfe},
    {"plasmasolut", Analyte::kBmPlasmaCells},
    // tr (accents folded).
    {"m piki", Analyte::kSerumMProtein},
    {"serbest kappa hafif zincir", Analyte::kKappaFlc},
    {"serbest lambda hafif zincir", Analyte::kLambdaFlc},
    // A cumulative report's short titles ("Serb. Kappa | Serb. Lambda", "β2-Mikroglob.").
    {"serbest kappa", Analyte::kKappaFlc},
    {"serbest lambda", Analyte::kLambdaFlc},
    {"serb kappa", Analyte::kKappaFlc},
    {"serb lambda", Analyte::kLambdaFlc},
    {"b2 mikroglob", Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 mikroglob",
     Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 microglob",  // es, fr, it, pt: "β2-micro-" / "glob. (mg/L)" over two lines
     Analyte::kBeta2Microglobulin},
    {"kalsiyum", Analyte::kCalcium},
    {"albumin", Analyte::kAlbumin},
    {"beta 2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"laktat dehidrogenaz", Analyte::kLdh},
    {"immunfiksasyon", Analyte::kSerumIfe},
    {"immunfiksasyon elektroforezi", Analyte::kSerumIfe},
    // Serum M-protein.
    {"m gradient", Analyte::kSerumMProtein},              // de
    {"m grad", Analyte::kSerumMProtein},                  // de, shortened ("M-Grad.")
    {"m komponente", Analyte::kSerumMProtein},            // de
    {"paraprotein anteil", Analyte::kSerumMProtein},      // de
    {"monoklonales protein", Analyte::kSerumMProtein},    // de
    {"pic monoclonal", Analyte::kSerumMProtein},          // fr
    {"composant monoclonal", Analyte::kSerumMProtein},    // fr
    {"composante monoclonale", Analyte::kSerumMProtein},  // fr-CH
    {"composante monocl", Analyte::kSerumMProtein},       // fr-CH, "Composante monocl. (BJ)"
    {"composant monocl", Analyte::kSerumMProtein},        // fr, shortened
    {"proteine monoclonale", Analyte::kSerumMProtein},    // fr
    {"pic m", Analyte::kSerumMProtein},                   // fr, es
    {"pic", Analyte::kSerumMProtein},  // fr-CH, a flowsheet's "Pic" (the M-protein's peak, g/L)
    {"pic mono", Analyte::kSerumMProtein},                // fr, a flowsheet's "Pic mono." g/L
    {"electrophorese pic", Analyte::kSerumMProtein},      // fr: "Électrophorèse : pic | g/L"
    {"componente monoclonal", Analyte::kSerumMProtein},   // es, pt
    {"comp monoclonal", Analyte::kSerumMProtein},         // es-UY, "Comp. monoclonal (g/24 h)"
    {"pico monoclonal", Analyte::kSerumMProtein},         // es, pt
    {"pico m", Analyte::kSerumMProtein},                  // es
    {"proteina monoclonal", Analyte::kSerumMProtein},     // es, pt
    {"banda monoclonal", Analyte::kSerumMProtein},        // es
    {"paraproteina", Analyte::kSerumMProtein},            // es, it
    {"componente monoclonale", Analyte::kSerumMProtein},  // it
    {"comp monocl", Analyte::kSerumMProtein},             // it, a column title's abbreviation
    {"componente m", Analyte::kSerumMProtein},            // it ("Componente M sierica")
    {"comp m", Analyte::kSerumMProtein},  // es-BO, a flowsheet's short title ("Comp. M | g/dL")
    // it, es: "CM" (componente monoclonale / monoclonal) with its specimen, as a history
    // table's titles ("Data prelievo | CM siero | ... | CM urine"); alone, "cm" is a length.
    {"cm siero", Analyte::kSerumMProtein},
    {"cm sierico", Analyte::kSerumMProtein},
    {"cm sierica", Analyte::kSerumMProtein},
    {"cm suero", Analyte::kSerumMProtein},
    {"cm serico", Analyte::kSerumMProtein},
    {"cm en suero", Analyte::kSerumMProtein},
    {"cm urine", Analyte::kUrineMProtein},
    // es: Bence Jones protein of the urine, abbreviated ("BJ ORINA g/24h").
    {"bj orina", Analyte::kUrineMProtein},
    {"bj en orina", Analyte::kUrineMProtein},
    {"bj urine", Analyte::kUrineMProtein},  // it: "BJ urine g/24h"
    {"bj urinaria", Analyte::kUrineMProtein},
    {"cm urinaria", Analyte::kUrineMProtein},
    {"cm urinario", Analyte::kUrineMProtein},
    {"cm orina", Analyte::kUrineMProtein},
    {"cm en orina", Analyte::kUrineMProtein},
    {"picco monoclonale", Analyte::kSerumMProtein},     // it
    {"proteina monoclonale", Analyte::kSerumMProtein},  // it
    {"m proteine", Analyte::kSerumMProtein},            // nl
    {"paraproteine", Analyte::kSerumMProtein},          // nl, fr
    {"monoclonaal eiwit", Analyte::kSerumMProtein},     // nl
    {"m component", Analyte::kSerumMProtein},           // nl
    {"m piek", Analyte::kSerumMProtein},                // nl
    // Free light chains.
    {"freie kappa leichtketten", Analyte::kKappaFlc},
    {"kappa leichtketten frei", Analyte::kKappaFlc},
    {"freie leichtketten kappa", Analyte::kKappaFlc},
    {"kappa freie leichtketten", Analyte::kKappaFlc},
    {"freie kappa ketten", Analyte::kKappaFlc},
    {"freie kappa lk", Analyte::kKappaFlc},  // de, "LK" for Leichtketten
    {"freie lk kappa", Analyte::kKappaFlc},  // de-AT, "freie LK Kappa"
    {"freie lk lambda", Analyte::kLambdaFlc},
    {"freie kappa", Analyte::kKappaFlc},  // de, a history table's short titles
    {"fr kappa", Analyte::kKappaFlc},     // "fr. Kappa"
    {"kappa frei", Analyte::kKappaFlc},
    {"flk kappa", Analyte::kKappaFlc},  // de-AT: "fLK Kappa" (freie Leichtketten)
    {"flk lambda", Analyte::kLambdaFlc},
    {"kappa fr", Analyte::kKappaFlc},  // de, a cumulative print's short titles ("kappa fr.")
    {"lambda fr", Analyte::kLambdaFlc},
    {"chaines legeres libres kappa", Analyte::kKappaFlc},
    {"cll kappa", Analyte::kKappaFlc},  // fr-CH history title ("CLL kappa | CLL lambda")
    {"cll lambda", Analyte::kLambdaFlc},
    {"chaines legeres kappa libres", Analyte::kKappaFlc},
    {"chaines kappa libres", Analyte::kKappaFlc},  // fr-BF: "Chaînes kappa libres"
    {"chaine kappa libre", Analyte::kKappaFlc},
    // es, pt, it: the chain named before "free" ("Cadena kappa libre | 14,2 mg/L").
    {"cadena kappa libre", Analyte::kKappaFlc},
    {"cadena lambda libre", Analyte::kLambdaFlc},
    {"cadenas kappa libres", Analyte::kKappaFlc},
    {"cadenas lambda libres", Analyte::kLambdaFlc},
    {"cadeia kappa livre", Analyte::kKappaFlc},
    {"cadeia lambda livre", Analyte::kLambdaFlc},
    {"cadeias kappa livres", Analyte::kKappaFlc},
    {"cadeias lambda livres", Analyte::kLambdaFlc},
    {"catena kappa libera", Analyte::kKappaFlc},
    {"catena lambda libera", Analyte::kLambdaFlc},
    {"catene kappa libere", Analyte::kKappaFlc},
    {"catene lambda libere", Analyte::kLambdaFlc},
    // fr-CA: "Chaînes légères kappa" in mg/L, the free chains (a total light chain is in g/L,
    // which is not a free light chain's unit: never read as one).
    {"chaines legeres kappa", Analyte::kKappaFlc},
    {"kappa libres", Analyte::kKappaFlc},
    {"kappa lib", Analyte::kKappaFlc},  // es, a printout's short title ("KAPPA LIB")
    {"lambda lib", Analyte::kLambdaFlc},
    // es-BO, a flowsheet's "Kappa L | Lambda L" in mg/L, its key "Cadenas ligeras libres (Kappa L
    // / Lambda L)" (a total light chain's g/L is never read as a free one's).
    {"kappa l", Analyte::kKappaFlc},
    {"lambda l", Analyte::kLambdaFlc},
    {"k lib", Analyte::kKappaFlc},  // it, a printout's narrow column ("K LIB | L LIB")
    {"l lib", Analyte::kLambdaFlc},
    {"kappa libre", Analyte::kKappaFlc},
    {"cadenas ligeras libres kappa", Analyte::kKappaFlc},
    {"cadeas lixeiras libres kappa", Analyte::kKappaFlc},  // gl
    {"cadeas lixeiras libres lambda", Analyte::kLambdaFlc},
    {"lactato deshidroxenase", Analyte::kLdh},
    // fr: the immunofixation's finding, named as what it found ("Immunofixation des protéines
    // sériques" / "Immunoglobuline monoclonale | IgG kappa").
    {"immunoglobuline monoclonale", Analyte::kSerumIfe},
    {"inmunofixacion", Analyte::kSerumIfe},
    {"inmunofixacion en soro", Analyte::kSerumIfe},
    {"cadena ligera kappa libre", Analyte::kKappaFlc},  // es-MX, singular
    {"cadena ligera libre kappa", Analyte::kKappaFlc},
    {"cadenas livianas libres kappa", Analyte::kKappaFlc},  // es-AR
    {"cadena liviana libre kappa", Analyte::kKappaFlc},
    {"cadenas livianas kappa libres", Analyte::kKappaFlc},
    {"cadenas ligeras kappa libres", Analyte::kKappaFlc},
    {"cadena ligera libre kappa", Analyte::kKappaFlc},
    {"catene leggere libere kappa", Analyte::kKappaFlc},
    {"catene leggere libere k", Analyte::kKappaFlc},  // it, "Catene leggere libere K | L"
    {"catene leggere libere l", Analyte::kLambdaFlc},
    // it-CH, "libere" cut short: "Catene leggere lib. κ | λ" on a clinic letter's table.
    {"catene leggere lib kappa", Analyte::kKappaFlc},
    {"catene leggere lib lambda", Analyte::kLambdaFlc},
    {"catene leggere kappa libere", Analyte::kKappaFlc},
    {"kappa libere", Analyte::kKappaFlc},
    {"vrije kappa ketens", Analyte::kKappaFlc},
    {"vrije lichte ketens kappa", Analyte::kKappaFlc},
    {"kappa vrije lichte ketens", Analyte::kKappaFlc},
    {"vrije kappa lichte ketens", Analyte::kKappaFlc},
    {"vrije kappa lichte keten", Analyte::kKappaFlc},  // singular ("Vrije kappa lichte keten")
    {"vrije lichte keten kappa", Analyte::kKappaFlc},
    {"cadeias leves livres kappa", Analyte::kKappaFlc},
    {"cad leves livres kappa", Analyte::kKappaFlc},  // pt, a LIS's "CAD.LEVES LIVRES KAPPA"
    {"cad.leves livres kappa", Analyte::kKappaFlc},
    {"cadeia leve livre kappa", Analyte::kKappaFlc},  // pt, singular
    {"cadeia leve kappa livre", Analyte::kKappaFlc},
    {"cadeias leves kappa livres", Analyte::kKappaFlc},
    {"kappa livre", Analyte::kKappaFlc},
    {"freie lambda leichtketten", Analyte::kLambdaFlc},
    {"freie lambda", Analyte::kLambdaFlc},
    {"fr lambda", Analyte::kLambdaFlc},
    {"lambda frei", Analyte::kLambdaFlc},
    {"lambda leichtketten frei", Analyte::kLambdaFlc},
    {"freie leichtketten lambda", Analyte::kLambdaFlc},
    {"lambda freie leichtketten", Analyte::kLambdaFlc},
    {"freie lambda ketten", Analyte::kLambdaFlc},
    {"freie lambda lk", Analyte::kLambdaFlc},
    {"chaines legeres libres lambda", Analyte::kLambdaFlc},
    {"chaines legeres lambda libres", Analyte::kLambdaFlc},
    {"chaines lambda libres", Analyte::kLambdaFlc},
    {"chaine lambda libre", Analyte::kLambdaFlc},
    {"chaines legeres lambda", Analyte::kLambdaFlc},
    {"lambda libres", Analyte::kLambdaFlc},
    {"lambda libre", Analyte::kLambdaFlc},
    {"cad leves livres lambda", Analyte::kLambdaFlc},
    {"cad.leves livres lambda", Analyte::kLambdaFlc},
    {"cadenas ligeras libres lambda", Analyte::kLambdaFlc},
    {"cadena ligera lambda libre", Analyte::kLambdaFlc},
    {"cadena ligera libre lambda", Analyte::kLambdaFlc},
    {"cadenas livianas libres lambda", Analyte::kLambdaFlc},
    {"cadena liviana libre lambda", Analyte::kLambdaFlc},
    {"cadenas livianas lambda libres", Analyte::kLambdaFlc},
    {"cadenas ligeras lambda libres", Analyte::kLambdaFlc},
    {"cadena ligera libre lambda", Analyte::kLambdaFlc},
    {"catene leggere libere lambda", Analyte::kLambdaFlc},
    {"catene leggere lambda libere", Analyte::kLambdaFlc},
    {"lambda libere", Analyte::kLambdaFlc},
    {"vrije lambda ketens", Analyte::kLambdaFlc},
    {"vrije lichte ketens lambda", Analyte::kLambdaFlc},
    {"lambda vrije lichte ketens", Analyte::kLambdaFlc},
    {"vrije lambda lichte ketens", Analyte::kLambdaFlc},
    {"vrije lambda lichte keten", Analyte::kLambdaFlc},
    {"vrije lichte keten lambda", Analyte::kLambdaFlc},
    {"cadeias leves livres lambda", Analyte::kLambdaFlc},
    {"cadeia leve livre lambda", Analyte::kLambdaFlc},
    {"cadeia leve lambda livre", Analyte::kLambdaFlc},
    {"cadeias leves lambda livres", Analyte::kLambdaFlc},
    {"lambda livre", Analyte::kLambdaFlc},
    // Immunofixation (the typing of the monoclonal protein).
    {"immunfixation", Analyte::kSerumIfe},
    {"immunfiksation", Analyte::kSerumIfe},  // da
    {"immunfiksasjon", Analyte::kSerumIfe},  // no
    {"immunfixationselektrophorese", Analyte::kSerumIfe},
    {"immunotypage", Analyte::kSerumIfe},
    {"inmunofijacion", Analyte::kSerumIfe},
    {"inmunofij", Analyte::kSerumIfe},  // a cumulative report's short title ("Inmunofij.")
    {"immunofissazione", Analyte::kSerumIfe},
    {"immunofixatie", Analyte::kSerumIfe},
    {"type m proteine", Analyte::kSerumIfe},
    {"imunofixacao", Analyte::kSerumIfe},
    // Bone marrow plasma cells.
    {"plasmazellen", Analyte::kBmPlasmaCells},
    {"plasmocytes", Analyte::kBmPlasmaCells},
    {"plazmocyty", Analyte::kBmPlasmaCells},   // cs, pl: a myelogram's plasma cells
    {"plasmocitos", Analyte::kBmPlasmaCells},  // pt, es ("Plasmócitos" in a myelogram)
    {"celulas plasmaticas", Analyte::kBmPlasmaCells},
    {"plasmacellule", Analyte::kBmPlasmaCells},
    {"plasmacellen", Analyte::kBmPlasmaCells},
    {"komorki plazmatyczne", Analyte::kBmPlasmaCells},  // pl
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
    // The same as OCR reads "β2" on a photo ("B2-microglobulina", "B2-Mikroglobulin").
    {"b2 microglobulina", Analyte::kBeta2Microglobulin},
    {"b2 microglobuline", Analyte::kBeta2Microglobulin},
    {"b2 mikroglobulin", Analyte::kBeta2Microglobulin},
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
    {"lactato desidrogenase", Analyte::kLdh},   // pt-PT ("Lactato desidrogenase (LDH)")
    {"desidrogenase latica", Analyte::kLdh},    // pt-BR
    {"deshidrogenasa lactica", Analyte::kLdh},  // es-MX
    {"dhl", Analyte::kLdh},                     // pt-BR
    {"creat", Analyte::kCreatinine},            // pt-BR column titles ("Creat", "Ca total")
    {"ca total", Analyte::kCalcium},
    {"ca tot", Analyte::kCalcium},  // fr-CH, "Ca tot." over mmol/L
    {"ld", Analyte::kLdh},
    {"kreatinin", Analyte::kCreatinine},
    {"creatinina", Analyte::kCreatinine},
    {"creatininemia", Analyte::kCreatinine},  // es-AR, "Creatininemia 1,21 mg/dl"
    {"creatininemie", Analyte::kCreatinine},
    {"kreatinine", Analyte::kCreatinine},
    {"kalzium", Analyte::kCalcium},
    {"calcio", Analyte::kCalcium},
    {"calcemie", Analyte::kCalcium},
    {"calcemia", Analyte::kCalcium},
    {"albuminemia", Analyte::kAlbumin},  // es: serum albumin ("Albuminemia 3,6 g/dL")
    {"hamoglobin", Analyte::kHemoglobin},
    {"hemoglobine", Analyte::kHemoglobin},
    {"hemoglobina", Analyte::kHemoglobin},
    {"emoglobina", Analyte::kHemoglobin},
    // it, a monospace print-out's cut title ("EMOGL." over "g/dL"). Not "CREATIN.": one letter
    // from "Kreatin", creatine, another test.
    {"emogl", Analyte::kHemoglobin},
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
    {"bialko m", Analyte::kSerumMProtein},    // pl
    {"gradient m", Analyte::kSerumMProtein},  // pl: the M band on a protein electrophoresis
    {"gradient monoklonalny", Analyte::kSerumMProtein},
    {"skladnik monoklonalny", Analyte::kSerumMProtein},
    {"m komponent", Analyte::kSerumMProtein},
    {"m komponenta", Analyte::kSerumMProtein},
    {"lancuchy lekkie kappa wolne", Analyte::kKappaFlc},
    {"wolne lancuchy lekkie kappa", Analyte::kKappaFlc},
    {"lancuchy lekkie lambda wolne", Analyte::kLambdaFlc},
    {"wolne lancuchy lekkie lambda", Analyte::kLambdaFlc},
    {"lancuchy lekkie wolne kappa", Analyte::kKappaFlc},
    {"lancuchy lekkie wolne lambda", Analyte::kLambdaFlc},
    {"fria latta kedjor kappa", Analyte::kKappaFlc},
    {"fria kappakedjor", Analyte::kKappaFlc},
    {"fria latta kedjor lambda", Analyte::kLambdaFlc},
    {"fria lambdakedjor", Analyte::kLambdaFlc},
    {"volne lehke retezce kappa", Analyte::kKappaFlc},
    {"volne lehke retezce lambda", Analyte::kLambdaFlc},
    // Danish and Norwegian ("æ" folds to "a", "ø" to "o"): "P-Kappa-kæde (fri)", "Frie kappa
    // lette kjeder", "P-M-komponent, type".
    {"kappa kade fri", Analyte::kKappaFlc},
    {"fri kappa kade", Analyte::kKappaFlc},
    {"frie kappa kader", Analyte::kKappaFlc},
    {"frie kappa lette kader", Analyte::kKappaFlc},
    {"immunglobulin lette kader kappa fri", Analyte::kKappaFlc},    // "P-Immunglobulin lette
    {"immunglobulin lette kader lambda fri", Analyte::kLambdaFlc},  // kæder kappa, fri"
    {"frie kappa lette kjeder", Analyte::kKappaFlc},
    {"lambda kade fri", Analyte::kLambdaFlc},
    {"fri lambda kade", Analyte::kLambdaFlc},
    {"frie lambda kader", Analyte::kLambdaFlc},
    {"frie lambda lette kader", Analyte::kLambdaFlc},
    {"frie lambda lette kjeder", Analyte::kLambdaFlc},
    {"m komponent type", Analyte::kSerumIfe},
    // Short column titles of Dutch and German cumulative overviews ("Kreat", "M-prot", "κ vrij",
    // "β2-MG").
    {"kreat", Analyte::kCreatinine},
    {"m prot", Analyte::kSerumMProtein},
    {"m pr", Analyte::kSerumMProtein},  // de: a narrow title "Urin M-Pr." (g/24h)
    {"kappa vrij", Analyte::kKappaFlc},
    {"lambda vrij", Analyte::kLambdaFlc},
    {"\xCE\xB2"
     "2 mg",
     Analyte::kBeta2Microglobulin},
    {"beta2 mg", Analyte::kBeta2Microglobulin},
    // es: a flowsheet's narrowest title "β2-m" (mg/L). ("CM" alone stays a length: blind42.)
    {"\xCE\xB2"
     "2 m",
     Analyte::kBeta2Microglobulin},
    // Spanish short titles of a cumulative report ("Albúm.", "β2-micro").
    {"album", Analyte::kAlbumin},
    {"\xCE\xB2"
     "2 micro",
     Analyte::kBeta2Microglobulin},
    // Greek (folded: lower case, no accents, "ς" as "σ"; "κ" and "λ" read as kappa, lambda).
    {"αιμοσφαιρινη", Analyte::kHemoglobin},
    {"κρεατινινη", Analyte::kCreatinine},
    {"ασβεστιο", Analyte::kCalcium},
    {"ασβεστιο ολικο", Analyte::kCalcium},
    {"ολικο ασβεστιο", Analyte::kCalcium},
    {"λευκωματινη", Analyte::kAlbumin},
    {"αλβουμινη", Analyte::kAlbumin},
    {"γαλακτικη αφυδρογοναση", Analyte::kLdh},
    {"β2 μικροσφαιρινη", Analyte::kBeta2Microglobulin},
    {"ελευθερεσ ελαφριεσ αλυσιδεσ kappa", Analyte::kKappaFlc},
    {"ελευθερεσ αλυσιδεσ kappa", Analyte::kKappaFlc},
    {"ελευθερεσ ελαφριεσ αλυσιδεσ lambda", Analyte::kLambdaFlc},
    {"ελευθερεσ αλυσιδεσ lambda", Analyte::kLambdaFlc},
    // "Ελεύθερες (ελαφρές) αλύσεις κ": "αλύσεις", another plural of chain.
    {"ελευθερεσ αλυσεισ kappa", Analyte::kKappaFlc},
    {"ελευθερεσ αλυσεισ lambda", Analyte::kLambdaFlc},
    {"ελευθερεσ ελαφρεσ αλυσεισ kappa", Analyte::kKappaFlc},
    {"ελευθερεσ ελαφρεσ αλυσεισ lambda", Analyte::kLambdaFlc},
    {"ελευθερεσ ελαφρεσ αλυσιδεσ kappa", Analyte::kKappaFlc},  // "ελαφρές αλυσίδες κ"
    {"ελευθερεσ ελαφρεσ αλυσιδεσ lambda", Analyte::kLambdaFlc},
    // Under a heading that names the chains ("ΕΛΕΥΘΕΡΕΣ ΕΛΑΦΡΙΕΣ ΑΛΥΣΙΔΕΣ"): "Ελεύθερες κ".
    {"ελευθερεσ kappa", Analyte::kKappaFlc},
    {"ελευθερεσ lambda", Analyte::kLambdaFlc},
    {"μονοκλωνικη ζωνη", Analyte::kSerumMProtein},
    {"μονοκλωνικη πρωτεινη", Analyte::kSerumMProtein},
    {"παραπρωτεινη", Analyte::kSerumMProtein},
    {"ανοσοκαθηλωση", Analyte::kSerumIfe},
};

constexpr std::string_view kOtherTestWords[] = {
    "corrige",
    "korrigiert",
    "corregido",
    "corrixido",  // gl: "Calcio corrixido pola albumina"
    "corretto",
    "gecorrigeerd",
    "ionise",
    "ionisiert",
    "ionico",
    "ionic",  // ca: "Calci iònic"
    "ion",    // pt-BR "Ca iôn." (ionised calcium), a column title's abbreviation
    "ioonisch",
    "clairance",
    "duzeltilmis",
    "iyonize",
    "aclaramiento",
    "zjonizowany",
    "albuminkorr",
    "korr",
    "ionizovany",
    "albuminkorrigerat",
    "korrigerat",
    "korrigert",
    "joniserat",
    "albuminkorrigiert",
    "ionizzato",
    "ionizado",
    "ionizavel",  // pt "Cálcio ionizável"
    "albuminkorrigeret",
    "korrigeret",  // da
    "ion",         // da, no: "P-Calcium-ion frit"
    "ιονισμενο",   // el: ionised, corrected
    "διορθωμενο",
    "ionizada",
    "ionizzata",
    "ионизированный",     // ru: ionised
    "ионизир",            // ru: "Кальций ионизир."
    "скорректированный",  // ru: corrected
    "ионизований",        // uk (folded): ionised, corrected
    "скоригований",
};

constexpr std::string_view kQualifiers[] = {
    "suero", "serum", "siero", "sierico", "sierica", "serico", "serica", "serique", "sang",
    "sangre", "sangue", "en", "im", "nel", "no", "dans", "le", "la", "de", "del", "di",
    // "B-" and "P-" (blood, plasma) start Scandinavian test names: "P-Kreatinin".
    "b", "p", "krew", "surowica",
    "w",     // Polish "in" ("Białko M w moczu")
    "ορου",  // Greek "of serum" ("Λευκωματίνη ορού")
    "в", "сыворотке", "сыворотки", "крови", "белков",  // ru: "in serum", "of blood", "of proteins"
    "сироватки", "у",  // uk (folded): "of serum", "in" ("крови", "of blood", is the same)
};

constexpr std::string_view kUrineWords[] = {
    "orina", "urina", "harn", "urin", "sammelurin", "urinaire", "urinario", "urinaria", "urinarie",
    "24u", "24 uur", "du", "mocz", "moczu", "moci", "ουρων", "ουρα", "24ωρου",  // el
    "моча", "мочи", "моче", "суточной", "сут",                                  // ru
    "сеча", "сечи", "добовий", "добовои",                                       // uk (folded)
    // da: daily excretion, a 24-hour urine ("U-M-komponent; døgnudskillelse")
    "dognudskillelse", "dognurin",
    // sk "moču", sq "urinës"/"urinare", mk "урина", id "urin" (above), mn "шээс"
    "mocu", "moc", "urines", "urinare", "урина", "шээс"};

}  // namespace

std::span<const TestWord> TestNames() {
  static const std::vector<TestWord> all =
      Joined<TestWord>({kTestNames, MoreTestNames(), MoreLanguageTestNames()});
  return all;
}
std::span<const std::string_view> OtherTestWords() {
  static const std::vector<std::string_view> all = Joined<std::string_view>(
      {kOtherTestWords, MoreOtherTestWords(), MoreLanguageOtherTestWords()});
  return all;
}
std::span<const std::string_view> Qualifiers() {
  static const std::vector<std::string_view> all =
      Joined<std::string_view>({kQualifiers, MoreQualifiers()});
  return all;
}
std::span<const std::string_view> UrineWords() { return kUrineWords; }

}  // namespace oncoguide::import::internal::european
