// Names of the lab-only categories (see lab_report.h): always suffixed, never a strict name.
#include <array>
#include <string>

#include "oncoguide/common/text.h"
#include "oncoguide/response/lab/lab_report.h"

namespace oncoguide::response {
namespace {

struct Names {
  Category category;
  std::string_view name;
  std::string_view long_name;
};

constexpr std::array<Names, 7> kNames = {{
    {Category::kCR, "CR-lab", "complete response (lab-only)"},
    {Category::kVGPR, "VGPR-lab", "very good partial response (lab-only)"},
    {Category::kPR, "PR-lab", "partial response (lab-only)"},
    {Category::kMR, "MR-lab", "minimal response (lab-only)"},
    {Category::kSD, "SD-lab", "stable disease (lab-only)"},
    {Category::kPD, "PD-lab", "progressive disease (lab-only)"},
    {Category::kNE, "NE-lab", "not evaluable (lab-only)"},
}};

const Names& Find(Category c) {
  for (const Names& n : kNames) {
    if (n.category == c) return n;
  }
  return kNames.back();  // sCR is never produced by the lab reading; never shown as strict
}

}  // namespace

std::string_view LabCategoryName(Category c) { return Find(c).name; }
std::string_view LabCategoryLongName(Category c) { return Find(c).long_name; }

std::optional<Category> LabCategoryFromName(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (const Names& n : kNames) {
    if (AsciiLower(n.name) == lower) return n.category;
  }
  return std::nullopt;
}

}  // namespace oncoguide::response
