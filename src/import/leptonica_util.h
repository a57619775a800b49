// Leptonica helpers shared by the image decoder and the OCR reader (OCR builds only).
#ifndef ONCOGUIDE_SRC_IMPORT_LEPTONICA_UTIL_H_
#define ONCOGUIDE_SRC_IMPORT_LEPTONICA_UTIL_H_

#ifdef ONCOGUIDE_WITH_OCR
#include <leptonica/allheaders.h>

#include <memory>

namespace oncoguide::import::internal {

struct PixFree {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
// An owned leptonica image.
using PixPtr = std::unique_ptr<Pix, PixFree>;

// Leptonica prints its warnings to stderr unless told not to; once per process.
inline void QuietLeptonica() {
  static const bool once = [] {
    setMsgSeverity(L_SEVERITY_NONE);
    return true;
  }();
  (void)once;
}

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_WITH_OCR
#endif  // ONCOGUIDE_SRC_IMPORT_LEPTONICA_UTIL_H_
