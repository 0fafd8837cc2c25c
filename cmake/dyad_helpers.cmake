# dyad_library(NAME SRCS a.cc b.cc DEPS other_lib ...)
#   A static library for one pipeline stage; its headers are included as "stage/file.h".
function(dyad_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SRCS})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# dyad_test(NAME SRCS a_test.cc DEPS lib ... LABELS unit|golden|accuracy|slow)
#   A GoogleTest binary registered with CTest. Tests get DYAD_SHARED_DIR and
#   DYAD_SOURCE_DIR as compile definitions; tests needing ../shared GTEST_SKIP() without it.
function(dyad_test name)
  if(NOT DYAD_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS;LABELS" ${ARGN})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    DYAD_SHARED_DIR="${DYAD_SHARED_DIR}" DYAD_SOURCE_DIR="${DYAD_SOURCE_DIR}")
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
