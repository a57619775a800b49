// IdSet: an exact, compact set of string ids (patient ids in a cohort).
//
// Every lookup compares the whole id, so two different ids are never confused. The ids are stored
// back to back in one arena (LEB128 length prefix) and an open-addressing table holds their arena
// offsets: about 20-35 bytes per id instead of ~70 for an unordered_set<std::string> node, which
// matters for a reader that remembers every patient of a large cohort.
#ifndef ONCOGUIDE_COMMON_ID_SET_H_
#define ONCOGUIDE_COMMON_ID_SET_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace oncoguide {

class IdSet {
 public:
  // Adds `id`; returns false when it was already there.
  bool Insert(std::string_view id);
  bool Contains(std::string_view id) const;
  size_t size() const { return size_; }

 private:
  std::string_view IdAt(uint64_t slot) const;
  // The slot holding `id`, or the empty slot where it would go. REQUIRES: !slots_.empty().
  size_t Find(std::string_view id) const;
  void Grow();

  std::string arena_;
  std::vector<uint64_t> slots_;  // 0: empty; else the id's arena offset + 1
  size_t size_ = 0;
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_ID_SET_H_
