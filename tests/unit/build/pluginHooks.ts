/** Calls a Vite plugin hook as Vite would (a function or { handler }), with a plugin context of the test's. */
import type { Plugin } from 'vite';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

export function callHook(plugin: Plugin, name: keyof Plugin, context: object, ...args: unknown[]): unknown {
  const hook = plugin[name] as Hook | { handler: Hook } | undefined;
  if (!hook) throw new Error(`${plugin.name} has no ${String(name)} hook`);
  const fn = typeof hook === 'function' ? hook : hook.handler;
  return fn.call(context, ...args);
}
