#!/usr/bin/env node
// Draws the add-in's icons into assets/: a blue rounded square with a white envelope and a
// person (the "primary contact"). Pure geometry: each shape is a signed distance field, and
// the distance to the edge in pixels gives an anti-aliased coverage. Output is deterministic.
//
// The unified manifest (manifest.json) also takes a 192x192 colour icon and a 32x32 outline icon:
// the same glyph, white on a transparent background.
//
//   node scripts/make-icons.mjs            writes assets/icon-{16,32,64,80,128}.png, icon-color-192.png, icon-outline-32.png
//   node scripts/make-icons.mjs --check    exits 1 if a committed icon's pixels differ from a fresh drawing
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'assets');
export const SIZES = [16, 32, 64, 80, 128];
/** The unified manifest's icons: file name -> how it is drawn. */
export const UNIFIED_ICONS = {
  'icon-color-192.png': () => drawIcon(192),
  'icon-outline-32.png': () => drawOutlineIcon(32),
};

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

// --- signed distance functions, in unit coordinates (0..1, y down); negative = inside ---
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const len = (x, y) => Math.hypot(x, y);

function roundedBox(px, py, cx, cy, hx, hy, r) {
  const qx = Math.abs(px - cx) - hx + r;
  const qy = Math.abs(py - cy) - hy + r;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(px, py, cx, cy, r) {
  return len(px - cx, py - cy) - r;
}

// Distance to a thick line segment (round caps).
function segment(px, py, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0, 1);
  return len(px - ax - t * dx, py - ay - t * dy) - halfWidth;
}

const union = (a, b) => Math.min(a, b);
const subtract = (a, b) => Math.max(a, -b);
const intersect = (a, b) => Math.max(a, b);

/**
 * The glyph for one icon size. Line widths never drop below about one pixel, so the
 * envelope's flap and the gap around the person stay visible at 16 px.
 */
function glyph(size) {
  const px = 1 / size;
  const flapHalf = Math.max(0.028, 0.6 * px);
  const gap = Math.max(0.035, 1.0 * px);

  const person = (x, y) => {
    const head = circle(x, y, 0.705, 0.395, 0.115);
    // Shoulders: the top of a circle, cut flat at the bottom.
    const body = intersect(circle(x, y, 0.705, 0.86, 0.215), y - 0.8);
    return union(head, body);
  };
  const envelope = (x, y) => {
    const box = roundedBox(x, y, 0.4, 0.565, 0.255, 0.185, 0.045);
    const flap = union(
      segment(x, y, 0.175, 0.425, 0.4, 0.6, flapHalf),
      segment(x, y, 0.4, 0.6, 0.625, 0.425, flapHalf),
    );
    return subtract(box, flap);
  };
  // The drawing below is slightly right of and below centre; this shift centres it optically.
  const shift = 0.03;
  return (x0, y0) => {
    const x = x0 + shift;
    const y = y0 + shift;
    const p = person(x, y);
    // The envelope gives way around the person, leaving a blue outline between them.
    return union(subtract(envelope(x, y), p - gap), p);
  };
}

const background = (x, y) => roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.2);

/** Coverage of a pixel by a shape whose signed distance (in unit coordinates) is d. */
function coverage(d, size) {
  return clamp(0.5 - d * size, 0, 1);
}

/** Renders one icon and returns the PNG bytes. */
export function drawIcon(size) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const fg = glyph(size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      const a = coverage(background(x, y), size);
      const w = coverage(fg(x, y), size);
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) png.data[o + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * w);
      png.data[o + 3] = Math.round(255 * a);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** The glyph alone, white, on a transparent background (the unified manifest's outline icon). */
export function drawOutlineIcon(size) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const fg = glyph(size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const o = (j * size + i) * 4;
      const w = coverage(fg((i + 0.5) / size, (j + 0.5) / size), size);
      png.data[o] = png.data[o + 1] = png.data[o + 2] = 255;
      png.data[o + 3] = Math.round(255 * w);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function samePixels(a, b) {
  try {
    const pa = PNG.sync.read(a);
    const pb = PNG.sync.read(b);
    return pa.width === pb.width && pa.height === pb.height && pa.data.equals(pb.data);
  } catch {
    return false;
  }
}

export function iconPath(size) {
  return path.join(outDir, `icon-${size}.png`);
}

function main() {
  const check = process.argv.includes('--check');
  mkdirSync(outDir, { recursive: true });
  let stale = 0;
  const drawings = [
    ...SIZES.map((size) => [iconPath(size), () => drawIcon(size), `${size}x${size}`]),
    ...Object.entries(UNIFIED_ICONS).map(([name, draw]) => [path.join(outDir, name), draw, name]),
  ];
  for (const [file, draw, what] of drawings) {
    const bytes = draw();
    const rel = path.relative(root, file);
    if (check) {
      // Compare pixels, not bytes: zlib versions may compress the same image differently.
      const same = existsSync(file) && samePixels(readFileSync(file), bytes);
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${rel}`);
    } else {
      writeFileSync(file, bytes);
      console.log(`wrote ${rel} (${what}, ${bytes.length} bytes)`);
    }
  }
  if (check && stale) {
    console.error(`${stale} icon(s) differ from scripts/make-icons.mjs; run: node scripts/make-icons.mjs`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
