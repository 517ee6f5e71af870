/** What a failed load says, where the part would have been. */
export function loadFailure(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `The ${what} could not be loaded (${reason}). Reload the page to try again.`;
}
