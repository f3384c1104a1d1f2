# libFuzzer targets for the response parsers (tests/fuzz). They need clang with
# -fsanitize=fuzzer (Debian: clang + libclang-rt-14-dev); when this compiler can
# build one, tests/fuzz is built as an external clang project and each target
# runs for a bounded time as a ctest, starting from the seeds in tests/fuzz/corpus.
option(STRAJA_BUILD_FUZZERS "Build and run the libFuzzer targets when clang supports them" ON)
set(STRAJA_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzzer runs under ctest")

set(STRAJA_FUZZ_SUPPORTED FALSE)
if(STRAJA_BUILD_FUZZERS)
    find_program(STRAJA_FUZZ_CXX NAMES clang++ clang++-14)
    if(STRAJA_FUZZ_CXX)
        set(probe ${CMAKE_BINARY_DIR}/fuzz-probe)
        file(WRITE ${probe}/probe.cpp "#include <cstddef>\n#include <cstdint>\n"
             "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n")
        execute_process(COMMAND ${STRAJA_FUZZ_CXX} -fsanitize=fuzzer,address,undefined ${probe}/probe.cpp
                                -o ${probe}/probe
                        RESULT_VARIABLE probe_result OUTPUT_QUIET ERROR_QUIET)
        if(probe_result EQUAL 0)
            set(STRAJA_FUZZ_SUPPORTED TRUE)
        endif()
    endif()
endif()
add_feature_info(Fuzzers STRAJA_FUZZ_SUPPORTED "libFuzzer targets for the response parsers (clang -fsanitize=fuzzer)")

if(STRAJA_FUZZ_SUPPORTED)
    include(ExternalProject)
    ExternalProject_Add(straja_fuzzers
        SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
        BINARY_DIR ${CMAKE_BINARY_DIR}/fuzz
        CMAKE_ARGS -DCMAKE_CXX_COMPILER=${STRAJA_FUZZ_CXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQt6_DIR=${Qt6_DIR}
        BUILD_ALWAYS ON
        INSTALL_COMMAND "")
    foreach(name prometheus alertmanager loki)
        set(corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/${name})
        file(MAKE_DIRECTORY ${corpus})
        # New inputs go to the build tree's corpus; the seeds in the source tree are only read.
        add_test(NAME fuzz_${name}
                 COMMAND ${CMAKE_BINARY_DIR}/fuzz/fuzz_${name} -max_total_time=${STRAJA_FUZZ_SECONDS} -timeout=10
                         -rss_limit_mb=2048 -print_final_stats=1 ${corpus} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${name})
        set_tests_properties(fuzz_${name} PROPERTIES TIMEOUT 300 LABELS fuzz)
    endforeach()
endif()
