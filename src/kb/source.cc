#include "oncoguide/kb/source.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace oncoguide::kb {
namespace {

constexpr std::array<std::string_view, 5> kKinds = {"paper", "patient-guideline", "statistics",
                                                    "drug-label", "organisation"};

std::string Get(const YAML::Node& n, const char* key) {
  const YAML::Node v = n[key];
  return v && v.IsScalar() ? v.as<std::string>() : std::string();
}

}  // namespace

Result<Source> ParseSource(const std::string& content, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(content);
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("YAML syntax error: {}", e.msg),
                           "check indentation and quote titles that contain ':'",
                           {file, e.mark.line + 1, ""});
  }
  if (!root.IsMap()) {
    return Status::Invalid("a source file must be a YAML mapping",
                           "see knowledge/FORMAT.md, \"Source file\"", {file, 1, ""});
  }
  Source s;
  s.file = file;
  s.id = Get(root, "id");
  s.authors = Get(root, "authors");
  s.title = Get(root, "title");
  s.container = Get(root, "container");
  s.url = Get(root, "url");
  s.kind = Get(root, "kind");
  for (const char* key : {"id", "title", "url", "kind"}) {
    if (Get(root, key).empty()) {
      return Status::Invalid(fmt::format("source has no '{}'", key),
                             "every source needs id, authors, title, container, year, url, kind",
                             {file, 1, ""});
    }
  }
  try {
    if (root["year"]) s.year = root["year"].as<int>();
  } catch (const YAML::Exception& e) {
    return Status::Invalid("'year' is not a number", "write the year as e.g. 2016",
                           {file, e.mark.line + 1, ""});
  }
  if (std::find(kKinds.begin(), kKinds.end(), s.kind) == kKinds.end()) {
    return Status::Invalid(fmt::format("unknown source kind '{}'", s.kind),
                           "use paper, patient-guideline, statistics, drug-label or organisation",
                           {file, root["kind"].Mark().line + 1, ""});
  }
  std::string stem = std::filesystem::path(file).stem().string();
  if (stem != s.id) {
    return Status::Invalid(fmt::format("source id '{}' does not match the file name", s.id),
                           fmt::format("rename the file to {}.yaml or set id: {}", s.id, stem),
                           {file, root["id"].Mark().line + 1, ""});
  }
  return s;
}

Result<std::map<std::string, Source>> LoadSources(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound(fmt::format("source directory '{}' does not exist", dir),
                            "pass --knowledge DIR pointing at the knowledge base");
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::map<std::string, Source> out;
  for (const fs::path& p : files) {
    std::ifstream in(p);
    if (!in) return Status::IoError(fmt::format("cannot read '{}'", p.string()));
    std::stringstream ss;
    ss << in.rdbuf();
    OG_ASSIGN_OR_RETURN(Source s, ParseSource(ss.str(), p.string()));
    out.emplace(s.id, std::move(s));
  }
  return out;
}

std::string FormatCitation(const Source& s, const std::string& locator) {
  std::string out;
  auto add = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
    if (out.back() != '.' && out.back() != '?') out += '.';
  };
  add(s.authors);
  add(s.title);
  add(s.container);
  // The container often carries the year already ("Lancet Oncol 2016;17:e328").
  if (s.year != 0 && s.container.find(std::to_string(s.year)) == std::string::npos) {
    add(std::to_string(s.year));
  }
  add(locator);
  return out;
}

}  // namespace oncoguide::kb
