import { Alert, Card, Center, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { problemOf } from '../api/feedback';

export function CardsSkeleton({ count = 3, height = 120 }: { count?: number; height?: number }) {
  return (
    <Stack aria-busy="true">
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} height={height} radius="lg" />
      ))}
    </Stack>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Card>
      <Center>
        <Stack align="center" gap="xs" py="lg" maw={420} ta="center">
          <ThemeIcon size={48} radius="xl" variant="light">
            <IconMoodEmpty size={28} />
          </ThemeIcon>
          <Title order={3} size="h4">
            {title}
          </Title>
          {children && (
            <Text c="dimmed" size="sm">
              {children}
            </Text>
          )}
          {action}
        </Stack>
      </Center>
    </Card>
  );
}

export function ErrorState({ error }: { error: CombinedError }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      {problemOf(error).message}
    </Alert>
  );
}
