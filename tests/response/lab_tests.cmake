# Tests of the lab-only reading IMWG-2016-lab (issue 10).
oncoguide_add_test(response_lab_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/lab_cases_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/lab_histories_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/lab_cli_test.cc
  LIBS oncoguide_response oncoguide_records nlohmann_json::nlohmann_json)
add_dependencies(response_lab_test oncoguide)
