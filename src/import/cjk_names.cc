// Chinese, Japanese and Korean test names and column titles in English (cjk_names.h).
#include "cjk_names.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {
namespace {

// Each word and its English. Simplified and traditional Chinese, Japanese kanji and katakana,
// Korean. Words of tests oncoguide does not use are here too, so that they are recognised and
// ignored rather than read as another test ("尿素", urea, is not urine).
constexpr std::pair<std::string_view, std::string_view> kWords[] = {
    // Haemoglobin and the blood count (ignored but for haemoglobin).
    {"ヘモグロビン", "hemoglobin"},
    {"へモグロビン", "hemoglobin"},  // OCR's hiragana "he", drawn as the katakana one
    {"血色素", "hemoglobin"},
    // The red cells' mean haemoglobin (MCH) and its concentration (MCHC): blood count indices,
    // not the haemoglobin ("平均血红蛋白浓度 | MCHC | 329 g/L" was read as a haemoglobin of 32.9).
    {"平均血红蛋白浓度", "mchc"},
    {"平均血紅蛋白濃度", "mchc"},
    {"平均血红蛋白含量", "mch"},
    {"平均血紅蛋白含量", "mch"},
    {"平均血红蛋白量", "mch"},
    {"平均血紅蛋白量", "mch"},
    {"血红蛋白", "hemoglobin"},
    {"血紅蛋白", "hemoglobin"},
    {"헤모글로빈", "hemoglobin"},
    {"혈색소", "hemoglobin"},
    {"白血球数", "white blood cells"},
    {"白血球", "white blood cells"},
    {"白细胞", "white blood cells"},
    {"白細胞", "white blood cells"},
    {"赤血球数", "red blood cells"},
    {"赤血球", "red blood cells"},
    {"红细胞", "red blood cells"},
    {"紅細胞", "red blood cells"},
    {"血小板数", "platelets"},
    {"血小板", "platelets"},
    // Chemistry.
    {"補正カルシウム", "corrected calcium"},
    {"补正钙", "corrected calcium"},
    {"校正钙", "corrected calcium"},
    {"校正鈣", "corrected calcium"},
    // "補正 Ca": corrected, set apart by a scan from the Latin abbreviation it qualifies.
    {"補正", "corrected"},
    {"补正", "corrected"},
    {"校正", "corrected"},
    {"カルシウム", "calcium"},
    {"칼슘", "calcium"},
    {"钙", "calcium"},
    {"鈣", "calcium"},
    {"クレアチニン", "creatinine"},
    {"肌酸酐", "creatinine"},
    {"肌酐", "creatinine"},
    {"크레아티닌", "creatinine"},
    {"アルブミン", "albumin"},
    {"白蛋白", "albumin"},
    {"알부민", "albumin"},
    {"総蛋白", "total protein"},
    {"总蛋白", "total protein"},
    {"總蛋白", "total protein"},
    {"총단백", "total protein"},
    {"球蛋白", "globulin"},
    {"グロブリン", "globulin"},
    {"尿素窒素", "urea"},
    {"尿素氮", "urea"},
    {"尿素", "urea"},
    {"尿酸", "uric acid"},
    {"乳酸脱水素酵素", "ldh"},
    {"乳酸脱氢酶", "ldh"},
    {"乳酸脫氫酶", "ldh"},
    {"マイクログロブリン", "microglobulin"},
    // ja, the other katakana spelling ("β2-ミクログロブリン").
    {"ミクログロブリン", "microglobulin"},
    {"微球蛋白", "microglobulin"},
    {"반응성단백", "c reactive protein"},
    {"C反應蛋白", "c reactive protein"},
    {"C反应蛋白", "c reactive protein"},
    {"C反応性蛋白", "c reactive protein"},
    {"백혈구", "white blood cells"},
    // ko: the specimen before a test's name ("혈청 IFE (Serum)", "소변 IFE (Urine, random)").
    {"혈청", "serum"},
    {"소변", "urine"},
    {"혈소판", "platelets"},
    {"보정칼슘", "corrected calcium"},
    // Myeloma tests: free light chains, M-protein, immunofixation, electrophoresis.
    {"遊離L鎖", "free light chain"},
    {"遊離 L 鎖", "free light chain"},  // as OCR spaces the Latin letter
    {"遊離軽鎖", "free light chain"},
    {"游离轻链", "free light chain"},
    {"遊離輕鏈", "free light chain"},
    {"游離輕鏈", "free light chain"},  // zh-TW, as Taiwanese reports write it
    {"游離", "free"},
    {"游离", "free"},
    {"遊離", "free"},
    {"轻链", "light chain"},
    {"輕鏈", "light chain"},
    {"軽鎖", "light chain"},
    {"L鎖", "light chain"},
    {"L 鎖", "light chain"},
    {"比值", "ratio"},
    {"比", "ratio"},
    // ja: "Mタンパク定量" (M-protein, quantified), M-protein in katakana.
    {"Mタンパク定量", "m-protein"},
    {"Mタンパク量", "m-protein"},
    {"Mタンパク", "m-protein"},
    {"M蛋白量", "m-protein"},
    {"M蛋白", "m-protein"},
    {"M 蛋白", "m-protein"},
    {"免疫固定电泳", "immunofixation"},
    {"免疫固定電泳", "immunofixation"},
    {"免疫固定法", "immunofixation"},
    {"免疫固定", "immunofixation"},
    {"면역고정전기영동", "immunofixation"},
    {"면역고정", "immunofixation"},
    {"M단백", "m-protein"},
    {"M 단백", "m-protein"},
    {"M-단백", "m-protein"},  // a cumulative table's column title ("M-단백 | 면역고정")
    {"유리", "free"},
    {"경쇄", "light chain"},
    {"단백전기영동", "protein electrophoresis"},
    {"전기영동", "electrophoresis"},
    {"형질세포 비율", "plasma cells"},  // "비율" (proportion) is a percentage here, no ratio
    {"형질세포비율", "plasma cells"},
    {"형질세포", "plasma cells"},
    {"골수 도말", "bone marrow"},  // "도말" (smear): the aspirate's count
    {"골수도말", "bone marrow"},
    {"골수", "bone marrow"},
    {"蛋白分画", "protein electrophoresis"},
    {"分画", "fraction"},
    {"电泳", "electrophoresis"},
    {"電泳", "electrophoresis"},
    {"形質細胞", "plasma cells"},
    {"浆细胞比例", "plasma cells"},  // "比例" (proportion) is a percentage here, no ratio
    {"漿細胞比例", "plasma cells"},
    {"浆细胞", "plasma cells"},
    {"漿細胞", "plasma cells"},
    // Specimens.
    {"血清", "serum"},
    {"혈청", "serum"},
    {"24시간뇨", "24 hour urine"},
    {"소변", "urine"},
    {"尿中", "urine"},
    {"尿", "urine"},
    // Greek letters of the light chains, and full-width parentheses.
    {"κ", "kappa"},
    {"λ", "lambda"},
    {"（", "("},
    {"）", ")"},
};

}  // namespace

bool HasCjk(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0xE3 && b <= 0xED) || b == 0xEF;
  });
}

std::string CjkNamesInEnglish(std::string_view text) {
  // Only text with a Chinese, Japanese or Korean character or a full-width form is read: "κ"
  // and "λ" in a Greek report's name stay as they are.
  if (!HasCjk(text)) return std::string(text);
  static const std::vector<std::pair<std::string_view, std::string_view>> by_length = [] {
    std::vector<std::pair<std::string_view, std::string_view>> v(std::begin(kWords),
                                                                 std::end(kWords));
    std::stable_sort(v.begin(), v.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return v;
  }();
  // Each word in English; and how many Latin letters stand outside parentheses beside them.
  std::string out;
  int latin = 0;
  int depth = 0;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [word, english] : by_length) {
      if (text.substr(i, word.size()) == word) {
        if (word == "（") ++depth;
        if (word == "）" && depth > 0) --depth;
        out += ' ';
        out += english;
        out += ' ';
        i += word.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    latin += depth == 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    out += c;
  }
  // A name already written in Latin letters beside its translation ("Hb ヘモグロビン", "FLC-κ
  // 遊離κ鎖") is read from those letters, as before: its translation would only repeat it. One
  // letter is no name ("B2- マイクログロブリン", β2 as OCR reads it).
  if (latin < 2) return out;
  // Its specimen written before it is still read ("혈청 IFE (Serum)": serum), and what kind of
  // the test it is ("補正 Ca": corrected calcium, not the total calcium "Ca" names alone).
  std::string kept(text);
  for (const auto& [word, english] :
       {std::pair<std::string_view, std::string_view>{"혈청", "serum"},
        {"24시간뇨", "24 hour urine"},  // "소변 IFE (24시간뇨)"
        {"소변", "urine"},
        {"補正", "corrected"},
        {"补正", "corrected"},
        {"校正", "corrected"}}) {
    for (size_t at = kept.find(word); at != std::string::npos; at = kept.find(word, at)) {
      // Set apart from a Latin name written against it ("補正Ca").
      const std::string spaced = " " + std::string(english) + " ";
      kept.replace(at, word.size(), spaced);
      at += spaced.size();
    }
  }
  return kept;
}

namespace {

const std::pair<std::string_view, std::string_view> kTitles[] = {
    {"結果", "result"},
    {"结果", "result"},
    {"単位", "units"},
    {"单位", "units"},
    {"單位", "units"},
    {"基準値", "reference"},
    {"基准值", "reference"},
    {"参考值", "reference"},
    {"參考值", "reference"},
    {"参考范围", "reference"},
    {"參考範圍", "reference"},
    {"前回", "previous"},
    {"前々回", "previous"},
    // ja: the earlier result and its date ("前回値 | 前回日"), the result's flag ("結果 判定").
    {"前回値", "previous result"},
    {"前回結果", "previous result"},
    {"前回日", "previous date"},
    {"前回採取日", "previous date"},
    {"判定", "flag"},
    {"项目", "test"},
    {"項目", "test"},
    // zh: "序号 项目名称 | 结果 提示单位 | 参考区间 | 上次结果" (row number, test name, result,
    // flag and unit, reference interval, last result).
    {"项目名称", "test"},
    {"項目名稱", "test"},
    {"序号", "no"},
    {"序號", "no"},
    {"提示", "flag"},
    {"提示单位", "flag units"},
    {"提示單位", "flag units"},
    {"参考区间", "reference"},
    {"參考區間", "reference"},
    {"上次结果", "previous result"},
    {"上次結果", "previous result"},
    {"前次结果", "previous result"},
    {"前次結果", "previous result"},
    {"検査項目", "test"},
    // ko: test name, result, flag, unit, reference, specimen ("검사명 | 결과 판정 단위 |
    // 참고치 | 검체"); the report's date is a title of another date.
    {"검사명", "test"},
    {"검사항목", "test"},
    {"결과", "result"},
    {"판정", "flag"},
    {"단위", "units"},
    {"참고치", "reference"},
    {"참고범위", "reference"},
    {"검체", "specimen"},
    // An electrophoresis table's fractions ("분획 | % | g/dL | 참고치 (%)"; ja "分画", zh "组分").
    {"분획", "fraction"},
    {"分画", "fraction"},
    {"组分", "fraction"},
    {"組分", "fraction"},
    // The earlier result and its date ("이전결과 | 이전검사일").
    {"이전결과", "previous result"},
    {"이전", "previous"},
    {"전회결과", "previous result"},
    {"직전결과", "previous result"},
    {"이전검사일", "previous date"},
    {"이전검사일자", "previous date"},
    {"이전일자", "previous date"},
    {"전회검사일", "previous date"},
    {"보고일시", "reported"},
    {"보고일", "reported"},
    // The sample's taking date of each row ("採檢日期 | 血色素", "채혈일시 | 혈색소").
    {"採檢日期", "collection date"},
    {"采检日期", "collection date"},
    {"采样日期", "collection date"},
    {"採樣日期", "collection date"},
    {"采集日期", "collection date"},
    {"採集日期", "collection date"},
    {"采血日期", "collection date"},
    {"採血日期", "collection date"},
    {"採血日", "collection date"},
    {"採血日時", "collection date"},
    {"採取日", "collection date"},
    {"採取日時", "collection date"},
    {"検体採取日", "collection date"},
    {"検査日", "collection date"},
    {"채혈일시", "collection date"},
    {"채혈일", "collection date"},
    {"채취일", "collection date"},
    {"채취일시", "collection date"},
    {"검체채취일", "collection date"}};

const std::pair<std::string_view, std::string_view>* FindTitle(std::string_view w) {
  const auto* hit = std::find_if(std::begin(kTitles), std::end(kTitles),
                                 [&](const auto& e) { return e.first == w; });
  return hit == std::end(kTitles) ? nullptr : hit;
}

}  // namespace

std::string SpacedCjkTitles(const std::string& t) {
  if (t.find(' ') != std::string::npos || FindTitle(t) != nullptr) return t;
  // Cut only between characters (not inside a UTF-8 sequence), into two known titles.
  for (size_t cut = 1; cut < t.size(); ++cut) {
    if ((static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) continue;
    if (FindTitle(std::string_view(t).substr(0, cut)) != nullptr &&
        FindTitle(std::string_view(t).substr(cut)) != nullptr) {
      return t.substr(0, cut) + " " + t.substr(cut);
    }
  }
  return t;
}

std::string CjkTitlesInEnglish(const std::string& t) {
  std::string out;
  size_t i = 0;
  while (i < t.size()) {
    size_t j = t.find(' ', i);
    if (j == std::string::npos) j = t.size();
    std::string_view w(t.data() + i, j - i);
    // A title in the list, Korean ones too (Hangul is no CJK word of IsCjkWord); another
    // Chinese or Japanese word is dropped.
    const auto* hit = FindTitle(w);
    // Or a title with its bracket run into it ("上次结果(2024-03-11)": the previous result and
    // its date), which was read as no title at all.
    std::string bracketed;
    if (hit == nullptr) {
      const size_t open = std::min(w.find('('), w.find("\xEF\xBC\x88"));  // "(" or "（"
      if (open != std::string_view::npos && open > 0) {
        if (const auto* title = FindTitle(w.substr(0, open))) {
          bracketed = std::string(title->second) + " " + std::string(w.substr(open));
        }
      }
    }
    if (!bracketed.empty()) {
      w = bracketed;
    } else if (hit != nullptr) {
      w = hit->second;
    } else if (IsCjkWord(w)) {
      w = std::string_view();
    }
    if (!w.empty()) out.append(out.empty() ? "" : " ").append(w);
    i = j + 1;
  }
  return out;
}

namespace {

constexpr std::string_view kCollectionLabels[] = {
    // zh-Hans, zh-Hant: sampling, collection and blood-taking time or date
    "采样时间", "採樣時間", "采集时间", "採集時間", "采血时间", "採血時間", "采样日期", "採樣日期",
    "采集日期", "採集日期", "采血日期", "採血日期", "采检日期", "採檢日期", "採檢時間",
    // A section heading's "采样 2024-05-11 07:00" (sampled): the date must follow closely
    // (CollectionLabelDates). After the longer labels, which win where both fit.
    "采样", "採樣", "采血", "採血",
    // ja
    "採血日時", "採血日", "採取日時", "採取日", "検体採取日",
    // ko
    "채혈일시", "채혈일", "채취일시", "채취일", "검체채취일"};

constexpr std::string_view kOtherDateLabels[] = {
    // zh: received, reported, printed, checked
    "接收时间", "接收時間", "报告时间", "報告時間", "打印时间", "列印時間", "审核时间", "審核時間",
    "报告日期", "報告日期", "接收日期",
    // ja: received, reported, printed, born
    "受付日", "受付日時", "報告日", "報告日時", "印刷日", "生年月日",
    // ko: received, reported, printed, born
    "접수일", "접수일시", "보고일", "보고일시", "출력일", "생년월일"};

}  // namespace

std::span<const std::string_view> CjkCollectionLabels() { return kCollectionLabels; }
std::span<const std::string_view> CjkOtherDateLabels() { return kOtherDateLabels; }

}  // namespace oncoguide::import::internal
