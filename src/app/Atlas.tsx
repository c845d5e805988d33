import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData, TierId } from '../domain/schema';
import { asOfDate, buildAtlasIndex, todayIso } from '../domain/atlas';
import { applyFilters, buildPartnerRows, type RowFilter } from '../domain/filters';
import { buildLadderCounts } from '../domain/ladder';
import { useFilters } from '../url/useFilters';
import { formatIgnored, summarizeIgnored, type View } from '../url/filters';
import { tierName, tierShortName, translator } from '../ui/i18n';
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
import { partnerName, formatDate } from '../ui/i18n';
import { knownLeaders } from '../domain/leaders';
import type { MeetingCore } from '../domain/schema';

// The change view loads on first use: it is not part of the first paint.
const ChangesView = lazy(() => import('../features/changes/ChangesView'));
// The table and the Methodology are not in the first view either.
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })));
const Methodology = lazy(() => import('./Methodology').then((m) => ({ default: m.Methodology })));
const CodebookDialog = lazy(() => import('../features/codebook/CodebookDialog'));

/** The dashboard: URL state in, derived rows out, views render. */
export function Atlas({ dataset }: { dataset: AtlasData }) {
  const { filters, invalid, setFilters } = useFilters();
  const { lang } = filters;
  const t = translator(lang);
  const index = useMemo(() => buildAtlasIndex(dataset), [dataset]);
  const today = todayIso();
  const maxYear = Number(today.slice(0, 4));
  const asOf = asOfDate(filters.year, today);
  const year = filters.year ?? maxYear;

  // The map tooltip's sparkline: each partner's history up to the status date.
  const climbs = useMemo(
    () => ({ byPartner: index.byPartner, asOf, firstYear: index.firstYear }),
    [index, asOf],
  );
  const rows = useMemo(
    () => buildPartnerRows(dataset.partners, index.byPartner, asOf),
    [dataset.partners, index, asOf],
  );
  // parseFilters is memoised on the query string, so these arrays keep their identity until the URL changes.
  const { tiers: selectedTiers, regions: selectedRegions } = filters;
  const filter: RowFilter = useMemo(
    () => ({ tiers: selectedTiers, regions: selectedRegions }),
    [selectedTiers, selectedRegions],
  );
  const regionRows = useMemo(
    () => applyFilters(rows, { tiers: [], regions: selectedRegions }),
    [rows, selectedRegions],
  );
  const counts = useMemo(() => buildLadderCounts(regionRows), [regionRows]);
  const tierNames = useMemo(
    () => new Map<TierId, string>(dataset.tiers.tiers.map((x) => [x.id, tierName(x, lang)])),
    [dataset, lang],
  );
  const shortNames = useMemo(
    () => new Map<TierId, string>(dataset.tiers.tiers.map((x) => [x.id, tierShortName(x, lang)])),
    [dataset, lang],
  );

  // Garbage in the URL falls back to defaults: say which parameters were ignored, then clean the address.
  // Ids that are well formed but not in the dataset (partner=XYZ) count as garbage too.
  // A meeting id from an earlier dataset version (its date was corrected since) opens the meeting under its new id.
  const renamedTo = filters.meeting ? index.formerMeetingIds.get(filters.meeting) : undefined;
  useEffect(() => {
    if (renamedTo) setFilters({ meeting: renamedTo }, 'replace');
  }, [renamedTo, setFilters]);
  const unknownIds = [
    ...(filters.partner && !index.partnersById.has(filters.partner)
      ? [{ param: 'partner', value: filters.partner }]
      : []),
    ...(filters.meeting && !index.meetingsById.has(filters.meeting) && !renamedTo
      ? [{ param: 'meeting', value: filters.meeting }]
      : []),
    ...(filters.leader && !knownLeaders(index.dataset.meetings).has(filters.leader)
      ? [{ param: 'leader', value: filters.leader }]
      : []),
  ];
  const ignoredNow = summarizeIgnored(invalid, unknownIds);
  const badParams = ignoredNow.map((i) => i.param).join(',');
  // Remembered from the first render: the address is cleaned right after, so the notice must not depend on it.
  const [ignored, setIgnored] = useState(() => formatIgnored(ignoredNow));
  useEffect(() => {
    if (!badParams) return;
    const params = badParams.split(',');
    setFilters(
      {
        ...(params.includes('partner') ? { partner: null } : {}),
        ...(params.includes('meeting') ? { meeting: null } : {}),
        ...(params.includes('leader') ? { leader: null } : {}),
      },
      'replace',
    );
  }, [badParams, setFilters]);

  const partner = filters.partner ? (index.partnersById.get(filters.partner) ?? null) : null;
  const meetingId = renamedTo ?? filters.meeting;
  const meeting = meetingId ? (index.meetingsById.get(meetingId) ?? null) : null;

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
    else setFilters((f) => (f.meeting && f.partner ? { meeting: null } : { partner: null, meeting: null }));
  }, [importOpen, setImportOpen, setFilters]);
  const rememberOpener = usePanelFocus(openKey, escape);
  const [focusArea, setFocusArea] = useState<{ key: string; seq: number } | null>(null);
  const pickArea = useCallback(
    (key: string) => {
      setFilters({ view: 'map' });
      setFocusArea((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));
    },
    [setFilters],
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
          : [viewNames[filters.view] ?? null, filters.year ? String(filters.year) : null],
      t('title'),
    ),
    lang,
  );

  const toggleTier = useCallback(
    (tier: TierId) => {
      markInteraction('tier');
      setFilters((f) => ({
        tiers: f.tiers.includes(tier) ? f.tiers.filter((x) => x !== tier) : [...f.tiers, tier],
      }));
    },
    [setFilters],
  );
  const openPartner = useCallback(
    (id: string) => {
      markInteraction('partner');
      rememberOpener(`partner:${id}`);
      setFilters({ partner: id, meeting: null });
    },
    [setFilters, rememberOpener],
  );
  const openMeeting = useCallback(
    (id: string) => {
      rememberOpener(`meeting:${id}`);
      setFilters((f) => ({
        meeting: id,
        partner: f.partner ?? index.meetingsById.get(id)?.partner_id ?? null,
      }));
    },
    [setFilters, index, rememberOpener],
  );
  const setYear = useCallback(
    (y: number | null, mode: 'push' | 'replace') => {
      markInteraction('year');
      // The change view's first date must stay before the second.
      setFilters(
        (f) => ({ year: y, ...(f.from !== null && y !== null && f.from >= y ? { from: y - 1 } : {}) }),
        mode,
      );
    },
    [setFilters],
  );
  const [methodologyOpen, setMethodologyOpen] = useState(false);
  const codebook = useCodebook();
  const [preview, setPreview] = useState<MapPreview | null>(null);
  useCjkFont(lang === 'zh' || !!filters.partner || !!filters.meeting || importOpen || methodologyOpen);
  const closeImport = useCallback(() => {
    setImportOpen(false);
    setPreview(null);
  }, [setPreview, setImportOpen]);

  const setRange = useCallback(
    (from: number, y: number | null, mode: 'push' | 'replace' = 'push') => {
      markInteraction('from');
      setFilters({ from, year: y }, mode);
    },
    [setFilters],
  );
  const openMeetingOf = useCallback((m: MeetingCore) => openMeeting(m.id), [openMeeting]);
  const setLeader = useCallback((leader: string | null) => setFilters({ leader }), [setFilters]);

  const mainRef = useRef<HTMLElement>(null);
  // On a phone the map comes first: its year control and filters sit right under it.
  const mapFirst = phone && filters.view === 'map';
  const filterBar = (
    <FilterBar
      lang={lang}
      year={filters.year}
      minYear={index.firstYear}
      maxYear={maxYear}
      onYear={setYear}
      regions={filters.regions}
      onRegions={(regions) => setFilters({ regions })}
      partners={dataset.partners}
      onPick={openPartner}
      onPickArea={pickArea}
    />
  );
  const setView = (view: View) => setFilters({ view });

  return (
    <div className={`app${mapFirst ? ' is-map-first' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Header
        lang={lang}
        view={filters.view}
        onView={setView}
        onLang={() => setFilters({ lang: lang === 'zh' ? 'en' : 'zh' })}
        onMethodology={() => setMethodologyOpen(true)}
      />
      {!mapFirst && filterBar}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {t('yearAnnounce')} {year}
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
        className={`workspace view-${filters.view}${partner || meeting || importOpen ? ' has-panel' : ''}${importOpen ? ' is-importing' : ''}`}
        tabIndex={-1}
      >
        <section className="main-view" aria-label={t('mainView')}>
          {filters.view === 'map' && (
            <MapView
              rows={rows}
              filter={filter}
              counts={counts}
              regionRows={regionRows}
              tiers={dataset.tiers.tiers}
              tierNames={tierNames}
              selectedTiers={filters.tiers}
              onToggleTier={toggleTier}
              onClearTiers={() => setFilters({ tiers: [] })}
              selectedId={partner?.id ?? null}
              onOpen={openPartner}
              lang={lang}
              year={year}
              preview={preview}
              climbs={climbs}
              focusArea={focusArea}
              controls={mapFirst ? filterBar : null}
            />
          )}
          {filters.view === 'ladder' && (
            <LadderView
              index={index}
              regionRows={regionRows}
              counts={counts}
              tierNames={shortNames}
              selected={filters.tiers}
              onToggle={toggleTier}
              year={year}
              maxYear={maxYear}
              lang={lang}
            />
          )}
          {filters.view === 'changes' && (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <ChangesView
                index={index}
                filters={filters}
                today={today}
                maxYear={maxYear}
                lang={lang}
                onRange={setRange}
                onLeader={setLeader}
                onOpenPartner={openPartner}
                onOpenMeeting={openMeetingOf}
              />
            </Suspense>
          )}
          {filters.view === 'table' && (
            <Suspense fallback={<p className="muted">{t('loading')}</p>}>
              <TableView
                index={index}
                rows={rows}
                filter={filter}
                asOfYear={year}
                lang={lang}
                onOpen={openPartner}
              />
            </Suspense>
          )}
        </section>
        <SidePanel
          importOpen={importOpen}
          onCloseImport={closeImport}
          onPreview={setPreview}
          index={index}
          rows={rows}
          partner={partner}
          meeting={meeting}
          tierNames={tierNames}
          shortNames={shortNames}
          selectedTiers={filters.tiers}
          asOf={asOf}
          maxYear={maxYear}
          regions={filters.regions}
          lang={lang}
          onOpenMeeting={openMeeting}
          onOpenPartner={openPartner}
          onClose={() => setFilters({ partner: null, meeting: null })}
          sheet={narrow}
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
