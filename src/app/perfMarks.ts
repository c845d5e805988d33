/**
 * Performance marks read by `npm run bench`. `markInteraction(name)` is called where an interaction starts
 * (year change, tier toggle, opening a partner); it leaves a `<name>:start` mark and, at the next paint
 * (the next animation frame, then the task right after it, when the frame has been drawn), a measure
 * named `interaction:<name>`. It does nothing where there is no rendering loop (jsdom, the CLI).
 */
export function markInteraction(name: string): void {
  if (
    typeof performance === 'undefined' ||
    typeof requestAnimationFrame !== 'function' ||
    typeof MessageChannel !== 'function'
  )
    return;
  const start = performance.now();
  performance.mark(`${name}:start`, { startTime: start });
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      performance.measure(`interaction:${name}`, { start, end: performance.now() });
    };
    channel.port2.postMessage(null);
  });
}
