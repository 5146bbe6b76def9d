import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Arch, MacPackager, type AfterPackContext, type Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

// @electron/fuses' marker in Electron's framework binary, then the wire: a
// version byte, a length byte and one byte per fuse ('0' off, '1' on).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults: runAsNode on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const SHIPPED_WIRE = '10110001';

/**
 * electron-builder's own fuse step (MacPackager.doAddElectronFuses: read
 * `electronFuses` from the config, build @electron/fuses' config, flip the
 * binary), run on its own. The rest of a mac build (downloading Electron,
 * signing, dmg) cannot run on Linux; this step is the one that decides
 * whether the ad-hoc signature is reset.
 */
class FuseStep extends MacPackager {
  static async run(config: Configuration, appOutDir: string): Promise<void> {
    // No constructor: a full packager wants a whole build. The step reads only these two.
    const step: FuseStep = Object.create(FuseStep.prototype);
    Object.defineProperty(step, 'info', { value: { config } });
    Object.defineProperty(step, 'appInfo', { value: { productFilename: 'Decompress' } });
    const context: AfterPackContext = {
      appOutDir,
      outDir: appOutDir,
      packager: step,
      electronPlatformName: 'darwin',
      arch: Arch.arm64,
      targets: [],
    };
    await step.doAddElectronFuses(context);
  }
}

describe('electron-builder fuses on an unsigned Apple-silicon build', () => {
  let temp: string;
  let savedPath: string | undefined;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'decompress-fuses-'));
    savedPath = process.env.PATH;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(temp, { recursive: true, force: true });
  });

  it('re-signs the app ad hoc after flipping the fuses, so macOS still launches it', async () => {
    // The config as electron-builder itself loads it (YAML, defaults, validation of the loader).
    const config = await getConfig(root, null, null);

    const app = join(temp, 'Decompress.app');
    const framework = join(app, 'Contents/Frameworks/Electron Framework.framework');
    mkdirSync(framework, { recursive: true });
    const binary = join(framework, 'Electron Framework');
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.from('\0code\0'),
        Buffer.from(SENTINEL),
        Buffer.from([1, 8]),
        Buffer.from(SHIPPED_WIRE),
        Buffer.from('\0more code\0'),
      ]),
    );

    // Linux has no codesign; a stand-in records how @electron/fuses calls it.
    const bin = join(temp, 'bin');
    mkdirSync(bin);
    const calls = join(temp, 'codesign-calls');
    writeFileSync(join(bin, 'codesign'), `#!/bin/sh\necho "$@" >> '${calls}'\n`);
    chmodSync(join(bin, 'codesign'), 0o755);
    process.env.PATH = `${bin}${delimiter}${savedPath ?? ''}`;

    await FuseStep.run(config, temp);

    const flipped = readFileSync(binary);
    const wireAt = flipped.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(flipped.subarray(wireAt, wireAt + 8).toString()).toBe('01001101');
    // Without an identity electron-builder signs nothing after this step (no
    // ad-hoc fallback), and arm64 macOS refuses a binary whose signature the
    // flip invalidated. The reset re-signs it ad hoc, keeping the flags.
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      `--sign - --force --preserve-metadata=entitlements,requirements,flags,runtime --deep ${app}`,
    ]);
  });
});
