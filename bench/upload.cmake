# upload_bench: what one upload of a 500-row CSV costs inside the server, by part: parsing the
# file, opening the person's earlier records (re-parse of raw files vs the stored parsed records),
# and the result over all of them.
add_executable(upload_bench ${CMAKE_CURRENT_LIST_DIR}/upload_bench.cc)
target_link_libraries(upload_bench PRIVATE oncoguide_server benchmark::benchmark)
target_include_directories(upload_bench PRIVATE ${PROJECT_SOURCE_DIR}/src/server)
