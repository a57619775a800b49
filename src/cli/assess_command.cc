// `oncoguide assess [--format text|json|jsonl|fhir] [--criteria ID|list] FILE`
//
// Bad input is refused whole: output is written to a temporary file and copied to stdout only
// when every patient was read and assessed, so a failing run prints nothing on stdout, while
// memory stays proportional to one patient (cohort files stream).
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/response/criteria.h"
#include "oncoguide/response/engine.h"

namespace oncoguide::cli {
namespace {

struct AssessOptions {
  std::string file;
  std::string format = "text";
  std::string criteria = "IMWG-2016";
};

void PrintCriteria() {
  for (const ResponseCriteria* c : AllCriteria()) {
    fmt::print("{}\n  {}\n  nadir: {}\n", c->id, c->citation, c->nadir_rule);
    auto row = [](std::string_view name, const Threshold& t) {
      fmt::print("  {:<32} {:<10g} {}\n", name, t.value, t.source);
    };
    row("measurable serum (g/dL)", c->measurable_serum_g_dl);
    row("measurable urine (mg/24h)", c->measurable_urine_mg_24h);
    row("measurable involved FLC (mg/L)", c->measurable_iflc_mg_l);
    row("PR serum reduction", c->pr_serum_reduction);
    row("VGPR serum reduction", c->vgpr_serum_reduction);
    row("MR serum reduction", c->mr_serum_reduction);
    row("CR marrow plasma cells below (%)", c->cr_bmpc_below);
    row("PD relative increase", c->pd_relative_increase);
    row("PD serum absolute (g/dL)", c->pd_serum_abs_g_dl);
    row("PD urine absolute (mg/24h)", c->pd_urine_abs_mg_24h);
    row("PD dFLC absolute (mg/L, more than)", c->pd_dflc_abs_mg_l);
    row("PD marrow absolute (points)", c->pd_bmpc_abs_points);
    fmt::print("\n");
  }
}

int Run(const AssessOptions& opt) {
  if (opt.criteria == "list") {
    PrintCriteria();
    return 0;
  }
  const ResponseCriteria* criteria = FindCriteria(opt.criteria);
  if (criteria == nullptr) {
    std::vector<std::string_view> ids;
    for (const ResponseCriteria* c : AllCriteria()) ids.push_back(c->id);
    fmt::print(stderr, "oncoguide: unknown criteria '{}'. Hint: use one of {} (or 'list').\n",
               opt.criteria, fmt::join(ids, ", "));
    return 2;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::tmpfile(), &std::fclose);
  if (!out) {
    fmt::print(stderr, "oncoguide: cannot create a temporary file for the output\n");
    return 1;
  }
  const OutputFormat format = *ParseOutputFormat(opt.format);
  AssessWriter writer(format, out.get());
  Status status = ForEachPatient(opt.file, [&](PatientRecord&& record) {
    const ResponseReport report = Assess(record, *criteria);
    return writer.Add(record, report);
  });
  if (status.ok()) status = writer.Finish();
  if (!status.ok()) {
    fmt::print(stderr, "oncoguide: {}\n", status.ToString());
    return 1;
  }
  std::rewind(out.get());
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, out.get())) > 0) std::fwrite(buf, 1, n, stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

void RegisterAssess(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<AssessOptions>();
  CLI::App* cmd = app.add_subcommand(
      "assess", "Assess IMWG response per line of therapy (and staging) from lab records");
  cmd->add_option("FILE", opt->file, "Lab records: CSV or FHIR R4 JSON ('-' for stdin)");
  cmd->add_option("--format", opt->format, "Output: text, json, jsonl (one patient per line), fhir")
      ->check(CLI::IsMember({"text", "json", "jsonl", "fhir"}));
  cmd->add_option("--criteria", opt->criteria,
                  "Response criteria version (IMWG-2016, IMWG-2011), or 'list' to print them");
  cmd->callback([opt, exit_code, cmd] {
    if (opt->file.empty() && opt->criteria != "list") {
      fmt::print(stderr, "oncoguide: assess needs a FILE. Hint: oncoguide assess labs.csv\n{}",
                 cmd->help());
      *exit_code = 2;
      return;
    }
    *exit_code = Run(*opt);
  });
}

}  // namespace oncoguide::cli
