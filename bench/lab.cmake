# lab_bench: the lab-only reading (IMWG-2016-lab) against strict IMWG 2016 on the same records.
add_executable(lab_bench ${CMAKE_CURRENT_LIST_DIR}/lab_bench.cc)
target_link_libraries(lab_bench PRIVATE oncoguide_cohort_gen oncoguide_records oncoguide_response
                                        benchmark::benchmark)
target_compile_definitions(lab_bench PRIVATE ONCOGUIDE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
