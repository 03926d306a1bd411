/**
 * Copies a snippet's text for the publisher. Where the page may not write to the clipboard (an insecure origin,
 * a refused permission), the text is selected instead, ready to copy by hand, and the status says which it was.
 */
export async function copySnippet(
  area: HTMLTextAreaElement,
  status: HTMLElement,
  said: { readonly copied: string; readonly selected: string },
): Promise<void> {
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = said.copied;
  } catch {
    area.select();
    status.textContent = said.selected;
  }
}
