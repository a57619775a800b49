// Password rules for accounts, after OWASP ASVS 4.0 L2 section 2.1: at least 12 characters,
// at most 128 (ASVS asks that at least 64 be allowed), any characters, no composition rules,
// and a check against a list of common passwords shipped as data
// (src/server/data/common-passwords.txt). Length counts Unicode code points, not bytes.
#ifndef ONCOGUIDE_SRC_SERVER_PASSWORD_POLICY_H_
#define ONCOGUIDE_SRC_SERVER_PASSWORD_POLICY_H_

#include <string_view>

#include "oncoguide/common/status.h"

namespace oncoguide::server {

inline constexpr size_t kMinPasswordChars = 12;
inline constexpr size_t kMaxPasswordChars = 128;

// OK, or why `password` is refused (cause + hint a person can act on). `email` is refused as a
// password too.
Status CheckPassword(std::string_view password, std::string_view email);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_PASSWORD_POLICY_H_
