#include "oncoguide/crypto/crypto.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace oncoguide::crypto {
namespace {

constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Result<std::string> ReadSmallFile(int fd, const std::string& path) {
  std::string text(256, '\0');
  size_t used = 0;
  while (used < text.size()) {
    const ssize_t n = read(fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(fmt::format("cannot read '{}': {}", path, strerror(errno)));
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  text.resize(used);
  return text;
}

Status WriteAll(int fd, std::string_view data, const std::string& path) {
  while (!data.empty()) {
    const ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(fmt::format("cannot write '{}': {}", path, strerror(errno)));
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

}  // namespace

Status Init() {
  if (sodium_init() < 0) return Status::IoError("libsodium could not be initialised");
  return Status::Ok();
}

SecretKey::~SecretKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

SecretKey SecretKey::Generate() {
  SecretKey k;
  randombytes_buf(k.bytes_.data(), k.bytes_.size());
  return k;
}

Result<SecretKey> SecretKey::FromBytes(std::string_view raw) {
  if (raw.size() != kSize) {
    return Status::Invalid(fmt::format("a key has {} bytes, not {}", kSize, raw.size()));
  }
  SecretKey k;
  std::memcpy(k.bytes_.data(), raw.data(), kSize);
  return k;
}

PasswordHashCost PasswordHashCost::Minimum() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<std::string> HashPassword(std::string_view password, const PasswordHashCost& cost) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.ops, cost.mem_bytes,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::IoError("hashing the password ran out of memory",
                           "retry; the server may be overloaded");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view encoded, std::string_view password) {
  if (encoded.empty() || encoded.size() >= crypto_pwhash_STRBYTES) return false;
  std::string z(encoded);  // crypto_pwhash_str_verify needs a NUL-terminated string
  return crypto_pwhash_str_verify(z.c_str(), password.data(), password.size()) == 0;
}

std::string RandomToken(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), Bytes(raw), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::strlen(out.c_str()));
  sodium_memzero(raw.data(), raw.size());
  return out;
}

std::string ToHex(std::string_view bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), Bytes(bytes), bytes.size());
  out.pop_back();
  return out;
}

std::string RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  return ToHex(raw);
}

std::string Digest(std::string_view data) {
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, Bytes(data), data.size(), nullptr, 0);
  return ToHex({reinterpret_cast<const char*>(out), sizeof out});
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string Seal(const SecretKey& key, std::string_view plaintext, std::string_view aad) {
  std::string out(kNonce + plaintext.size() + kTag, '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, Bytes(plaintext),
                                             plaintext.size(), Bytes(aad), aad.size(), nullptr,
                                             nonce, key.data());
  out.resize(kNonce + written);
  return out;
}

Result<std::string> Open(const SecretKey& key, std::string_view sealed, std::string_view aad) {
  if (sealed.size() < kNonce + kTag) return Status::Invalid("sealed data is too short");
  std::string out(sealed.size() - kNonce - kTag, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(out.data()), &written, nullptr, Bytes(sealed) + kNonce,
          sealed.size() - kNonce, Bytes(aad), aad.size(), Bytes(sealed), key.data()) != 0) {
    return Status::Invalid("sealed data failed authentication (wrong key, row or tampering)");
  }
  out.resize(written);
  return out;
}

std::string WrapKey(const SecretKey& master, const SecretKey& data_key, std::int64_t user_id) {
  return Seal(master, data_key.view(), fmt::format("datakey:{}", user_id));
}

Result<SecretKey> UnwrapKey(const SecretKey& master, std::string_view wrapped,
                            std::int64_t user_id) {
  Result<std::string> raw = Open(master, wrapped, fmt::format("datakey:{}", user_id));
  if (!raw.ok()) return raw.status();
  Result<SecretKey> key = SecretKey::FromBytes(*raw);
  sodium_memzero(raw->data(), raw->size());
  return key;
}

Result<SecretKey> LoadOrCreateMasterKey(const std::string& path) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    SecretKey key = SecretKey::Generate();
    std::string hex = ToHex(key.view()) + "\n";
    Status s = WriteAll(fd, hex, path);
    if (s.ok() && fsync(fd) != 0) s = Status::IoError(fmt::format("cannot sync '{}'", path));
    close(fd);
    sodium_memzero(hex.data(), hex.size());
    if (!s.ok()) {
      unlink(path.c_str());
      return s;
    }
    return key;
  }
  if (errno != EEXIST) {
    return Status::IoError(fmt::format("cannot create the master key '{}': {}", path,
                                       strerror(errno)),
                           "check that the data directory exists and is writable");
  }
  fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::IoError(fmt::format("cannot open the master key '{}': {}", path,
                                       strerror(errno)));
  }
  struct stat st {};
  if (fstat(fd, &st) != 0 || (st.st_mode & 077) != 0) {
    close(fd);
    return Status(StatusCode::kFailedPrecondition,
                  fmt::format("the master key '{}' is readable or writable by others", path),
                  fmt::format("chmod 600 '{}'", path));
  }
  Result<std::string> text = ReadSmallFile(fd, path);
  close(fd);
  if (!text.ok()) return text.status();
  std::string_view hex = *text;
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r')) hex.remove_suffix(1);
  SecretKey key;
  size_t len = 0;
  if (hex.size() != 2 * SecretKey::kSize ||
      sodium_hex2bin(key.data(), SecretKey::kSize, hex.data(), hex.size(), nullptr, &len,
                     nullptr) != 0 ||
      len != SecretKey::kSize) {
    sodium_memzero(text->data(), text->size());
    return Status::Invalid(fmt::format("the master key '{}' is not 64 hex characters", path),
                           "restore the key file from your backup; without it the stored "
                           "health data cannot be read");
  }
  sodium_memzero(text->data(), text->size());
  return key;
}

}  // namespace oncoguide::crypto
