import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreviewPng } from '../../../build/previewImage';
import { BASE_COLORS } from '../../../src/domain/tiers';

describe('the link preview image', () => {
  it('is a 1200×630 PNG of the map, drawn from the data without a browser', () => {
    const png = renderPreviewPng(resolve(import.meta.dirname, '../../..'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(PREVIEW_WIDTH);
    expect(png.readUInt32BE(20)).toBe(PREVIEW_HEIGHT);
    // Read the pixels back: the hub's red is there (China), and many colours besides.
    const idatStart = png.indexOf('IDAT') + 4;
    const idatLen = png.readUInt32BE(idatStart - 8);
    const raw = inflateSync(png.subarray(idatStart, idatStart + idatLen));
    const colours = new Set<string>();
    for (let i = 0; i < raw.length; i += 997) colours.add(raw.subarray(i, i + 3).toString('hex'));
    expect(colours.size).toBeGreaterThan(10);
    const hub = BASE_COLORS.hub.slice(1);
    expect(raw.includes(Buffer.from(hub, 'hex'))).toBe(true);
  }, 30_000);
});
