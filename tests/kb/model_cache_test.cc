// The model cache of the `ask` classifiers (src/kb/model_cache.h): a model trained once is read
// back for exactly the same problem, with the same predictions; a corrupt or foreign file is
// retrained, never used; the cache can be turned off.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../common/temp_dir.h"
#include "oncoguide/kb/synonyms.h"
#include "oncoguide/kb/topic_classifier.h"

namespace oncoguide::kb {
namespace {

namespace fs = std::filesystem;
using oncoguide::testing::TempDir;

// Sets ONCOGUIDE_CACHE_DIR for the life of the object.
class CacheDir {
 public:
  explicit CacheDir(const std::string& value) { ::setenv("ONCOGUIDE_CACHE_DIR", value.c_str(), 1); }
  ~CacheDir() { ::unsetenv("ONCOGUIDE_CACHE_DIR"); }
};

std::vector<LabeledText> Examples() {
  return {{"what is a free light chain", 0},    {"kappa lambda ratio high", 0},
          {"free light chains explained", 0},   {"how is a transplant done", 1},
          {"stem cell transplant recovery", 1}, {"autologous transplant melphalan", 1},
          {"what is the weather", 2},           {"best pizza in town", 2}};
}

std::vector<fs::path> Models(const std::string& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".model") out.push_back(e.path());
  }
  return out;
}

class ModelCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = SynonymTable::Load(std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/synonyms.yaml");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    synonyms_ = std::move(*s);
    options_.cache_name = "test";
  }
  std::vector<double> TrainAndPredict(const std::string& text) {
    auto c = TopicClassifier::Train(Examples(), 3, synonyms_, options_);
    EXPECT_TRUE(c.ok());
    return c.ok() ? (*c)->Predict(text) : std::vector<double>{};
  }
  SynonymTable synonyms_;
  ClassifierOptions options_;
};

TEST_F(ModelCacheTest, ASecondTrainingReadsTheSameModelBack) {
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  CacheDir env(cache);
  const std::vector<double> trained = TrainAndPredict("light chain ratio");
  ASSERT_EQ(Models(cache).size(), 1u);
  const auto written = fs::last_write_time(Models(cache)[0]);
  const std::vector<double> cached = TrainAndPredict("light chain ratio");
  EXPECT_EQ(cached, trained);  // the weights are stored exactly
  EXPECT_EQ(fs::last_write_time(Models(cache)[0]), written) << "read, not written again";
  // Another problem (another C) is another model.
  options_.c = 2.0;
  TrainAndPredict("light chain ratio");
  EXPECT_EQ(Models(cache).size(), 2u);
}

TEST_F(ModelCacheTest, ACorruptFileIsRetrainedNotUsed) {
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  CacheDir env(cache);
  const std::vector<double> trained = TrainAndPredict("transplant");
  ASSERT_EQ(Models(cache).size(), 1u);
  const fs::path file = Models(cache)[0];
  const auto size = fs::file_size(file);
  {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(40);
    f.put('\x7f');  // one weight byte changed: the checksum no longer matches
  }
  EXPECT_EQ(TrainAndPredict("transplant"), trained);
  fs::resize_file(file, 30);  // truncated
  EXPECT_EQ(TrainAndPredict("transplant"), trained);
  EXPECT_EQ(fs::file_size(file), size) << "the retrained model replaced the broken file";
}

TEST_F(ModelCacheTest, OffWritesNothing) {
  TempDir dir;
  CacheDir env("off");
  TrainAndPredict("pizza");
  options_.cache_name.clear();
  TrainAndPredict("pizza");
  EXPECT_TRUE(Models(dir.path()).empty());
}

}  // namespace
}  // namespace oncoguide::kb
