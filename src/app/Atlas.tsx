import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { AtlasData, Region, TierId } from '../domain/schema';
import type { useViewState } from '../url/useViewState';
import type { View } from '../url/viewState';
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
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { atlasPageTitle, usePageMeta } from './usePageMeta';
import { useAddressCleanup } from './useAddressCleanup';
import { usePanels } from './usePanels';
import { useCodebook } from './useCodebook';
import './layout.css';
import './phone.css';
import type { MeetingCore } from '../domain/schema';
import { useFrameChrome } from './useFrameChrome';

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

  const [ignored, dismissIgnored] = useAddressCleanup(invalid, model.unknownIds, renamedTo, setState);
  const panels = usePanels(
    index,
    { partnerId: partner?.id ?? null, meetingId: meeting?.id ?? null },
    setState,
  );
  const { importOpen, openImport, openPartner, openMeeting, preview } = panels;

  const phone = useMediaQuery(PHONE_QUERY);
  const narrow = useMediaQuery('(max-width: 960px)');
  const [focusArea, setFocusArea] = useState<{ key: string; seq: number } | null>(null);
  const pickArea = useCallback(
    (key: string) => {
      setState({ view: 'map' });
      setFocusArea((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));
    },
    [setState],
  );

  const meetingPartner = meeting ? index.partnersById.get(meeting.partner_id) : undefined;
  usePageMeta(atlasPageTitle(t, lang, { meeting, meetingPartner, partner }, state.view, asOf.chosen), lang);

  const toggleTier = useCallback(
    (tier: TierId) => {
      markInteraction('tier');
      setState((f) => ({
        tiers: f.tiers.includes(tier) ? f.tiers.filter((x) => x !== tier) : [...f.tiers, tier],
      }));
    },
    [setState],
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
  useCjkFont(lang === 'zh' || !!state.partner || !!state.meeting || importOpen || methodologyOpen);

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

  const chrome = useFrameChrome(model, state);

  // Stable callbacks, so that the header, the filter bar and the legend skip the renders that do not concern them.
  const setView = useCallback((next: View) => setState({ view: next }), [setState]);
  const setRegions = useCallback((regions: Region[]) => setState({ regions }), [setState]);
  const clearTiers = useCallback(() => setState({ tiers: [] }), [setState]);
  const toggleLang = useCallback(
    () => setState((f) => ({ lang: f.lang === 'zh' ? 'en' : 'zh' })),
    [setState],
  );
  const openMethodology = useCallback(() => setMethodologyOpen(true), [setMethodologyOpen]);

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
      onRegions={setRegions}
      partners={dataset.partners}
      onPick={openPartner}
      onPickArea={pickArea}
    />
  );

  return (
    <div className={`app${mapFirst ? ' is-map-first' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Header
        lang={lang}
        view={state.view}
        onView={setView}
        onLang={toggleLang}
        onMethodology={openMethodology}
      />
      {!mapFirst && filterBar}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {t('yearAnnounce')} {asOf.year}
      </div>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          {t('invalidParams')} {ignored}.{' '}
          <button type="button" className="link-button" onClick={dismissIgnored}>
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
              onClearTiers={clearTiers}
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
          onCloseImport={panels.closeImport}
          onPreview={panels.setPreview}
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
          onClose={panels.closePanel}
          sheet={narrow}
          chrome={chrome}
        />
      </main>
      <Footer meta={dataset.meta} lang={lang} onImport={openImport} />
      {methodologyOpen && (
        <Suspense fallback={null}>
          <Methodology
            dataset={dataset}
            lang={lang}
            open={methodologyOpen}
            onClose={() => setMethodologyOpen(false)}
            onImport={() => {
              setMethodologyOpen(false);
              openImport();
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
