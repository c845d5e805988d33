/** The links of a chart: the full view (absolute, or relative from an embed) and its embed, from the view state. */
import {
  DEFAULT_VIEW_STATE,
  serializeViewState,
  toSearchString,
  type EmbedKind,
  type ViewState,
} from '../url/viewState';

/** The parts of the view state that shape a chart of a kind; everything else is dropped from its links. */
export function viewStateFor(kind: EmbedKind, state: ViewState): ViewState {
  const base = { ...DEFAULT_VIEW_STATE, asOf: state.asOf, lang: state.lang };
  if (kind === 'partner') return { ...base, partner: state.partner };
  if (kind === 'changes')
    return {
      ...base,
      tiers: state.tiers,
      regions: state.regions,
      from: state.from,
      leader: state.leader,
      view: 'changes',
    };
  return {
    ...base,
    tiers: state.tiers,
    regions: state.regions,
    view: kind === 'ladder' ? 'ladder' : 'map',
  };
}

/** Absolute link to the full view (keeps the current path, so a sub-path such as /atlas/ survives). */
export function buildViewUrl(location: Pick<Location, 'origin' | 'pathname'>, state: ViewState): string {
  return `${location.origin}${location.pathname}${toSearchString(serializeViewState({ ...state, embed: null }))}`;
}

export function buildEmbedUrl(
  location: Pick<Location, 'origin' | 'pathname'>,
  kind: EmbedKind,
  state: ViewState,
): string {
  const f = viewStateFor(kind, state);
  return `${location.origin}${location.pathname}${toSearchString(serializeViewState({ ...f, view: DEFAULT_VIEW_STATE.view, embed: kind }))}`;
}

/** Relative link from an embed to the full view: works at any sub-path and on any host. */
export function buildRelativeViewUrl(kind: EmbedKind, state: ViewState): string {
  return `./${toSearchString(serializeViewState({ ...viewStateFor(kind, state), embed: null }))}`;
}
