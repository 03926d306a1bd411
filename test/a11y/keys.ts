import { sendKeys } from '@web/test-runner-commands';

/** Presses a key or a chord ("Shift+Tab", "Control+End") as a real keyboard would: puppeteer's `press` takes single keys only. */
export async function press(chord: string): Promise<void> {
  const keys = chord === '+' ? ['+'] : chord.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}
