import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OperationResult, useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { ErrorState } from '../common/states';
import type { ReviewFieldsFragment } from '../gql/graphql';
import { ClearMentorPairRuleDocument, ExcludeMentorPairDocument, MentoringRoundReviewDocument, PinMentorPairDocument } from '../gql/graphql';

type Pair = ReviewFieldsFragment['pairs'][number];

/** The proposed pairs of the last run with their reasons, pins and exclusions, and who is unmatched and why. */
export function RoundReview({ roundId, changeable }: { roundId: string; changeable: boolean }) {
  const { t } = useTranslation('rounds');
  const { t: admin } = useTranslation('admin');
  const [{ data, error, fetching }] = useQuery({ query: MentoringRoundReviewDocument, variables: { roundId }, requestPolicy: 'cache-and-network' });
  const [pinState, pin] = useMutation(PinMentorPairDocument);
  const [excludeState, exclude] = useMutation(ExcludeMentorPairDocument);
  const [clearState, clear] = useMutation(ClearMentorPairRuleDocument);
  const busy = pinState.fetching || excludeState.fetching || clearState.fetching;
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={200} />;
  const review = data!.mentoringRoundReview;
  const act = async (action: Promise<OperationResult>, done: string) => {
    const result = await action;
    if (result.error) return notifyProblem(problemOf(result.error));
    notifySuccess(done);
  };
  const names = (pair: { mentor: { name: string }; mentee: { name: string } }) => ({ mentor: pair.mentor.name, mentee: pair.mentee.name });
  const ids = (pair: { mentor: { id: string }; mentee: { id: string } }) => ({ roundId, mentorId: pair.mentor.id, menteeId: pair.mentee.id });

  const pairCard = (pair: Pair) => {
    const { match } = pair;
    return (
      <Card key={match.id} padding="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={4} size="h5">
                {t('pairTitle', names(match))}
              </Title>
              <Text size="xs" c="dimmed">
                {match.mentee.department} · {match.mentee.site} → {match.mentor.department} · {match.mentor.site}
              </Text>
            </div>
            <Badge variant="light">{t('pairScore', { score: match.score })}</Badge>
          </Group>
          <Group gap={6}>
            <Badge variant="light" color={match.status === 'ACCEPTED' ? 'teal' : 'gray'}>
              {t(`matchStatus.${match.status}`)}
            </Badge>
            <Badge variant="light" color={pair.published ? 'blue' : 'gray'}>
              {pair.published ? t('published') : t('unpublished')}
            </Badge>
            {pair.pinned && (
              <Badge variant="light" color="grape">
                {t('pinned')}
              </Badge>
            )}
          </Group>
          <Text size="xs">{match.breakdown.map((line) => `${admin(`criteria.${line.criterion}`, { defaultValue: line.criterion })} +${line.points}`).join(' · ')}</Text>
          {changeable && (
            <Group gap="xs">
              {pair.pinned ? (
                <Button size="xs" variant="light" disabled={busy} aria-label={t('unpinLabel', names(match))} onClick={() => void act(clear(ids(match)), t('unpinnedDone', names(match)))}>
                  {t('unpin')}
                </Button>
              ) : (
                <Button size="xs" variant="light" disabled={busy} aria-label={t('pinLabel', names(match))} onClick={() => void act(pin(ids(match)), t('pinnedDone', names(match)))}>
                  {t('pin')}
                </Button>
              )}
              {!pair.published && (
                <Button size="xs" variant="light" color="red" disabled={busy} aria-label={t('excludeLabel', names(match))} onClick={() => void act(exclude(ids(match)), t('excludedDone', names(match)))}>
                  {t('exclude')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Card>
    );
  };

  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t('review')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reviewText')}
        </Text>
      </div>
      <Title order={3} size="h4">
        {t('pairs')} ({review.pairs.length})
      </Title>
      {review.pairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noPairs')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>{review.pairs.map(pairCard)}</SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card padding="md">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('unmatchedTitle')}
            </Title>
            {review.unmatched.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('noUnmatched')}
              </Text>
            ) : (
              review.unmatched.map((entry) => (
                <Text key={entry.mentee.id} size="sm">
                  <b>{entry.mentee.name}</b> ({entry.mentee.department}): {t(`reasons.${entry.reason}`)}
                </Text>
              ))
            )}
          </Stack>
        </Card>
        {review.excluded.length > 0 && (
          <Card padding="md">
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('excludedTitle')}
              </Title>
              {review.excluded.map((pair) => (
                <Group key={`${pair.mentor.id} ${pair.mentee.id}`} justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('pairTitle', names(pair))}</Text>
                  {changeable && (
                    <Button size="xs" variant="default" disabled={busy} aria-label={t('allowAgainLabel', names(pair))} onClick={() => void act(clear(ids(pair)), t('allowedDone', names(pair)))}>
                      {t('allowAgain')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}
