#include "oncoguide/kb/text.h"

#include "oncoguide/common/text.h"

namespace oncoguide::kb {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Apostrophe inside a word: ASCII ' or U+2019 (E2 80 99).
    if (!cur.empty() && c == '\'') continue;
    if (!cur.empty() && c == 0xE2 && text.substr(i, 3) == "\xE2\x80\x99") {
      i += 2;
      continue;
    }
    if (const Cjk k = CjkAt(text, i); k != Cjk::kNone) {
      // Each ideograph or kana is a word of its own ("发烧" is "发" "烧"): these scripts put no
      // space between words, so patterns name them as phrases ("发_烧").
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
      if (k == Cjk::kWord) words.emplace_back(text.substr(i, 3));
      i += 2;
      continue;
    }
    if (IsWordByte(c)) {
      cur.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                           : static_cast<char>(c));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::vector<Marker> FindMarkers(std::string_view text) {
  std::vector<Marker> out;
  size_t pos = 0;
  while ((pos = text.find("[@", pos)) != std::string_view::npos) {
    Marker m;
    m.offset = pos;
    size_t end = text.find_first_of("]\n", pos);
    if (end == std::string_view::npos || text[end] != ']') {
      m.length = 2;
      out.push_back(m);
      pos += 2;
      continue;
    }
    std::string_view inner = text.substr(pos + 1, end - pos - 1);
    bool ok = true;
    size_t start = 0;
    while (ok && start <= inner.size()) {
      size_t semi = inner.find(';', start);
      std::string_view part = Trim(inner.substr(
          start, semi == std::string_view::npos ? std::string_view::npos : semi - start));
      start = semi == std::string_view::npos ? inner.size() + 1 : semi + 1;
      if (!part.starts_with("@")) {
        ok = false;
        break;
      }
      part.remove_prefix(1);
      size_t comma = part.find(',');
      Cite c{std::string(Trim(part.substr(0, comma))), {}};
      if (comma != std::string_view::npos) c.locator = std::string(Trim(part.substr(comma + 1)));
      if (c.id.empty() || c.id.find_first_of(" \t") != std::string::npos) ok = false;
      m.cites.push_back(std::move(c));
    }
    if (!ok) m.cites.clear();
    m.length = end - pos + 1;
    out.push_back(std::move(m));
    pos = end + 1;
  }
  return out;
}

std::string StripMarkers(std::string_view text) {
  std::string out;
  size_t last = 0;
  for (const Marker& m : FindMarkers(text)) {
    std::string_view before = text.substr(last, m.offset - last);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    out.append(before);
    last = m.offset + m.length;
  }
  out.append(text.substr(last));
  return out;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

}  // namespace oncoguide::kb
