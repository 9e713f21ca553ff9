// Renews the README's pictures from today's app: runs the journeys that take them (in browser or
// Electron mode, as the tests do) and copies their screenshots into docs/screenshots/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
/** docs/screenshots name ← the journey's screenshot name. */
const PICTURES = {
  'annotated.png': 'seed-002-annotated.png',
  'annotated-dark.png': 'seed-002-annotated-dark.png',
  'review.png': 'review-seed-002.png',
};
const SPECS = ['e2e/annotated-article.spec.ts', 'e2e/review-sets.spec.ts'];

for (const [command, args] of [
  ['npx', ['electron-vite', 'build']],
  ['npx', ['playwright', 'test', ...SPECS]],
]) {
  const run = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
for (const [picture, shot] of Object.entries(PICTURES)) {
  const from = join(SHOTS, shot);
  if (!existsSync(from)) {
    console.error(`docs-screenshots: the journeys took no ${shot}`);
    process.exit(1);
  }
  copyFileSync(from, join(ROOT, 'docs', 'screenshots', picture));
  console.log(`docs/screenshots/${picture} ← ${shot}`);
}
