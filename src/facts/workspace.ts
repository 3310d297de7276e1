// Files in the job's workspace (GITHUB_WORKSPACE), read once per evaluation.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { GateError } from '../model/types.js';
import type { FactStore } from './store.js';

export type WorkspaceFile =
  | { kind: 'ok'; path: string; text: string }
  | { kind: 'missing'; path: string }
  | { kind: 'too_large'; path: string; size: number; maxBytes: number };

/** Resolves a workspace-relative path; a path that leaves the workspace is refused. */
export function workspacePath(workspace: string, relative: string): string {
  const root = path.resolve(workspace);
  const full = path.resolve(root, relative);
  if (!isInside(root, full)) {
    throw new GateError(
      'INVALID_PARAMS',
      `Path '${relative}' leaves the workspace (${root}); use a path inside it.`,
    );
  }
  return full;
}

function isInside(root: string, full: string): boolean {
  return full === root || full.startsWith(root + path.sep);
}

export function readWorkspaceFile(
  facts: FactStore,
  relative: string,
  maxBytes: number,
): Promise<WorkspaceFile> {
  return facts.memo(
    `workspace:${relative}:${maxBytes}`,
    async () => {
      const lexical = workspacePath(facts.workspace, relative);
      let stat;
      let full: string;
      try {
        // Follow symlinks first, then check again: a link inside the workspace must not
        // smuggle in a file from outside it.
        full = realpathSync(lexical);
        if (!isInside(realpathSync(facts.workspace), full)) {
          throw new GateError(
            'INVALID_PARAMS',
            `Path '${relative}' leads outside the workspace through a symbolic link.`,
          );
        }
        stat = statSync(full);
      } catch (error) {
        if (error instanceof GateError) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', path: relative };
        throw new GateError('FILE_UNREADABLE', `Cannot read '${relative}': ${(error as Error).message}`);
      }
      if (!stat.isFile()) throw new GateError('FILE_UNREADABLE', `'${relative}' is not a file.`);
      if (stat.size > maxBytes) return { kind: 'too_large', path: relative, size: stat.size, maxBytes };
      return { kind: 'ok', path: relative, text: readFileSync(full, 'utf8') };
    },
    'local',
  );
}
