/**
 * When the work that follows a feed runs, so that the page keeps answering: widgets render in batches,
 * each in a task of its own (`inOwnTask`). The chart's own timing (drawing, table slices) is in
 * src/elements/chart/draw-schedule.ts.
 */

/**
 * When one feed arrives for many widgets (200 tiles on a page), they render a few at a time, each batch
 * in a task of its own, instead of all in one long task: the page keeps answering input while they draw.
 * (Lit renders in a microtask after the task that asked for it, so a batch is "the updates requested in
 * one task".) A MessageChannel is used rather than setTimeout, which browsers clamp when nested.
 */
const BATCH = 8;
const queue: (() => void)[] = [];
let channel: MessageChannel | undefined;

function drain(): void {
  for (const task of queue.splice(0, BATCH)) task();
  if (queue.length > 0) channel!.port2.postMessage(undefined);
}

export function inOwnTask(task: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = drain;
  }
  queue.push(task);
  if (queue.length === 1) channel.port2.postMessage(undefined);
}
