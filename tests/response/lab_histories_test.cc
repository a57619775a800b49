// Agreement of the lab-only reading with hand-derived per-visit labels on the realistic
// routine-care histories in tests/data/lab_histories (written by the same helper that wrote the
// mode, labels derived before the mode was run on them: a figure on the author's own set, not a
// blind evaluation). Prints every disagreement; README.md there explains each one.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide {
namespace {

const std::string kDir = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/lab_histories/";

struct Label {
  std::string patient, visit, label, reason;
};

std::vector<Label> ReadLabels() {
  std::ifstream in(kDir + "labels.csv");
  std::vector<Label> out;
  bool header = true;
  for (std::string row; std::getline(in, row);) {
    if (row.empty() || row[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::stringstream ss(row);
    Label l;
    std::getline(ss, l.patient, ',');
    std::getline(ss, l.visit, ',');
    std::getline(ss, l.label, ',');
    std::getline(ss, l.reason);
    out.push_back(l);
  }
  return out;
}

// "CR-lab" -> "CR".
std::string Plain(std::string_view lab_name) {
  return std::string(lab_name.substr(0, lab_name.find("-lab")));
}

TEST(LabHistories, AgreementWithHandLabels) {
  Result<std::vector<PatientRecord>> records = LoadRecords(kDir + "histories.csv");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  const std::vector<Label> labels = ReadLabels();
  ASSERT_GE(labels.size(), 90u);
  // patient -> visit date -> lab call; and the strict call on the same date, for comparison.
  std::map<std::string, std::map<std::string, std::string>> lab, strict;
  std::map<std::string, std::map<std::string, std::string>> why;
  for (const PatientRecord& r : *records) {
    for (const LabLine& line : AssessLab(r).lines) {
      for (const LabVisit& v : line.visits) {
        lab[r.patient_id][v.date.ToString()] = Plain(LabCategoryName(v.call));
        why[r.patient_id][v.date.ToString()] = v.explanation;
      }
    }
    for (const TherapyLine& line : Assess(r).lines) {
      for (const Assessment& a : line.assessments) {
        std::string name(CategoryName(a.response));
        strict[r.patient_id][a.date.ToString()] = name == "sCR" ? "CR" : name;
      }
    }
  }
  int agree = 0, strict_agree = 0;
  std::string report;
  for (const Label& l : labels) {
    const auto& calls = lab[l.patient];
    const auto it = calls.find(l.visit);
    const std::string got = it == calls.end() ? "(no visit)" : it->second;
    if (got == l.label) {
      ++agree;
    } else {
      report += l.patient + " " + l.visit + ": label " + l.label + " (" + l.reason +
                "), lab-only " + got + "\n    " + why[l.patient][l.visit] + "\n";
    }
    const auto s = strict[l.patient].find(l.visit);
    if (s != strict[l.patient].end() && s->second == l.label) ++strict_agree;
  }
  const double share = static_cast<double>(agree) / static_cast<double>(labels.size());
  std::printf("lab-only reading: %d of %zu visits agree (%.1f%%)\n", agree, labels.size(),
              100 * share);
  std::printf("strict IMWG 2016, same dates: %d of %zu (%.1f%%)\n", strict_agree, labels.size(),
              100.0 * strict_agree / static_cast<double>(labels.size()));
  std::printf("disagreements:\n%s", report.c_str());
  EXPECT_GE(share, 0.85) << report;
}

}  // namespace
}  // namespace oncoguide
