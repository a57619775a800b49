#include "oncoguide/common/status.h"

namespace oncoguide {

std::string SourceLocation::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += (out.empty() ? "line " : ":") + std::to_string(line);
  }
  if (!path.empty()) {
    if (!out.empty()) out += ": ";
    out += path;
  }
  return out;
}

Status Status::WithLocation(const SourceLocation& where) const {
  Status copy = *this;
  if (!where.file.empty()) copy.where_.file = where.file;
  if (where.line > 0) copy.where_.line = where.line;
  if (!where.path.empty()) copy.where_.path = where.path;
  return copy;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = where_.ToString();
  if (!out.empty()) out += ": ";
  out += cause_;
  if (!hint_.empty()) {
    if (!out.empty() && out.back() != '.') out += '.';
    out += " Hint: " + hint_;
  }
  return out;
}

}  // namespace oncoguide
