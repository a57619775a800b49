// The first pass's index of the FHIR reader (fhir_reader.h): which subjects the input's resources
// name, where each resource lies, and which Patient resources (with their fullUrl aliases) it
// holds. The second pass reads it back one patient at a time.
//
// The index lives in a private temporary SQLite database, so that memory stays bounded whatever
// the number of resources or patients (issue 8: 24 bytes per resource and about 800 bytes per
// patient had been held in memory). SQLite keeps such a database in its page cache while it is
// small and writes pages beyond `cache_bytes` to a file in its temporary directory
// (SQLITE_TMPDIR, else TMPDIR, else /var/tmp or /tmp), opened with mode 0600 and unlinked at once;
// the sorts that build the lookup indexes in Seal() are bounded the same way. The file is gone
// when the index is destroyed.
//
// Use: during the first pass, AddPatient for each Patient and, for each other resource,
// Subject(key) then AddRef (and MarkUsed when it held results). Then Seal() once, and read with
// the For* calls, which hand rows over in input order. Not thread-safe.
//
// Errors (a full disk under the temporary directory...) are Status values naming the cause.
#ifndef ONCOGUIDE_SRC_RECORDS_FHIR_INDEX_H_
#define ONCOGUIDE_SRC_RECORDS_FHIR_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"

struct sqlite3;

namespace oncoguide::records::internal {

// Where one resource was read in the first pass, so that the second can read it again: the byte
// range of a JSON value of an input, and which resource of that value it is.
struct ResourceRef {
  enum Kind : std::uint32_t {
    kEntry,      // the value is Bundle entry number `entry` (a streamed entry)
    kRootEntry,  // the value is a Bundle (an NDJSON line); the resource is its entry `entry`
    kResource,   // the value is the resource itself (a document or an NDJSON line)
  };
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::uint32_t input = 0;  // FhirInputs number
  Kind kind = kResource;
  std::uint64_t entry = 0;
};

// A subject reference as the first pass saw it.
struct FhirSubject {
  std::int64_t id = 0;     // in order of first appearance, from 1
  std::string key;         // "Patient/x", a fullUrl, or "" for resources without a subject
  std::string first_id;    // the first resource naming it ("Observation/o1"), for messages
  std::string first_path;  // and its FHIR path
  bool used = false;       // some resource of it held results (not only lines not used)
};

class FhirIndex {
 public:
  // 8 MiB of page cache: the index of a 500 MB input is about 60 MB.
  static constexpr std::size_t kDefaultCacheBytes = std::size_t{8} << 20;

  static Result<std::unique_ptr<FhirIndex>> Open(std::size_t cache_bytes = kDefaultCacheBytes);
  ~FhirIndex();
  FhirIndex(const FhirIndex&) = delete;
  FhirIndex& operator=(const FhirIndex&) = delete;

  // --- First pass.
  // A Patient resource: its key "Patient/<id>" and its entry's fullUrl ("" for none). A key seen
  // before keeps its place in the order of patients.
  Status AddPatient(const std::string& key, const std::string& full_url);
  // The id of subject `key`, added with the resource that names it first when new.
  Result<std::int64_t> Subject(const std::string& key, std::string_view first_id,
                               std::string_view first_path);
  Status MarkUsed(std::int64_t subject);
  Status AddRef(std::int64_t subject, const ResourceRef& ref);

  // --- Second pass, after Seal(). Seal resolves each subject to its patient: the Patient whose
  // key or fullUrl it names; without Patient resources, itself. Resources without a subject
  // belong to the first patient.
  Status Seal();
  bool has_patients() const { return patients_ > 0; }
  // Patients in input order (their keys); without Patient resources, the subjects other than ""
  // in order of appearance.
  Result<std::int64_t> PatientCount();
  Status ForEachPatient(const std::function<Status(const std::string& key)>& fn);
  // The first `n` of those keys (for messages).
  Result<std::vector<std::string>> PatientKeys(std::size_t n);
  // The first subject (other than "") that names no Patient, when the input has Patients.
  Result<std::optional<FhirSubject>> FirstUnknownSubject();
  // The subject "" (resources without a subject), if any resource had none.
  Result<std::optional<FhirSubject>> NoSubject();
  // The subjects of patient `key` ("" when the input names no patient at all), in order.
  Status ForEachSubjectOf(const std::string& key,
                          const std::function<Status(const FhirSubject&)>& fn);
  // The resources of `subject`, in input order.
  Status ForEachRef(std::int64_t subject, const std::function<Status(const ResourceRef&)>& fn);

  // Resources added (for tests and figures).
  std::uint64_t refs() const { return refs_; }
  // Bytes of memory SQLite holds for the index now (page cache and statements).
  std::size_t memory_bytes() const;

 private:
  class Stmt;
  explicit FhirIndex(sqlite3* db);
  Status Exec(const char* sql);
  Result<Stmt*> Prepared(int slot, const char* sql);

  sqlite3* db_;
  std::vector<std::unique_ptr<Stmt>> stmts_;
  std::int64_t patients_ = 0;
  std::uint64_t refs_ = 0;
  bool sealed_ = false;
  // The subject last selected: consecutive resources mostly name the same one.
  std::string last_key_;
  std::int64_t last_id_ = 0;
  bool last_used_ = false;
};

}  // namespace oncoguide::records::internal

#endif  // ONCOGUIDE_SRC_RECORDS_FHIR_INDEX_H_
