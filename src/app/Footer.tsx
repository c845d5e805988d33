import { memo } from 'react';
import type { Meta } from '../domain/schema';
import type { Lang } from '../url/viewState';
import { translator } from '../ui/i18n';
import { readerText } from '../ui/readerText';
import { DATASET_TITLE_ZH, WORDING_NOTE_ZH } from '../ui/namesZh';
import './footer.css';

/** Dataset, licence and sources; and, for curators, the report import (kept out of the main navigation). */
export const Footer = memo(function Footer({
  meta,
  lang,
  onImport,
}: {
  meta: Meta;
  lang: Lang;
  onImport?: () => void;
}) {
  const t = translator(lang);
  const r = readerText(lang);
  const zh = lang === 'zh';
  return (
    <footer className="site-footer">
      <p>
        {t('source')}
        {zh ? '：' : ': '}
        {zh ? DATASET_TITLE_ZH : meta.title}
        {zh ? '，' : ', '}
        {t('dataset')} {t('version')} {meta.version} ({meta.last_updated}){zh ? '。' : '. '}
        <a href={meta.license_url} target="_blank" rel="noopener noreferrer">
          {meta.license}
        </a>
        {zh
          ? `。${WORDING_NOTE_ZH}`
          : '. Official wording from the Ministry of Foreign Affairs of the PRC and Xinhua; every record links its sources.'}
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
});
