#include "oncoguide/report/assess_output.h"

#include <nlohmann/json.hpp>

#include "oncoguide/report/fhir_writer.h"
#include "oncoguide/report/response_report.h"
#include "oncoguide/staging/staging.h"
#include "oncoguide/staging/staging_json.h"

namespace oncoguide {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "fhir") return OutputFormat::kFhir;
  return std::nullopt;
}

Status AssessWriter::Write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) {
    return Status::IoError("writing the output failed", "check the free disk space");
  }
  return Status::Ok();
}

nlohmann::json AssessToJson(const PatientRecord& record, const ResponseReport& report,
                            const StagingResult& staging) {
  nlohmann::json out = ResponseToJson(record, report);
  // Move the staging members in: copying them deep was a visible share of a cohort run.
  nlohmann::json extra = StagingToJson(staging);
  nlohmann::json::object_t& dst = out.get_ref<nlohmann::json::object_t&>();
  for (auto& [key, value] : extra.get_ref<nlohmann::json::object_t&>()) {
    dst.insert_or_assign(key, std::move(value));
  }
  return out;
}

namespace {

// Serializes `j` compactly (as json::dump() does) followed by a newline into `out`, which is
// reused across patients so that a cohort run does not allocate one output string per line.
void DumpLine(const nlohmann::json& j, std::string* out) {
  out->clear();
  nlohmann::detail::serializer<nlohmann::json> s(nlohmann::detail::output_adapter<char>(*out), ' ');
  s.dump(j, false, false, 0);
  out->push_back('\n');
}

}  // namespace

Status AssessWriter::Add(const PatientRecord& record, const ResponseReport& report) {
  ++patients_;
  const StagingResult staging = ComputeStaging(record);
  switch (format_) {
    case OutputFormat::kText:
      return Write((patients_ > 1 ? "\n" : "") + ResponseToText(record, report) + "\n" +
                   StagingToText(staging));
    case OutputFormat::kJsonl: {
      thread_local std::string line;
      DumpLine(AssessToJson(record, report, staging), &line);
      return Write(line);
    }
    case OutputFormat::kJson: {
      std::string obj = AssessToJson(record, report, staging).dump(2);
      if (patients_ == 1) {
        held_ = std::move(obj);
        return Status::Ok();
      }
      if (patients_ == 2) OG_RETURN_IF_ERROR(Write("[\n" + held_));
      return Write(",\n" + obj);
    }
    case OutputFormat::kFhir:
      return Write(WriteFhirBundle(record, report, staging).dump(2) + "\n");
  }
  return Status::Ok();
}

Status AssessWriter::Finish() {
  if (format_ == OutputFormat::kJson) {
    if (patients_ == 1) return Write(held_ + "\n");
    if (patients_ > 1) return Write("\n]\n");
  }
  return Status::Ok();
}

}  // namespace oncoguide
