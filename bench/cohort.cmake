# Cohort throughput benchmark (rows/s for parse and parse+assess+JSONL, peak memory at two file
# sizes). Run it with scripts/bench.sh (Release build in build-bench).
add_library(oncoguide_cohort_gen STATIC ${CMAKE_CURRENT_LIST_DIR}/cohort_gen.cc)
target_include_directories(oncoguide_cohort_gen PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(oncoguide_cohort_gen PUBLIC oncoguide_common)

add_executable(cohort_bench ${CMAKE_CURRENT_LIST_DIR}/cohort_bench.cc)
target_link_libraries(cohort_bench PRIVATE oncoguide_cohort_gen oncoguide_records
                                           oncoguide_response oncoguide_staging
                                           oncoguide_report)
