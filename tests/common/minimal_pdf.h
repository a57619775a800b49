// Small PDFs written by hand for tests: a valid cross-reference table, text in the standard
// Helvetica font (poppler reads it without any font file), nothing else.
#ifndef ONCOGUIDE_TESTS_COMMON_MINIMAL_PDF_H_
#define ONCOGUIDE_TESTS_COMMON_MINIMAL_PDF_H_

#include <cstdio>
#include <string>
#include <vector>

namespace oncoguide::testing {

// A PDF of the given object bodies (object i+1 is objects[i]; object 1 must be the catalog).
inline std::string BuildPdf(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// A piece of text at a position on a US Letter page, in PDF points from the bottom left.
struct PlacedText {
  double x = 72;
  double y = 720;
  std::string text;  // no parentheses or backslashes
};

// A one-page PDF with a text layer: each piece in Helvetica 10 pt at its place.
inline std::string TextPdf(const std::vector<PlacedText>& pieces) {
  std::string content;
  for (const PlacedText& p : pieces) {
    content += "BT /F1 10 Tf " + std::to_string(p.x) + " " + std::to_string(p.y) + " Td (" +
               p.text + ") Tj ET\n";
  }
  return BuildPdf(
      {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
       "/F1 5 0 R >> >> /Contents 4 0 R >>",
       "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_COMMON_MINIMAL_PDF_H_
