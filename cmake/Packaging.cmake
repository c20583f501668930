# Everything installed besides the executables, and the packages built from
# it: desktop integration, man pages and Debian documents on Linux; Qt's
# runtime deployment on Windows and macOS; CPack for DEB, RPM and TGZ (Linux),
# NSIS/WiX and ZIP (Windows) and DragNDrop (macOS).
# Included from the top-level CMakeLists.txt once all targets exist.
# Templates and static files live in packaging/ (README there).

include(AppIdentity)   # TICKERLINE_APP_ID

set(TICKERLINE_PACKAGE_CONTACT "The Tickerline developers <tickerline@users.noreply.github.com>")
set(_packaging "${PROJECT_SOURCE_DIR}/packaging")
set(_icons "${PROJECT_SOURCE_DIR}/resources/icons")
set(_staged "${PROJECT_BINARY_DIR}/packaging")

# The man pages and the metainfo carry the version as text: say so when a
# version bump forgets them.
foreach(_file linux/tickerline.1 linux/tickerline-collector.1 linux/${TICKERLINE_APP_ID}.metainfo.xml)
    file(READ "${_packaging}/${_file}" _text)
    string(FIND "${_text}" "${PROJECT_VERSION}" _at)
    if(_at EQUAL -1)
        message(WARNING "packaging/${_file} does not mention version ${PROJECT_VERSION}; update it.")
    endif()
endforeach()

# ---------------------------------------------------------------- Linux ----
if(UNIX AND NOT APPLE)
    # The project's libraries are static, so the executables need no RPATH
    # (qt_standard_project_setup adds $ORIGIN/../lib; lintian rejects it).
    set_target_properties(tickerline tickerline-collector PROPERTIES INSTALL_RPATH "")
    # Read-only relocations and immediate binding, as Debian's hardening
    # flags give packaged binaries. Only the two final links change.
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        foreach(_target tickerline tickerline-collector)
            target_link_options(${_target} PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
        endforeach()
    endif()

    install(FILES "${_packaging}/linux/${TICKERLINE_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${_packaging}/linux/${TICKERLINE_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(_size 16 24 32 48 64 128 256 512)
        install(FILES "${_icons}/tickerline-${_size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
            RENAME ${TICKERLINE_APP_ID}.png)
    endforeach()
    install(FILES "${_icons}/tickerline.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TICKERLINE_APP_ID}.svg)

    # gzip -9n: no name, no timestamp, so the packages are reproducible
    # (Debian policy 12.3, lintian package-contains-timestamped-gzip).
    find_program(TICKERLINE_GZIP gzip REQUIRED)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    configure_file("${_packaging}/debian/changelog.Debian.in" "${_staged}/in/changelog.Debian" @ONLY)
    set(_gzipped)
    foreach(_source
            "${_packaging}/linux/tickerline.1"
            "${_packaging}/linux/tickerline-collector.1"
            "${_staged}/in/changelog.Debian")
        get_filename_component(_name "${_source}" NAME)
        add_custom_command(OUTPUT "${_staged}/${_name}.gz"
            COMMAND ${CMAKE_COMMAND} -E copy "${_source}" "${_staged}/${_name}"
            COMMAND "${TICKERLINE_GZIP}" -9nf "${_staged}/${_name}"
            DEPENDS "${_source}"
            COMMENT "Compressing ${_name}"
            VERBATIM)
        list(APPEND _gzipped "${_staged}/${_name}.gz")
    endforeach()
    add_custom_target(tickerline_packaging_files ALL DEPENDS ${_gzipped})

    install(FILES "${_staged}/tickerline.1.gz" "${_staged}/tickerline-collector.1.gz"
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # share/doc/tickerline, not CMAKE_INSTALL_DOCDIR (share/doc/Tickerline):
    # Debian wants the package name.
    install(FILES "${_packaging}/debian/copyright" "${_staged}/changelog.Debian.gz"
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/tickerline)
    if(EXISTS "${_packaging}/debian/tickerline.lintian-overrides")
        install(FILES "${_packaging}/debian/tickerline.lintian-overrides"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides
            RENAME tickerline)
    endif()
    # The collector's unit: /usr/lib/systemd/system when packaged for /usr.
    # It is not enabled on installation; the man page says how.
    if(EXISTS "${_packaging}/linux/tickerline-collector.service")
        install(FILES "${_packaging}/linux/tickerline-collector.service"
            DESTINATION lib/systemd/system)
    endif()
    # The unit's EnvironmentFile, at the absolute path the unit names. A
    # conffile, so upgrades keep local edits; 0600, as it may hold API keys.
    if(EXISTS "${_packaging}/linux/tickerline-collector.default")
        install(FILES "${_packaging}/linux/tickerline-collector.default"
            DESTINATION /etc/default RENAME tickerline-collector
            PERMISSIONS OWNER_READ OWNER_WRITE)
        file(WRITE "${_staged}/conffiles" "/etc/default/tickerline-collector\n")
        set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${_staged}/conffiles")
        set(CPACK_RPM_USER_FILELIST "%config(noreplace) /etc/default/tickerline-collector")
    endif()

    if(TICKERLINE_BUILD_TESTS)
        find_program(TICKERLINE_DESKTOP_FILE_VALIDATE desktop-file-validate)
        find_program(TICKERLINE_APPSTREAMCLI appstreamcli)
        if(TICKERLINE_DESKTOP_FILE_VALIDATE)
            add_test(NAME packaging_desktop_file COMMAND "${TICKERLINE_DESKTOP_FILE_VALIDATE}"
                "${_packaging}/linux/${TICKERLINE_APP_ID}.desktop")
        endif()
        if(TICKERLINE_APPSTREAMCLI)
            add_test(NAME packaging_metainfo COMMAND "${TICKERLINE_APPSTREAMCLI}" validate --no-net
                "${_packaging}/linux/${TICKERLINE_APP_ID}.metainfo.xml")
        endif()
    endif()
endif()

# ------------------------------------------------------ Windows, macOS ----
# windeployqt / macdeployqt copy the Qt libraries and the plugins the app's
# modules use: platforms (qwindows, qcocoa), styles, tls (OpenSSL, Schannel,
# SecureTransport backends), sqldrivers (qsqlite, qsqlpsql, …), imageformats
# (qsvg) and iconengines (qsvgicon). In Qt 6.4 the command exists for
# Windows and macOS only and takes FILENAME_VARIABLE; 6.5 renamed it
# OUTPUT_SCRIPT (and added Linux, which the .deb does not need: it depends on
# the distribution's Qt).
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET tickerline OUTPUT_SCRIPT _deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET tickerline FILENAME_VARIABLE _deploy_script)
    endif()
    install(SCRIPT "${_deploy_script}")
    if(APPLE)
        # install_name_tool edits void the linker's ad-hoc signatures, and
        # Apple silicon refuses to run unsigned code: sign the whole bundle
        # again, ad hoc (a Developer ID signature replaces this for releases).
        install(CODE [[
            execute_process(COMMAND codesign --force --deep --sign -
                                "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Tickerline.app"
                            COMMAND_ERROR_IS_FATAL ANY)
        ]])
    endif()
endif()

# ---------------------------------------------------------------- CPack ----
set(CPACK_PACKAGE_NAME tickerline)
set(CPACK_PACKAGE_VENDOR "The Tickerline developers")
set(CPACK_PACKAGE_CONTACT "${TICKERLINE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live market quotes with watchlist, charts and tick recording")
set(CPACK_PACKAGE_DESCRIPTION [[
Tickerline watches live stock and crypto quotes from market-data providers
and shows them in a watchlist and in price charts. Every tick received is
stored exactly once in SQLite or PostgreSQL, so charts can show history and
ticks can be exported as CSV. A simulated market needs no account.

The package also contains tickerline-collector, a headless recorder for
servers that writes the same database.]])
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${_staged}/LICENSE.txt" COPYONLY)   # WiX wants .txt or .rtf
set(CPACK_RESOURCE_FILE_LICENSE "${_staged}/LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tickerline)
set(CPACK_PACKAGE_EXECUTABLES tickerline Tickerline)   # Start-menu shortcut
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME Tickerline)
    set(CPACK_NSIS_DISPLAY_NAME "Tickerline ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${_icons}/tickerline.ico")
    set(CPACK_NSIS_MUI_UNIICON "${_icons}/tickerline.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tickerline.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN tickerline.exe)
    # For `cpack -G WIX`: a fixed upgrade code lets a new MSI replace an old one.
    set(CPACK_WIX_UPGRADE_GUID "6B1E4C52-3F0D-4C8E-9A57-2D41B7F0C9A3")
    set(CPACK_WIX_PRODUCT_ICON "${_icons}/tickerline.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Tickerline)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Tickerline)
    set(CPACK_PACKAGE_ICON "${_icons}/tickerline.icns")
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR TGZ DEB)
    # Install into the staging folder through DESTDIR with the prefix /usr,
    # so that /etc/default stays inside every package (without it the
    # archive generators would write to the build machine's /etc) and the
    # .tar.gz mirrors the packages' layout (usr/bin, etc/default, …).
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX /usr)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    find_program(TICKERLINE_RPMBUILD rpmbuild)
    if(TICKERLINE_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()

    # DEB: a Debian revision, so the changelog is changelog.Debian.gz.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the
    # SQLite driver and the xcb/wayland/offscreen platforms.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    # PostgreSQL storage, a Secret Service for API keys in the GUI, Qt's own
    # texts (standard buttons, dialogs) in the languages Tickerline speaks,
    # and a font with Japanese glyphs (without one the Japanese interface is
    # boxes: Debian installs no CJK font by default).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "libqt6sql6-psql, gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # RPM: built on Debian as a convenience; requirements come from rpm's
    # automatic library scan (the plugin packages are named differently per
    # distribution, so they are not listed).
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    # Directories the filesystem and hicolor-icon-theme packages own.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /etc/default /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps /usr/share/lintian /usr/share/lintian/overrides
        /usr/lib/systemd /usr/lib/systemd/system)
    foreach(_size 16 24 32 48 64 128 256 512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            /usr/share/icons/hicolor/${_size}x${_size} /usr/share/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
endif()

include(CPack)
