// Agreement of the lab-only reading with per-visit labels on realistic routine-care histories:
//   tests/data/lab_histories        written and labelled by the engineer who wrote the mode,
//                                   before running it (a figure on the author's own set); must
//                                   reach 85%.
//   tests/data/lab_histories_blind  written and labelled by a separate clinical author who saw
//                                   neither the code nor the mode's rules (a blind set, never
//                                   tuned on): reported, not required, so that nobody tunes on it.
// Prints every disagreement; the README.md of each folder explains them.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide::response {
namespace {

const std::string kData = std::string(ONCOGUIDE_TEST_DATA_DIR);

struct Label {
  std::string patient, visit, label, reason;
};

std::vector<Label> ReadLabels(const std::string& dir) {
  std::ifstream in(dir + "labels.csv");
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
    if (l.label == "sCR") l.label = "CR";  // the lab-only reading has no stringent CR
    out.push_back(l);
  }
  return out;
}

// "CR-lab" -> "CR".
std::string Plain(std::string_view lab_name) {
  return std::string(lab_name.substr(0, lab_name.find("-lab")));
}

struct Agreement {
  int agree = 0, strict_agree = 0, visits = 0;
  std::string disagreements;
  double share() const { return static_cast<double>(agree) / visits; }
};

Agreement Measure(const std::string& dir) {
  Agreement out;
  Result<std::vector<records::PatientRecord>> records = records::LoadRecords(dir + "histories.csv");
  EXPECT_TRUE(records.ok()) << records.status().ToString();
  if (!records.ok()) return out;
  const std::vector<Label> labels = ReadLabels(dir);
  out.visits = static_cast<int>(labels.size());
  // patient -> visit date -> lab call; and the strict call on the same date, for comparison.
  std::map<std::string, std::map<std::string, std::string>> lab, strict;
  std::map<std::string, std::map<std::string, std::string>> why;
  for (const records::PatientRecord& r : *records) {
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
  out.agree = agree;
  out.strict_agree = strict_agree;
  out.disagreements = report;
  return out;
}

void Print(const char* name, const Agreement& a) {
  std::printf(
      "%s: lab-only reading %d of %d visits agree (%.1f%%); strict IMWG 2016 on the same "
      "dates %d of %d (%.1f%%)\ndisagreements:\n%s",
      name, a.agree, a.visits, 100 * a.share(), a.strict_agree, a.visits,
      100.0 * a.strict_agree / a.visits, a.disagreements.c_str());
}

TEST(LabHistories, AgreementWithHandLabels) {
  const Agreement a = Measure(kData + "/lab_histories/");
  ASSERT_GE(a.visits, 90);
  Print("author's set", a);
  EXPECT_GE(a.share(), 0.85) << a.disagreements;
}

TEST(LabHistories, AgreementWithBlindLabelsIsReported) {
  const Agreement a = Measure(kData + "/lab_histories_blind/");
  ASSERT_GE(a.visits, 100);
  Print("blind set (separate author)", a);
}

}  // namespace
}  // namespace oncoguide::response
