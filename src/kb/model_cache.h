// A disk cache of the liblinear models `ask` trains at start-up (topic_classifier.h), so that
// only the first start after a change of the knowledge base pays for training: the router's
// one-vs-rest model over 62 labels and ~3,500 phrasings takes about a second to train, and every
// `oncoguide ask` and every server start trained it again.
//
// Key: a 64-bit FNV-1a hash of the whole training problem as liblinear sees it (every feature
// vector, every label, the solver, C, eps and bias), so a cached model is used only for exactly
// the problem it was trained on; the features already depend on the phrasings, the synonym table
// and the feature options.
//
// Directory: $ONCOGUIDE_CACHE_DIR, else $XDG_CACHE_HOME/oncoguide, else $HOME/.cache/oncoguide;
// ONCOGUIDE_CACHE_DIR=off (or no usable directory) turns the cache off. The cache is only ever an
// optimisation: a missing, unreadable, truncated or corrupt file (a checksum covers it) is
// retrained, and a failed write is ignored. Files are written to a temporary name and renamed,
// so concurrent processes never read half a file. Each model has a name ("router", "crisis"...)
// and only the newest 8 files of a name are kept (older ones are removed when one is written).
//
// Format (native byte order; a cache is per machine): "OGLL1\n", key, nr_class, nr_feature,
// bias, labels, w, FNV-1a checksum of everything before it. liblinear's own save_model writes
// text, about 45 MB for the router, which takes as long to parse as to train.
#ifndef ONCOGUIDE_SRC_KB_MODEL_CACHE_H_
#define ONCOGUIDE_SRC_KB_MODEL_CACHE_H_

#include <linear.h>

#include <cstdint>
#include <string>

namespace oncoguide::kb::internal {

// The cache directory (see above), or "" when the cache is off.
std::string ModelCacheDir();

// The key of training `prob` with `param`.
std::uint64_t ProblemKey(const problem& prob, const parameter& param);

// The cached model `name` for `key`, or nullptr. The model is allocated as liblinear allocates
// (free it with free_and_destroy_model); its param is `param` (no weights, no initial solution).
model* LoadCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                       const parameter& param);

// Writes `m` as the model `name` for `key`; errors are ignored (see above).
void SaveCachedModel(const std::string& dir, const std::string& name, std::uint64_t key,
                     const model& m);

}  // namespace oncoguide::kb::internal

#endif  // ONCOGUIDE_SRC_KB_MODEL_CACHE_H_
