// Classes found by blind44's first run (a forty-fifth separate author's 18 documents, measured
// once blind at 00a47a4), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// blind44's one silent value: a Gwangju marrow report named the previous marrow exam with its
// collection date ("이전 골수검사 (검체채취일 2024-11-04): 형질세포 12.5%"), and that date then
// dated the diagnosis below it, so this exam's 41.2% was given the earlier exam's date. "이전"
// (previous), like "previous" and its forms in other languages, marks the line as speaking of
// an earlier result: its date is not a collection date for the lines after it.
TEST(Blind44Class, KoreanPreviousExamDateDatesNothingAfterIt_Regression) {
  const ImportResult r = ExtractPlaced({
      {{44, "검체채취일"}, {110, "2025-05-20 09:40"}},
      {{40, "5. 이전 골수검사와 비교"}},
      {{52, "이전 골수검사 (검체채취일 2024-11-04): 형질세포 12.5%, 유세포분석 단클론성"}},
      {{48, "진단 (Diagnosis)"}},
      {{48, "Bone marrow, aspiration and biopsy: Plasma cell myeloma, kappa-restricted"}},
      {{48, "형질세포 41.2% (이전 12.5%에서 증가) — 재발 소견에 합당함."}},
  });
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kBmPlasmaCells && o.obs.value == 41.2) {
      EXPECT_EQ(o.obs.date.ToString(), "2025-05-20");
    }
  }
}

}  // namespace
}  // namespace oncoguide::import
