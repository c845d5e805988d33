import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LadderYearTooltip } from '../../src/charts/LadderOverTime';
import { TIER_IDS } from '../../src/domain/ids';
import type { LadderYearRow } from '../../src/domain/ladder';

describe('LadderYearTooltip', () => {
  it('lists the rungs in ladder order, highest first, each with its swatch, and the total', () => {
    const row = { year: 2014, total: 0 } as LadderYearRow;
    TIER_IDS.forEach((t, i) => (row[t] = i + 1));
    const names = new Map(TIER_IDS.map((t) => [t, `rung ${t}`]));
    render(
      <LadderYearTooltip
        row={row}
        shown={['cooperative', 'strategic', 'all-weather']}
        names={names}
        totalLabel="Total"
      />,
    );
    expect(screen.getByText('2014')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['rung all-weather6', 'rung strategic3', 'rung cooperative1', 'Total10']);
    expect(
      within(screen.getAllByRole('row')[0]!).getByRole('rowheader').querySelector('.swatch'),
    ).toHaveStyle({
      background: '#053765',
    });
  });
});
