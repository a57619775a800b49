// The stored parsed record (src/server/record_codec.h): every field survives the round trip
// bit for bit, so the result computed from stored records equals the result from re-parsing the
// raw files; and the service computes exactly that (stored-record path vs re-parse path, on a
// real server, including rows stored before schema 2).
#include "record_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>

#include "assess_adapter.h"
#include "oncoguide/crypto/crypto.h"
#include "oncoguide/records/load.h"
#include "oncoguide/store/store.h"
#include "server_test_util.h"
#include "service.h"

namespace oncoguide::testing {

using records::Analyte;
using records::Observation;
using records::PatientRecord;

namespace {

using nlohmann::json;
using server::DecodeRecord;
using server::EncodeRecord;

bool SameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
bool SameBits(const std::optional<double>& a, const std::optional<double>& b) {
  return a.has_value() == b.has_value() && (!a || SameBits(*a, *b));
}

void ExpectSameRecord(const PatientRecord& a, const PatientRecord& b) {
  EXPECT_EQ(a.patient_id, b.patient_id);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.from_fhir, b.from_fhir);
  EXPECT_EQ(a.ignored, b.ignored);
  EXPECT_EQ(a.notes, b.notes);
  EXPECT_EQ(a.duplicates_collapsed, b.duplicates_collapsed);
  ASSERT_EQ(a.observations.size(), b.observations.size());
  for (size_t i = 0; i < a.observations.size(); ++i) {
    SCOPED_TRACE(i);
    const Observation& x = a.observations[i];
    const Observation& y = b.observations[i];
    EXPECT_EQ(x.date, y.date);
    EXPECT_EQ(x.analyte, y.analyte);
    EXPECT_TRUE(SameBits(x.value, y.value)) << x.value << " vs " << y.value;
    EXPECT_EQ(x.has_value, y.has_value);
    EXPECT_EQ(x.text, y.text);
    EXPECT_TRUE(SameBits(x.ref_low, y.ref_low));
    EXPECT_TRUE(SameBits(x.ref_high, y.ref_high));
    EXPECT_TRUE(SameBits(x.sensitivity, y.sensitivity));
    EXPECT_EQ(x.bound, y.bound);
    EXPECT_EQ(x.spurious, y.spurious);
    EXPECT_EQ(x.corrected, y.corrected);
    EXPECT_EQ(x.note, y.note);
    EXPECT_EQ(x.line, y.line);
    EXPECT_EQ(x.fhir_id, y.fhir_id);
  }
}

// Every patient of every records file the project ships (examples, reader fixtures, the lab
// histories with bounds, corrections and duplicates).
std::vector<PatientRecord> AllShippedPatients() {
  std::vector<PatientRecord> out;
  const std::string src = ONCOGUIDE_SOURCE_DIR;
  for (const std::string& dir :
       {src + "/examples", src + "/tests/data/records", src + "/tests/data/lab_histories",
        src + "/tests/data/lab_histories_blind"}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      Result<std::vector<PatientRecord>> r = records::LoadRecords(e.path().string());
      if (!r.ok()) continue;  // the fixtures of reader errors
      for (PatientRecord& p : *r) out.push_back(std::move(p));
    }
  }
  return out;
}

TEST(RecordCodecTest, EveryShippedPatientRoundTripsFieldForFieldAndResultForResult) {
  const std::vector<PatientRecord> patients = AllShippedPatients();
  ASSERT_GT(patients.size(), 20u);
  size_t observations = 0;
  for (const PatientRecord& p : patients) {
    SCOPED_TRACE(p.source + " " + p.patient_id);
    Result<PatientRecord> back = DecodeRecord(EncodeRecord(p));
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    ExpectSameRecord(p, *back);
    EXPECT_EQ(server::ResultJson(*back).dump(), server::ResultJson(p).dump());
    observations += p.observations.size();
  }
  EXPECT_GT(observations, 500u);
}

TEST(RecordCodecTest, NumbersThatJsonCannotWriteSurviveBitExact) {
  PatientRecord p;
  p.patient_id = "edge";
  p.source = "edge.csv";
  for (double v :
       {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(), -0.0, 0.1 + 0.2, 1e-300,
        std::numeric_limits<double>::denorm_min(), 123456789.123456789}) {
    Observation o;
    o.date = Date::FromYmd(2024, 1, 2);
    o.analyte = Analyte::kFish;
    o.value = v;
    o.text = "del(17p)";
    o.ref_low = v;
    o.sensitivity = 1e-5;
    o.bound = records::ValueBound::kAtMost;
    o.has_value = false;
    o.spurious = o.corrected = true;
    o.note = "a \"quoted\" note\nwith a line break";
    o.line = std::int64_t{1} << 40;
    o.fhir_id = "Observation/x";
    p.observations.push_back(o);
  }
  p.ignored = {"Observation/n (LOINC 2951-2): not used"};
  p.notes = {"line 7: a correction"};
  p.duplicates_collapsed = 3;
  Result<PatientRecord> back = DecodeRecord(EncodeRecord(p));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ExpectSameRecord(p, *back);
}

TEST(RecordCodecTest, EveryAnalyteNameReadsBack) {
  for (int i = 0; i < records::kAnalyteCount; ++i) {
    const Analyte a = static_cast<Analyte>(i);
    EXPECT_EQ(records::AnalyteFromName(Name(a)), a) << Name(a);
  }
}

TEST(RecordCodecTest, RefusesWhatItDidNotWrite) {
  EXPECT_FALSE(DecodeRecord("").ok());
  EXPECT_FALSE(DecodeRecord("{\"patient\": \"x\", \"observations\": []}").ok());  // schema 1 view
  EXPECT_FALSE(DecodeRecord("{\"v\": 99}").ok());
  // Version 1 (objects with named members) is no longer read; the service re-parses such rows.
  EXPECT_FALSE(DecodeRecord("{\"v\": 1, \"patient\": \"\", \"observations\": []}").ok());
  PatientRecord p;
  Observation o;
  p.observations.push_back(o);
  std::string text = EncodeRecord(p);
  ASSERT_TRUE(DecodeRecord(text).ok());
  const std::string name = std::string("\"") + std::string(Name(o.analyte)) + "\"";
  text.replace(text.find(name), name.size(), "\"no_such_test\"");
  EXPECT_FALSE(DecodeRecord(text).ok());
}

// The files uploaded to one account by the service tests below.
std::vector<std::pair<std::string, std::string>> Uploads() {
  const std::string src = ONCOGUIDE_SOURCE_DIR;
  std::vector<std::pair<std::string, std::string>> out;
  for (const char* f : {"/examples/patient.csv", "/examples/patient-fhir.json",
                        "/tests/data/records/bundle.json", "/tests/data/records/bom_crlf.csv"}) {
    out.emplace_back(std::filesystem::path(f).filename().string(), ReadFileBytes(src + f));
  }
  return out;
}

// The result the service computed before schema 2: every raw file re-parsed and merged.
std::string ReparsedResult(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<PatientRecord> records;
  for (const auto& [name, bytes] : files) {
    Result<server::ParsedUpload> p = server::ParseUpload(bytes, name);
    EXPECT_TRUE(p.ok()) << name << ": " << p.status().ToString();
    if (p.ok()) records.push_back(std::move(p->record));
  }
  return server::ResultJson(server::MergeRecords(std::move(records))).dump();
}

TEST(StoredRecordResultTest, ResultFromStoredRecordsIsByteIdenticalToReparsing) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("same@example.org"));
  const auto files = Uploads();
  std::vector<std::pair<std::string, std::string>> so_far;
  for (const auto& [name, bytes] : files) {
    Reply up = c.Upload(bytes, name);
    ASSERT_EQ(up.status, 201) << name << ": " << up.body;
    so_far.emplace_back(name, bytes);
    // After each upload the cached result (computed from the stored records) is what
    // re-parsing every file so far gives.
    Reply result = c.Get("/api/v1/me/result");
    ASSERT_EQ(result.status, 200);
    EXPECT_EQ(result.body, ReparsedResult(so_far)) << "after " << name;
  }
  // The API view of a record is unchanged by the stored form.
  Reply list = c.Get("/api/v1/records");
  const std::string id = list.Json()["records"][0]["id"];
  json parsed = c.Get("/api/v1/records/" + id).Json()["parsed"];
  Result<server::ParsedUpload> first = server::ParseUpload(files[0].second, files[0].first);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(parsed, server::ObservationsJson(first->record));
  // Deleting a record recomputes from the stored records of the others.
  ASSERT_EQ(c.Send("DELETE", "/api/v1/records/" + id).status, 204);
  so_far.erase(so_far.begin());
  EXPECT_EQ(c.Get("/api/v1/me/result").body, ReparsedResult(so_far));
}

// Rows stored before schema 2 hold only the observations view: their raw file is re-parsed, and
// a record mixing both kinds gives the same result as re-parsing everything.
TEST(StoredRecordResultTest, RowsStoredBeforeSchemaTwoAreReparsed) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("old@example.org"));
  const auto files = Uploads();
  ASSERT_EQ(c.Upload(files[1].second, files[1].first).status, 201);  // a schema-2 row
  {
    // Write a schema-1 row the way the service did: raw + the observations view, version 1.
    Result<std::unique_ptr<store::Store>> s = store::OpenStore(server.db_path());
    ASSERT_TRUE(s.ok());
    Result<store::User> user = (*s)->FindUserByEmail("old@example.org");
    ASSERT_TRUE(user.ok());
    Result<crypto::SecretKey> master =
        crypto::LoadOrCreateMasterKey(server.options().data_dir + "/master.key");
    ASSERT_TRUE(master.ok());
    Result<crypto::SecretKey> key = crypto::UnwrapKey(*master, user->wrapped_key, user->id);
    ASSERT_TRUE(key.ok());
    Result<server::ParsedUpload> p = server::ParseUpload(files[0].second, files[0].first);
    ASSERT_TRUE(p.ok());
    store::Record r;
    r.meta = {"0123456789abcdef0123456789abcdef",
              user->id,
              files[0].first,
              "csv",
              static_cast<std::int64_t>(files[0].second.size()),
              static_cast<std::int64_t>(p->record.observations.size()),
              server.now() + 1};
    r.sealed_raw =
        crypto::Seal(*key, files[0].second, server::RecordAad(user->id, r.meta.id, "raw"));
    r.sealed_parsed = crypto::Seal(*key, server::ObservationsJson(p->record).dump(),
                                   server::RecordAad(user->id, r.meta.id, "parsed"));
    r.parsed_version = store::kParsedSummary;
    ASSERT_TRUE((*s)->PutRecord(r, nullptr).ok());  // clears the cached result
  }
  server.Advance(2);
  EXPECT_EQ(c.Get("/api/v1/me/result").body, ReparsedResult({files[1], files[0]}));
  // The next upload (schema 2) recomputes over both kinds.
  ASSERT_EQ(c.Upload(files[2].second, files[2].first).status, 201);
  EXPECT_EQ(c.Get("/api/v1/me/result").body, ReparsedResult({files[1], files[0], files[2]}));
  // The old row's API view is still served.
  EXPECT_EQ(c.Get("/api/v1/records/0123456789abcdef0123456789abcdef").status, 200);
}

}  // namespace
}  // namespace oncoguide::testing
