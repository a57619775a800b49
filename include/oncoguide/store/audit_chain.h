// The audit hash chain, shared by every store backend.
//
// Row n's hash = BLAKE2b-256 over row n-1's hash and row n's fields (seq, at, user, action,
// target, address, outcome), each length-prefixed so that no two different rows encode alike.
// The first row's prev_hash is 64 zeros. Changing, removing or reordering any row breaks every
// later link, which VerifyAuditChain() reports (`oncoguide audit verify`).
#ifndef ONCOGUIDE_STORE_AUDIT_CHAIN_H_
#define ONCOGUIDE_STORE_AUDIT_CHAIN_H_

#include <cstdint>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store {

inline constexpr char kAuditGenesis[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The hash of `event` chained after `prev_hash` (event.prev_hash and event.hash are ignored).
std::string AuditHash(const AuditEvent& event, const std::string& prev_hash);

struct AuditVerification {
  std::int64_t rows = 0;
};

// Reads the whole chain in order and checks every link and sequence number. An error names the
// first bad row (seq) and what is wrong with it.
Result<AuditVerification> VerifyAuditChain(Store& store);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_AUDIT_CHAIN_H_
