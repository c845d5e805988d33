import { useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import type { Region, TierId } from '../domain/schema';
import type { PartnerRow } from '../domain/filters';
import type { EmbedKind, Lang } from '../url/viewState';
import type { LegendItem } from '../domain/legend';
import { ChartLegend } from './ChartLegend';
import './chartFrame.css';
import { translator } from '../ui/i18n';

/** What a chart frame says (worked out by the view model, view/frameText.ts, or a feature's own model). */
export interface FrameText {
  title: string;
  /** The title in files and embeds ("Partnership Atlas: <title>"). */
  exportTitle: string;
  subtitle: string;
  legend: readonly LegendItem[];
  /** File names that say what and when: partnership-atlas-map-2020. */
  fileStem: string;
}

/** What a chart hands its menu: enough to share it, export its image and download its rows. */
export interface ChartMenuSpec {
  /** Which embed this chart belongs to (links, iframe snippet). */
  kind: EmbedKind;
  /** The title in files and in the iframe snippet ("Partnership Atlas: <title>"). */
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  asOf: string;
  /** The rows on screen, for "Download data". */
  exportRows?: readonly PartnerRow[];
  fileStem: string;
  embedNote?: string | null;
  /** A CSV of this chart's own rows (the change view's table), offered under "Data of this view". */
  csv?: { label: string; fileName: string; build: () => string };
}

/** A chart's links: the full view and its embed. */
export interface ChartLinks {
  viewUrl: string;
  embedUrl: string | null;
}

/** What a data export records about the view (besides the date): the filters that shaped the rows. */
export interface ExportScope {
  tiers: readonly TierId[];
  regions: readonly Region[];
  partner: string | null;
}

/** The share/export menu's props (features/share/ChartMenu): the frame gives it a slot and these. */
export interface ChartMenuProps {
  spec: ChartMenuSpec;
  lang: Lang;
  links: ChartLinks;
  scope: ExportScope;
  /** The chart's body, where the menu finds the SVG to export. */
  body: RefObject<HTMLDivElement | null>;
  /** Writes a line under the chart ("PNG ✓", "Working…"). */
  onStatus: (status: string) => void;
}

/** What every chart of a view shares: the language, the source line, the links and, in the app, the menu. */
export interface FrameChrome {
  lang: Lang;
  /** "Source: …, dataset version … (updated …), licence." */
  sourceLine: string | null;
  /** The share/export menu; absent in embeds (no menu, a link to the full view instead). */
  share?: ChartShare;
}

/** The app's share/export menu, with what it needs from the view on screen. */
export interface ChartShare {
  Menu: ComponentType<ChartMenuProps>;
  /** The links of a chart of a kind. */
  links: (kind: EmbedKind) => ChartLinks;
  scope: ExportScope;
}

interface Props {
  chrome: FrameChrome;
  kind: EmbedKind;
  /** A name for files and tests: map, ladder, ladder-time, partner. */
  chartId: string;
  text: FrameText;
  /** Draw the legend on screen too (the map has its own interactive legend beside it). */
  showLegend?: boolean;
  /** The as-of date of the data shown (ISO). */
  asOf: string;
  exportRows?: readonly PartnerRow[];
  embedNote?: string | null;
  /** embed: no menu, and a link to the full view instead. */
  fullViewHref?: string | null;
  headingLevel?: 1 | 2 | 3;
  /** Extra content between the subtitle and the chart (the partner embed's current tier). */
  lead?: ReactNode;
  csv?: ChartMenuSpec['csv'];
  children: ReactNode;
}

/** A chart with its title, a subtitle naming the filters, a legend, the source line and a slot for its menu. */
export function ChartFrame(p: Props) {
  const { lang, sourceLine, share } = p.chrome;
  const c = translator(lang);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const { title, exportTitle, subtitle, legend, fileStem } = p.text;
  const Heading = `h${p.headingLevel ?? 2}` as const;
  const showMenu = !p.fullViewHref && !!share;

  return (
    <figure className={`chart-frame${p.fullViewHref ? ' is-embed' : ''}`} data-chart={p.chartId}>
      <div className="chart-frame-head">
        <div className="chart-heading">
          <Heading className="chart-title">{p.fullViewHref ? exportTitle : title}</Heading>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        {showMenu && share && (
          <share.Menu
            spec={{
              kind: p.kind,
              title: exportTitle,
              subtitle,
              legend,
              asOf: p.asOf,
              exportRows: p.exportRows,
              fileStem,
              embedNote: p.embedNote,
              csv: p.csv,
            }}
            lang={lang}
            links={share.links(p.kind)}
            scope={share.scope}
            body={bodyRef}
            onStatus={setStatus}
          />
        )}
      </div>
      {p.lead}
      <div className="chart-body" ref={bodyRef}>
        {p.children}
      </div>
      {p.showLegend !== false && legend.length > 0 && (
        <ChartLegend items={legend} label={`${title}: ${c('legend')}`} />
      )}
      <figcaption className="source-line">
        {sourceLine && <>{sourceLine} </>}
        {p.fullViewHref && (
          <a href={p.fullViewHref} target="_blank" rel="noopener noreferrer">
            {c('fullView')}
            <span className="sr-only"> {c('opensNewTab')}</span>
          </a>
        )}
      </figcaption>
      {showMenu && (
        <p className="chart-status" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </figure>
  );
}
