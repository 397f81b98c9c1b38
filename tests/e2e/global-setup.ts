import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, chromiumPath } from './harness';

/** Fails early with a clear message when Chromium is missing; builds the extension when no build exists. */
export default function setup(): void {
  chromiumPath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
}
