import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../src/features/import/ImportPanel';
import { parseDataset } from '../../src/domain/validate';
import { readRawDataset } from '../../src/cli/readDataset';
import { DRAFT_FIELDS } from '../../src/domain/report';

const dataset = parseDataset(readRawDataset());
const timorLeste = readFileSync(
  join(process.cwd(), 'tests', 'fixtures', 'seeds', '000_17cc30498ef1f3d8.txt'),
  'utf8',
);

function setup() {
  const onPreview = vi.fn();
  render(<ImportPanel dataset={dataset} onPreview={onPreview} />);
  const paste = (text: string) =>
    fireEvent.change(screen.getByLabelText('Report text'), { target: { value: text } });
  return { onPreview, paste, user: userEvent.setup() };
}

let fetchSpy: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchSpy = vi.fn();
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ImportPanel', () => {
  it('shows the draft beside the report, with uncertain fields marked "check this"', () => {
    const { paste } = setup();
    expect(screen.getByRole('region', { name: 'Import a report' })).toBeInTheDocument();
    expect(screen.getByText('The draft record appears here.')).toBeInTheDocument();
    paste(timorLeste);
    const form = screen.getByRole('form', { name: 'Draft record' });
    expect(within(form).getByLabelText('Partner')).toHaveValue('TLS');
    expect(within(form).getByLabelText('Date (YYYY-MM-DD)')).toHaveValue('2023-09-23');
    expect(within(form).getByLabelText('Tier after')).toHaveValue('comprehensive-strategic');
    expect(within(form).getByLabelText('Attendees (comma-separated)')).toHaveValue(
      'Cai Qi, Ding Xuexiang, Wang Yi, Shen Yiqin',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 field to check.');
    expect(within(form).getByLabelText('Joint statement')).toHaveAccessibleDescription('check this');
    expect(within(form).getByLabelText('City')).not.toHaveAccessibleDescription();
    expect(
      screen.getByText(
        /Timor-Leste: Comprehensive cooperative partnership → Comprehensive strategic partnership/,
      ),
    ).toBeInTheDocument();
  });

  it('lets the reader correct a field, which clears its mark', async () => {
    const { paste, user } = setup();
    paste(timorLeste);
    const statement = screen.getByLabelText('Joint statement');
    await user.clear(statement);
    await user.type(statement, 'Joint Statement on a Comprehensive Strategic Partnership');
    expect(statement).toHaveValue('Joint Statement on a Comprehensive Strategic Partnership');
    expect(statement).not.toHaveAccessibleDescription();
    expect(screen.getByRole('status')).toHaveTextContent('Every field was read from the report.');
  });

  it('previews the (corrected) status on the map', async () => {
    const { paste, user, onPreview } = setup();
    paste(timorLeste);
    await user.click(screen.getByRole('button', { name: 'Preview on map' }));
    expect(onPreview).toHaveBeenLastCalledWith({ partnerId: 'TLS', tier: 'comprehensive-strategic' });
    await user.selectOptions(screen.getByLabelText('Tier after'), 'strategic');
    await user.click(screen.getByRole('button', { name: 'Preview on map' }));
    expect(onPreview).toHaveBeenLastCalledWith({ partnerId: 'TLS', tier: 'strategic' });
  });

  it('downloads the record as JSON without any network request', async () => {
    const { paste, user } = setup();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:draft';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    paste(timorLeste);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(created).toHaveLength(1);
    const record = JSON.parse(await created[0]!.text()) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual([...DRAFT_FIELDS]);
    expect(record).toMatchObject({ partner_id: 'TLS', date: '2023-09-23', change: 'upgraded' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says so when the text is not a meeting report', () => {
    const { paste } = setup();
    paste('The weather in Paris was mild and the markets rose.');
    expect(screen.getByRole('alert')).toHaveTextContent(/no partner and no partnership wording/);
    expect(screen.queryByRole('button', { name: 'Preview on map' })).not.toBeInTheDocument();
    paste('abc\u0000def');
    expect(screen.getByRole('alert')).toHaveTextContent(/binary/);
  });
});
