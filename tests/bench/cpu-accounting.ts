// CPU time by process and thread over a stretch of a benchmark, read from Linux's /proc (clock ticks): where the
// two cores went while the load ran. Empty where /proc is missing.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on

export interface CpuSnapshot {
  /** Ticks per "pid/tid" with the thread's and its process's names. */
  threads: Map<string, { ticks: number; thread: string; pid: number }>;
  at: number;
}

function statTicks(file: string): { ticks: number; comm: string } | null {
  try {
    const text = readFileSync(file, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    return { ticks: Number(fields[11]) + Number(fields[12]), comm }; // utime, stime (fields 14 and 15 of stat)
  } catch {
    return null;
  }
}

/** Every thread of every process now. */
export function cpuSnapshot(): CpuSnapshot {
  const threads: CpuSnapshot['threads'] = new Map();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { threads, at: performance.now() };
  }
  for (const pid of pids) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = statTicks(`/proc/${pid}/task/${tid}/stat`);
      if (stat) threads.set(`${pid}/${tid}`, { ticks: stat.ticks, thread: tid === pid ? 'main' : stat.comm, pid: Number(pid) });
    }
  }
  return { threads, at: performance.now() };
}

/**
 * CPU seconds per group between two snapshots. `groups` names the processes of interest by pid; each is split
 * into its main thread and the rest; PostgreSQL's processes are summed; everything else is "other".
 */
export function cpuByGroup(before: CpuSnapshot, after: CpuSnapshot, groups: Record<string, number | undefined>, threadNames: Record<string, string> = {}) {
  const names = new Map(Object.entries(groups).filter(([, pid]) => pid !== undefined).map(([name, pid]) => [pid!, name]));
  const postgres = new Set<number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = statTicks(`/proc/${pid}/stat`);
    if (stat?.comm.startsWith('postgres')) postgres.add(Number(pid));
  }
  const seconds = new Map<string, number>();
  for (const [key, now] of after.threads) {
    const delta = now.ticks - (before.threads.get(key)?.ticks ?? 0);
    if (delta <= 0) continue;
    const group = names.get(now.pid);
    const label = group ? `${group}: ${threadNames[`${group}/${now.thread}`] ?? (now.thread === 'main' ? 'main thread' : 'other threads')}` : postgres.has(now.pid) ? 'PostgreSQL' : 'other processes';
    seconds.set(label, (seconds.get(label) ?? 0) + delta / TICKS_PER_SECOND);
  }
  return { seconds: [...seconds].sort((a, b) => b[1] - a[1]), wallSeconds: (after.at - before.at) / 1000 };
}
