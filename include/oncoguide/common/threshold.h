// A clinical threshold as data: the value and the paper and table it comes from. Every rule
// table (response criteria, staging, diagnosis, high risk) is made of these, so that each
// number can be traced to its source and printed with it.
#ifndef ONCOGUIDE_COMMON_THRESHOLD_H_
#define ONCOGUIDE_COMMON_THRESHOLD_H_

#include <string_view>

namespace oncoguide {

struct Threshold {
  double value;
  std::string_view source;  // e.g. "Kumar 2016, Lancet Oncol 17:e328, Table 3 (PD)"
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_THRESHOLD_H_
