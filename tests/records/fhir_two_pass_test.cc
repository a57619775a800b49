// Tests of the two-pass FHIR reader (issue 8: memory bounded by one patient, not by the file).
// The first pass keeps only where each resource lies; the second reads one patient at a time from
// those byte ranges: patients whose resources are interleaved must still be grouped exactly as
// before, whether the input is text, a file or standard input (spooled).
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../common/temp_dir.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/fhir_input.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/records/load.h"
#include "records_test_util.h"

namespace oncoguide::testing {

using records::FhirCohortReader;
using records::PatientRecord;
using records::ReadFhirCohort;

namespace {

using nlohmann::json;

json Spep(const std::string& id, const std::string& subject, double value, const std::string& date,
          std::size_t note_bytes = 0) {
  return json(SpepObservation(id, subject, value, date, note_bytes));
}

json Therapy(const std::string& id, const std::string& subject, const std::string& drug) {
  return {{"resourceType", "MedicationStatement"},
          {"id", id},
          {"status", "active"},
          {"subject", {{"reference", subject}}},
          {"medicationCodeableConcept", {{"text", drug}}},
          {"effectiveDateTime", "2024-01-05"}};
}

// Two patients whose resources alternate, named in the ways a reference may name them (by id, by
// a server URL with a version, by the Patient entry's fullUrl), with a resource oncoguide does not
// use and a supportive drug (both listed as ignored).
std::vector<json> Interleaved() {
  return {FhirPatient("A"),
          Spep("a1", "Patient/A", 3.0, "2024-03-01"),
          Spep("b1", "Patient/B", 1.0, "2024-01-20"),
          Therapy("ta", "Patient/A", "Daratumumab"),
          {{"resourceType", "Encounter"}, {"id", "eb"}, {"subject", {{"reference", "Patient/B"}}}},
          FhirPatient("B"),
          Spep("a2", "https://fhir.example/Patient/A/_history/2", 2.0, "2024-02-01"),
          Spep("b2", "urn:uuid:b", 0.5, "2024-02-20"),
          Therapy("sb", "Patient/B", "Acyclovir"),
          Spep("a3", "Patient/A", 1.0, "2024-04-01")};
}

json AsBundle(const std::vector<json>& resources) {
  json b = {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", json::array()}};
  for (const json& r : resources) {
    json e = {{"resource", r}};
    if (r["resourceType"] == "Patient" && r["id"] == "B") e["fullUrl"] = "urn:uuid:b";
    b["entry"].push_back(e);
  }
  return b;
}

std::string AsNdjson(const std::vector<json>& resources) {
  std::string out;
  for (const json& r : resources) out += r.dump() + "\n";
  return out;
}

// Interleaved() as NDJSON: Patient B, whose entry carries the fullUrl some resources name it by,
// comes in a line holding a Bundle.
std::string InterleavedNdjson() {
  std::vector<json> resources = Interleaved();
  resources.erase(resources.begin() + 5);
  return AsNdjson(resources) + AsBundle({FhirPatient("B")}).dump() + "\n";
}

// What a record holds, in its order, as text.
std::string Summary(const std::vector<PatientRecord>& patients) {
  std::ostringstream out;
  for (const PatientRecord& p : patients) {
    out << "patient " << p.patient_id << " from " << p.source << "\n";
    for (const records::Observation& o : p.observations) {
      out << "  " << o.date.ToString() << " " << static_cast<int>(o.analyte) << " " << o.value
          << " " << o.text << " " << o.fhir_id << "\n";
    }
    for (const std::string& i : p.ignored) out << "  ignored: " << i << "\n";
    for (const std::string& n : p.notes) out << "  note: " << n << "\n";
  }
  return out.str();
}

const char kExpected[] =
    "patient A from in\n"
    "  2024-01-05 %d 0 Daratumumab MedicationStatement/ta\n"
    "  2024-02-01 %d 2  Observation/a2\n"
    "  2024-03-01 %d 3  Observation/a1\n"
    "  2024-04-01 %d 1  Observation/a3\n"
    "patient B from in\n"
    "  2024-01-20 %d 1  Observation/b1\n"
    "  2024-02-20 %d 0.5  Observation/b2\n"
    "  ignored: Encounter/eb: Encounter is not used\n"
    "  ignored: MedicationStatement/sb: Acyclovir is supportive care, not a line of therapy\n";

std::string Expected() {
  const int start = static_cast<int>(records::Analyte::kTherapyStart);
  const int spep = static_cast<int>(records::Analyte::kSerumMProtein);
  char buf[sizeof kExpected + 64];
  std::snprintf(buf, sizeof buf, kExpected, start, spep, spep, spep, spep, spep);
  return buf;
}

// A stream buffer that cannot seek, as standard input from a pipe.
class PipeBuf : public std::streambuf {
 public:
  explicit PipeBuf(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 private:
  std::string text_;
};

// Reads `text` as standard input through ForEachPatient("-").
Result<std::vector<PatientRecord>> ReadAsStdin(const std::string& text) {
  PipeBuf pipe(text);
  std::streambuf* saved = std::cin.rdbuf(&pipe);
  Result<std::vector<PatientRecord>> r = records::LoadRecords("-");
  std::cin.rdbuf(saved);
  return r;
}

std::string Renamed(std::string summary, const std::string& source) {
  for (std::size_t at = 0;
       (at = summary.find(" from " + source + "\n", at)) != std::string::npos;) {
    summary.replace(at, 6 + source.size(), " from in");
  }
  return summary;
}

TEST(FhirTwoPass, InterleavedPatientsInABundleGroupCorrectly_Regression) {
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(AsBundle(Interleaved()).dump(1), "in");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Summary(*r), Expected());
}

TEST(FhirTwoPass, InterleavedPatientsInNdjsonGroupCorrectly_Regression) {
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(InterleavedNdjson(), "in");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Summary(*r), Expected());
  // A line holding a Bundle of both patients' resources (as `assess --format fhir` writes a
  // cohort, one Bundle per line), between single-resource lines.
  const std::vector<json> all = Interleaved();
  const std::string mixed = all[0].dump() + "\n" + all[1].dump() + "\n" +
                            AsBundle({all.begin() + 2, all.begin() + 7}).dump() + "\n" +
                            AsNdjson({all.begin() + 7, all.end()});
  r = ReadFhirCohort(mixed, "in");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Summary(*r), Expected());
}

TEST(FhirTwoPass, FileStandardInputAndTextReadTheSame) {
  TempDir dir;
  const std::string bundle = "\xEF\xBB\xBF\n  " + AsBundle(Interleaved()).dump(2) + "\n";
  const std::string ndjson = "\n\n" + InterleavedNdjson();
  for (const std::string& text : {bundle, ndjson}) {
    const std::string path = dir.Write("in.json", text);
    Result<std::vector<PatientRecord>> file = records::LoadRecords(path);
    ASSERT_TRUE(file.ok()) << file.status().ToString();
    EXPECT_EQ(Renamed(Summary(*file), path), Expected());
    Result<std::vector<PatientRecord>> in = ReadAsStdin(text);
    ASSERT_TRUE(in.ok()) << in.status().ToString();
    EXPECT_EQ(Renamed(Summary(*in), "<stdin>"), Expected());
  }
}

TEST(FhirTwoPass, ErrorsNameTheSameLineInAFileAndOnStandardInput) {
  TempDir dir;
  json bad = Spep("a9", "Patient/A", 1.0, "2024-05-01");
  bad["valueQuantity"]["code"] = bad["valueQuantity"]["unit"] = "furlongs";
  const std::string text = "\n" + AsNdjson(Interleaved()) + bad.dump() + "\n";
  Result<std::vector<PatientRecord>> file = records::LoadRecords(dir.Write("x.ndjson", text));
  Result<std::vector<PatientRecord>> in = ReadAsStdin(text);
  ASSERT_FALSE(file.ok());
  ASSERT_FALSE(in.ok());
  // The leading blank line is skipped by format detection and not counted, as before.
  EXPECT_EQ(file.status().where().line, 11);
  EXPECT_EQ(in.status().where().line, 11);
  EXPECT_EQ(file.status().where().path, "Observation.valueQuantity.code");
  EXPECT_EQ(in.status().cause(), file.status().cause());
}

TEST(FhirTwoPass, IndexHoldsPlacesNotResources) {
  std::vector<json> small;
  std::vector<json> large;
  for (int i = 0; i < 50; ++i) {
    const std::string subject = i % 2 == 0 ? "Patient/A" : "Patient/B";
    const std::string date = fmt::format("2023-{:02d}-{:02d}", 1 + i / 28, 1 + i % 28);
    small.push_back(Spep("o" + std::to_string(i), subject, 1.0, date));
    large.push_back(Spep("o" + std::to_string(i), subject, 1.0, date, 20000));
  }
  FhirCohortReader a;
  FhirCohortReader b;
  ASSERT_TRUE(a.Add(AsBundle(small).dump(), "small.json").ok());
  ASSERT_TRUE(b.Add(AsBundle(large).dump(), "large.json").ok());
  EXPECT_EQ(a.indexed_resources(), 50u);
  EXPECT_EQ(b.indexed_resources(), 50u);
  // The index holds where resources lie, not the resources (20 KB notes each in `large`: 1 MB).
  EXPECT_EQ(a.index_memory_bytes(), b.index_memory_bytes());
  EXPECT_LT(b.index_memory_bytes(), 256u * 1024);
  // The second pass reads one patient at a time, each with its own 25 results.
  std::vector<std::string> read;
  ASSERT_TRUE(b.Finish([&](PatientRecord&& p) {
                 EXPECT_EQ(p.observations.size(), 25u);
                 read.push_back(p.patient_id);
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(read, (std::vector<std::string>{"A", "B"}));
}

TEST(FhirTwoPass, StandardInputIsSpooledUnlinkedUnderTmpdir) {
  TempDir dir;
  const char* saved = std::getenv("TMPDIR");
  const std::string before = saved != nullptr ? saved : "";
  ::setenv("TMPDIR", dir.path().c_str(), 1);
  const std::string text = InterleavedNdjson();
  PipeBuf pipe(text);
  std::istream in(&pipe);
  FhirCohortReader reader;
  Status added = reader.AddStream(in, "<stdin>");
  // The spool was removed from the directory as soon as it was created.
  const bool empty = std::filesystem::is_empty(dir.path());
  Result<std::vector<PatientRecord>> r = reader.Finish();
  ::setenv("TMPDIR", (dir.path() + "/missing").c_str(), 1);
  PipeBuf pipe2(text);
  std::istream in2(&pipe2);
  FhirCohortReader nowhere;
  Status refused = nowhere.AddStream(in2, "<stdin>");
  if (saved != nullptr) {
    ::setenv("TMPDIR", before.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
  ASSERT_TRUE(added.ok()) << added.ToString();
  EXPECT_TRUE(empty);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Renamed(Summary(*r), "<stdin>"), Expected());
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.cause().find(dir.path() + "/missing"), std::string::npos) << refused.ToString();
  EXPECT_NE(refused.hint().find("TMPDIR"), std::string::npos);
}

TEST(FhirTwoPass, SpoolHoldsWhatWasRead) {
  const std::string text = AsNdjson(Interleaved());
  PipeBuf pipe(text);
  std::istream in(&pipe);
  records::FhirInputs inputs;
  Result<std::size_t> id = inputs.AddSpooled(in, "<stdin>");
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  std::istream spooled(inputs.SpoolingBuf(*id));
  std::string read((std::istreambuf_iterator<char>(spooled)), std::istreambuf_iterator<char>());
  EXPECT_EQ(read, text);
  EXPECT_EQ(inputs.spooled_bytes(*id), text.size());
  Result<std::string_view> back = inputs.Read(*id, 5, 20);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, text.substr(5, 20));
}

TEST(FhirTwoPass, FileChangedBetweenThePassesIsAnError) {
  TempDir dir;
  const std::string path = dir.Write("in.json", AsBundle(Interleaved()).dump());
  std::ifstream in(path, std::ios::binary);
  FhirCohortReader reader;
  ASSERT_TRUE(reader.AddFile(in, path, "in.json").ok());
  dir.Write("in.json", AsBundle(Interleaved()).dump(1));  // rewritten: another size
  Result<std::vector<PatientRecord>> r = reader.Finish();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().cause(), "in.json changed while it was being read");
}

}  // namespace
}  // namespace oncoguide::testing
