// Subcommands of the `oncoguide` executable. Each Register* adds one subcommand to the app; the
// subcommand's callback does its work and sets *exit_code. The CLI is a thin shell: all logic
// lives in the libraries.
#ifndef ONCOGUIDE_CLI_COMMANDS_H_
#define ONCOGUIDE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace oncoguide::cli {

void RegisterAssess(CLI::App& app, int* exit_code);
void RegisterAsk(CLI::App& app, int* exit_code);
// Also lets `assess` and `ask --records` read PDFs and images (registers the importer).
void RegisterImport(CLI::App& app, int* exit_code);

}  // namespace oncoguide::cli

#endif  // ONCOGUIDE_CLI_COMMANDS_H_
