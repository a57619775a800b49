#include "oncoguide/store/audit_chain.h"

#include <fmt/format.h>

#include "oncoguide/crypto/crypto.h"

namespace oncoguide::store {
namespace {

void Field(std::string& out, std::string_view value) {
  out += fmt::format("{}:", value.size());
  out += value;
  out += ';';
}

}  // namespace

std::string AuditHash(const AuditEvent& event, const std::string& prev_hash) {
  std::string buf;
  buf.reserve(256);
  Field(buf, prev_hash);
  Field(buf, std::to_string(event.seq));
  Field(buf, std::to_string(event.at));
  Field(buf, std::to_string(event.user_id));
  Field(buf, event.action);
  Field(buf, event.target);
  Field(buf, event.address);
  Field(buf, event.outcome);
  return crypto::Digest(buf);
}

Result<AuditVerification> VerifyAuditChain(Store& store) {
  AuditVerification v;
  std::string prev = kAuditGenesis;
  std::int64_t expected_seq = 1;
  while (true) {
    OG_ASSIGN_OR_RETURN(std::vector<AuditEvent> rows, store.ReadAudit(expected_seq - 1, 1000));
    if (rows.empty()) break;
    for (const AuditEvent& e : rows) {
      const std::string hint = "the audit table was changed outside oncoguide; restore it from "
                               "a backup and investigate";
      if (e.seq != expected_seq) {
        return Status::Invalid(
            fmt::format("audit row {} is missing (the next row is {})", expected_seq, e.seq),
            hint);
      }
      if (e.prev_hash != prev) {
        return Status::Invalid(
            fmt::format("audit row {} does not link to row {}", e.seq, e.seq - 1), hint);
      }
      if (AuditHash(e, prev) != e.hash) {
        return Status::Invalid(fmt::format("audit row {} was altered (its hash does not match)",
                                           e.seq),
                               hint);
      }
      prev = e.hash;
      ++expected_seq;
      ++v.rows;
    }
  }
  return v;
}

}  // namespace oncoguide::store
