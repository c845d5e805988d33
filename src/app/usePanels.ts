import { useCallback, useState } from 'react';
import type { AtlasIndex } from '../domain/atlas';
import type { ViewStateUpdate } from '../url/useViewState';
import type { MapPreview } from '../features/map/WorldMap';
import { markInteraction } from './perfMarks';
import { usePanelFocus } from './usePanelFocus';

type SetState = (update: ViewStateUpdate, mode?: 'push' | 'replace') => void;

/**
 * What is open beside the main view: a partner, a meeting (both in the address) or the import panel (local), with
 * its map preview. Escape closes the top one and the focus returns to what opened it.
 */
export function usePanels(
  index: AtlasIndex,
  open: { partnerId: string | null; meetingId: string | null },
  setState: SetState,
) {
  const [importOpen, setImportOpen] = useState(false);
  const [preview, setPreview] = useState<MapPreview | null>(null);
  const openKey = importOpen
    ? 'import'
    : open.meetingId
      ? `meeting:${open.meetingId}`
      : open.partnerId
        ? `partner:${open.partnerId}`
        : null;
  const escape = useCallback(() => {
    if (importOpen) setImportOpen(false);
    else setState((f) => (f.meeting && f.partner ? { meeting: null } : { partner: null, meeting: null }));
  }, [importOpen, setState]);
  const rememberOpener = usePanelFocus(openKey, escape);

  const openPartner = useCallback(
    (id: string) => {
      markInteraction('partner');
      rememberOpener(`partner:${id}`);
      setState({ partner: id, meeting: null });
    },
    [setState, rememberOpener],
  );
  const openMeeting = useCallback(
    (id: string) => {
      rememberOpener(`meeting:${id}`);
      setState((f) => ({
        meeting: id,
        partner: f.partner ?? index.meetingsById.get(id)?.partner_id ?? null,
      }));
    },
    [setState, index, rememberOpener],
  );
  const openImport = useCallback(() => {
    rememberOpener('import');
    setImportOpen(true);
  }, [rememberOpener]);
  const closeImport = useCallback(() => {
    setImportOpen(false);
    setPreview(null);
  }, []);
  const closePanel = useCallback(() => setState({ partner: null, meeting: null }), [setState]);

  return { importOpen, openImport, closeImport, preview, setPreview, openPartner, openMeeting, closePanel };
}
