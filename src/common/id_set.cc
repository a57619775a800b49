#include "oncoguide/common/id_set.h"

#include <functional>
#include <utility>

namespace oncoguide {

bool IdSet::Insert(std::string_view id) {
  if ((size_ + 1) * 10 > slots_.size() * 7) Grow();
  const size_t i = Find(id);
  if (slots_[i] != 0) return false;
  slots_[i] = arena_.size() + 1;
  size_t n = id.size();
  do {  // LEB128 length
    arena_.push_back(static_cast<char>((n & 0x7F) | (n > 0x7F ? 0x80 : 0)));
    n >>= 7;
  } while (n != 0);
  arena_.append(id);
  ++size_;
  return true;
}

bool IdSet::Contains(std::string_view id) const {
  return !slots_.empty() && slots_[Find(id)] != 0;
}

std::string_view IdSet::IdAt(uint64_t slot) const {
  auto pos = static_cast<size_t>(slot - 1);
  size_t n = 0;
  for (int shift = 0;; shift += 7) {
    const auto b = static_cast<unsigned char>(arena_[pos++]);
    n |= static_cast<size_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) break;
  }
  return std::string_view(arena_).substr(pos, n);
}

size_t IdSet::Find(std::string_view id) const {
  const size_t mask = slots_.size() - 1;
  size_t i = std::hash<std::string_view>()(id) & mask;
  while (slots_[i] != 0 && IdAt(slots_[i]) != id) i = (i + 1) & mask;
  return i;
}

void IdSet::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t v : old) {
    if (v == 0) continue;
    size_t i = std::hash<std::string_view>()(IdAt(v)) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = v;
  }
}

}  // namespace oncoguide
