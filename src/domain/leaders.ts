/** China's principals as `leader=` ids: small, so the first view can check the parameter without the change view. */
import type { MeetingCore } from './schema';

/** A URL-safe id for a principal: "Xi Jinping" -> "xi-jinping". */
export function leaderId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every principal named on any meeting of the dataset, by id (to check `leader=`). */
export function knownLeaders(meetings: readonly MeetingCore[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of meetings)
    if (m.china_principal) out.set(leaderId(m.china_principal.name), m.china_principal.name);
  return out;
}
