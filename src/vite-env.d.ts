/// <reference types="vite/client" />

/** data/meetings/*.json split at build time (build/atlasData.ts): cores first, details per partner on demand. */
declare module 'virtual:atlas/meetings-core' {
  const cores: unknown;
  export default cores;
}
/** The details parts (each: meeting id to details) and the part that holds each partner's meetings. */
declare module 'virtual:atlas/meetings-details' {
  const index: { parts: (() => Promise<{ default: unknown }>)[]; partOf: Record<string, number> };
  export default index;
}
