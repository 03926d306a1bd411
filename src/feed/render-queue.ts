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

let nextTask: Promise<void> | undefined;

/**
 * Resolves in a task of its own, one shared by every caller of this task: work that continues after it
 * (a chart's drawing, after its shell was rendered) is not added to the task that asked, and callers of
 * one task still resume together (so 50 charts read the layout once, then all draw).
 */
export function afterThisTask(): Promise<void> {
  nextTask ??= new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      nextTask = undefined;
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
  return nextTask;
}
