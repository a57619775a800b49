// Results in words (values.h): coded results (positive/negative), immunofixation as labs word
// it, M-protein isotypes in canonical spelling, and therapy phases.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/values.h"
#include "values_internal.h"

namespace oncoguide::records {

using internal::StartsWith;

namespace {

// Splits lower-case text into words at spaces and the punctuation labs put between them.
std::vector<std::string> Words(std::string_view lower) {
  std::vector<std::string> out;
  std::string word;
  for (char c : lower) {
    if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '-' || c == '/' ||
        c == '(' || c == ')' || c == '.' || c == '+') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

}  // namespace

std::optional<std::string> ParseIsotype(std::string_view text) {
  const std::string lower = AsciiLower(TrimSpaces(text));
  std::string folded;
  // Greek kappa and lambda (UTF-8) as words.
  for (size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xCE\xBA") == 0) {
      folded += " kappa ";
      ++i;
    } else if (lower.compare(i, 2, "\xCE\xBB") == 0) {
      folded += " lambda ";
      ++i;
    } else {
      folded.push_back(lower[i]);
    }
  }
  std::vector<std::string> clones;
  std::string heavy;
  bool any = false;
  for (const std::string& w : Words(folded)) {
    static constexpr std::string_view kHeavy[] = {"igg", "iga", "igm", "igd", "ige"};
    bool is_heavy = false;
    for (std::string_view h : kHeavy) is_heavy = is_heavy || w == h;
    if (is_heavy) {
      if (!heavy.empty()) clones.push_back(heavy);  // a heavy chain alone
      heavy = "Ig" + std::string(1, static_cast<char>(w[2] - 'a' + 'A'));
      any = true;
    } else if (w == "kappa" || w == "lambda") {
      clones.push_back(heavy.empty() ? w : heavy + " " + w);
      heavy.clear();
      any = true;
    } else if (w == "and" || w == "bence" || w == "jones" || w == "free" || w == "light" ||
               w == "chain" || w == "chains" || w == "type" || w == "biclonal" || w == "only") {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (!heavy.empty()) clones.push_back(heavy);
  if (!any) return std::nullopt;
  std::string out;
  for (const std::string& c : clones) {
    if (out.find(c) != std::string::npos) continue;
    if (!out.empty()) out += " and ";
    out += c;
  }
  return out;
}

Result<IfeResult> ParseIfe(std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  // Negative wordings first: "No monoclonal protein detected" also contains "detected".
  static constexpr std::string_view kNegativePrefixes[] = {
      "negative",      "no monoclonal",  "no m protein",
      "no m-protein",  "no paraprotein", "no band",
      "none detected", "not detected",   "no evidence of monoclonal"};
  for (std::string_view p : kNegativePrefixes) {
    if (StartsWith(t, p)) {
      return IfeResult{0, ""};
    }
  }
  Result<double> coded = ParseCoded(Analyte::kSerumIfe, t);
  if (coded.ok()) return IfeResult{*coded, ""};
  // Positive wordings: a leading "positive", or a trailing "detected"/"present"/"seen", around
  // an isotype and the words "monoclonal protein" / "band" / "paraprotein".
  std::string_view rest = t;
  bool positive = false;
  for (std::string_view p : {std::string_view("positive for"), std::string_view("positive"),
                             std::string_view("detected"), std::string_view("present")}) {
    if (StartsWith(rest, p)) {
      rest = TrimSpaces(rest.substr(p.size()));
      positive = true;
      break;
    }
  }
  for (std::string_view s : {std::string_view("detected"), std::string_view("present"),
                             std::string_view("seen"), std::string_view("identified")}) {
    if (!positive && rest.ends_with(s) && !rest.ends_with("not " + std::string(s))) {
      rest = TrimSpaces(rest.substr(0, rest.size() - s.size()));
      positive = true;
    }
  }
  // Words that describe the finding but are not part of the isotype.
  std::string isotype_text;
  for (const std::string& w : Words(rest)) {
    if (w == "monoclonal" || w == "protein" || w == "proteins" || w == "band" || w == "bands" ||
        w == "paraprotein" || w == "m" || w == "spike" || w == "is" || w == "a" || w == "with" ||
        w == "for") {
      continue;
    }
    isotype_text += w + " ";
  }
  if (positive) {
    if (TrimSpaces(isotype_text).empty()) return IfeResult{1, ""};
    if (std::optional<std::string> iso = ParseIsotype(isotype_text)) return IfeResult{1, *iso};
  }
  return Status::Invalid(
      fmt::format("'{}' is not an immunofixation result oncoguide can read", EchoForMessage(text)),
      "write positive or negative, optionally with the isotype, e.g. \"Positive IgG kappa\" or "
      "\"No monoclonal protein detected\"");
}

std::string_view CanonicalPhase(std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  static constexpr std::pair<std::string_view, std::string_view> kPhases[] = {
      {"induction", "induction"},
      {"transplant", "transplant"},
      {"asct", "transplant"},
      {"auto sct", "transplant"},
      {"auto-sct", "transplant"},
      {"sct", "transplant"},
      {"hsct", "transplant"},
      {"stem cell transplant", "transplant"},
      {"autologous transplant", "transplant"},
      {"autologous stem cell transplant", "transplant"},
      {"consolidation", "consolidation"},
      {"maintenance", "maintenance"},
  };
  for (const auto& [word, phase] : kPhases) {
    if (t == word) return phase;
  }
  return {};
}

Result<double> ParseCoded(Analyte analyte, std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  static constexpr std::string_view kPositive[] = {"positive", "pos",  "detected", "yes",
                                                   "present",  "true", "y",        "+"};
  static constexpr std::string_view kNegative[] = {
      "negative", "neg", "not detected", "undetected", "no", "absent", "false",
      "n",        "-",   "none detected"};
  for (std::string_view p : kPositive) {
    if (t == p) return 1.0;
  }
  for (std::string_view n : kNegative) {
    if (t == n) return 0.0;
  }
  const AnalyteInfo& info = Info(analyte);
  return Status::Invalid(
      fmt::format("'{}' is not a result for {}", EchoForMessage(text), info.name),
      fmt::format("write {} or {}", info.positive_word, info.negative_word));
}

}  // namespace oncoguide::records
