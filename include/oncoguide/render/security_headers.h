// The HTTP security headers every oncoguide response carries. The server applies them to every
// response (pages, JSON, files, errors).
//
// Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self';
//   img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none';
//   connect-src 'self' -- no inline script or style at all (pages have none; the JSON-LD data
//   block is not script). Plus X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer,
//   X-Frame-Options: DENY (older browsers), Cross-Origin-Opener-Policy: same-origin,
//   Permissions-Policy denying camera/microphone/geolocation, and
//   Cache-Control: no-store for private (signed-in or health-data) responses.
#ifndef ONCOGUIDE_RENDER_SECURITY_HEADERS_H_
#define ONCOGUIDE_RENDER_SECURITY_HEADERS_H_

#include <string>
#include <utility>
#include <vector>

namespace oncoguide::render {

using Header = std::pair<std::string, std::string>;

// The headers for one response; `private_data` adds Cache-Control: no-store.
std::vector<Header> SecurityHeaders(bool private_data);

// The Content-Security-Policy value alone.
const std::string& ContentSecurityPolicy();

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_SECURITY_HEADERS_H_
