import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData, Region, TierId } from '../domain/schema';
import type { useViewState } from '../url/useViewState';
import { formatIgnored, summarizeIgnored, type View } from '../url/viewState';
import { translator } from '../ui/i18n';
import { useAtlasView } from '../view/useAtlasView';
import { Header } from './Header';
import { FilterBar } from '../features/filters/FilterBar';
import { MapView } from '../features/map/MapView';
import { LadderView } from '../features/ladder/LadderView';
import { SidePanel } from './SidePanel';
import { Footer } from './Footer';
import { markInteraction } from './perfMarks';
import { useCjkFont } from '../ui/cjkFont';
import type { MapPreview } from '../features/map/WorldMap';
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { buildPageTitle, usePageMeta } from './usePageMeta';
import { usePanelFocus } from './usePanelFocus';
import { useCodebook } from './useCodebook';
import './layout.css';
import './phone.css';
import { partnerName, formatDate } from '../ui/format';
import type { MeetingCore } from '../domain/schema';
import type { FrameChrome } from '../charts/ChartFrame';
import { ChartMenu } from '../features/share/ChartMenu';

// The change view loads on first use: it is not part of the first paint.
const ChangesView = lazy(() => import('../features/changes/ChangesView'));
// The table and the Methodology are not in the first view either.
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })));
const Methodology = lazy(() => import('./Methodology').then((m) => ({ default: m.Methodology })));
const CodebookDialog = lazy(() => import('../features/codebook/CodebookDialog'));

/** The dashboard: the view state in, the view model (useAtlasView) derives, the views render. */
export function Atlas({
  dataset,
  view,
}: {
  dataset: AtlasData;
  /** The view state, read from the address once by App. */
  view: ReturnType<typeof useViewState>;
}) {
  const { state, invalid, setState } = view;
  const { lang } = state;
  const t = translator(lang);
  // Present: the dataset is loaded.
  const model = useAtlasView(dataset, state)!;
  const { index, asOf, maxYear, rows, filter, regionRows, counts, tierNames, shortNames, climbs } = model;
  const { partner, meeting, renamedTo } = model;

  // Garbage in the URL falls back to defaults: say which parameters were ignored, then clean the address.
  // Ids that are well formed but not in the dataset (partner=XYZ) count as garbage too.
  // A meeting id from an earlier dataset version (its date was corrected since) opens the meeting under its new id.
  useEffect(() => {
    if (renamedTo) setState({ meeting: renamedTo }, 'replace');
  }, [renamedTo, setState]);
  const ignoredNow = summarizeIgnored(invalid, model.unknownIds);
  const badParams = ignoredNow.map((i) => i.param).join(',');
  // Remembered from the first render: the address is cleaned right after, so the notice must not depend on it.
  const [ignored, setIgnored] = useState(() => formatIgnored(ignoredNow));
  useEffect(() => {
    if (!badParams) return;
    const params = badParams.split(',');
    setState(
      {
        ...(params.includes('partner') ? { partner: null } : {}),
        ...(params.includes('meeting') ? { meeting: null } : {}),
        ...(params.includes('leader') ? { leader: null } : {}),
      },
      'replace',
    );
  }, [badParams, setState]);

  const phone = useMediaQuery(PHONE_QUERY);
  const narrow = useMediaQuery('(max-width: 960px)');
  const [importOpen, setImportOpen] = useState(false);
  const openKey = importOpen
    ? 'import'
    : meeting
      ? `meeting:${meeting.id}`
      : partner
        ? `partner:${partner.id}`
        : null;
  const escape = useCallback(() => {
    if (importOpen) setImportOpen(false);
    else setState((f) => (f.meeting && f.partner ? { meeting: null } : { partner: null, meeting: null }));
  }, [importOpen, setImportOpen, setState]);
  const rememberOpener = usePanelFocus(openKey, escape);
  const [focusArea, setFocusArea] = useState<{ key: string; seq: number } | null>(null);
  const pickArea = useCallback(
    (key: string) => {
      setState({ view: 'map' });
      setFocusArea((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));
    },
    [setState],
  );

  const viewNames = { map: t('viewMap'), ladder: t('viewLadder'), table: t('viewTable') } as Record<
    string,
    string
  >;
  const meetingPartner = meeting ? index.partnersById.get(meeting.partner_id) : undefined;
  usePageMeta(
    buildPageTitle(
      meeting
        ? [
            meetingPartner ? partnerName(meetingPartner, lang) : meeting.partner_id,
            formatDate(meeting.date, meeting.date_precision, lang),
          ]
        : partner
          ? [partnerName(partner, lang)]
          : [viewNames[state.view] ?? null, asOf.chosen ? String(asOf.chosen) : null],
      t('title'),
    ),
    lang,
  );

  const toggleTier = useCallback(
    (tier: TierId) => {
      markInteraction('tier');
      setState((f) => ({
        tiers: f.tiers.includes(tier) ? f.tiers.filter((x) => x !== tier) : [...f.tiers, tier],
      }));
    },
    [setState],
  );
  const openPartner = useCallback(
    (id: string) => {
      markInteraction('partner');
      rememberOpener(`partner:${id}`);
      setState({ partner: id, meeting: null });
    },
    [setState, rememberOpener],
  );
  const openMeeting = useCallback(
    (id: string) => {
      rememberOpener(`meeting:${id}`);
      setState((f) => ({
        meeting: id,
        partner: f.partner ?? index.meetingsById.get(id)?.partner_id ?? null,
      }));
    },
    [setState, index, rememberOpener],
  );
  const setYear = useCallback(
    (y: number | null, mode: 'push' | 'replace') => {
      markInteraction('year');
      // The change view's first date must stay before the second.
      setState(
        (f) => ({ asOf: y, ...(f.from !== null && y !== null && f.from >= y ? { from: y - 1 } : {}) }),
        mode,
      );
    },
    [setState],
  );
  const [methodologyOpen, setMethodologyOpen] = useState(false);
  const codebook = useCodebook();
  const [preview, setPreview] = useState<MapPreview | null>(null);
  useCjkFont(lang === 'zh' || !!state.partner || !!state.meeting || importOpen || methodologyOpen);
  const closeImport = useCallback(() => {
    setImportOpen(false);
    setPreview(null);
  }, [setPreview, setImportOpen]);

  const setRange = useCallback(
    (from: number, y: number | null, mode: 'push' | 'replace' = 'push') => {
      markInteraction('from');
      setState({ from, asOf: y }, mode);
    },
    [setState],
  );
  const openMeetingOf = useCallback((m: MeetingCore) => openMeeting(m.id), [openMeeting]);
  // The table's chips and filters write the as-of year and the row filter.
  const setTableFilters = useCallback(
    (next: { asOf?: number | null; tiers?: readonly TierId[]; regions?: readonly Region[] }) =>
      setState({
        ...(next.asOf !== undefined ? { asOf: next.asOf } : {}),
        ...(next.tiers ? { tiers: [...next.tiers] } : {}),
        ...(next.regions ? { regions: [...next.regions] } : {}),
      }),
    [setState],
  );
  const setLeader = useCallback((leader: string | null) => setState({ leader }), [setState]);

  // Every chart's frame: the source line, and the share/export menu with the view's links and export scope.
  const { sourceLine, links } = model;
  const { tiers: selectedTiers, regions: selectedRegions, partner: partnerId } = state;
  const chrome: FrameChrome = useMemo(
    () => ({
      lang,
      sourceLine,
      share: {
        Menu: ChartMenu,
        links,
        scope: { tiers: selectedTiers, regions: selectedRegions, partner: partnerId },
      },
    }),
    [lang, sourceLine, links, selectedTiers, selectedRegions, partnerId],
  );

  const mainRef = useRef<HTMLElement>(null);
  // On a phone the map comes first: its year control and filters sit right under it.
  const mapFirst = phone && state.view === 'map';
  const filterBar = (
    <FilterBar
      lang={lang}
      asOf={asOf.chosen}
      minYear={index.firstYear}
      maxYear={maxYear}
      onYear={setYear}
      regions={state.regions}
      onRegions={(regions) => setState({ regions })}
      partners={dataset.partners}
      onPick={openPartner}
      onPickArea={pickArea}
    />
  );
  const setView = (next: View) => setState({ view: next });

  return (
    <div className={`app${mapFirst ? ' is-map-first' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Header
        lang={lang}
        view={state.view}
        onView={setView}
        onLang={() => setState({ lang: lang === 'zh' ? 'en' : 'zh' })}
        onMethodology={() => setMethodologyOpen(true)}
      />
      {!mapFirst && filterBar}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {t('yearAnnounce')} {asOf.year}
      </div>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          {t('invalidParams')} {ignored}.{' '}
          <button type="button" className="link-button" onClick={() => setIgnored('')}>
            {t('close')}
          </button>
        </p>
      )}
      <main
        id="content"
        ref={mainRef}
        className={`workspace view-${state.view}${partner || meeting || importOpen ? ' has-panel' : ''}${importOpen ? ' is-importing' : ''}`}
        tabIndex={-1}
      >
        <section className="main-view" aria-label={t('mainView')}>
          {state.view === 'map' && (
            <MapView
              rows={rows}
              filter={filter}
              counts={counts}
              regionRows={regionRows}
              tiers={dataset.tiers.tiers}
              tierNames={tierNames}
              selectedTiers={state.tiers}
              onToggleTier={toggleTier}
              onClearTiers={() => setState({ tiers: [] })}
              selectedId={partner?.id ?? null}
              onOpen={openPartner}
              lang={lang}
              frame={model.frames.map}
              asOf={asOf.date}
              exportRows={model.shownRows}
              preview={preview}
              climbs={climbs}
              focusArea={focusArea}
              controls={mapFirst ? filterBar : null}
              chrome={chrome}
            />
          )}
          {state.view === 'ladder' && (
            <LadderView
              index={index}
              regionRows={regionRows}
              counts={counts}
              tierNames={shortNames}
              selected={state.tiers}
              onToggle={toggleTier}
              asOf={asOf}
              maxYear={maxYear}
              lang={lang}
              frames={model.frames}
              exportRows={model.shownRows}
              chrome={chrome}
            />
          )}
          {state.view === 'changes' && (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <ChangesView
                index={index}
                state={state}
                model={model.changes!}
                maxYear={maxYear}
                lang={lang}
                onRange={setRange}
                onLeader={setLeader}
                onOpenPartner={openPartner}
                onOpenMeeting={openMeetingOf}
                chrome={chrome}
              />
            </Suspense>
          )}
          {state.view === 'table' && (
            <Suspense fallback={<p className="muted">{t('loading')}</p>}>
              <TableView
                index={index}
                rows={rows}
                shownRows={model.shownRows}
                filter={filter}
                asOf={asOf}
                lang={lang}
                onOpen={openPartner}
                onFilters={setTableFilters}
              />
            </Suspense>
          )}
        </section>
        <SidePanel
          importOpen={importOpen}
          onCloseImport={closeImport}
          onPreview={setPreview}
          index={index}
          partnerView={model.partnerView}
          partnerFrame={model.frames.partner}
          meeting={meeting}
          tierNames={tierNames}
          shortNames={shortNames}
          selectedTiers={state.tiers}
          asOf={asOf}
          maxYear={maxYear}
          regions={state.regions}
          lang={lang}
          onOpenMeeting={openMeeting}
          onOpenPartner={openPartner}
          onClose={() => setState({ partner: null, meeting: null })}
          sheet={narrow}
          chrome={chrome}
        />
      </main>
      <Footer
        meta={dataset.meta}
        lang={lang}
        onImport={() => {
          rememberOpener('import');
          setImportOpen(true);
        }}
      />
      {methodologyOpen && (
        <Suspense fallback={null}>
          <Methodology
            dataset={dataset}
            lang={lang}
            open={methodologyOpen}
            onClose={() => setMethodologyOpen(false)}
            onImport={() => {
              setMethodologyOpen(false);
              rememberOpener('import');
              setImportOpen(true);
            }}
            onCodebook={() => {
              setMethodologyOpen(false);
              codebook.show();
            }}
          />
        </Suspense>
      )}
      {codebook.open && (
        <Suspense fallback={null}>
          <CodebookDialog lang={lang} open={codebook.open} onClose={codebook.close} />
        </Suspense>
      )}
    </div>
  );
}
