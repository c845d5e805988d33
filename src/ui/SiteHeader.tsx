import type { ReactNode } from 'react';
import type { Lang } from '../url/viewState';
import { translator } from './i18n';
import './siteHeader.css';

/**
 * The one site header: the title block, then whatever the page adds (the view tabs and tools). The loading screen
 * (src/app/App.tsx) and the atlas (src/app/Header.tsx) use it; index.html's static shell repeats its markup so the
 * title paints before any script runs (tests/component/SiteHeader.test.tsx keeps the two the same).
 */
export function SiteHeader({ lang, children }: { lang: Lang; children?: ReactNode }) {
  const t = translator(lang);
  return (
    <header className="site-header">
      <div className="brand">
        <h1>{t('title')}</h1>
        <p className="tagline">{t('subtitle')}</p>
      </div>
      {children}
    </header>
  );
}
