// `oncoguide import [--format csv|json] FILE`: prints what the importer read from a lab report
// (PDF, or a photo/scan as PNG/JPEG/TIFF). CSV is oncoguide's own input format, to check, edit
// and give to `assess`; JSON adds each value's source (page, text, box), confidence and review
// flag. Also registers the importer with the records loader, so that `assess` and `ask
// --records` accept PDFs and images directly.
#include <fmt/format.h>

#include <cstdio>

#include "commands.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/importer.h"

namespace oncoguide::cli {
namespace {

struct ImportOptions {
  std::string file;
  std::string format = "csv";
};

int Run(const ImportOptions& opt) {
  Result<import::ImportResult> result = import::ImportFile(opt.file);
  if (!result.ok()) {
    fmt::print(stderr, "oncoguide: {}\n", result.status().ToString());
    return 1;
  }
  std::string out;
  if (opt.format == "json") {
    out =
        import::ImportToJson(*result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  } else {
    out = import::ImportToCsv(*result);
  }
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    fmt::print(stderr, "oncoguide: cannot write the output\n");
    return 1;
  }
  if (result->observations.empty()) {
    fmt::print(stderr, "oncoguide: no lab result oncoguide uses was found in {}\n", opt.file);
    return 3;
  }
  return 0;
}

}  // namespace

void RegisterImport(CLI::App& app, int* exit_code) {
  import::RegisterImporterWithRecords();
  auto opt = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import", "Read lab results from a PDF report or a photo of one, and print them as CSV/JSON");
  cmd->add_option("FILE", opt->file, "PDF, PNG, JPEG or TIFF file")->required();
  cmd->add_option("--format", opt->format, "csv (oncoguide's input format) or json")
      ->check(CLI::IsMember({"csv", "json"}));
  cmd->callback([opt, exit_code] { *exit_code = Run(*opt); });
}

}  // namespace oncoguide::cli
