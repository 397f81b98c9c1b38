import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, firefoxPath } from './firefox/harness';
import { EXTENSION_DIR, ROOT, chromiumPath } from './harness';

/** Fails early with a clear message when a browser is missing; builds the extension when no build exists. */
export default function setup(): void {
  chromiumPath();
  firefoxPath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    execSync('npm run build:firefox', { cwd: ROOT, stdio: 'inherit' });
  }
}
