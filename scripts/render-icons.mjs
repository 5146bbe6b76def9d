#!/usr/bin/env node
// Renders every PNG the app and its packages need from the two SVG sources in
// resources/icons. The PNGs are committed, so building never depends on this
// script; run `npm run icons` after editing an SVG, and `npm run icons -- --check`
// to verify the committed PNGs still match their sources.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'resources', 'icons');

/** App icon sizes: the freedesktop hicolor set plus 1024 for macOS Retina. */
const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Tray states, as named by main/shell/trayIconPaths.ts. */
const TRAY_STATES = ['normal', 'paused', 'due'];

/**
 * Colours per menu-bar flavour. "onLight" is drawn dark for light menu bars,
 * "onDark" light for dark ones; the macOS template must be pure black with
 * alpha, because macOS recolours it from the alpha channel alone.
 */
const TRAY_FLAVOURS = {
  onLight: { file: 'tray-on-light', glyph: '#1F1F1F', accent: '#D9480F' },
  onDark: { file: 'tray-on-dark', glyph: '#F1F3F5', accent: '#FF922B' },
  template: { file: 'trayTemplate', glyph: '#000000', accent: '#000000' },
};

// Badges sit in a corner of the 16-unit grid. A knockout around each keeps
// the badge readable when every pixel has the same colour (template images).
const DUE_DOT = { cx: 13.5, cy: 2.5, r: 2.5, knockout: 3.5 };
const PAUSE_BARS = [
  { x: 10, y: 10, width: 2, height: 6 },
  { x: 13, y: 10, width: 2, height: 6 },
];
const PAUSE_KNOCKOUT = { x: 9, y: 9, width: 7, height: 7 };
/** A paused timer is shown dimmed, with the pause badge at full strength. */
const PAUSED_GLYPH_OPACITY = 0.45;

/** The markup between the root <svg> tags, so variants can wrap the glyph. */
function innerSvg(svg) {
  const match = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg);
  if (!match) throw new Error('tray.svg has no <svg> root element');
  return match[1];
}

function traySvg(glyph, state, flavour) {
  const { glyph: color, accent } = TRAY_FLAVOURS[flavour];
  let knockout = '';
  let badge = '';
  let opacity = 1;
  if (state === 'due') {
    knockout = `<circle cx="${DUE_DOT.cx}" cy="${DUE_DOT.cy}" r="${DUE_DOT.knockout}" fill="#000"/>`;
    badge = `<circle cx="${DUE_DOT.cx}" cy="${DUE_DOT.cy}" r="${DUE_DOT.r}" fill="${accent}"/>`;
  } else if (state === 'paused') {
    const k = PAUSE_KNOCKOUT;
    knockout = `<rect x="${k.x}" y="${k.y}" width="${k.width}" height="${k.height}" fill="#000"/>`;
    badge = PAUSE_BARS.map(
      (b) =>
        `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="0.5" fill="${color}"/>`,
    ).join('');
    opacity = PAUSED_GLYPH_OPACITY;
  }
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">',
    '<defs><mask id="cut" maskUnits="userSpaceOnUse" x="0" y="0" width="16" height="16">',
    `<rect width="16" height="16" fill="#fff"/>${knockout}</mask></defs>`,
    `<g mask="url(#cut)" opacity="${opacity}" color="${color}">${glyph}</g>`,
    badge,
    '</svg>',
  ].join('');
}

function render(svg, size) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`expected ${size}x${size}, rendered ${image.width}x${image.height}`);
  }
  return image;
}

/** macOS treats a template image's colour as noise; insist on black + alpha. */
function assertBlackAndAlpha(image, name) {
  const { pixels } = image;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] !== 0 || pixels[i + 1] !== 0 || pixels[i + 2] !== 0) {
      throw new Error(`${name}: template image has a non-black pixel at ${i / 4}`);
    }
  }
}

async function outputs() {
  const appSvg = await readFile(join(iconsDir, 'app.svg'), 'utf8');
  const glyph = innerSvg(await readFile(join(iconsDir, 'tray.svg'), 'utf8'));
  const files = new Map();
  for (const size of APP_SIZES) {
    // electron-builder reads a Linux icon set from files named NxN.png.
    files.set(join(iconsDir, 'app', `${size}x${size}.png`), render(appSvg, size).asPng());
  }
  files.set(join(root, 'resources', 'icon.png'), files.get(join(iconsDir, 'app', '1024x1024.png')));
  for (const state of TRAY_STATES) {
    for (const flavour of Object.keys(TRAY_FLAVOURS)) {
      const svg = traySvg(glyph, state, flavour);
      const base = join(iconsDir, 'tray', state, TRAY_FLAVOURS[flavour].file);
      // Electron's nativeImage picks name@2x.png on HiDPI screens by itself.
      for (const [suffix, size] of [
        ['', 16],
        ['@2x', 32],
      ]) {
        const image = render(svg, size);
        if (flavour === 'template') assertBlackAndAlpha(image, `${base}${suffix}.png`);
        files.set(`${base}${suffix}.png`, image.asPng());
      }
    }
  }
  return files;
}

async function readOrNull(file) {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  let written = 0;
  for (const [file, png] of await outputs()) {
    const current = await readOrNull(file);
    if (current && current.equals(png)) continue;
    if (check) {
      stale.push(relative(root, file));
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    written += 1;
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `icons: ${stale.length} PNG(s) differ from their SVG source; run npm run icons:`,
      );
      for (const file of stale) console.error(`  ${file}`);
      process.exit(1);
    }
    console.log('icons: every PNG matches its SVG source');
    return;
  }
  console.log(`icons: ${written} PNG(s) written, the rest were already up to date`);
}

await main();
