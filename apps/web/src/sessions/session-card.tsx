import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconMapPin, IconUsers, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDates } from '../common/dates';
import type { SessionCardFieldsFragment } from '../gql/graphql';

export function SeatsBadge({ session }: { session: SessionCardFieldsFragment }) {
  const { t } = useTranslation('sessions');
  if (session.status !== 'SCHEDULED') return null;
  if (session.seatsLeft > 0) {
    return (
      <Badge color={session.seatsLeft <= 3 ? 'orange' : 'teal'} variant="light">
        {t('seatsLeft', { count: session.seatsLeft })}
      </Badge>
    );
  }
  return (
    <Badge color="grape" variant="light">
      {t('full', { count: session.waitlistLength })}
    </Badge>
  );
}

export function RegistrationBadge({ session }: { session: SessionCardFieldsFragment }) {
  const { t } = useTranslation('sessions');
  const registration = session.myRegistration;
  if (!registration || registration.status === 'LEFT') return null;
  return registration.status === 'SEATED' ? (
    <Badge color="kennis">{t('youHaveSeat')}</Badge>
  ) : (
    <Badge color="grape">{t('waitlistPlace', { position: registration.waitlistPosition })}</Badge>
  );
}

export function WhereText({ session }: { session: SessionCardFieldsFragment }) {
  const { t } = useTranslation('sessions');
  if (session.room) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconMapPin size={16} aria-hidden />
        <Text size="sm">
          {session.room.name}, {session.room.site}
        </Text>
      </Group>
    );
  }
  if (session.onlineUrl) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconVideo size={16} aria-hidden />
        <Text size="sm">{t('online')}</Text>
      </Group>
    );
  }
  return null;
}

export function SessionCard({ session }: { session: SessionCardFieldsFragment }) {
  const { t } = useTranslation('sessions');
  const dates = useDates();
  return (
    <Card component="article" aria-labelledby={`session-${session.id}`} h="100%">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" gap="xs">
          <Badge variant="dot">{t(`formats.${session.format}`)}</Badge>
          <Group gap={4}>
            <RegistrationBadge session={session} />
            <SeatsBadge session={session} />
            {session.status !== 'SCHEDULED' && <Badge variant="light" color="gray">{t(`statuses.${session.status}`)}</Badge>}
          </Group>
        </Group>
        <Title order={3} size="h4" id={`session-${session.id}`}>
          <Link to={`/sessions/${session.id}`} style={{ color: 'inherit', textDecoration: 'none' }} className="stretched-link">
            {session.title}
          </Link>
        </Title>
        <Stack gap={4} c="gray.7" mt="auto">
          {session.startsAt && (
            <Group gap={6} wrap="nowrap">
              <IconCalendar size={16} aria-hidden />
              <Text size="sm">{dates.shortDateTime(session.startsAt)}</Text>
            </Group>
          )}
          <WhereText session={session} />
          <Group gap={6} wrap="nowrap">
            <IconUsers size={16} aria-hidden />
            <Text size="sm" truncate>
              {session.hosts.map((host) => host.name).join(', ')}
            </Text>
          </Group>
        </Stack>
        {session.skills.length > 0 && (
          <Group gap={4}>
            {session.skills.slice(0, 4).map((skill) => (
              <Badge key={skill.id} size="sm" variant="outline" color="gray" tt="none">
                {skill.name}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
