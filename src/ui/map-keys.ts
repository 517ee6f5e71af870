/**
 * The map's own keys (it is a focusable application): walk the actors,
 * open the details, clear, zoom and fit.
 */
export interface MapKeyActions {
  step(by: 1 | -1): void;
  clear(): void;
  zoomBy(factor: number): void;
  fit(): void;
  openDetails(): void;
}

export function mapKeyHandler(actions: MapKeyActions): (event: KeyboardEvent) => void {
  const keys: Record<string, () => void> = {
    ArrowRight: () => actions.step(1),
    ArrowDown: () => actions.step(1),
    n: () => actions.step(1),
    N: () => actions.step(1),
    ArrowLeft: () => actions.step(-1),
    ArrowUp: () => actions.step(-1),
    p: () => actions.step(-1),
    P: () => actions.step(-1),
    Escape: () => actions.clear(),
    '+': () => actions.zoomBy(1.25),
    '=': () => actions.zoomBy(1.25),
    '-': () => actions.zoomBy(0.8),
    '0': () => actions.fit(),
    Enter: () => actions.openDetails(),
  };
  return (event) => {
    const action = Object.prototype.hasOwnProperty.call(keys, event.key)
      ? keys[event.key]
      : undefined;
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };
}
