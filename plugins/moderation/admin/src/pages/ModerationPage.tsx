// The editors' Moderation page: the queue (municipalities waiting for verification, listings waiting for
// approval, open reports) with counts and a country filter, the actions with their reason, and the audit log.
// Every control is a native button, select or textarea from the design system, so the page works by keyboard.
import * as React from 'react';
import { Badge, Box, Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, Table, Tabs, Tbody, Td, Textarea, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/admin/strapi-admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS, PLUGIN_ID, REASON_REQUIRED } from '../permissions';

type Tab = 'municipalities' | 'listings' | 'reports' | 'audit';
type Row = Record<string, any>;

interface Queue {
  counts: { municipalities: number; listings: number; reports: number };
  countries: string[];
  items: Row[];
  pagination: { page: number; pageSize: number; total: number };
}

/** What the editor may do to a row of each tab, by the row's state. */
const ROW_ACTIONS: Record<Exclude<Tab, 'audit'>, (row: Row) => string[]> = {
  municipalities: (m) =>
    m.verificationStatus === 'pending' ? ['verify', 'refuse']
    : m.verificationStatus === 'verified' ? [m.trusted ? 'untrust' : 'trust', 'suspend']
    : ['verify'],
  listings: (l) => (l.moderationStatus === 'pending' ? ['approve', 'reject'] : l.moderationStatus === 'published' ? ['hide', l.featured ? 'unfeature' : 'feature'] : l.featured ? ['unfeature'] : []),
  reports: (r) => (r.status === 'open' ? ['close'] : []),
};

const STATUSES: Record<Exclude<Tab, 'audit'>, string[]> = {
  municipalities: ['pending', 'verified', 'suspended', 'refused'],
  listings: ['pending', 'published', 'rejected'],
  reports: ['open', 'closed'],
};

const ACTION_LABELS: Record<string, string> = {
  verify: 'Verify', refuse: 'Refuse', trust: 'Mark trusted', untrust: 'Remove trust', suspend: 'Suspend',
  approve: 'Approve', reject: 'Reject', hide: 'Hide', feature: 'Feature', unfeature: 'Unfeature', close: 'Close report',
};

const routeOf = (tab: Exclude<Tab, 'audit'>) => tab;

interface PendingAction {
  tab: Exclude<Tab, 'audit'>;
  row: Row;
  action: string;
}

function rowTitle(tab: Tab, row: Row): string {
  if (tab === 'municipalities') return `${row.name}${row.nameLatin ? ` (${row.nameLatin})` : ''}`;
  if (tab === 'listings') return row.title;
  if (tab === 'reports') return row.listing?.title ?? row.municipality?.name ?? row.documentId;
  return row.subjectDocumentId;
}

const ActionDialog = ({ pending, onClose, onDone }: { pending: PendingAction | null; onClose: () => void; onDone: () => void }) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => {
    setReason('');
    setError(undefined);
  }, [pending]);
  if (!pending) return null;
  const required = REASON_REQUIRED.has(pending.action);
  const label = formatMessage({ id: `${PLUGIN_ID}.action.${pending.action}`, defaultMessage: ACTION_LABELS[pending.action] ?? pending.action });

  const submit = async () => {
    if (required && !reason.trim()) {
      setError(formatMessage({ id: `${PLUGIN_ID}.reason.required`, defaultMessage: 'Give a reason: the members read it in their e-mail and on their dashboard.' }));
      return;
    }
    setBusy(true);
    try {
      await post(`/${PLUGIN_ID}/${routeOf(pending.tab)}/${pending.row.documentId}/${pending.action}`, reason.trim() ? { reason: reason.trim() } : {});
      toggleNotification({ type: 'success', message: `${label}: ${rowTitle(pending.tab, pending.row)}` });
      onDone();
    } catch (failure: any) {
      const message = failure?.response?.data?.error?.message ?? failure?.message ?? 'The action failed';
      setError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{`${label}: ${rowTitle(pending.tab, pending.row)}`}</Dialog.Header>
        <Dialog.Body>
          <Box width="100%">
            <Field.Root name="reason" error={error} required={required} hint={formatMessage({ id: `${PLUGIN_ID}.reason.hint`, defaultMessage: 'Recorded in the audit log and sent to the municipality\'s members.' })}>
              <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.reason.label`, defaultMessage: required ? 'Reason' : 'Reason or note (optional)' })}</Field.Label>
              <Textarea autoFocus value={reason} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} maxLength={2000} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Box>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" onClick={onClose}>
              {formatMessage({ id: `${PLUGIN_ID}.cancel`, defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button variant={['refuse', 'reject', 'hide', 'suspend'].includes(pending.action) ? 'danger' : 'success'} loading={busy} onClick={submit}>
            {label}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

const QueueTable = ({ tab, rows, canAct, onAction }: { tab: Exclude<Tab, 'audit'>; rows: Row[]; canAct: boolean; onAction: (pending: PendingAction) => void }) => {
  const { formatMessage } = useIntl();
  if (!rows.length) {
    return (
      <Box padding={6} background="neutral0" hasRadius>
        <Typography>{formatMessage({ id: `${PLUGIN_ID}.empty`, defaultMessage: 'Nothing here: the queue is clear.' })}</Typography>
      </Box>
    );
  }
  return (
    <Table colCount={5} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{tab === 'reports' ? 'Reported' : tab === 'listings' ? 'Listing' : 'Municipality'}</Typography></Th>
          <Th><Typography variant="sigma">Country</Typography></Th>
          <Th><Typography variant="sigma">Status</Typography></Th>
          <Th><Typography variant="sigma">Details</Typography></Th>
          <Th><VisuallyHidden>Actions</VisuallyHidden></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Typography fontWeight="bold">{rowTitle(tab, row)}</Typography>
              {tab === 'listings' && row.municipality ? <Typography variant="pi" tag="p">{row.municipality.name}{row.municipality.trusted ? ' · trusted' : ''}</Typography> : null}
            </Td>
            <Td><Typography>{row.country ?? '—'}</Typography></Td>
            <Td>
              <Flex gap={1} wrap="wrap">
                <Badge>{row.verificationStatus ?? row.moderationStatus ?? row.status}</Badge>
                {row.trusted || row.featured ? <Badge active>{row.trusted ? 'trusted' : 'featured'}</Badge> : null}
              </Flex>
            </Td>
            <Td>
              <Typography variant="pi" tag="p">
                {tab === 'municipalities' && `${row.officialCode ?? ''}${row.contact?.email ? ` · ${row.contact.name ?? ''} <${row.contact.email}>` : ''}${row.verificationNote ? ` · ${row.verificationNote}` : ''}`}
                {tab === 'listings' && `${row.type} · ${row.kind} · ${row.originalLocale}${row.rejectionReason ? ` · ${row.rejectionReason}` : ''}`}
                {tab === 'reports' && `${row.targetType} · ${row.reason}${row.comment ? ` · ${row.comment}` : ''}${row.resolution ? ` · ${row.resolution}` : ''}`}
              </Typography>
            </Td>
            <Td>
              <Flex gap={2} wrap="wrap">
                {canAct &&
                  ROW_ACTIONS[tab](row).map((action) => (
                    <Button
                      key={action}
                      size="S"
                      variant={['refuse', 'reject', 'hide', 'suspend'].includes(action) ? 'danger-light' : 'secondary'}
                      onClick={() => onAction({ tab, row, action })}
                      // The table's grid navigation swallows Enter and Space; the button keeps them for itself.
                      onKeyDown={(event: React.KeyboardEvent) => (event.key === 'Enter' || event.key === ' ') && event.stopPropagation()}
                    >
                      {formatMessage({ id: `${PLUGIN_ID}.action.${action}`, defaultMessage: ACTION_LABELS[action] })}
                      <VisuallyHidden>{`: ${rowTitle(tab, row)}`}</VisuallyHidden>
                    </Button>
                  ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const AuditTable = ({ rows }: { rows: Row[] }) => (
  <Table colCount={6} rowCount={rows.length + 1}>
    <Thead>
      <Tr>
        <Th><Typography variant="sigma">When</Typography></Th>
        <Th><Typography variant="sigma">Who</Typography></Th>
        <Th><Typography variant="sigma">What</Typography></Th>
        <Th><Typography variant="sigma">Record</Typography></Th>
        <Th><Typography variant="sigma">Change</Typography></Th>
        <Th><Typography variant="sigma">Why</Typography></Th>
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((entry) => (
        <Tr key={entry.documentId}>
          <Td><Typography>{new Date(entry.createdAt).toLocaleString()}</Typography></Td>
          <Td><Typography>{entry.actorLabel}</Typography></Td>
          <Td><Typography>{`${entry.subjectType} · ${entry.action}`}</Typography></Td>
          <Td><Typography variant="pi">{`${entry.country ?? ''} ${entry.subjectDocumentId}`}</Typography></Td>
          <Td><Typography>{`${entry.fromState ?? ''} → ${entry.toState ?? ''}`}</Typography></Td>
          <Td><Typography>{entry.reason ?? ''}</Typography></Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);

const ModerationPage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  // Array form: allowedActions.canRead / canVerify / canModerate / canAudit, from the actions' last segment.
  const { allowedActions } = useRBAC([...PERMISSIONS.read, ...PERMISSIONS.verify, ...PERMISSIONS.moderate, ...PERMISSIONS.audit]);
  const [tab, setTab] = React.useState<Tab>('municipalities');
  const [country, setCountry] = React.useState<string>('');
  const [status, setStatus] = React.useState<string>('');
  const [page, setPage] = React.useState(1);
  const [queue, setQueue] = React.useState<Queue | null>(null);
  const [audit, setAudit] = React.useState<{ items: Row[]; pagination: Queue['pagination'] } | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<PendingAction | null>(null);

  const load = React.useCallback(async () => {
    setLoading(true);
    setFailure(null);
    try {
      const params = new URLSearchParams({ page: String(page), pageSize: '20' });
      if (country) params.set('country', country);
      if (tab === 'audit') {
        const { data } = await get<{ items: Row[]; pagination: Queue['pagination'] }>(`/${PLUGIN_ID}/audit?${params}`);
        setAudit(data);
      } else {
        params.set('tab', tab);
        if (status) params.set('status', status);
        const { data } = await get<Queue>(`/${PLUGIN_ID}/queue?${params}`);
        setQueue(data);
      }
    } catch (error: any) {
      setFailure(error?.response?.data?.error?.message ?? error?.message ?? 'Could not load the queue');
    } finally {
      setLoading(false);
    }
  }, [get, tab, country, status, page]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const counts = queue?.counts;
  const tabLabel = (id: Tab, text: string, count?: number) => `${formatMessage({ id: `${PLUGIN_ID}.tab.${id}`, defaultMessage: text })}${count !== undefined ? ` (${count})` : ''}`;
  const pagination = tab === 'audit' ? audit?.pagination : queue?.pagination;
  const lastPage = pagination ? Math.max(1, Math.ceil(pagination.total / pagination.pageSize)) : 1;
  const canAct = tab === 'municipalities' ? allowedActions.canVerify : allowedActions.canModerate;

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Moderation' })}</Page.Title>
      <Layouts.Header
        title={formatMessage({ id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Moderation' })}
        subtitle={formatMessage({ id: `${PLUGIN_ID}.subtitle`, defaultMessage: 'Verify municipalities, approve listings and answer reports. Every decision is e-mailed to the members and kept in the audit log.' })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="16rem">
              <Field.Root name="country">
                <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.country`, defaultMessage: 'Country' })}</Field.Label>
                <SingleSelect value={country} onChange={(value: string | number) => { setCountry(String(value)); setPage(1); }} onClear={() => { setCountry(''); setPage(1); }} clearLabel="All countries" placeholder="All countries">
                  {(queue?.countries ?? []).map((code) => (
                    <SingleSelectOption key={code} value={code}>{code}</SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            {tab !== 'audit' ? (
              <Box minWidth="16rem">
                <Field.Root name="status">
                  <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.status`, defaultMessage: 'Status' })}</Field.Label>
                  <SingleSelect value={status || STATUSES[tab][0]} onChange={(value: string | number) => { setStatus(String(value)); setPage(1); }}>
                    {STATUSES[tab].map((value) => (
                      <SingleSelectOption key={value} value={value}>{value}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
            ) : null}
            <Button variant="tertiary" onClick={() => void load()} loading={loading}>
              {formatMessage({ id: `${PLUGIN_ID}.refresh`, defaultMessage: 'Refresh' })}
            </Button>
          </Flex>

          <Tabs.Root value={tab} onValueChange={(value: string) => { setTab(value as Tab); setStatus(''); setPage(1); }}>
            <Tabs.List aria-label={formatMessage({ id: `${PLUGIN_ID}.tabs`, defaultMessage: 'Moderation queues' })}>
              <Tabs.Trigger value="municipalities">{tabLabel('municipalities', 'Municipalities', counts?.municipalities)}</Tabs.Trigger>
              <Tabs.Trigger value="listings">{tabLabel('listings', 'Listings', counts?.listings)}</Tabs.Trigger>
              <Tabs.Trigger value="reports">{tabLabel('reports', 'Reports', counts?.reports)}</Tabs.Trigger>
              {allowedActions.canAudit ? <Tabs.Trigger value="audit">{tabLabel('audit', 'Audit log')}</Tabs.Trigger> : null}
            </Tabs.List>
            {(['municipalities', 'listings', 'reports'] as const).map((id) => (
              <Tabs.Content key={id} value={id}>
                <Box paddingTop={4}>
                  {failure ? <Typography textColor="danger600" role="alert">{failure}</Typography> : null}
                  {tab === id && queue ? <QueueTable tab={id} rows={queue.items} canAct={!!canAct} onAction={setPending} /> : null}
                </Box>
              </Tabs.Content>
            ))}
            {allowedActions.canAudit ? (
              <Tabs.Content value="audit">
                <Box paddingTop={4}>
                  {failure ? <Typography textColor="danger600" role="alert">{failure}</Typography> : null}
                  {tab === 'audit' && audit ? <AuditTable rows={audit.items} /> : null}
                </Box>
              </Tabs.Content>
            ) : null}
          </Tabs.Root>

          <Flex gap={2} justifyContent="flex-end" aria-live="polite">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {formatMessage({ id: `${PLUGIN_ID}.previous`, defaultMessage: 'Previous page' })}
            </Button>
            <Typography>{`${page} / ${lastPage}${pagination ? ` · ${pagination.total}` : ''}`}</Typography>
            <Button variant="tertiary" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>
              {formatMessage({ id: `${PLUGIN_ID}.next`, defaultMessage: 'Next page' })}
            </Button>
          </Flex>
        </Flex>
      </Layouts.Content>
      <ActionDialog pending={pending} onClose={() => setPending(null)} onDone={() => { setPending(null); void load(); }} />
    </Page.Main>
  );
};

/** The page, shown only to admins holding plugin::moderation.read. */
const ProtectedModerationPage = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <ModerationPage />
  </Page.Protect>
);

export default ProtectedModerationPage;
export { ModerationPage };
