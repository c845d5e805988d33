import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import type { AsOf, AtlasIndex } from '../domain/atlas';
import type { MeetingCore, Region, TierId } from '../domain/schema';
import { useMeetingDetails, usePrefetchMeetingDetails } from '../dataset/queries';
import type { Lang } from '../url/viewState';
import { translator } from '../ui/i18n';
import { PartnerPanel } from '../features/meetings/PartnerPanel';
import type { FrameChrome, FrameText } from '../charts/ChartFrame';
import type { PartnerView } from '../view/viewModel';
import { Overview } from './Overview';
import { useSwipeDown } from './useSwipeDown';
import type { PreviewDraft } from '../features/import/ImportPanel';

// The report extractor is large and only needed on demand: its own chunk.
// A meeting's panel is not in the first view: it loads with the first partner or meeting opened.
const loadMeetingPanel = () => import('../features/meetings/MeetingPanel');
const MeetingPanel = lazy(() => loadMeetingPanel().then((m) => ({ default: m.MeetingPanel })));
const ImportPanel = lazy(() =>
  import('../features/import/ImportPanel').then((m) => ({ default: m.ImportPanel })),
);

interface Props {
  index: AtlasIndex;
  importOpen: boolean;
  onCloseImport: () => void;
  onPreview: (draft: PreviewDraft | null) => void;
  /** The open partner, from the view model. */
  partnerView: PartnerView | null;
  partnerFrame: FrameText | null;
  meeting: MeetingCore | null;
  tierNames: ReadonlyMap<TierId, string>;
  shortNames: ReadonlyMap<TierId, string>;
  selectedTiers: readonly TierId[];
  asOf: AsOf;
  maxYear: number;
  regions: readonly Region[];
  lang: Lang;
  onOpenMeeting: (id: string) => void;
  onOpenPartner: (id: string) => void;
  onClose: () => void;
  /** On a phone an open panel is a bottom sheet over the map (swipe down or the handle to close). */
  sheet?: boolean;
  chrome: FrameChrome;
}

/** Beside the main view: a meeting, a partner, or (when nothing is open) the ladder at a glance. */
export function SidePanel(p: Props) {
  const t = translator(p.lang);
  const ref = useRef<HTMLElement>(null);
  const openPartner = p.partnerView?.partner ?? null;
  const details = useMeetingDetails(p.meeting?.partner_id ?? null);
  usePrefetchMeetingDetails(openPartner?.id ?? null);
  const openKey = p.importOpen ? 'import' : (p.meeting?.id ?? openPartner?.id ?? null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to a newly opened panel (not on first load), so keyboard and screen-reader users land on it.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = openKey ? ref.current?.querySelector<HTMLElement>('h2') : null;
    if (heading) {
      heading.tabIndex = -1; // a heading takes focus only with a tabindex
      heading.focus();
    }
  }, [openKey]);

  const anyOpen = !!(openPartner || p.meeting);
  useEffect(() => {
    if (anyOpen) void loadMeetingPanel();
  }, [anyOpen]);

  let body: ReactNode = null;
  if (p.importOpen) {
    body = (
      <section className="panel import-wrap" aria-label={t('importReport')}>
        <button type="button" className="close-button" onClick={p.onCloseImport} aria-label={t('close')}>
          ×
        </button>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <ImportPanel dataset={p.index.dataset} onPreview={p.onPreview} lang={p.lang} />
        </Suspense>
      </section>
    );
  } else if (p.meeting) {
    const partner = p.index.partnersById.get(p.meeting.partner_id) ?? null;
    body = (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <MeetingPanel
          meeting={p.meeting}
          details={details.data?.get(p.meeting.id) ?? null}
          detailsError={details.isError ? details.error.message : null}
          partner={partner}
          tiers={p.index.tiersById}
          lang={p.lang}
          onClose={p.onClose}
          onBack={partner ? () => p.onOpenPartner(partner.id) : null}
        />
      </Suspense>
    );
  } else if (p.partnerView && p.partnerFrame) {
    const v = p.partnerView;
    body = (
      <PartnerPanel
        partner={v.partner}
        row={v.row}
        history={v.history}
        climb={v.climb}
        fromYear={v.fromYear}
        tiers={p.index.tiersById}
        tierNames={p.tierNames}
        shortNames={p.shortNames}
        asOf={p.asOf}
        lang={p.lang}
        frame={p.partnerFrame}
        onOpenMeeting={p.onOpenMeeting}
        onClose={p.onClose}
        chrome={p.chrome}
      />
    );
  }
  // The overview stays mounted (hidden, and paused) while a panel is open: opening a partner does not tear down its
  // chart, and closing the panel shows it again at once instead of building it anew.
  const overview = (
    <div hidden={!!body} className="overview-wrap">
      <Overview
        index={p.index}
        asOf={p.asOf}
        maxYear={p.maxYear}
        regions={p.regions}
        shortNames={p.shortNames}
        selected={p.selectedTiers}
        lang={p.lang}
        onOpenMeeting={p.onOpenMeeting}
        paused={!!body}
      />
    </div>
  );
  const isSheet = !!p.sheet && !!openKey;
  const close = p.importOpen ? p.onCloseImport : p.onClose;
  const swipe = useSwipeDown(ref, close);
  return (
    <aside
      className={`side-panel${isSheet ? ' is-sheet' : ''}`}
      ref={ref}
      aria-label={openKey ? undefined : t('overview')}
      {...(isSheet ? swipe : {})}
    >
      {isSheet && (
        <button type="button" className="sheet-handle" onClick={close} aria-label={t('closePanel')}>
          <span aria-hidden="true" />
        </button>
      )}
      {body}
      {overview}
    </aside>
  );
}
