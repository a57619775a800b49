# Fuzz targets for every record parser (see fuzz/CMakeLists.txt). Corpora: fuzz/corpus/<name>/.
oncoguide_add_fuzzer(csv_fuzz ${CMAKE_CURRENT_LIST_DIR}/csv_fuzz.cc
                     LIBS oncoguide_records oncoguide_pipeline oncoguide_report)
oncoguide_add_fuzzer(fhir_fuzz ${CMAKE_CURRENT_LIST_DIR}/fhir_fuzz.cc
                     LIBS oncoguide_records oncoguide_pipeline oncoguide_report)
oncoguide_add_fuzzer(fish_fuzz ${CMAKE_CURRENT_LIST_DIR}/fish_fuzz.cc LIBS oncoguide_records)
oncoguide_add_fuzzer(values_fuzz ${CMAKE_CURRENT_LIST_DIR}/values_fuzz.cc LIBS oncoguide_records)
oncoguide_add_fuzzer(notation_fuzz ${CMAKE_CURRENT_LIST_DIR}/notation_fuzz.cc LIBS oncoguide_records)
oncoguide_add_fuzzer(ndjson_fuzz ${CMAKE_CURRENT_LIST_DIR}/ndjson_fuzz.cc
                     LIBS oncoguide_records oncoguide_pipeline oncoguide_report)
oncoguide_add_fuzzer(date_fuzz ${CMAKE_CURRENT_LIST_DIR}/date_fuzz.cc LIBS oncoguide_records)
