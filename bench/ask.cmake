# ask_bench: latency of `ask` after start-up, over every question of the evaluation set.
add_executable(ask_bench ${CMAKE_CURRENT_LIST_DIR}/ask_bench.cc)
target_link_libraries(ask_bench PRIVATE oncoguide_kb benchmark::benchmark)
