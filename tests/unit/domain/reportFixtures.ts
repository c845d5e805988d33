/** What the report-reader tests share: the two seed reports, the real dataset's tiers, a small partner list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../../../src/domain/report';
import { type TiersFile } from '../../../src/domain/schema';
import { parseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { makePartner } from '../../fixtures/factories';

export const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'seeds');
export const timorLeste = readFileSync(join(SEEDS, '000_17cc30498ef1f3d8.txt'), 'utf8');
export const belarus = readFileSync(join(SEEDS, '002_1081e66183dff3a8.txt'), 'utf8');

export const dataset = parseDataset(readRawDataset());
export const tiers: TiersFile = dataset.tiers;

/** A small partner list of our own, so these tests do not depend on data/partners.json. */
export const partners = [
  makePartner(),
  makePartner({
    id: 'TLS',
    name_en: 'Timor-Leste',
    name_zh: '东帝汶',
    aliases: ['East Timor', 'Democratic Republic of Timor-Leste'],
    demonyms: ['Timorese'],
    region: 'Asia',
    iso_numeric: '626',
    relations: { status: 'diplomatic', since: '2002-05-20', note: null, source: null },
  }),
  makePartner({
    id: 'UZB',
    name_en: 'Uzbekistan',
    name_zh: '乌兹别克斯坦',
    demonyms: ['Uzbek'],
    region: 'Asia',
    iso_numeric: '860',
  }),
  makePartner({
    id: 'GIN',
    name_en: 'Guinea',
    name_zh: '几内亚',
    demonyms: ['Guinean'],
    region: 'Africa',
    iso_numeric: '324',
  }),
  makePartner({
    id: 'GNB',
    name_en: 'Guinea-Bissau',
    name_zh: '几内亚比绍',
    demonyms: [],
    region: 'Africa',
    iso_numeric: '624',
  }),
  makePartner({
    id: 'ASEAN',
    kind: 'organization',
    name_en: 'ASEAN',
    name_zh: '东盟',
    aliases: ['Association of Southeast Asian Nations'],
    demonyms: [],
    region: 'Asia',
    iso_numeric: null,
    relations: null,
    members: ['BRN'],
  }),
  makePartner({
    id: 'BRN',
    name_en: 'Brunei',
    name_zh: '文莱',
    demonyms: ['Bruneian'],
    region: 'Asia',
    iso_numeric: '096',
  }),
];

export const small: ExtractOptions = { partners, tiers };
export const full: ExtractOptions = { partners: dataset.partners, tiers, meetings: dataset.meetings };
