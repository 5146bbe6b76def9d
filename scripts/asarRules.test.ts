import { describe, expect, it } from 'vitest';
import {
  allowedNativeModule,
  auditAsar,
  importedSpecifiers,
  packageDirOf,
  packageNameOfSpecifier,
  type AsarAuditInput,
  type PackageManifest,
} from './asarRules';

const appFiles = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  ...['prompt', 'routine', 'settings', 'history', 'safety', 'welcome', 'cue'].map(
    (page) => `out/renderer/${page}.html`,
  ),
  'out/renderer/assets/prompt-abc123.js',
  'out/renderer/assets/base-abc123.css',
];

/** A small but realistic app: store -> conf -> ajv, with one nested copy. */
function input(overrides: Partial<AsarAuditInput> = {}): AsarAuditInput {
  const manifests = new Map<string, PackageManifest>([
    ['node_modules/electron-store/package.json', { dependencies: { conf: '^15' } }],
    ['node_modules/conf/package.json', { dependencies: { ajv: '^8', semver: '^7' } }],
    ['node_modules/ajv/package.json', { dependencies: {} }],
    ['node_modules/semver/package.json', {}],
    ['node_modules/zod/package.json', {}],
  ]);
  return {
    files: [
      ...appFiles,
      ...[...manifests.keys()],
      'node_modules/electron-store/index.js',
      'node_modules/zod/index.js',
      'node_modules/zod/v4/package.json',
    ],
    appManifest: {
      dependencies: { 'electron-store': '^11', zod: '^4' },
      devDependencies: { conf: '^15', vitest: '^4' },
    },
    manifests,
    entryImports: new Map([
      ['out/main/index.js', ['electron', 'electron-store', 'zod', 'node:fs', 'path', './chunk.js']],
      ['out/preload/index.cjs', ['electron']],
    ]),
    unpacked: [],
    target: { platform: 'linux', arch: 'x64' },
    ...overrides,
  };
}

describe('auditAsar', () => {
  it('passes a clean app and lists the packages require() would reach', () => {
    const audit = auditAsar(input());
    expect(audit.problems).toEqual([]);
    expect(audit.warnings).toEqual([]);
    expect(audit.packages).toEqual([
      'node_modules/ajv',
      'node_modules/conf',
      'node_modules/electron-store',
      'node_modules/semver',
      'node_modules/zod',
    ]);
  });

  it('fails when the built entry points are missing', () => {
    const files = input().files.filter(
      (f) => f !== 'out/preload/index.cjs' && f !== 'package.json',
    );
    expect(auditAsar(input({ files })).problems).toEqual([
      'missing package.json',
      'missing out/preload/index.cjs',
    ]);
  });

  it('fails when a window has no page: that window would open blank', () => {
    const files = input().files.filter((f) => f !== 'out/renderer/routine.html');
    expect(auditAsar(input({ files })).problems).toEqual(['missing out/renderer/routine.html']);
  });

  it('fails on sources, tests, source maps and stray configs', () => {
    const files = [
      ...input().files,
      'main/index.ts',
      'renderer/App.tsx',
      'shared/ipc.js',
      'out/main/index.js.map',
      'out/main/planner.test.js',
      'node_modules/zod/index.d.ts',
      'node_modules/ajv/dist/ajv.js.map',
      'tsconfig.json',
      'electron-builder.yml',
    ];
    expect(auditAsar(input({ files })).problems).toEqual([
      'TypeScript source: main/index.ts',
      'TypeScript source: renderer/App.tsx',
      'source folder shared/: shared/ipc.js',
      'source map: out/main/index.js.map',
      'test file: out/main/planner.test.js',
      'TypeScript source: node_modules/zod/index.d.ts',
      'source map: node_modules/ajv/dist/ajv.js.map',
      'unexpected file outside out/: tsconfig.json',
      'unexpected file outside out/: electron-builder.yml',
    ]);
  });

  it('fails on development-only packages at any depth', () => {
    const files = [
      ...input().files,
      'node_modules/electron/package.json',
      'node_modules/vitest/package.json',
      'node_modules/conf/node_modules/typescript/package.json',
      'node_modules/@types/node/package.json',
    ];
    expect(auditAsar(input({ files })).problems).toEqual([
      'development-only package: node_modules/@types/node',
      'development-only package: node_modules/conf/node_modules/typescript',
      'development-only package: node_modules/electron',
      'development-only package: node_modules/vitest',
    ]);
  });

  it('fails on a devDependency nothing needs, but not on one a dependency needs', () => {
    // conf is a devDependency of the app and a dependency of electron-store.
    const files = [...input().files, 'node_modules/left-pad/package.json'];
    const appManifest = {
      ...input().appManifest,
      devDependencies: { conf: '^15', 'left-pad': '^1' },
    };
    const audit = auditAsar(input({ files, appManifest }));
    expect(audit.problems).toEqual([
      'devDependency that nothing at run time needs: node_modules/left-pad',
    ]);
  });

  it('only warns about an extraneous package that is not a devDependency', () => {
    const files = [...input().files, 'node_modules/is-odd/package.json'];
    const audit = auditAsar(input({ files }));
    expect(audit.problems).toEqual([]);
    expect(audit.warnings).toEqual(['package that nothing at run time needs: node_modules/is-odd']);
  });

  it('fails when a package needed at run time is missing, following nested copies', () => {
    const manifests = new Map(input().manifests);
    manifests.set('node_modules/conf/package.json', {
      dependencies: { ajv: '^8', semver: '^7', 'dot-prop': '^9' },
      optionalDependencies: { fsevents: '^2' },
    });
    const audit = auditAsar(input({ manifests }));
    // The optional fsevents is allowed to be absent; dot-prop is not.
    expect(audit.problems).toEqual(['missing package dot-prop (needed by conf)']);
  });

  it('resolves the nearest copy the way require() does', () => {
    const manifests = new Map(input().manifests);
    manifests.set('node_modules/conf/node_modules/ajv/package.json', {
      dependencies: { 'fast-uri': '^3' },
    });
    manifests.set('node_modules/conf/node_modules/fast-uri/package.json', {});
    const files = [...input().files, ...manifests.keys()];
    const audit = auditAsar(input({ files, manifests }));
    expect(audit.problems).toEqual([]);
    expect(audit.packages).toContain('node_modules/conf/node_modules/ajv');
    expect(audit.packages).toContain('node_modules/conf/node_modules/fast-uri');
    // The top-level ajv is no longer reached by anyone.
    expect(audit.warnings).toEqual(['package that nothing at run time needs: node_modules/ajv']);
  });

  it('fails when an entry imports a package that is neither declared nor shipped', () => {
    const entryImports = new Map([['out/main/index.js', ['electron-store', 'zod', 'chokidar']]]);
    expect(auditAsar(input({ entryImports })).problems).toEqual([
      'out/main/index.js imports chokidar, not in "dependencies"',
      'missing package chokidar (needed by out/main/index.js)',
    ]);
  });

  it('warns about a declared dependency that nothing imports and that was left out', () => {
    const appManifest = {
      ...input().appManifest,
      dependencies: { 'electron-store': '^11', zod: '^4', react: '^19' },
    };
    const audit = auditAsar(input({ appManifest }));
    expect(audit.problems).toEqual([]);
    expect(audit.warnings).toEqual(['dependency react is not shipped: no Node entry imports it']);
  });
});

/** The app above plus koffi, imported by the main entry, with its Linux x64 package as electron-builder packs it. */
function withKoffi(overrides: Partial<AsarAuditInput> = {}): AsarAuditInput {
  const base = input();
  const linuxPackage = [
    'node_modules/@koromix/koffi-linux-x64/package.json',
    'node_modules/@koromix/koffi-linux-x64/index.js',
    'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node',
  ];
  const manifests = new Map(base.manifests);
  manifests.set('node_modules/koffi/package.json', {
    optionalDependencies: {
      '@koromix/koffi-linux-x64': '3.3.4',
      '@koromix/koffi-win32-x64': '3.3.4',
      '@koromix/koffi-darwin-arm64': '3.3.4',
    },
  });
  manifests.set('node_modules/@koromix/koffi-linux-x64/package.json', {});
  return input({
    files: [
      ...base.files,
      'node_modules/koffi/package.json',
      'node_modules/koffi/index.js',
      'node_modules/koffi/src/koffi/index.js',
      ...linuxPackage,
    ],
    manifests,
    appManifest: {
      ...base.appManifest,
      dependencies: { ...base.appManifest.dependencies, koffi: '^3.3.4' },
    },
    entryImports: new Map([['out/main/index.js', ['electron-store', 'zod', 'koffi']]]),
    unpacked: linuxPackage,
    ...overrides,
  });
}

describe('native code in the package', () => {
  it('allows koffi with its binary for the target, unpacked beside the asar', () => {
    const audit = auditAsar(withKoffi());
    expect(audit.problems).toEqual([]);
    expect(audit.warnings).toEqual([]);
    expect(audit.packages).toContain('node_modules/@koromix/koffi-linux-x64');
  });

  it('names the one allowed binary for each OS and CPU', () => {
    expect(allowedNativeModule({ platform: 'win32', arch: 'x64' }).binary).toBe(
      'node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node',
    );
    expect(allowedNativeModule({ platform: 'linux', arch: 'arm64' }).binary).toBe(
      'node_modules/@koromix/koffi-linux-arm64/linux_arm64/koffi.node',
    );
  });

  it('fails on any other native file, packed or unpacked, and on any other unpacked file', () => {
    const files = [
      ...withKoffi().files,
      'node_modules/@koromix/koffi-linux-x64/musl_x64/koffi.node',
      'node_modules/zod/build/Release/zod.node',
      'node_modules/zod/lib/libhelper.so.1',
      'node_modules/zod/bin/helper.exe',
    ];
    const unpacked = [
      ...withKoffi().unpacked,
      'node_modules/zod/build/Release/zod.node',
      'out/main/index.js',
    ];
    expect(auditAsar(withKoffi({ files, unpacked })).problems).toEqual([
      'native code: node_modules/@koromix/koffi-linux-x64/musl_x64/koffi.node (only node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node may ship for linux-x64)',
      'native code: node_modules/zod/build/Release/zod.node (only node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node may ship for linux-x64)',
      'native code: node_modules/zod/lib/libhelper.so.1 (only node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node may ship for linux-x64)',
      'native code: node_modules/zod/bin/helper.exe (only node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node may ship for linux-x64)',
      'unpacked beside the asar: node_modules/zod/build/Release/zod.node',
      'unpacked beside the asar: out/main/index.js',
    ]);
  });

  it('fails on koffi binaries for another OS or CPU', () => {
    const files = [
      ...withKoffi().files,
      'node_modules/@koromix/koffi-win32-x64/package.json',
      'node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node',
      'node_modules/@koromix/koffi-darwin-arm64/package.json',
    ];
    expect(auditAsar(withKoffi({ files })).problems).toEqual([
      'native code: node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node (only node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node may ship for linux-x64)',
      'koffi binary for another platform: node_modules/@koromix/koffi-win32-x64',
      'koffi binary for another platform: node_modules/@koromix/koffi-darwin-arm64',
    ]);
  });

  it('fails when koffi’s binary is packed inside the archive, or missing', () => {
    expect(auditAsar(withKoffi({ unpacked: [] })).problems).toEqual([
      'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node is inside app.asar: Electron loads it only from app.asar.unpacked',
    ]);
    // A Windows pack made where only the Linux package was installed.
    expect(auditAsar(withKoffi({ target: { platform: 'win32', arch: 'x64' } })).problems).toEqual([
      'native code: node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node (only node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node may ship for win32-x64)',
      'unpacked beside the asar: node_modules/@koromix/koffi-linux-x64/package.json',
      'unpacked beside the asar: node_modules/@koromix/koffi-linux-x64/index.js',
      'unpacked beside the asar: node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node',
      'koffi binary for another platform: node_modules/@koromix/koffi-linux-x64',
      'koffi ships without its binary node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node',
    ]);
  });
});

describe('importedSpecifiers', () => {
  it('finds static, side-effect and dynamic imports, re-exports and require calls', () => {
    const code = [
      'import { app } from "electron";',
      "import log from 'electron-log/main';",
      'import"./side-effect.js";',
      'export { z } from "zod";',
      'const cron = await import("node-cron");',
      'const fs = require("node:fs");',
      'const text = ["a", "b"].join("\\n"); const y = x.from("\\n");',
    ].join('\n');
    expect(importedSpecifiers(code)).toEqual([
      './side-effect.js',
      'electron',
      'electron-log/main',
      'node-cron',
      'node:fs',
      'zod',
    ]);
  });
});

describe('package names', () => {
  it('maps specifiers to package names, ignoring relative paths and node: builtins', () => {
    expect(packageNameOfSpecifier('electron-log/main')).toBe('electron-log');
    expect(packageNameOfSpecifier('@electron/asar/lib/x.js')).toBe('@electron/asar');
    expect(packageNameOfSpecifier('./chunk.js')).toBeNull();
    expect(packageNameOfSpecifier('node:path')).toBeNull();
  });

  it('finds the innermost package folder of a file', () => {
    expect(packageDirOf('node_modules/zod/v4/index.js')).toBe('node_modules/zod');
    expect(packageDirOf('node_modules/a/node_modules/@s/b/x.js')).toBe(
      'node_modules/a/node_modules/@s/b',
    );
    expect(packageDirOf('out/main/index.js')).toBeNull();
  });
});
