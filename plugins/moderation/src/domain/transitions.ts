// The moderation state machine, in plain TypeScript: which action may move a record from which state to which,
// and whether it needs a reason. The server refuses anything not in these tables with 409.

export type MunicipalityAction = 'verify' | 'refuse' | 'suspend' | 'trust' | 'untrust';
export type ListingAction = 'approve' | 'reject' | 'hide' | 'feature' | 'unfeature';
export type ReportAction = 'close';
export type ModerationAction = MunicipalityAction | ListingAction | ReportAction;

interface Rule {
  from: readonly string[];
  /** The new state; null when the action changes a flag, not the state. */
  to: string | null;
  reasonRequired: boolean;
}

export const MUNICIPALITY_RULES: Record<MunicipalityAction, Rule> = {
  // A suspended or refused municipality can be verified again once the editors are satisfied.
  verify: { from: ['pending', 'refused', 'suspended'], to: 'verified', reasonRequired: false },
  refuse: { from: ['pending'], to: 'refused', reasonRequired: true },
  suspend: { from: ['verified'], to: 'suspended', reasonRequired: true },
  trust: { from: ['verified'], to: null, reasonRequired: false },
  untrust: { from: ['verified', 'suspended'], to: null, reasonRequired: false },
};

export const LISTING_RULES: Record<ListingAction, Rule> = {
  approve: { from: ['pending'], to: 'published', reasonRequired: false },
  reject: { from: ['pending'], to: 'rejected', reasonRequired: true },
  // A published listing taken down (after a report, say) goes back to the queue with the editor's reason.
  hide: { from: ['published'], to: 'pending', reasonRequired: true },
  feature: { from: ['published'], to: null, reasonRequired: false },
  unfeature: { from: ['pending', 'published', 'rejected', 'closed', 'expired'], to: null, reasonRequired: false },
};

export const REPORT_RULES: Record<ReportAction, Rule> = {
  close: { from: ['open'], to: 'closed', reasonRequired: false },
};

export type TransitionCheck = { ok: true; to: string | null } | { ok: false; problem: 'illegal' | 'reason_required'; message: string };

/** Checks one action against its rule: the current state and the reason. */
export function checkTransition(rules: Record<string, Rule>, action: string, current: string, reason: string | undefined): TransitionCheck {
  const rule = rules[action];
  if (!rule) return { ok: false, problem: 'illegal', message: `Unknown action "${action}"` };
  if (!rule.from.includes(current)) {
    return { ok: false, problem: 'illegal', message: `Cannot ${action} a record that is ${current} (allowed from: ${rule.from.join(', ')})` };
  }
  if (rule.reasonRequired && !reason?.trim()) return { ok: false, problem: 'reason_required', message: `reason: a reason is required to ${action}` };
  return { ok: true, to: rule.to };
}
