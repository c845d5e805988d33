import type { Meta } from '../domain/schema';
import type { Lang } from '../url/filters';
import { translator } from '../ui/i18n';

export function Footer({ meta, lang }: { meta: Meta; lang: Lang }) {
  const t = translator(lang);
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
    </footer>
  );
}
