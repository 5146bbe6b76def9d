import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** The preload bundled as electron-vite bundles it (one CommonJS file, electron external), with its input list. */
async function bundlePreload(): Promise<{ inputs: string[]; bytes: number; imports: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, 'main', 'preload.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    external: ['electron'],
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    inputs: Object.keys(result.metafile.inputs),
    bytes: result.outputFiles[0]?.contents.length ?? 0,
    imports: (output?.imports ?? []).map((i) => i.path),
  };
}

describe('the preload bundle', () => {
  it('carries no validator and no contract: only the bridge and the plain channel names', async () => {
    const { inputs, imports } = await bundlePreload();
    // zod in the preload cost every window ~100 KB of script to compile
    // before its page ran (issue 17); main validates every argument.
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(inputs.some((path) => path.endsWith('shared/ipc/contract.ts'))).toBe(false);
    expect(inputs.some((path) => path.endsWith('shared/ipc/channelNames.ts'))).toBe(true);
    expect(imports).toEqual(['electron']);
  });

  it('stays under the 3 KB the issue sets', async () => {
    const { bytes } = await bundlePreload();
    expect(bytes).toBeLessThan(3 * 1024);
  });
});
