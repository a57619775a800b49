// UTF-8 checks and safe echoing of input text in messages.
//
// Text read from a user's file reaches JSON output (which must be valid UTF-8) and terminals
// (where a control character such as ESC could rewrite the screen). Messages therefore echo input
// through EchoForMessage(), which is short and inert whatever the bytes.
#ifndef ONCOGUIDE_COMMON_UTF8_H_
#define ONCOGUIDE_COMMON_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace oncoguide {

// Strict UTF-8: no overlong forms, surrogates or code points above U+10FFFF.
bool IsValidUtf8(std::string_view s);

// The longest echo of an input value in a message, in characters (issue: "a message echoes at
// most 80 characters of the offending value").
inline constexpr size_t kMaxEchoChars = 80;

// `s` made safe to print: control characters (C0, DEL) become \xNN escapes (a tab is "\t"), bytes
// that are not valid UTF-8 become \xNN, and text past `max_chars` characters is cut (on a
// character boundary) and ends with "...". Valid printable UTF-8 is kept as it is.
//   EchoForMessage("a\x1b[2Jb") == "a\\x1b[2Jb"
//   EchoForMessage(std::string(100, 'x')) == 80 x's + "..."
std::string EchoForMessage(std::string_view s, size_t max_chars = kMaxEchoChars);

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_UTF8_H_
