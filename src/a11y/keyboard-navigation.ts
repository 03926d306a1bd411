/**
 * The one keyboard model for graphics (docs/ARCHITECTURE.md, "Accessibility"): a chart or map is one tab
 * stop, so a keyboard reader passes it with one Tab and is never trapped in it; arrow keys move between its
 * marks, Home/End jump to the ends, Enter picks a mark, Escape leaves the marks.
 *
 * Marks form a grid of rows (series) and columns (categories or periods): Left/Right move within a row,
 * Up/Down between rows at the same column. A map replaces the grid steps with spatial neighbours
 * (`neighbour`). Focus is real (roving tabindex), so every screen reader speaks the focused mark's own
 * name; the controller never keeps its own copy of the marks, it asks the host for the element standing
 * at a position, so a redraw (resize, new data) only needs a `sync()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

type Focusable = HTMLElement | SVGElement;

export interface GridNavigationOptions {
  /** The tab stop while no mark is active, and where Escape returns focus. It must contain the marks. */
  readonly container: () => Focusable | null | undefined;
  /** Number of rows (series); 0 means there is nothing to walk. */
  readonly rows: () => number;
  /** Number of positions in a row. */
  readonly columns: (row: number) => number;
  /** The element that takes focus for a position: a mark, or a shared cursor the host moves there. */
  readonly element: (position: GridPosition) => Focusable | null | undefined;
  /** The position a mark stands for (clicks and focus by pointer); undefined for anything else. */
  readonly positionOf?: (target: Element) => GridPosition | undefined;
  /** Spatial navigation (a map): the neighbour in a direction, or undefined to stay. Replaces grid steps. */
  readonly neighbour?: (from: GridPosition, direction: Direction) => GridPosition | undefined;
  /** When true and there is one row, Up/Down also step along it (bars listed top to bottom). */
  readonly verticalRow?: () => boolean;
  /** Called before the element at `position` takes focus (move a cursor, set its name, show a tooltip). */
  readonly onFocus?: (position: GridPosition, element: Focusable, source: 'keyboard' | 'pointer') => void;
  /** Enter or Space on a mark, or a click. */
  readonly onSelect?: (position: GridPosition) => void;
  /** Escape on a mark, or focus left the marks. */
  readonly onLeave?: () => void;
}

/** Listeners go on the render root: there `relatedTarget` is not retargeted to the host. */
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot?: HTMLElement | DocumentFragment };

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export class GridNavigationController implements ReactiveController {
  /** The mark that holds the tab stop (the last one visited); undefined before the reader enters. */
  active?: GridPosition;
  private current?: Focusable;

  constructor(
    private readonly host: Host,
    private readonly options: GridNavigationOptions,
  ) {
    host.addController(this);
  }

  private root?: EventTarget;

  hostConnected(): void {
    this.root = this.host.renderRoot ?? this.host;
    this.root.addEventListener('keydown', this.onKeyDown as EventListener);
    this.root.addEventListener('click', this.onClick as EventListener);
    this.root.addEventListener('focusout', this.onFocusOut as EventListener);
    this.root.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.root?.removeEventListener('click', this.onClick as EventListener);
    this.root?.removeEventListener('focusout', this.onFocusOut as EventListener);
    this.root?.removeEventListener('focusin', this.onFocusIn as EventListener);
    this.root = undefined;
  }

  /** True while a mark (not the container) has focus. */
  get focused(): boolean {
    const activeElement = this.host.shadowRoot?.activeElement ?? document.activeElement;
    return this.current !== undefined && activeElement === this.current;
  }

  /**
   * After the host redraws its marks: re-applies the tab stop, forgets a position that no longer exists,
   * and, with `refocus` (read `focused` before the redraw), puts focus back on the same position, so a
   * resize never drops the reader out of the chart.
   */
  sync(refocus = false): void {
    const hadFocus = refocus || this.focused;
    if (this.active && !this.exists(this.active)) this.active = this.firstPosition();
    const container = this.options.container();
    const element = this.active ? this.options.element(this.active) : undefined;
    if (this.current && this.current !== element) this.current.setAttribute('tabindex', '-1');
    this.current = element ?? undefined;
    if (element) {
      element.setAttribute('tabindex', '0');
      container?.setAttribute('tabindex', '-1');
      if (hadFocus && this.active) this.focusAt(this.active, 'keyboard');
    } else {
      container?.setAttribute('tabindex', '0');
    }
  }

  /** Moves the tab stop to `position` and focuses it. */
  focusAt(position: GridPosition, source: 'keyboard' | 'pointer' = 'keyboard'): void {
    if (!this.exists(position)) return;
    this.active = position;
    const element = this.options.element(position);
    if (!element) return;
    if (this.current && this.current !== element) this.current.setAttribute('tabindex', '-1');
    this.current = element;
    element.setAttribute('tabindex', '0');
    this.options.container()?.setAttribute('tabindex', '-1');
    this.options.onFocus?.(position, element, source);
    element.focus({ preventScroll: source === 'pointer' });
  }

  /** Leaves the marks: focus returns to the container, which becomes the tab stop again. */
  leave(): void {
    const container = this.options.container();
    if (!container) return;
    this.current?.setAttribute('tabindex', '-1');
    this.current = undefined;
    container.setAttribute('tabindex', '0');
    container.focus();
    this.options.onLeave?.();
  }

  private exists(position: GridPosition): boolean {
    return (
      position.row >= 0 &&
      position.row < this.options.rows() &&
      position.col >= 0 &&
      position.col < this.options.columns(position.row)
    );
  }

  private firstPosition(): GridPosition | undefined {
    const rows = this.options.rows();
    for (let row = 0; row < rows; row += 1) if (this.options.columns(row) > 0) return { row, col: 0 };
    return undefined;
  }

  private lastPosition(): GridPosition | undefined {
    for (let row = this.options.rows() - 1; row >= 0; row -= 1) {
      const columns = this.options.columns(row);
      if (columns > 0) return { row, col: columns - 1 };
    }
    return undefined;
  }

  /** The next row in `step` direction that has marks, keeping the column as near as it can. */
  private stepRow(from: GridPosition, step: 1 | -1): GridPosition | undefined {
    const rows = this.options.rows();
    for (let row = from.row + step; row >= 0 && row < rows; row += step) {
      const columns = this.options.columns(row);
      if (columns > 0) return { row, col: clamp(from.col, 0, columns - 1) };
    }
    return undefined;
  }

  /** Where a key leads from `from`, or undefined when it is not ours (the page keeps the key). */
  target(
    from: GridPosition,
    event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  ): GridPosition | 'stay' | undefined {
    const columns = this.options.columns(from.row);
    const along = (step: number): GridPosition => ({ row: from.row, col: clamp(from.col + step, 0, columns - 1) });
    const spatial = this.options.neighbour;
    const vertical = this.options.rows() === 1 && this.options.verticalRow?.() === true;
    const move = (direction: Direction): GridPosition | 'stay' => {
      if (spatial) return spatial(from, direction) ?? 'stay';
      if (direction === 'left') return along(-1);
      if (direction === 'right') return along(1);
      if (vertical) return along(direction === 'up' ? -1 : 1);
      return this.stepRow(from, direction === 'up' ? -1 : 1) ?? 'stay';
    };
    switch (event.key) {
      case 'ArrowLeft':
        return move('left');
      case 'ArrowRight':
        return move('right');
      case 'ArrowUp':
        return move('up');
      case 'ArrowDown':
        return move('down');
      case 'Home':
        return (event.ctrlKey || event.metaKey ? this.firstPosition() : undefined) ?? { row: from.row, col: 0 };
      case 'End':
        return (
          (event.ctrlKey || event.metaKey ? this.lastPosition() : undefined) ?? {
            row: from.row,
            col: Math.max(0, columns - 1),
          }
        );
      default:
        return undefined;
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey) return;
    const path = event.composedPath();
    const container = this.options.container();
    if (!container || !path.includes(container)) return;
    const onMark = this.current !== undefined && path[0] === this.current && this.active !== undefined;
    if (!onMark) {
      // On the container: arrows, Home/End and Enter go in; Space and Page keys keep scrolling the page.
      const first = this.active && this.exists(this.active) ? this.active : this.firstPosition();
      if (!first) return;
      let to: GridPosition | undefined;
      if (event.key === 'Enter' || event.key.startsWith('Arrow')) to = first;
      else if (event.key === 'Home') to = this.firstPosition();
      else if (event.key === 'End') to = this.lastPosition();
      if (!to) return;
      event.preventDefault();
      this.focusAt(to, 'keyboard');
      return;
    }
    const from = this.active!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.onSelect?.(from);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      this.leave();
      return;
    }
    const to = this.target(from, event);
    if (to === undefined) return;
    event.preventDefault();
    if (to !== 'stay' && (to.row !== from.row || to.col !== from.col)) this.focusAt(to, 'keyboard');
  };

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !this.options.positionOf) return;
    const position = this.options.positionOf(target);
    if (!position) return;
    this.focusAt(position, 'pointer');
    this.options.onSelect?.(position);
  };

  /**
   * A mark focused some other way (a screen reader's cursor, a script, a tap) becomes the active mark,
   * so the next arrow key starts from where the reader is.
   */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (
      !(target instanceof HTMLElement || target instanceof SVGElement) ||
      target === this.current ||
      !this.options.positionOf
    )
      return;
    const position = this.options.positionOf(target);
    if (!position || !this.exists(position)) return;
    this.active = position;
    if (this.current && this.current !== target) this.current.setAttribute('tabindex', '-1');
    this.current = target;
    target.setAttribute('tabindex', '0');
    this.options.container()?.setAttribute('tabindex', '-1');
    this.options.onFocus?.(position, target, 'pointer');
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const container = this.options.container();
    const next = event.relatedTarget;
    // Focus moving between marks, or back to the container, is not leaving.
    if (next instanceof Node && container?.contains(next)) return;
    if (event.composedPath()[0] === this.current) this.options.onLeave?.();
  };
}
