import { useEffect } from 'react';

/** The document's title and language follow the view ("Belarus — Partnership Atlas", <html lang="zh">). */
export function usePageMeta(title: string, lang: 'en' | 'zh') {
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

export function buildPageTitle(parts: readonly (string | null | undefined)[], appTitle: string): string {
  const head = parts.filter(Boolean).join(', ');
  return head ? `${head} — ${appTitle}` : appTitle;
}
