import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Button, Card, Grid, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { EmptyState, ErrorState } from '../common/states';
import { CloseMentoringRoundDocument, CloseMentoringRoundRequestsDocument, MentoringRoundDocument, PublishMentoringRoundDocument, RoundInsightsDocument, RunMentoringRoundDocument } from '../gql/graphql';
import { RoundOutcomes } from './round-outcomes';
import { RoundReview } from './round-review';

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Card padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** A diversity group as the chart names it: the attribute and the API's two group names of its own translated; the rest are people's own words. */
function groupLabel(t: (key: string, options?: Record<string, unknown>) => string, group: { attribute: string; group: string; mentees: number }): string {
  return t('groupLabel', {
    attribute: t(`groupAttributes.${group.attribute}`, { defaultValue: group.attribute }),
    group: t(`groupNames.${group.group}`, { defaultValue: group.group }),
    mentees: group.mentees,
  });
}

function Insights({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation('admin');
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const [{ data, error, fetching }] = useQuery({ query: RoundInsightsDocument, variables: { roundId }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={240} />;
  const insights = data!.roundInsights;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        <Figure label={t('matched')} value={insights.matchedCount} />
        <Figure label={t('meanScore')} value={insights.meanScore === null || insights.meanScore === undefined ? '—' : points.format(insights.meanScore)} />
      </SimpleGrid>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card component="figure" m={0} aria-labelledby="matchRateByGroup-title">
            <Title order={3} size="h5" mb="sm" id="matchRateByGroup-title">
              {t('matchRateByGroup')}
            </Title>
            {insights.groups.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('noGroups')}
              </Text>
            ) : (
              // Bars across, one labelled row per group: upright bars dropped the labels that did not fit.
              <BarChart
                h={Math.max(120, insights.groups.length * 44 + 40)}
                orientation="vertical"
                yAxisProps={{ width: 200, interval: 0 }}
                data={insights.groups.map((group) => ({ group: groupLabel(t, group), rate: Math.round(group.matchRate * 100) }))}
                dataKey="group"
                series={[{ name: 'rate', label: t('matchRate'), color: 'kennis.6' }]}
                valueFormatter={(value) => `${value}%`}
              />
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card component="figure" m={0} aria-labelledby="criteriaMet-title">
            <Title order={3} size="h5" mb="sm" id="criteriaMet-title">
              {t('criteriaMet')}
            </Title>
            <BarChart
              h={Math.max(120, insights.criteria.length * 56 + 40)}
              orientation="vertical"
              yAxisProps={{ width: 140, interval: 0 }}
              data={insights.criteria.map((criterion) => ({ criterion: t(`criteria.${criterion.criterion}`, { defaultValue: criterion.criterion }), met: criterion.metCount, points: Number(criterion.meanPoints.toFixed(1)) }))}
              dataKey="criterion"
              series={[
                { name: 'met', label: t('metCount'), color: 'teal.6' },
                { name: 'points', label: t('meanPoints'), color: 'grape.5' },
              ]}
            />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('admin');
  const { t: rounds } = useTranslation('rounds');
  const dates = useDates();
  const [{ data, error, fetching }, refresh] = useQuery({ query: MentoringRoundDocument, variables: { id } });
  const [closeRequestsState, closeRequests] = useMutation(CloseMentoringRoundRequestsDocument);
  const [runState, run] = useMutation(RunMentoringRoundDocument);
  const [publishState, publish] = useMutation(PublishMentoringRoundDocument);
  const [closeState, close] = useMutation(CloseMentoringRoundDocument);
  const running = data?.mentoringRound.status === 'RUNNING';
  // The matching runs in the worker: while it runs, ask for the round's progress every second.
  const poll = useInterval(() => refresh({ requestPolicy: 'network-only' }), 1000);
  useEffect(() => {
    if (running) poll.start();
    else poll.stop();
    return poll.stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={300} />;
  const round = data!.mentoringRound;
  const act = async (action: () => Promise<{ error?: Parameters<typeof problemOf>[0] }>, done: string) => {
    const result = await action();
    if (result.error) return notifyProblem(problemOf(result.error));
    notifySuccess(done);
    refresh({ requestPolicy: 'network-only' });
  };
  return (
    <Page title={round.name} description={t('deadlineAt', { when: dates.dateTime(round.deadline) })} actions={<Badge size="lg">{t(`roundStatus.${round.status}`)}</Badge>}>
      <Card>
        <Stack>
          {running && (
            <Stack gap={4}>
              <Text size="sm">{t('running', { progress: round.progress })}</Text>
              <Progress value={round.progress} animated aria-label={t('progress')} />
            </Stack>
          )}
          {round.lastError && (
            <Alert color="red" variant="light" role="alert">
              {round.lastError}
            </Alert>
          )}
          <Group>
            {(round.status === 'OPEN' || round.status === 'PROPOSED' || round.status === 'PUBLISHED') && (
              <Button loading={runState.fetching} onClick={() => void act(() => run({ roundId: round.id }), t('runStarted'))}>
                {round.result ? t('runAgain') : t('run')}
              </Button>
            )}
            {round.status === 'PROPOSED' && (
              <Button variant="light" loading={publishState.fetching} onClick={() => void act(() => publish({ roundId: round.id }), t('published'))}>
                {t('publish')}
              </Button>
            )}
            {round.status !== 'CLOSED' && !round.requestsClosedAt && (
              <Button variant="default" loading={closeRequestsState.fetching} onClick={() => void act(() => closeRequests({ roundId: round.id }), rounds('requestsClosedDone'))}>
                {rounds('closeRequests')}
              </Button>
            )}
            {round.status !== 'CLOSED' && round.status !== 'RUNNING' && (
              <Button variant="default" loading={closeState.fetching} onClick={() => void act(() => close({ roundId: round.id }), t('closed'))}>
                {t('close')}
              </Button>
            )}
          </Group>
          {round.status !== 'CLOSED' && (
            <Text size="sm">{round.requestsClosedAt ? rounds('requestsClosedAt', { when: dates.dateTime(round.requestsClosedAt) }) : rounds('requestsOpen')}</Text>
          )}
          <Text size="sm" c="dimmed">
            {t('weightsSummary')}: {round.weights.map((weight) => `${t(`criteria.${weight.criterion}`, { defaultValue: weight.criterion })} ${weight.weight}`).join(' · ')}
          </Text>
        </Stack>
      </Card>
      {round.result ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label={t('mentees')} value={round.result.menteeCount} />
            <Figure label={t('mentors')} value={round.result.mentorCount} />
            <Figure label={t('proposedPairs')} value={round.result.proposedCount} />
            <Figure label={t('unmatched')} value={round.result.unmatchedCount} />
          </SimpleGrid>
          <Card padding="md">
            <Text size="sm">
              <b>{t('targetsLabel')}:</b> {t(`targetStatus.${round.result.targetStatus}`, { defaultValue: round.result.targetStatus })}
            </Text>
            {/* The API writes its figures as an English sentence; shown as they are when there are targets. */}
            {round.result.targetStatus !== 'not-requested' && (
              <Text size="xs" c="dimmed">
                {t('targetDetails')}: {round.result.targetReport}
              </Text>
            )}
            {round.result.targetCost !== null && round.result.targetCost > 0 && (
              <Text size="xs" c="dimmed">
                {t('targetCost', { points: round.result.targetCost })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t(round.result.totalScore === null ? 'runDetailsFewPairs' : 'runDetails', { run: round.result.runNumber, pairs: round.result.candidatePairCount, total: round.result.totalScore, kept: round.result.keptCount })}
            </Text>
          </Card>
          {/* Keyed by the run: a new run's pairs and figures are fetched afresh. */}
          {!running && <RoundReview key={`review-${round.result.runNumber}`} roundId={round.id} changeable={round.status !== 'CLOSED'} />}
          <Insights roundId={round.id} />
          {!running && <RoundOutcomes key={`outcomes-${round.result.runNumber}-${round.status}`} roundId={round.id} />}
        </>
      ) : (
        <EmptyState title={t('notRunYet')}>{t('notRunYetText')}</EmptyState>
      )}
    </Page>
  );
}
