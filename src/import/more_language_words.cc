// The lab vocabulary of reports in Lithuanian, Latvian, Slovak, Macedonian, Albanian, Bosnian,
// Indonesian, Mongolian and Azerbaijani (european_words.h: MoreLanguage*()): test names, tests
// oncoguide does not use, words that make a name another test, column titles and date labels. Added
// after blind25 (tests/import/corpus/blind25), whose reports in these languages were read as
// nothing: no collection label, column title or test name of theirs was known. Folded as the other
// tables are (european_words.h); Cyrillic in lower case, "каппа"/"капа" and "ламбда" read as kappa,
// lambda.
#include "european_words.h"

namespace oncoguide::import::internal::european {

using records::Analyte;

namespace {

constexpr TestWord kTestNames[] = {
    // lt: "Laktatdehidrogenazė (LDH)", "β2-mikroglobulinas", "M baltymas (paraproteinas)",
    // "Serumo imunofiksacija"; lv: "Laktātdehidrogenāze", "M-proteīns (M-gradients)".
    {"laktatdehidrogenaze", Analyte::kLdh},
    {"laktatdehidrogenaze ldh", Analyte::kLdh},
    {"beta2 mikroglobulinas", Analyte::kBeta2Microglobulin},
    {"beta 2 mikroglobulinas", Analyte::kBeta2Microglobulin},
    {"m baltymas", Analyte::kSerumMProtein},
    {"m baltymas paraproteinas", Analyte::kSerumMProtein},
    {"serumo imunofiksacija", Analyte::kSerumIfe},
    {"laisvosios lengvosios grandines kappa", Analyte::kKappaFlc},
    {"laisvosios lengvosios grandines lambda", Analyte::kLambdaFlc},
    {"m proteins", Analyte::kSerumMProtein},
    {"m proteins m gradients", Analyte::kSerumMProtein},
    {"m gradients", Analyte::kSerumMProtein},
    // sk: "Vápnik celkový", "Voľné ľahké reťazce kappa", "M-proteín (paraproteín)",
    // "Imunofixácia séra", "Imunofixácia moču".
    {"vapnik", Analyte::kCalcium},
    {"vapnik celkovy", Analyte::kCalcium},
    {"celkovy vapnik", Analyte::kCalcium},
    {"volne lahke retazce kappa", Analyte::kKappaFlc},
    {"volne lahke retazce lambda", Analyte::kLambdaFlc},
    {"m protein paraprotein", Analyte::kSerumMProtein},
    {"imunofixacia", Analyte::kSerumIfe},
    {"imunofixacia sera", Analyte::kSerumIfe},
    {"imunofixacia mocu", Analyte::kUrineIfe},
    // mk: "Калциум вкупен", "Слободни капа (κ)", "ЛДХ (лактат дехидрогеназа)".
    {"калциум", Analyte::kCalcium},
    {"калциум вкупен", Analyte::kCalcium},
    {"вкупен калциум", Analyte::kCalcium},
    {"слободни kappa", Analyte::kKappaFlc},
    {"слободни lambda", Analyte::kLambdaFlc},
    {"лдх лактат дехидрогеназа", Analyte::kLdh},
    // sq: "Kalciumi total", "Zinxhirët e lirë kappa", "Proteina Bence-Jones (M-proteina
    // urinare)", "Imunofiksimi i urinës".
    {"kalciumi", Analyte::kCalcium},
    {"kalciumi total", Analyte::kCalcium},
    {"kreatinina", Analyte::kCreatinine},
    {"zinxhiret e lire kappa", Analyte::kKappaFlc},
    {"zinxhiret e lire lambda", Analyte::kLambdaFlc},
    {"proteina bence jones", Analyte::kUrineMProtein},
    {"proteina bence jones m proteina urinare", Analyte::kUrineMProtein},
    {"m proteina urinare", Analyte::kUrineMProtein},
    {"imunofiksimi", Analyte::kSerumIfe},
    {"imunofiksimi i serumit", Analyte::kSerumIfe},
    {"imunofiksimi i urines", Analyte::kUrineIfe},
    // sq (Kosovo): "β2-mikroglobulina", "Proteina M (pika monokl.)", "Imunofiksimi serik".
    {"\xCE\xB2"
     "2 mikroglobulina",
     Analyte::kBeta2Microglobulin},
    {"proteina m", Analyte::kSerumMProtein},
    {"imunofiksimi serik", Analyte::kSerumIfe},
    // id: "Kalsium Total", "Rantai Ringan Bebas Kappa", "Protein M (M-spike)", "Imunofiksasi
    // Serum", "LDH (Laktat Dehidrogenase)".
    {"kalsium total", Analyte::kCalcium},
    {"rantai ringan bebas kappa", Analyte::kKappaFlc},
    {"rantai ringan bebas lambda", Analyte::kLambdaFlc},
    {"protein m", Analyte::kSerumMProtein},
    {"protein m m spike", Analyte::kSerumMProtein},
    {"imunofiksasi", Analyte::kSerumIfe},
    {"imunofiksasi serum", Analyte::kSerumIfe},
    {"imunofiksasi urin", Analyte::kUrineIfe},
    {"laktat dehidrogenase", Analyte::kLdh},
    {"ldh laktat dehidrogenase", Analyte::kLdh},
    // az: "Hemoqlobin", "M-zolaq" (the M band), "κ SYZ" (sərbəst yüngül zəncirlər, free light
    // chains), "β2-MQ".
    {"hemoqlobin", Analyte::kHemoglobin},
    {"m zolaq", Analyte::kSerumMProtein},
    {"kappa syz", Analyte::kKappaFlc},
    {"lambda syz", Analyte::kLambdaFlc},
    {"beta2 mq", Analyte::kBeta2Microglobulin},
    {"beta2 mikroqlobulin", Analyte::kBeta2Microglobulin},
    {"\xCE\xB2"
     "2 mikroqlobulin",
     Analyte::kBeta2Microglobulin},
    // bs: a myelogram's "Plazma ćelije" (the aspirate's count).
    {"plazma celije", Analyte::kBmPlasmaCells},
    // mn: "Кальци (нийт)", "Чөлөөт хөнгөн гинж каппа", "М-уураг (моноклон оргил)",
    // "Иммунофиксаци (ийлдэс)" (serum).
    {"кальци", Analyte::kCalcium},
    {"кальци нийт", Analyte::kCalcium},
    {"чөлөөт хөнгөн гинж kappa", Analyte::kKappaFlc},
    {"чөлөөт хөнгөн гинж lambda", Analyte::kLambdaFlc},
    {"м уураг", Analyte::kSerumMProtein},
    {"м уураг моноклон оргил", Analyte::kSerumMProtein},
    {"иммунофиксаци", Analyte::kSerumIfe},
    {"иммунофиксаци ийлдэс", Analyte::kSerumIfe},
};

// Whole names of tests oncoguide does not use that share a word with one it does: a urine's
// creatinine or total protein, a blood smear's plasma cells, total protein, urea.
constexpr NotUsedWord kNotUsed[] = {
    {"kreatinina ne urine", NotUsed::kOtherTest},  // sq: urine creatinine, total protein
    {"proteina totale ne urine", NotUsed::kOtherTest},
    {"proteina totale 24 ore", NotUsed::kOtherTest},
    {"albumina ne urine", NotUsed::kOtherTest},
    {"volumi i urines 24h", NotUsed::kOtherTest},
    {"plazma celije u perifernoj krvi", NotUsed::kBloodCount},  // bs: in the blood smear
    {"bendras baltymas", NotUsed::kChemistry},                  // lt: total protein
    {"c reaktyvusis baltymas", NotUsed::kChemistry},
    {"slapalas", NotUsed::kChemistry},
    {"celkova bielkovina", NotUsed::kChemistry},  // sk
    {"вкупни протеини", NotUsed::kChemistry},     // mk
    {"уреа", NotUsed::kChemistry},
    {"protein total", NotUsed::kChemistry},  // id
    {"ureum", NotUsed::kChemistry},
    {"globulin", NotUsed::kChemistry},
    {"umumi zulal", NotUsed::kChemistry},  // az: total protein
    {"нийт уураг", NotUsed::kChemistry},   // mn: total protein, urea
    {"мочевин", NotUsed::kChemistry},
};

// Words that make a name another test: ionised, corrected; an electrophoresis fraction.
constexpr std::string_view kOtherTestWords[] = {
    "jonizuotas", "jonizetais", "ionizovany", "јонизиран", "korrigjuar", "ионжсон",
    "jonizuar",   "frakcija",   "frakcia",    "фракција",  "fraksi",     "фракц",
};

constexpr HeaderWord kHeaderWords[] = {
    // lt: test, result, unit, reference, previous
    {"tyrimas", Header::kName},
    {"rezultatas", Header::kValue},
    {"vnt", Header::kUnit},
    {"norma", Header::kRange},
    {"ankstesnis", Header::kPrevious},
    // sk: test, result, units, previous result, code
    {"vysetrenie", Header::kName},
    {"vysledok", Header::kValue},
    {"jednotky", Header::kUnit},
    {"predch. vysledok", Header::kPrevious},
    {"predchadzajuci vysledok", Header::kPrevious},
    {"kod", Header::kOther},
    // mk: unit, reference values
    {"ед. мерка", Header::kUnit},
    {"единица мерка", Header::kUnit},
    {"реф. вредности", Header::kRange},
    {"референтни вредности", Header::kRange},
    // sq: unit, reference values
    {"njesia", Header::kUnit},
    {"vlerat referuese", Header::kRange},
    // id: test, result, unit, reference value, previous result
    {"pemeriksaan", Header::kName},
    {"hasil sebelumnya", Header::kPrevious},
    {"hasil", Header::kValue},
    {"satuan", Header::kUnit},
    {"nilai rujukan", Header::kRange},
    {"nilai normal", Header::kRange},
    // fr (a Haitian letter's table): "Normales", the normal values
    {"normales", Header::kRange},
    // ru (an Uzbek report): "Референс. значения", the reference values abbreviated
    {"референс", Header::kRange},
    // mn: test, unit
    {"шинжилгээ", Header::kName},
    {"нэгж", Header::kUnit},
};

constexpr std::string_view kCollectionLabels[] = {
    // lt: "Mėginio paėmimo data"; mk: "Датум на земање примерок"; sq: "Data e marrjes së
    // mostrës"; id: "Tgl. Pengambilan Sampel"; bs: a marrow's "Datum punkcije".
    "mėginio paėmimo",    "meginio paemimo",  "paėmimo data",    "paemimo data",
    "датум на земање",    "земање примерок",  "data e marrjes",  "marrjes së mostrës",
    "marrjes se mostres", "tgl. pengambilan", "tgl pengambilan", "tanggal pengambilan",
    "pengambilan sampel", "datum punkcije",
};

constexpr std::string_view kOtherDateLabels[] = {
    // lt: received, confirmed, birth, printed
    "gauta laboratorijoje",
    "atsakymas patvirtintas",
    "gimimo data",
    "spausdinta",
    // sk: received, issued, birth, printed
    "prijatie",
    "vydané",
    "vydane",
    "dát. nar.",
    "dat. nar.",
    "tlač",
    // mk: birth, received, issued
    "датум на раѓање",
    "датум на прием",
    "датум на издавање",
    // sq: birth, received, issued
    "datëlindja",
    "datelindja",
    "data e pranimit",
    "data e lëshimit",
    "data e leshimit",
    // id: birth, received, printed
    "tgl. lahir",
    "tanggal lahir",
    "tgl. terima",
    "tanggal terima",
    "tgl. cetak",
    "tanggal cetak",
    // bs: received, issued
    "datum prijema",
    "prijema materijala",
    // mn: born, printed, received
    "төрсөн",
    "хэвлэсэн",
    "хүлээн авсан",
};

}  // namespace

std::span<const TestWord> MoreLanguageTestNames() { return kTestNames; }
std::span<const NotUsedWord> MoreLanguageNotUsed() { return kNotUsed; }
std::span<const std::string_view> MoreLanguageOtherTestWords() { return kOtherTestWords; }
std::span<const HeaderWord> MoreLanguageHeaderWords() { return kHeaderWords; }
std::span<const std::string_view> MoreLanguageCollectionLabels() { return kCollectionLabels; }
std::span<const std::string_view> MoreLanguageOtherDateLabels() { return kOtherDateLabels; }

}  // namespace oncoguide::import::internal::european
