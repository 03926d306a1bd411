/** WCAG 2 contrast ratio between two #rrggbb colours. */
function luminance(hex: string): number {
  const value = hex.trim().replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A computed colour, `rgb(r, g, b)` or `rgba(…)`, as #rrggbb (channels rounded, alpha left out). */
export function hexOf(computed: string): string {
  const channels = (computed.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
