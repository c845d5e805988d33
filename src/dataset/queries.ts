import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDataset, loadMeetingDetails } from './loadDataset';

export const queryKeys = {
  dataset: ['dataset'] as const,
  topology: ['topology'] as const,
  meetingDetails: ['meeting-details'] as const,
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

export function meetingDetailsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.meetingDetails,
    queryFn: () => loadMeetingDetails(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** Details of every meeting, loaded the first time a panel or an export needs them. */
export function useMeetingDetails(enabled = true) {
  return useQuery({ ...meetingDetailsQueryOptions(), enabled });
}
