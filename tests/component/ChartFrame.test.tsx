import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ChartFrame, type FrameChrome } from '../../src/charts/ChartFrame';
import { ChartMenu } from '../../src/features/share/ChartMenu';
import { queryKeys } from '../../src/dataset/queries';
import { loadDataset } from '../../src/dataset/loadDataset';
import { buildAtlasIndex } from '../../src/domain/atlas';
import { applyFilters, buildPartnerRows, type PartnerRow } from '../../src/domain/filters';
import { buildSourceLine, buildTierLegend } from '../../src/ui/chartWords';
import { buildEmbedUrl, buildViewUrl, viewStateFor } from '../../src/ui/links';
import { DEFAULT_VIEW_STATE } from '../../src/url/viewState';
import { parseCsv } from '../../src/export/toCsv';
import type { AtlasData } from '../../src/domain/schema';

let dataset: AtlasData;
let rows: PartnerRow[];
beforeAll(async () => {
  dataset = await loadDataset();
  const index = buildAtlasIndex(dataset);
  rows = applyFilters(buildPartnerRows(dataset.partners, index.byPartner, '2020-12-31'), {
    tiers: ['strategic'],
    regions: [],
  });
});

function renderFrame() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity } },
  });
  client.setQueryData(queryKeys.dataset, dataset);
  // As the app composes it: the frame draws, the share feature's menu shares and exports.
  const chrome: FrameChrome = {
    lang: 'en',
    sourceLine: buildSourceLine(dataset.meta, 'en'),
    share: {
      Menu: ChartMenu,
      links: (kind) => ({
        viewUrl: buildViewUrl(window.location, viewStateFor(kind, DEFAULT_VIEW_STATE)),
        embedUrl: buildEmbedUrl(window.location, kind, DEFAULT_VIEW_STATE),
      }),
      scope: { tiers: ['strategic'], regions: [], partner: null },
    },
  };
  return render(
    <QueryClientProvider client={client}>
      <ChartFrame
        kind="ladder"
        chartId="ladder"
        text={{
          title: 'Partners on each rung of the ladder',
          exportTitle: 'Partnership Atlas: Partners on each rung of the ladder',
          subtitle: 'As of the end of 2020 · Tiers: Strategic partnership · All regions',
          legend: buildTierLegend(dataset.tiers.tiers, 'en', { selected: ['strategic'] }),
          fileStem: 'partnership-atlas-ladder-2020',
        }}
        asOf="2020-12-31"
        chrome={chrome}
        exportRows={rows}
      >
        <svg width={300} height={120} role="img" aria-label="bars">
          <rect width={100} height={20} fill="#7fcdbb" />
        </svg>
      </ChartFrame>
    </QueryClientProvider>,
  );
}

describe('ChartFrame', () => {
  afterEach(() => vi.restoreAllMocks());

  it('in an embed: the full title as the heading, no menu, a link to the full view and the source line', () => {
    render(
      <ChartFrame
        kind="map"
        chartId="map"
        text={{
          title: 'China’s partnerships around the world',
          exportTitle: 'Partnership Atlas: China’s partnerships around the world',
          subtitle: 'As of the end of 2020 · All tiers · All regions',
          legend: [],
          fileStem: 'partnership-atlas-map-2020',
        }}
        asOf="2020-12-31"
        chrome={{ lang: 'en', sourceLine: 'Source: Partnership Atlas, dataset version 9.9.9.' }}
        fullViewHref="./?year=2020"
        headingLevel={1}
      >
        <svg role="img" aria-label="map" />
      </ChartFrame>,
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Partnership Atlas: China’s partnerships around the world',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share or export' })).toBeNull();
    expect(screen.getByRole('link', { name: /Open the full atlas/ })).toHaveAttribute('href', './?year=2020');
    expect(screen.getByText(/dataset version 9\.9\.9/)).toBeInTheDocument();
  });

  it('shows title, the subtitle naming the filters, a legend that wraps as HTML and the source with the dataset version', () => {
    renderFrame();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Partners on each rung of the ladder' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('As of the end of 2020 · Tiers: Strategic partnership · All regions'),
    ).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Partners on each rung of the ladder: legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Strategic partnership']);
    expect(
      screen.getByText(new RegExp(`dataset version ${dataset.meta.version.replace(/\./g, '\\.')}`)),
    ).toBeInTheDocument();
  });

  it('the menu is a disclosure: closed, opened, and it downloads partners.csv for the rows given', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderFrame();
    const button = screen.getByRole('button', { name: 'Share or export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download partners.csv' })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Download PNG image', 'Download SVG image', 'Download meetings.csv', 'Download JSON'])
      expect(screen.getByRole('button', { name })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download partners.csv' }));
    // The export loads and parses every meeting's details first (all details parts), which takes a moment.
    await waitFor(() => expect(click).toHaveBeenCalled(), { timeout: 10_000 });
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^partners-\d{4}-12-31\.csv$/);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const table = parseCsv(await blobs[0]!.text());
    expect(table.length - 1).toBe(rows.length);
    expect(new Set(table.slice(1).map((r) => r[table[0]!.indexOf('tier_id')]))).toEqual(
      new Set(['strategic']),
    );
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByText('partners ✓')).toBeInTheDocument();
  });

  it('opens the share dialog from the menu', async () => {
    renderFrame();
    await userEvent.click(screen.getByRole('button', { name: 'Share or export' }));
    await userEvent.click(screen.getByRole('button', { name: /Share, embed or cite/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this chart' });
    const snippet = (
      within(dialog).getByLabelText('Embed in a web page', { exact: true }) as HTMLTextAreaElement
    ).value;
    expect(snippet).toContain('?embed=ladder"');
    expect(snippet).toContain('title="Partnership Atlas: Partners on each rung of the ladder"');
  });
});
