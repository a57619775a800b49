#include "view.h"

#include "markup.h"

namespace oncoguide::render {

std::string RenderPage(const std::map<std::string, std::string>& templates,
                       const std::string& content, const PageMeta& meta, const SiteConfig& config,
                       mstch::map ctx) {
  ctx.emplace("title", meta.title);
  ctx.emplace("description", meta.description);
  ctx.emplace("canonical", meta.canonical);
  ctx.emplace("noindex", meta.noindex);
  ctx.emplace("jsonld", meta.jsonld);
  ctx.emplace("ask_value", meta.ask_value);
  ctx.emplace("local", config.local);
  const bool emergency = !meta.emergency_title.empty();
  ctx.emplace("emergency", emergency);
  if (emergency) {
    ctx.emplace("emergency_title", meta.emergency_title);
    ctx.emplace("emergency_blocks", Blocks(meta.emergency_markdown));
  }
  std::map<std::string, std::string> partials(templates.begin(), templates.end());
  partials["content"] = templates.at(content);
  return mstch::render(templates.at("layout"), ctx, partials);
}

}  // namespace oncoguide::render
