import { describe, expect, it } from 'vitest';
import { classifyFeature, findUnplacedPartners, indexPartnersByIso } from '../../../src/domain/countries';
import { searchPartners } from '../../../src/domain/search';
import { makePartner } from '../../fixtures/factories';

const partners = [
  makePartner(),
  makePartner({
    id: 'TLS',
    name_en: 'Timor-Leste',
    name_zh: '东帝汶',
    aliases: ['East Timor', '东帝汶民主共和国'],
    iso_numeric: '626',
  }),
  makePartner({
    id: 'SGP',
    name_en: 'Singapore',
    name_zh: '新加坡',
    iso_numeric: '702',
    marker: [103.8, 1.35],
  }),
  makePartner({ id: 'TON', name_en: 'Tonga', name_zh: '汤加', iso_numeric: '776', marker: null }),
  makePartner({
    id: 'CIV',
    name_en: "Côte d'Ivoire",
    name_zh: '科特迪瓦',
    aliases: ['Ivory Coast'],
    iso_numeric: '384',
  }),
];
const byIso = indexPartnersByIso(partners);

describe('classifyFeature', () => {
  it('matches shapes to partners by ISO numeric id', () => {
    const c = classifyFeature({ id: '112', properties: { name: 'Belarus' } }, byIso);
    expect(c.kind === 'partner' && c.partner.id).toBe('BLR');
  });
  it('marks China as the hub and never gives disputed areas a tier', () => {
    expect(classifyFeature({ id: '156', properties: { name: 'China' } }, byIso).kind).toBe('hub');
    for (const f of [
      { id: '158' },
      { id: '732' },
      { properties: { name: 'Kosovo' } },
      { properties: { name: 'N. Cyprus' } },
      { properties: { name: 'Somaliland' } },
    ]) {
      const c = classifyFeature(f, byIso);
      expect(c.kind).toBe('disputed');
      expect(c.kind === 'disputed' && c.reason.length).toBeGreaterThan(20);
    }
  });
  it('names territories and leaves unknown shapes unmatched', () => {
    expect(classifyFeature({ id: '304', properties: { name: 'Greenland' } }, byIso).kind).toBe('territory');
    expect(classifyFeature({ id: '999', properties: { name: 'Atlantis' } }, byIso)).toEqual({
      kind: 'unmatched',
      name: 'Atlantis',
    });
  });
});

describe('findUnplacedPartners', () => {
  it('lists partners with neither a shape nor a marker', () => {
    const shapes = new Set(['112', '626', '384']);
    expect(findUnplacedPartners(partners, shapes).map((p) => p.id)).toEqual(['TON']);
  });
});

describe('searchPartners', () => {
  it('finds by alias and by Chinese name', () => {
    expect(searchPartners(partners, 'East Timor')[0]?.partner.id).toBe('TLS');
    expect(searchPartners(partners, '东帝汶')[0]?.partner.id).toBe('TLS');
    expect(searchPartners(partners, 'ivory')[0]?.partner.id).toBe('CIV');
  });
  it('ignores accents and case, ranks prefixes first', () => {
    expect(searchPartners(partners, 'cote')[0]?.partner.id).toBe('CIV');
    expect(searchPartners(partners, 'SIN')[0]?.partner.id).toBe('SGP');
    expect(searchPartners(partners, '')).toEqual([]);
  });
});
