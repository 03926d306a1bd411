/**
 * The scheduling helpers that decide when a chart draws and when a long table grows: in the frame that
 * shows the chart, in a task after it, or after that frame has been painted.
 */
import { expect } from '@esm-bundle/chai';
import { afterNextPaint, afterThisTask, beforeNextPaint } from '../../src/elements/chart/draw-schedule.js';

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

  it('beforeNextPaint resolves small drawings in the next frame, together', async () => {
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
  });

  it('beforeNextPaint sends a group over its budget to the next task, with the drawings asked for after', async () => {
    let released = false;
    const big = beforeNextPaint(10_000);
    const small = beforeNextPaint(6);
    expect(small, 'one group').to.equal(big);
    void big.then(() => (released = true));
    // Released by the task after this one, not by a frame.
    await afterThisTask();
    await Promise.resolve();
    expect(released).to.equal(true);
    expect(beforeNextPaint(6), 'the next drawing starts a new group').to.not.equal(big);
  });

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
