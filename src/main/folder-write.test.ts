// Writing a folder whole: it appears complete under its name or, on failure, not at all, and a
// taken name gets a suffix instead of mixing two folders.
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolderWhole } from './folder-write';

const files = new Map([
  ['sets/mine.veritag.json', '{"a":1}\n'],
  ['articles/x.txt', 'Text 😀 with an astral character'],
  ['manifest.json', '{}'],
]);

describe('writeFolderWhole', () => {
  it('writes every file under the folder name, nested folders included, and nothing else', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'veritag-folder-'));
    expect(await writeFolderWhole(parent, 'snap', files)).toBe('snap');
    expect(await readdir(parent)).toEqual(['snap']);
    for (const [path, text] of files) expect(await readFile(join(parent, 'snap', path), 'utf8')).toBe(text);
  });

  it('takes the next free name when the name is taken, leaving the other folder as it was', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'veritag-folder-'));
    await mkdir(join(parent, 'snap'));
    await writeFile(join(parent, 'snap', 'other'), 'kept');
    expect(await writeFolderWhole(parent, 'snap', files)).toBe('snap-2');
    expect(await readdir(join(parent, 'snap'))).toEqual(['other']);
    expect((await readdir(parent)).sort()).toEqual(['snap', 'snap-2']);
  });

  it('leaves nothing behind when a file cannot be written, and refuses paths that leave the folder', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'veritag-folder-'));
    const clash = new Map([['a', 'file'], ['a/b', 'a file inside a file']]);
    await expect(writeFolderWhole(parent, 'snap', clash)).rejects.toThrow();
    await expect(writeFolderWhole(parent, 'snap', new Map([['../escape', 'x']]))).rejects.toThrow('Not a relative path: ../escape');
    expect(await readdir(parent)).toEqual([]);
  });
});
