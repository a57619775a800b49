#include "pending_uploads.h"

#include "oncoguide/crypto/crypto.h"

namespace oncoguide::server {

void PendingUploads::ExpireLocked(std::int64_t now) {
  for (auto it = uploads_.begin(); it != uploads_.end();) {
    it = now - it->second.created_at > ttl_s_ ? uploads_.erase(it) : std::next(it);
  }
}

std::optional<std::string> PendingUploads::Add(PendingUpload upload, std::int64_t now) {
  std::lock_guard lock(mu_);
  ExpireLocked(now);
  // The user's oldest pending uploads make room (a person re-choosing files).
  for (;;) {
    auto oldest = uploads_.end();
    size_t count = 0;
    for (auto it = uploads_.begin(); it != uploads_.end(); ++it) {
      if (it->second.user_id != upload.user_id) continue;
      ++count;
      if (oldest == uploads_.end() || it->second.created_at < oldest->second.created_at) {
        oldest = it;
      }
    }
    if (count < kMaxPerUser) break;
    uploads_.erase(oldest);
  }
  if (uploads_.size() >= kMaxTotal) return std::nullopt;
  upload.created_at = now;
  std::string id = crypto::RandomHex(16);
  uploads_.emplace(id, std::move(upload));
  return id;
}

std::optional<PendingUpload> PendingUploads::Take(const std::string& id, std::int64_t user_id,
                                                  std::int64_t now) {
  std::lock_guard lock(mu_);
  ExpireLocked(now);
  auto it = uploads_.find(id);
  if (it == uploads_.end() || it->second.user_id != user_id) return std::nullopt;
  PendingUpload out = std::move(it->second);
  uploads_.erase(it);
  return out;
}

void PendingUploads::Restore(const std::string& id, PendingUpload upload) {
  std::lock_guard lock(mu_);
  uploads_.emplace(id, std::move(upload));
}

size_t PendingUploads::size() const {
  std::lock_guard lock(mu_);
  return uploads_.size();
}

}  // namespace oncoguide::server
