// The `--date-order` option that `assess` and `ask --records` share (commands.h).
#include <fmt/format.h>

#include "commands.h"

namespace oncoguide::cli {

void AddDateOrderOption(CLI::App* cmd, std::string* date_order, std::string_view which_file) {
  cmd->add_option(
         "--date-order", *date_order,
         fmt::format("How {} writes slashed dates such as 05/03/2024: dmy or mdy", which_file))
      ->check(CLI::IsMember({"dmy", "mdy"}));
}

records::ReadOptions ReadOptionsFor(const std::string& date_order) {
  records::ReadOptions options;
  options.date_order = *records::ParseDateOrder(date_order);  // "", "dmy" or "mdy": checked above
  return options;
}

}  // namespace oncoguide::cli
