# Importer benchmarks: 3-page text PDF and OCR per page (see import_bench.cc).
add_executable(import_bench ${CMAKE_CURRENT_LIST_DIR}/import_bench.cc)
target_link_libraries(import_bench PRIVATE oncoguide_import benchmark::benchmark)
target_compile_definitions(import_bench PRIVATE
  ONCOGUIDE_IMPORT_RENDER_DIR="${PROJECT_BINARY_DIR}/tests/import/rendered")
