// Runs the layout-dependent tests (the renderer's unit tests in Chromium and the end-to-end
// journeys) once per restricted font set: fontconfig sees only DejaVu, then only Liberation, so a
// test that leans on the machine's own fonts instead of the bundled ones fails here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FONT_SETS = [
  { name: 'DejaVu only', dir: '/usr/share/fonts/truetype/dejavu' },
  { name: 'Liberation only', dir: '/usr/share/fonts/truetype/liberation2' },
];

const COMMANDS = [
  ['npx', ['vitest', 'run', '--project', 'browser']],
  ['npx', ['electron-vite', 'build']],
  ['npx', ['playwright', 'test', '--project=journeys']],
];

const work = mkdtempSync(join(tmpdir(), 'veritag-fonts-'));
let failed = 0;
try {
  for (const set of FONT_SETS) {
    if (!existsSync(set.dir)) {
      console.error(`test:fonts: ${set.dir} is missing (Debian: apt-get install fonts-dejavu-core fonts-liberation2)`);
      process.exit(2);
    }
    const config = join(work, `${set.name.split(' ')[0]}.conf`);
    writeFileSync(
      config,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${set.dir}</dir>\n  <cachedir>${join(work, 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    const env = { ...process.env, FONTCONFIG_FILE: config };
    const listed = spawnSync('fc-list', [':', 'family'], { env, encoding: 'utf8' });
    const families = [...new Set(listed.stdout.split('\n').filter(Boolean))].sort().join(', ');
    console.log(`\n=== ${set.name}: fontconfig offers ${families || '(fc-list unavailable)'}`);
    const started = Date.now();
    for (const [command, args] of COMMANDS) {
      const run = spawnSync(command, args, { env, stdio: 'inherit' });
      if (run.status !== 0) {
        failed++;
        console.log(`=== ${set.name}: ${command} ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
        break;
      }
    }
    console.log(`=== ${set.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? '\ntest:fonts: every font set passed' : `\ntest:fonts: ${failed} font set(s) failed`);
process.exit(failed === 0 ? 0 : 1);
