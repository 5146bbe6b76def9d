// What may and may not ship inside app.asar. Pure: scripts/package-check.mjs
// reads the archive and hands the listing here, so the rules are unit-tested
// without packaging anything.
import { builtinModules } from 'node:module';
import { ROUTES, windowPage } from '../shared/routes';

/** The fields of a package.json that decide what a package needs at run time. */
export interface PackageManifest {
  name?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface AsarAuditInput {
  /** Every file in the archive, relative, with forward slashes. */
  files: readonly string[];
  /** The app's package.json (the one at the archive's root). */
  appManifest: PackageManifest;
  /**
   * package.json of every package root in the archive, keyed by its path in
   * the archive (`node_modules/zod/package.json`).
   */
  manifests: ReadonlyMap<string, PackageManifest>;
  /**
   * Module specifiers imported by each built entry that runs in Node
   * (out/main/index.js, out/preload/index.cjs). The renderer is left out: Vite
   * bundles everything it uses, so it needs nothing from node_modules.
   */
  entryImports: ReadonlyMap<string, readonly string[]>;
  /** Files of the archive that electron-builder unpacked into app.asar.unpacked. */
  unpacked: readonly string[];
  /** The OS and CPU the app was packed for, in Node's names. */
  target: PackTarget;
}

export interface PackTarget {
  platform: 'linux' | 'win32' | 'darwin';
  arch: 'x64' | 'arm64' | 'ia32';
}

export interface AsarAudit {
  /** Each one fails the check. */
  problems: string[];
  /** Worth a look, but the app still runs. */
  warnings: string[];
  /** Package directories reached from the app's dependencies, e.g. `node_modules/zod`. */
  packages: string[];
}

/** The electron-vite outputs the app cannot start without: main, the preload, and every window's page. */
export const REQUIRED_FILES: readonly string[] = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  ...ROUTES.map((route) => `out/renderer/${windowPage(route)}`),
];

/**
 * Build, test and type tooling that must never ship, whatever depends on it.
 * Devdependencies of the app are caught separately (see auditAsar); this list
 * also catches them when they arrive as someone else's dependency.
 */
export const FORBIDDEN_PACKAGES = [
  'electron',
  'electron-builder',
  'app-builder-lib',
  'electron-vite',
  'vite',
  'rolldown',
  'esbuild',
  'vitest',
  'playwright',
  'playwright-core',
  '@playwright/test',
  'typescript',
  'tsx',
  'eslint',
  'prettier',
  'jsdom',
  '@resvg/resvg-js',
] as const;

/** Scopes whose packages are development-only by nature. */
const FORBIDDEN_SCOPES = ['@types/', '@testing-library/', '@vitest/', '@eslint/'];

/** The only things the app itself may put at the archive's root. */
const ALLOWED_ROOT_ENTRIES = new Set(['out', 'package.json', 'node_modules']);

const SOURCE_DIRS = ['main', 'renderer', 'shared', 'e2e', 'scripts', 'bench', 'resources'];

/** Files the OS loads as code: Node addons, shared libraries, programs. */
const NATIVE_FILE = /\.(node|so(\.\d+)*|dll|dylib|exe)$/i;

/**
 * The one native module the app may ship: koffi's prebuilt Node-API binary
 * for the target (the Windows shell probe calls shell32/ntdll through it),
 * in its per-platform package, glibc build on Linux.
 */
export function allowedNativeModule(target: PackTarget): { packageDir: string; binary: string } {
  const packageDir = `node_modules/@koromix/koffi-${target.platform}-${target.arch}`;
  return { packageDir, binary: `${packageDir}/${target.platform}_${target.arch}/koffi.node` };
}

/**
 * Native code in the archive: only koffi's binary for the target, unpacked
 * beside app.asar (Electron cannot load a .node file from inside the
 * archive); nothing else unpacked, no koffi binary for another OS or CPU, and
 * koffi never without its binary (the Windows sources would answer
 * unavailable).
 */
function nativeModuleProblems(input: AsarAuditInput): string[] {
  const problems: string[] = [];
  const allowed = allowedNativeModule(input.target);
  const unpacked = new Set(input.unpacked);
  const inAllowedPackage = (file: string) => file.startsWith(`${allowed.packageDir}/`);
  for (const file of input.files) {
    if (NATIVE_FILE.test(file) && file !== allowed.binary) {
      problems.push(
        `native code: ${file} (only ${allowed.binary} may ship for ${input.target.platform}-${input.target.arch})`,
      );
    }
  }
  for (const file of input.unpacked) {
    if (!inAllowedPackage(file)) problems.push(`unpacked beside the asar: ${file}`);
  }
  const files = new Set(input.files);
  if (files.has(allowed.binary) && !unpacked.has(allowed.binary)) {
    problems.push(
      `${allowed.binary} is inside app.asar: Electron loads it only from app.asar.unpacked`,
    );
  }
  for (const file of input.files) {
    const dir = packageDirOf(file);
    if (dir !== null && file === `${dir}/package.json` && /\/@koromix\/koffi-[^/]+$/.test(dir)) {
      if (dir !== allowed.packageDir) problems.push(`koffi binary for another platform: ${dir}`);
    }
  }
  if (files.has('node_modules/koffi/package.json') && !files.has(allowed.binary)) {
    problems.push(`koffi ships without its binary ${allowed.binary}`);
  }
  return problems;
}

/** `node_modules/a/node_modules/@s/b/x.js` -> `node_modules/a/node_modules/@s/b`. */
export function packageDirOf(file: string): string | null {
  const parts = file.split('/');
  let dir: string | null = null;
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i] !== 'node_modules') continue;
    const first = parts[i + 1];
    if (first === undefined) break;
    const nameLength = first.startsWith('@') ? 2 : 1;
    if (i + nameLength >= parts.length) break;
    dir = parts.slice(0, i + 1 + nameLength).join('/');
    i += nameLength;
  }
  return dir;
}

/** `node_modules/@s/b` -> `@s/b`. */
function packageNameOf(dir: string): string {
  const parts = dir.split('/');
  const last = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2] ?? '';
  return parent.startsWith('@') ? `${parent}/${last}` : last;
}

/** The package a bare specifier names: `electron-log/main` -> `electron-log`. */
export function packageNameOfSpecifier(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) {
    return null;
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return name ? name : null;
}

/**
 * Bare module specifiers in a built ES module or CommonJS file: static and
 * dynamic imports, re-exports and require calls. Relative paths and `node:`
 * builtins are left out by packageNameOfSpecifier, not here.
 */
export function importedSpecifiers(code: string): string[] {
  const patterns = [
    /\bimport\s*["']([^"'\n]+)["']/g,
    /\bfrom\s*["']([^"'\n]+)["']/g,
    /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      if (match[1]) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** Node's lookup: the nearest node_modules/<name> walking up from `fromDir`. */
function resolvePackage(
  name: string,
  fromDir: string,
  packageDirs: ReadonlySet<string>,
): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packageDirs.has(candidate)) return candidate;
    if (dir === '') return null;
    // Step out of `.../node_modules/<pkg>` (or `.../node_modules/@scope/<pkg>`).
    const parts = dir.split('/');
    const cut = parts.lastIndexOf('node_modules');
    dir = cut <= 0 ? '' : parts.slice(0, cut).join('/');
  }
}

function isForbiddenPackage(name: string): boolean {
  return (
    (FORBIDDEN_PACKAGES as readonly string[]).includes(name) ||
    FORBIDDEN_SCOPES.some((scope) => name.startsWith(scope))
  );
}

/**
 * Checks an app.asar listing: the built app is complete, no sources, tests,
 * source maps or configs leaked in, every package the main process needs is
 * there and resolvable, and no development-only package came along.
 */
export function auditAsar(input: AsarAuditInput): AsarAudit {
  const problems: string[] = [];
  const warnings: string[] = [];
  const files = new Set(input.files);

  for (const required of REQUIRED_FILES) {
    if (!files.has(required)) problems.push(`missing ${required}`);
  }

  for (const file of input.files) {
    const inDependency = file.startsWith('node_modules/');
    const top = file.split('/')[0] ?? file;
    if (/\.map$/.test(file)) problems.push(`source map: ${file}`);
    else if (/\.(ts|tsx|mts|cts)$/.test(file)) problems.push(`TypeScript source: ${file}`);
    else if (!inDependency && /\.(test|spec)\.[cm]?[jt]sx?$/.test(file)) {
      problems.push(`test file: ${file}`);
    } else if (!inDependency && SOURCE_DIRS.includes(top)) {
      problems.push(`source folder ${top}/: ${file}`);
    } else if (!ALLOWED_ROOT_ENTRIES.has(top)) {
      problems.push(`unexpected file outside out/: ${file}`);
    }
  }

  // Package roots are the package.json files directly under a node_modules.
  const packageDirs = new Set<string>();
  for (const file of input.files) {
    if (!file.endsWith('/package.json')) continue;
    const dir = file.slice(0, -'/package.json'.length);
    if (packageDirOf(file) === dir) packageDirs.add(dir);
  }

  // Walk the dependency graph the way require() would, from what the built
  // entries import. Declared dependencies are not roots: a package only the
  // renderer uses is bundled by Vite and need not ship (electron-builder.yml
  // leaves React out on purpose).
  const declared = input.appManifest.dependencies ?? {};
  const imported = new Set<string>();
  const reached = new Set<string>();
  const queue: { name: string; from: string; by: string; optional: boolean }[] = [];
  for (const [entry, specifiers] of input.entryImports) {
    for (const specifier of specifiers) {
      const name = packageNameOfSpecifier(specifier);
      // Electron provides 'electron' itself; it is never installed in the app.
      if (name === null || name === 'electron' || isNodeBuiltin(name)) continue;
      imported.add(name);
      queue.push({ name, from: '', by: entry, optional: false });
      // electron-vite leaves only "dependencies" external; anything else
      // imported at run time was meant to be bundled.
      if (!(name in declared)) problems.push(`${entry} imports ${name}, not in "dependencies"`);
    }
  }
  for (const name of Object.keys(declared)) {
    if (!imported.has(name) && !resolvePackage(name, '', packageDirs)) {
      warnings.push(`dependency ${name} is not shipped: no Node entry imports it`);
    }
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    const dir = resolvePackage(next.name, next.from, packageDirs);
    if (dir === null) {
      if (!next.optional) problems.push(`missing package ${next.name} (needed by ${next.by})`);
      continue;
    }
    if (reached.has(dir)) continue;
    reached.add(dir);
    const manifest = input.manifests.get(`${dir}/package.json`) ?? {};
    const needs: [string, boolean][] = [
      ...Object.keys(manifest.dependencies ?? {}).map((n): [string, boolean] => [n, false]),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((n): [string, boolean] => [n, true]),
      // A peer is the host's business; follow it only when it was installed.
      ...Object.keys(manifest.peerDependencies ?? {}).map((n): [string, boolean] => [n, true]),
    ];
    for (const [name, optional] of needs) {
      queue.push({ name, from: dir, by: packageNameOf(dir), optional });
    }
  }

  const devDependencies = new Set(Object.keys(input.appManifest.devDependencies ?? {}));
  for (const dir of [...packageDirs].sort()) {
    const name = packageNameOf(dir);
    if (isForbiddenPackage(name)) {
      problems.push(`development-only package: ${dir}`);
    } else if (!reached.has(dir) && devDependencies.has(name)) {
      problems.push(`devDependency that nothing at run time needs: ${dir}`);
    } else if (!reached.has(dir)) {
      warnings.push(`package that nothing at run time needs: ${dir}`);
    }
  }

  problems.push(...nativeModuleProblems(input));
  return { problems, warnings, packages: [...reached].sort() };
}

function isNodeBuiltin(name: string): boolean {
  return builtinModules.includes(name);
}
