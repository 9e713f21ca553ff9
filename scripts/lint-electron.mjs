// Runs Electronegativity (Doyensec's checker for Electron misconfigurations) over the sources and the
// built main bundle, and fails on any finding that docs/security.md does not explain in its table of
// accepted findings, on an explanation no finding needs any more, and on any file it could not parse.
// Part of `npm run lint`; run after `electron-vite build` (out/main must exist).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs', 'security.md');
const INPUTS = ['src', 'out/main'];
// Looks up Electron's release list on the network; whether Electron is current is checklist item 16,
// kept out of `npm test` so that the same commit passes or fails the same way on every machine.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(import.meta.url);

/**
 * Electronegativity fetches message translations and Electron's release list with `got`; the check
 * runs offline (no network in `npm test`, no waiting for a timeout), so its `got` answers "offline".
 */
function answerOffline() {
  const gotPath = createRequire(require.resolve('@doyensec/electronegativity')).resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  offline.head = offline;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
}

/** The rows between the markers in docs/security.md: check, where, how many, why. */
function acceptedFindings() {
  const text = readFileSync(DOC, 'utf8');
  const start = text.indexOf('<!-- electronegativity-accepted:start -->');
  const end = text.indexOf('<!-- electronegativity-accepted:end -->');
  if (start < 0 || end < start) throw new Error(`${DOC} has no table of accepted Electronegativity findings`);
  return text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(check|-)/i.test(line))
    .map((line) => {
      const [check, where, count, reason] = line.split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('`', ''));
      if (!check || !where || !/^\d+$/.test(count ?? '') || !reason) throw new Error(`docs/security.md: incomplete row: ${line}`);
      return { key: `${check} in ${where}`, count: Number(count) };
    });
}

/** Where a finding is, as the table names it: the file from the repository root, or the input for a global finding. */
const whereOf = (input, issue) => (issue.file === 'N/A' ? `${input} (global)` : `${input}/${issue.file.split('\\').join('/')}`);

async function main() {
  for (const input of INPUTS) {
    if (!existsSync(join(ROOT, input))) throw new Error(`${input} is missing: run electron-vite build first`);
  }
  answerOffline();
  const { default: run } = await import('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const found = new Map();
  const problems = [];
  const log = console.log;
  console.log = () => undefined; // the tool reports its failed look-ups there; what matters is returned
  try {
    for (const input of INPUTS) {
      const result = await run(
        { input: join(ROOT, input), isRelative: true, excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: electronVersion },
        false,
      );
      for (const error of result.errors) problems.push(`could not check ${error.file}: ${error.message}`);
      for (const issue of result.issues) {
        const key = `${issue.id} in ${whereOf(input, issue)}`;
        found.set(key, [...(found.get(key) ?? []), `${whereOf(input, issue)}:${issue.location.line}:${issue.location.column}`]);
      }
    }
  } finally {
    console.log = log;
  }
  const accepted = acceptedFindings();
  for (const [key, places] of found) {
    const entry = accepted.find((row) => row.key === key);
    if (!entry) problems.push(`${key}: not explained in docs/security.md (${places.join(', ')})`);
    else if (entry.count !== places.length) problems.push(`${key}: ${places.length} found, docs/security.md explains ${entry.count}`);
  }
  for (const entry of accepted) {
    if (!found.has(entry.key)) problems.push(`${entry.key}: explained in docs/security.md but no longer found; remove the row`);
  }
  if (problems.length > 0) {
    console.error(`Electronegativity ${INPUTS.join(', ')}:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const total = [...found.values()].reduce((sum, places) => sum + places.length, 0);
  console.log(`Electronegativity (Electron ${electronVersion}) over ${INPUTS.join(' and ')}: ${total} findings, each explained in docs/security.md`);
}

await main();
