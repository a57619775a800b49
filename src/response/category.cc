#include "oncoguide/response/category.h"

namespace oncoguide::response {

std::string_view CategoryName(Category c) {
  switch (c) {
    case Category::kSCR:
      return "sCR";
    case Category::kCR:
      return "CR";
    case Category::kVGPR:
      return "VGPR";
    case Category::kPR:
      return "PR";
    case Category::kMR:
      return "MR";
    case Category::kSD:
      return "SD";
    case Category::kPD:
      return "PD";
    case Category::kNE:
      return "NE";
  }
  return "NE";
}

std::string_view CategoryLongName(Category c) {
  switch (c) {
    case Category::kSCR:
      return "stringent complete response";
    case Category::kCR:
      return "complete response";
    case Category::kVGPR:
      return "very good partial response";
    case Category::kPR:
      return "partial response";
    case Category::kMR:
      return "minimal response";
    case Category::kSD:
      return "stable disease";
    case Category::kPD:
      return "progressive disease";
    case Category::kNE:
      return "not evaluable";
  }
  return "not evaluable";
}

std::optional<Category> CategoryFromName(std::string_view name) {
  for (Category c : {Category::kSCR, Category::kCR, Category::kVGPR, Category::kPR, Category::kMR,
                     Category::kSD, Category::kPD, Category::kNE}) {
    if (CategoryName(c) == name) return c;
  }
  return std::nullopt;
}

std::string_view MrdStatusName(MrdStatus s) {
  switch (s) {
    case MrdStatus::kSustainedNegative:
      return "sustained MRD-negative";
    case MrdStatus::kImagingPlusNegative:
      return "imaging-plus MRD-negative";
    case MrdStatus::kFlowNegative:
      return "flow MRD-negative";
    case MrdStatus::kSequencingNegative:
      return "sequencing MRD-negative";
    case MrdStatus::kNone:
      return "";
  }
  return "";
}

}  // namespace oncoguide::response
