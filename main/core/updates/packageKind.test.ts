import { describe, expect, it } from 'vitest';
import { detectPackageKind, updateAbility, type PackageFacts } from './packageKind';
import { describeUpdateFailure } from './updateFailure';

const linux: PackageFacts = {
  platform: 'linux',
  packaged: true,
  appImagePath: undefined,
  snap: undefined,
  packageType: null,
  executablePath: '/opt/Decompress/decompress',
};

describe('which package this copy runs from', () => {
  it('tells the Linux installs apart the way electron-updater does', () => {
    expect(detectPackageKind({ ...linux, appImagePath: '/home/a/Decompress-0.1.0.AppImage' })).toBe(
      'appimage',
    );
    expect(detectPackageKind({ ...linux, packageType: 'deb' })).toBe('deb');
    expect(detectPackageKind({ ...linux, packageType: 'rpm' })).toBe('rpm');
    expect(detectPackageKind({ ...linux, packageType: 'pacman' })).toBe('pacman');
    expect(detectPackageKind(linux)).toBe('tarball');
    expect(detectPackageKind({ ...linux, packageType: 'something-new' })).toBe('tarball');
    expect(detectPackageKind({ ...linux, snap: '/snap/decompress/3' })).toBe('snap');
  });

  it('counts a package-type file only where the packages install (a tarball may carry one)', () => {
    expect(
      detectPackageKind({
        ...linux,
        packageType: 'deb',
        executablePath: '/home/ann/apps/decompress-0.1.0/decompress',
      }),
    ).toBe('tarball');
  });

  it('prefers $APPIMAGE over a package-type file (the AppImage is cut from the same tree)', () => {
    expect(
      detectPackageKind({ ...linux, appImagePath: '/tmp/D.AppImage', packageType: 'deb' }),
    ).toBe('appimage');
  });

  it('is NSIS on Windows, the dmg on macOS, and nothing in a development run', () => {
    expect(detectPackageKind({ ...linux, platform: 'win32' })).toBe('nsis');
    expect(detectPackageKind({ ...linux, platform: 'darwin' })).toBe('dmg');
    expect(detectPackageKind({ ...linux, packaged: false, appImagePath: '/tmp/D.AppImage' })).toBe(
      'unpackaged',
    );
  });

  it('updates itself only as AppImage, NSIS and dmg', () => {
    expect(['appimage', 'nsis', 'dmg'].map((k) => updateAbility(k as 'appimage'))).toEqual([
      'self',
      'self',
      'self',
    ]);
    expect(updateAbility('deb')).toBe('notify');
    expect(updateAbility('tarball')).toBe('notify');
    expect(updateAbility('snap')).toBe('none');
    expect(updateAbility('unpackaged')).toBe('none');
  });
});

describe('a failed update in words', () => {
  it.each([
    [
      { code: null, statusCode: 500 },
      'the update server had a problem (HTTP 500); Decompress will try again later',
    ],
    [
      { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', statusCode: 404 },
      'the update server has no update information for this system',
    ],
    [{ code: null, statusCode: 403 }, 'the update server refused the request (HTTP 403)'],
    [
      { code: 'ERR_UPDATER_INVALID_UPDATE_INFO', statusCode: null },
      'the update information on the server could not be read',
    ],
    [
      { code: 'ERR_UPDATER_INVALID_VERSION', statusCode: null },
      'the update information on the server could not be read',
    ],
    [
      { code: 'ECONNREFUSED', statusCode: null },
      'the update server could not be reached; check the internet connection',
    ],
    [
      { code: 'net::ERR_INTERNET_DISCONNECTED', statusCode: null },
      'the update server could not be reached; check the internet connection',
    ],
    [
      { code: 'ERR_CHECKSUM_MISMATCH', statusCode: null },
      'the downloaded update did not match what the server promised, so it was thrown away',
    ],
    [{ code: 'EWHATEVER', statusCode: null }, 'something went wrong (the log has the details)'],
  ])('%j', (failure, words) => {
    expect(describeUpdateFailure(failure)).toBe(words);
  });
});
