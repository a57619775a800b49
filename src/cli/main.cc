// oncoguide: understand where you stand with multiple myeloma, from your own lab records.
#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "oncoguide: IMWG response assessment, staging and cited answers for multiple myeloma"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "oncoguide 0.1.0");
  int exit_code = 0;
  oncoguide::cli::RegisterAssess(app, &exit_code);
  oncoguide::cli::RegisterAsk(app, &exit_code);
  oncoguide::cli::RegisterServe(app, &exit_code);
  oncoguide::cli::RegisterAdmin(app, &exit_code);
  oncoguide::cli::RegisterImport(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
