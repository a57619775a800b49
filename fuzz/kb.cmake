# Fuzz target for the question reader: words and the reading of other languages (see
# fuzz/CMakeLists.txt).
oncoguide_add_fuzzer(question_fuzz ${CMAKE_CURRENT_LIST_DIR}/question_fuzz.cc LIBS oncoguide_kb)
