/** English partnership wordings and joint statements. */
// prettier-ignore
const MODIFIERS = new Set([
  'comprehensive', 'strategic', 'cooperative', 'cooperation', 'all-weather', 'permanent', 'all-round',
  'all-dimensional', 'friendly', 'good-neighbourly', 'good-neighborly', 'innovative', 'global', 'close',
  'closer', 'lasting', 'high-quality', 'future-oriented', 'new-type', 'constructive', 'and', 'everlasting',
  'enduring', 'mutually-beneficial', 'pragmatic', 'traditional', 'new', 'type', 'all-round,', 'multi-tiered',
]);

const SUFFIX_RE = new RegExp(
  '^(?: of (?:coordination|cooperation)(?= |[,.;]|$))?' +
    '(?: (?:of|featuring) (?:mutual|equality|solidarity|good-neighbou?rly|friendship|common|win-win|long-term|sincere|ever-lasting|everlasting)[a-z ,-]*?(?=[,.;:)"]| between| with| and (?:the|to|signed|witnessed|issued)|$))?' +
    '(?: progressing with the times)?(?: for mutual benefit)?(?: for (?:a|the) new era| in the new era)?' +
    '(?: (?:for|toward|towards|oriented toward) the 21st century)?',
  'i',
);

export interface WordingHit {
  wording: string;
  index: number;
}

/** Partnership phrases in a piece of text, lower-cased, without "China-X" prefixes. */
export function findWordings(text: string): WordingHit[] {
  const out: WordingHit[] = [];
  for (const m of text.matchAll(/\bpartnership\b/gi)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 160), at);
    const words = before.split(/\s+/).filter(Boolean);
    const mods: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const raw = words[i] ?? '';
      const w = raw.toLowerCase().replace(/[–—]/g, '-');
      if (/[.;:!?,"()]$/.test(raw) && i !== words.length - 1) break;
      if (!MODIFIERS.has(w.replace(/,$/, ''))) break;
      mods.unshift(w.replace(/,$/, ''));
    }
    while (mods[0] === 'and' || mods[0] === 'new' || mods[0] === 'type') mods.shift();
    if (mods.length === 0) continue;
    const after = text.slice(at + 'partnership'.length, at + 'partnership'.length + 200);
    const suffix = (SUFFIX_RE.exec(after)?.[0] ?? '').replace(/[\s,]+$/, '');
    const wording = `${mods.join(' ')} partnership${suffix}`.toLowerCase().replace(/\s+/g, ' ').trim();
    out.push({ wording, index: at });
  }
  return out;
}

export const UPGRADE_RE =
  /\b(elevat\w*|upgrad\w*|lift\w*|rais(?:e|ed|ing)|promot(?:e|ed|ing)|advanc(?:e|ed|ing))\b[^.;]*?\bto (?:a |an |the )?(?:new )?[^.;]*?\bpartnership\b/i;
export const ESTABLISH_RE =
  /\b(decided to establish|agreed to establish|announced? (?:the )?(?:establishment|formation) of|jointly announced? (?:the )?establishment|established|establishing|establish|the establishment of|to form|formed|forge[sd]?)\b(?! diplomatic)[^.;]*?\bpartnership\b/i;

export interface StatementFind {
  title: string | null;
  described: string | null;
  mentioned: boolean;
}

export function findJointStatement(text: string): StatementFind {
  const quoted =
    /"([^"\n]{0,200}?\bJoint (?:Statement|Declaration|Communiqu[eé]|Press Communiqu[eé])\b[^"\n]{0,200}?)"/.exec(
      text,
    );
  if (quoted?.[1]) return { title: quoted[1].trim(), described: null, mentioned: true };
  const cap =
    /\b((?:China-[A-Z][\w-]* )?Joint (?:Statement|Declaration|Communiqu[eé]|Press Communiqu[eé])(?: (?:[Oo]f|[Bb]etween|[Oo]n|[Bb]y|[Ff]or) [^.;]*?)?)(?=\.\s|\.$|;|, (?:and |which )| and (?:signed|witnessed|issued|released)\b|$)/m.exec(
      text,
    );
  if (cap?.[1] && /[A-Z]/.test(cap[1].replace(/^.*?Joint \w+/, '')))
    return { title: cap[1].trim(), described: null, mentioned: true };
  if (cap?.[1] && cap[1].split(' ').length <= 3) return { title: null, described: null, mentioned: true };
  const lower =
    /\b(?:issued|released|signed|adopted) (?:a|the) (joint (?:statement|declaration|communiqu[eé]) (?:on|about) [^.;]*?)(?=[.;]|, | and |$)/i.exec(
      text,
    );
  if (lower?.[1]) return { title: null, described: lower[1].trim(), mentioned: true };
  return {
    title: null,
    described: null,
    mentioned: /\bjoint (?:statement|declaration|communiqu[eé])\b/i.test(text),
  };
}
