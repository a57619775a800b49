#include "markup.h"

#include <cctype>
#include <optional>
#include <vector>

#include "oncoguide/kb/text.h"

namespace oncoguide::render {
namespace {

// "[1]" or "[1, 2]" at `pos`: the numbers and the length, else nullopt.
std::optional<std::pair<mstch::array, size_t>> CiteAt(std::string_view s, size_t pos) {
  if (s[pos] != '[') return std::nullopt;
  mstch::array numbers;
  size_t i = pos + 1;
  while (true) {
    size_t start = i;
    int n = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && i - start < 4) {
      n = n * 10 + (s[i] - '0');
      ++i;
    }
    if (i == start) return std::nullopt;
    numbers.emplace_back(n);
    if (i < s.size() && s[i] == ']') return std::make_pair(std::move(numbers), i + 1 - pos);
    if (i + 1 < s.size() && s[i] == ',' && s[i + 1] == ' ') {
      i += 2;
      continue;
    }
    return std::nullopt;
  }
}

mstch::map Inline(std::string_view s) {
  mstch::array segs;
  std::string text;
  bool bold = false;
  auto flush = [&] {
    if (text.empty()) return;
    segs.emplace_back(mstch::map{{bold ? "b" : "t", text}});
    text.clear();
  };
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "**") == 0) {
      flush();
      bold = !bold;
      i += 2;
      continue;
    }
    if (auto cite = CiteAt(s, i)) {
      // The space before a citation stays with the text; the number follows it.
      flush();
      segs.emplace_back(mstch::map{{"c", std::move(cite->first)}});
      i += cite->second;
      continue;
    }
    text += s[i] == '\n' ? ' ' : s[i];
    ++i;
  }
  flush();
  return mstch::map{{"segs", std::move(segs)}};
}

std::vector<std::string_view> Lines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

mstch::map Blocks(std::string_view markdown) {
  mstch::array blocks;
  std::string para;
  mstch::array items;
  auto flush_para = [&] {
    if (para.empty()) return;
    blocks.emplace_back(mstch::map{{"para", Inline(para)}});
    para.clear();
  };
  auto flush_list = [&] {
    if (items.empty()) return;
    blocks.emplace_back(mstch::map{{"list", mstch::map{{"items", std::move(items)}}}});
    items = {};
  };
  for (std::string_view line : Lines(markdown)) {
    std::string_view t = kb::Trim(line);
    if (t.empty()) {
      flush_para();
      flush_list();
    } else if (t.starts_with("- ")) {
      flush_para();
      items.emplace_back(Inline(t.substr(2)));
    } else {
      flush_list();
      if (!para.empty()) para += ' ';
      para += t;
    }
  }
  flush_para();
  flush_list();
  return mstch::map{{"blocks", std::move(blocks)}};
}

std::string PlainText(std::string_view markdown) {
  std::string joined;
  for (std::string_view line : Lines(markdown)) {
    std::string_view t = kb::Trim(line);
    if (t.starts_with("- ")) t.remove_prefix(2);
    if (t.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += t;
  }
  std::string stripped = kb::StripMarkers(joined);
  std::string_view s = stripped;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "**") == 0) {
      i += 2;
      continue;
    }
    if (auto cite = CiteAt(s, i)) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      i += cite->second;
      continue;
    }
    char c = s[i++];
    if (c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Preview(std::string_view markdown, size_t max) {
  std::string text = PlainText(markdown);
  size_t end = text.find(". ");
  if (end != std::string::npos) text.resize(end + 1);
  if (text.size() <= max) return text;
  size_t cut = text.rfind(' ', max - 3);
  if (cut == std::string::npos || cut == 0) cut = max - 3;
  text.resize(cut);
  while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
  return text + "...";
}

}  // namespace oncoguide::render
