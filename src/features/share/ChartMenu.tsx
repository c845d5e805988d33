/**
 * A chart's "Share or export" menu: the share dialog, the PNG and SVG images, the data of the view and the codebook.
 * The one place that fetches for an export (every meeting's details) and writes files; the chart frame only gives
 * it a slot.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { todayIso } from '../../domain/atlas';
import { meetingDetailsQueryOptions, useDataset } from '../../dataset/queries';
import { downloadBlob, downloadText, MIME } from '../../export/download';
import { loadCjkFont, loadExportFont } from '../../ui/cjkFont';
import type { ChartMenuProps } from '../../charts/ChartFrame';
import { buildSourceLines } from '../../ui/chartWords';
import { translator } from '../../ui/i18n';

// The share dialog loads on first use: it is not part of the first view.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function ChartMenu({ spec, lang, links, scope, body, onStatus }: ChartMenuProps) {
  const c = translator(lang);
  const dataset = useDataset();
  const queryClient = useQueryClient();
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const meta = dataset.data?.meta ?? null;

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

  const run = async (label: string, job: () => Promise<void> | void) => {
    setMenuOpen(false);
    onStatus(c('working'));
    try {
      await job();
      onStatus(label);
    } catch (e) {
      onStatus(`${c('failed')} ${(e as Error).message}`);
    }
  };

  const exportImage = async (format: 'png' | 'svg') => {
    const [{ buildChartSvg, findChartSvg }, { svgToPng }] = await Promise.all([
      import('../../export/svgToString'),
      import('../../export/svgToPng'),
    ]);
    const svg = body.current ? findChartSvg(body.current) : null;
    if (!svg || !meta) throw new Error('no chart to export');
    // The Chinese webfont is loaded on demand (ui/cjkFont): make sure its @font-face rules are there to embed.
    const text = [spec.subtitle, spec.title, ...spec.legend.map((l) => l.label), svg.textContent ?? ''].join(
      '',
    );
    await loadExportFont();
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) await loadCjkFont();
    const composed = await buildChartSvg(svg, {
      title: spec.title,
      subtitle: spec.subtitle,
      legend: spec.legend,
      source: buildSourceLines(meta, lang, spec.asOf, todayIso(), links.viewUrl),
      lang,
    });
    if (format === 'svg') downloadText(composed.svg, `${spec.fileStem}.svg`, MIME.svg);
    else
      downloadBlob(await svgToPng(composed.svg, composed.width, composed.height, 2), `${spec.fileStem}.png`);
  };

  const exportData = async (file: 'partners' | 'meetings' | 'json') => {
    if (!dataset.data || !spec.exportRows) throw new Error('no data');
    const [{ buildExport }, { withDetails, exportFileNames }, details] = await Promise.all([
      import('../../export/buildExport'),
      import('../../domain/exportTables'),
      queryClient.fetchQuery(meetingDetailsQueryOptions()),
    ]);
    const info: Record<string, unknown> = { as_of: spec.asOf };
    if (scope.tiers.length && spec.kind !== 'partner') info.tiers = scope.tiers;
    if (scope.regions.length && spec.kind !== 'partner') info.regions = scope.regions;
    if (spec.kind === 'partner' && scope.partner) info.partner = scope.partner;
    const full = { meta: dataset.data.meta, meetings: withDetails(dataset.data.meetings, details) };
    const bundle = buildExport(full, spec.exportRows, spec.asOf, info);
    const names = exportFileNames(spec.asOf);
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
    } else if (action === 'csv' && spec.csv) {
      const csv = spec.csv;
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
  if (spec.csv) groups.push({ label: c('dataGroup'), items: [['csv', spec.csv.label]] });
  if (spec.exportRows)
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
      {meta && shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog
            open={shareOpen}
            onClose={() => setShareOpen(false)}
            lang={lang}
            title={spec.title}
            viewUrl={links.viewUrl}
            embedUrl={links.embedUrl}
            embedNote={spec.embedNote}
            meta={meta}
            accessed={todayIso()}
          />
        </Suspense>
      )}
    </div>
  );
}
