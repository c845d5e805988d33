/** Command-line entry: `npm run cli -- <command> ...`. Commands do I/O and exit codes only; logic is in src/domain. */
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  ingest: () => import('./ingest.ts'),
  'ingest-eval': () => import('./ingestEval.ts'),
  export: () => import('./export.ts'),
  changelog: () => import('./changelog.ts'),
  // Maintaining data/: research patches, the canonical format, counts, the JSON Schema.
  'apply-patches': () => import('./research/applyPatches.ts'),
  'apply-research': () => import('./research/applyResearch.ts'),
  'format-data': () => import('./research/formatData.ts'),
  'dataset-stats': () => import('./research/datasetStats.ts'),
  schema: () => import('./research/generateSchema.ts'),
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run cli -- <${Object.keys(commands).join('|')}> [args]\n`);
    return 2;
  }
  const command = await load();
  return command.run(args);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Anything a command did not handle: one line, exit 2 (the commands name their paths themselves).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    process.exit(2);
  },
);
