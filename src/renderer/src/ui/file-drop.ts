// Accepts files dropped anywhere on the window: reads their bytes in the renderer (no
// paths cross to the main process) and hands them on; shows a hint while dragging.
import { useEffect, useState } from 'react';
import { MAX_ARTICLE_BYTES, MAX_SET_FILE_BYTES, tooLargeReason } from '../../../shared/file-limits';
import type { OpenedFile } from '../../../shared/ipc';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** A dropped file's bytes, refused before reading when over the limit for its kind, or why not. */
async function readDropped(file: File): Promise<OpenedFile> {
  const limit = /\.(?:json|jsonld)$/i.test(file.name) ? MAX_SET_FILE_BYTES : MAX_ARTICLE_BYTES;
  if (file.size > limit) return { name: file.name, error: `${file.name}: ${tooLargeReason('file', file.size, limit)}` };
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { name: file.name, error: `${file.name}: could not be read (a folder, or a file that moved)` };
  }
}

export function useFileDrop(onFiles: (files: OpenedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      void Promise.all(files.map(readDropped)).then(onFiles);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [onFiles]);
  return dragging;
}
