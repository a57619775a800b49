#include "oncoguide/records/load.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "oncoguide/common/utf8.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/fhir_reader.h"

namespace oncoguide::records {
namespace {

constexpr size_t kReadBuffer = 1 << 20;

// Opens `path` ("-" = standard input) as a stream with a large buffer.
class Input {
 public:
  Status Open(const std::string& path) {
    if (path == "-") {
      stream_ = &std::cin;
      return Status::Ok();
    }
    buffer_ = std::make_unique<char[]>(kReadBuffer);
    file_.rdbuf()->pubsetbuf(buffer_.get(), kReadBuffer);
    file_.open(path, std::ios::binary);
    if (!file_) {
      return Status::NotFound(fmt::format("cannot open '{}'", path),
                              "check the path and that the file is readable");
    }
    stream_ = &file_;
    return Status::Ok();
  }
  std::istream& stream() { return *stream_; }

 private:
  std::unique_ptr<char[]> buffer_;
  std::ifstream file_;
  std::istream* stream_ = nullptr;
};

// Peeks at the first non-blank character without consuming the stream.
RecordFormat Sniff(std::istream& in) {
  std::streambuf* buf = in.rdbuf();
  while (true) {
    int c = buf->sgetc();
    if (c == std::char_traits<char>::eof()) return RecordFormat::kCsv;
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      buf->sbumpc();
      continue;
    }
    if (c == 0xEF) {
      // A UTF-8 byte-order mark: skip it and look at what follows. (The JSON parser and the CSV
      // reader both accept a file without it.)
      buf->sbumpc();
      if (buf->sgetc() != 0xBB) return RecordFormat::kCsv;
      buf->sbumpc();
      if (buf->sgetc() != 0xBF) return RecordFormat::kCsv;
      buf->sbumpc();
      continue;
    }
    return c == '{' ? RecordFormat::kFhir : RecordFormat::kCsv;
  }
}

// Files that are neither CSV nor FHIR, recognised from their first bytes, so that the error says
// what the file looks like and how to get a readable one. OK when the start looks like neither.
// Reads the first bytes through a stream of its own ("-", standard input, is not checked: its
// bytes cannot be read twice; the CSV reader's header error then shows the first line).
Status RefuseKnownNonRecords(const std::string& source) {
  if (source == "-") return Status::Ok();
  char head[8] = {};
  std::ifstream probe(source, std::ios::binary);
  probe.read(head, sizeof head);
  const std::string_view start(head, static_cast<size_t>(probe.gcount()));
  const auto refuse = [&](std::string_view what, std::string_view fix) {
    return Status::Invalid(fmt::format("{} looks like {}, not lab records", source, what),
                           std::string(fix));
  };
  if (start.starts_with("%PDF")) {
    return refuse("a PDF document",
                  "oncoguide reads CSV or FHIR JSON; ask the lab or patient portal for a CSV or "
                  "FHIR export, or type the values into a CSV (date,test,value,unit)");
  }
  if (start.starts_with("PK\x03\x04")) {
    return refuse("a spreadsheet workbook (.xlsx) or another zip archive",
                  "save the sheet as CSV (\"CSV UTF-8\"), or unzip a FHIR bulk export and pass "
                  "its directory");
  }
  if (start.starts_with("\xD0\xCF\x11\xE0")) {
    return refuse("an old Excel workbook (.xls)", "save the sheet as CSV (\"CSV UTF-8\")");
  }
  if (start.starts_with("[")) {
    return refuse("a JSON array",
                  "FHIR input is a Bundle ({\"resourceType\": \"Bundle\", ...}), one resource, "
                  "or NDJSON with one resource per line");
  }
  if (start.starts_with("<")) {
    return refuse("an HTML or XML page",
                  "oncoguide reads CSV or FHIR JSON (not FHIR XML); export the results as CSV or "
                  "FHIR JSON");
  }
  return Status::Ok();
}

// Adds a FHIR input (JSON or NDJSON; `in` is `path` opened and positioned where the JSON starts)
// to `reader`, streaming: memory holds the reader's index, not the file (fhir_reader.h). Standard
// input ("-") is spooled for the reader's second pass; a file is read again by its path.
Status AddFhir(std::istream& in, const std::string& path, const std::string& source,
               FhirCohortReader* reader) {
  Status s = path == "-" ? reader->AddStream(in, source) : reader->AddFile(in, path, source);
  if (in.bad()) return Status::IoError(fmt::format("{}: read failed", source));
  return s;
}

// A directory: every regular file in it (sorted by name, hidden files skipped) must be FHIR
// JSON or NDJSON; they are read as one input (a bulk export puts Patient and Observation
// resources in separate files).
Status ForEachPatientInDirectory(const std::string& path,
                                 const std::function<Status(PatientRecord&&)>& sink,
                                 const ReadOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code type_ec;
    if (e.is_regular_file(type_ec)) files.push_back(e.path());
  }
  if (ec) {
    return Status::NotFound(
        fmt::format("cannot read the directory '{}': {}", EchoForMessage(path), ec.message()),
        "check the path and its permissions");
  }
  if (files.empty()) {
    return Status::Invalid(fmt::format("the directory '{}' holds no files", EchoForMessage(path)),
                           "pass a records file, or a directory of FHIR JSON / NDJSON files");
  }
  std::sort(files.begin(), files.end());
  FhirCohortReader reader(options);
  for (const fs::path& f : files) {
    Input input;
    OG_RETURN_IF_ERROR(input.Open(f.string()));
    OG_RETURN_IF_ERROR(RefuseKnownNonRecords(f.string()));
    if (Sniff(input.stream()) != RecordFormat::kFhir) {
      return Status::Invalid(
          fmt::format("{} in the directory is not FHIR JSON", EchoForMessage(f.string())),
          "a directory may hold only FHIR JSON or NDJSON files; pass a CSV file on its own");
    }
    OG_RETURN_IF_ERROR(AddFhir(input.stream(), f.string(), f.string(), &reader));
  }
  return reader.Finish(sink);
}

DocumentReader& RegisteredDocumentReader() {
  static DocumentReader reader;
  return reader;
}

// The first bytes of a file (not of standard input), to recognise a PDF or image by content.
std::string FileStart(const std::string& path) {
  if (path == "-") return {};
  std::ifstream f(path, std::ios::binary);
  char buf[8] = {};
  f.read(buf, sizeof buf);
  return std::string(buf, static_cast<size_t>(f.gcount()));
}

}  // namespace

void SetDocumentReader(DocumentReader reader) { RegisteredDocumentReader() = std::move(reader); }

bool LooksLikeDocument(std::string_view c) {
  return c.starts_with("%PDF-") || c.starts_with("\x89PNG") || c.starts_with("\xFF\xD8\xFF") ||
         c.starts_with(std::string_view("II*\0", 4)) || c.starts_with(std::string_view("MM\0*", 4));
}

RecordFormat DetectFormat(std::string_view content_start) {
  if (content_start.starts_with("\xEF\xBB\xBF")) content_start.remove_prefix(3);
  for (char c : content_start) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    return c == '{' ? RecordFormat::kFhir : RecordFormat::kCsv;
  }
  return RecordFormat::kCsv;
}

Status ForEachPatient(const std::string& path, const std::function<Status(PatientRecord&&)>& sink,
                      const ReadOptions& options) {
  if (LooksLikeDocument(FileStart(path))) {
    if (!RegisteredDocumentReader()) {  // a program without the importer: say what it looks like
      OG_RETURN_IF_ERROR(RefuseKnownNonRecords(path));
      return Status::Invalid(fmt::format("{} looks like an image, not lab records", path),
                             "this program reads CSV or FHIR JSON records only");
    }
    Result<PatientRecord> record = RegisteredDocumentReader()(path);
    if (!record.ok()) return record.status();
    return sink(std::move(record).value());
  }
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    return ForEachPatientInDirectory(path, sink, options);
  }
  Input input;
  OG_RETURN_IF_ERROR(input.Open(path));
  const std::string source = path == "-" ? "<stdin>" : path;
  std::istream& in = input.stream();
  OG_RETURN_IF_ERROR(RefuseKnownNonRecords(path));
  if (Sniff(in) == RecordFormat::kFhir) {
    FhirCohortReader reader(options);
    OG_RETURN_IF_ERROR(AddFhir(in, path, source, &reader));
    return reader.Finish(sink);
  }
  CsvPatientReader reader(in, source, options);
  PatientRecord patient;
  while (true) {
    Result<bool> got = reader.Next(&patient);
    if (!got.ok()) return got.status();
    if (!*got) break;
    OG_RETURN_IF_ERROR(sink(std::move(patient)));
    // Next() resets every field; keeping `patient` (rather than a fresh PatientRecord) keeps the
    // observations' storage, so a cohort does not reallocate it for every patient. A sink that
    // moved the record out leaves valid, empty members.
  }
  if (reader.rows() == 0) {
    return Status::Invalid(fmt::format("{} has a header but no data rows", source),
                           "add at least one row: date,test,value,unit");
  }
  return Status::Ok();
}

Result<std::vector<PatientRecord>> LoadRecords(const std::string& path,
                                               const ReadOptions& options) {
  std::vector<PatientRecord> out;
  Status s = ForEachPatient(
      path,
      [&out](PatientRecord&& p) {
        out.push_back(std::move(p));
        return Status::Ok();
      },
      options);
  if (!s.ok()) return s;
  return out;
}

}  // namespace oncoguide::records

namespace oncoguide::records {

Result<PatientRecord> LoadOnePatient(const std::string& path, const ReadOptions& options) {
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> patients, LoadRecords(path, options));
  OG_RETURN_IF_ERROR(RequireOnePatient(patients, path == "-" ? "<stdin>" : path));
  return std::move(patients.front());
}

}  // namespace oncoguide::records
