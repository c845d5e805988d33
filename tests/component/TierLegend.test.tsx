import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import tiersFile from '../../data/tiers.json';
import { TiersFileSchema } from '../../src/domain/schema';
import { TierLegend } from '../../src/features/map/TierLegend';
import { TIER_IDS } from '../../src/domain/tiers';

const tiers = TiersFileSchema.parse(tiersFile).tiers;
const counts = TIER_IDS.map((tier, i) => ({ tier, rank: i + 1, count: i * 3 }));

describe('TierLegend', () => {
  it('lists the rungs highest first with their counts, and toggles a tier on click', async () => {
    const onToggle = vi.fn();
    render(
      <TierLegend
        tiers={tiers}
        counts={counts}
        selected={[]}
        onToggle={onToggle}
        onClear={() => {}}
        lang="en"
        baseCounts={{ diplomatic: 40, none: 12 }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Tiers' });
    const toggles = within(list).getAllByRole('button', { pressed: false });
    expect(toggles.map((b) => b.textContent)).toEqual([
      '7Comprehensive strategic partnership of coordination for a new era18',
      '6All-weather / permanent strategic partnership15',
      '5Comprehensive strategic cooperative partnership12',
      '4Comprehensive strategic partnership9',
      '3Strategic partnership6',
      '2Comprehensive cooperative partnership3',
      '1Partnership0',
    ]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Comprehensive strategic partnership: 9 partners' }),
    );
    expect(onToggle).toHaveBeenCalledWith('comprehensive-strategic');
    expect(screen.getByText('Relations, no partnership')).toBeInTheDocument();
  });

  it('explains a tier: rank, Chinese term and what it signals', async () => {
    render(
      <TierLegend
        tiers={tiers}
        counts={counts}
        selected={['all-weather']}
        onToggle={() => {}}
        onClear={() => {}}
        lang="en"
        baseCounts={{ diplomatic: 0, none: 0 }}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'All-weather / permanent strategic partnership: 15 partners' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'All-weather / permanent strategic partnership: What it usually signals',
      }),
    );
    expect(screen.getByText(/Rung 6 of 7 · 全天候\/永久战略伙伴关系/)).toBeInTheDocument();
    expect(screen.getByText(/whatever happens/)).toBeInTheDocument();
  });
});
