import type { ImportIssue } from './types';

/** One line for an operator: 'BG.csv line 57: latitude must be a number between -90 and 90 (got "abc")'. */
export function formatIssue(issue: ImportIssue): string {
  const place = issue.where ? ` at ${issue.where}` : issue.line > 0 ? ` line ${issue.line}` : '';
  return `${issue.file}${place}: ${issue.message}`;
}
