import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareDialog } from '../../src/features/share/ShareDialog';

const meta = {
  title: "Partnership Atlas: China's bilateral partnership tiers",
  version: '1.2.0',
  last_updated: '2026-11-23',
  license: 'CC BY 4.0',
  license_url: 'https://creativecommons.org/licenses/by/4.0/',
  publisher: 'Partnership Atlas contributors',
  homepage: null,
  how_to_cite: 'x',
  plausible_minimum: { partners: 1, meetings: 1 },
};

function renderDialog(onClose = vi.fn()) {
  render(
    <ShareDialog
      open
      onClose={onClose}
      lang="en"
      title="Partnership Atlas: China’s partnerships around the world"
      viewUrl="https://example.org/atlas/?year=2020"
      embedUrl="https://example.org/atlas/?embed=map&year=2020"
      meta={meta}
      accessed="2026-12-01"
    />,
  );
  return onClose;
}

const execCommand = document.execCommand;

describe('ShareDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.execCommand = execCommand;
  });

  it('shows the link, the iframe snippet and both citations with version and access date', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Share this chart' })).toBeInTheDocument();
    expect(screen.getByLabelText('Link to this view', { exact: true })).toHaveValue(
      'https://example.org/atlas/?year=2020',
    );
    const snippet = (screen.getByLabelText('Embed in a web page', { exact: true }) as HTMLTextAreaElement)
      .value;
    expect(snippet).toContain(
      '<iframe src="https://example.org/atlas/?embed=map&amp;year=2020" title="Partnership Atlas: China’s partnerships around the world"',
    );
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('"partnership-atlas:height"');
    expect(screen.getByLabelText('APA', { exact: true })).toHaveValue(
      "Partnership Atlas contributors. (2026). Partnership Atlas: China's bilateral partnership tiers (Version 1.2.0) [Data set]. Retrieved December 1, 2026, from https://example.org/atlas/?year=2020",
    );
    const bib = (screen.getByLabelText('BibTeX', { exact: true }) as HTMLTextAreaElement).value;
    expect(bib).toContain('version = {1.2.0}');
    expect(bib).toContain('urldate = {2026-12-01}');
  });

  it('copies with the Clipboard API and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Copy: Embed in a web page' }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('<iframe src="https://example.org/atlas/?embed=map&amp;year=2020"'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('falls back to selecting the text when the Clipboard API is missing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const exec = vi.fn().mockReturnValue(true);
    document.execCommand = exec;
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Copy: APA' }));
    expect(exec).toHaveBeenCalledWith('copy');
    const field = screen.getByLabelText('APA', { exact: true }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('asks the reader to copy by hand when both ways fail, and closes', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    document.execCommand = vi.fn().mockReturnValue(false);
    const onClose = renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Copy: BibTeX' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Select the text and copy it/);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
