/**
 * The scheduling helpers that decide when a chart draws and when a long table grows: in the frame that
 * shows the chart, in a task after it, or after that frame has been painted.
 */
import { expect } from '@esm-bundle/chai';
import { afterNextPaint, afterThisTask, beforeNextPaint } from '../../src/elements/chart/draw-schedule.js';
import { FRAME_TIMING, itOnlyIn } from '../support/engine.js';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('chart draw schedule', () => {
  it('afterNextPaint runs its task only after the next frame, and can be cancelled', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('task'));
    const cancel = afterNextPaint(() => order.push('cancelled task'));
    cancel();
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve(void order.push('frame'))));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).to.deep.equal(['frame', 'task']);
  });

  itOnlyIn(
    ['chromium'],
    FRAME_TIMING,
    'beforeNextPaint resolves small drawings in the next frame, together',
    async () => {
      const order: string[] = [];
      const a = beforeNextPaint(6).then(() => order.push('a'));
      const b = beforeNextPaint(6).then(() => order.push('b'));
      let inFrame = false;
      requestAnimationFrame(() => {
        inFrame = order.length === 2;
      });
      await Promise.all([a, b]);
      await nextFrame();
      // Both resolved by the frame callback registered before ours, so before ours ran.
      expect(inFrame).to.equal(true);
    },
  );

  it('beforeNextPaint sends a group over its budget to the next tasks, one batch of a task budget each', async () => {
    const released: number[] = [];
    const batches = Array.from({ length: 150 }, () => beforeNextPaint(6));
    batches.forEach((batch, i) => void batch.then(() => released.push(i)));
    expect(new Set(batches).size, '150 small charts: 15 900 points in batches of about 6 000').to.equal(3);
    // The first batch is released by the task after this one, not by a frame; the next by the task after.
    await afterThisTask();
    await Promise.resolve();
    expect(released.length).to.be.within(1, 149);
    expect(released, 'in the order asked').to.deep.equal([...released].sort((a, b) => a - b));
    await Promise.all(batches);
    expect(released).to.have.length(150);
    expect(beforeNextPaint(6), 'the next drawing starts a new group').to.not.be.oneOf(batches);
  });

  itOnlyIn(
    ['chromium'],
    FRAME_TIMING,
    'beforeNextPaint lets a drawing asked for while drawings are made join them, before the paint',
    async () => {
      await beforeNextPaint(6);
      // Still in the frame's task that released that drawing: no frame, no other task in between.
      let frames = 0;
      let tasks = 0;
      requestAnimationFrame(() => (frames += 1));
      setTimeout(() => (tasks += 1), 0);
      await beforeNextPaint(6);
      expect([frames, tasks]).to.deep.equal([0, 0]);
      // Once the frame's budget is spent, the next one waits for a frame of its own.
      let joined = 0;
      for (let i = 0; i < 20; i += 1) void beforeNextPaint(6).then(() => (joined += 1));
      await Promise.resolve();
      expect(joined, 'within a frame of 1 000 points: 7 more six-bar charts').to.equal(7);
    },
  );

  it('afterThisTask resolves every caller of one task together, after this task', async () => {
    let drained = false;
    const drain = (left: number): void => (left === 0 ? void (drained = true) : queueMicrotask(() => drain(left - 1)));
    const first = afterThisTask();
    expect(afterThisTask()).to.equal(first);
    drain(100);
    await first;
    expect(drained, 'not in a microtask of this task').to.equal(true);
  });
});
