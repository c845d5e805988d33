import { useEffect } from 'react';

/** The document's title and language follow the view ("Belarus — Partnership Atlas", <html lang="zh">). */
export function usePageMeta(title: string, lang: 'en' | 'zh') {
  // A moment later, once the change that caused it has painted: the browser's title update is not free (a few ms a
  // year step), and the title is not on the page.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      document.title = title;
    }, 50);
    return () => window.clearTimeout(timer);
  }, [title]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

export function buildPageTitle(parts: readonly (string | null | undefined)[], appTitle: string): string {
  const head = parts.filter(Boolean).join(', ');
  return head ? `${head} — ${appTitle}` : appTitle;
}
