# Writes a C++ file defining oncoguide::store::<FUNCTION>() from SQL files named NNNN_name.sql.
# Usage (configure time): embed_migrations(OUTPUT out.cc FUNCTION SqliteMigrations FILES a.sql b.sql)
function(embed_migrations)
  cmake_parse_arguments(E "" "OUTPUT;FUNCTION" "FILES" ${ARGN})
  set(body "")
  foreach(f ${E_FILES})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${f})
    get_filename_component(name ${f} NAME_WE)
    string(SUBSTRING ${name} 0 4 version)
    math(EXPR version "${version}")
    file(READ ${f} sql)
    string(APPEND body "    {${version}, \"${name}\", R\"og_sql(${sql})og_sql\"},\n")
  endforeach()
  file(WRITE ${E_OUTPUT}.tmp
"// Generated from src/store/migrations by embed_migrations.cmake. Do not edit.
#include \"oncoguide/store/migrations.h\"

namespace oncoguide::store {
namespace {
constexpr Migration kMigrations[] = {
${body}};
}  // namespace

std::span<const Migration> ${E_FUNCTION}() { return kMigrations; }

}  // namespace oncoguide::store
")
  configure_file(${E_OUTPUT}.tmp ${E_OUTPUT} COPYONLY)
endfunction()
