// The portal's own log lines: one JSON object a line in production (or with LOG_FORMAT=json), for the log
// collector; a readable line otherwise.

type Level = 'info' | 'warn' | 'error';

function jsonLogs(): boolean {
  const format = process.env.LOG_FORMAT;
  return format === 'json' || (format !== 'pretty' && process.env.NODE_ENV === 'production');
}

/** Writes one log line (errors and warnings to stderr). */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = jsonLogs()
    ? JSON.stringify({ level, time: new Date().toISOString(), service: 'portal', message, ...fields })
    : `[portal] ${level} ${message}${Object.keys(fields).length ? ' ' + JSON.stringify(fields) : ''}`;
  (level === 'info' ? process.stdout : process.stderr).write(line + '\n');
}
