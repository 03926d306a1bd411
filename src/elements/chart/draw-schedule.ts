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
 * charts: 520 ms), so they draw in tasks of their own.
 */
const FRAME_BUDGET = 1000;
/**
 * How many points of first drawings one task takes on once they are too many for a frame: a page of 50
 * small charts draws them in one task, about as long as raw Plot's own task for the same charts, then one
 * frame lays them out. Smaller batches kept each task shorter, but the frame between two batches lays out
 * and paints the page again, and that cost more than it saved. A single larger drawing still gets a task.
 */
const TASK_BUDGET = 6000;
const SHELL_COST = 100;
/** Without frames (a background tab runs none) a first drawing still happens, a little later. */
const NO_FRAME_MS = 250;

/** First drawings released together (in one frame, or in one task). */
interface Batch {
  readonly released: Promise<void>;
  readonly release: () => void;
  /** Their points, shells included. */
  load: number;
}

function newBatch(): Batch {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { released, release, load: 0 };
}

/** First drawings asked for since the last group was released, in batches of a task's budget. */
interface DrawingGroup {
  readonly batches: Batch[];
  /** Points of all its batches. */
  load: number;
  /** Stops waiting for the frame (the group goes to the next tasks instead). */
  cancelFrame: () => void;
}
let group: DrawingGroup | undefined;

/**
 * Drawings being made in this task (released by a frame or a task): a first drawing asked for before the
 * task ends, within `budget`, is made in it too. So a chart created while another is drawing (a page that
 * adds charts one by one, each once the last is ready) does not wait a frame of its own.
 */
let open: { load: number; readonly budget: number } | undefined;

function openUntilTheTaskEnds(load: number, budget: number): void {
  const drawing = { load, budget };
  open = drawing;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (open === drawing) open = undefined;
    channel.port1.close();
  };
  channel.port2.postMessage(undefined);
}

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
  const created: DrawingGroup = { batches: [newBatch()], load: 0, cancelFrame: () => undefined };
  created.cancelFrame = atNextFrame(() => {
    if (group === created) group = undefined;
    const [batch] = created.batches;
    openUntilTheTaskEnds(batch!.load, FRAME_BUDGET);
    batch!.release();
  });
  return created;
}

/** Releases the group's batches one task after another, from the next task on. */
function releaseInTasks(released: DrawingGroup): void {
  const next = (index: number): void => {
    // Drawings asked for from now on form a group of their own.
    if (group === released) group = undefined;
    const batch = released.batches[index];
    if (!batch) return;
    openUntilTheTaskEnds(batch.load, TASK_BUDGET);
    batch.release();
    void afterThisTask().then(() => next(index + 1));
  };
  void afterThisTask().then(() => next(0));
}

/**
 * Resolves when a chart's first drawing of `points` values should be made. That is the start of the next
 * frame, before the browser lays the page out and paints it, together with every chart that asked before
 * then, while the drawings fit the frame's budget: a drawing must read its width, which lays the page out,
 * and the frame was about to do that layout anyway, so shell and drawing are laid out and painted once,
 * together, and the reader never sees an empty chart for a frame (a fresh page with one chart: a paint and
 * 15 to 25 ms saved). As soon as the drawings asked for exceed the frame's budget, the group goes to the
 * tasks after this one instead, a batch of TASK_BUDGET points a task. A drawing asked for while drawings
 * are being made, in the same task, joins them if they leave it room.
 */
export function beforeNextPaint(points: number): Promise<void> {
  const cost = points + SHELL_COST;
  if (open && open.load + cost <= open.budget) {
    open.load += cost;
    return Promise.resolve();
  }
  const current = (group ??= newGroup());
  const wasOver = current.load > FRAME_BUDGET;
  current.load += cost;
  let batch = current.batches.at(-1)!;
  // Within the frame's budget the group is one batch; beyond it, batches of a task's budget.
  if (wasOver && batch.load > 0 && batch.load + cost > TASK_BUDGET) current.batches.push((batch = newBatch()));
  batch.load += cost;
  if (!wasOver && current.load > FRAME_BUDGET) {
    current.cancelFrame();
    releaseInTasks(current);
  }
  return batch.released;
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
