// Cryptography for the service, on libsodium: password hashing (Argon2id), tokens from the
// CSPRNG, token digests, and authenticated encryption at rest (XChaCha20-Poly1305).
//
// Keys:
//   - the master key (32 bytes) lives in a file of its own, mode 0600, outside the database;
//   - each user has a random data key (32 bytes), stored in the database only wrapped (encrypted)
//     by the master key with the user id as associated data;
//   - health data is sealed with the user's data key, with associated data naming the row
//     ("record:<user>:<id>"), so a sealed value moved to another row or user fails to open.
// A copied database file alone therefore reveals no health data.
//
// Every function that can fail returns Status/Result. Init() must succeed before any other call.
#ifndef ONCOGUIDE_CRYPTO_CRYPTO_H_
#define ONCOGUIDE_CRYPTO_CRYPTO_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"

namespace oncoguide::crypto {

// Initialises libsodium (idempotent, thread-safe).
Status Init();

// A 32-byte secret key, wiped from memory when destroyed.
class SecretKey {
 public:
  static constexpr size_t kSize = 32;
  SecretKey() { bytes_.fill(0); }
  ~SecretKey();
  SecretKey(const SecretKey& other) = default;
  SecretKey& operator=(const SecretKey& other) = default;

  // A fresh key from the CSPRNG.
  static SecretKey Generate();
  // REQUIRES: raw.size() == kSize.
  static Result<SecretKey> FromBytes(std::string_view raw);

  const unsigned char* data() const { return bytes_.data(); }
  unsigned char* data() { return bytes_.data(); }
  std::string_view view() const {
    return {reinterpret_cast<const char*>(bytes_.data()), bytes_.size()};
  }

 private:
  std::array<unsigned char, kSize> bytes_;
};

// Argon2id cost. The default follows the OWASP password storage cheat sheet's Argon2id setting
// (19 MiB, 2 iterations, 1 lane); tests may lower it to libsodium's minimum to run fast.
struct PasswordHashCost {
  unsigned long long ops = 2;
  size_t mem_bytes = size_t{19} << 20;
  static PasswordHashCost Minimum();
};

// The encoded Argon2id hash ("$argon2id$v=19$m=...") of `password`, with a random salt.
Result<std::string> HashPassword(std::string_view password, const PasswordHashCost& cost = {});
// True when `password` matches `encoded`. A malformed `encoded` is simply no match.
bool VerifyPassword(std::string_view encoded, std::string_view password);

// `bytes` random bytes from the CSPRNG, encoded base64url without padding (32 bytes = 256 bits).
std::string RandomToken(size_t bytes = 32);
// Lower-case hex of `bytes` random bytes (identifiers that need not be secret but unguessable).
std::string RandomHex(size_t bytes);

// BLAKE2b-256 of `data` as lower-case hex: how tokens are stored (never the token itself).
std::string Digest(std::string_view data);
// Constant-time equality of two strings (false when lengths differ).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// XChaCha20-Poly1305-IETF. Output: 24-byte random nonce || ciphertext || 16-byte tag.
std::string Seal(const SecretKey& key, std::string_view plaintext, std::string_view aad);
// Opens what Seal() produced with the same key and aad; fails on any change.
Result<std::string> Open(const SecretKey& key, std::string_view sealed, std::string_view aad);

// The user's data key sealed by the master key (aad "datakey:<user_id>"), and back.
std::string WrapKey(const SecretKey& master, const SecretKey& data_key, std::int64_t user_id);
Result<SecretKey> UnwrapKey(const SecretKey& master, std::string_view wrapped,
                            std::int64_t user_id);

// Reads the master key file (64 hex characters), or creates it with a fresh key when it does not
// exist, with mode 0600 (created atomically: O_CREAT|O_EXCL). Refuses a file that the group or
// others can read or write, or that does not hold exactly one key.
Result<SecretKey> LoadOrCreateMasterKey(const std::string& path);

std::string ToHex(std::string_view bytes);

}  // namespace oncoguide::crypto

#endif  // ONCOGUIDE_CRYPTO_CRYPTO_H_
