import { describe, expect, it } from 'vitest';
import {
  buildApa,
  buildBibtex,
  buildBibtexKey,
  buildIframeSnippet,
  HEIGHT_MESSAGE,
} from '../../../src/domain/citation';

const meta = {
  title: "Partnership Atlas: China's bilateral partnership tiers",
  version: '1.2.0',
  last_updated: '2026-11-23',
  publisher: 'Partnership Atlas contributors',
};
const url = 'https://example.org/atlas/?year=2020&tiers=strategic';

describe('buildApa', () => {
  it('names author, year, title, version, [Data set], retrieval date and URL', () => {
    expect(buildApa({ meta, accessed: '2026-12-01', url })).toBe(
      "Partnership Atlas contributors. (2026). Partnership Atlas: China's bilateral partnership tiers (Version 1.2.0) [Data set]. Retrieved December 1, 2026, from https://example.org/atlas/?year=2020&tiers=strategic",
    );
  });
});

describe('buildBibtex', () => {
  it('writes a @misc entry with version, urldate and a note naming both', () => {
    const bib = buildBibtex({ meta, accessed: '2026-12-01', url });
    expect(bib.startsWith('@misc{partnershipatlas2026v1_2_0,\n')).toBe(true);
    expect(bib).toContain('  author = {{Partnership Atlas contributors}},');
    expect(bib).toContain("  title = {{Partnership Atlas: China's bilateral partnership tiers}},");
    expect(bib).toContain('  version = {1.2.0},');
    expect(bib).toContain('  urldate = {2026-12-01},');
    expect(bib).toContain(`  url = {${url}},`);
    expect(bib).toContain('  note = {Dataset version 1.2.0, accessed 2026-12-01}');
    expect(bib.endsWith('\n}')).toBe(true);
    // Balanced braces: BibTeX is unforgiving.
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
  });
  it('escapes LaTeX specials in text fields but not in the URL', () => {
    const bib = buildBibtex({
      meta: { ...meta, title: 'R&D 100% #1_a', publisher: 'A & B' },
      accessed: '2026-12-01',
      url: 'https://x.org/?a=1&b=2%20',
    });
    expect(bib).toContain('title = {{R\\&D 100\\% \\#1\\_a}}');
    expect(bib).toContain('author = {{A \\& B}}');
    expect(bib).toContain('url = {https://x.org/?a=1&b=2%20}');
  });
  it('keys are letters, digits and underscores', () => {
    expect(buildBibtexKey(meta)).toMatch(/^[a-z0-9_]+$/);
  });
});

describe('buildIframeSnippet', () => {
  const src = 'https://example.org/atlas/?embed=map&year=2020';
  it('is a plain iframe with an escaped src, a title, full width and lazy loading', () => {
    const html = buildIframeSnippet({ src, title: 'Partnership Atlas: "map" <2020>', autoHeight: false });
    expect(html).toBe(
      '<iframe src="https://example.org/atlas/?embed=map&amp;year=2020" title="Partnership Atlas: &quot;map&quot; &lt;2020&gt;" width="100%" height="560" loading="lazy" style="border:0;width:100%;max-width:100%" data-partnership-atlas></iframe>',
    );
  });
  it('adds a resize listener that trusts only the atlas origin and only its own frame', () => {
    const html = buildIframeSnippet({ src, title: 'Map', height: 480 });
    const [iframe, script] = html.split('\n');
    expect(iframe).toContain('height="480"');
    expect(script).toMatch(/^<script>.*<\/script>$/);
    expect(script).toContain('e.origin!=="https://example.org"');
    expect(script).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(script).toContain('f.contentWindow===e.source');
  });
  it('the listener resizes the matching frame', () => {
    const code = /<script>(.*)<\/script>/.exec(buildIframeSnippet({ src, title: 'Map' }))![1]!;
    const frame = { contentWindow: {}, style: { height: '' } };
    const other = { contentWindow: {}, style: { height: '' } };
    let handler: ((e: unknown) => void) | null = null;
    const window = { addEventListener: (_: string, h: (e: unknown) => void) => (handler = h) };
    const document = { querySelectorAll: () => [frame, other] };
    new Function('window', 'document', code)(window, document);
    handler!({
      origin: 'https://evil.example',
      source: frame.contentWindow,
      data: { type: HEIGHT_MESSAGE, height: 999 },
    });
    expect(frame.style.height).toBe('');
    handler!({
      origin: 'https://example.org',
      source: frame.contentWindow,
      data: { type: HEIGHT_MESSAGE, height: 612.4 },
    });
    expect(frame.style.height).toBe('613px');
    expect(other.style.height).toBe('');
  });
});
