#include "oncoguide/records/load.h"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/fhir_reader.h"

namespace oncoguide {
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

Status ForEachPatient(const std::string& path, const std::function<Status(PatientRecord&&)>& sink) {
  if (LooksLikeDocument(FileStart(path))) {
    if (!RegisteredDocumentReader()) {
      return Status::Invalid(fmt::format("{} is a PDF or image file", path),
                             "this program reads CSV or FHIR JSON records only");
    }
    Result<PatientRecord> record = RegisteredDocumentReader()(path);
    if (!record.ok()) return record.status();
    return sink(std::move(record).value());
  }
  Input input;
  OG_RETURN_IF_ERROR(input.Open(path));
  const std::string source = path == "-" ? "<stdin>" : path;
  std::istream& in = input.stream();
  if (Sniff(in) == RecordFormat::kFhir) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<PatientRecord> record = ReadFhir(text, source);
    if (!record.ok()) return record.status();
    return sink(std::move(record).value());
  }
  CsvPatientReader reader(in, source);
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

Result<std::vector<PatientRecord>> LoadRecords(const std::string& path) {
  std::vector<PatientRecord> out;
  Status s = ForEachPatient(path, [&out](PatientRecord&& p) {
    out.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace oncoguide
