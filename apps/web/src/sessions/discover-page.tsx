import { Button, Card, Chip, Group, Input, Loader, NativeSelect, SimpleGrid, Stack, Tabs, Text, TextInput, Badge } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useIntersection, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconBulb, IconCalendarEvent, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { hostsSession, useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { SessionFormat, UpcomingSessionsFilter } from '../gql/graphql';
import { SessionCard } from './session-card';
import { ProposalsDocument, ShowInterestDocument, SitesDocument, SkillSearchDocument, UpcomingSessionsDocument, WithdrawInterestDocument } from '../gql/graphql';

export const PAGE_SIZE = 50;
export const FORMATS: SessionFormat[] = ['TALK', 'WORKSHOP', 'CROSSTRAINING', 'LUNCH_AND_LEARN', 'DEMO'];

interface PageEnd {
  endCursor: string | null;
  hasNextPage: boolean;
  count: number;
}

/** One page of the list; the list grows by one of these per cursor. */
function SessionsPage({ filter, after, onEnd }: { filter: UpcomingSessionsFilter; after: string | null; onEnd: (end: PageEnd) => void }) {
  const [{ data, error, fetching }] = useQuery({ query: UpcomingSessionsDocument, variables: { first: PAGE_SIZE, after, filter } });
  const connection = data?.upcomingSessions;
  useEffect(() => {
    if (connection) onEnd({ endCursor: connection.pageInfo.endCursor ?? null, hasNextPage: connection.pageInfo.hasNextPage, count: connection.edges.length });
  }, [connection, onEnd]);
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return after ? <Loader mx="auto" /> : <CardsSkeleton count={3} />;
  const edges = data?.upcomingSessions.edges ?? [];
  if (!after && edges.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {edges.map((edge) => (
        <li key={edge.node.id} data-testid="session-card">
          <SessionCard session={edge.node} />
        </li>
      ))}
    </SimpleGrid>
  );
}

function UpcomingList({ filter }: { filter: UpcomingSessionsFilter }) {
  const { t } = useTranslation('sessions');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [ends, setEnds] = useState<PageEnd[]>([]);
  const key = JSON.stringify(filter);
  useEffect(() => {
    setCursors([null]);
    setEnds([]);
  }, [key]);
  const last = ends[cursors.length - 1];
  const { ref, entry } = useIntersection({ rootMargin: '400px' });
  const onEnd = useCallback((index: number, end: PageEnd) => {
    setEnds((current) => {
      const next = [...current];
      next[index] = end;
      return next;
    });
  }, []);
  const handlers = useMemo(() => cursors.map((_, index) => (end: PageEnd) => onEnd(index, end)), [cursors, onEnd]);
  const loadMore = useCallback(() => {
    if (last?.hasNextPage && last.endCursor) setCursors((current) => (current.includes(last.endCursor) ? current : [...current, last.endCursor]));
  }, [last]);
  useEffect(() => {
    if (entry?.isIntersecting) loadMore();
  }, [entry?.isIntersecting, loadMore]);
  const empty = ends[0]?.count === 0;
  return (
    <Stack>
      {cursors.map((after, index) => (
        <SessionsPage key={`${key}:${after ?? 'first'}`} filter={filter} after={after} onEnd={handlers[index]} />
      ))}
      {empty && (
        <EmptyState
          title={t('noSessions')}
          action={
            <Button component={Link} to="/propose" variant="light">
              {t('proposeOne')}
            </Button>
          }
        >
          {t('noSessionsText')}
        </EmptyState>
      )}
      <div ref={ref} />
      {last?.hasNextPage && (
        <Button variant="subtle" onClick={loadMore} mx="auto">
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}

function SessionFilters({ onChange }: { onChange: (filter: UpcomingSessionsFilter) => void }) {
  const { t } = useTranslation('sessions');
  const dates = useDates();
  const [text, setText] = useState('');
  const [skill, setSkill] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [formats, setFormats] = useState<string[]>([]);
  const [language, setLanguage] = useState<string | null>(null);
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  // On a phone the filters would fill the first screen: there they wait behind a button, the search stays.
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const activeFilters = [skill.trim() !== '', site !== null, formats.length > 0, language !== null, range[0] !== null || range[1] !== null].filter(Boolean).length;
  const [debouncedText] = useDebouncedValue(text, 300);
  const [debouncedSkill] = useDebouncedValue(skill, 300);
  const [{ data: sites }] = useQuery({ query: SitesDocument });
  const [{ data: skills }] = useQuery({ query: SkillSearchDocument, variables: { search: debouncedSkill }, pause: debouncedSkill.length < 1 });
  const siteNames = [...new Set((sites?.rooms ?? []).map((room) => room.site))].sort();
  useEffect(() => {
    const [from, to] = range;
    onChange({
      text: debouncedText.trim() || undefined,
      skill: debouncedSkill.trim() || undefined,
      site: site ?? undefined,
      formats: formats as SessionFormat[],
      languages: language ? [language] : [],
      from: from ? dates.toInstant(dayjs(from).format('YYYY-MM-DD 00:00:00')) : undefined,
      to: to ? dates.toInstant(dayjs(to).add(1, 'day').format('YYYY-MM-DD 00:00:00')) : undefined,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText, debouncedSkill, site, formats, language, range[0], range[1]]);
  return (
    <Card padding="md">
      <Stack gap="sm">
        <TextInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {phone && (
          <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={16} />} aria-expanded={filtersOpen} aria-controls="discover-filters" onClick={toggleFilters}>
            {activeFilters > 0 ? t('filtersActive', { count: activeFilters }) : t('filters')}
          </Button>
        )}
        {/* Hidden rather than left out, so the button's aria-controls always names an element. */}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" id="discover-filters" style={phone && !filtersOpen ? { display: 'none' } : undefined}>
          {/* The browser's own pickers (a datalist, native selects, chips): Mantine's combobox would add its
              dropdown, scroll area and floating positioning to every first visit. */}
          <TextInput
            label={t('skill')}
            placeholder={t('anySkill')}
            value={skill}
            onChange={(event) => setSkill(event.currentTarget.value)}
            list="discover-skills"
          />
          <datalist id="discover-skills">
            {(skills?.skills ?? []).map((item) => (
              <option key={item.name} value={item.name} />
            ))}
          </datalist>
          <NativeSelect
            label={t('site')}
            value={site ?? ''}
            onChange={(event) => setSite(event.currentTarget.value || null)}
            data={[{ value: '', label: t('anySite') }, ...siteNames.map((name) => ({ value: name, label: name }))]}
          />
          <Input.Wrapper label={t('format')} labelElement="div" id="discover-formats">
            <Chip.Group multiple value={formats} onChange={setFormats}>
              <Group gap={6} mt={4} role="group" aria-labelledby="discover-formats-label">
                {FORMATS.map((format) => (
                  <Chip key={format} value={format} size="xs">
                    {t(`formats.${format}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <NativeSelect
            label={t('language')}
            value={language ?? ''}
            onChange={(event) => setLanguage(event.currentTarget.value || null)}
            data={[
              { value: '', label: t('anyLanguage') },
              { value: 'nl', label: t('languages.nl') },
              { value: 'en', label: t('languages.en') },
            ]}
          />
          {/* The browser's own date fields: Mantine's date picker would double what the first visit loads. */}
          <Group grow gap="xs" wrap="nowrap">
            <TextInput type="date" label={t('datesFrom')} value={range[0] ?? ''} onChange={(event) => setRange([event.currentTarget.value || null, range[1]])} />
            <TextInput type="date" label={t('datesUntil')} value={range[1] ?? ''} min={range[0] ?? undefined} onChange={(event) => setRange([range[0], event.currentTarget.value || null])} />
          </Group>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function ProposalsList() {
  const { t } = useTranslation('sessions');
  const me = useMe();
  const [{ data, error, fetching }] = useQuery({ query: ProposalsDocument });
  const [, showInterest] = useMutation(ShowInterestDocument);
  const [, withdrawInterest] = useMutation(WithdrawInterestDocument);
  const [interested, setInterested] = useState<Set<string>>(new Set());
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton />;
  if (!data?.proposals.length) {
    return (
      <EmptyState
        title={t('noProposals')}
        action={
          <Button component={Link} to="/propose">
            {t('proposeOne')}
          </Button>
        }
      >
        {t('noProposalsText')}
      </EmptyState>
    );
  }
  const toggle = async (id: string, title: string) => {
    const wasInterested = interested.has(id);
    const result = wasInterested ? await withdrawInterest({ sessionId: id }) : await showInterest({ sessionId: id });
    if (result.error) return notifyProblem(problemOf(result.error));
    setInterested((current) => {
      const next = new Set(current);
      if (wasInterested) next.delete(id);
      else next.add(id);
      return next;
    });
    notifySuccess(wasInterested ? t('interestWithdrawn', { title }) : t('interestShown', { title }));
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {data.proposals.map((session) => (
        <Card component="li" key={session.id}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Badge variant="dot">{t(`formats.${session.format}`)}</Badge>
              <Badge variant="light" color="yellow" leftSection={<IconBulb size={12} />}>
                {t('interested', { count: session.interestCount })}
              </Badge>
            </Group>
            <Text fw={600} component={Link} to={`/sessions/${session.id}`} c="inherit" style={{ textDecoration: 'none' }}>
              {session.title}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {session.description}
            </Text>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {session.hosts.map((host) => host.name).join(', ')}
              </Text>
              {/* A host's own proposal: the API refuses their interest, so none is offered. */}
              {hostsSession(me, session) ? (
                <Text size="xs" fw={600}>
                  {t('hostingProposal')}
                </Text>
              ) : (
                <Button size="xs" variant={interested.has(session.id) ? 'light' : 'outline'} onClick={() => void toggle(session.id, session.title)} aria-pressed={interested.has(session.id)} aria-label={`${t('showInterest')}: ${session.title}`}>
                  {interested.has(session.id) ? t('interestedYou') : t('showInterest')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function DiscoverPage() {
  const { t } = useTranslation('sessions');
  const [filter, setFilter] = useState<UpcomingSessionsFilter>({});
  return (
    <Page
      title={t('discoverTitle')}
      description={t('discoverText')}
      actions={
        <Button component={Link} to="/propose" leftSection={<IconBulb size={18} />}>
          {t('proposeOne')}
        </Button>
      }
    >
      <Tabs defaultValue="upcoming" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="upcoming" leftSection={<IconCalendarEvent size={16} />}>
            {t('upcoming')}
          </Tabs.Tab>
          <Tabs.Tab value="proposals" leftSection={<IconBulb size={16} />}>
            {t('proposals')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming">
          <Stack>
            <SessionFilters onChange={setFilter} />
            <UpcomingList filter={filter} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="proposals">
          <ProposalsList />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
