/** Reads data/ from disk for the CLI tools, scripts and tests: see dataStore.ts (the one data-access module). */
export { readRawDataset } from './dataStore.ts';
