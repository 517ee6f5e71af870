/**
 * Whether the map being edited may be left for another. Every change is
 * saved in the browser, so leaving loses nothing, unless the last save
 * failed: then the author is asked first (and told to save a file).
 */
import type { Editor } from '../../state/editor.svelte';

export function mayLeave(editor: Editor): boolean {
  if (!editor.active || editor.saveError === '') return true;
  return window.confirm(
    `“${editor.dataset?.title ?? 'This map'}” could not be saved in this browser, so its latest changes would be lost. Cancel, then “Save as file” to keep them; or OK to leave it anyway.`,
  );
}
