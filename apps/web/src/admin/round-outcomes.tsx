import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState } from '../common/states';
import { MentoringRoundOutcomesDocument } from '../gql/graphql';

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Card padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** How the round's matches went (figures the API shows from five on) and how their scores spread. */
export function RoundOutcomes({ roundId }: { roundId: string }) {
  const { t } = useTranslation('rounds');
  const [{ data, error, fetching }] = useQuery({ query: MentoringRoundOutcomesDocument, variables: { roundId }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={240} />;
  const outcomes = data!.mentoringRoundOutcomes;
  const distribution = data!.mentoringRoundScoreDistribution;
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value);
  const rating = (aggregate: { responses: number; averageRating?: number | null } | null | undefined) =>
    aggregate && aggregate.averageRating !== null && aggregate.averageRating !== undefined ? t('rating', { rating: aggregate.averageRating.toFixed(1), responses: aggregate.responses }) : '—';
  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t('outcomes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outcomesText')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Figure label={t('acceptedCount')} value={shown(outcomes.acceptedCount)} />
        <Figure label={t('runningCount')} value={shown(outcomes.runningCount)} />
        <Figure label={t('completedCount')} value={shown(outcomes.completedCount)} />
        <Figure label={t('endedEarlyCount')} value={shown(outcomes.endedEarlyCount)} />
        <Figure label={t('completionRate')} value={outcomes.completionRate === null || outcomes.completionRate === undefined ? '—' : `${Math.round(outcomes.completionRate * 100)}%`} />
        <Figure label={t('meetingsLogged')} value={shown(outcomes.meetingsLogged)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('feedbackAll')} value={rating(outcomes.feedback)} />
        <Figure label={t('feedbackMentors')} value={rating(outcomes.mentorFeedback)} />
        <Figure label={t('feedbackMentees')} value={rating(outcomes.menteeFeedback)} />
      </SimpleGrid>
      <Card component="figure" m={0} aria-labelledby="scoreDistribution-title">
        <Title order={3} size="h5" id="scoreDistribution-title">
          {t('scoreDistribution')}
        </Title>
        {distribution.matchCount === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noScores')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t('scoreDistributionText', { width: distribution.bucketWidth, count: distribution.matchCount })}
            </Text>
            <BarChart
              h={220}
              data={distribution.buckets.map((bucket) => ({ range: `${bucket.from}–${bucket.to}`, count: bucket.count }))}
              dataKey="range"
              series={[{ name: 'count', label: t('matchesInBucket'), color: 'kennis.6' }]}
            />
          </>
        )}
      </Card>
    </Stack>
  );
}
