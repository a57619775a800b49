// Internal: the base layout around every page.
#ifndef ONCOGUIDE_SRC_RENDER_VIEW_H_
#define ONCOGUIDE_SRC_RENDER_VIEW_H_

#include <map>
#include <mstch/mstch.hpp>
#include <string>

#include "oncoguide/render/site.h"

namespace oncoguide::render {

struct PageMeta {
  std::string title;            // <title> (" | oncoguide" is appended)
  std::string description;      // meta description
  std::string canonical;        // absolute URL, or "" for none
  bool noindex = false;         // private or per-request pages
  std::string jsonld;           // already JsonForScript()-safe, or ""
  std::string ask_value;        // pre-fills the ask box
  std::string emergency_title;  // when set, the emergency block opens the page
  std::string emergency_markdown;
};

// Renders templates[content] inside templates["layout"]; `ctx` holds the page's own values and
// is merged with the layout's (page keys win on a clash, which pages avoid).
std::string RenderPage(const std::map<std::string, std::string>& templates,
                       const std::string& content, const PageMeta& meta, const SiteConfig& config,
                       mstch::map ctx);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_SRC_RENDER_VIEW_H_
