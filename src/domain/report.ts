/**
 * Report ingest: a wire report (Xinhua, MFA, CCTV; English or Chinese; plain text or a saved web page) about a
 * meeting between a Chinese leader and a partner → a draft meeting record. Pure: no files, no DOM, no React.
 * The ingest CLI (src/cli/ingest.ts), ingest:eval and the in-app import panel all call `readReport`.
 */
export * from './reportTypes';
export {
  extractMeeting,
  MAX_REPORT_CHARS,
  readReport,
  unreadableReason,
  type ReportDataset,
  type ReportResult,
} from './reportPreflight';
export { DraftIncompleteError, toMeetingRecord, type RecordSource } from './reportRecord';
