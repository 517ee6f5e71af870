/** A mistake in how the command line was called: said with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
