import { Anchor, Badge, Button, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { hasRole, useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { EmptyState, ErrorState } from '../common/states';
import type { RoomEquipment } from '../gql/graphql';
import { RoomForm } from './room-form';
import { RoomRules } from './room-rules-form';
import { RetireRoomDocument, RoomDocument, SiteBookingsDocument, UpdateRoomDocument } from '../gql/graphql';

function RoomBookings({ roomId, site }: { roomId: string; site: string }) {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  // Fixed when the card opens: a new end on every render would be a new query on every render, for ever.
  const [to] = useState(() => dayjs().add(28, 'day').toISOString());
  const [{ data, fetching }] = useQuery({
    query: SiteBookingsDocument,
    variables: { filter: { site, statuses: ['SCHEDULED'], to } },
  });
  if (fetching && !data) return <Skeleton height={80} />;
  const bookings = (data?.upcomingSessions.edges ?? []).map((edge) => edge.node).filter((session) => session.room?.id === roomId);
  if (bookings.length === 0) return <EmptyState title={t('noBookings')} />;
  return (
    <Stack gap="xs">
      {bookings.map((session) => (
        <Group key={session.id} justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
            {session.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {dates.shortDateTime(session.startsAt!)}–{dates.time(session.endsAt!)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

export function RoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('rooms');
  const me = useMe();
  const [{ data, error, fetching }] = useQuery({ query: RoomDocument, variables: { id } });
  const [updateState, updateRoom] = useMutation(UpdateRoomDocument);
  const [retireState, retireRoom] = useMutation(RetireRoomDocument);
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={240} />;
  const room = data!.room;
  const manages = hasRole(me, 'FACILITY_MANAGER') || hasRole(me, 'ADMIN');
  return (
    <Page title={`${room.name}, ${room.site}`} description={t('seats', { count: room.capacity })} actions={!room.active && <Badge color="gray">{t('retired')}</Badge>}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card>
            <Stack>
              <Title order={2} size="h4">
                {t('details')}
              </Title>
              {manages ? (
                <RoomForm
                  initial={{ site: room.site, name: room.name, capacity: room.capacity, equipment: room.equipment, resourceMailbox: room.resourceMailbox ?? '' }}
                  submitLabel={t('save')}
                  busy={updateState.fetching}
                  onSubmit={async (values) => {
                    const result = await updateRoom({
                      input: { roomId: room.id, site: values.site, name: values.name, capacity: Number(values.capacity), equipment: values.equipment as RoomEquipment[], resourceMailbox: values.resourceMailbox || null },
                    });
                    if (!result.error) notifySuccess(t('saved'));
                    return result.error;
                  }}
                />
              ) : (
                <Text size="sm">{room.equipment.map((item) => t(`sessions:equipment.${item}`)).join(', ')}</Text>
              )}
              {manages && room.active && (
                <Group>
                  <Button
                    color="red"
                    variant="light"
                    loading={retireState.fetching}
                    onClick={async () => {
                      const result = await retireRoom({ roomId: room.id });
                      if (result.error) return notifyProblem(problemOf(result.error));
                      notifySuccess(t('retiredDone'));
                    }}
                  >
                    {t('retire')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card>
            <Stack>
              <Title order={2} size="h4">
                {t('nextBookings')}
              </Title>
              <RoomBookings roomId={room.id} site={room.site} />
            </Stack>
          </Card>
        </Grid.Col>
        {manages && (
          <Grid.Col span={12}>
            <Card>
              <Stack>
                <Title order={2} size="h4">
                  {t('rulesTitle')}
                </Title>
                <RoomRules roomId={room.id} />
              </Stack>
            </Card>
          </Grid.Col>
        )}
      </Grid>
    </Page>
  );
}
