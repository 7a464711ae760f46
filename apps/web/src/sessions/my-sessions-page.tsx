import { Badge, Button, SimpleGrid, Tabs } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { hostsSession, useMe } from '../app/me-context';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { SessionCardFieldsFragment } from '../gql/graphql';
import { SessionCard } from './session-card';
import { MySessionsDocument } from '../gql/graphql';

type Group = 'hosting' | 'attending' | 'waitlisted' | 'past';
const GROUPS: Group[] = ['hosting', 'attending', 'waitlisted', 'past'];

export function MySessionsPage() {
  const { t } = useTranslation('sessions');
  const me = useMe();
  const [{ data, error, fetching }] = useQuery({ query: MySessionsDocument, requestPolicy: 'cache-and-network' });
  const groups: Record<Group, SessionCardFieldsFragment[]> = { hosting: [], attending: [], waitlisted: [], past: [] };
  for (const session of data?.mySessions ?? []) {
    const over = session.status === 'COMPLETED' || session.status === 'CANCELLED' || (session.endsAt !== null && session.endsAt !== undefined && dayjs(session.endsAt).isBefore(dayjs()));
    if (over) groups.past.push(session);
    else if (hostsSession(me, session)) groups.hosting.push(session);
    else if (session.myRegistration?.status === 'SEATED') groups.attending.push(session);
    else if (session.myRegistration?.status === 'WAITLISTED') groups.waitlisted.push(session);
  }
  return (
    <Page title={t('mySessionsTitle')} description={t('mySessionsText')}>
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton />
      ) : (
        <Tabs defaultValue="hosting">
          <Tabs.List mb="md">
            {GROUPS.map((group) => (
              <Tabs.Tab key={group} value={group} rightSection={<Badge size="xs" variant="light" circle>{groups[group].length}</Badge>}>
                {t(`groups.${group}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {GROUPS.map((group) => (
            <Tabs.Panel key={group} value={group}>
              {groups[group].length === 0 ? (
                <EmptyState
                  title={t(`groupsEmpty.${group}`)}
                  action={
                    <Button component={Link} to={group === 'hosting' ? '/propose' : '/'} variant="light">
                      {group === 'hosting' ? t('proposeOne') : t('discoverTitle')}
                    </Button>
                  }
                />
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                  {groups[group].map((session) => (
                    <SessionCard key={session.id} session={session} />
                  ))}
                </SimpleGrid>
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Page>
  );
}
