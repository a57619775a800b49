# A throwaway PostgreSQL cluster for the tests, as a ctest fixture: started once before the first
# test that needs it and stopped after the last, even when tests fail (scripts/pg-cluster.sh).
# Tests that need it: set_tests_properties(... FIXTURES_REQUIRED pg_cluster) and read
# ONCOGUIDE_TEST_PG_DIR (set in ONCOGUIDE_PG_TEST_PROPERTIES below).
# Without a PostgreSQL server installed the start step succeeds with a note and the tests skip,
# unless ONCOGUIDE_REQUIRE_PG=1 is set in the environment (scripts/test.sh sets it).
string(MD5 _pg_suffix "${CMAKE_BINARY_DIR}")
string(SUBSTRING ${_pg_suffix} 0 8 _pg_suffix)
set(ONCOGUIDE_TEST_PG_DIR /tmp/oncoguide-test-pg-${_pg_suffix})
add_test(NAME pg_cluster_start
         COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/pg-cluster.sh start ${ONCOGUIDE_TEST_PG_DIR})
add_test(NAME pg_cluster_stop
         COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/pg-cluster.sh stop ${ONCOGUIDE_TEST_PG_DIR})
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP pg_cluster)
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg_cluster)
set(ONCOGUIDE_PG_TEST_PROPERTIES
    FIXTURES_REQUIRED pg_cluster ENVIRONMENT ONCOGUIDE_TEST_PG_DIR=${ONCOGUIDE_TEST_PG_DIR})
