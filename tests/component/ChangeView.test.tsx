import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildChanges, buildTierFlows, countChanges } from '../../src/domain/changes';
import { yearEnd } from '../../src/domain/status';
import { ChangeLegend } from '../../src/features/changes/ChangeLegend';
import { ChangeTable } from '../../src/features/changes/ChangeTable';
import { TierFlows } from '../../src/features/changes/TierFlows';
import { makeMeeting, makePartner } from '../fixtures/factories';

const partners = [
  makePartner({ id: 'BLR', name_en: 'Belarus' }),
  makePartner({ id: 'TLS', name_en: 'Timor-Leste', region: 'Asia', iso_numeric: '626' }),
  makePartner({ id: 'ZZZ', name_en: 'Zedland', region: 'Africa', iso_numeric: '999' }),
];
const meetings = [
  makeMeeting({ date: '2013-07-16' }),
  makeMeeting({
    date: '2022-09-15',
    change: 'upgraded',
    tier_before: 'comprehensive-strategic',
    tier_after: 'all-weather',
    wording_en: 'all-weather comprehensive strategic partnership',
  }),
  makeMeeting({ partner_id: 'TLS', date: '2014-04-09', tier_after: 'comprehensive-cooperative' }),
  makeMeeting({
    partner_id: 'TLS',
    date: '2023-09-23',
    change: 'upgraded',
    tier_before: 'comprehensive-cooperative',
    tier_after: 'comprehensive-strategic',
  }),
  makeMeeting({ partner_id: 'ZZZ', date: '2016-03-01', date_precision: 'month', tier_after: 'strategic' }),
];
const rows = buildChanges({ partners, meetings }, yearEnd(2015), yearEnd(2024), {
  regions: [],
  tiers: [],
  leader: null,
});
const names = new Map([
  ['comprehensive-cooperative', 'Comprehensive cooperative'],
  ['strategic', 'Strategic'],
  ['comprehensive-strategic', 'Comprehensive strategic'],
  ['all-weather', 'All-weather'],
] as const);

describe('ChangeLegend', () => {
  it('lists every class with its count and filters on click', async () => {
    const onToggle = vi.fn();
    render(
      <ChangeLegend
        counts={countChanges(rows)}
        selected={[]}
        onToggle={onToggle}
        onClear={() => {}}
        lang="en"
      />,
    );
    const list = screen.getByRole('list', { name: 'What happened' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'New partnership: 1 partners',
      'Up one rung: 0 partners',
      'Up two rungs: 2 partners',
      'Up three rungs or more: 0 partners',
      'Unchanged: 0 partners',
      'Lowered or lapsed: 0 partners',
      'No partnership at either date: 0 partners',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Up two rungs: 2 partners' }));
    expect(onToggle).toHaveBeenCalledWith('up2');
  });
});

describe('TierFlows', () => {
  it('shows a cell per move and lists its partners on click', async () => {
    const onOpen = vi.fn();
    render(
      <TierFlows
        flows={buildTierFlows(rows)}
        names={names}
        fromLabel="2015"
        toLabel="2024"
        lang="en"
        onOpenPartner={onOpen}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Comprehensive strategic → All-weather: 1 partners' }),
    );
    const region = screen.getByRole('region', { name: 'Partners in this cell' });
    expect(region).toHaveTextContent('Comprehensive strategic (2015) → All-weather (2024): 1 partners');
    await userEvent.click(within(region).getByRole('button', { name: 'Belarus' }));
    expect(onOpen).toHaveBeenCalledWith('BLR');
    expect(
      screen.getByRole('button', { name: 'No partnership → Strategic: 1 partners' }),
    ).toBeInTheDocument();
  });
});

describe('ChangeTable', () => {
  it('sorts by rungs moved, then by name on click, and shows a month-only date as a month', async () => {
    render(<ChangeTable rows={rows} fromLabel="2015" toLabel="2024" names={names} lang="en" />);
    const names_ = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);
    expect(names_()).toEqual(['Belarus', 'Timor-Leste', 'Zedland']);
    await userEvent.click(screen.getByRole('button', { name: /^Partner/ }));
    expect(screen.getByRole('columnheader', { name: /^Partner/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /^Partner/ }));
    expect(names_()).toEqual(['Zedland', 'Timor-Leste', 'Belarus']);
    expect(screen.getByRole('row', { name: /Zedland/ })).toHaveTextContent('March 2016');
    expect(screen.getByRole('row', { name: /Belarus/ })).toHaveTextContent('+2');
  });
});
