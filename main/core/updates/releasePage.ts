/**
 * Where a new version is downloaded by hand (a .deb, an .rpm, a tarball).
 * It must name the repository electron-builder.yml publishes to; a test
 * holds the two together.
 */
export const RELEASES_PAGE_URL = 'https://github.com/decompress-app/decompress/releases/latest';
