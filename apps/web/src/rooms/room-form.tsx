import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem } from '../api/feedback';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import type { RoomEquipment } from '../gql/graphql';
import { problemOf } from '../api/feedback';
import type { CombinedError } from 'urql';

export const EQUIPMENT: RoomEquipment[] = ['PROJECTOR', 'SCREEN', 'WHITEBOARD', 'FLIPCHART', 'VIDEO_CONFERENCING', 'MICROPHONE', 'SPEAKERS', 'KITCHEN'];

export interface RoomValues {
  site: string;
  name: string;
  capacity: number | string;
  equipment: string[];
  resourceMailbox: string;
}

/** Create and edit share one form; the caller sends it and gets the error back to show. */
export function RoomForm({ initial, submitLabel, onSubmit, busy }: { initial: RoomValues; submitLabel: string; busy: boolean; onSubmit: (values: RoomValues) => Promise<CombinedError | undefined> }) {
  const { t } = useTranslation('rooms');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: initial });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const error = await onSubmit(values);
        if (error) setProblem(showProblemOnForm(form, problemOf(error)));
      })}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('site')} {...form.getInputProps('site')} />
          <TextInput label={t('name')} {...form.getInputProps('name')} />
          <NumberInput label={t('capacity')} min={1} {...form.getInputProps('capacity')} />
          <TextInput label={t('resourceMailbox')} description={t('resourceMailboxHelp')} {...form.getInputProps('resourceMailbox')} />
        </SimpleGrid>
        <MultiSelect label={t('equipmentLabel')} data={EQUIPMENT.map((value) => ({ value, label: t(`sessions:equipment.${value}`) }))} {...form.getInputProps('equipment')} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
