// An in-memory Algolia behind algoliasearch's pluggable requester, for tests: it records every HTTP request and
// answers the REST calls the provider makes (batch writes, settings with virtual replicas, search, index copy
// and move, delete, tasks) against an in-memory store, searching with fake-algolia-search.ts. Nothing here
// reaches the network.
import { gunzipSync } from 'node:zlib';
import type { AlgoliaHttpRequest, AlgoliaHttpResponse, AlgoliaRequester } from './algolia-provider';
import { FakeAlgoliaError, fakeSearch, type FakeRecord, type FakeSearchParams, type FakeSettings } from './fake-algolia-search';

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** The REST path, e.g. /1/indexes/listings/batch. */
  path: string;
  /** Query-string parameters (x-algolia-agent and the like). */
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The parsed JSON body, if any. */
  body: unknown;
}

interface FakeIndex {
  records: Map<string, FakeRecord>;
  settings: FakeSettings;
  /** Set on a replica: the index whose records it serves. */
  primary?: string;
  virtual?: boolean;
}

/** How the fake fails, when asked to: a network error, a timeout, an HTTP status, or a throwing requester. */
export type FakeOutage = false | 'network' | 'timeout' | 'throw' | number;

const json = (status: number, body: unknown): AlgoliaHttpResponse => ({ status, content: JSON.stringify(body), isTimedOut: false });

/** Parses a replicas setting entry: 'virtual(name)' or 'name'. */
function replicaName(entry: string): { name: string; virtual: boolean } {
  const m = /^virtual\((.+)\)$/.exec(entry);
  return m ? { name: m[1]!, virtual: true } : { name: entry, virtual: false };
}

/** The fake service. */
export class FakeAlgolia {
  readonly requests: RecordedRequest[] = [];
  readonly indices = new Map<string, FakeIndex>();
  /** Makes every following request fail this way until set back to false. */
  outage: FakeOutage = false;
  private taskId = 1000;

  constructor(private readonly credentials?: { appId: string; apiKey: string }) {}

  /** The requester to give createAlgoliaProvider. */
  readonly requester: AlgoliaRequester = {
    send: (request) => this.send(request),
  };

  /** Recorded requests whose path ends with the given suffix (and method, when given). */
  requestsTo(pathSuffix: string | RegExp, method?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => (method === undefined || r.method === method) && (typeof pathSuffix === 'string' ? r.path.endsWith(pathSuffix) : pathSuffix.test(r.path)),
    );
  }

  /** An index's state (undefined if it does not exist). */
  index(name: string): FakeIndex | undefined {
    return this.indices.get(name);
  }

  private async send(request: AlgoliaHttpRequest): Promise<AlgoliaHttpResponse> {
    const url = new URL(request.url);
    let body: unknown;
    if (request.data !== undefined) {
      const raw =
        typeof request.data === 'string'
          ? request.data
          : request.headers['content-encoding'] === 'gzip'
            ? gunzipSync(request.data).toString('utf8')
            : Buffer.from(request.data).toString('utf8');
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    }
    this.requests.push({
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...request.headers },
      body,
    });
    if (this.outage === 'throw') throw new Error('connect ECONNREFUSED');
    if (this.outage === 'network') return { status: 0, content: '', isTimedOut: false };
    if (this.outage === 'timeout') return { status: 0, content: '', isTimedOut: true };
    if (typeof this.outage === 'number') return json(this.outage, { message: 'Service unavailable', status: this.outage });

    const header = (name: string): string | undefined => request.headers[name] ?? url.searchParams.get(name) ?? undefined;
    if (this.credentials && (header('x-algolia-application-id') !== this.credentials.appId || header('x-algolia-api-key') !== this.credentials.apiKey)) {
      return json(403, { message: 'Invalid Application-ID or API key', status: 403 });
    }
    try {
      return json(200, this.route(request.method, url.pathname, url.searchParams, body));
    } catch (err) {
      const status = err instanceof FakeAlgoliaError ? err.status : 500;
      return json(status, { message: (err as Error).message, status });
    }
  }

  private route(method: string, path: string, query: URLSearchParams, body: unknown): unknown {
    if (method === 'POST' && path === '/1/indexes/*/queries') {
      const { requests } = body as { requests: (FakeSearchParams & { indexName: string })[] };
      return { results: requests.map(({ indexName, ...params }) => this.search(indexName, params)) };
    }
    const m = /^\/1\/indexes\/([^/]+)(?:\/(.+))?$/.exec(path);
    if (!m) throw new FakeAlgoliaError(404, `No route for ${method} ${path}`);
    const name = decodeURIComponent(m[1]!);
    const rest = m[2] ?? '';
    if (method === 'POST' && rest === 'query') return this.search(name, withParamsString(body as FakeSearchParams));
    if (method === 'POST' && rest === 'batch') return this.batch(name, (body as { requests: { action: string; body: FakeRecord }[] }).requests);
    if (method === 'PUT' && rest === 'settings') return this.setSettings(name, body as FakeSettings, query.get('forwardToReplicas') === 'true');
    if (method === 'GET' && rest === 'settings') return this.getSettings(name);
    if (method === 'GET' && rest.startsWith('task/')) return { status: 'published', pendingTask: false };
    if (method === 'POST' && rest === 'operation') return this.operation(name, body as { operation: string; destination: string; scope?: string[] });
    if (method === 'POST' && rest === 'clear') {
      this.writable(name).records.clear();
      return this.task();
    }
    if (method === 'DELETE' && rest === '') {
      this.indices.delete(name);
      return { taskID: this.taskId++, deletedAt: new Date().toISOString() };
    }
    throw new FakeAlgoliaError(404, `No route for ${method} ${path}`);
  }

  private task(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { taskID: this.taskId++, updatedAt: new Date().toISOString(), ...extra };
  }

  private ensure(name: string): FakeIndex {
    let index = this.indices.get(name);
    if (!index) this.indices.set(name, (index = { records: new Map(), settings: {} }));
    return index;
  }

  private writable(name: string): FakeIndex {
    const index = this.ensure(name);
    if (index.primary) throw new FakeAlgoliaError(400, `Cannot write records to the replica ${name}`);
    return index;
  }

  private batch(name: string, requests: { action: string; body: FakeRecord }[]): unknown {
    const index = this.writable(name);
    const objectIDs: string[] = [];
    for (const { action, body } of requests) {
      const id = body?.objectID ?? String(this.taskId++);
      switch (action) {
        case 'addObject':
        case 'updateObject':
          index.records.set(id, { ...body, objectID: id });
          break;
        case 'partialUpdateObject':
        case 'partialUpdateObjectNoCreate': {
          const old = index.records.get(id);
          if (old || action === 'partialUpdateObject') index.records.set(id, { ...old, ...body, objectID: id });
          break;
        }
        case 'deleteObject':
          index.records.delete(id);
          break;
        case 'clear':
          index.records.clear();
          break;
        default:
          throw new FakeAlgoliaError(400, `Unknown batch action ${action}`);
      }
      objectIDs.push(id);
    }
    return this.task({ objectIDs });
  }

  private setSettings(name: string, settings: FakeSettings, forward: boolean): unknown {
    const index = this.ensure(name);
    if (index.virtual) {
      const allowed = new Set(['customRanking', 'relevancyStrictness', 'attributesToRetrieve', 'hitsPerPage', 'typoTolerance']);
      for (const key of Object.keys(settings)) {
        if (!allowed.has(key)) throw new FakeAlgoliaError(400, `Setting ${key} cannot be changed on a virtual replica`);
      }
    }
    if (Array.isArray(settings.replicas)) {
      const wanted = (settings.replicas as string[]).map(replicaName);
      for (const { name: replica, virtual } of wanted) {
        const r = this.ensure(replica);
        if (r.primary && r.primary !== name) throw new FakeAlgoliaError(400, `${replica} is already a replica of ${r.primary}`);
        r.primary = name;
        r.virtual = virtual;
      }
      for (const [other, idx] of this.indices) {
        if (idx.primary === name && !wanted.some((w) => w.name === other)) idx.primary = undefined;
      }
    }
    index.settings = { ...index.settings, ...settings };
    if (forward) {
      const { replicas: _ignored, ...forwarded } = settings;
      for (const idx of this.indices.values()) if (idx.primary === name) idx.settings = { ...idx.settings, ...forwarded };
    }
    return this.task();
  }

  private getSettings(name: string): unknown {
    const index = this.indices.get(name);
    if (!index) throw new FakeAlgoliaError(404, 'Index does not exist');
    return index.primary ? { ...index.settings, primary: index.primary } : index.settings;
  }

  private operation(name: string, op: { operation: string; destination: string; scope?: string[] }): unknown {
    const source = this.indices.get(name);
    if (!source) throw new FakeAlgoliaError(404, 'Index does not exist');
    const { replicas: _replicas, ...copiedSettings } = source.settings; // Algolia never copies replicas
    if (op.operation === 'copy') {
      const dest = this.ensure(op.destination);
      const scope = op.scope ?? ['settings', 'synonyms', 'rules', 'records'];
      if (scope.includes('settings')) dest.settings = { ...copiedSettings, ...(dest.settings.replicas ? { replicas: dest.settings.replicas } : {}) };
      if (!op.scope) dest.records = new Map([...source.records].map(([id, r]) => [id, { ...r }]));
      return this.task();
    }
    if (op.operation === 'move') {
      const old = this.indices.get(op.destination);
      // The destination keeps its replicas; everything else comes from the source.
      this.indices.set(op.destination, {
        records: source.records,
        settings: { ...copiedSettings, ...(old?.settings.replicas ? { replicas: old.settings.replicas } : {}) },
      });
      this.indices.delete(name);
      return this.task();
    }
    throw new FakeAlgoliaError(400, `Unknown operation ${op.operation}`);
  }

  private search(name: string, params: FakeSearchParams): unknown {
    const index = this.indices.get(name);
    if (!index) throw new FakeAlgoliaError(404, 'Index does not exist');
    const primary = index.primary ? this.indices.get(index.primary) : undefined;
    const records = primary ? primary.records : index.records;
    const { replicas: _replicas, ...primarySettings } = primary?.settings ?? {};
    const settings = primary ? { ...primarySettings, ...index.settings } : index.settings;
    // A virtual replica sorts by its customRanking first (relevant sort; strictness 0 keeps every match).
    return fakeSearch(records.values(), settings, params, { customFirst: index.virtual === true, indexName: name });
  }
}

/** Merges a legacy `params` query string into the params object. */
function withParamsString(body: FakeSearchParams): FakeSearchParams {
  if (typeof body?.params !== 'string') return body ?? {};
  const extra: FakeSearchParams = {};
  for (const [k, v] of new URLSearchParams(body.params)) {
    try {
      extra[k] = JSON.parse(v);
    } catch {
      extra[k] = v;
    }
  }
  const { params: _p, ...rest } = body;
  return { ...extra, ...rest };
}

/** Creates a fake Algolia; with credentials, requests with other keys are refused (403). */
export function createFakeAlgolia(credentials?: { appId: string; apiKey: string }): FakeAlgolia {
  return new FakeAlgolia(credentials);
}
