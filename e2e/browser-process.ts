// Crashing the browser on purpose, for the fault tests: a persistent context has no Browser object
// to kill, so Chromium's processes are found by the profile they were started with
// (`--user-data-dir=<profile>`) and killed with SIGKILL, as a crash or the OOM killer would.
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

interface ChromiumProcess {
  pid: number;
  /** The browser process itself has no `--type=` (renderers, zygotes, utilities have one). */
  browser: boolean;
}

/** The processes of the Chromium started on `profileDir` (read from /proc: Linux only). */
async function processesOf(profileDir: string): Promise<ChromiumProcess[]> {
  const flag = `--user-data-dir=${profileDir}`;
  const found: ChromiumProcess[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // A process may end between the listing and the read.
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then((text) => text.split('\0'), (): string[] => []);
    if (args.includes(flag)) found.push({ pid: Number(entry), browser: !args.some((arg) => arg.startsWith('--type=')) });
  }
  return found;
}

const killed = (pid: number): void => {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    // Already gone (a child that ended with its browser): that is what was wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
};

/**
 * SIGKILLs the browser process of the Chromium on `profileDir`, then every process of it still
 * there (the storage service among them), so nothing gets to finish a write; resolves once all are gone.
 */
export async function killChromium(profileDir: string): Promise<void> {
  const processes = await processesOf(profileDir);
  const browser = processes.find((p) => p.browser);
  if (!browser) throw new Error(`No Chromium browser process runs on ${profileDir}`);
  killed(browser.pid);
  for (const p of processes) if (p !== browser) killed(p.pid);
  // Polls until they are gone (a zombie has an empty command line, so it no longer counts).
  for (let round = 0; (await processesOf(profileDir)).length > 0; round++) {
    if (round > 250) throw new Error(`Chromium's processes on ${profileDir} did not end`);
    await delay(20);
  }
}
