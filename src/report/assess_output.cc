#include "oncoguide/report/assess_output.h"

#include <nlohmann/json.hpp>

#include "oncoguide/report/response_report.h"

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

Status AssessWriter::Add(const PatientRecord& record, const ResponseReport& report) {
  ++patients_;
  switch (format_) {
    case OutputFormat::kText:
      return Write((patients_ > 1 ? "\n" : "") + ResponseToText(record, report));
    case OutputFormat::kJsonl:
      return Write(ResponseToJson(record, report).dump() + "\n");
    case OutputFormat::kJson: {
      std::string obj = ResponseToJson(record, report).dump(2);
      if (patients_ == 1) {
        held_ = std::move(obj);
        return Status::Ok();
      }
      if (patients_ == 2) OG_RETURN_IF_ERROR(Write("[\n" + held_));
      return Write(",\n" + obj);
    }
    case OutputFormat::kFhir:
      return Status::Invalid("FHIR output is not available in this build",
                             "use --format json");
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
