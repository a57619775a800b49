# fhir_bench: reading one person's FHIR file (both passes and the temporary index).
add_executable(fhir_bench ${CMAKE_CURRENT_LIST_DIR}/fhir_bench.cc)
target_link_libraries(fhir_bench PRIVATE oncoguide_records benchmark::benchmark)
target_compile_definitions(fhir_bench PRIVATE ONCOGUIDE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
