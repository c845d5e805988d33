import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/domain/report';
import { enForWording } from '../../../src/domain/reportBilingual';
import { articleFromHtml } from '../../../src/domain/reportHtml';
import { parseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';

const dataset = parseDataset(readRawDataset());
const draft = (text: string, year?: number) => {
  const r = readReport(text, dataset, { year });
  if (!r.ok) throw new Error(r.reason);
  return r.draft;
};

describe('Chinese reader', () => {
  it('settles 中新 from the rest of the text: New Zealand here, Singapore there', () => {
    const nz = draft(
      '新华社惠灵顿11月20日电 国家主席习近平20日在惠灵顿同新西兰总理约翰·基举行会谈。中新关系提升为全面战略伙伴关系。',
      2014,
    );
    expect(nz).toMatchObject({ partner_id: 'NZL', city: 'Wellington', partner_leader: 'John Key' });
    const sg = draft(
      '新华社北京3月31日电 国家主席习近平在北京会见新加坡总理李显龙。习近平指出，中新是重要合作伙伴，中新关系始终展现出前瞻性。',
      2023,
    );
    expect(sg.partner_id).toBe('SGP');
  });

  it('takes a day alone from the dateline month, and a venue for the city', () => {
    const d = draft(
      '新华社北京6月2日电 国家主席习近平1日在钓鱼台国宾馆会见巴勒斯坦总统阿巴斯。中巴双方重申战略伙伴关系。',
      2024,
    );
    expect(d).toMatchObject({
      partner_id: 'PSE',
      date: '2024-06-01',
      city: 'Beijing',
      partner_leader: 'Mahmoud Abbas',
    });
  });

  it('dates talks held after a welcome ceremony by the ceremony, not by the publication line', () => {
    const d = draft(
      '李强同新西兰总理会谈\n央视网 2024年06月14日 19:16\n当地时间13日下午，新西兰总理拉克森在总督府举行仪式，欢迎国务院总理李强。\n欢迎仪式后，李强同拉克森举行会谈。李强表示，中新全面战略伙伴关系不断发展。',
    );
    expect(d).toMatchObject({
      date: '2024-06-13',
      china_leader: 'Li Qiang',
      partner_leader: 'Christopher Luxon',
    });
    expect(d.needs_review).not.toContain('date');
  });

  it('is not fooled by a trade agreement, a regional partnership or 人类命运共同体', () => {
    const d = draft(
      '新华社北京4月8日电 国家主席习近平8日在人民大会堂同斯洛伐克总理菲佐举行会谈。双方都支持《区域全面经济伙伴关系协定》，愿推动中欧全面战略伙伴关系，共同构建人类命运共同体。双方重申中斯战略伙伴关系。',
      2026,
    );
    expect(d).toMatchObject({
      partner_id: 'SVK',
      wording_zh: '战略伙伴关系',
      community_with_shared_future: false,
    });
  });

  it('keeps an attendee the table does not know in Chinese, and flags it', () => {
    const d = draft(
      '新华社北京5月8日电 国家主席习近平8日在人民大会堂同贝宁总统塔隆举行会谈。两国元首宣布建立中贝战略伙伴关系。王毅、张三丰等参加会谈。',
      2023,
    );
    expect(d.attendees).toEqual(['Wang Yi', '张三丰']);
    expect(d.needs_review).toContain('attendees');
  });
});

describe('English reader', () => {
  it('does not take a China-ASEAN partnership named in passing for the partner’s', () => {
    const d = draft(
      'BEIJING, Oct. 10 (Xinhua) -- Chinese President Xi Jinping met with Singaporean Prime Minister Lawrence Wong in Beijing on Thursday. The two sides agreed to upgrade the China-ASEAN comprehensive strategic partnership and to build the China-Singapore all-round high-quality future-oriented partnership.',
      2024,
    );
    expect(d.wording_en).toBe('all-round high-quality future-oriented partnership');
    expect(d.tier_after).toBe('cooperative');
  });
});

describe('bilingual wordings', () => {
  it('reads a Chinese wording by its standard parts when no pair is recorded', () => {
    expect(enForWording('全天候全面战略合作伙伴关系', dataset.tiers)).toEqual({
      en: 'all-weather comprehensive strategic cooperative partnership',
      exact: false,
    });
    expect(enForWording('全面战略伙伴关系', dataset.tiers)).toEqual({
      en: 'comprehensive strategic partnership',
      exact: true,
    });
    expect(enForWording('稳定可靠的伙伴关系', dataset.tiers)).toBeNull();
  });
});

describe('saved pages', () => {
  it('takes the article body, title and date, not scripts, navigation or the sidebar', () => {
    const a = articleFromHtml(
      '<!DOCTYPE html><html><head><title>T_外交部</title><script>var x="伙伴关系"</script></head><body><nav>首页</nav><h1>习近平会见某国总统</h1><p class="time">2024-05-06 20:00</p><div id="News_Body_Txt_A"><p>第一段。</p><p>第二段，中国—东盟。</p></div><div class="sidebar">相关新闻 全面战略伙伴关系</div><link rel="canonical" href="https://www.fmprc.gov.cn/zyxw/1.shtml"></body></html>',
    );
    expect(a).toEqual({
      title: '习近平会见某国总统',
      published: '2024-05-06 20:00',
      url: 'https://www.fmprc.gov.cn/zyxw/1.shtml',
      body: '第一段。\n第二段，中国—东盟。',
    });
  });
});
