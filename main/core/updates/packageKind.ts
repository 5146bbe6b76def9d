/**
 * How this copy of Decompress was installed, which decides what updating can
 * mean for it. electron-updater makes the same distinction: on Linux it picks
 * its updater from `$APPIMAGE` (set by the AppImage runtime) and from the
 * `resources/package-type` file electron-builder writes into .deb, .rpm and
 * pacman builds that have a publish config; Windows and macOS builds are the
 * NSIS installer and the dmg.
 */
export type PackageKind =
  'appimage' | 'nsis' | 'dmg' | 'deb' | 'rpm' | 'pacman' | 'tarball' | 'snap' | 'unpackaged';

/** What can be done when a new version is out. */
export type UpdateAbility =
  /** Downloads and installs itself (AppImage, NSIS, dmg via electron-updater). */
  | 'self'
  /** Can only be told: the package manager or the person installs it. */
  | 'notify'
  /** Nothing to do here: a development run, or a store that updates it. */
  | 'none';

/** The facts the shell reads at start; all of them are cheap and local. */
export interface PackageFacts {
  platform: string;
  /** Electron's app.isPackaged. */
  packaged: boolean;
  /** `$APPIMAGE`: the AppImage's own path, set by its runtime. */
  appImagePath: string | undefined;
  /** `$SNAP`: set inside a snap. */
  snap: string | undefined;
  /** The trimmed text of resources/package-type, or null when there is none. */
  packageType: string | null;
  /** process.execPath: where the running executable is. */
  executablePath: string;
}

/** Where electron-builder's .deb, .rpm and pacman packages install the app. */
const PACKAGE_PREFIX = '/opt/';

/** Which install this is, from facts gathered by the shell. */
export function detectPackageKind(facts: PackageFacts): PackageKind {
  if (!facts.packaged) return 'unpackaged';
  if (facts.platform === 'win32') return 'nsis';
  if (facts.platform === 'darwin') return 'dmg';
  if (facts.snap) return 'snap';
  if (facts.appImagePath) return 'appimage';
  // The tar.gz is packed from the same unpacked tree the .deb is built from,
  // so it may carry the .deb's package-type file too: only a copy running
  // from the packages' install prefix counts as installed by them.
  const installed = facts.executablePath.startsWith(PACKAGE_PREFIX);
  switch (facts.packageType) {
    case 'deb':
    case 'rpm':
    case 'pacman':
      return installed ? facts.packageType : 'tarball';
    default:
      return 'tarball';
  }
}

/**
 * A .deb, .rpm or pacman install belongs to the package manager: replacing
 * it behind dpkg's back (electron-updater's DebUpdater runs `pkexec dpkg -i`,
 * a root password prompt out of nowhere) is not ours to do, so it is told
 * instead. A tarball has no installer at all.
 */
export function updateAbility(kind: PackageKind): UpdateAbility {
  switch (kind) {
    case 'appimage':
    case 'nsis':
    case 'dmg':
      return 'self';
    case 'deb':
    case 'rpm':
    case 'pacman':
    case 'tarball':
      return 'notify';
    case 'snap':
    case 'unpackaged':
      return 'none';
  }
}

/** How the person gets a new version by hand, per kind, for the notice. */
export function manualUpdateHint(kind: PackageKind): string {
  switch (kind) {
    case 'deb':
      return 'This copy was installed from a .deb package, which does not update itself. Download the new .deb from the releases page and open it to install it over this one.';
    case 'rpm':
      return 'This copy was installed from an .rpm package, which does not update itself. Download the new .rpm from the releases page and install it with your package manager.';
    case 'pacman':
      return 'This copy was installed from a pacman package, which does not update itself. Download the new package from the releases page and install it with pacman -U.';
    case 'tarball':
      return 'This copy was unpacked from a .tar.gz archive, which does not update itself. Download the new archive from the releases page and unpack it in place of this one.';
    case 'snap':
      return 'This copy comes from the Snap Store, which updates it.';
    case 'unpackaged':
      return 'This is a development build; it does not look for updates.';
    case 'appimage':
    case 'nsis':
    case 'dmg':
      return 'Decompress updates itself.';
  }
}
