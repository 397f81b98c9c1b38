/**
 * The build users have installed today: version 0.1.0, rebuilt from its commit in this repository's history, so that
 * the upgrade test loads the new build over what users really run (its storage shapes, its menus, its UI).
 * Built once into .output/baseline-0.1.0/ (ignored by git) and reused.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

/** main when 0.1.0 landed (the last commit before the 0.2 round). */
export const BASELINE_COMMIT = 'e0a665b409e34c5fc89fab9f666d199f8d9e86a6';
export const BASELINE_DIR = join(ROOT, '.output', 'baseline-0.1.0', 'chrome-mv3');

/** The 0.1.0 Chrome build, built from git history the first time (about a minute: npm ci + wxt build). */
export function baselineBuild(): string {
  if (existsSync(join(BASELINE_DIR, 'manifest.json'))) return BASELINE_DIR;
  try {
    execFileSync('git', ['cat-file', '-e', `${BASELINE_COMMIT}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    throw new Error(
      `The upgrade test builds version 0.1.0 from commit ${BASELINE_COMMIT}, which this clone does not have ` +
        '(a shallow clone?). Run `git fetch --unshallow` and try again.',
    );
  }
  const source = mkdtempSync(join(tmpdir(), 'carrier-finder-0.1.0-'));
  try {
    // git archive, not a worktree: nothing is added to this repository's own bookkeeping.
    execFileSync('sh', ['-c', `git archive ${BASELINE_COMMIT} | tar -x -C "${source}"`], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: source, stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build'], { cwd: source, stdio: 'inherit' });
    cpSync(join(source, '.output', 'chrome-mv3'), BASELINE_DIR, { recursive: true });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  return BASELINE_DIR;
}
