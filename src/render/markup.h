// Internal: knowledge-base prose (paragraphs, "- " bullet lists, **bold**, numbered citations
// "[1]" / "[1, 2]") turned into mstch view data, so that every piece of text still goes through
// the engine's escaping. No HTML is built here.
#ifndef ONCOGUIDE_SRC_RENDER_MARKUP_H_
#define ONCOGUIDE_SRC_RENDER_MARKUP_H_

#include <mstch/mstch.hpp>
#include <string>
#include <string_view>

namespace oncoguide::render {

// {"blocks": [{"para": {"segs": [...]}} | {"list": {"items": [{"segs": [...]}]}}]}
// Each seg is {"t": text} | {"b": bold text} | {"c": [1, 2]}.
mstch::map Blocks(std::string_view markdown);

// Plain text: markers, "**" and numbered citations removed, runs of white space made one.
std::string PlainText(std::string_view markdown);

// The first sentence of PlainText(markdown), cut at a word boundary to at most `max` bytes
// (with "..." when cut).
std::string Preview(std::string_view markdown, size_t max);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_SRC_RENDER_MARKUP_H_
