import { expect, test } from '@playwright/test';

const PAGE = 'tests/fixtures/ingest/zh/tajikistan-2024-cctv-page.html';

test('import a saved CCTV page in the Chinese interface: the draft in English, with the Chinese wording', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./?lang=zh');
  await page.getByRole('button', { name: '导入报道' }).click();
  const panel = page.getByRole('region', { name: '导入报道' });
  await panel.getByLabel('打开保存的网页或文本文件').setInputFiles(PAGE);
  await expect(panel.getByText('已读取 tajikistan-2024-cctv-page.html')).toBeVisible();
  const draft = page.getByRole('form', { name: '草稿记录' });
  await expect(draft.getByLabel('伙伴', { exact: true })).toHaveValue('TJK');
  await expect(draft.getByLabel('日期（YYYY-MM-DD）')).toHaveValue('2024-07-05');
  await expect(draft.getByLabel('城市')).toHaveValue('Dushanbe');
  await expect(draft.getByLabel('对方领导人', { exact: true })).toHaveValue('Emomali Rahmon');
  await expect(draft.getByLabel('表述（中文）')).toHaveValue('新时代全面战略合作伙伴关系');
  await expect(page.getByRole('textbox', { name: '报道文本' })).not.toHaveValue(/相关新闻|<p>/);
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
});
