// The FHIR reader's first-pass index (src/records/fhir_index.h): order, grouping, and a memory
// bound whatever the number of resources and patients (issue 8).
#include "fhir_index.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace oncoguide::records::internal {
namespace {

std::unique_ptr<FhirIndex> Open(std::size_t cache = FhirIndex::kDefaultCacheBytes) {
  Result<std::unique_ptr<FhirIndex>> index = FhirIndex::Open(cache);
  EXPECT_TRUE(index.ok()) << index.status().ToString();
  return index.ok() ? std::move(*index) : nullptr;
}

ResourceRef At(std::uint64_t offset) {
  ResourceRef ref;
  ref.offset = offset;
  ref.length = 100 + offset % 7;
  ref.input = static_cast<std::uint32_t>(offset % 3);
  ref.kind = ResourceRef::kEntry;
  ref.entry = offset;
  return ref;
}

std::vector<std::string> Patients(FhirIndex& index) {
  std::vector<std::string> keys;
  EXPECT_TRUE(index
                  .ForEachPatient([&](const std::string& k) {
                    keys.push_back(k);
                    return Status::Ok();
                  })
                  .ok());
  return keys;
}

std::vector<std::string> SubjectsOf(FhirIndex& index, const std::string& patient) {
  std::vector<std::string> keys;
  EXPECT_TRUE(index
                  .ForEachSubjectOf(patient,
                                    [&](const FhirSubject& s) {
                                      keys.push_back(s.key);
                                      return Status::Ok();
                                    })
                  .ok());
  return keys;
}

TEST(FhirIndex, PatientsComeInInputOrderWithTheirAliasedSubjects) {
  auto index = Open();
  ASSERT_NE(index, nullptr);
  ASSERT_TRUE(index->AddPatient("Patient/b", "urn:uuid:bbb").ok());
  ASSERT_TRUE(index->AddPatient("Patient/a", "").ok());
  ASSERT_TRUE(index->AddPatient("Patient/b", "").ok());  // again: keeps its place
  Result<std::int64_t> s1 = index->Subject("Patient/a", "Observation/1", "Bundle.entry[2]");
  Result<std::int64_t> s2 = index->Subject("urn:uuid:bbb", "Observation/2", "Bundle.entry[3]");
  Result<std::int64_t> s3 = index->Subject("Patient/b", "Observation/3", "Bundle.entry[4]");
  ASSERT_TRUE(s1.ok() && s2.ok() && s3.ok());
  EXPECT_EQ(*index->Subject("Patient/a", "Observation/9", "x"), *s1);
  ASSERT_TRUE(index->Seal().ok());
  EXPECT_EQ(Patients(*index), (std::vector<std::string>{"Patient/b", "Patient/a"}));
  EXPECT_EQ(*index->PatientCount(), 2);
  EXPECT_EQ(SubjectsOf(*index, "Patient/b"),
            (std::vector<std::string>{"urn:uuid:bbb", "Patient/b"}));
  EXPECT_EQ(SubjectsOf(*index, "Patient/a"), (std::vector<std::string>{"Patient/a"}));
  Result<std::optional<FhirSubject>> unknown = index->FirstUnknownSubject();
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown->has_value());
}

TEST(FhirIndex, FirstUnknownSubjectNamesTheFirstResourceThatUsedIt) {
  auto index = Open();
  ASSERT_NE(index, nullptr);
  ASSERT_TRUE(index->AddPatient("Patient/a", "").ok());
  ASSERT_TRUE(index->Subject("Patient/a", "Observation/1", "p1").ok());
  ASSERT_TRUE(index->Subject("Patient/zz", "Observation/2", "p2").ok());
  ASSERT_TRUE(index->Subject("Patient/zz", "Observation/3", "p3").ok());
  ASSERT_TRUE(index->Subject("Patient/yy", "Observation/4", "p4").ok());
  ASSERT_TRUE(index->Seal().ok());
  Result<std::optional<FhirSubject>> unknown = index->FirstUnknownSubject();
  ASSERT_TRUE(unknown.ok());
  ASSERT_TRUE(unknown->has_value());
  EXPECT_EQ((*unknown)->key, "Patient/zz");
  EXPECT_EQ((*unknown)->first_id, "Observation/2");
  EXPECT_EQ((*unknown)->first_path, "p2");
}

TEST(FhirIndex, WithoutPatientsSubjectsArePatientsAndNoSubjectGoesToTheFirst) {
  auto index = Open();
  ASSERT_NE(index, nullptr);
  Result<std::int64_t> none = index->Subject("", "Observation/0", "p0");
  ASSERT_TRUE(none.ok());
  ASSERT_TRUE(index->MarkUsed(*none).ok());
  ASSERT_TRUE(index->Subject("Patient/q", "Observation/1", "p1").ok());
  ASSERT_TRUE(index->Seal().ok());
  EXPECT_EQ(Patients(*index), (std::vector<std::string>{"Patient/q"}));
  EXPECT_EQ(SubjectsOf(*index, "Patient/q"), (std::vector<std::string>{"", "Patient/q"}));
  Result<std::optional<FhirSubject>> no_subject = index->NoSubject();
  ASSERT_TRUE(no_subject.ok() && no_subject->has_value());
  EXPECT_TRUE((*no_subject)->used);
}

TEST(FhirIndex, PatientKeysStopsAtTheLimit) {
  auto index = Open();
  ASSERT_NE(index, nullptr);
  for (int i = 0; i < 9; ++i) ASSERT_TRUE(index->AddPatient(fmt::format("Patient/{}", i), "").ok());
  ASSERT_TRUE(index->Seal().ok());
  Result<std::vector<std::string>> first = index->PatientKeys(5);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->size(), 5u);
  EXPECT_EQ(first->back(), "Patient/4");
  EXPECT_EQ(index->PatientKeys(20)->size(), 9u);
}

// 400,000 resources of 40,000 patients, interleaved: 24 bytes a resource alone would be 9.6 MB,
// and a map of subjects several more. With a 1 MiB cache SQLite writes the rest to its temporary
// file, and memory stays near the cache's size.
TEST(FhirIndex, MemoryStaysBoundedByTheCacheWhateverTheInput) {
  constexpr std::size_t kCache = std::size_t{1} << 20;
  constexpr int kPatients = 40000;
  constexpr int kPerPatient = 10;
  auto index = Open(kCache);
  ASSERT_NE(index, nullptr);
  for (int p = 0; p < kPatients; ++p) {
    ASSERT_TRUE(
        index->AddPatient(fmt::format("Patient/{}", p), fmt::format("urn:uuid:{}", p)).ok());
  }
  std::size_t peak = 0;
  for (int r = 0; r < kPatients * kPerPatient; ++r) {
    const int p = r % kPatients;  // interleaved: every patient's resources far apart
    Result<std::int64_t> subject =
        index->Subject(fmt::format("Patient/{}", p), fmt::format("Observation/{}", r), "path");
    ASSERT_TRUE(subject.ok());
    ASSERT_TRUE(index->AddRef(*subject, At(static_cast<std::uint64_t>(r))).ok());
    if (r % 10000 == 0) peak = std::max(peak, index->memory_bytes());
  }
  ASSERT_TRUE(index->Seal().ok());
  peak = std::max(peak, index->memory_bytes());
  EXPECT_EQ(index->refs(), static_cast<std::uint64_t>(kPatients * kPerPatient));
  EXPECT_LT(peak, 2 * kCache) << "the index held " << peak << " bytes";
  // Every patient's resources come back, in input order, intact.
  int checked = 0;
  for (int p : {0, 1, 12345, kPatients - 1}) {
    std::vector<std::uint64_t> offsets;
    ASSERT_TRUE(index
                    ->ForEachSubjectOf(fmt::format("Patient/{}", p),
                                       [&](const FhirSubject& s) {
                                         return index->ForEachRef(s.id, [&](const ResourceRef& r) {
                                           const ResourceRef want = At(r.offset);
                                           EXPECT_EQ(r.length, want.length);
                                           EXPECT_EQ(r.input, want.input);
                                           EXPECT_EQ(r.entry, want.entry);
                                           offsets.push_back(r.offset);
                                           return Status::Ok();
                                         });
                                       })
                    .ok());
    ASSERT_EQ(offsets.size(), static_cast<std::size_t>(kPerPatient));
    for (int k = 0; k < kPerPatient; ++k) {
      EXPECT_EQ(offsets[static_cast<std::size_t>(k)],
                static_cast<std::uint64_t>(p + k * kPatients));
    }
    ++checked;
  }
  EXPECT_EQ(checked, 4);
}

}  // namespace
}  // namespace oncoguide::records::internal
