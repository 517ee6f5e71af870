/** Undo and redo from the keyboard (Ctrl or ⌘ with Z, Shift for redo, or Y), except while typing. */
import type { Editor } from '../../state/editor.svelte';

export function undoKeys(editor: Editor, event: KeyboardEvent): void {
  if (!editor.active || !(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open]')) return;
  event.preventDefault();
  if (key === 'y' || event.shiftKey) editor.redo();
  else editor.undo();
}
