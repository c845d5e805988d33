// Where the dataset lives on disk, and which file holds each record (the validator and the data store name files by it).

/** Where each part of the dataset lives. Meetings are one file per partner: data/meetings/<PARTNER_ID>.json. */
export const DATA_FILES = {
  tiers: 'data/tiers.json',
  partners: 'data/partners.json',
  meetings: 'data/meetings',
  meta: 'data/meta.json',
} as const;

/** The file that holds a partner's meetings (an array sorted by date). */
export function meetingFile(partnerId: string): string {
  return `${DATA_FILES.meetings}/${partnerId}.json`;
}

/** A partner id that can name a file: the partner id pattern of the schema. */
export const PARTNER_FILE_ID = /^[A-Z][A-Z0-9-]{1,11}$/;

/** The file a raw meeting record belongs in, from its partner_id (the directory when it has none). */
export function meetingFileOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' ? (raw as { partner_id?: unknown }).partner_id : undefined;
  return typeof id === 'string' && PARTNER_FILE_ID.test(id) ? meetingFile(id) : `${DATA_FILES.meetings}/`;
}

/** The four parts of the dataset as read, before parsing. */
export type RawDataset = Record<keyof typeof DATA_FILES, unknown>;

/** The file of a meeting, from its id (`blr-2022-09-15` is in data/meetings/BLR.json). */
export function meetingFileOfId(id: string): string {
  const m = /^([a-z0-9-]+)-\d{4}-\d{2}-\d{2}$/.exec(id);
  return m ? meetingFile(m[1]!.toUpperCase()) : `${DATA_FILES.meetings}/`;
}
