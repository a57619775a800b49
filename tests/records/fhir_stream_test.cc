// Tests of the streaming FHIR reader (issue 8: memory bounded by one resource, not 9.5x the file):
// entries reach the reader before the document ends, the size limit is a located error, and
// reading stays what the whole-document reader did (key order, NDJSON lines, error precedence).
#include "oncoguide/records/fhir_stream.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/fhir_reader.h"
#include "records_test_util.h"

namespace oncoguide::testing {

using records::PatientRecord;
using records::ReadFhirCohort;

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// A stream buffer over a string that counts how many bytes were taken from it.
class TrackingBuf : public std::streambuf {
 public:
  explicit TrackingBuf(std::string text) : text_(std::move(text)) {}
  std::size_t taken() const { return pos_; }

 protected:
  int_type underflow() override {
    if (pos_ >= text_.size()) return traits_type::eof();
    const std::size_t n = std::min<std::size_t>(256, text_.size() - pos_);
    char* p = text_.data() + pos_;
    setg(p, p, p + n);
    pos_ += n;
    return traits_type::to_int_type(*p);
  }

 private:
  std::string text_;
  std::size_t pos_ = 0;
};

// Records what the stream hands over, and how far the input had been read at each entry.
struct Recorder : records::FhirJsonVisitor {
  const TrackingBuf* buf = nullptr;
  std::vector<json> entries;
  std::vector<std::size_t> taken_at_entry;
  std::vector<std::pair<json, std::int64_t>> roots;
  std::vector<records::FhirByteRange> entry_bytes;
  std::vector<records::FhirByteRange> root_bytes;
  Status OnEntry(const json& entry, std::size_t index, records::FhirByteRange bytes) override {
    EXPECT_EQ(index, entries.size());
    entries.push_back(entry);
    entry_bytes.push_back(bytes);
    if (buf != nullptr) taken_at_entry.push_back(buf->taken());
    return Status::Ok();
  }
  Status OnRoot(const json& root, std::int64_t line, records::FhirByteRange bytes) override {
    roots.emplace_back(root, line);
    root_bytes.push_back(bytes);
    return Status::Ok();
  }
};

// The value whose bytes are `range` of `text`, parsed alone.
json At(const std::string& text, records::FhirByteRange range) {
  EXPECT_LE(range.offset + range.length, text.size());
  return json::parse(text.substr(range.offset, range.length));
}

ordered_json Spep(const std::string& id, const std::string& subject, double value, int day = 10) {
  return SpepObservation(id, subject, value, fmt::format("2024-01-{:02d}", 1 + day % 28));
}

// A Bundle written as FHIR servers write it: resourceType first.
ordered_json ServerBundle(int observations) {
  ordered_json b = {{"resourceType", "Bundle"}, {"type", "collection"}};
  b["entry"] = ordered_json::array();
  b["entry"].push_back({{"resource", {{"resourceType", "Patient"}, {"id", "A"}}}});
  for (int i = 0; i < observations; ++i) {
    b["entry"].push_back({{"resource", Spep("o" + std::to_string(i), "Patient/A", 1.0 + i, i)}});
  }
  return b;
}

TEST(FhirStream, EntriesArriveBeforeTheDocumentEnds) {
  const std::string text = ServerBundle(3000).dump();
  TrackingBuf buf(text);
  std::istream in(&buf);
  Recorder rec;
  rec.buf = &buf;
  ASSERT_TRUE(records::ReadFhirJsonStream(in, "big.json", &rec).ok());
  ASSERT_EQ(rec.entries.size(), 3001u);
  // The first entry was handed over after reading a small part of the input (one read-ahead
  // chunk): the document is not held whole.
  EXPECT_LT(rec.taken_at_entry[0], text.size() / 4);
  EXPECT_EQ(rec.entries[5]["resource"]["id"], "o4");
  ASSERT_EQ(rec.roots.size(), 1u);
  EXPECT_EQ(rec.roots[0].second, 0);
  EXPECT_EQ(rec.roots[0].first["type"], "collection");
  EXPECT_TRUE(rec.roots[0].first["entry"].empty());  // the entries are not kept
}

TEST(FhirStream, BundleReadsTheSameWhateverTheKeyOrder) {
  const ordered_json server = ServerBundle(3);
  const std::string sorted = json::parse(server.dump()).dump();  // "entry" before "resourceType"
  ASSERT_LT(sorted.find("\"entry\""), sorted.find("\"resourceType\":\"Bundle\""));
  Result<std::vector<PatientRecord>> a = ReadFhirCohort(server.dump(), "a.json");
  Result<std::vector<PatientRecord>> b = ReadFhirCohort(sorted, "b.json");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(a->size(), 1u);
  ASSERT_EQ(b->size(), 1u);
  ASSERT_EQ((*a)[0].observations.size(), 3u);
  ASSERT_EQ((*b)[0].observations.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ((*a)[0].observations[i].value, (*b)[0].observations[i].value);
  }
}

TEST(FhirStream, EntryErrorIsLocatedByItsIndex) {
  ordered_json b = ServerBundle(3);
  b["entry"][2]["resource"]["valueQuantity"]["code"] = "furlongs";
  b["entry"][2]["resource"]["valueQuantity"]["unit"] = "furlongs";
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(b.dump(), "bad.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().path, "Bundle.entry[2].resource.valueQuantity.code");
  EXPECT_EQ(r.status().where().line, 0);
}

TEST(FhirStream, InvalidJsonAfterABadEntryIsStillReportedAsInvalidJson) {
  ordered_json b = ServerBundle(3);
  b["entry"][1]["resource"]["valueQuantity"]["code"] = "furlongs";
  std::string text = b.dump();
  text.resize(text.size() - 2);  // truncated
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(text, "cut.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().cause(), "cut.json is not valid JSON");
}

TEST(FhirStream, HugeFieldInAnEntryIsAClearError_Regression) {
  // Issue 8: a 1 GB field took gigabytes of memory. Past the limit the read stops, naming the
  // entry (a small limit here; the default is kMaxFhirResourceBytes).
  ordered_json b = ServerBundle(3);
  b["entry"][2]["resource"]["note"] = {{{"text", std::string(5000, 'x')}}};
  records::ReadOptions options;
  options.max_fhir_resource_bytes = 2000;
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(b.dump(), "huge.json", options);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("larger than 2000 bytes"), std::string::npos)
      << r.status().ToString();
  EXPECT_EQ(r.status().where().path, "Bundle.entry[2]");
  // Under the limit the same file reads.
  options.max_fhir_resource_bytes = 8000;
  Result<std::vector<PatientRecord>> fits = ReadFhirCohort(b.dump(), "huge.json", options);
  EXPECT_TRUE(fits.ok()) << fits.status().ToString();
}

TEST(FhirStream, HugeNdjsonLineIsAClearError_Regression) {
  const std::string small = Spep("o1", "Patient/A", 1.0).dump();
  ordered_json big = Spep("o2", "Patient/A", 2.0);
  big["note"] = {{{"text", std::string(5000, 'x')}}};
  records::ReadOptions options;
  options.max_fhir_resource_bytes = 2000;
  Result<std::vector<PatientRecord>> r =
      ReadFhirCohort(small + "\n" + small + "\n\n" + big.dump() + "\n", "x.ndjson", options);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("longer than 2000 bytes"), std::string::npos);
  EXPECT_EQ(r.status().where().line, 4);
}

TEST(FhirStream, NdjsonErrorOnTheFirstLineNamesLineOne) {
  ordered_json bad = Spep("o1", "Patient/A", 1.0);
  bad["valueQuantity"]["code"] = "furlongs";
  bad["valueQuantity"]["unit"] = "furlongs";
  ordered_json bundle = ServerBundle(0);
  bundle["entry"].push_back({{"resource", bad}});
  Result<std::vector<PatientRecord>> r =
      ReadFhirCohort(bundle.dump() + "\n" + Spep("o2", "Patient/A", 1.0).dump() + "\n", "x.ndjson");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().line, 1);
  EXPECT_EQ(r.status().where().path, "Bundle.entry[1].resource.valueQuantity.code");
}

TEST(FhirStream, NdjsonLinesAreCountedAcrossBlankLines) {
  const std::string ok = Spep("o1", "Patient/A", 1.0).dump();
  Result<std::vector<PatientRecord>> r =
      ReadFhirCohort(ok + "\r\n\r\n" + ok + "\n{not json\n", "x.ndjson");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().cause(), "the line is not valid JSON");
  EXPECT_EQ(r.status().where().line, 4);
}

TEST(FhirStream, TwoValuesOnOneLineAreNotNdjson) {
  const std::string ok = Spep("o1", "Patient/A", 1.0).dump();
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(ok + " " + ok + "\n" + ok, "x.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().cause(), "x.json is not valid JSON");
}

TEST(FhirStream, EntryArrayOutsideABundleIsRefused) {
  json patient = {{"resourceType", "Patient"}, {"id", "A"}, {"entry", json::array({1})}};
  // Sorted keys: the entry array comes before resourceType "Patient".
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(patient.dump(), "p.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("only a Bundle has entries"), std::string::npos);
  json none = {{"entry", json::array({{{"resource", Spep("o", "Patient/A", 1.0)}}})}};
  r = ReadFhirCohort(none.dump(), "n.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().cause(), "the JSON has no resourceType");
}

// The two-pass reader (fhir_reader.h) reads each resource again from the byte range the stream
// gave: parsed alone, those bytes must give the same value, however the JSON is laid out (an
// object ending in a number makes the parser read its '}' ahead; a byte-order mark; indentation).
TEST(FhirStream, ByteRangesHoldExactlyTheValues) {
  ordered_json b = ServerBundle(4);
  b["entry"][2]["resource"]["valueQuantity"] = {{"value", 1.5}};  // the entry ends in a number
  b["entry"].push_back(7);                                        // a scalar entry: no range
  for (const std::string& text : {b.dump(), b.dump(2), "\xEF\xBB\xBF \n" + b.dump(1) + "\n"}) {
    std::istringstream in(text);
    Recorder rec;
    ASSERT_TRUE(ReadFhirJsonStream(in, "b.json", &rec).ok());
    ASSERT_EQ(rec.entries.size(), 6u);
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(At(text, rec.entry_bytes[i]), rec.entries[i]);
    EXPECT_EQ(rec.entry_bytes[5].length, 0u);
    const json root = At(text, rec.root_bytes[0]);
    EXPECT_EQ(root["type"], "collection");
    EXPECT_EQ(root["entry"].size(), 6u);  // the document's bytes, with its entries
  }
}

TEST(FhirStream, NdjsonLineRangesHoldTheLines) {
  const std::string one = Spep("o1", "Patient/A", 1.0).dump();
  const std::string two = Spep("o2", "Patient/A", 2.0).dump();
  const std::string text = one + "\r\n\n" + two + "\n" + one;
  std::istringstream in(text);
  Recorder rec;
  ASSERT_TRUE(ReadFhirJsonStream(in, "x.ndjson", &rec).ok());
  ASSERT_EQ(rec.roots.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(At(text, rec.root_bytes[i]), rec.roots[i].first);
  EXPECT_EQ(rec.roots[1].second, 3);
  EXPECT_EQ(rec.root_bytes[1].offset, one.size() + 3);
}

TEST(FhirStream, SecondEntryArrayInAStreamedBundleIsRefused) {
  const std::string text = R"({"resourceType":"Bundle","entry":[],"entry":[]})";
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(text, "dup.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("second 'entry'"), std::string::npos);
}

}  // namespace
}  // namespace oncoguide::testing
