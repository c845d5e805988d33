/**
 * The full atlas does not run inside another site's frame (clickjacking: a page could overlay it and steer clicks).
 * Framed by another origin, it shows this instead: a link that opens it in its own tab, and the embed parameter
 * that is meant for frames. Hosts that can send headers also set `frame-ancestors` (README, "Hosting").
 */
import { translator } from '../ui/i18n';
import './framedNotice.css';
import type { Lang } from '../url/viewState';

/** True when this page is inside a frame of another origin (reading the top's address is then refused). */
export function isFramedByOtherOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

export function FramedNotice({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const href = window.location.href;
  const embed = new URL(href);
  embed.searchParams.set('embed', 'map');
  return (
    <main className="framed-notice">
      <h1>{t('title')}</h1>
      <p>{t('framedExplain')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('framedOpen')}
        </a>
      </p>
      <p className="muted">
        {t('framedEmbed')} <code>{`${embed.pathname}${embed.search}`}</code>
      </p>
    </main>
  );
}
