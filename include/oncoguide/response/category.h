// IMWG response categories, ordered from worst to best so that comparisons read naturally
// (Category::kPR > Category::kMR). kNE ("not evaluable") sits outside the order: the engine
// never compares it.
#ifndef ONCOGUIDE_RESPONSE_CATEGORY_H_
#define ONCOGUIDE_RESPONSE_CATEGORY_H_

#include <optional>
#include <string_view>

namespace oncoguide::response {

enum class Category { kNE = -2, kPD = -1, kSD = 0, kMR = 1, kPR = 2, kVGPR = 3, kCR = 4, kSCR = 5 };

// "sCR", "CR", "VGPR", "PR", "MR", "SD", "PD", "NE".
std::string_view CategoryName(Category c);
// "stringent complete response", ..., "not evaluable".
std::string_view CategoryLongName(Category c);
std::optional<Category> CategoryFromName(std::string_view name);

inline bool IsResponse(Category c) { return c >= Category::kMR; }

enum class MrdStatus {
  kNone,
  kSequencingNegative,
  kFlowNegative,
  kImagingPlusNegative,
  kSustainedNegative
};
// "sustained MRD-negative", ... ; "" for kNone.
std::string_view MrdStatusName(MrdStatus s);

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_CATEGORY_H_
