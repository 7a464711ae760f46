import { Autocomplete, Badge, Button, Card, Checkbox, Group, List, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconSitemap, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { PeopleQuery, Role } from '../gql/graphql';
import { CreatePersonDocument, ErasePersonDocument, PeopleDocument, PeopleSearchDocument, PersonNameDocument, SetPersonManagerDocument, SetPersonRolesDocument } from '../gql/graphql';
import { useMe } from '../app/me-context';

type PersonRow = PeopleQuery['people'][number];

const GRANTABLE: Role[] = ['FACILITY_MANAGER', 'ADMIN'];

function RoleBoxes({ person }: { person: PersonRow }) {
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

function ManagerName({ managerId }: { managerId: string | null }) {
  const { t } = useTranslation('admin');
  const [{ data }] = useQuery({ query: PersonNameDocument, variables: { id: managerId ?? '' }, pause: !managerId });
  if (!managerId) return <Text size="sm" c="dimmed">{t('manager.nobody')}</Text>;
  return <Text size="sm">{data?.person.name ?? '…'}</Text>;
}

/** Who a person reports to; the API refuses a line that goes in a circle and says so next to the field. */
function ManagerDialog({ person, onClose }: { person: PersonRow; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [picked, setPicked] = useState<{ id: string; name: string; label: string } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data }] = useQuery({ query: PeopleSearchDocument, variables: { search: debounced }, pause: debounced.length < 2 });
  const [state, setManager] = useMutation(SetPersonManagerDocument);
  const options = (data?.people ?? []).filter((other) => other.id !== person.id);
  const save = async (managerId: string | null) => {
    setProblem(null);
    const result = await setManager({ input: { personId: person.id, managerId } });
    if (result.error) return setProblem(problemOf(result.error));
    notifySuccess(managerId ? t('manager.saved', { name: person.name, manager: picked?.name ?? '' }) : t('manager.cleared', { name: person.name }));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('manager.title', { name: person.name })} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // What is in the box decides: a picked option edited afterwards no longer counts.
          if (!picked || picked.label !== search) return setProblem({ field: 'managerId', message: t('manager.pick'), code: null });
          void save(picked.id);
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('manager.text')}
          </Text>
          <Autocomplete
            label={t('manager.label')}
            value={search}
            onChange={setSearch}
            data={options.map((other) => ({ value: other.id, label: `${other.name} (${other.email})` }))}
            // Autocomplete then shows the option's label in the box; the id is kept beside it.
            onOptionSubmit={(id) => {
              const found = options.find((other) => other.id === id);
              if (found) setPicked({ id: found.id, name: found.name, label: `${found.name} (${found.email})` });
            }}
            error={problem?.field === 'managerId' ? problem.message : undefined}
            data-autofocus
          />
          <FormProblem problem={problem && problem.field !== 'managerId' ? problem : null} />
          <Group justify="space-between">
            <Button variant="subtle" color="gray" loading={state.fetching && !picked} onClick={() => void save(null)}>
              {t('manager.none')}
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('manager.back')}
              </Button>
              <Button type="submit" loading={state.fetching && !!picked}>
                {t('manager.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Erasure is for good: the dialog says what goes and what stays (PersonalDataRepository.erase in libs/audit). */
function EraseDialog({ person, onClose }: { person: PersonRow; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [state, erase] = useMutation(ErasePersonDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('erase.title', { name: person.name })} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
      <Stack>
        <Text size="sm">{t('erase.intro', { name: person.name, email: person.email })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('erase.profile')}</List.Item>
          <List.Item>{t('erase.skills')}</List.Item>
          <List.Item>{t('erase.words')}</List.Item>
          <List.Item>{t('erase.signIn')}</List.Item>
          <List.Item>{t('erase.mail')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('erase.stays')}
        </Text>
        <FormProblem problem={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('erase.keep')}
          </Button>
          <Button
            color="red"
            loading={state.fetching}
            onClick={async () => {
              setProblem(null);
              const result = await erase({ personId: person.id }, { additionalTypenames: ['Person'] });
              if (result.error) return setProblem(problemOf(result.error));
              notifySuccess(t('erase.done', { name: person.name }));
              onClose();
            }}
          >
            {t('erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
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
  const me = useMe();
  const [managing, setManaging] = useState<PersonRow | null>(null);
  const [erasing, setErasing] = useState<PersonRow | null>(null);
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
            <Table striped highlightOnHover miw={960} verticalSpacing="sm" horizontalSpacing="md" aria-label={t('peopleTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('department')}</Table.Th>
                  <Table.Th>{t('manager.column')}</Table.Th>
                  <Table.Th>{t('roles')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('erase.column')}</VisuallyHidden>
                  </Table.Th>
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
                        <ManagerName managerId={person.managerId ?? null} />
                        <Button size="compact-xs" variant="subtle" style={{ flexShrink: 0 }} leftSection={<IconSitemap size={14} />} aria-label={t('manager.change', { name: person.name })} onClick={() => setManaging(person)}>
                          {t('manager.edit')}
                        </Button>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Badge variant="light" color="gray" size="sm">
                          {t('common:roles.EMPLOYEE')}
                        </Badge>
                        <RoleBoxes person={person} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {person.id !== me.id && (
                        <Button size="compact-xs" variant="subtle" color="red" style={{ flexShrink: 0 }} leftSection={<IconTrash size={14} />} aria-label={t('erase.button', { name: person.name })} onClick={() => setErasing(person)}>
                          {t('erase.short')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      )}
      {managing && <ManagerDialog person={managing} onClose={() => setManaging(null)} />}
      {erasing && <EraseDialog person={erasing} onClose={() => setErasing(null)} />}
      <Modal opened={opened} onClose={close} title={t('addPerson')} size="lg">
        <NewPersonForm onDone={close} />
      </Modal>
    </Page>
  );
}
