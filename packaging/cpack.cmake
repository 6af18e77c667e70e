# CPack: a Debian package named archscape. Its Depends come from dpkg-shlibdeps (the Qt 6,
# Graphviz and C++ runtime libraries the binary links), not from a hand-kept list.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME archscape)
set(CPACK_PACKAGE_VENDOR "The Archscape developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Archscape turns the document \"Layer 4: Complete System Patterns\" into an explorable pattern
model: four-plane diagrams laid out by Graphviz, what-if cost and complexity analysis, the
selection flowchart with decision records, the anti-pattern quadrant, the adoption roadmap,
workshop scenarios, presentation and export to SVG, PDF and PNG.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Archscape developers <archscape@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Archscape developers <archscape@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # archscape_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Diagrams are measured and drawn in DejaVu Sans; Qt finds a Wayland plugin only when installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-wayland")
set(CPACK_STRIP_FILES ON)
# Only what `cmake --install` installs for users (no test binaries: none are installed).
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
