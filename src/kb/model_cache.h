// A disk cache of the liblinear models `ask` trains at start-up (topic_classifier.h), so that
// only the first start after a change of the knowledge base pays for training: the router's
// one-vs-rest model over 62 labels and ~3,500 phrasings takes about a second to train, and every
// `oncoguide ask` and every server start trained it again.
//
// Key (computed by the caller, topic_classifier.cc): a 64-bit FNV-1a hash of everything the
// trained model depends on: the training texts and labels, the feature and solver options, the
// synonym table's content, a feature-code version, and the features of the first training
// texts (so that a change to the feature code that forgot the version still changes the key).
// A cached entry holds the vocabulary too, so a start with a cached model skips building the
// features of every training text as well as the training.
//
// Directory: $ONCOGUIDE_CACHE_DIR, else $XDG_CACHE_HOME/oncoguide, else $HOME/.cache/oncoguide;
// ONCOGUIDE_CACHE_DIR=off (or no usable directory) turns the cache off. The cache is only ever an
// optimisation: a missing, unreadable, truncated or corrupt file (a checksum covers it) is
// retrained, and a failed write is ignored. Files are written to a temporary name and renamed,
// so concurrent processes never read half a file. Each model has a name ("router", "crisis"...)
// and only the newest 8 files of a name are kept (older ones are removed when one is written).
//
// Format (native byte order; a cache is per machine): "OGLL2\n", key, the vocabulary (count, then
// each name as length and bytes), nr_class, nr_feature, bias, labels, w, and an FNV-1a checksum
// of everything before it. liblinear's own save_model writes text, about 45 MB for the router,
// which takes as long to parse as to train.
#ifndef ONCOGUIDE_SRC_KB_MODEL_CACHE_H_
#define ONCOGUIDE_SRC_KB_MODEL_CACHE_H_

#include <linear.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace oncoguide::kb::internal {

// The cache directory (see above), or "" when the cache is off.
std::string ModelCacheDir();

// FNV-1a over `n` bytes, continuing from `h` (start with kFnvStart).
inline constexpr std::uint64_t kFnvStart = 1469598103934665603ULL;
std::uint64_t Fnv(std::uint64_t h, const void* data, std::size_t n);

// The cached model `name` for `key` and its vocabulary (feature names, liblinear index i + 1 at
// position i), or nullptr. The model is allocated as liblinear allocates (free it with
// free_and_destroy_model); its param is `param` (no weights, no initial solution).
model* LoadCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                       const parameter& param, std::vector<std::string>* vocabulary);

// Writes `m` and its vocabulary as the model `name` for `key`; errors are ignored (see above).
void SaveCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                     const std::vector<std::string>& vocabulary, const model& m);

}  // namespace oncoguide::kb::internal

#endif  // ONCOGUIDE_SRC_KB_MODEL_CACHE_H_
