import type { Meta } from '../domain/schema';
import type { Lang } from '../url/filters';
import { translator } from '../ui/i18n';
import { readerText } from '../ui/readerText';

/** Dataset, licence and sources; and, for curators, the report import (kept out of the main navigation). */
export function Footer({ meta, lang, onImport }: { meta: Meta; lang: Lang; onImport?: () => void }) {
  const t = translator(lang);
  const r = readerText(lang);
  return (
    <footer className="site-footer">
      <p>
        {t('source')}: {meta.title}, {t('dataset')} {t('version')} {meta.version} ({meta.last_updated}).{' '}
        <a href={meta.license_url} target="_blank" rel="noopener noreferrer">
          {meta.license}
        </a>
        . Official wording from the Ministry of Foreign Affairs of the PRC and Xinhua; every record links its
        sources.
      </p>
      {onImport && (
        <p className="footer-curators">
          {r('curatorTitle')}:{' '}
          <button type="button" className="link-button" onClick={onImport}>
            {r('importReport')}
          </button>
        </p>
      )}
    </footer>
  );
}
