import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Page, Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';

interface ListingCard {
  documentId: string;
  title?: string;
  type?: string;
  status?: string;
  urgency?: string | null;
  urgentUntil?: string | null;
  municipality?: { name?: string; country?: string };
}

interface MatchRow {
  id: number;
  score: number;
  source: 'matcher' | 'editor';
  proposedBy: string | null;
  reasonsText: string;
  createdAt: string;
  offer: ListingCard;
  request: ListingCard;
}

const who = (l: ListingCard) => `${l.title ?? l.documentId} — ${l.municipality?.name ?? '?'} (${l.municipality?.country ?? ''})`;

/** One side of a proposal: a title search and the picked listing. */
function ListingPicker({ type, label, picked, onPick }: { type: 'offer' | 'request'; label: string; picked: ListingCard | null; onPick: (l: ListingCard | null) => void }) {
  const { get } = useFetchClient();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ListingCard[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) {
      setHits([]);
      return;
    }
    const timer = setTimeout(() => {
      get(`/matching/listings?type=${type}&q=${encodeURIComponent(q.trim())}`)
        .then(({ data }: any) => setHits(data.data ?? []))
        .catch(() => setHits([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, type, get]);
  return (
    <Box flex="1">
      <Field.Root name={`${type}-search`} hint={picked ? `✓ ${who(picked)}` : 'Type at least two letters of a title'}>
        <Field.Label>{label}</Field.Label>
        <TextInput value={q} onChange={(e: any) => setQ(e.target.value)} placeholder="Title…" />
        <Field.Hint />
      </Field.Root>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {hits.map((hit) => (
          <Button key={hit.documentId} variant={picked?.documentId === hit.documentId ? 'default' : 'tertiary'} onClick={() => onPick(hit)}>
            {who(hit)}
          </Button>
        ))}
      </Flex>
    </Box>
  );
}

const App = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [matches, setMatches] = useState<MatchRow[]>([]);
  const [urgent, setUrgent] = useState<ListingCard[]>([]);
  const [offer, setOffer] = useState<ListingCard | null>(null);
  const [request, setRequest] = useState<ListingCard | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [m, u]: any[] = await Promise.all([get('/matching/matches?pageSize=50'), get('/matching/urgent')]);
    setMatches(m.data.data ?? []);
    setUrgent(u.data.data ?? []);
  }, [get]);

  useEffect(() => {
    load().catch(() => toggleNotification({ type: 'danger', message: 'Could not load the matches' }));
  }, [load, toggleNotification]);

  const propose = async (event: FormEvent) => {
    event.preventDefault();
    if (!offer || !request) return;
    setBusy(true);
    try {
      await post('/matching/matches', { offerId: offer.documentId, requestId: request.documentId });
      toggleNotification({ type: 'success', message: 'Match proposed; both municipalities have been told.' });
      setOffer(null);
      setRequest(null);
      await load();
    } catch (error: any) {
      toggleNotification({ type: 'danger', message: error?.response?.data?.error?.message ?? 'The match could not be proposed' });
    } finally {
      setBusy(false);
    }
  };

  const endUrgency = async (listing: ListingCard) => {
    try {
      await post(`/matching/urgent/${listing.documentId}/end`, {});
      toggleNotification({ type: 'success', message: `The urgency of “${listing.title}” has ended.` });
      await load();
    } catch (error: any) {
      toggleNotification({ type: 'danger', message: error?.response?.data?.error?.message ?? 'Could not end the urgency' });
    }
  };

  return (
    <Page.Main>
      <Page.Title>Matching</Page.Title>
      <Layouts.Header title="Matching" subtitle="Offers that fit requests, with the reasons; propose a match by hand; end urgent requests." />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <form onSubmit={propose}>
              <Typography variant="delta" tag="h2">
                Propose a match
              </Typography>
              <Flex gap={4} alignItems="flex-start" paddingTop={4}>
                <ListingPicker type="offer" label="Offer" picked={offer} onPick={setOffer} />
                <ListingPicker type="request" label="Request" picked={request} onPick={setRequest} />
              </Flex>
              <Box paddingTop={4}>
                <Button type="submit" disabled={!offer || !request} loading={busy}>
                  Propose this match
                </Button>
              </Box>
            </form>
          </Box>

          <Box>
            <Typography variant="delta" tag="h2">
              Urgent requests
            </Typography>
            <Table colCount={4} rowCount={urgent.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">Request</Typography></Th>
                  <Th><Typography variant="sigma">Urgency</Typography></Th>
                  <Th><Typography variant="sigma">Until</Typography></Th>
                  <Th><Typography variant="sigma">Action</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {urgent.map((l) => (
                  <Tr key={l.documentId}>
                    <Td><Typography>{who(l)}</Typography></Td>
                    <Td><Badge>{l.urgency}</Badge></Td>
                    <Td><Typography>{l.urgentUntil ? new Date(l.urgentUntil).toLocaleDateString() : '—'}</Typography></Td>
                    <Td><Button variant="danger-light" onClick={() => endUrgency(l)}>End urgency</Button></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>

          <Box>
            <Typography variant="delta" tag="h2">
              Recent matches
            </Typography>
            <Table colCount={5} rowCount={matches.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">Score</Typography></Th>
                  <Th><Typography variant="sigma">Offer</Typography></Th>
                  <Th><Typography variant="sigma">Request</Typography></Th>
                  <Th><Typography variant="sigma">Why</Typography></Th>
                  <Th><Typography variant="sigma">Found</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {matches.map((m) => (
                  <Tr key={m.id}>
                    <Td><Typography>{Math.round(m.score * 100)}%</Typography></Td>
                    <Td><Typography>{who(m.offer)}</Typography></Td>
                    <Td><Typography>{who(m.request)}</Typography></Td>
                    <Td><Typography>{m.reasonsText}</Typography></Td>
                    <Td>
                      <Typography>{new Date(m.createdAt).toLocaleString()}</Typography>
                      {m.source === 'editor' ? <Badge>by {m.proposedBy ?? 'an editor'}</Badge> : null}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default App;
