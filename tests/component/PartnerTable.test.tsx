import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PartnerTable } from '../../src/features/table/PartnerTable';
import { loadDataset } from '../../src/dataset/loadDataset';
import { buildAtlasIndex, type AtlasIndex } from '../../src/domain/atlas';
import { applyFilters, buildPartnerRows, type PartnerRow } from '../../src/domain/filters';
import { buildStatusIndex } from '../../src/domain/status';
import { parseCsv } from '../../src/export/toCsv';

let index: AtlasIndex;
let all: PartnerRow[];
beforeAll(async () => {
  index = buildAtlasIndex(await loadDataset());
  all = buildPartnerRows(index.dataset.partners, index.byPartner, '2014-12-31');
});
afterEach(() => vi.restoreAllMocks());

function renderTable(onFilters = vi.fn(), tiers: PartnerRow['tier'][] = ['comprehensive-strategic']) {
  const rows = applyFilters(all, { tiers: tiers.filter((t) => t !== null), regions: [] });
  render(
    <PartnerTable
      rows={rows}
      totalCount={all.length}
      earlier={buildStatusIndex(index.byPartner, '2013-12-31')}
      compareYear={2013}
      compareYears={[2012, 2013]}
      onCompareYear={() => {}}
      tiers={index.tiersById}
      lang="en"
      asOf="2014-12-31"
      filters={{ asOf: 2014, tiers: tiers.filter((t) => t !== null), regions: ['Europe'] }}
      onFilters={onFilters}
      onOpen={() => {}}
    />,
  );
  return rows;
}

describe('PartnerTable', () => {
  it('shows each filter as a chip that removes it, and "Clear all"', async () => {
    const onFilters = vi.fn();
    const rows = renderTable(onFilters);
    expect(screen.getByRole('status')).toHaveTextContent(`${rows.length} of ${all.length} partners shown`);
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove filter: Tier: Comprehensive strategic partnership' }),
    );
    expect(onFilters).toHaveBeenLastCalledWith({ tiers: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Region: Europe' }));
    expect(onFilters).toHaveBeenLastCalledWith({ regions: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: As of the end of: 2014' }));
    expect(onFilters).toHaveBeenLastCalledWith({ asOf: null });
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(onFilters).toHaveBeenLastCalledWith({ asOf: null, tiers: [], regions: [] });
  });

  it('downloads exactly the rows shown, in the order shown', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const rows = renderTable();
    await userEvent.click(screen.getByRole('button', { name: 'Download these rows (CSV)' }));
    const csv = parseCsv(await blobs[0]!.text());
    const shownNames = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(csv.length - 1).toBe(rows.length);
    expect(csv.slice(1).map((r) => r[1])).toEqual(shownNames);
    expect(csv[0]).toContain('tier_rank');
  });

  it('uses one wording for partners without a tier and lists them last', () => {
    renderTable(vi.fn(), []);
    const cells = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[1]?.textContent ?? '');
    const firstEmpty = cells.findIndex((c) => !/^\d\./.test(c));
    expect(firstEmpty).toBeGreaterThan(0);
    expect(new Set(cells.slice(firstEmpty))).toEqual(
      new Set(['Relations, no partnership', 'No diplomatic relations']),
    );
    expect(cells.slice(0, firstEmpty).every((c) => /^\d\./.test(c))).toBe(true);
  });
});
