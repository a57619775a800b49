# render_bench: topic page, dashboard (5-year history) and PDF report rendering.
add_executable(render_bench ${CMAKE_CURRENT_LIST_DIR}/render_bench.cc)
target_link_libraries(render_bench PRIVATE oncoguide_render benchmark::benchmark)
