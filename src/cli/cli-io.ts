// Everything the command line needs from outside its own code, as one object, so `runCli` runs
// in-process in tests (captured output, temporary files) exactly as it runs for a user.

interface OutputStream {
  write: (text: string) => unknown;
}

/** A file's bytes, or only its size when that is over the limit asked for (then it is not read). */
export type ReadFileResult = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large'; size: number };

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * Reads a whole file unless it is larger than `maxBytes`. Rejects, with an Error whose message
   * says why in a few words (`ENOENT: no such file or directory`), when the path cannot be read.
   */
  readFile: (path: string, maxBytes: number) => Promise<ReadFileResult>;
  /** Writes the whole text as UTF-8 so that `path` never holds half of it; rejects like readFile. */
  writeFile: (path: string, text: string) => Promise<void>;
  /** True when both paths name the same existing file (the same path, a link or a hard link). */
  sameFile: (a: string, b: string) => Promise<boolean>;
}
