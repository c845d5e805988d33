/// <reference types="vite/client" />

/** data/meetings.json split at build time (vite.config.ts, meetingsSplit): cores first, details on demand. */
declare module 'virtual:atlas/meetings-core' {
  const cores: unknown;
  export default cores;
}
declare module 'virtual:atlas/meetings-details' {
  const details: unknown;
  export default details;
}
