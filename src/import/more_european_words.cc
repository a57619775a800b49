// Test names of eastern, central and south-eastern European reports and of those Nordic and
// Italian spellings the first table lacks (european_words.h): Russian, Ukrainian, Hungarian,
// Romanian, Croatian, Serbian (Latin and Cyrillic), Slovenian, Bulgarian, Estonian, Latvian,
// Lithuanian, Norwegian and Italian; and Vietnamese, whose Latin letters fold the same way. Folded
// as european_words.cc's table is: lower case, no accents, punctuation as spaces; Cyrillic lower
// case, "каппа"/"капа" and "лямбда"/"ламбда" read as kappa, lambda. Added after blind24
// (tests/import/corpus/blind24), whose Hungarian, Serbian, Bulgarian, Croatian, Slovenian, Romanian
// and Estonian reports were read as nothing.
#include "european_words.h"

namespace oncoguide::import::internal::european {

using records::Analyte;

namespace {

constexpr TestWord kMoreTestNames[] = {
    // Russian (folded: lower case, "ё" as "е"; "каппа" and "лямбда" read as kappa, lambda; OCR
    // may read the Cyrillic "М" of "М-градиент" as a Latin M).
    {"гемоглобин", Analyte::kHemoglobin},
    {"креатинин", Analyte::kCreatinine},
    {"кальций", Analyte::kCalcium},
    {"кальций общий", Analyte::kCalcium},
    {"общий кальций", Analyte::kCalcium},
    {"альбумин", Analyte::kAlbumin},
    {"лактатдегидрогеназа", Analyte::kLdh},
    {"лдг", Analyte::kLdh},
    {"лактатдегидрогеназа лдг", Analyte::kLdh},
    {"бета 2 микроглобулин", Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 микроглобулин",
     Analyte::kBeta2Microglobulin},
    {"kappa свободные", Analyte::kKappaFlc},
    {"свободные kappa", Analyte::kKappaFlc},
    {"kappa своб", Analyte::kKappaFlc},
    {"свободные легкие цепи kappa", Analyte::kKappaFlc},
    {"свободные легкие цепи иммуноглобулинов kappa", Analyte::kKappaFlc},
    {"lambda свободные", Analyte::kLambdaFlc},
    {"свободные lambda", Analyte::kLambdaFlc},
    {"lambda своб", Analyte::kLambdaFlc},
    {"свободные легкие цепи lambda", Analyte::kLambdaFlc},
    {"свободные легкие цепи иммуноглобулинов lambda", Analyte::kLambdaFlc},
    {"м градиент", Analyte::kSerumMProtein},
    {"m градиент", Analyte::kSerumMProtein},
    {"м протеин", Analyte::kSerumMProtein},
    {"м компонент", Analyte::kSerumMProtein},
    {"парапротеин", Analyte::kSerumMProtein},
    {"белок бенс джонса", Analyte::kUrineMProtein},  // Bence Jones protein ("Белок Б-Дж.")
    {"белок б дж", Analyte::kUrineMProtein},
    {"моноклональный компонент", Analyte::kSerumMProtein},
    {"моноклональный белок", Analyte::kSerumMProtein},
    {"иммунофиксация", Analyte::kSerumIfe},
    // Ukrainian, folded as Russian ("і", "ї" as "и", "є" as "е"): "Вільні легкі ланцюги каппа",
    // "М-градієнт", "Імунофіксація сироватки".
    {"вильни легки ланцюги kappa", Analyte::kKappaFlc},
    {"вильни легки ланцюги lambda", Analyte::kLambdaFlc},
    {"легки ланцюги kappa вильни", Analyte::kKappaFlc},
    {"легки ланцюги lambda вильни", Analyte::kLambdaFlc},
    {"м градиент парапротеин", Analyte::kSerumMProtein},
    {"моноклональний билок", Analyte::kSerumMProtein},
    {"имунофиксация", Analyte::kSerumIfe},
    {"кальций загальний", Analyte::kCalcium},
    {"immunofiksacja", Analyte::kSerumIfe},
    {"imunofixace", Analyte::kSerumIfe},
    // Vietnamese (folded: FoldLatin drops the tones and marks): "Huyết sắc tố" (haemoglobin),
    // "Calci toàn phần" (total calcium), "Đỉnh đơn dòng" (the M-spike), "Miễn dịch cố định huyết
    // thanh" (serum immunofixation), "Chuỗi nhẹ tự do Kappa", "Tương bào" (plasma cells).
    {"huyet sac to", Analyte::kHemoglobin},
    {"calci toan phan", Analyte::kCalcium},
    {"calci", Analyte::kCalcium},
    {"dinh don dong", Analyte::kSerumMProtein},
    {"protein don dong", Analyte::kSerumMProtein},
    {"mien dich co dinh huyet thanh", Analyte::kSerumIfe},
    {"mien dich co dinh", Analyte::kSerumIfe},
    {"mien dich co dinh nuoc tieu", Analyte::kUrineIfe},
    {"chuoi nhe tu do kappa", Analyte::kKappaFlc},
    {"chuoi nhe tu do lambda", Analyte::kLambdaFlc},
    {"tuong bao", Analyte::kBmPlasmaCells},
    // Spanish: "Proteína M (pico monoclonal)".
    {"proteina m", Analyte::kSerumMProtein},
    {"prot m", Analyte::kSerumMProtein},  // es, pt, it: "Prot. M orina (mg/24 h)"
    // Norwegian (Bokmål): "Kalsium", and the free light chains as "Frie lette kjeder".
    {"kalsium", Analyte::kCalcium},
    {"kalsium totalt", Analyte::kCalcium},
    {"frie kappa lettkjeder", Analyte::kKappaFlc},
    {"frie lambda lettkjeder", Analyte::kLambdaFlc},
    {"frie lette kjeder kappa", Analyte::kKappaFlc},
    {"frie lette kjeder lambda", Analyte::kLambdaFlc},
    // Italian: "Catene kappa libere".
    {"catene kappa libere", Analyte::kKappaFlc},
    {"catene lambda libere", Analyte::kLambdaFlc},
    {"catene libere kappa", Analyte::kKappaFlc},
    {"catene libere lambda", Analyte::kLambdaFlc},
    // Hungarian: "Kalcium", "Szabad kappa könnyűlánc" ("Sz. kappa"), "M-komponens".
    {"sz kappa", Analyte::kKappaFlc},
    {"sz lambda", Analyte::kLambdaFlc},
    {"szabad kappa", Analyte::kKappaFlc},
    {"szabad lambda", Analyte::kLambdaFlc},
    {"szabad kappa konnyulanc", Analyte::kKappaFlc},
    {"szabad lambda konnyulanc", Analyte::kLambdaFlc},
    {"kappa szabad konnyulanc", Analyte::kKappaFlc},
    {"lambda szabad konnyulanc", Analyte::kLambdaFlc},
    {"m komponens", Analyte::kSerumMProtein},
    {"m komp", Analyte::kSerumMProtein},
    {"szerum immunfixacio", Analyte::kSerumIfe},
    {"immunfixacio", Analyte::kSerumIfe},
    {"vizelet immunfixacio", Analyte::kUrineIfe},
    {"hemoglobin", Analyte::kHemoglobin},
    {"beta2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"beta 2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"b2 mg", Analyte::kBeta2Microglobulin},
    {"beta2 mg", Analyte::kBeta2Microglobulin},
    // Romanian: "Calciu seric total", "Lanțuri ușoare libere kappa", "Proteina monoclonală".
    {"calciu", Analyte::kCalcium},
    {"calciu seric", Analyte::kCalcium},
    {"calciu total", Analyte::kCalcium},
    {"calciu seric total", Analyte::kCalcium},
    {"creatinina serica", Analyte::kCreatinine},
    {"albumina serica", Analyte::kAlbumin},
    {"hemoglobina", Analyte::kHemoglobin},
    {"lanturi usoare libere kappa", Analyte::kKappaFlc},
    {"lanturi usoare libere lambda", Analyte::kLambdaFlc},
    {"lanturi usoare kappa libere", Analyte::kKappaFlc},
    {"lanturi usoare lambda libere", Analyte::kLambdaFlc},
    {"proteina monoclonala", Analyte::kSerumMProtein},
    {"componenta monoclonala", Analyte::kSerumMProtein},
    {"imunofixare serica", Analyte::kSerumIfe},
    {"imunofixare", Analyte::kSerumIfe},
    {"plasmocite", Analyte::kBmPlasmaCells},
    // Croatian, Serbian (Latin) and Slovenian: "Kalcij ukupni", "Kalcijum", "Slobodni laki lanci
    // kapa", "Prosti lahki verigi kapa" (sl), "M-komponenta", "Imunofiksacija".
    {"kalcij", Analyte::kCalcium},
    {"kalcij ukupni", Analyte::kCalcium},
    {"ukupni kalcij", Analyte::kCalcium},
    {"kalcijum", Analyte::kCalcium},
    {"kalcijum ukupni", Analyte::kCalcium},
    {"kalcij skupni", Analyte::kCalcium},
    {"kreatinin", Analyte::kCreatinine},
    {"albumin", Analyte::kAlbumin},
    {"laktat dehidrogenaza", Analyte::kLdh},
    {"laktat dehidrogenaza ldh", Analyte::kLdh},
    {"beta 2 mikroglobulin", Analyte::kBeta2Microglobulin},
    {"slobodni laki lanci kappa", Analyte::kKappaFlc},
    {"slobodni laki lanci lambda", Analyte::kLambdaFlc},
    {"slobodni kappa laki lanci", Analyte::kKappaFlc},
    {"slobodni lambda laki lanci", Analyte::kLambdaFlc},
    {"slobodni laki lanac kappa", Analyte::kKappaFlc},
    {"slobodni laki lanac lambda", Analyte::kLambdaFlc},
    {"prosti lahki verigi kappa", Analyte::kKappaFlc},
    {"prosti lahki verigi lambda", Analyte::kLambdaFlc},
    {"proste lahke verige kappa", Analyte::kKappaFlc},
    {"proste lahke verige lambda", Analyte::kLambdaFlc},
    {"m komponenta", Analyte::kSerumMProtein},
    {"monoklonski protein", Analyte::kSerumMProtein},
    {"monoklonska komponenta", Analyte::kSerumMProtein},
    {"paraprotein", Analyte::kSerumMProtein},
    {"imunofiksacija", Analyte::kSerumIfe},
    {"imunofiksacija seruma", Analyte::kSerumIfe},
    {"imunofiksacija urina", Analyte::kUrineIfe},
    {"imunofiksacija v serumu", Analyte::kSerumIfe},
    {"imunofiksacija v urinu", Analyte::kUrineIfe},
    // Serbian (Cyrillic): "Хемоглобин", "Калцијум (укупни)", "Слободни лаки ланци капа",
    // "М-компонента", "Имунофиксација серума".
    {"хемоглобин", Analyte::kHemoglobin},
    {"калцијум", Analyte::kCalcium},
    {"калцијум укупни", Analyte::kCalcium},
    {"укупни калцијум", Analyte::kCalcium},
    {"албумин", Analyte::kAlbumin},
    {"лактат дехидрогеназа", Analyte::kLdh},
    {"лактат дехидрогеназа лдх", Analyte::kLdh},
    {"лдх", Analyte::kLdh},
    {"бета 2 микроглобулин", Analyte::kBeta2Microglobulin},
    {"слободни лаки ланци kappa", Analyte::kKappaFlc},
    {"слободни лаки ланци lambda", Analyte::kLambdaFlc},
    {"м компонента", Analyte::kSerumMProtein},
    {"m компонента", Analyte::kSerumMProtein},
    {"имунофиксација", Analyte::kSerumIfe},
    {"имунофиксација серума", Analyte::kSerumIfe},
    {"имунофиксација урина", Analyte::kUrineIfe},
    // Bulgarian: "Хемоглобин (HGB)", "Калций общ", "Свободни леки вериги каппа", "Белтък на
    // Бенс-Джонс (количествено)", "Имунофиксация".
    {"калций", Analyte::kCalcium},
    {"калций общ", Analyte::kCalcium},
    {"общ калций", Analyte::kCalcium},
    {"свободни леки вериги kappa", Analyte::kKappaFlc},
    {"свободни леки вериги lambda", Analyte::kLambdaFlc},
    {"леки вериги kappa свободни", Analyte::kKappaFlc},
    {"леки вериги lambda свободни", Analyte::kLambdaFlc},
    {"белтък на бенс джонс", Analyte::kUrineMProtein},
    {"белтък на бенс джонс количествено", Analyte::kUrineMProtein},
    {"моноклонален белтък", Analyte::kSerumMProtein},
    {"моноклонален компонент", Analyte::kSerumMProtein},
    {"имунофиксация на серум", Analyte::kSerumIfe},
    {"имунофиксация на урина", Analyte::kUrineIfe},
    {"имунофиксация в серум", Analyte::kSerumIfe},
    {"имунофиксация в урина", Analyte::kUrineIfe},
    // Estonian: "Kaltsium", "Kreatiniin", "Albumiin", "Vabad kerged ahelad kapa", "M-valk".
    {"kaltsium", Analyte::kCalcium},
    {"kreatiniin", Analyte::kCreatinine},
    {"albumiin", Analyte::kAlbumin},
    {"hemoglobiin", Analyte::kHemoglobin},
    {"laktaatdehudrogenaas", Analyte::kLdh},
    {"beeta 2 mikroglobuliin", Analyte::kBeta2Microglobulin},
    {"vabad kerged ahelad kappa", Analyte::kKappaFlc},
    {"vabad kerged ahelad lambda", Analyte::kLambdaFlc},
    {"vaba kappa kergahel", Analyte::kKappaFlc},
    {"vaba lambda kergahel", Analyte::kLambdaFlc},
    {"kappa vabad kerged ahelad", Analyte::kKappaFlc},
    {"lambda vabad kerged ahelad", Analyte::kLambdaFlc},
    {"laktaadi dehudrogenaas", Analyte::kLdh},
    {"vabad kappa kergahelad", Analyte::kKappaFlc},
    {"vabad lambda kergahelad", Analyte::kLambdaFlc},
    {"m komponent", Analyte::kSerumMProtein},
    {"m valk", Analyte::kSerumMProtein},
    {"monoklonaalne valk", Analyte::kSerumMProtein},
    {"immunofiksatsioon", Analyte::kSerumIfe},
    // Latvian and Lithuanian.
    {"kalcijs", Analyte::kCalcium},
    {"kreatinins", Analyte::kCreatinine},
    {"albumins", Analyte::kAlbumin},
    {"hemoglobins", Analyte::kHemoglobin},
    {"brivas kappa vieglas kedes", Analyte::kKappaFlc},
    {"brivas lambda vieglas kedes", Analyte::kLambdaFlc},
    {"kalcis", Analyte::kCalcium},
    {"kreatininas", Analyte::kCreatinine},
    {"albuminas", Analyte::kAlbumin},
    {"hemoglobinas", Analyte::kHemoglobin},
    {"laisvosios kappa lengvosios grandines", Analyte::kKappaFlc},
    {"laisvosios lambda lengvosios grandines", Analyte::kLambdaFlc},
    {"component monoclonal", Analyte::kSerumMProtein},  // ca (Andorra)
    {"cadenes lleugeres lliures kappa", Analyte::kKappaFlc},
    {"cadenes lleugeres lliures lambda", Analyte::kLambdaFlc},
    {"cadena lleugera lliure kappa", Analyte::kKappaFlc},  // ca, valencià: singular
    {"cadena lleugera lliure lambda", Analyte::kLambdaFlc},
    {"cad ligeras libres kappa", Analyte::kKappaFlc},  // es (Honduras), "Cad." for "Cadenas"
    {"cad ligeras libres lambda", Analyte::kLambdaFlc},
    {"vrije kappa", Analyte::kKappaFlc},  // nl (Surinamese cumulative report)
    {"vrije lambda", Analyte::kLambdaFlc},
    // nb, da short column titles ("Kappa fri | Lambda fri | β2-mikrogl.").
    {"kappa fri", Analyte::kKappaFlc},
    {"lambda fri", Analyte::kLambdaFlc},
    {"fri kappa", Analyte::kKappaFlc},
    {"fri lambda", Analyte::kLambdaFlc},
    {"frie kappa", Analyte::kKappaFlc},
    {"frie lambda", Analyte::kLambdaFlc},
    {"b2 mikrogl", Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 mikrogl",
     Analyte::kBeta2Microglobulin},
};

// Words that make a name another test: ionised and corrected calcium, fractions.
constexpr std::string_view kMoreOtherTestWords[] = {
    "ionisert",   "albuminkorrigert", "ionizirani",   "ionizovani", "ioniziran",
    "ionizat",    "ionizalt",         "ioniseeritud", "korigiran",  "korigirani",
    "korigovani", "јонизовани",       "јонизовани",   "йонизиран",  "коригиран",
    "кориговани", "fraksjon",         "frakcio",      "fractiune",  "gecorr",  // nl, shortened
    "corrigido",  // pt "Cálcio corrigido"
};

// Words that qualify a name without changing the test ("ukupni": total, "gama zona": the
// gamma zone of the electrophoresis, "количествено": measured).
constexpr std::string_view kMoreQualifiers[] = {
    "ukupni", "ukupno", "skupni", "укупни", "общ",  "seric",        "serica",
    "totalt", "osszes", "гама",   "зона",   "gama", "количествено", "kolicinski",
};

}  // namespace

std::span<const TestWord> MoreTestNames() { return kMoreTestNames; }
std::span<const std::string_view> MoreOtherTestWords() { return kMoreOtherTestWords; }
std::span<const std::string_view> MoreQualifiers() { return kMoreQualifiers; }

}  // namespace oncoguide::import::internal::european
