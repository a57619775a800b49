// Classes found by the first run of blind62 (a sixty-third separate author's 18 documents,
// measured once blind at af04e52), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// Vinhais: a Portuguese cumulative report names LDH "Lactato desidrogenase (LDH)"; the spelling
// was not known, and five LDH results were listed as a test not recognised (blind58's "Lactato
// desidrogenase" rows too).
TEST(Blind62Class, PortugueseLactatoDesidrogenaseIsTheLdh_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Análise"},
       {200, "Unid."},
       {250, "Val. ref."},
       {330, "02-10-2023"},
       {420, "30-10-2023"}},
      {{40, "Lactato desidrogenase (LDH)"},
       {200, "U/L"},
       {250, "< 247"},
       {330, "262"},
       {420, "240"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2023-10-02", 262);
  ExpectValueOn(r, Analyte::kLdh, "2023-10-30", 240);
}

}  // namespace
}  // namespace oncoguide::import
