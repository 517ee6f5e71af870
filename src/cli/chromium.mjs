// Locates a Chromium/Chrome binary for the Playwright browser tests.
// We use the system browser instead of Playwright's downloaded one
// (no network access to Playwright's CDN is assumed).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * How diplomap starts headless Chromium (tests and the renderer alike): no
 * sandbox (root in a container), no GPU, and none of the background traffic
 * a machine without internet would refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Candidate binaries, tried in order after the environment variables. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Finds a Chromium executable: $DIPLOMAP_CHROMIUM, then $CHROME_PATH, then well-known paths.
 * Throws when a variable names a file that does not exist.
 * @returns {string | null} the path, or null if none exists
 */
export function findChromium() {
  for (const name of ['DIPLOMAP_CHROMIUM', 'CHROME_PATH']) {
    const value = process.env[name];
    if (!value) continue;
    if (existsSync(value)) return value;
    // A browser named on purpose must not be swapped silently for another one.
    throw new Error(`diplomap: ${name} names ${value}, which does not exist.`);
  }
  for (const candidate of CHROMIUM_CANDIDATES) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Returns a Chromium executable, installing Debian's `chromium` package with apt-get when
 * none is found and we are root on Debian. Throws with instructions otherwise.
 * @returns {string} the path to the executable
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;

  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    process.stderr.write(
      "diplomap: no Chromium found; installing Debian's chromium package with apt-get " +
        '(needed for the browser tests)…\n',
    );
    /** @type {import('node:child_process').ExecFileSyncOptions} */
    const options = {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    execFileSync('apt-get', ['update'], options);
    execFileSync('apt-get', ['install', '-y', 'chromium'], options);
    const installed = findChromium();
    if (installed) return installed;
  }

  throw new Error(
    'diplomap: no Chromium/Chrome executable found for the browser tests. ' +
      'Install chromium with your package manager (e.g. `apt-get install chromium`), ' +
      'or set DIPLOMAP_CHROMIUM=/path/to/chrome. Looked at $DIPLOMAP_CHROMIUM, $CHROME_PATH, ' +
      CHROMIUM_CANDIDATES.join(', ') +
      '.',
  );
}
