import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../src/features/import/ImportPanel';
import { parseDataset } from '../../src/domain/validate';
import { readRawDataset } from '../../src/cli/readDataset';

const dataset = parseDataset(readRawDataset());
const ZH = join(process.cwd(), 'tests/fixtures/ingest/zh');
const fixture = (name: string) => readFileSync(join(ZH, name), 'utf8');

describe('ImportPanel with Chinese reports and saved pages', () => {
  it('reads a pasted Chinese report into an English draft with the Chinese wording kept', () => {
    render(<ImportPanel dataset={dataset} onPreview={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Report text'), {
      target: { value: fixture('pakistan-2015-zhongba-upgrade-islamabad.txt') },
    });
    const form = screen.getByRole('form', { name: 'Draft record' });
    expect(within(form).getByLabelText('Partner')).toHaveValue('PAK');
    expect(within(form).getByLabelText('Date (YYYY-MM-DD)')).toHaveValue('2015-04-20');
    expect(within(form).getByLabelText('City')).toHaveValue('Islamabad');
    expect(within(form).getByLabelText("Partner's principal")).toHaveValue('Nawaz Sharif');
    expect(within(form).getByLabelText('Wording')).toHaveValue(
      'all-weather strategic cooperative partnership',
    );
    expect(within(form).getByLabelText('Wording in Chinese')).toHaveValue('全天候战略合作伙伴关系');
    expect(within(form).getByLabelText('Joint statement (Chinese title)')).toHaveValue(
      '中华人民共和国和巴基斯坦伊斯兰共和国关于建立全天候战略合作伙伴关系的联合声明',
    );
  });

  it('reads a dropped saved page: the article, not the page around it', async () => {
    render(<ImportPanel dataset={dataset} onPreview={vi.fn()} />);
    const html = fixture('tajikistan-2024-cctv-page.html');
    const file = new File([html], 'tajikistan.html', { type: 'text/html' });
    fireEvent.drop(screen.getByLabelText('Report text'), {
      dataTransfer: { files: [file], getData: () => '' },
    });
    await waitFor(() => expect(screen.getByText('Read from tajikistan.html')).toBeInTheDocument());
    const form = screen.getByRole('form', { name: 'Draft record' });
    expect(within(form).getByLabelText('Partner')).toHaveValue('TJK');
    expect(within(form).getByLabelText('Date (YYYY-MM-DD)')).toHaveValue('2024-07-05');
    expect(within(form).getByLabelText('Change')).toHaveValue('upgraded');
    const textarea = screen.getByLabelText('Report text');
    expect((textarea as HTMLTextAreaElement).value).toMatch(/^习近平同塔吉克斯坦总统举行会谈\n/);
    expect((textarea as HTMLTextAreaElement).value).not.toMatch(/相关新闻|<p>|var share/);
  });

  it('opens a saved page from the file button and refuses other files', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ImportPanel dataset={dataset} onPreview={vi.fn()} />);
    const input = screen.getByLabelText('Open a saved page or text file');
    await user.upload(input, new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' }));
    expect(screen.getByRole('alert')).toHaveTextContent('report.pdf is not a saved web page or a text file');
    await user.upload(
      input,
      new File([fixture('maldives-2024-xinhua-page.html')], 'mdv.html', { type: 'text/html' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Partner')).toHaveValue('MDV'));
  });

  it('speaks Chinese in the Chinese interface', () => {
    render(<ImportPanel dataset={dataset} onPreview={vi.fn()} lang="zh" />);
    expect(screen.getByRole('region', { name: '导入报道' })).toBeInTheDocument();
    expect(screen.getByText('草稿记录显示在这里。')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('报道文本'), {
      target: { value: fixture('singapore-2023-zhongxin-renamed.txt') },
    });
    const form = screen.getByRole('form', { name: '草稿记录' });
    expect(within(form).getByLabelText('伙伴')).toHaveDisplayValue('新加坡');
    expect(within(form).getByLabelText('表述（中文）')).toHaveValue('全方位高质量的前瞻性伙伴关系');
    expect(screen.getByRole('button', { name: '在地图上预览' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('报道文本'), { target: { value: '   \n' } });
    fireEvent.change(screen.getByLabelText('报道文本'), { target: { value: '今天天气很好，市场上涨。' } });
    expect(screen.getByRole('alert')).toHaveTextContent('这是会见会谈报道吗');
  });
});
