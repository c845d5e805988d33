import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import CodebookDialog from '../../src/features/codebook/CodebookDialog';
import { MEETING_COLUMNS, PARTNER_COLUMNS } from '../../src/domain/exportTables';

describe('CodebookDialog', () => {
  it('explains every column of both published files and links the stable paths', () => {
    render(<CodebookDialog lang="en" open onClose={vi.fn()} />);
    const partners = screen.getByRole('region', { name: /partners\.csv/, hidden: true });
    const meetings = screen.getByRole('region', { name: /meetings\.csv/, hidden: true });
    const names = (el: HTMLElement) =>
      within(el)
        .getAllByRole('rowheader', { hidden: true })
        .map((h) => h.textContent);
    expect(names(partners)).toEqual([...PARTNER_COLUMNS]);
    expect(names(meetings)).toEqual([...MEETING_COLUMNS]);
    const tier = within(partners).getByRole('rowheader', { name: 'tier_id', hidden: true }).closest('tr')!;
    expect(tier).toHaveTextContent('coordination-new-era');
    expect(tier).toHaveTextContent('may be empty');
    for (const path of ['data/partners.csv', 'data/meetings.csv', 'data/atlas.json', 'data/datapackage.json'])
      expect(screen.getByRole('link', { name: path, hidden: true })).toHaveAttribute('href', `./${path}`);
  });

  it('speaks Chinese in the Chinese interface', () => {
    render(<CodebookDialog lang="zh" open onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2, hidden: true })).toHaveTextContent('数据字典');
    expect(screen.getAllByRole('columnheader', { name: '含义', hidden: true }).length).toBe(2);
  });
});
