// Uploads read but not yet confirmed (internal to src/server): the review step of the upload
// page holds them in memory only, never in the store, until the person presses Save.
//
// Contract: each pending upload belongs to one user; Take/Drop with another user's id behave
// exactly like an unknown id. Entries expire after `ttl_s` seconds; a user holds at most
// kMaxPerUser (the oldest is forgotten first), the process at most kMaxTotal (then Add refuses).
// Thread-safe.
#ifndef ONCOGUIDE_SRC_SERVER_PENDING_UPLOADS_H_
#define ONCOGUIDE_SRC_SERVER_PENDING_UPLOADS_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/records/record.h"

namespace oncoguide::server {

struct PendingFile {
  std::string name;         // safe base name
  std::string bytes;        // as uploaded
  bool report = false;      // a lab report (PDF, photo) read by the importer: stored as CSV
  size_t observations = 0;  // how many of PendingUpload::record's observations are this file's
};

struct PendingUpload {
  std::int64_t user_id = 0;
  std::int64_t created_at = 0;
  std::vector<PendingFile> files;
  // Every file's observations, one file after another in `files` order (the review sorts them
  // by date for display; a row's index is its position here).
  records::PatientRecord record;
  std::vector<std::string> not_read;  // lab-report lines with a value that was not read
};

class PendingUploads {
 public:
  static constexpr size_t kMaxPerUser = 3;
  static constexpr size_t kMaxTotal = 1000;
  explicit PendingUploads(std::int64_t ttl_s = 30 * 60) : ttl_s_(ttl_s) {}

  // Returns the new id (128-bit random hex), or nullopt when the process holds kMaxTotal.
  std::optional<std::string> Add(PendingUpload upload, std::int64_t now);
  // Removes and returns the upload when it exists, is the user's and has not expired.
  std::optional<PendingUpload> Take(const std::string& id, std::int64_t user_id, std::int64_t now);
  // Puts an upload taken with Take back under its id (the review is shown again).
  void Restore(const std::string& id, PendingUpload upload);
  size_t size() const;

 private:
  void ExpireLocked(std::int64_t now);
  std::int64_t ttl_s_;
  mutable std::mutex mu_;
  std::map<std::string, PendingUpload> uploads_;
};

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_PENDING_UPLOADS_H_
