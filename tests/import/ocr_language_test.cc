// The language a scanned page is read in (src/import/ocr_language.h): English unless the top of
// the page is clearly written in another language, whose OCR model is then used with English's.
#include "../../src/import/ocr_language.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/import/ocr.h"

namespace oncoguide::import {
namespace {

using internal::GreekMu;
using internal::GuessLanguage;

// The words of `text` as OCR gives them (boxes do not matter here).
std::vector<Word> Words(const std::string& text) {
  std::vector<Word> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(Word{w, Box{}, 0.9f});
  return out;
}

TEST(OcrLanguage, EachCueWordBelongsToOneLanguage) {
  std::map<std::string_view, std::string_view> owner;
  for (const internal::LanguageCues& l : internal::Languages()) {
    for (std::string_view cue : l.cues) {
      EXPECT_EQ(FoldLatin(cue), cue) << l.code << ": cues are written folded";
      const auto [it, inserted] = owner.emplace(cue, l.code);
      EXPECT_TRUE(inserted) << "'" << cue << "' is a cue of both " << it->second << " and "
                            << l.code;
    }
  }
}

// The top of blind16's Czech cumulative report as the English model read it from a phone photo
// ("VySetreni", "odbéru"): the page was read with "eng" alone and 29% of its values were found.
TEST(OcrLanguage, CzechHeaderReadByTheEnglishModel) {
  EXPECT_EQ(GuessLanguage(Words(
                "Fakultni nemocnice Vitava — Ustav klinické biochemie a hematologie Datum tisku: "
                "16. 7. 2024 Kumulativni nalez - sefazeno od nejnovéjsiho odbéru Strana 1/2 "
                "Pacient: NOVAK Jaroslav VySetreni Jednotka Ref. mez 29. 6. 2024")),
            "ces");
}

TEST(OcrLanguage, EuropeanHeaders) {
  EXPECT_EQ(GuessLanguage(Words("Laborbefund Eingang: 12.03.2024 Untersuchung Ergebnis Einheit "
                                "Referenzbereich Vorwert")),
            "deu");
  EXPECT_EQ(GuessLanguage(Words("Compte rendu d'analyses Prélèvement du 05/03/2024 Résultats "
                                "Valeurs de référence Antériorités")),
            "fra");
  EXPECT_EQ(GuessLanguage(Words("Sprawozdanie z badania Data pobrania: 2024-03-05 Badanie Wynik "
                                "Jednostka Zakres referencyjny")),
            "pol");
  EXPECT_EQ(GuessLanguage(Words("Uitslagenoverzicht Afname Bepaling Uitslag Eenheid Referentie")),
            "nld");
}

// An English report with the words other languages share ("Serum", "Hospital", "Protein") and a
// Spanish-looking name stays English.
TEST(OcrLanguage, EnglishReportsStayEnglish) {
  EXPECT_EQ(GuessLanguage(Words("St Mary's Hospital Laboratory Report Patient: Maria de la Cruz "
                                "Specimen collected 03/05/2024 Test Result Units Reference range "
                                "Serum free light chains Protein electrophoresis")),
            "");
  EXPECT_EQ(GuessLanguage(Words("Kappa 45.2 mg/L Lambda 12.1 mg/L")), "");
}

// Too few words of any language (a logo and a date) are not enough to leave English.
TEST(OcrLanguage, FewCuesAreNotALanguage) {
  EXPECT_EQ(GuessLanguage(Words("LABOR MEDIZIN Befund 12.03.2024")), "");
  EXPECT_EQ(GuessLanguage({}), "");
}

TEST(OcrLanguage, ScriptsWithTheirOwnModel) {
  EXPECT_EQ(internal::LanguageForScript("Greek"), "ell");
  EXPECT_EQ(internal::LanguageForScript("Cyrillic"), "rus");
  EXPECT_EQ(internal::LanguageForScript("Japanese"), "jpn");
  EXPECT_EQ(internal::LanguageForScript("Hangul"), "kor");
  EXPECT_EQ(internal::LanguageForScript("Han"), "chi_sim+chi_tra");
  EXPECT_EQ(internal::LanguageForScript("Latin"), "");
  EXPECT_EQ(internal::LanguageForScript(""), "");
}

// Chinese, Japanese and Korean reports whose Latin letters and digits the script detector saw
// ("Latin"): the English model alone read none of their test names (blind36's Osaka and
// Shanghai scans, blind37's Taipei and Busan ones: 0 values). The characters the three models
// together read in the top of the page tell which model reads the page.
TEST(OcrLanguage, ChineseJapaneseOrKoreanFromTheTopOfThePage_Regression) {
  EXPECT_EQ(internal::CjkLanguage(Words("大阪 なにわ 総合 医療 センター 臨床 検査部 検査結果 "
                                        "時系列表 患者名 山本 和夫 様")),
            "jpn");
  EXPECT_EQ(internal::CjkLanguage(Words("부산대학교병원 진단검사의학과 누적 검사결과 환자명 "
                                        "등록번호 성별 나이 생년월일")),
            "kor");
  EXPECT_EQ(internal::CjkLanguage(Words("國立臺灣大學醫學院附設醫院 累積報告 檢驗醫學部 姓名 "
                                        "病歷號 性別")),
            "chi_sim+chi_tra");
  // A few characters are no such page (a Latin report with a stray mark read as one).
  EXPECT_EQ(internal::CjkLanguage(Words("SERVIZO GALEGO DE SAUDE 大 XUNTA DE GALICIA")), "");
}

// A Japanese report heavy in kanji, its few kana under a fifth of them (blind41's Hokkaido
// table, which the script detector called Han and the Chinese models read: its katakana names
// came out garbled, 19.6% of its values read): a mark only Japanese writes (〒, 々) with a few
// kana tells it. A Chinese page read with the Japanese model shows Japanese forms of kanji
// (済, 単) and a few kana, but no such mark.
TEST(OcrLanguage, KanjiHeavyJapanesePageIsJapanese_Regression) {
  EXPECT_EQ(internal::CjkLanguage(Words("北海道大学病院検査輸血部 検査結果報告書 時系列 "
                                        "〒060-8648 札幌市北区北 患者 氏名 佐々木恵子 "
                                        "(ササキケイコ) 様 項目名 単位 基準値 採取日 血液学 "
                                        "白血球数 赤血球数 血小板数 生化学 総蛋白 尿素窒素")),
            "jpn");
  EXPECT_EQ(internal::CjkLanguage(Words("山市南海区仁済医院 栓剖振告単 生化 姓名 性別 男 血液内科 "
                                        "床号 本本美型 血清 黄志明 序号項目名称 単位 参考区同 "
                                        "乳酸脱気栓 球蛋白 尿酸 微球蛋白 ア")),
            "chi_sim+chi_tra");
}

// A Cyrillic page's top as the Russian model reads it: a Ukrainian report's "і" comes out as
// "!" or is dropped, but its words without those letters tell it from a Russian one (blind19's
// Kyiv report was read with the Russian model, 0 of 42 values).
TEST(OcrLanguage, UkrainianAndRussianPagesAreToldApart) {
  EXPECT_EQ(internal::CyrillicLanguage(Words(
                "Медична лаборатор!я Пащент: Шевчук Олена Стать: жноча Замовлення №: 24-0821 "
                "Дата взяття GiomaTepiany: 21.08.2024 Видано: 23.08.2024 Показник Результат")),
            "ukr");
  EXPECT_EQ(internal::CyrillicLanguage(
                Words("Пациент: Иванов Иван Дата рождения: 01.02.1950 Дата взятия биоматериала: "
                      "12.03.2024 Показатель Результат Единицы")),
            "rus");
  EXPECT_EQ(internal::CyrillicLanguage({}), "rus");  // unread: the Russian model
}

// Capital Greek was taken for Cyrillic by the script detector (blind21's Athens cumulative
// report, read with the Russian model: nothing found): the model that reads the top of the page
// with more confidence decides, and Cyrillic pages keep Russian or Ukrainian.
TEST(OcrLanguage, GreekOrCyrillicByTheSurerModel_Regression) {
  auto with = [](const std::string& text, float confidence) {
    std::vector<Word> w = Words(text);
    for (Word& x : w) x.confidence = confidence;
    return w;
  };
  const std::string greek = "ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΘΗΝΩΝ Ασθενής Ημ. γέννησης Εξέταση Μονάδα";
  const std::string garbled = "ГЕМКО NOZOKOMEIO AOHNON Ao8evrig Hu. yévunons E&étaon Movaéa";
  EXPECT_EQ(internal::GreekOrCyrillic(with(greek, 0.91f), with(garbled, 0.55f)), "ell");
  const std::string russian = "Пациент: Иванов Дата взятия биоматериала Показатель Результат";
  EXPECT_EQ(internal::GreekOrCyrillic(with("Пацуеит Иваиов Δατα", 0.42f), with(russian, 0.9f)),
            "rus");
  EXPECT_EQ(internal::GreekOrCyrillic({}, {}), "rus");
}

// A page read with English only because its language's model is missing says so; a page read
// with its model, or an English page, does not.
TEST(OcrLanguage, MissingModelIsAWarning) {
  Page p;
  p.number = 2;
  p.ocr = true;
  p.ocr_language = "deu";
  p.ocr_model = "eng";
  const std::string w = MissingModelWarning(p);
  EXPECT_NE(w.find("page 2 is in German"), std::string::npos) << w;
  EXPECT_NE(w.find("tesseract-ocr-deu"), std::string::npos) << w;
  p.ocr_model = "deu+eng";
  EXPECT_EQ(MissingModelWarning(p), "");
  p.ocr_language = p.ocr_model = "eng";
  EXPECT_EQ(MissingModelWarning(p), "");
  EXPECT_EQ(MissingModelWarning(Page{}), "");
}

// blind16's Greek office scan: the Greek model read the mu of "αιμοληψίας" (blood draw) as the
// micro sign, the blood-draw date was not found, and the page's blood results took the date the
// 24-hour urine collection ended, two of them silently.
TEST(OcrLanguage, MicroSignInAGreekWordIsTheGreekMu_Regression) {
  EXPECT_EQ(GreekMu("αι\u00b5οληψίας:"), "αι\u03bcοληψίας:");
  EXPECT_EQ(GreekMu("Αι\u00b5οσφαιρίνη"), "Αι\u03bcοσφαιρίνη");
  EXPECT_EQ(GreekMu("\u00b5ονοκλωνική"), "\u03bcονοκλωνική");  // first letter
  EXPECT_EQ(GreekMu("ιονισ\u00b5"), "ιονισ\u03bc");            // last letter
  EXPECT_EQ(GreekMu("\u00b5mol/L"), "\u00b5mol/L");            // a unit keeps its micro sign
  EXPECT_EQ(GreekMu("\u00b5g/L"), "\u00b5g/L");
  EXPECT_EQ(GreekMu("\u00b5"), "\u00b5");
  EXPECT_EQ(GreekMu(""), "");
}

}  // namespace
}  // namespace oncoguide::import
