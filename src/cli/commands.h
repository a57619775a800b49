// Subcommands of the `oncoguide` executable. Each Register* adds one subcommand to the app; the
// subcommand's callback does its work and sets *exit_code. The CLI is a thin shell: all logic
// lives in the libraries.
#ifndef ONCOGUIDE_CLI_COMMANDS_H_
#define ONCOGUIDE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/lab_date.h"

namespace oncoguide::cli {

void RegisterAssess(CLI::App& app, int* exit_code);
void RegisterAsk(CLI::App& app, int* exit_code);
// `serve` and `audit verify` (serve_command.cc).
void RegisterServe(CLI::App& app, int* exit_code);
// `oncoguide admin migrate|backup|restore|copy|verify-audit` on either backend (admin_command.cc).
void RegisterAdmin(CLI::App& app, int* exit_code);
// The service's default data folder: $XDG_DATA_HOME/oncoguide, else ~/.local/share/oncoguide.
std::string DefaultDataDir();

// The one way the CLI reports an error: prints "oncoguide: <status>" (or "oncoguide <command>:
// <status>" when `command` is not empty) and a newline on stderr, where <status> is
// Status::ToString() ("file:line: cause. Hint: hint"). Returns `exit_code` (1: the input or the
// system failed; 2: the command line is wrong), for `return PrintError(...)`.
int PrintError(std::string_view command, const Status& status, int exit_code = 1);
// Lost output never exits 0. StandardOutputIsOpen() is false when the process was started with
// stdout closed (then every write would fail, or a file opened later would take its place).
// KeepStandardErrorOpen() puts /dev/null on a closed stderr for the same reason. FinishOutput()
// flushes stdout and std::cout at exit: when a write failed (a full disk, a closed pipe with
// SIGPIPE ignored) it reports it on stderr and turns an exit code of 0 into 1.
bool StandardOutputIsOpen();
void KeepStandardErrorOpen();
int FinishOutput(int exit_code);

// `--date-order dmy|mdy` (how `which_file`, e.g. "the file", writes slashed dates), stored in
// *date_order as given ("" when absent), and the reading options it means. ReadOptionsFor expects
// a value the option accepted.
void AddDateOrderOption(CLI::App* cmd, std::string* date_order, std::string_view which_file);
records::ReadOptions ReadOptionsFor(const std::string& date_order);

// Also lets `assess` and `ask --records` read PDFs and images (registers the importer).
void RegisterImport(CLI::App& app, int* exit_code);

}  // namespace oncoguide::cli

#endif  // ONCOGUIDE_CLI_COMMANDS_H_
