// The messages between the CMS's thread (embedded-worker-provider.ts) and the search thread (worker-host.ts).
import type { SearchDocument, SearchQuery } from '../../contract/types';

export type HostRequest = { id: number } & (
  | { op: 'search'; query: SearchQuery }
  | { op: 'index'; documents: SearchDocument[] }
  | { op: 'remove'; ids: string[] }
  | { op: 'count' }
  | { op: 'reindex-start'; rebuild: number }
  | { op: 'reindex-batch'; rebuild: number; documents: SearchDocument[] }
  | { op: 'reindex-end'; rebuild: number; failure?: string }
);

export type HostAnswer = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: { name: string; message: string } });
