import { useEffect, useState } from 'react';
import { formatIgnored, summarizeIgnored, type InvalidParam } from '../url/viewState';
import type { ViewStateUpdate } from '../url/useViewState';

type SetState = (update: ViewStateUpdate, mode?: 'push' | 'replace') => void;

/**
 * Garbage in the URL falls back to defaults: the notice says which parameters were ignored, then the address is
 * cleaned. Ids that are well formed but not in the dataset (partner=XYZ) count as garbage too. A meeting id from an
 * earlier dataset version (its date was corrected since) opens the meeting under its new id. Returns the notice's
 * text (empty when there is none) and a way to dismiss it.
 */
export function useAddressCleanup(
  invalid: readonly InvalidParam[],
  unknownIds: readonly InvalidParam[],
  renamedTo: string | null | undefined,
  setState: SetState,
): [notice: string, dismiss: () => void] {
  useEffect(() => {
    if (renamedTo) setState({ meeting: renamedTo }, 'replace');
  }, [renamedTo, setState]);
  const ignoredNow = summarizeIgnored(invalid, unknownIds);
  const badParams = ignoredNow.map((i) => i.param).join(',');
  // Remembered from the first render: the address is cleaned right after, so the notice must not depend on it.
  const [notice, setNotice] = useState(() => formatIgnored(ignoredNow));
  useEffect(() => {
    if (!badParams) return;
    const params = badParams.split(',');
    setState(
      {
        ...(params.includes('partner') ? { partner: null } : {}),
        ...(params.includes('meeting') ? { meeting: null } : {}),
        ...(params.includes('leader') ? { leader: null } : {}),
      },
      'replace',
    );
  }, [badParams, setState]);
  return [notice, () => setNotice('')];
}
