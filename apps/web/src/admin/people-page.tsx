import { Badge, Button, Card, Checkbox, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { PeopleQuery, Role } from '../gql/graphql';
import { CreatePersonDocument, PeopleDocument, SetPersonRolesDocument } from '../gql/graphql';

const GRANTABLE: Role[] = ['FACILITY_MANAGER', 'ADMIN'];

function RoleBoxes({ person }: { person: PeopleQuery['people'][number] }) {
  const { t } = useTranslation();
  const [state, setRoles] = useMutation(SetPersonRolesDocument);
  return (
    <Group gap="md" wrap="nowrap">
      {GRANTABLE.map((role) => (
        <Checkbox
          key={role}
          label={t(`roles.${role}`)}
          aria-label={`${t(`roles.${role}`)}: ${person.name}`}
          checked={person.roles.includes(role)}
          disabled={state.fetching}
          onChange={async (event) => {
            const roles = event.currentTarget.checked ? [...person.roles, role] : person.roles.filter((other) => other !== role);
            const result = await setRoles({ input: { personId: person.id, roles } });
            if (result.error) return notifyProblem(problemOf(result.error));
            notifySuccess(t('admin:rolesSaved', { name: person.name }));
          }}
        />
      ))}
    </Group>
  );
}

function NewPersonForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('admin');
  const [state, create] = useMutation(CreatePersonDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const form = useForm({ initialValues: { name: '', email: '', department: '', jobTitle: '', site: '', timeZone: 'Europe/Amsterdam' as string | null, language: 'nl' as string | null } });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await create({ input: { ...values, timeZone: values.timeZone ?? '', language: values.language ?? '' } });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(t('personCreated', { name: values.name }));
        onDone();
      })}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('name')} {...form.getInputProps('name')} />
          <TextInput label={t('email')} {...form.getInputProps('email')} />
          <TextInput label={t('department')} {...form.getInputProps('department')} />
          <TextInput label={t('jobTitle')} {...form.getInputProps('jobTitle')} />
          <TextInput label={t('site')} {...form.getInputProps('site')} />
          <Select label={t('timeZone')} data={zones} searchable allowDeselect={false} {...form.getInputProps('timeZone')} />
          <Select label={t('language')} data={[{ value: 'nl', label: 'Nederlands' }, { value: 'en', label: 'English' }]} allowDeselect={false} {...form.getInputProps('language')} />
        </SimpleGrid>
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('addPerson')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PeoplePage() {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [opened, { open, close }] = useDisclosure();
  const [{ data, error, fetching }] = useQuery({ query: PeopleDocument, variables: { search: debounced } });
  return (
    <Page
      title={t('peopleTitle')}
      description={t('peopleText')}
      actions={
        <Button leftSection={<IconUserPlus size={18} />} onClick={open}>
          {t('addPerson')}
        </Button>
      }
    >
      <TextInput label={t('searchPeople')} leftSection={<IconSearch size={16} />} value={search} onChange={(event) => setSearch(event.currentTarget.value)} maw={420} />
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton count={4} height={48} />
      ) : data!.people.length === 0 ? (
        <EmptyState title={t('noPeople')} />
      ) : (
        <Card padding={0}>
          <ScrollArea>
            <Table striped highlightOnHover miw={720} verticalSpacing="sm" horizontalSpacing="md" aria-label={t('peopleTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('department')}</Table.Th>
                  <Table.Th>{t('roles')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data!.people.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {person.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {person.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{person.department}</Text>
                      <Text size="xs" c="dimmed">
                        {person.jobTitle} · {person.site}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Badge variant="light" color="gray" size="sm">
                          {t('common:roles.EMPLOYEE')}
                        </Badge>
                        <RoleBoxes person={person} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      )}
      <Modal opened={opened} onClose={close} title={t('addPerson')} size="lg">
        <NewPersonForm onDone={close} />
      </Modal>
    </Page>
  );
}
