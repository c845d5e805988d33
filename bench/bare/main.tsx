/**
 * The benchmark's reference page: the smallest honest world map built with the same map library
 * (react-simple-maps on React), the same topology file and the same bundler as the atlas.
 * No data, no fonts, no styling beyond the map. `npm run bench` builds it into dist-bare/.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import topologyUrl from 'world-atlas/countries-110m.json?url';

function BareMap() {
  return (
    <>
      <h1 style={{ font: '600 18px system-ui, sans-serif', margin: '8px' }}>World map</h1>
      <ComposableMap projection="geoEqualEarth" width={800} height={400} role="img" aria-label="World map">
        <Geographies geography={topologyUrl}>
          {({ geographies }) =>
            geographies.map((geo) => (
              <Geography key={geo.rsmKey} geography={geo} fill="#d9d4c7" stroke="#ffffff" strokeWidth={0.5} />
            ))
          }
        </Geographies>
      </ComposableMap>
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
