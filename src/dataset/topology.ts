import { useQuery } from '@tanstack/react-query';
import topologyUrl from 'world-atlas/countries-110m.json?url';
import { queryKeys } from './queries';
import { prepareGeometry, type CountriesTopology } from '../domain/mapGeometry';

export type { CountriesTopology };

/** The world shapes are a bundled static asset (Natural Earth 1:110m via world-atlas), loaded like the data. */
export async function loadTopology(url: string = topologyUrl): Promise<CountriesTopology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The map shapes (${url}) could not be loaded: HTTP ${response.status}`);
  const json = (await response.json()) as Partial<CountriesTopology>;
  if (json?.type !== 'Topology' || !json.objects?.countries)
    throw new Error(`The map shapes (${url}) are not a TopoJSON file with a "countries" object`);
  return json as CountriesTopology;
}

export function topologyQueryOptions() {
  const queryFn = async () => {
    const topology = await loadTopology();
    await prepareGeometry(topology);
    return topology;
  };
  return { queryKey: queryKeys.topology, queryFn, staleTime: Infinity, retry: 1 } as const;
}

export function useTopology() {
  return useQuery(topologyQueryOptions());
}
