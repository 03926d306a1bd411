/**
 * When a chart's work runs, so that the page keeps answering and paints what matters first: a first
 * drawing in the frame that shows the chart's shell or in the task after it (`beforeNextPaint`), a redraw
 * in the next task (`afterThisTask`), a long table's next slice after the paint (`afterNextPaint`).
 */

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

/**
 * How many points of first drawings a frame takes on, counting each chart's shell as 100 more: one
 * small chart (a 6-bar column chart is 106) or a few of them. Not 50 charts or 10 000 points: laying out
 * their shells is already a long frame, and their drawings with it would make it one long task (50
 * charts: 520 ms), so they draw in a task of their own.
 */
const FRAME_BUDGET = 1000;
const SHELL_COST = 100;
/** Without frames (a background tab runs none) a first drawing still happens, a little later. */
const NO_FRAME_MS = 250;

/** First drawings asked for since the last group was released: they are released together. */
interface DrawingGroup {
  readonly released: Promise<void>;
  /** Their points, shells included. */
  load: number;
  /** Lets every drawing of the group go, once. */
  readonly release: () => void;
  /** Stops waiting for the frame (the group goes to the next task instead). */
  readonly cancelFrame: () => void;
}
let group: DrawingGroup | undefined;

/**
 * Calls `callback` at the start of the next frame, or after NO_FRAME_MS if the page runs no frames (a
 * background tab), whichever comes first. Returns a function that cancels the call.
 */
function atNextFrame(callback: () => void): () => void {
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const fire = (): void => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(fire);
  const timer = setTimeout(fire, NO_FRAME_MS);
  return cancel;
}

function newGroup(): DrawingGroup {
  let resolve!: () => void;
  const released = new Promise<void>((done) => (resolve = done));
  const release = (): void => {
    created.cancelFrame();
    if (group === created) group = undefined;
    resolve();
  };
  const created: DrawingGroup = { released, load: 0, release, cancelFrame: atNextFrame(release) };
  return created;
}

/**
 * Resolves when a chart's first drawing of `points` values should be made, once for every chart that
 * asked before then. That is the start of the next frame, before the browser lays the page out and
 * paints it, while the drawings fit the frame's budget: a drawing must read its width, which lays the
 * page out, and the frame was about to do that layout anyway, so shell and drawing are laid out and
 * painted once, together, and the reader never sees an empty chart for a frame (a fresh page with one
 * chart: a paint and 15 to 25 ms saved). As soon as the drawings asked for exceed the budget, the whole
 * group goes to the task after this one instead (`afterThisTask`), as first drawings did before.
 */
export function beforeNextPaint(points: number): Promise<void> {
  const current = (group ??= newGroup());
  const wasOver = current.load > FRAME_BUDGET;
  current.load += points + SHELL_COST;
  if (!wasOver && current.load > FRAME_BUDGET) {
    current.cancelFrame();
    void afterThisTask().then(current.release);
  }
  return current.released;
}

/**
 * Runs `task` in a task after the next frame has been painted (or after NO_FRAME_MS when the page runs
 * no frames), so what that frame shows is not held back by it. Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelFrame = atNextFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelFrame();
    clearTimeout(timer);
  };
}
