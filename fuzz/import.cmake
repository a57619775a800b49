# Fuzz target for the lab-report importer's layout and text parsers (see fuzz/CMakeLists.txt).
oncoguide_add_fuzzer(import_layout_fuzz ${CMAKE_CURRENT_LIST_DIR}/import_layout_fuzz.cc
                     LIBS oncoguide_import)
