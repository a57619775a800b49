#include "oncoguide/common/text.h"

namespace oncoguide {

bool MarksLabError(std::string_view note) {
  const std::string lower = AsciiLower(note);
  return lower.find("spurious") != std::string::npos ||
         lower.find("lab error") != std::string::npos ||
         lower.find("laboratory error") != std::string::npos;
}

std::string WrapText(std::string_view text, size_t width, std::string_view first_indent,
                     std::string_view indent) {
  std::string out;
  std::string line(first_indent);
  size_t line_indent = first_indent.size();
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = text.find_first_not_of(" \t\n\r", pos);
    if (start == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t\n\r", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    pos = end;
    const bool has_words = line.size() > line_indent;
    if (has_words && line.size() + 1 + word.size() > width) {
      out += line;
      out += '\n';
      line.assign(indent);
      line_indent = indent.size();
    } else if (has_words) {
      line += ' ';
    }
    line += word;
  }
  if (line.size() > line_indent) {
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace oncoguide
