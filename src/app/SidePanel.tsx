import { useEffect, useRef } from 'react';
import type { AtlasIndex } from '../domain/atlas';
import type { PartnerRow } from '../domain/filters';
import type { LadderCount } from '../domain/ladder';
import type { Meeting, Partner, TierId } from '../domain/schema';
import type { Lang } from '../url/filters';
import { translator } from '../ui/i18n';
import { useElementWidth } from '../charts/useElementWidth';
import { MeetingPanel } from '../features/meetings/MeetingPanel';
import { PartnerPanel } from '../features/meetings/PartnerPanel';
import { TierLadderChart } from '../features/ladder/TierLadderChart';

interface Props {
  index: AtlasIndex;
  rows: readonly PartnerRow[];
  partner: Partner | null;
  meeting: Meeting | null;
  counts: readonly LadderCount[];
  tierNames: ReadonlyMap<TierId, string>;
  selectedTiers: readonly TierId[];
  onToggleTier: (t: TierId) => void;
  asOf: string;
  lang: Lang;
  onOpenMeeting: (id: string) => void;
  onOpenPartner: (id: string) => void;
  onClose: () => void;
}

/** Beside the main view: a meeting, a partner, or (when nothing is open) the ladder at a glance. */
export function SidePanel(p: Props) {
  const t = translator(p.lang);
  const ref = useRef<HTMLElement>(null);
  const [chartRef, width] = useElementWidth<HTMLDivElement>(320);
  const openKey = p.meeting?.id ?? p.partner?.id ?? null;
  const first = useRef(true);
  useEffect(() => {
    // Move focus to a newly opened panel (not on first load), so keyboard and screen-reader users land on it.
    if (first.current) {
      first.current = false;
      return;
    }
    if (openKey) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [openKey]);

  let body;
  if (p.meeting) {
    const partner = p.index.partnersById.get(p.meeting.partner_id) ?? null;
    body = (
      <MeetingPanel
        meeting={p.meeting}
        partner={partner}
        tiers={p.index.tiersById}
        lang={p.lang}
        onClose={p.onClose}
        onBack={partner ? () => p.onOpenPartner(partner.id) : null}
      />
    );
  } else if (p.partner) {
    body = (
      <PartnerPanel
        partner={p.partner}
        row={p.rows.find((r) => r.partner.id === p.partner!.id) ?? null}
        history={p.index.byPartner.get(p.partner.id) ?? []}
        tiers={p.index.tiersById}
        tierNames={p.tierNames}
        asOf={p.asOf}
        firstYear={p.index.firstYear}
        lang={p.lang}
        onOpenMeeting={p.onOpenMeeting}
        onClose={p.onClose}
      />
    );
  } else {
    body = (
      <div className="panel overview">
        <h2 className="chart-title">{t('ladderNow')}</h2>
        <div ref={chartRef}>
          <TierLadderChart
            counts={p.counts}
            names={p.tierNames}
            selected={p.selectedTiers}
            onToggle={p.onToggleTier}
            width={width}
            height={250}
            title={t('ladderNow')}
          />
        </div>
        <p className="muted small">{t('legendHint')}</p>
      </div>
    );
  }
  return (
    <aside className="side-panel" ref={ref} aria-label={openKey ? undefined : t('ladderNow')}>
      {body}
    </aside>
  );
}
