// Deterministic generator of a synthetic multiple-myeloma lab cohort in oncoguide's CSV format,
// for benchmarks (and as a source of realistic fuzz seeds).
//
// Output header: patient,date,test,value,unit,ref_high,note
// Each patient's rows are contiguous and sorted by date. A patient has baseline labs (serum
// M-protein, free light chains, immunofixation, marrow plasma cells, staging labs), a
// therapy_start row, then monthly serum M-protein / FLC / IFE series that fall to a nadir and
// later rise again (progression), after which a new line of therapy starts. Marrow, MRD and
// imaging rows appear occasionally, as do notes and lab-error ("spurious") values.
//
// The output depends only on the options: the random engine is std::mt19937_64 seeded with
// CohortOptions::seed (default kDefaultCohortSeed), reseeded per patient from (seed, index) so
// that a patient's rows do not depend on how many rows other patients have.
#ifndef ONCOGUIDE_BENCH_COHORT_GEN_H_
#define ONCOGUIDE_BENCH_COHORT_GEN_H_

#include <cstdint>
#include <ostream>

namespace oncoguide::bench {

inline constexpr std::uint64_t kDefaultCohortSeed = 0x6F6E636F67756964ULL;  // "oncoguid"

struct CohortOptions {
  long patients = 1000;
  int rows_per_patient = 40;  // exact number of data rows per patient (at least 12)
  std::uint64_t seed = kDefaultCohortSeed;
};

// Writes the header and patients * rows_per_patient data rows to `out`. Returns the number of
// data rows written. Memory use does not depend on the cohort size.
long GenerateCohort(const CohortOptions& options, std::ostream& out);

}  // namespace oncoguide::bench

#endif  // ONCOGUIDE_BENCH_COHORT_GEN_H_
