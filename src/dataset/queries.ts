import { useEffect } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** The details of one partner's meetings (a meeting panel), or of every meeting (an export) when none is given. */
export function meetingDetailsQueryOptions(partnerId: string | null = null) {
  return queryOptions({
    queryKey: [...queryKeys.meetingDetails, partnerId ?? '*'],
    queryFn: () => loadMeetingDetails(partnerId === null ? null : [partnerId]),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** Details of a partner's meetings, loaded the first time one of its meeting panels opens. */
export function useMeetingDetails(partnerId: string | null) {
  return useQuery({ ...meetingDetailsQueryOptions(partnerId ?? ''), enabled: partnerId !== null });
}

/**
 * While a partner's panel is open, its meetings' details are fetched and parsed in the background, so the meeting
 * panel a reader opens from it shows them at once.
 */
export function usePrefetchMeetingDetails(partnerId: string | null) {
  const client = useQueryClient();
  useEffect(() => {
    if (!partnerId) return;
    // Once the partner's panel has painted: fetching and receiving the details is not part of opening it.
    const timer = window.setTimeout(
      () => void client.prefetchQuery(meetingDetailsQueryOptions(partnerId)),
      250,
    );
    return () => window.clearTimeout(timer);
  }, [client, partnerId]);
}
