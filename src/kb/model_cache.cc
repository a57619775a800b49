#include "model_cache.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

namespace oncoguide::kb::internal {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "OGLL2\n";
constexpr std::size_t kMaxModelsPerName = 8;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Number of weights of a model: liblinear keeps one weight vector for two classes.
std::size_t WeightCount(int nr_class, int nr_feature, double bias) {
  const std::size_t features = static_cast<std::size_t>(nr_feature) + (bias >= 0 ? 1 : 0);
  const std::size_t vectors = nr_class == 2 ? 1 : static_cast<std::size_t>(nr_class);
  return features * vectors;
}

fs::path FileOf(const std::string& dir, const std::string& name, std::uint64_t key) {
  return fs::path(dir) / fmt::format("{}-{:016x}.model", name, key);
}

// Reads a value of type T at `*at`, advancing it; false past the end.
template <typename T>
bool Take(const std::string& bytes, std::size_t* at, T* out, std::size_t count = 1) {
  const std::size_t n = sizeof(T) * count;
  if (bytes.size() - *at < n) return false;
  std::memcpy(out, bytes.data() + *at, n);
  *at += n;
  return true;
}

}  // namespace

std::string ModelCacheDir() {
  if (const char* d = std::getenv("ONCOGUIDE_CACHE_DIR"); d != nullptr && *d != '\0') {
    return std::string_view(d) == "off" ? std::string() : std::string(d);
  }
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x != nullptr && *x == '/') {
    return (fs::path(x) / "oncoguide").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return (fs::path(home) / ".cache" / "oncoguide").string();
  }
  return {};
}

std::uint64_t Fnv(std::uint64_t h, const void* data, std::size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (std::size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= kFnvPrime;
  }
  return h;
}

model* LoadCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                       const parameter& param, std::vector<std::string>* vocabulary) {
  if (dir.empty()) return nullptr;
  const fs::path file = FileOf(dir, name, key);
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) return nullptr;
  std::ifstream in(file, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return nullptr;
  if (bytes.size() < kMagic.size() + sizeof(std::uint64_t) ||
      bytes.compare(0, kMagic.size(), kMagic) != 0) {
    return nullptr;
  }
  const std::size_t body = bytes.size() - sizeof(std::uint64_t);
  const std::uint64_t sum = Fnv(kFnvStart, bytes.data(), body);
  std::uint64_t stored_sum = 0;
  std::memcpy(&stored_sum, bytes.data() + body, sizeof stored_sum);
  std::size_t at = kMagic.size();
  std::uint64_t stored_key = 0;
  int nr_class = 0;
  int nr_feature = 0;
  double bias = 0;
  std::uint64_t words = 0;
  if (sum != stored_sum || !Take(bytes, &at, &stored_key) || stored_key != key ||
      !Take(bytes, &at, &words) || words > body) {
    return nullptr;
  }
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(words));
  for (std::uint64_t i = 0; i < words; ++i) {
    std::uint32_t len = 0;
    if (!Take(bytes, &at, &len) || body - at < len) return nullptr;
    names.emplace_back(bytes.data() + at, len);
    at += len;
  }
  if (!Take(bytes, &at, &nr_class) || !Take(bytes, &at, &nr_feature) || !Take(bytes, &at, &bias) ||
      nr_class < 2 || nr_feature < 0) {
    return nullptr;
  }
  const std::size_t weights = WeightCount(nr_class, nr_feature, bias);
  if (body - at != sizeof(int) * static_cast<std::size_t>(nr_class) + sizeof(double) * weights) {
    return nullptr;
  }
  // Allocated with malloc, as liblinear's free_and_destroy_model frees them.
  auto* m = static_cast<model*>(std::calloc(1, sizeof(model)));
  m->param = param;
  m->param.nr_weight = 0;
  m->param.weight_label = nullptr;
  m->param.weight = nullptr;
  m->param.init_sol = nullptr;
  m->nr_class = nr_class;
  m->nr_feature = nr_feature;
  m->bias = bias;
  m->label = static_cast<int*>(std::malloc(sizeof(int) * static_cast<std::size_t>(nr_class)));
  m->w = static_cast<double*>(std::malloc(sizeof(double) * weights));
  Take(bytes, &at, m->label, static_cast<std::size_t>(nr_class));
  Take(bytes, &at, m->w, weights);
  *vocabulary = std::move(names);
  return m;
}

void SaveCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                     const std::vector<std::string>& vocabulary, const model& m) {
  if (dir.empty()) return;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return;
  std::string bytes(kMagic);
  auto put = [&bytes](const void* p, std::size_t n) {
    bytes.append(static_cast<const char*>(p), n);
  };
  put(&key, sizeof key);
  const std::uint64_t words = vocabulary.size();
  put(&words, sizeof words);
  for (const std::string& w : vocabulary) {
    const auto len = static_cast<std::uint32_t>(w.size());
    put(&len, sizeof len);
    put(w.data(), w.size());
  }
  put(&m.nr_class, sizeof m.nr_class);
  put(&m.nr_feature, sizeof m.nr_feature);
  put(&m.bias, sizeof m.bias);
  put(m.label, sizeof(int) * static_cast<std::size_t>(m.nr_class));
  put(m.w, sizeof(double) * WeightCount(m.nr_class, m.nr_feature, m.bias));
  const std::uint64_t sum = Fnv(kFnvStart, bytes.data(), bytes.size());
  put(&sum, sizeof sum);
  const fs::path file = FileOf(dir, name, key);
  const fs::path tmp =
      fs::path(dir) / fmt::format(".{}.{}.tmp", file.filename().string(), getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return;
  }
  // Only the newest kMaxModelsPerName models of this name are kept (a test suite may train on
  // several small knowledge bases besides the shipped one).
  std::vector<std::pair<fs::file_time_type, fs::path>> same;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string f = e.path().filename().string();
    if (f.rfind(name + "-", 0) == 0 && e.path().extension() == ".model") {
      same.emplace_back(fs::last_write_time(e.path(), ec), e.path());
    }
  }
  if (same.size() <= kMaxModelsPerName) return;
  std::sort(same.begin(), same.end());
  for (std::size_t i = 0; i + kMaxModelsPerName < same.size(); ++i) {
    if (same[i].second != file) fs::remove(same[i].second, ec);
  }
}

}  // namespace oncoguide::kb::internal
