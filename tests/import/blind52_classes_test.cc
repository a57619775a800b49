// Classes found by blind52's first run (a fifty-third separate author's 18 documents, measured
// once blind at 9c3b26a), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// An Albacete report's previous-result column titled on two lines ("Resultado anterior" over
// "(fecha)"): each row's current result was lost, silently, and only the earlier one was read.
TEST(Blind52Class, PreviousColumnTitledOverItsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{46, "NHC: 0871245"}, {310, "Fecha de extracción: 11/03/2024 08:55"}},
      {{46, "Nº petición: 24031101187"}, {310, "Fecha de recepción: 11/03/2024 10:20"}},
      {{46, "Procedencia: C. Externas"}, {310, "Fecha de informe: 14/03/2024"}},
      {{145, "INFORME DE ESTUDIO DE GAMMAPATÍA MONOCLONAL"}},
      {{470, "Resultado anterior"}},
      {{40, "Prueba"},
       {220, "Resultado"},
       {284, "Unidades"},
       {338, "Valores de referencia"},
       {470, "(fecha)"}},
      {{40, "BIOQUÍMICA SÉRICA"}},
      {{40, "Creatinina"},
       {240, "1,21 ↑"},
       {284, "mg/dL"},
       {338, "0,70 – 1,20"},
       {470, "1,34 mg/dL (15/01/2024)"}},
      {{40, "Calcio"},
       {249, "9,8"},
       {284, "mg/dL"},
       {338, "8,6 – 10,2"},
       {470, "10,4 mg/dL (15/01/2024)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-11", 1.21);
  ExpectValueOn(r, Analyte::kCalcium, "2024-03-11", 9.8);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-15", 1.34);
}

// A Bolzano print-out's history, dates as rows, its narrow titles spelt out in a key below ("CM =
// componente monoclonale sierica") or short ("K LIB", "L LIB"), and the newest row's
// β2-microglobulin still in progress ("IN C."): no M-protein or light chain of any date was read,
// and the newest row was left unread for its "IN C.".
TEST(Blind52Class, ItalianHistoryWithKeyedAndShortTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "DATA PRELIEVO"},
       {130, "HB"},
       {160, "B2M"},
       {195, "CM"},
       {225, "K LIB"},
       {265, "L LIB"}},
      {{130, "g/dL"}, {160, "mg/L"}, {195, "g/dL"}, {225, "mg/L"}, {265, "mg/L"}},
      {{40, "18/06/2024"},
       {130, "11,2"},
       {160, "IN C."},
       {195, "1,46"},
       {225, "118,40"},
       {265, "10,20"}},
      {{40, "14/05/2024"},
       {130, "11,5"},
       {160, "2,91"},
       {195, "1,12"},
       {225, "89,90"},
       {265, "9,80"}},
      {{40, "LEGENDA: CM = componente monoclonale sierica (densitometria); B2M ="}},
      {{40, "beta2-microglobulina; IN C. = in corso."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-06-18", 1.46);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-06-18", 118.4);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-05-14", 9.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-18", 11.2);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-06-18"), nullptr);
}

// A note under an immunofixation's bare "POSITIVA" that names a light chain band, after a mark
// ("> catene leggere libere KAPPA (proteinuria di Bence Jones)") or after "Banda de" with a
// second sentence: the isotype was not taken from it.
TEST(Blind52Class, LightChainBandInTheNoteUnderAnImmunofixation_Regression) {
  const ImportResult it = ExtractPlaced({
      {{40, "DATA PRELIEVO: 18/06/2024"}},
      {{40, "ESAME"}, {225, "RISULTATO"}, {305, "U.M."}, {360, "VALORI DI RIFERIMENTO"}},
      {{40, "IMMUNOFISSAZIONE URINARIA"}, {230, "POSITIVA"}, {360, "ASSENTE"}},
      {{50, "> catene leggere libere KAPPA (proteinuria di Bence Jones)"}},
  });
  const ImportedObservation* urine = FindOn(it, Analyte::kUrineIfe, "2024-06-18");
  ASSERT_NE(urine, nullptr);
  EXPECT_EQ(urine->obs.text, "kappa");
  const ImportResult es = ExtractPlaced({
      {{40, "Fecha de extracción: 11/03/2024"}},
      {{40, "Prueba"}, {220, "Resultado"}, {300, "Unidades"}, {360, "Valores de referencia"}},
      {{40, "Inmunofijación en orina"}, {228, "Positiva"}, {360, "Negativa"}},
      {{52, "Banda de cadenas ligeras lambda libres (proteína de Bence Jones). No se detectan"}},
      {{52, "cadenas pesadas."}},
  });
  const ImportedObservation* band = FindOn(es, Analyte::kUrineIfe, "2024-03-11");
  ASSERT_NE(band, nullptr);
  EXPECT_EQ(band->obs.text, "lambda");
}

// A Chur two-date table whose unit column starts right after the older date's column: the unit
// ran into that date's cell ("112 L g/L"), the newer result had none and the older one carried
// it, so several rows were left unread.
TEST(Blind52Class, UnitRunIntoTheLastDatesCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Analyse"}, {130, "18.06.24"}, {175, "21.05.24"}, {225, "Einheit"}, {270, "Referenz"}},
      {{36, "Kreatinin"}, {140, "96 H"}, {178, "109 H µmol/L"}, {270, "44–80"}},
      {{36, "Calcium total"}, {140, "2.34"}, {183, "2.41 mmol/L"}, {270, "2.10–2.55"}},
  });
  const struct {
    Analyte test;
    const char* date;
    double mg_dl;
  } read[] = {{Analyte::kCreatinine, "2024-06-18", 96 / 88.4},
              {Analyte::kCreatinine, "2024-05-21", 109 / 88.4},
              {Analyte::kCalcium, "2024-05-21", 2.41 * 4.008}};
  for (const auto& x : read) {
    const ImportedObservation* o = FindOn(r, x.test, x.date);
    ASSERT_NE(o, nullptr) << x.date;
    EXPECT_NEAR(o->obs.value, x.mg_dl, 0.002) << x.date;
  }
}

// A Korean electrophoresis table titled "분획 | % | g/dL | 참고치 (%)" (fraction, per cent,
// g/dL, reference): "분획" was no title we knew, so its M-peak row was left unread; and the
// immunofixation under it, "IgG-kappa 단클론 단백 확인" (monoclonal protein confirmed), was not
// understood. A wording we cannot read under that table is listed as unread, never dropped.
TEST(Blind52Class, KoreanFractionTableAndMonoclonalWording_Regression) {
  const ImportResult r = ExtractPlaced({
      {{390, "채혈일시"}, {438, "2024-07-03 08:21"}},
      {{42, "분획"}, {193, "%"}, {243, "g/dL"}, {280, "참고치 (%)"}},
      {{42, "Gamma"}, {186, "24.9"}, {246, "1.89"}, {280, "11.1 ~ 18.8"}},
      {{42, "M-peak (gamma 분획)"}, {246, "1.21"}, {280, "검출되지 않음"}},
      {{42, "혈청 IFE"}, {220, "IgG-kappa 단클론 단백 확인 (gamma 분획)"}},
      {{42, "소변 IFE"}, {220, "판독 보류 중입니다"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-07-03", 1.21);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-07-03");
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_TRUE(std::any_of(r.unrecognised.begin(), r.unrecognised.end(), [](const auto& u) {
    return u.text.find("소변 IFE") != std::string::npos;
  })) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
