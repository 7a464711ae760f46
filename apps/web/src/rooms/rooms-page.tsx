import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifySuccess } from '../api/feedback';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { RoomEquipment } from '../gql/graphql';
import { RoomForm } from './room-form';
import { CreateRoomDocument, RoomsDocument } from '../gql/graphql';

export function RoomsPage() {
  const { t } = useTranslation('rooms');
  const [includeRetired, setIncludeRetired] = useState(false);
  const [{ data, error, fetching }] = useQuery({ query: RoomsDocument, variables: { includeRetired } });
  const [createState, createRoom] = useMutation(CreateRoomDocument);
  const [opened, { open, close }] = useDisclosure();
  const sites = new Map<string, NonNullable<typeof data>['rooms']>();
  for (const room of data?.rooms ?? []) sites.set(room.site, [...(sites.get(room.site) ?? []), room]);
  return (
    <Page
      title={t('title')}
      description={t('text')}
      actions={
        <Group>
          <Button component={Link} to="/rooms/bookings" variant="default">
            {t('bookings')}
          </Button>
          <Button leftSection={<IconPlus size={18} />} onClick={open}>
            {t('newRoom')}
          </Button>
        </Group>
      }
    >
      <Switch label={t('showRetired')} checked={includeRetired} onChange={(event) => setIncludeRetired(event.currentTarget.checked)} />
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton />
      ) : sites.size === 0 ? (
        <EmptyState title={t('noRooms')}>{t('noRoomsText')}</EmptyState>
      ) : (
        [...sites.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([site, rooms]) => (
          <Stack key={site} gap="xs">
            <Title order={2} size="h4">
              {site}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {rooms.map((room) => (
                <Card key={room.id} component={Link} to={`/rooms/${room.id}`} style={{ textDecoration: 'none' }}>
                  <Stack gap={4}>
                    <Group justify="space-between">
                      <Text fw={600}>{room.name}</Text>
                      {!room.active && <Badge color="gray">{t('retired')}</Badge>}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t('seats', { count: room.capacity })}
                    </Text>
                    <Group gap={4}>
                      {room.equipment.map((item: RoomEquipment) => (
                        <Badge key={item} size="xs" variant="light" color="gray">
                          {t(`sessions:equipment.${item}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
      <Modal opened={opened} onClose={close} title={t('newRoom')} size="lg">
        <RoomForm
          initial={{ site: '', name: '', capacity: 8, equipment: [], resourceMailbox: '' }}
          submitLabel={t('create')}
          busy={createState.fetching}
          onSubmit={async (values) => {
            const result = await createRoom({
              input: { site: values.site, name: values.name, capacity: Number(values.capacity), equipment: values.equipment as RoomEquipment[], resourceMailbox: values.resourceMailbox || null },
            });
            if (!result.error) {
              close();
              notifySuccess(t('created', { name: values.name }));
            }
            return result.error;
          }}
        />
      </Modal>
    </Page>
  );
}
