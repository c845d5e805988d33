import { memo } from 'react';
import type { Lang, View } from '../url/viewState';
import { translator } from '../ui/i18n';
import { SiteHeader } from '../ui/SiteHeader';
import './header.css';

export const Header = memo(function Header({
  lang,
  view,
  onView,
  onLang,
  onMethodology,
}: {
  lang: Lang;
  view: View;
  onView: (v: View) => void;
  onLang: () => void;
  onMethodology: () => void;
}) {
  const t = translator(lang);
  const views: [View, string][] = [
    ['map', t('viewMap')],
    ['ladder', t('viewLadder')],
    ['table', t('viewTable')],
    ['changes', t('viewChanges')],
  ];
  return (
    <SiteHeader lang={lang}>
      <nav className="view-tabs" aria-label={t('mainView')}>
        {views.map(([v, label]) => (
          <button key={v} type="button" aria-pressed={view === v} className="tab" onClick={() => onView(v)}>
            {label}
          </button>
        ))}
      </nav>
      <div className="header-tools">
        <button type="button" className="ghost-button" onClick={onMethodology}>
          {t('methodology')}
        </button>
        <button
          type="button"
          className="ghost-button"
          onClick={onLang}
          aria-label={t('languageLabel')}
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
        >
          {t('language')}
        </button>
      </div>
    </SiteHeader>
  );
});
