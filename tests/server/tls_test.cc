// HTTPS end to end: the real `oncoguide serve --tls-cert --tls-key` on a loopback port (port 0)
// with a certificate made here (OpenSSL), real HTTPS requests that verify it, the `__Host-`
// session cookie with Secure; and the refusal to serve a non-loopback address in clear.
#include <gtest/gtest.h>
#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/wait.h>

#include <cstdio>
#include <memory>

#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;

// Writes a self-signed P-256 certificate for CN=localhost, SAN IP 127.0.0.1 (what the client
// checks), valid for a day, and its key, as PEM files. False on any OpenSSL failure.
bool MakeSelfSigned(const std::string& cert_path, const std::string& key_path) {
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
  std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
  if (!key || !cert) return false;
  X509_set_version(cert.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400);
  X509_set_pubkey(cert.get(), key.get());
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
  X509_set_issuer_name(cert.get(), name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
  for (auto [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"},
                            std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr) return false;
    X509_add_ext(cert.get(), ext, -1);
    X509_EXTENSION_free(ext);
  }
  if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) return false;
  std::FILE* c = std::fopen(cert_path.c_str(), "w");
  std::FILE* k = std::fopen(key_path.c_str(), "w");
  const bool ok = c != nullptr && k != nullptr && PEM_write_X509(c, cert.get()) == 1 &&
                  PEM_write_PrivateKey(k, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
  if (c != nullptr) std::fclose(c);
  if (k != nullptr) std::fclose(k);
  return ok;
}

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(MakeSelfSigned(cert_, key_));
    server_ = std::make_unique<ServeProcess>(
        dir_.File("data"), std::vector<std::string>{"--tls-cert", cert_, "--tls-key", key_});
    ASSERT_GT(server_->port(), 0) << "the server did not start with TLS";
  }
  // A client that trusts only the test certificate and verifies it.
  std::unique_ptr<httplib::SSLClient> Trusting() {
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server_->port());
    c->set_ca_cert_path(cert_.c_str());
    c->enable_server_certificate_verification(true);
    c->set_read_timeout(30, 0);
    return c;
  }

  TempDir dir_;
  std::string cert_ = dir_.File("cert.pem");
  std::string key_ = dir_.File("key.pem");
  std::unique_ptr<ServeProcess> server_;
};

TEST_F(TlsTest, ServesHttpsWithAVerifiedCertificateAndHsts) {
  auto c = Trusting();
  httplib::Result r = c->Get("/healthz");
  ASSERT_TRUE(r) << httplib::to_string(r.error());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Strict-Transport-Security"), "max-age=31536000");
  // A client that does not trust the certificate refuses the connection.
  httplib::SSLClient stranger("127.0.0.1", server_->port());
  stranger.enable_server_certificate_verification(true);
  stranger.set_ca_cert_path(key_.c_str());  // not a CA: nothing trusted
  EXPECT_FALSE(stranger.Get("/healthz"));
  // Plain HTTP on the TLS port gets no answer.
  httplib::Client plain("127.0.0.1", server_->port());
  plain.set_read_timeout(5, 0);
  httplib::Result p = plain.Get("/healthz");
  EXPECT_TRUE(!p || p->status != 200);
}

TEST_F(TlsTest, SessionCookieIsHostPrefixedSecureHttpOnlyLax) {
  auto c = Trusting();
  const json creds = {{"email", "tls@example.org"}, {"password", kPassword}};
  httplib::Result reg = c->Post("/api/v1/accounts", creds.dump(), "application/json");
  ASSERT_TRUE(reg);
  ASSERT_EQ(reg->status, 201) << reg->body;
  httplib::Result login = c->Post("/api/v1/session", creds.dump(), "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  const std::string cookie = login->get_header_value("Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("__Host-og_session=")) << cookie;
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Domain="), std::string::npos) << "__Host- forbids Domain";
  // The cookie authenticates over HTTPS.
  const std::string pair = cookie.substr(0, cookie.find(';'));
  httplib::Result list = c->Get("/api/v1/records", {{"Cookie", pair}});
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200) << list->body;
  // The form pages' CSRF cookie is __Host- and Secure too.
  httplib::Result form = c->Get("/register");
  ASSERT_TRUE(form);
  const std::string form_cookie = form->get_header_value("Set-Cookie");
  EXPECT_TRUE(form_cookie.starts_with("__Host-og_form=")) << form_cookie;
  EXPECT_NE(form_cookie.find("; Secure"), std::string::npos) << form_cookie;
}

// `oncoguide serve --listen HOST:0 --data DIR extra...`: exit status and everything printed.
std::pair<int, std::string> Serve(const std::string& listen, const std::string& data,
                                  const std::string& extra = "") {
  const std::string cmd = std::string(ONCOGUIDE_BINARY) + " serve --listen " + listen + " --data " +
                          data + " " + extra + " 2>&1 </dev/null";
  std::FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[512];
  while (p != nullptr && std::fgets(buf, sizeof buf, p) != nullptr) out += buf;
  const int status = p != nullptr ? pclose(p) : -1;
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

TEST(TlsRefusalTest, NonLoopbackWithoutTlsOrProxyIsRefused) {
  TempDir dir;
  for (const char* host : {"0.0.0.0:0", "192.0.2.10:0"}) {
    auto [code, out] = Serve(host, dir.File("data"));
    EXPECT_EQ(code, 1) << host << ": " << out;
    EXPECT_NE(out.find("without TLS"), std::string::npos) << out;
    EXPECT_NE(out.find("--behind-proxy"), std::string::npos) << "the hint names the ways out";
  }
  // Half a TLS pair is refused too.
  auto [code, out] = Serve("0.0.0.0:0", dir.File("data"), "--tls-cert " + dir.File("x.pem"));
  EXPECT_EQ(code, 1) << out;
  EXPECT_NE(out.find("both --tls-cert and --tls-key"), std::string::npos) << out;
}

}  // namespace
}  // namespace oncoguide::testing
