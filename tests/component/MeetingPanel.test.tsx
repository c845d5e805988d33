import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import tiersFile from '../../data/tiers.json';
import { TiersFileSchema, type TierId, type Tier } from '../../src/domain/schema';
import { MeetingPanel } from '../../src/features/meetings/MeetingPanel';
import { makeMeeting, makePartner } from '../fixtures/factories';

const tiers = new Map<TierId, Tier>(TiersFileSchema.parse(tiersFile).tiers.map((t) => [t.id, t]));

describe('MeetingPanel', () => {
  it('shows every field of a meeting and opens sources in a new tab', () => {
    const meeting = makeMeeting({
      date: '2022-09-15',
      change: 'upgraded',
      place: { city: 'Samarkand', country: 'Uzbekistan', venue: 'Samarkand State Guest House' },
      tier_before: 'comprehensive-strategic',
      tier_after: 'all-weather',
      wording_en: 'all-weather comprehensive strategic partnership',
      wording_zh: '全天候全面战略伙伴关系',
      joint_statement: {
        title_en: 'Joint Statement on Establishing All-weather Comprehensive Strategic Partnership',
        title_zh: '联合声明',
        url: null,
      },
      attendees: ['Ding Xuexiang', 'Wang Yi'],
      summary: 'Raised to all-weather.',
      key_points: ['Point one', 'Point two'],
      verified: false,
      notes: 'Venue differs between reports.',
    });
    render(
      <MeetingPanel
        meeting={meeting}
        details={meeting}
        partner={makePartner()}
        tiers={tiers}
        lang="en"
        onClose={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    const panel = screen.getByRole('article');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      '15 September 2022, Samarkand',
    );
    expect(panel).toHaveTextContent('Belarus · upgraded');
    expect(panel).toHaveTextContent('Samarkand State Guest House, Samarkand, Uzbekistan');
    expect(panel).toHaveTextContent('Xi Jinping, President');
    expect(panel).toHaveTextContent('Alexander Lukashenko, President');
    expect(
      within(panel).getByRole('button', { name: /Comprehensive strategic partnership/ }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: /All-weather/ })).toBeInTheDocument();
    expect(panel).toHaveTextContent('全天候全面战略伙伴关系');
    expect(panel).toHaveTextContent('Ding Xuexiang, Wang Yi');
    expect(panel).toHaveTextContent('Not fully verified');
    expect(panel).toHaveTextContent('Venue differs between reports.');
    const link = within(panel).getByRole('link', { name: /^Test/ });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('says when only the month of a meeting is known, and that the details are loading', () => {
    render(
      <MeetingPanel
        meeting={makeMeeting({ date: '2005-04-01', date_precision: 'month' })}
        details={null}
        partner={null}
        tiers={tiers}
        lang="zh"
        onClose={vi.fn()}
        onBack={null}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2005年4月');
    expect(screen.getByText(/仅知月份/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载联合声明、出席者和来源');
  });
  it('tells a meeting without a joint statement from one whose statement the sources do not name', () => {
    const show = (meeting: ReturnType<typeof makeMeeting>, lang: 'en' | 'zh') =>
      render(
        <MeetingPanel
          meeting={meeting}
          details={meeting}
          partner={null}
          tiers={tiers}
          lang={lang}
          onClose={vi.fn()}
          onBack={null}
        />,
      );
    const none = makeMeeting({
      joint_statement: { issued: false, note: 'Xinhua reports a collective meeting and a speech only.' },
      attendees: [],
    });
    const { unmount } = show(none, 'en');
    let panel = screen.getByRole('article');
    expect(panel).toHaveTextContent('Joint statementNone reported');
    expect(panel).toHaveTextContent('Xinhua reports a collective meeting and a speech only.');
    expect(panel).toHaveTextContent('AttendeesNot listed in the sources consulted');
    unmount();

    show(makeMeeting({ joint_statement: null, attendees: ['Wang Yi'] }), 'zh');
    panel = screen.getByRole('article');
    expect(panel).toHaveTextContent('联合声明所查来源未见');
    expect(panel).toHaveTextContent('出席者Wang Yi');
    expect(panel).not.toHaveTextContent('未见发表');
  });

  it('quotes the sources’ own sentences under the record, each linked to its source, and names unverified fields', () => {
    const meeting = makeMeeting({
      sources: [
        {
          publisher: 'CCTV (Xinwen Lianbo)',
          title: '习近平同卢卡申科举行会谈',
          url: 'https://tv.cctv.com/2013/07/16/x.shtml',
          date: '2013-07-16',
          lang: 'zh',
          kind: 'primary',
        },
      ],
      evidence: [
        {
          quote: '两国元首宣布建立全面战略伙伴关系。',
          url: 'https://tv.cctv.com/2013/07/16/x.shtml',
          lang: 'zh',
        },
      ],
      verified: false,
      unverified: ['place', 'partner_principal'],
    });
    render(
      <MeetingPanel
        meeting={meeting}
        details={meeting}
        partner={null}
        tiers={tiers}
        lang="en"
        onClose={vi.fn()}
        onBack={null}
      />,
    );
    const section = screen.getByRole('region', { name: 'In the source’s words' });
    const quote = within(section).getByText('两国元首宣布建立全面战略伙伴关系。');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveAttribute('lang', 'zh-CN');
    expect(
      within(section).getByRole('link', { name: /CCTV \(Xinwen Lianbo\): 习近平同卢卡申科举行会谈/ }),
    ).toHaveAttribute('href', 'https://tv.cctv.com/2013/07/16/x.shtml');
    expect(
      screen.getByText(/Not supported by a cited source: place, partner’s principal/),
    ).toBeInTheDocument();
  });
});
