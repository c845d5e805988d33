import { useEffect } from 'react';

/**
 * Noto Sans SC (about 120 unicode-range subsets) is fetched only for the Chinese interface: its @font-face list alone
 * is ~50 KB of compressed CSS, and an English first view does not need it (the few Chinese names shown in English
 * fall back to the system's CJK font through the `--font` stack in src/app/base.css).
 */
let loading: Promise<unknown> | null = null;

export function loadCjkFont(): Promise<unknown> {
  loading ??= import('@fontsource/noto-sans-sc/400.css');
  return loading;
}

/**
 * Loads the Chinese webfont once Chinese text matters: the interface is in Chinese, or a panel that shows Chinese
 * names and wordings is open (on systems without a CJK font those would otherwise show as empty boxes).
 */
export function useCjkFont(needed: boolean) {
  useEffect(() => {
    if (needed) void loadCjkFont();
  }, [needed]);
}

let latin: Promise<unknown> | null = null;

/**
 * Inter, for exported images only: the page itself uses system fonts (no font download before the first paint),
 * and a PNG or SVG should look the same on every machine, so exports load Inter and embed it.
 */
export function loadExportFont(): Promise<unknown> {
  latin ??= import('@fontsource-variable/inter').then(() =>
    typeof document !== 'undefined' && document.fonts
      ? document.fonts.load("700 16px 'Inter Variable'")
      : undefined,
  );
  return latin;
}
