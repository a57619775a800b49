// The FHIR reader's entry points (fhir_reader.h) and its two passes: the first reads, checks
// and indexes every resource of the input; the second reads each patient's resources again.
#include "oncoguide/records/fhir_reader.h"

#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "fhir_index.h"
#include "fhir_reader_internal.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/duplicates.h"
#include "oncoguide/records/fhir_input.h"
#include "oncoguide/records/fhir_stream.h"

namespace oncoguide::records {
namespace internal {
namespace {

// A read-only stream over text in memory, so that text and files take the same (streaming) path.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view text) {
    char* p = const_cast<char*>(text.data());  // only read: no put area is set
    setg(p, p, p + text.size());
  }
};

}  // namespace

using nlohmann::json;

Status Reader::AddText(std::string_view text, const std::string& source, bool copy) {
  input_ = copy ? inputs_.AddCopy(std::string(text), source) : inputs_.AddView(text, source);
  ViewBuf buf(inputs_.Text(input_));
  std::istream in(&buf);
  return Scan(in, source);
}

Status Reader::AddStream(std::istream& in, const std::string& source, const std::string& path) {
  std::error_code ec;
  const std::streampos start = path.empty() ? std::streampos(-1) : in.tellg();
  if (start != std::streampos(-1) && std::filesystem::is_regular_file(path, ec)) {
    OG_ASSIGN_OR_RETURN(input_, inputs_.AddFile(path, static_cast<std::uint64_t>(start), source));
    return Scan(in, source);
  }
  in.clear();
  OG_ASSIGN_OR_RETURN(input_, inputs_.AddSpooled(in, source));
  std::istream spooled(inputs_.SpoolingBuf(input_));
  Status s = Scan(spooled, source);
  Status spool = inputs_.SpoolStatus(input_);  // a failed copy cut the input short
  return spool.ok() ? s : spool;
}

Status Reader::OnEntry(const json& e, size_t i, FhirByteRange bytes) {
  ref_ = Ref(bytes, ResourceRef::kEntry, i);
  return Entry(e, i);
}

Status Reader::OnRoot(const json& root, std::int64_t line, FhirByteRange bytes) {
  line_ = line;
  root_bytes_ = bytes;
  return AddRoot(root);
}

Status Reader::Finish(const std::function<Status(PatientRecord&&)>& sink) {
  OG_ASSIGN_OR_RETURN(FhirIndex * index, TheIndex());
  OG_RETURN_IF_ERROR(index->Seal());
  OG_ASSIGN_OR_RETURN(std::optional<FhirSubject> unknown, index->FirstUnknownSubject());
  if (unknown) {
    return Status::Invalid(
        fmt::format("{} refers to subject '{}', which is not a Patient in the input",
                    unknown->first_id, EchoForMessage(unknown->key)),
        "include the Patient resource, or correct subject.reference",
        Where(unknown->first_path + ".subject"));
  }
  OG_ASSIGN_OR_RETURN(std::int64_t patients, index->PatientCount());
  OG_ASSIGN_OR_RETURN(std::optional<FhirSubject> none, index->NoSubject());
  if (none && none->used && patients > 1) {
    OG_ASSIGN_OR_RETURN(std::vector<std::string> first, index->PatientKeys(5));
    return Status::Invalid(fmt::format("{} has no subject, but the input holds {} patients ({})",
                                       none->first_id, patients, PatientList(first, patients)),
                           "give each result a subject.reference to its Patient",
                           Where(none->first_path));
  }
  if (patients == 0) return ReadPatient("", /*anonymous=*/true, sink);
  return index->ForEachPatient(
      [&](const std::string& key) { return ReadPatient(key, /*anonymous=*/false, sink); });
}

Result<FhirIndex*> Reader::TheIndex() {
  if (index_ == nullptr) {
    OG_ASSIGN_OR_RETURN(index_, FhirIndex::Open());
  }
  return index_.get();
}

Status Reader::ReadPatient(const std::string& key, bool anonymous,
                           const std::function<Status(PatientRecord&&)>& sink) {
  PatientRecord record;
  record.source = first_source_;
  record.from_fhir = true;
  record.patient_id = PatientId(key);
  Bucket merged;
  OG_RETURN_IF_ERROR(index_->ForEachSubjectOf(key, [&](const FhirSubject& subject) {
    if (subject.key.empty() && subject.used && !anonymous) {
      record.notes.push_back(fmt::format(
          "{} has no subject; it is read as {}'s, the only patient in the input", subject.first_id,
          record.patient_id.empty() ? "the patient" : record.patient_id));
    }
    return ReadAgain(subject.id, &merged);
  }));
  record.observations = std::move(merged.observations);
  record.ignored = std::move(merged.ignored);
  OG_RETURN_IF_ERROR(BuildLines(merged.therapies, &record));
  record.SortByDate();
  OG_RETURN_IF_ERROR(ResolveSameDate(&record));
  return sink(std::move(record));
}

ResourceRef Reader::Ref(FhirByteRange bytes, ResourceRef::Kind kind, std::size_t entry) const {
  ResourceRef ref;
  ref.offset = bytes.offset;
  ref.length = bytes.length;
  ref.input = static_cast<std::uint32_t>(input_);
  ref.entry = entry;
  ref.kind = kind;
  return ref;
}

Status Reader::Scan(std::istream& in, const std::string& source) {
  source_ = source;
  line_ = 0;
  if (first_source_.empty()) first_source_ = source_;
  return ReadFhirJsonStream(in, source, this, options_.max_fhir_resource_bytes);
}

Status Reader::ReadAgain(std::int64_t subject, Bucket* out) {
  replay_ = out;
  const std::string source = source_;
  const std::int64_t line = line_;
  Status s =
      index_->ForEachRef(subject, [this](const ResourceRef& ref) { return ReadOneAgain(ref); });
  replay_ = nullptr;
  source_ = source;
  line_ = line;
  return s;
}

Status Reader::ReadOneAgain(const ResourceRef& ref) {
  source_ = inputs_.Source(ref.input);
  if (!parsed_ || parsed_input_ != ref.input || parsed_offset_ != ref.offset) {
    OG_ASSIGN_OR_RETURN(std::string_view text, inputs_.Read(ref.input, ref.offset, ref.length));
    parsed_value_ = json::parse(text, nullptr, /*allow_exceptions=*/false);
    parsed_ = true;
    parsed_input_ = ref.input;
    parsed_offset_ = ref.offset;
    if (parsed_value_.is_discarded()) {
      parsed_ = false;
      return Status::IoError(fmt::format("{} changed while it was being read", source_),
                             "read a copy of the file that no other program writes to");
    }
  }
  const json& value = parsed_value_;
  switch (static_cast<ResourceRef::Kind>(ref.kind)) {
    case ResourceRef::kEntry:
      return Entry(value, ref.entry);
    case ResourceRef::kRootEntry: {
      auto entries = value.find("entry");
      if (entries == value.end() || !entries->is_array() || ref.entry >= entries->size()) {
        return Status::IoError(fmt::format("{} changed while it was being read", source_),
                               "read a copy of the file that no other program writes to");
      }
      return Entry((*entries)[ref.entry], ref.entry);
    }
    case ResourceRef::kResource:
      return Resource(value, StringAt(value, "resourceType"), "");
  }
  return Status::Ok();
}

Status Reader::AddRoot(const json& root) {
  if (!root.is_object() || StringAt(root, "resourceType").empty()) {
    return Status::Invalid("the JSON has no resourceType", "a FHIR Bundle or resource is expected",
                           Where("$"));
  }
  const std::string type = StringAt(root, "resourceType");
  if (type == "Bundle") {
    auto entries = root.find("entry");
    if (entries != root.end()) {
      if (!entries->is_array()) {
        return Status::Invalid("entry is not an array", "", Where("Bundle.entry"));
      }
      for (size_t i = 0; i < entries->size(); ++i) {
        const json& e = (*entries)[i];
        ref_ = Ref(root_bytes_, ResourceRef::kRootEntry, i);
        OG_RETURN_IF_ERROR(Entry(e, i));
      }
    }
    return Status::Ok();
  }
  ref_ = Ref(root_bytes_, ResourceRef::kResource, 0);
  return Resource(root, type, "");
}

Status Reader::Entry(const json& e, size_t i) {
  const std::string path = fmt::format("Bundle.entry[{}].resource", i);
  if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object()) {
    return Status::Invalid("entry has no resource", "", Where(fmt::format("Bundle.entry[{}]", i)));
  }
  return Resource(e["resource"], path, StringAt(e, "fullUrl"));
}

}  // namespace internal

using internal::Reader;

namespace {

Result<std::vector<PatientRecord>> Collect(Reader* reader) {
  std::vector<PatientRecord> out;
  OG_RETURN_IF_ERROR(reader->Finish([&out](PatientRecord&& p) {
    out.push_back(std::move(p));
    return Status::Ok();
  }));
  return out;
}

}  // namespace

Result<std::vector<PatientRecord>> ReadFhirCohort(std::string_view json_text,
                                                  const std::string& source,
                                                  const ReadOptions& options) {
  Reader reader(options);
  OG_RETURN_IF_ERROR(reader.AddText(json_text, source, /*copy=*/false));
  return Collect(&reader);
}

Result<PatientRecord> ReadFhir(std::string_view json_text, const std::string& source,
                               const ReadOptions& options) {
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> patients,
                      ReadFhirCohort(json_text, source, options));
  OG_RETURN_IF_ERROR(RequireOnePatient(patients, source));
  return std::move(patients.front());
}

struct FhirCohortReader::Impl {
  explicit Impl(const ReadOptions& options) : reader(options) {}
  Reader reader;
};

FhirCohortReader::FhirCohortReader(const ReadOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
FhirCohortReader::~FhirCohortReader() = default;
Status FhirCohortReader::Add(std::string_view json_text, const std::string& source) {
  return impl_->reader.AddText(json_text, source, /*copy=*/true);
}
Status FhirCohortReader::AddStream(std::istream& in, const std::string& source) {
  return impl_->reader.AddStream(in, source, "");
}
Status FhirCohortReader::AddFile(std::istream& in, const std::string& path,
                                 const std::string& source) {
  return impl_->reader.AddStream(in, source, path);
}
Status FhirCohortReader::Finish(const std::function<Status(PatientRecord&&)>& sink) {
  return impl_->reader.Finish(sink);
}
Result<std::vector<PatientRecord>> FhirCohortReader::Finish() { return Collect(&impl_->reader); }
std::size_t FhirCohortReader::index_memory_bytes() const {
  return impl_->reader.index_memory_bytes();
}
std::uint64_t FhirCohortReader::indexed_resources() const {
  return impl_->reader.indexed_resources();
}

Status RequireOnePatient(const std::vector<PatientRecord>& patients, const std::string& source) {
  if (patients.size() == 1) return Status::Ok();
  std::vector<std::string> ids;
  for (const PatientRecord& p : patients) {
    if (ids.size() == 5) {
      ids.push_back(fmt::format("and {} more", patients.size() - 5));
      break;
    }
    ids.push_back(p.patient_id.empty() ? "(no id)" : EchoForMessage(p.patient_id, 40));
  }
  return Status::Invalid(
      patients.empty() ? fmt::format("{} holds no patient", source)
                       : fmt::format("{} holds {} patients ({}); this answers for one person",
                                     source, patients.size(), fmt::join(ids, ", ")),
      "pass a file with one patient's results (export one patient, or split the cohort)");
}

}  // namespace oncoguide::records
