import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { DATASET_TITLE_ZH } from '../ui/namesZh';
import type { PartnerRow } from '../domain/filters';
import { todayIso } from '../domain/atlas';
import { useQueryClient } from '@tanstack/react-query';
import { meetingDetailsQueryOptions, useDataset } from '../dataset/queries';
import { useFilters } from '../url/useFilters';
import type { EmbedKind, Lang } from '../url/filters';
import type { LegendItem } from '../export/composeSvg';
import { downloadBlob, downloadText, MIME } from '../export/download';
import { loadCjkFont, loadExportFont } from '../ui/cjkFont';
import { ChartLegend } from './ChartLegend';
import './chartFrame.css';
import {
  buildEmbedUrl,
  buildSourceLines,
  buildTitle,
  buildViewUrl,
  chartText,
  filtersFor,
} from './chartText';

// The export and share code loads on first use: it is not part of the first view.
const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);

interface Props {
  /** Which embed this chart belongs to (links, iframe snippet). */
  kind: EmbedKind;
  /** A name for files and tests: map, ladder, ladder-time, partner. */
  chartId: string;
  title: string;
  /** Title in files (defaults to "Partnership Atlas: <title>"). */
  exportTitle?: string;
  subtitle: string;
  legend: readonly LegendItem[];
  /** Draw the legend on screen too (the map has its own interactive legend beside it). */
  showLegend?: boolean;
  asOf: string;
  lang: Lang;
  /** The rows on screen, for "Download data". */
  exportRows?: readonly PartnerRow[];
  fileStem: string;
  embedNote?: string | null;
  /** embed: no menu, and a link to the full view instead. */
  fullViewHref?: string | null;
  headingLevel?: 1 | 2 | 3;
  /** Extra content between the subtitle and the chart (the partner embed's current tier). */
  lead?: ReactNode;
  /** A CSV of this chart's own rows (the change view's table), offered under "Data of this view". */
  csv?: { label: string; fileName: string; build: () => string };
  children: ReactNode;
}

/** A chart with its title, a subtitle naming the filters, an SVG legend, the source line and the share/export menu. */
export function ChartFrame(p: Props) {
  const c = chartText(p.lang);
  const dataset = useDataset();
  const queryClient = useQueryClient();
  const { filters } = useFilters();
  const bodyRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuRef = useRef<HTMLDivElement>(null);
  const meta = dataset.data?.meta ?? null;
  const exportTitle = p.exportTitle ?? buildTitle(p.lang, p.title);
  const Heading = `h${p.headingLevel ?? 2}` as const;

  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setMenuOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setMenuOpen(false);
        menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menuOpen]);

  const viewUrl =
    typeof window === 'undefined' ? '' : buildViewUrl(window.location, filtersFor(p.kind, filters));
  const embedUrl = typeof window === 'undefined' ? null : buildEmbedUrl(window.location, p.kind, filters);

  const run = async (label: string, job: () => Promise<void> | void) => {
    setMenuOpen(false);
    setStatus(c('working'));
    try {
      await job();
      setStatus(label);
    } catch (e) {
      setStatus(`${c('failed')} ${(e as Error).message}`);
    }
  };

  const exportImage = async (format: 'png' | 'svg') => {
    const [{ buildChartSvg, findChartSvg }, { svgToPng }] = await Promise.all([
      import('../export/svgToString'),
      import('../export/svgToPng'),
    ]);
    const svg = bodyRef.current ? findChartSvg(bodyRef.current) : null;
    if (!svg || !meta) throw new Error('no chart to export');
    // The Chinese webfont is loaded on demand (ui/cjkFont): make sure its @font-face rules are there to embed.
    const text = [p.subtitle, exportTitle, ...p.legend.map((l) => l.label), svg.textContent ?? ''].join('');
    await loadExportFont();
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) await loadCjkFont();
    const composed = await buildChartSvg(svg, {
      title: exportTitle,
      subtitle: p.subtitle,
      legend: p.legend,
      source: buildSourceLines(meta, p.lang, p.asOf, todayIso(), viewUrl),
      lang: p.lang,
    });
    if (format === 'svg') downloadText(composed.svg, `${p.fileStem}.svg`, MIME.svg);
    else downloadBlob(await svgToPng(composed.svg, composed.width, composed.height, 2), `${p.fileStem}.png`);
  };

  const exportData = async (file: 'partners' | 'meetings' | 'json') => {
    if (!dataset.data || !p.exportRows) throw new Error('no data');
    const [{ buildExport }, { withDetails, exportFileNames }, details] = await Promise.all([
      import('../export/buildExport'),
      import('../domain/exportTables'),
      queryClient.fetchQuery(meetingDetailsQueryOptions()),
    ]);
    const info: Record<string, unknown> = { as_of: p.asOf };
    if (filters.tiers.length && p.kind !== 'partner') info.tiers = filters.tiers;
    if (filters.regions.length && p.kind !== 'partner') info.regions = filters.regions;
    if (p.kind === 'partner' && filters.partner) info.partner = filters.partner;
    const full = { meta: dataset.data.meta, meetings: withDetails(dataset.data.meetings, details) };
    const bundle = buildExport(full, p.exportRows, p.asOf, info);
    const names = exportFileNames(p.asOf);
    if (file === 'partners') downloadText(bundle.partnersCsv, names.partners, MIME.csv);
    else if (file === 'meetings') downloadText(bundle.meetingsCsv, names.meetings, MIME.csv);
    else downloadText(bundle.json, names.json, MIME.json);
  };

  const onMenu = (action: string) => {
    if (action === 'share') {
      setMenuOpen(false);
      setShareOpen(true);
    } else if (action === 'png' || action === 'svg')
      void run(`${action.toUpperCase()} ✓`, () => exportImage(action));
    else if (action === 'partners' || action === 'meetings' || action === 'json')
      void run(`${action} ✓`, () => exportData(action));
    else if (action === 'codebook') {
      // The app opens its codebook for #codebook (src/app/useCodebook.ts).
      setMenuOpen(false);
      window.location.assign('#codebook');
    } else if (action === 'csv' && p.csv) {
      const csv = p.csv;
      void run(`${csv.fileName} ✓`, () => downloadText(csv.build(), csv.fileName, MIME.csv));
    }
  };
  const groups: { label: string; items: [string, string][] }[] = [
    { label: c('menu'), items: [['share', c('share')]] },
    {
      label: c('imageGroup'),
      items: [
        ['png', c('downloadPng')],
        ['svg', c('downloadSvg')],
      ],
    },
  ];
  if (p.csv) groups.push({ label: c('dataGroup'), items: [['csv', p.csv.label]] });
  if (p.exportRows)
    groups.push({
      label: c('dataGroup'),
      items: [
        ['partners', c('downloadPartners')],
        ['meetings', c('downloadMeetings')],
        ['json', c('downloadJson')],
      ],
    });
  groups.push({ label: c('dataGroup'), items: [['codebook', c('codebookLink')]] });

  return (
    <figure className={`chart-frame${p.fullViewHref ? ' is-embed' : ''}`} data-chart={p.chartId}>
      <div className="chart-frame-head">
        <div className="chart-heading">
          <Heading className="chart-title">{p.fullViewHref ? exportTitle : p.title}</Heading>
          <p className="chart-subtitle">{p.subtitle}</p>
        </div>
        {!p.fullViewHref && (
          <div className="chart-menu" ref={menuRef}>
            <button
              type="button"
              className="ghost-button chart-menu-button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((o) => !o)}
            >
              {c('menu')}
            </button>
            <div id={menuId} className="chart-menu-list" hidden={!menuOpen}>
              {groups.map((g) => (
                <ul key={g.label} aria-label={g.label}>
                  {g.items.map(([action, label]) => (
                    <li key={action}>
                      <button type="button" className="chart-menu-item" onClick={() => onMenu(action)}>
                        {label}
                      </button>
                    </li>
                  ))}
                </ul>
              ))}
            </div>
          </div>
        )}
      </div>
      {p.lead}
      <div className="chart-body" ref={bodyRef}>
        {p.children}
      </div>
      {p.showLegend !== false && p.legend.length > 0 && (
        <ChartLegend items={p.legend} label={`${p.title}: ${c('legend')}`} />
      )}
      <figcaption className="source-line">
        {meta && (
          <>
            {c('source')}: {p.lang === 'zh' ? DATASET_TITLE_ZH : meta.title}, {c('datasetVersion')}{' '}
            {meta.version} ({c('updated')} {meta.last_updated}), {meta.license}.{' '}
          </>
        )}
        {p.fullViewHref && (
          <a href={p.fullViewHref} target="_blank" rel="noopener noreferrer">
            {c('fullView')}
            <span className="sr-only"> {c('opensNewTab')}</span>
          </a>
        )}
      </figcaption>
      {!p.fullViewHref && (
        <p className="chart-status" role="status" aria-live="polite">
          {status}
        </p>
      )}
      {meta && shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog
            open={shareOpen}
            onClose={() => setShareOpen(false)}
            lang={p.lang}
            title={exportTitle}
            viewUrl={viewUrl}
            embedUrl={embedUrl}
            embedNote={p.embedNote}
            meta={meta}
            accessed={todayIso()}
          />
        </Suspense>
      )}
    </figure>
  );
}
