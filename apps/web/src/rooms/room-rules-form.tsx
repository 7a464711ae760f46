import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { FormProblem } from '../common/form-problem';
import { ErrorState } from '../common/states';
import type { RecurringConflictPolicy, RoomRulesFieldsFragment, Weekday } from '../gql/graphql';
import { RoomRulesDocument, SetRoomRulesDocument } from '../gql/graphql';

export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const LOCAL = 'YYYY-MM-DDTHH:mm';

interface RulesValues {
  bookableHours: { weekday: string | null; opens: string; closes: string }[];
  blackouts: { startsAt: string; endsAt: string; reason: string }[];
  maxBookingMinutes: number | string;
  minNoticeMinutes: number | string;
  maxDaysAhead: number | string;
  recurringAllowed: boolean;
  requiresApproval: boolean;
  recurringConflicts: string | null;
}

/** Blackouts are typed and shown in the room's own zone, as the rules read them. */
function valuesOf(rules: RoomRulesFieldsFragment): RulesValues {
  return {
    bookableHours: rules.bookableHours.map((hours) => ({ ...hours })),
    blackouts: rules.blackouts.map((blackout) => ({
      startsAt: dayjs(blackout.startsAt).tz(rules.timeZone).format(LOCAL),
      endsAt: dayjs(blackout.endsAt).tz(rules.timeZone).format(LOCAL),
      reason: blackout.reason ?? '',
    })),
    maxBookingMinutes: rules.maxBookingMinutes ?? '',
    minNoticeMinutes: rules.minNoticeMinutes ?? '',
    maxDaysAhead: rules.maxDaysAhead ?? '',
    recurringAllowed: rules.recurringAllowed,
    requiresApproval: rules.requiresApproval,
    recurringConflicts: rules.recurringConflicts,
  };
}

const optionalNumber = (value: number | string) => (value === '' ? null : Number(value));

/**
 * The API names the field of the input it refuses ("bookableHours.0.opens", or "bookableHours.0" when the
 * day as a whole is wrong): put the message on that field of the form, else above the buttons.
 */
function placeProblem(form: ReturnType<typeof useForm<RulesValues>>, error: CombinedError): ApiProblem | null {
  const problem = problemOf(error);
  const raw = error.graphQLErrors[0]?.extensions?.field;
  const path = typeof raw === 'string' ? raw.replace(/^input\./, '') : null;
  if (!path) return problem;
  const whole = /^(bookableHours|blackouts)\.(\d+)$/.exec(path);
  const target = whole ? `${path}.${whole[1] === 'bookableHours' ? 'closes' : 'endsAt'}` : path;
  const [list, index] = target.split('.');
  const known = list in form.getValues() && (index === undefined || !/^\d+$/.test(index) || Number(index) < (form.getValues()[list as 'blackouts'] as unknown[]).length);
  if (!known) return problem;
  form.setFieldError(target, problem.message);
  return null;
}

function RulesForm({ roomId, rules }: { roomId: string; rules: RoomRulesFieldsFragment }) {
  const { t } = useTranslation('rooms');
  const [state, setRules] = useMutation(SetRoomRulesDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm<RulesValues>({ initialValues: valuesOf(rules) });
  const zone = rules.timeZone;
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await setRules({
          input: {
            roomId,
            bookableHours: values.bookableHours.map((hours) => ({ weekday: (hours.weekday ?? '') as Weekday, opens: hours.opens, closes: hours.closes })),
            blackouts: values.blackouts.map((blackout) => ({
              startsAt: blackout.startsAt ? dayjs.tz(blackout.startsAt, zone).toISOString() : '',
              endsAt: blackout.endsAt ? dayjs.tz(blackout.endsAt, zone).toISOString() : '',
              reason: blackout.reason || null,
            })),
            maxBookingMinutes: optionalNumber(values.maxBookingMinutes),
            minNoticeMinutes: optionalNumber(values.minNoticeMinutes),
            maxDaysAhead: optionalNumber(values.maxDaysAhead),
            recurringAllowed: values.recurringAllowed,
            requiresApproval: values.requiresApproval,
            recurringConflicts: (values.recurringConflicts ?? 'DECLINE_ALL') as RecurringConflictPolicy,
          },
        });
        if (result.error) return setProblem(placeProblem(form, result.error));
        form.resetDirty();
        notifySuccess(t('rulesSaved'));
      })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('rulesText', { zone })}
        </Text>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('bookableHours')}
          </Title>
          {form.getValues().bookableHours.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('anyTime')}
            </Text>
          )}
          {form.getValues().bookableHours.map((_, index) => (
            <Group key={form.key(`bookableHours.${index}`)} align="flex-start" gap="xs" wrap="wrap">
              <Select
                label={t('weekday')}
                aria-label={t('weekdayOf', { number: index + 1 })}
                data={WEEKDAYS.map((value) => ({ value, label: t(`weekdays.${value}`) }))}
                allowDeselect={false}
                w={150}
                {...form.getInputProps(`bookableHours.${index}.weekday`)}
              />
              <TimeInput label={t('opens')} aria-label={t('opensOf', { number: index + 1 })} w={110} {...form.getInputProps(`bookableHours.${index}.opens`)} />
              <TimeInput label={t('closes')} aria-label={t('closesOf', { number: index + 1 })} w={110} {...form.getInputProps(`bookableHours.${index}.closes`)} />
              <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('removeHours', { number: index + 1 })} onClick={() => form.removeListItem('bookableHours', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('bookableHours', { weekday: 'MONDAY', opens: '08:00', closes: '18:00' })}>
              {t('addHours')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => form.setFieldValue('bookableHours', WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })))}
            >
              {t('officeHours')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('blackouts')}
          </Title>
          {form.getValues().blackouts.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('noBlackouts')}
            </Text>
          )}
          {form.getValues().blackouts.map((_, index) => (
            <Group key={form.key(`blackouts.${index}`)} align="flex-start" gap="xs" wrap="wrap">
              <TextInput type="datetime-local" label={t('from')} aria-label={t('blackoutFrom', { number: index + 1 })} w={210} {...form.getInputProps(`blackouts.${index}.startsAt`)} />
              <TextInput type="datetime-local" label={t('until')} aria-label={t('blackoutUntil', { number: index + 1 })} w={210} {...form.getInputProps(`blackouts.${index}.endsAt`)} />
              <TextInput label={t('reason')} aria-label={t('blackoutReason', { number: index + 1 })} style={{ flex: 1, minWidth: 160 }} {...form.getInputProps(`blackouts.${index}.reason`)} />
              <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('removeBlackout', { number: index + 1 })} onClick={() => form.removeListItem('blackouts', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('blackouts', { startsAt: '', endsAt: '', reason: '' })}>
              {t('addBlackout')}
            </Button>
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('maxBookingMinutes')} description={t('emptyNoLimit')} min={1} allowDecimal={false} {...form.getInputProps('maxBookingMinutes')} />
          <NumberInput label={t('minNoticeMinutes')} description={t('emptyNoLimit')} min={0} allowDecimal={false} {...form.getInputProps('minNoticeMinutes')} />
          <NumberInput label={t('maxDaysAhead')} description={t('emptyNoLimit')} min={1} allowDecimal={false} {...form.getInputProps('maxDaysAhead')} />
        </SimpleGrid>
        <Checkbox label={t('requiresApproval')} description={t('requiresApprovalHelp')} {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
        <Checkbox label={t('recurringAllowed')} {...form.getInputProps('recurringAllowed', { type: 'checkbox' })} />
        <Select
          label={t('recurringConflicts')}
          data={[
            { value: 'DECLINE_ALL', label: t('declineAll') },
            { value: 'ACCEPT_FREE', label: t('acceptFree') },
          ]}
          allowDeselect={false}
          maw={420}
          {...form.getInputProps('recurringConflicts')}
        />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('saveRules')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A room's booking rules, for facility managers to change; the API applies them to every booking. */
export function RoomRules({ roomId }: { roomId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: RoomRulesDocument, variables: { roomId } });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <Skeleton height={200} />;
  return <RulesForm roomId={roomId} rules={data!.roomRules} />;
}
