// A process that runs the durable copy as the app's main process does, for the tests that kill it
// with SIGKILL in the middle of a compaction: it appends the test stream's changes from the copy's
// counter + 1 to `upTo`, each awaited, and prints `acked N` once change N's append has resolved.
// Usage: node durable-copy-child.js <backupDir> <upTo> <compactAfterEntries>
import { DurableCopyStore } from '../src/main/durable-copy-store';
import { streamEntry } from './copy-states';

async function run(): Promise<void> {
  const [backupDir = '', upTo = '0', compactAfter = '200'] = process.argv.slice(2);
  const store = new DurableCopyStore({
    backupDir,
    compactAfter: { entries: Number(compactAfter), bytes: 16 * 1024 * 1024 },
    onBackgroundError: (error) => {
      process.stderr.write(`background error: ${String(error)}\n`);
    },
  });
  const { state } = await store.read(null);
  const article = state.rows.documents[0];
  if (!article) throw new Error('The copy has no article to annotate.');
  for (let n = state.counter + 1; n <= Number(upTo); n++) {
    await store.append(streamEntry(n, article));
    process.stdout.write(`acked ${n}\n`);
  }
  await store.idle();
  process.stdout.write('done\n');
}

run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
