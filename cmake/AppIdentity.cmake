# tickerline_app_identity(TARGET)
# How the desktop app presents itself on Windows and macOS: the .ico and
# version block in the .exe, and the .icns and Info.plist values of the app
# bundle. Called from src/app right after qt_add_executable, because Qt's
# deferred macOS finalizer fills in placeholder bundle values unless these
# are set first. Linux desktop integration is installed by cmake/Packaging.cmake.

set(TICKERLINE_APP_ID "io.github.tickerline.Tickerline")

function(tickerline_app_identity target)
    set(icons "${PROJECT_SOURCE_DIR}/resources/icons")
    if(WIN32)
        set(TICKERLINE_ICO "${icons}/tickerline.ico")
        set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
        configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/tickerline.rc.in" "${rc}" @ONLY)
        target_sources(${target} PRIVATE "${rc}")
    elseif(APPLE)
        set(icns "${icons}/tickerline.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${target} PROPERTIES
            OUTPUT_NAME Tickerline      # Tickerline.app in /Applications
            MACOSX_BUNDLE_BUNDLE_NAME Tickerline
            MACOSX_BUNDLE_GUI_IDENTIFIER "${TICKERLINE_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_ICON_FILE tickerline.icns
            MACOSX_BUNDLE_INFO_STRING "Tickerline ${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Tickerline developers"
            XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${TICKERLINE_APP_ID}")
    endif()
endfunction()
