/**
 * What the change map draws, as memoised layers (shapes, markers) and the pinned card. Each shape and marker takes
 * only strings and numbers, its events handled once on the map (see ChangeMap): switching the first date re-renders
 * the shapes whose class changed and skips the rest.
 */
import { memo, type CSSProperties } from 'react';
import { Geography } from 'react-simple-maps';
import type { ChangeRow } from '../../domain/changes';
import type { MeetingCore } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { formatDate } from '../../ui/format';
import { HatchPattern } from '../../ui/HatchPattern';
import { changeText } from './changeText';

export interface ChangeItem {
  key: string;
  x: number;
  y: number;
  fill: string;
  dimmed: boolean;
  title: string;
  line: string;
  row: ChangeRow | null;
  coordinates?: [number, number];
  duplicate?: boolean;
}

type Geo = Parameters<typeof Geography>[0]['geography'];

export function ChangePatterns() {
  return (
    <defs>
      <HatchPattern id="change-hatch" />
    </defs>
  );
}

/** The keyboard and screen-reader part of an item: a roving tab stop on partners, a label on every item. */
function access(item: ChangeItem, tabKey: string | null) {
  return {
    tabbable: item.row && !item.duplicate ? item.key === tabKey : null,
    partner: !!item.row,
    label: `${item.title}: ${item.line}`,
  };
}

const Shape = memo(function Shape(props: {
  id: string;
  geography: Geo;
  className: string;
  fill: string;
  change: string | undefined;
  label: string;
  tabbable: boolean | null;
  partner: boolean;
}) {
  return (
    <Geography
      geography={props.geography}
      data-key={props.id}
      className={props.className}
      fill={props.fill}
      data-change={props.change}
      vectorEffect="non-scaling-stroke"
      tabIndex={props.tabbable === null ? undefined : props.tabbable ? 0 : -1}
      role={props.partner ? 'button' : 'img'}
      aria-label={props.label}
    />
  );
});

export function ChangeShapes({
  items,
  geographies,
  pinnedKey,
  tabKey,
}: {
  items: readonly ChangeItem[];
  geographies: ReadonlyMap<string, Geo>;
  pinnedKey: string | null;
  tabKey: string | null;
}) {
  return items
    .filter((item) => !item.coordinates)
    .map((item) => (
      <Shape
        key={item.key}
        id={item.key}
        geography={geographies.get(item.key)!}
        className={`map-shape${item.dimmed ? ' is-dimmed' : ''}${item.row ? ' is-partner' : ''}${pinnedKey === item.key ? ' is-selected' : ''}`}
        fill={item.fill}
        change={item.row?.cls}
        {...access(item, tabKey)}
      />
    ));
}

const Marker = memo(function Marker(props: {
  id: string;
  x: number;
  y: number;
  zoom: number;
  dimmed: boolean;
  fill: string;
  change: string | undefined;
  label: string;
  tabbable: boolean | null;
  partner: boolean;
  duplicate: boolean;
}) {
  return (
    <g transform={`translate(${props.x}, ${props.y})`}>
      <circle
        data-key={props.id}
        r={4.2 / props.zoom}
        className={`map-marker${props.dimmed ? ' is-dimmed' : ''}`}
        fill={props.fill}
        strokeWidth={1.2 / props.zoom}
        data-change={props.change}
        tabIndex={props.tabbable === null ? undefined : props.tabbable ? 0 : -1}
        {...(props.duplicate
          ? { 'aria-hidden': true }
          : { role: props.partner ? 'button' : 'img', 'aria-label': props.label })}
      />
    </g>
  );
});

export function ChangeMarkers({
  items,
  zoom,
  tabKey,
}: {
  items: readonly ChangeItem[];
  zoom: number;
  tabKey: string | null;
}) {
  return items
    .filter((item) => item.coordinates)
    .map((item) => (
      <Marker
        key={item.key}
        id={item.key}
        x={item.x}
        y={item.y}
        zoom={zoom}
        dimmed={item.dimmed}
        fill={item.fill}
        change={item.row?.cls}
        duplicate={!!item.duplicate}
        {...access(item, tabKey)}
      />
    ));
}

/** The card a click or Enter pins: what changed, the meetings behind it, and a way to the partner's panel. */
export function ChangeCard({
  title,
  line,
  row,
  floating,
  style,
  lang,
  meetingHref,
  onOpenMeeting,
  onOpenPartner,
  onClose,
}: {
  title: string;
  line: string;
  row: ChangeRow;
  floating: boolean;
  style: CSSProperties | undefined;
  lang: Lang;
  meetingHref: (m: MeetingCore) => string;
  onOpenMeeting?: ((m: MeetingCore) => void) | undefined;
  onOpenPartner?: ((id: string) => void) | undefined;
  onClose: () => void;
}) {
  const c = changeText(lang);
  return (
    <div
      className={`change-card${floating ? '' : ' is-static'}`}
      role="dialog"
      aria-label={title}
      style={style}
      data-export-ignore=""
    >
      <div className="change-card-head">
        <strong>{title}</strong>
        <button type="button" className="link-button" onClick={onClose} aria-label={c('closeCard')}>
          ×
        </button>
      </div>
      <p>{line}</p>
      {row.meetings.length > 0 && (
        <ul>
          {row.meetings.map((m) => (
            <li key={m.id}>
              <a
                href={meetingHref(m)}
                onClick={(e) => {
                  if (!onOpenMeeting) return;
                  e.preventDefault();
                  onOpenMeeting(m);
                }}
                {...(onOpenMeeting ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
              >
                {formatDate(m.date, m.date_precision, lang)}
                {m.place.city ? `, ${m.place.city}` : ''}
                {m.china_principal ? ` (${m.china_principal.name})` : ''}
              </a>
            </li>
          ))}
        </ul>
      )}
      {onOpenPartner && (
        <button type="button" className="ghost-button" onClick={() => onOpenPartner(row.partner.id)}>
          {c('open')} {title}
        </button>
      )}
    </div>
  );
}
