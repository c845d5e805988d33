import { useMemo } from 'react';
import type { FrameChrome } from '../charts/ChartFrame';
import type { ViewState } from '../url/viewState';
import type { AtlasView } from '../view/useAtlasView';
import { ChartMenu } from '../features/share/ChartMenu';

/** Every chart's frame in the app: the source line, and the share/export menu with the view's links and scope. */
export function useFrameChrome(
  model: Pick<AtlasView, 'sourceLine' | 'links'>,
  state: ViewState,
): FrameChrome {
  const { sourceLine, links } = model;
  const { lang, tiers, regions, partner } = state;
  return useMemo(
    () => ({ lang, sourceLine, share: { Menu: ChartMenu, links, scope: { tiers, regions, partner } } }),
    [lang, sourceLine, links, tiers, regions, partner],
  );
}
