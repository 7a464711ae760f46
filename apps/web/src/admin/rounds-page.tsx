import { Anchor, Badge, Button, Card, Checkbox, Grid, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import { MentoringRoundsDocument, OpenMentoringRoundDocument } from '../gql/graphql';

const CRITERIA = ['skillFit', 'acrossDepartments', 'acrossSites', 'seniorityGap', 'differentBackground', 'menteePreferences'] as const;

function OpenRoundForm() {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const navigate = useNavigate();
  const [state, open] = useMutation(OpenMentoringRoundDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({
    initialValues: {
      name: '',
      deadline: null as string | null,
      responseDays: 7 as number | string,
      seniorityGapMin: 2 as number | string,
      seniorityGapMax: 15 as number | string,
      autoPublish: false,
      skillFit: 10 as number | string,
      acrossDepartments: 3 as number | string,
      acrossSites: 1 as number | string,
      seniorityGap: 2 as number | string,
      differentBackground: 2 as number | string,
      menteePreferences: 2 as number | string,
      minAcrossDepartmentsShare: '' as number | string,
      groupAttribute: null as string | null,
      minGroupRateShare: '' as number | string,
    },
  });
  return (
    <Card>
      <form
        onSubmit={form.onSubmit(async (values) => {
          setProblem(null);
          const optional = (value: number | string) => (value === '' ? null : Number(value));
          const result = await open({
            input: {
              name: values.name,
              deadline: values.deadline ? dates.toInstant(`${values.deadline} 17:00:00`) : '',
              responseDays: Number(values.responseDays),
              seniorityGapMin: Number(values.seniorityGapMin),
              seniorityGapMax: Number(values.seniorityGapMax),
              autoPublish: values.autoPublish,
              weights: Object.fromEntries(CRITERIA.map((criterion) => [criterion, Number(values[criterion])])),
              // Only the targets given: a target left empty is no target, not a null one.
              targets: Object.fromEntries(
                Object.entries({ minAcrossDepartmentsShare: optional(values.minAcrossDepartmentsShare), groupAttribute: values.groupAttribute, minGroupRateShare: optional(values.minGroupRateShare) }).filter(([, value]) => value !== null),
              ),
            },
          });
          if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
          notifySuccess(t('roundOpened', { name: values.name }));
          void navigate(`/admin/rounds/${result.data!.openMentoringRound.id}`);
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('openRound')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('roundName')} {...form.getInputProps('name')} />
            <DateInput label={t('deadline')} description={t('deadlineHelp', { zone: dates.timeZone })} valueFormat="YYYY-MM-DD" {...form.getInputProps('deadline')} />
            <NumberInput label={t('responseDays')} min={1} max={60} {...form.getInputProps('responseDays')} />
            <Group grow>
              <NumberInput label={t('gapMin')} min={0} {...form.getInputProps('seniorityGapMin')} />
              <NumberInput label={t('gapMax')} min={0} {...form.getInputProps('seniorityGapMax')} />
            </Group>
          </SimpleGrid>
          <Text fw={600} size="sm">
            {t('weights')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {CRITERIA.map((criterion) => (
              <NumberInput key={criterion} label={t(`criteria.${criterion}`)} min={0} max={100} {...form.getInputProps(criterion)} />
            ))}
          </SimpleGrid>
          <Text fw={600} size="sm">
            {t('targets')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('minAcrossDepartmentsShare')} min={0} max={1} step={0.05} decimalScale={2} {...form.getInputProps('minAcrossDepartmentsShare')} />
            <Select label={t('groupAttribute')} data={['gender', 'age_band', 'background'].map((value) => ({ value, label: t(`groupAttributes.${value}`) }))} clearable {...form.getInputProps('groupAttribute')} />
            <NumberInput label={t('minGroupRateShare')} min={0} max={1} step={0.05} decimalScale={2} {...form.getInputProps('minGroupRateShare')} />
          </SimpleGrid>
          <Checkbox label={t('autoPublish')} {...form.getInputProps('autoPublish', { type: 'checkbox' })} />
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={state.fetching}>
              {t('openRoundButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function RoundsPage() {
  const { t } = useTranslation('admin');
  const { t: rounds } = useTranslation('rounds');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: MentoringRoundsDocument, requestPolicy: 'cache-and-network' });
  return (
    <Page title={t('roundsTitle')} description={t('roundsText')}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Title order={2} size="h4">
              {rounds('rounds')}
            </Title>
            {error ? (
              <ErrorState error={error} />
            ) : fetching && !data ? (
              <CardsSkeleton count={2} height={60} />
            ) : data!.mentoringRounds.length === 0 ? (
              <EmptyState title={rounds('noRounds')} />
            ) : (
              data!.mentoringRounds.map((round) => (
                <Card key={round.id} padding="md">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Anchor component={Link} to={`/admin/rounds/${round.id}`} fw={600}>
                        {round.name}
                      </Anchor>
                      <Badge variant="light" color={round.status === 'CLOSED' ? 'gray' : 'blue'}>
                        {t(`roundStatus.${round.status}`)}
                      </Badge>
                    </Group>
                    <Text size="xs">
                      {t('deadlineAt', { when: dates.shortDateTime(round.deadline) })}
                      {round.requestsClosedAt && ` · ${rounds('requestsClosed')}`}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {rounds('counts', round)}
                    </Text>
                  </Stack>
                </Card>
              ))
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OpenRoundForm />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
