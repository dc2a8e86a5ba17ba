# Helpers shared by every target: one way to declare a module and one way to declare a test.

# safelink_add_module(<name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Declares library sl_<name> with alias Safelink::<Name>; public headers live in
# modules/<name>/include/safelink/<name>/ and are included as <safelink/<name>/x.h>.
function(safelink_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target sl_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    string(SUBSTRING "${name}" 0 1 first)
    string(TOUPPER "${first}" first)
    string(SUBSTRING "${name}" 1 -1 rest)
    add_library(Safelink::${first}${rest} ALIAS ${target})
    target_include_directories(${target}
        PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# safelink_add_gtest(<name> LABEL unit|integration|gui SOURCES ... LIBS ... [TIMEOUT s])
# A GoogleTest executable whose tests are discovered into ctest with a label and a timeout.
function(safelink_add_gtest name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest safelink_test_support)
    gtest_discover_tests(${name}
        TEST_PREFIX "${ARG_LABEL}."
        DISCOVERY_TIMEOUT 30
        PROPERTIES LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
                   ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    # Only one ENVIRONMENT entry survives gtest_discover_tests' list handling; the tree's paths are
    # compiled into the test support library instead (tests/CMakeLists.txt).
endfunction()
