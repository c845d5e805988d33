/**
 * The benchmark's reference page: the smallest honest world map built with the same map library
 * (react-simple-maps on React), the same topology file and the same bundler as the atlas.
 * No data, no fonts, no styling beyond the map. `npm run bench` builds it into dist-bare/.
 *
 * It is also the floor for the atlas's interactions: the same interactions done the cheapest way these libraries
 * allow, with the same DOM hooks the bench drives and the same performance marks (src/app/perfMarks.ts).
 * A year change, a timeline step, a tier toggle and the change view's `from` recolour every shape (React state, one
 * re-render of the shapes); opening a partner opens a minimal panel with its name.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import topologyUrl from 'world-atlas/countries-110m.json?url';
import { markInteraction } from '../../src/app/perfMarks';

const COLOURS = ['#7a1f2b', '#b8463a', '#e08a4f', '#f1c27d', '#9fb7c9'];
const FIRST = 1990;
const LAST = 2026;
const changes = new URLSearchParams(window.location.search).get('view') === 'changes';

/** A made-up rung per shape and year: cheap, deterministic, and it changes from year to year. */
function rung(id: string, year: number): number {
  let h = year;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(h >> 3) % COLOURS.length;
}

function BareMap() {
  const [year, setYear] = useState(LAST);
  const [off, setOff] = useState<readonly number[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [from, setFrom] = useState(2012);
  const step = (y: number) => {
    markInteraction('year');
    setYear(Math.min(LAST, Math.max(FIRST, y)));
  };
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      markInteraction('year');
      setYear((y) => (y >= LAST ? FIRST : y + 1));
    }, 650);
    return () => window.clearInterval(timer);
  }, [playing]);
  const fill = (id: string) => {
    if (changes) return COLOURS[(rung(id, year) + rung(id, from)) % COLOURS.length];
    const r = rung(id, year);
    return off.length && !off.includes(r) ? '#ebe8e2' : COLOURS[r];
  };
  return (
    <>
      <h1 style={{ font: '600 18px system-ui, sans-serif', margin: '8px' }}>World map</h1>
      {changes ? (
        <div className="change-controls">
          <select
            aria-label="From"
            value={from}
            onChange={(e) => {
              markInteraction('from');
              setFrom(Number(e.target.value));
            }}
          >
            <option value="2008">2008</option>
            <option value="2012">2012</option>
          </select>
        </div>
      ) : (
        <div className="year-control">
          <button type="button" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
            Play
          </button>
          <input
            type="range"
            aria-label="Year"
            min={FIRST}
            max={LAST}
            value={year}
            onChange={(e) => step(Number(e.target.value))}
          />
        </div>
      )}
      <ul className="legend-list" style={{ display: 'flex', listStyle: 'none' }}>
        {COLOURS.map((c, i) => (
          <li key={c}>
            <button
              type="button"
              aria-pressed={off.includes(i)}
              onClick={() => {
                markInteraction('tier');
                setOff((o) => (o.includes(i) ? o.filter((x) => x !== i) : [...o, i]));
              }}
            >
              Rung {i + 1}
            </button>
          </li>
        ))}
      </ul>
      {/* One listener for every shape (the shapes' props then change only with their fill: memo skips the rest). */}
      <div
        className={changes ? 'change-map' : undefined}
        onClick={(e) => {
          const name = (e.target as Element).closest<SVGElement>('[data-name]')?.dataset.name;
          if (!name) return;
          markInteraction('partner');
          setOpen(name);
        }}
      >
        <ComposableMap projection="geoEqualEarth" width={800} height={400} role="img" aria-label="World map">
          <Geographies geography={topologyUrl}>
            {({ geographies }) =>
              geographies.map((geo) => (
                <Geography
                  key={geo.rsmKey}
                  geography={geo}
                  className="map-shape is-partner"
                  data-name={String(geo.properties?.name ?? geo.id)}
                  fill={fill(String(geo.id))}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                />
              ))
            }
          </Geographies>
        </ComposableMap>
      </div>
      {open && (
        <aside className="side-panel">
          <h2>{open}</h2>
          <button type="button" className="close-button" onClick={() => setOpen(null)}>
            Close
          </button>
        </aside>
      )}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BareMap />
  </StrictMode>,
);
