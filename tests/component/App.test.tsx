import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import brokenMeetings from '../fixtures/broken/meetings.json';
import { renderWithQuery } from './helpers';

const raw = vi.hoisted(() => ({ current: null as null | Record<string, unknown> }));

vi.mock('../../src/dataset/loadDataset', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/dataset/loadDataset')>();
  return {
    ...original,
    loadDataset: () =>
      original.loadDataset(async () => {
        const real = await original.loadRawDataset();
        return { ...real, ...(raw.current ?? {}) };
      }),
  };
});

import { App } from '../../src/app/App';

describe('App', () => {
  it('shows a loading state, then a readable error naming file, record, field and reason for an invalid dataset', async () => {
    raw.current = { meetings: brokenMeetings };
    renderWithQuery(<App />);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading the dataset/);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent(
      /data\/meetings\/BLR\.json, record "blr-2013-07-16", field "tier_after": Invalid option/,
    );
    expect(alert).toHaveTextContent(
      /data\/meetings\/BLR\.json, record "blr-2016-02-30", field "date": is not a real calendar date/,
    );
  });
});
