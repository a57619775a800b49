#include "oncoguide/render/security_headers.h"

namespace oncoguide::render {

const std::string& ContentSecurityPolicy() {
  static const std::string kCsp =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  return kCsp;
}

std::vector<Header> SecurityHeaders(bool private_data) {
  std::vector<Header> h = {
      {"Content-Security-Policy", ContentSecurityPolicy()},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
  };
  if (private_data) h.emplace_back("Cache-Control", "no-store");
  return h;
}

}  // namespace oncoguide::render
