# One INTERFACE target carries the language level, warnings and strict Qt
# defines for every Tickerline target.
add_library(tickerline_options INTERFACE)
target_compile_features(tickerline_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    target_compile_options(tickerline_options INTERFACE /W4 /permissive-)
else()
    target_compile_options(tickerline_options INTERFACE -Wall -Wextra -Wpedantic)
endif()

target_compile_definitions(tickerline_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
)
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(tickerline_options INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
