import { sendKeys } from '@web/test-runner-commands';
import { focusPage, pressChord } from '../support/engine.js';

/**
 * Presses a key or a chord ("Shift+Tab", "Control+End") as a real keyboard would, in every engine. The page
 * gets the keyboard first: a tab the runner reuses for file after file may have lost it.
 */
export async function press(chord: string): Promise<void> {
  await focusPage();
  const keys = chord === '+' ? ['+'] : chord.split('+');
  if (keys.length === 1) await sendKeys({ press: keys[0]! });
  else await pressChord(keys);
}
