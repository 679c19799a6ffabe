/**
 * A problem with one input field, in a form both the API (English message) and the portal (translated from
 * `code` and `params`) can show beside the field.
 */
export interface FieldIssue {
  /** Path of the field in the submitted data, e.g. ['title'] or ['cpvCodes', 1]. */
  path: (string | number)[];
  /** A stable machine code the portal translates: required, too_long, unknown_value, in_the_past, ... */
  code: string;
  /** English sentence naming the field and the problem. */
  message: string;
  /** Values the translated message needs (max, allowed values, ...). */
  params?: Record<string, unknown>;
}

/** Thrown by domain validation; adapters map it to HTTP 400 with every issue listed. */
export class InputError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'InputError';
    this.issues = issues;
  }
}
