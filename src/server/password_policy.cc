#include "password_policy.h"

#include <fmt/format.h>

#include <string>
#include <unordered_set>

#include "embedded_data.h"
#include "oncoguide/common/text.h"

namespace oncoguide::server {
namespace {

const std::unordered_set<std::string>& CommonPasswords() {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string>;
    std::string_view text = CommonPasswordsText();
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      s->insert(AsciiLower(line));
    }
    return s;
  }();
  return *set;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

Status CheckPassword(std::string_view password, std::string_view email) {
  const size_t n = CodePoints(password);
  if (n < kMinPasswordChars) {
    return Status::Invalid(
        fmt::format("the password has {} characters; it needs at least {}", n, kMinPasswordChars),
        "a few unrelated words make a long password that is easy to remember");
  }
  if (n > kMaxPasswordChars) {
    return Status::Invalid(
        fmt::format("the password is longer than {} characters", kMaxPasswordChars),
        "use a shorter pass phrase");
  }
  const std::string lower = AsciiLower(password);
  if (CommonPasswords().contains(lower)) {
    return Status::Invalid("this password is on a list of commonly used passwords",
                           "choose a password nobody else would guess");
  }
  if (lower == AsciiLower(email)) {
    return Status::Invalid("the password is the e-mail address",
                           "choose a password nobody else would guess");
  }
  return Status::Ok();
}

}  // namespace oncoguide::server
