/**
 * The one I/O plumbing of the CLI commands: where a command reads and writes (overridable, so tests run commands in
 * a temp folder and capture their output), the split of arguments into flags and paths, and the exit codes.
 * Every command is `run(args, io) => exit code`; src/cli/main.ts dispatches to them.
 */

/** What a command may be given instead of the process's own streams and folder. */
export interface Io {
  cwd?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Standard input, for `-`. */
  stdin?: () => Promise<string>;
  /** Today's date (YYYY-MM-DD), for commands that default to it. */
  today?: string;
}

export interface CommandIo {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: () => Promise<string>;
  today: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** The io a command uses: what it was given, else the process's streams, folder and date. */
export function commandIo(io: Io = {}): CommandIo {
  return {
    cwd: io.cwd ?? process.cwd(),
    out: io.stdout ?? ((s) => process.stdout.write(s)),
    err: io.stderr ?? ((s) => process.stderr.write(s)),
    stdin: io.stdin ?? (() => new Response(process.stdin as unknown as ReadableStream).text()),
    today: io.today ?? new Date().toISOString().slice(0, 10),
  };
}

export interface SplitArgs {
  /** The boolean flags given (`--dry-run`). */
  flags: Set<string>;
  /** The flags that take a value (`--log FILE`), by name. */
  values: Map<string, string>;
  /** Everything else, in order. */
  positional: string[];
  /** A flag not in the lists, or a value flag with no value: the usage message is due. */
  problem: string | null;
}

/** Splits arguments into known boolean flags, value flags and the rest (paths). */
export function splitArgs(
  args: readonly string[],
  known: { flags?: readonly string[]; values?: readonly string[] },
): SplitArgs {
  const out: SplitArgs = { flags: new Set(), values: new Map(), positional: [], problem: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (known.flags?.includes(a)) out.flags.add(a);
    else if (known.values?.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) out.problem ??= `${a} needs a value`;
      else out.values.set(a, v);
      i++;
    } else if (a.startsWith('--')) out.problem ??= `unknown option "${a}"`;
    else out.positional.push(a);
  }
  return out;
}
