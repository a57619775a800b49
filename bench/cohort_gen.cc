#include "cohort_gen.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <random>
#include <string>
#include <string_view>

#include "oncoguide/common/date.h"

namespace oncoguide::bench {
namespace {

constexpr std::array<std::string_view, 6> kRegimens = {"VRd",      "DRd",     "KRd",
                                                       "Dara-VRd", "Isa-KRd", "Tec"};

// SplitMix64 step: derives well-mixed per-patient seeds from (seed, index).
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Writes one patient's rows, appending to a buffer that the caller flushes.
class PatientWriter {
 public:
  PatientWriter(std::string* buf, std::string_view id, int budget)
      : buf_(buf), id_(id), budget_(budget) {}

  bool full() const { return written_ >= budget_; }
  int written() const { return written_; }

  // One row; `decimals` < 0 writes `value` as text. Returns false when the budget is spent.
  bool Row(Date date, std::string_view test, double value, int decimals, std::string_view unit,
           std::string_view ref_high = {}, std::string_view note = {}) {
    char num[32];
    auto r = std::to_chars(num, num + sizeof num, value, std::chars_format::fixed, decimals);
    return Text(date, test, std::string_view(num, r.ptr - num), unit, ref_high, note);
  }

  bool Text(Date date, std::string_view test, std::string_view value, std::string_view unit = {},
            std::string_view ref_high = {}, std::string_view note = {}) {
    if (full()) return false;
    std::string& b = *buf_;
    b.append(id_).push_back(',');
    b.append(date.ToString()).push_back(',');
    b.append(test).push_back(',');
    b.append(value).push_back(',');
    b.append(unit).push_back(',');
    b.append(ref_high).push_back(',');
    if (note.find(',') != std::string_view::npos) {
      b.push_back('"');
      b.append(note);
      b.push_back('"');
    } else {
      b.append(note);
    }
    b.push_back('\n');
    ++written_;
    return true;
  }

 private:
  std::string* buf_;
  std::string_view id_;
  int budget_;
  int written_ = 0;
};

void GeneratePatient(long index, const CohortOptions& o, std::string* buf) {
  std::mt19937_64 rng(Mix(o.seed ^ Mix(static_cast<std::uint64_t>(index))));
  std::uniform_real_distribution<double> u(0.0, 1.0);
  auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * u(rng); };
  auto chance = [&](double p) { return u(rng) < p; };

  char id_buf[16];
  auto idr = std::to_chars(id_buf + 1, id_buf + sizeof id_buf, index + 1);
  id_buf[0] = 'P';
  PatientWriter w(buf, std::string_view(id_buf, idr.ptr - id_buf), o.rows_per_patient);

  // 2015-01-01 .. 2022-12-31.
  Date day = Date::FromDays(16436 + static_cast<int>(uniform(0, 2921)));
  const bool light_chain_only = chance(0.15);
  const bool kappa = chance(0.65);
  const bool si_units = chance(0.2);  // M-protein in g/L
  double mprotein = light_chain_only ? 0.0 : uniform(1.0, 5.5);
  double involved = light_chain_only ? uniform(300, 3000) : uniform(40, 900);
  const double uninvolved = uniform(3, 15);

  auto write_mprotein = [&](Date d, double m, std::string_view note = {}) {
    if (si_units) return w.Row(d, "serum_m_protein", m * 10, 1, "g/L", {}, note);
    return w.Row(d, "serum_m_protein", m, 2, "g/dL", {}, note);
  };
  auto write_flc = [&](Date d, double inv) {
    const double k = kappa ? inv : uninvolved;
    const double l = kappa ? uninvolved : inv;
    w.Row(d, "kappa_flc", k, 1, "mg/L", "19.4");
    w.Row(d, "lambda_flc", l, 1, "mg/L", "26.3");
  };

  // Baseline work-up.
  write_mprotein(day, mprotein);
  write_flc(day, involved);
  w.Text(day, "serum_ife", "positive", {}, {},
         light_chain_only ? (kappa ? "kappa light chain" : "lambda light chain")
                          : (kappa ? "IgG kappa" : "IgA lambda"));
  w.Row(day, "bm_plasma_cells", uniform(15, 80), 0, "%");
  w.Row(day, "beta2_microglobulin", uniform(1.5, 9), 1, "mg/L");
  w.Row(day, "albumin", uniform(2.8, 4.5), 1, "g/dL");
  w.Row(day, "ldh", uniform(120, 400), 0, "U/L", "225");
  if (chance(0.5)) w.Text(day, "fish", chance(0.3) ? "t(4;14)" : "gain(1q) 35%");

  // Lines of therapy until the row budget is spent.
  int line = 0;
  while (!w.full()) {
    day = Date::FromDays(day.days() + 3 + static_cast<int>(uniform(0, 12)));
    w.Text(day, "therapy_start", kRegimens[(line + index) % kRegimens.size()]);
    ++line;
    const double m0 = mprotein;
    const double inv0 = involved;
    // Depth of response: fraction of the baseline left at the nadir.
    const double depth = chance(0.3) ? 0.0 : chance(0.5) ? uniform(0.02, 0.1) : uniform(0.1, 0.6);
    const double rate = uniform(0.3, 0.9);  // per month
    const int progress_month = 6 + static_cast<int>(uniform(0, 24));
    double nadir_m = m0, nadir_inv = inv0;
    bool cr_marrow_done = false;
    for (int month = 1; !w.full(); ++month) {
      day = Date::FromDays(day.days() + 26 + static_cast<int>(uniform(0, 10)));
      double m, inv;
      if (month <= progress_month) {
        const double f = depth + (1 - depth) * std::exp(-rate * month);
        m = m0 * f;
        inv = uninvolved + (inv0 - uninvolved) * f;
        nadir_m = m;
        nadir_inv = inv;
      } else {
        const double g = std::pow(1.35, month - progress_month);
        m = std::max(nadir_m, 0.3) * g;
        inv = std::max(nadir_inv, uninvolved + 20) * g;
      }
      if (m < 0.05) m = 0;
      if (chance(0.02)) {
        write_mprotein(day, m + uniform(1, 3), "spurious, lab error: sample mix-up");
      } else {
        write_mprotein(day, m);
      }
      write_flc(day, inv * uniform(0.95, 1.05));
      if (m == 0 || month % 3 == 0) {
        w.Text(day, "serum_ife", m == 0 && depth == 0.0 ? "negative" : "positive");
      }
      if (m == 0 && depth == 0.0 && !cr_marrow_done) {
        cr_marrow_done = true;
        w.Row(day, "bm_plasma_cells", uniform(0.5, 4.5), 1, "%");
        w.Text(day, "bm_clonality", "absent");
        w.Text(day, "mrd_ngf", chance(0.6) ? "negative" : "positive", "1e-5");
        if (chance(0.4)) w.Text(day, "pet_ct", "negative");
      } else if (chance(0.03)) {
        w.Text(day, "new_lesion", "no", {}, {}, "skeletal survey");
      }
      // Two months of confirmed rise: the next line starts.
      if (month >= progress_month + 2) {
        mprotein = m;
        involved = inv;
        if (light_chain_only) mprotein = 0;
        break;
      }
    }
  }
}

}  // namespace

long GenerateCohort(const CohortOptions& options, std::ostream& out) {
  CohortOptions o = options;
  o.rows_per_patient = std::max(o.rows_per_patient, 12);
  out << "patient,date,test,value,unit,ref_high,note\n";
  std::string buf;
  buf.reserve(1 << 20);
  for (long p = 0; p < o.patients; ++p) {
    GeneratePatient(p, o, &buf);
    if (buf.size() >= (1 << 20) - 8192) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  return o.patients * o.rows_per_patient;
}

}  // namespace oncoguide::bench
