#include "oncoguide/kb/topic.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

std::vector<std::string_view> SplitLines(std::string_view content) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

Status ListOfStrings(const YAML::Node& node, const char* key, std::vector<std::string>* out,
                     const std::string& file, int line_offset) {
  const YAML::Node n = node[key];
  if (!n) return Status::Ok();
  if (!n.IsSequence()) {
    return Status::Invalid(fmt::format("'{}' must be a list", key),
                           fmt::format("write {}: [a, b] or one '- item' per line", key),
                           {file, line_offset + n.Mark().line, ""});
  }
  for (const YAML::Node& item : n) out->push_back(item.as<std::string>());
  return Status::Ok();
}

}  // namespace

const Section* Topic::Find(std::string_view heading) const {
  for (const Section& s : sections) {
    if (s.heading == heading) return &s;
  }
  return nullptr;
}

std::string Topic::SectionText(std::string_view heading) const {
  const Section* s = Find(heading);
  std::string out;
  if (s == nullptr) return out;
  for (const Paragraph& p : s->paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p.text;
  }
  return out;
}

std::vector<std::string> Topic::QuestionsToAsk() const {
  std::vector<std::string> out;
  const Section* s = Find(kQuestionsSection);
  if (s == nullptr) return out;
  for (const Paragraph& p : s->paragraphs) {
    size_t start = 0;
    while (start <= p.text.size()) {
      size_t end = p.text.find('\n', start);
      if (end == std::string::npos) end = p.text.size();
      std::string_view line = Trim(std::string_view(p.text).substr(start, end - start));
      if (line.starts_with("- ") || line.starts_with("* ")) {
        out.emplace_back(Trim(line.substr(2)));
      } else if (!line.empty() && !out.empty()) {
        out.back() += ' ';  // continuation of the previous bullet
        out.back() += line;
      }
      start = end + 1;
    }
  }
  return out;
}

Result<Topic> ParseTopic(std::string_view content, const std::string& file) {
  std::vector<std::string_view> lines = SplitLines(content);
  if (lines.empty() || Trim(lines[0]) != "---") {
    return Status::Invalid("topic file does not start with YAML front matter",
                           "begin the file with a line '---', the front matter, and '---'",
                           {file, 1, ""});
  }
  size_t close = 1;
  while (close < lines.size() && Trim(lines[close]) != "---") ++close;
  if (close == lines.size()) {
    return Status::Invalid("front matter is not closed", "end the front matter with a line '---'",
                           {file, 1, ""});
  }
  std::string yaml;
  for (size_t i = 1; i < close; ++i) {
    yaml.append(lines[i]);
    yaml += '\n';
  }
  // Front matter line i (0-based in `yaml`) is file line i + 2.
  const int offset = 2;
  Topic t;
  t.file = file;
  t.body_line = static_cast<int>(close) + 2;
  try {
    YAML::Node fm = YAML::Load(yaml);
    if (!fm.IsMap()) {
      return Status::Invalid("front matter is not a YAML mapping",
                             "write 'key: value' lines (id, title, questions, related, personal)",
                             {file, 2, ""});
    }
    if (fm["id"]) t.id = fm["id"].as<std::string>();
    if (fm["title"]) t.title = fm["title"].as<std::string>();
    if (fm["personal"]) t.personal = fm["personal"].as<bool>();
    OG_RETURN_IF_ERROR(ListOfStrings(fm, "questions", &t.questions, file, offset));
    OG_RETURN_IF_ERROR(ListOfStrings(fm, "related", &t.related, file, offset));
    if (fm["related"]) t.related_line = offset + fm["related"].Mark().line;
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("front matter: {}", e.msg),
                           "check indentation, and quote values that contain ':' or '#'",
                           {file, offset + e.mark.line, ""});
  }
  if (t.id.empty() || t.title.empty()) {
    return Status::Invalid(
        t.id.empty() ? "front matter has no 'id'" : "front matter has no 'title'",
        "every topic needs id, title, questions, related and personal", {file, 2, ""});
  }

  Section* cur = nullptr;
  Paragraph para;
  auto flush = [&]() {
    if (cur != nullptr && !para.text.empty()) cur->paragraphs.push_back(para);
    para = Paragraph();
  };
  for (size_t i = close + 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    const int lineno = static_cast<int>(i) + 1;
    if (line.starts_with("## ")) {
      flush();
      t.sections.push_back(Section{std::string(Trim(line.substr(3))), lineno, {}});
      cur = &t.sections.back();
    } else if (Trim(line).empty()) {
      flush();
    } else if (cur != nullptr) {
      if (para.text.empty()) {
        para.line = lineno;
      } else {
        para.text += '\n';
      }
      para.text.append(Trim(line));
    }
  }
  flush();
  return t;
}

}  // namespace oncoguide::kb
