import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Methodology } from '../../src/app/Methodology';
import { loadDataset } from '../../src/dataset/loadDataset';
import type { AtlasData } from '../../src/domain/schema';

let dataset: AtlasData;
beforeAll(async () => {
  dataset = await loadDataset();
  // jsdom has no <dialog> modal: open it as a plain element.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('Methodology', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`reads for readers (${lang}): rungs highest first, a rule and a real example each, no patterns, ids or files`, () => {
      render(<Methodology dataset={dataset} lang={lang} open onClose={() => {}} />);
      const dialog = screen.getByRole('dialog');
      const rungs = within(dialog).getAllByRole('heading', { level: 4 });
      expect(rungs.map((h) => Number(/\d/.exec(h.textContent ?? '')?.[0]))).toEqual([7, 6, 5, 4, 3, 2, 1]);
      const items = dialog.querySelectorAll('.method-rung');
      for (const item of Array.from(items)) expect(item.querySelector('.method-example')).not.toBeNull();
      const text = dialog.textContent ?? '';
      expect(text).not.toMatch(
        /\\b|\[\^|\(\?|\|\(|\.json|\.md\b|test suite|verified: false|comprehensive-strategic|测试/,
      );
      expect(text).toMatch(lang === 'en' ? /not a “partnership”/ : /“关系”不等于“伙伴关系”/);
    });

  it('offers the curator tool at the end', async () => {
    const onImport = vi.fn();
    render(<Methodology dataset={dataset} lang="en" open onClose={() => {}} onImport={onImport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import a report' }));
    expect(onImport).toHaveBeenCalled();
  });
});
