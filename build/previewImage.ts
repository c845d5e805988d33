/**
 * The link preview (Open Graph / Twitter card) image: the world map coloured by each partner's current tier, drawn
 * at build time in plain Node (no browser, no network): shapes projected with d3-geo, filled by a scanline
 * rasteriser with 3×3 supersampling, written as a PNG with node:zlib. build/linkPreview.ts emits it as og-image.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRawDataset } from '../src/cli/dataStore.ts';
import { deflateSync } from 'node:zlib';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { classifyFeature, featureKey } from '../src/domain/countries';
import { collectRings } from '../src/domain/mapGeometry.ts';
import type { Ring } from '../src/domain/mapLayout.ts';
import { BASE_COLORS, tierColor } from '../src/domain/tiers';
import { TIER_IDS } from '../src/domain/ids';
import type { Partner, TierId } from '../src/domain/schema';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const SS = 3; // supersampling per axis
const SEA = '#eef3f7';
const PAPER = '#f7f5f0';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Current tier of each partner: the tier after its latest meeting (the status rule of src/domain/status.ts). */
function currentTiers(meetings: readonly { partner_id: string; date: string; tier_after: TierId | null }[]) {
  const latest = new Map<string, { date: string; tier: TierId | null }>();
  for (const m of meetings) {
    const seen = latest.get(m.partner_id);
    if (!seen || m.date >= seen.date) latest.set(m.partner_id, { date: m.date, tier: m.tier_after });
  }
  return latest;
}

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const CRC = crcTable();
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB image as PNG bytes (8-bit, no filter). */
export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Fills polygons (rings of [x, y] at supersampled scale) with the even-odd rule into a coverage-counting canvas. */
function fillRings(rings: readonly Ring[], color: Rgb, canvas: Uint8Array, w: number, h: number) {
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const r of rings) for (const [, y] of r) [y0, y1] = [Math.min(y0, y), Math.max(y1, y)];
  const xs: number[] = [];
  for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(h - 1, Math.ceil(y1)); y++) {
    const sy = y + 0.5;
    xs.length = 0;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xa, ya] = ring[j]!;
        const [xb, yb] = ring[i]!;
        if (ya > sy !== yb > sy) xs.push(xa + ((sy - ya) * (xb - xa)) / (yb - ya));
      }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k]! - 0.5));
      const to = Math.min(w - 1, Math.floor(xs[k + 1]! - 0.5));
      for (let x = from; x <= to; x++) canvas.set(color, (y * w + x) * 3);
    }
  }
}

function fillRect(x: number, y: number, rw: number, rh: number, color: Rgb, canvas: Uint8Array, w: number) {
  for (let yy = y; yy < y + rh; yy++)
    for (let xx = x; xx < x + rw; xx++) canvas.set(color, (yy * w + xx) * 3);
}

/** Renders the preview from the repository's data and the bundled world shapes. */
export function renderPreviewPng(root: string, datasetRoot: string = root): Buffer {
  const topology = JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const raw = readRawDataset(datasetRoot);
  const partners = raw.partners as Partner[];
  const meetings = raw.meetings as { partner_id: string; date: string; tier_after: TierId | null }[];
  const tiers = currentTiers(meetings);
  const byIso = new Map(partners.flatMap((p) => (p.iso_numeric ? [[p.iso_numeric, p] as const] : [])));

  const W = PREVIEW_WIDTH * SS;
  const H = PREVIEW_HEIGHT * SS;
  const canvas = new Uint8Array(W * H * 3);
  fillRect(0, 0, W, H, rgb(PAPER), canvas, W);
  const margin = 24 * SS;
  const strip = 36 * SS; // the tier strip at the bottom
  fillRect(margin, margin, W - 2 * margin, H - 2 * margin - strip, rgb(SEA), canvas, W);

  const world = feature(topology, topology.objects.countries);
  const land = { ...world, features: world.features.filter((f) => String(f.id) !== '010') };
  const projection = geoEqualEarth().fitExtent(
    [
      [margin + 12 * SS, margin + 12 * SS],
      [W - margin - 12 * SS, H - margin - strip - 12 * SS],
    ],
    land,
  );
  const path = geoPath(projection);
  for (const f of land.features) {
    const cls = classifyFeature(
      { id: featureKey({ id: f.id ?? undefined, properties: f.properties }) },
      byIso,
    );
    let color: string = BASE_COLORS.other;
    if (cls.kind === 'hub') color = BASE_COLORS.hub;
    else if (cls.kind === 'disputed') color = BASE_COLORS.disputed;
    else if (cls.kind === 'partner') {
      const tier = tiers.get(cls.partner.id)?.tier;
      color = tier
        ? tierColor(tier)
        : cls.partner.relations?.status === 'none'
          ? BASE_COLORS.none
          : BASE_COLORS.diplomatic;
    }
    const rings = collectRings(path, f);
    fillRings(rings, rgb(color), canvas, W, H);
  }
  // The ladder as a strip of the seven tier colours, lowest rung on the left.
  const stripY = H - margin - strip + 10 * SS;
  const cell = Math.floor((W - 2 * margin) / TIER_IDS.length);
  TIER_IDS.forEach((t, i) =>
    fillRect(margin + i * cell, stripY, cell - 4 * SS, strip - 10 * SS, rgb(tierColor(t)), canvas, W),
  );

  // Downsample: the mean of each 3×3 block.
  const out = new Uint8Array(PREVIEW_WIDTH * PREVIEW_HEIGHT * 3);
  for (let y = 0; y < PREVIEW_HEIGHT; y++)
    for (let x = 0; x < PREVIEW_WIDTH; x++)
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < SS; dy++)
          for (let dx = 0; dx < SS; dx++) sum += canvas[((y * SS + dy) * W + x * SS + dx) * 3 + c]!;
        out[(y * PREVIEW_WIDTH + x) * 3 + c] = Math.round(sum / (SS * SS));
      }
  return encodePng(PREVIEW_WIDTH, PREVIEW_HEIGHT, out);
}
