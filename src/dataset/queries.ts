import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDataset } from './loadDataset';

export const queryKeys = {
  dataset: ['dataset'] as const,
  topology: ['topology'] as const,
};

export function datasetQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.dataset,
    queryFn: () => loadDataset(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
