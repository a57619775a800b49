// oncoguide: understand where you stand with multiple myeloma, from your own lab records.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <system_error>

#include "commands.h"

int main(int argc, char** argv) {
  oncoguide::cli::KeepStandardErrorOpen();
  if (!oncoguide::cli::StandardOutputIsOpen()) {
    return oncoguide::cli::PrintError(
        "", oncoguide::Status::IoError("standard output is closed, so nothing can be written",
                                       "run oncoguide with its output open, e.g. > result.txt"));
  }
  CLI::App app{
      "oncoguide: IMWG response assessment, staging and cited answers for multiple myeloma"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "oncoguide 0.1.0");
  int exit_code = 0;
  oncoguide::cli::RegisterAssess(app, &exit_code);
  oncoguide::cli::RegisterAsk(app, &exit_code);
  oncoguide::cli::RegisterServe(app, &exit_code);
  oncoguide::cli::RegisterImport(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return oncoguide::cli::FinishOutput(app.exit(e));
  } catch (const std::system_error& e) {  // fmt::print to a full or closed output
    oncoguide::cli::PrintError(
        "", oncoguide::Status::IoError(fmt::format("writing the output failed: {}", e.what()),
                                       "check the free disk space"));
    return 1;
  }
  return oncoguide::cli::FinishOutput(exit_code);
}
