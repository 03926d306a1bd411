import { sendMouse } from '@web/test-runner-commands';

/**
 * Moves the pointer onto `position` and lets the page see it. The move starts from the corner, because the
 * runner reuses a tab from file to file and an engine sends no `pointermove` for a move that goes nowhere;
 * and it waits a frame, because Firefox may deliver the events just after its WebDriver command returns.
 */
export async function hover(position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
  await sendMouse({ type: 'move', position });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
