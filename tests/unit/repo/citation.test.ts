/** CITATION.cff (Citation File Format 1.2) and the app's citations name the same dataset, version and date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import meta from '../../../data/meta.json';
import { buildApa, buildBibtex } from '../../../src/domain/citation';

const cff = readFileSync('CITATION.cff', 'utf8');
// A YAML scalar, plain or quoted with ' or ".
const field = (name: string) => new RegExp(`^${name}:\\s*(["']?)(.+?)\\1\\s*$`, 'm').exec(cff)?.[2];

describe('CITATION.cff', () => {
  it('is Citation File Format 1.2 for a dataset', () => {
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('type')).toBe('dataset');
    expect(field('message')).toBeTruthy();
    expect(field('license')).toBe(meta.license.replace(/ /g, '-'));
  });

  it('agrees with the dataset metadata and with the citations the app gives', () => {
    expect(field('title')).toBe(meta.title);
    expect(field('version')).toBe(meta.version);
    expect(field('date-released')).toBe(meta.last_updated);
    expect(cff).toMatch(new RegExp(`- name: ["']${meta.publisher}["']`));
    const input = { meta, accessed: '2026-12-04', url: 'https://example.org/atlas/' };
    expect(buildApa(input)).toContain(`(Version ${field('version')})`);
    expect(buildApa(input)).toContain(field('title')!);
    expect(buildBibtex(input)).toContain(`version = {${field('version')}}`);
  });
});

describe('data/CHANGELOG.md', () => {
  it('has a section for the current dataset version, with its record-by-record changes', () => {
    const log = readFileSync('data/CHANGELOG.md', 'utf8');
    const at = log.indexOf(`## ${meta.version} — ${meta.last_updated}`);
    expect(at).toBeGreaterThan(0);
    const section = log.slice(at, log.indexOf('\n## ', at + 1));
    expect(section).toMatch(/### Meetings changed/);
  });
});
