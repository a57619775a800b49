#include "oncoguide/crypto/crypto.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "store_test_util.h"

namespace oncoguide::crypto {
namespace {

class CryptoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Init().ok()); }
};

TEST_F(CryptoTest, PasswordHashIsArgon2idAndVerifies) {
  Result<std::string> h = HashPassword("correct horse battery", PasswordHashCost::Minimum());
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(h->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(*h, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*h, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword("", "x"));
  EXPECT_FALSE(VerifyPassword("$argon2id$garbage", "x"));
  // A fresh salt every time.
  EXPECT_NE(*h, *HashPassword("correct horse battery", PasswordHashCost::Minimum()));
}

TEST_F(CryptoTest, DefaultPasswordCostIsOwaspArgon2id) {
  PasswordHashCost c;
  EXPECT_EQ(c.ops, 2u);
  EXPECT_EQ(c.mem_bytes, size_t{19} << 20);
}

TEST_F(CryptoTest, TokensAreLongAndDistinct) {
  const std::string a = RandomToken(), b = RandomToken();
  EXPECT_EQ(a.size(), 43u);  // 32 bytes base64url without padding
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
  EXPECT_EQ(Digest("abc").size(), 64u);
  EXPECT_NE(Digest(a), Digest(b));
}

TEST_F(CryptoTest, SealOpensOnlyWithTheSameKeyAndAad) {
  SecretKey k = SecretKey::Generate();
  const std::string sealed = Seal(k, "IgG kappa 3.1 g/dL", "record:1:a");
  EXPECT_EQ(sealed.find("IgG"), std::string::npos);
  Result<std::string> back = Open(k, sealed, "record:1:a");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "IgG kappa 3.1 g/dL");
  EXPECT_FALSE(Open(k, sealed, "record:2:a").ok());
  EXPECT_FALSE(Open(SecretKey::Generate(), sealed, "record:1:a").ok());
  std::string tampered = sealed;
  tampered[30] ^= 1;
  EXPECT_FALSE(Open(k, tampered, "record:1:a").ok());
  EXPECT_FALSE(Open(k, "short", "record:1:a").ok());
}

TEST_F(CryptoTest, WrappedKeyIsBoundToItsUser) {
  SecretKey master = SecretKey::Generate(), data = SecretKey::Generate();
  const std::string wrapped = WrapKey(master, data, 7);
  Result<SecretKey> back = UnwrapKey(master, wrapped, 7);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->view(), data.view());
  EXPECT_FALSE(UnwrapKey(master, wrapped, 8).ok());
}

TEST_F(CryptoTest, MasterKeyFileIsCreated0600AndReadBack) {
  testing::TempDir dir;
  const std::string path = dir.File("master.key");
  Result<SecretKey> a = LoadOrCreateMasterKey(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  struct stat st {};
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600);
  Result<SecretKey> b = LoadOrCreateMasterKey(path);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->view(), b->view());
}

TEST_F(CryptoTest, MasterKeyReadableByOthersIsRefused) {
  testing::TempDir dir;
  const std::string path = dir.File("master.key");
  ASSERT_TRUE(LoadOrCreateMasterKey(path).ok());
  chmod(path.c_str(), 0644);
  Result<SecretKey> k = LoadOrCreateMasterKey(path);
  ASSERT_FALSE(k.ok());
  EXPECT_NE(k.status().hint().find("chmod 600"), std::string::npos);
}

TEST_F(CryptoTest, MalformedMasterKeyIsRefused) {
  testing::TempDir dir;
  const std::string path = dir.File("master.key");
  {
    std::ofstream(path) << "not a key\n";
  }
  chmod(path.c_str(), 0600);
  EXPECT_FALSE(LoadOrCreateMasterKey(path).ok());
}

}  // namespace
}  // namespace oncoguide::crypto
