// Small escaping helpers for the few places that build markup outside the template engine.
#ifndef ONCOGUIDE_RENDER_HTML_H_
#define ONCOGUIDE_RENDER_HTML_H_

#include <string>
#include <string_view>

namespace oncoguide::render {

// & < > " ' escaped as character references (text and quoted attribute values).
std::string HtmlEscape(std::string_view s);

// Percent-encodes everything but unreserved characters (RFC 3986), for a query value.
std::string UrlEncode(std::string_view s);

// `json` made safe inside <script type="application/ld+json">: '<', '>' and '&' become \u003c,
// \u003e, \u0026 (the JSON still parses to the same value and cannot close the element).
std::string JsonForScript(std::string_view json);

// `url` when it is an absolute http(s) URL, else "" (never a javascript: link).
std::string SafeUrl(std::string_view url);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_HTML_H_
