#include "oncoguide/report/assess_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "json_layout.h"
#include "json_sinks.h"
#include "oncoguide/report/fhir_writer.h"
#include "oncoguide/report/response_report.h"
#include "oncoguide/report/staging_json.h"

namespace oncoguide::report {

using pipeline::PatientResult;

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

nlohmann::json AssessToJson(const PatientResult& result) {
  internal::DomSink sink;
  internal::WriteAssess(sink, result);
  return sink.Take();
}

Status AssessWriter::Add(const PatientResult& result) {
  try {
    return AddPatient(result);
  } catch (const nlohmann::json::type_error& e) {  // dump() of text that is not UTF-8
    return Status::Invalid(fmt::format("the output cannot be written: {}", e.what()),
                           "save the input file (and name it) as UTF-8");
  }
}

Status AssessWriter::AddPatient(const PatientResult& result) {
  ++patients_;
  switch (format_) {
    case OutputFormat::kText: {
      std::string text = patients_ > 1 ? "\n" : "";
      text += ResponseToText(result);
      text += '\n';
      text += StagingToText(result);
      return Write(text);
    }
    case OutputFormat::kJsonl: {
      thread_local internal::StreamSink sink;  // its buffer is reused across patients
      sink.Reset();
      internal::WriteAssess(sink, result);
      Result<std::string_view> line = sink.FinishLine();
      if (!line.ok()) return line.status();
      return Write(*line);
    }
    case OutputFormat::kJson: {
      std::string obj = AssessToJson(result).dump(2);
      if (patients_ == 1) {
        held_ = std::move(obj);
        return Status::Ok();
      }
      if (patients_ == 2) {
        OG_RETURN_IF_ERROR(Write("[\n"));
        OG_RETURN_IF_ERROR(Write(held_));
      }
      OG_RETURN_IF_ERROR(Write(",\n"));
      return Write(obj);
    }
    case OutputFormat::kFhir: {
      nlohmann::json bundle = WriteFhirBundle(result);
      if (patients_ == 1) {  // dumped now, so that text that is not UTF-8 fails in Add()
        held_ = bundle.dump(2);
        held_bundle_ = std::move(bundle);
        return Status::Ok();
      }
      if (patients_ == 2) {  // a cohort: NDJSON from the first Bundle on
        OG_RETURN_IF_ERROR(Write(held_bundle_.dump() + "\n"));
        held_bundle_ = nullptr;
      }
      return Write(bundle.dump() + "\n");
    }
  }
  return Status::Ok();
}

Status AssessWriter::Finish() {
  if (format_ == OutputFormat::kFhir && patients_ == 1) {
    OG_RETURN_IF_ERROR(Write(held_));
    return Write("\n");
  }
  if (format_ == OutputFormat::kJson) {
    if (patients_ == 1) {
      OG_RETURN_IF_ERROR(Write(held_));
      return Write("\n");
    }
    if (patients_ > 1) return Write("\n]\n");
  }
  return Status::Ok();
}

}  // namespace oncoguide::report
