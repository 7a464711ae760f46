import { Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { FacilityKind } from '../gql/graphql';
import { CreateFacilityTeamDocument, FacilityTeamsDocument, SiteBookingsDocument } from '../gql/graphql';

function NewTeamForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('rooms');
  const [state, create] = useMutation(CreateFacilityTeamDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { name: '', kind: 'CATERING' as string | null, site: '', mailbox: '' } });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await create({ input: { name: values.name, kind: values.kind as FacilityKind, site: values.site || null, mailbox: values.mailbox } });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(t('teamCreated', { name: values.name }));
        onDone();
      })}
    >
      <Stack>
        <TextInput label={t('teamName')} {...form.getInputProps('name')} />
        <Select label={t('kind')} data={(['CATERING', 'AV', 'OTHER'] as const).map((value) => ({ value, label: t(`sessions:facilityKinds.${value}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        <TextInput label={t('site')} description={t('teamSiteHelp')} {...form.getInputProps('site')} />
        <TextInput label={t('mailbox')} {...form.getInputProps('mailbox')} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function FacilityTeamsPage() {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const [opened, { open, close }] = useDisclosure();
  const [{ data, error, fetching }] = useQuery({ query: FacilityTeamsDocument });
  const [{ data: sessions }] = useQuery({ query: SiteBookingsDocument, variables: { filter: { statuses: ['SCHEDULED'] } } });
  const requests = (sessions?.upcomingSessions.edges ?? []).flatMap((edge) => edge.node.facilityRequests.map((request) => ({ request, session: edge.node })));
  return (
    <Page
      title={t('teamsTitle')}
      description={t('teamsText')}
      actions={
        <Button leftSection={<IconPlus size={18} />} onClick={open}>
          {t('newTeam')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton />
      ) : data!.facilityTeams.length === 0 ? (
        <EmptyState title={t('noTeams')}>{t('noTeamsText')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {data!.facilityTeams.map((team) => {
            const mine = requests.filter(({ request }) => request.team.id === team.id);
            return (
              <Card key={team.id}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Title order={2} size="h5">
                      {team.name}
                    </Title>
                    <Badge variant="light">{t(`sessions:facilityKinds.${team.kind}`)}</Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {team.site ?? t('everySite')} · {team.mailbox}
                  </Text>
                  <Text size="sm" fw={600}>
                    {t('requests', { count: mine.length })}
                  </Text>
                  {mine.map(({ request, session }) => (
                    <Stack key={session.id} gap={0}>
                      <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
                        {session.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {dates.shortDateTime(session.startsAt!)} · {request.note || '—'}
                      </Text>
                    </Stack>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      <Modal opened={opened} onClose={close} title={t('newTeam')}>
        <NewTeamForm onDone={close} />
      </Modal>
    </Page>
  );
}
