/**
 * Where the view's marks go (the selection, a path, the actor under the
 * pointer) on a map drawn smoothly: classes on its own elements, the rest
 * faded. A map drawn still puts them on the focus layer over it instead
 * (focus-layer.ts, loaded for such a map only).
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import {
  applyHighlight,
  type Bright,
  type Marks,
  type Selection,
  type ViewClass,
} from './view-classes';

export interface MapMarks {
  /** Marks these as applyHighlight marks them. */
  show(bright: Bright | null, selected: Selection | undefined, marks: Marks): void;
  /** Marks the actor under the pointer (its map id), or none. */
  hover(id: string | null): void;
  /** Whether an element of the map bears a class of the view, as the map shows it. */
  has(element: SingularElementArgument, name: ViewClass): boolean;
  /** Forgets the marks not on the map's own elements (they go with its elements). */
  clear(): void;
  destroy(): void;
}

/** The marks as classes of the map's own elements. */
export function mapMarks(map: Core): MapMarks {
  let hovered: string | null = null;
  return {
    show(bright, selected, marks) {
      applyHighlight(map, bright, selected, marks);
    },
    hover(id) {
      if (hovered !== null) map.getElementById(hovered).removeClass('hovered');
      hovered = id;
      if (id !== null) map.getElementById(id).addClass('hovered');
    },
    has: (element, name) => element.hasClass(name),
    clear() {
      hovered = null;
    },
    destroy() {},
  };
}
