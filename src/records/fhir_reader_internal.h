// The FHIR reader's state (fhir_reader.h), shared by the files that implement it: the public
// entry points and the two passes over the input (fhir_reader.cc), one resource's subject, type
// and dates (fhir_resources.cc), Observations (fhir_observation.cc), and medications and
// procedures (fhir_therapy.cc). Internal to src/records.
#ifndef ONCOGUIDE_SRC_RECORDS_FHIR_READER_INTERNAL_H_
#define ONCOGUIDE_SRC_RECORDS_FHIR_READER_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "fhir_index.h"
#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/fhir_input.h"
#include "oncoguide/records/fhir_stream.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records::internal {

// The string member `key` of a JSON object, or "" when it is absent or not a string.
std::string StringAt(const nlohmann::json& j, std::string_view key);

// Text of a CodeableConcept: its text, else the first coding display.
std::string ConceptText(const nlohmann::json& cc);

// A medication resource as read, before resources are grouped into lines of therapy.
struct Therapy {
  Date start;
  std::string name;
  std::string path;
  std::string id;
};

// The reader behind ReadFhirCohort and FhirCohortReader (fhir_reader.h). Not thread-safe.
class Reader : public FhirJsonVisitor {
 public:
  explicit Reader(ReadOptions options) : options_(options) {}

  // Adds the resources of one JSON input (the first pass): a Bundle (streamed entry by entry, see
  // fhir_stream.h), a single resource, or NDJSON (one resource per line, as a FHIR bulk export
  // writes them). Every resource is read and checked now, so that errors are found in input order
  // as before; what is kept is only where each resource lies, by subject.
  Status AddText(std::string_view text, const std::string& source, bool copy);

  // `in` is positioned where the JSON starts; `path` names a file to read again in the second
  // pass when it is a regular file whose position is known, else `in` is copied into a spool.
  Status AddStream(std::istream& in, const std::string& source, const std::string& path);

  Status OnEntry(const nlohmann::json& e, size_t i, FhirByteRange bytes) override;
  Status OnRoot(const nlohmann::json& root, std::int64_t line, FhirByteRange bytes) override;

  // Memory and size of the index (for tests and the README's figures).
  std::size_t index_memory_bytes() const { return index_ ? index_->memory_bytes() : 0; }
  std::uint64_t indexed_resources() const { return index_ ? index_->refs() : 0; }

  // The second pass: one record per Patient (or per subject when the input has no Patient
  // resources), in order, each read again from its resources' byte ranges and handed to `sink`
  // before the next is read.
  Status Finish(const std::function<Status(PatientRecord&&)>& sink);

 private:
  // What was read: in the first pass, one resource's results (checked, then dropped); in the
  // second, one patient's results.
  struct Bucket {
    std::vector<Observation> observations;
    std::vector<Therapy> therapies;
    std::vector<std::string> ignored;
  };

  // The index, opened at its first use.
  Result<FhirIndex*> TheIndex();

  // The second pass for one patient (`key`, "" when the input names none): reads the resources
  // of each of its subjects again, in input order, and hands the record to `sink`.
  Status ReadPatient(const std::string& key, bool anonymous,
                     const std::function<Status(PatientRecord&&)>& sink);

  ResourceRef Ref(FhirByteRange bytes, ResourceRef::Kind kind, std::size_t entry) const;

  // Reads the first pass through `in`.
  Status Scan(std::istream& in, const std::string& source);

  // The second pass for one subject: reads its resources again, in input order, into `out`.
  Status ReadAgain(std::int64_t subject, Bucket* out);

  Status ReadOneAgain(const ResourceRef& ref);

  Status AddRoot(const nlohmann::json& root);

  Status Entry(const nlohmann::json& e, size_t i);

  // "Patient/x" for "Patient/x", "http://host/fhir/Patient/x" and "Patient/x/_history/2";
  // other references (urn:uuid:...) as they are.
  static std::string ReferenceKey(std::string_view ref);

  static std::string PatientId(const std::string& key);

  // The first patients' ids and how many more there are, for a message.
  static std::string PatientList(const std::vector<std::string>& first, std::int64_t count);

  // Selects the bucket of the resource's subject (or patient) reference.
  Status SelectBucket(const nlohmann::json& r, const std::string& path, const std::string& id);

  // Resources written by `oncoguide assess --format fhir` carry meta.tag urn:oncoguide:tag
  // "computed" (see report/fhir_writer.h); reading them back must not turn results into inputs.
  static bool IsOurOutput(const nlohmann::json& r);

  SourceLocation Where(std::string path) const;

  // Reads one resource. In the first pass its results are checked and dropped, and its place is
  // added to its subject's index; in the second they go to the patient being read.
  Status Resource(const nlohmann::json& r, std::string path, const std::string& full_url);

  Status Convert(const nlohmann::json& r, std::string path, const std::string& full_url);

  // A stem-cell transplant is a phase of the current line of therapy (IMWG line definition:
  // Rajkumar et al., Blood 2015); other procedures are listed as not used.
  Status ProcedureResource(const nlohmann::json& r, const std::string& path, const std::string& id);

  Result<Date> EffectiveDate(const nlohmann::json& r, const std::string& path,
                             std::initializer_list<std::string_view> fields);

  Status ObservationResource(const nlohmann::json& r, const std::string& path,
                             const std::string& id);

  Status ObservationValue(const nlohmann::json& r, const std::string& path, Observation* obs);

  static std::string SensitivityFromMethod(const nlohmann::json& r);

  // Splits a FISH narrative into findings at ',' or ';' outside parentheses.
  // `vpath` is the FHIR path of the narrative, for messages.
  Status AddFish(const Observation& obs, const std::string& vpath);

  Status MedicationResource(const nlohmann::json& r, const std::string& path, const std::string& id,
                            const std::string& type);

  // "maintenance" or "consolidation" when the medication resource marks itself as that phase of
  // the running line: in its name, category, dosage text or note; "" otherwise.
  static std::string_view MarkedPhase(const nlohmann::json& r, const std::string& name);

  // Resources that start on the same date form one line; a date whose drugs all belong to the
  // line already running continues it.
  Status BuildLines(const std::vector<Therapy>& therapies, PatientRecord* record);

  ReadOptions options_;
  FhirInputs inputs_;
  std::size_t input_ = 0;             // the input being read (first pass)
  FhirByteRange root_bytes_;          // of the value passed to OnRoot
  ResourceRef ref_;                   // where the resource being read lies (first pass)
  std::unique_ptr<FhirIndex> index_;  // the first pass's index (fhir_index.h)
  std::int64_t subject_ = 0;          // in index_, the subject of the resource being read
  Bucket scratch_;                    // the first pass's results of one resource
  Bucket* replay_ = nullptr;          // the second pass's patient, while it is read
  // The value last parsed in the second pass (an NDJSON line holding a Bundle is parsed once
  // for all its entries).
  nlohmann::json parsed_value_;
  bool parsed_ = false;
  std::uint32_t parsed_input_ = 0;
  std::uint64_t parsed_offset_ = 0;
  std::string source_;
  std::string first_source_;
  std::int64_t line_ = 0;  // NDJSON line, 0 otherwise
  Bucket* cur_ = nullptr;
};

}  // namespace oncoguide::records::internal

#endif  // ONCOGUIDE_SRC_RECORDS_FHIR_READER_INTERNAL_H_
