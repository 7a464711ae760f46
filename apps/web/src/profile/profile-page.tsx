import { Alert, Badge, Button, Card, Checkbox, CloseButton, CopyButton, Grid, Group, List, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title, Autocomplete, Code } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconDownload, IconLock, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { type Me, useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, ErrorState } from '../common/states';
import { applyLanguage } from '../i18n/i18n';
import type { SkillKind } from '../gql/graphql';
import {
  ClearMyDiversityAttributeDocument,
  MyDiversityAttributesDocument,
  MyPersonalDataDocument,
  RemoveMySkillDocument,
  RotateMyCalendarFeedDocument,
  SetMyDiversityAttributeDocument,
  SetMySkillDocument,
  UpdateMyProfileDocument,
} from '../gql/graphql';
import { SkillSearchDocument } from '../gql/graphql';

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const [state, update] = useMutation(UpdateMyProfileDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const form = useForm({
    initialValues: { name: me.name, jobTitle: me.jobTitle, department: me.department, site: me.site, timeZone: me.timeZone as string | null, language: me.language as string | null },
  });
  return (
    <Card>
      <form
        onSubmit={form.onSubmit(async (values) => {
          setProblem(null);
          const result = await update({ input: { ...values, timeZone: values.timeZone ?? undefined, language: values.language ?? undefined } });
          if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
          applyLanguage(result.data!.updateMyProfile.language);
          notifySuccess(t('saved'));
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('aboutYou')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('name')} {...form.getInputProps('name')} />
            <TextInput label={t('jobTitle')} {...form.getInputProps('jobTitle')} />
            <TextInput label={t('department')} {...form.getInputProps('department')} />
            <TextInput label={t('site')} {...form.getInputProps('site')} />
            <Select label={t('timeZone')} data={zones} searchable allowDeselect={false} {...form.getInputProps('timeZone')} />
            <Select label={t('language')} data={[{ value: 'nl', label: 'Nederlands' }, { value: 'en', label: 'English' }]} allowDeselect={false} {...form.getInputProps('language')} />
          </SimpleGrid>
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={state.fetching}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function SkillList({ me, kind }: { me: Me; kind: SkillKind }) {
  const { t } = useTranslation('profile');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<number | string>(kind === 'HAS' ? 3 : 1);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data: suggestions }] = useQuery({ query: SkillSearchDocument, variables: { search: name }, pause: name.length < 1 });
  const [state, setSkill] = useMutation(SetMySkillDocument);
  const [, removeSkill] = useMutation(RemoveMySkillDocument);
  const skills = me.skills.filter((skill) => skill.kind === kind);
  const label = kind === 'HAS' ? t('skillsHave') : t('skillsWant');
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {label}
        </Title>
        {skills.length === 0 && (
          <Text size="sm" c="dimmed">
            {kind === 'HAS' ? t('noSkillsHave') : t('noSkillsWant')}
          </Text>
        )}
        <Group gap="xs">
          {skills.map((skill) => (
            <Badge
              key={skill.skill.id}
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('removeSkill', { name: skill.skill.name })}
                  onClick={async () => {
                    const result = await removeSkill({ input: { kind, skillName: skill.skill.name } });
                    if (result.error) notifyProblem(problemOf(result.error));
                  }}
                />
              }
            >
              {skill.skill.name} · {t(`levels.${skill.level}`)}
            </Badge>
          ))}
        </Group>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            setProblem(null);
            const result = await setSkill({ input: { kind, skillName: name, level: Number(level) } });
            if (result.error) return setProblem(problemOf(result.error));
            setName('');
            notifySuccess(t('skillSaved'));
          }}
        >
          <Group align="flex-start" gap="xs" wrap="wrap">
            <Autocomplete
              label={kind === 'HAS' ? t('addSkillHave') : t('addSkillWant')}
              value={name}
              onChange={setName}
              data={(suggestions?.skills ?? []).map((skill) => skill.name)}
              error={problem && problem.field !== 'level' ? problem.message : undefined}
              style={{ flex: 1, minWidth: 180 }}
            />
            <NumberInput label={t('level')} min={1} max={5} value={level} onChange={setLevel} w={90} error={problem?.field === 'level' ? problem.message : undefined} />
            <Button type="submit" mt={25} variant="light" loading={state.fetching}>
              {t('add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}

const ATTRIBUTES = ['gender', 'age_band', 'background'] as const;
const DIVERSITY_CONTEXT = { additionalTypenames: ['MyDiversityAttribute'] };

function DiversityAttributes() {
  const { t } = useTranslation('profile');
  const dates = useDates();
  // Tagged even while the list is empty, so setting or clearing an attribute refetches it.
  const [{ data, error, fetching }] = useQuery({ query: MyDiversityAttributesDocument, context: DIVERSITY_CONTEXT });
  const [setState, setAttribute] = useMutation(SetMyDiversityAttributeDocument);
  const [, clearAttribute] = useMutation(ClearMyDiversityAttributeDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { attribute: 'gender' as string | null, value: '', consent: false } });
  return (
    <Card>
      <Stack>
        <Group gap="xs">
          <IconLock size={20} aria-hidden />
          <Title order={2} size="h4">
            {t('diversityTitle')}
          </Title>
        </Group>
        <Alert variant="light" color="kennis" title={t('whoSees')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('diversityOnlyYou')}</List.Item>
            <List.Item>{t('diversityMatching')}</List.Item>
            <List.Item>{t('diversityAdmins')}</List.Item>
            <List.Item>{t('diversityWithdraw')}</List.Item>
          </List>
        </Alert>
        {error && <ErrorState error={error} />}
        {fetching && !data ? (
          <CardsSkeleton count={1} height={40} />
        ) : (
          <Stack gap="xs">
            {(data?.myDiversityAttributes ?? []).map((attribute) => (
              <Group key={attribute.attribute} justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
                  <b>{t(`attributes.${attribute.attribute}`, { defaultValue: attribute.attribute })}</b>: {attribute.value}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('consentGiven', { when: dates.day(attribute.consentGivenAt) })})
                  </Text>
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  style={{ flexShrink: 0 }}
                  onClick={async () => {
                    const result = await clearAttribute({ attribute: attribute.attribute });
                    if (result.error) return notifyProblem(problemOf(result.error));
                    notifySuccess(t('attributeCleared'));
                  }}
                >
                  {t('withdraw')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <form
          onSubmit={form.onSubmit(async (values) => {
            setProblem(null);
            const result = await setAttribute({ input: { attribute: values.attribute ?? '', value: values.value, consent: values.consent } });
            if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
            form.setValues({ value: '', consent: false });
            notifySuccess(t('attributeSaved'));
          })}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('attribute')} data={ATTRIBUTES.map((value) => ({ value, label: t(`attributes.${value}`) }))} allowDeselect={false} {...form.getInputProps('attribute')} />
              <TextInput label={t('value')} placeholder={t('valuePlaceholder')} {...form.getInputProps('value')} />
            </SimpleGrid>
            <Checkbox label={t('consent')} {...form.getInputProps('consent', { type: 'checkbox' })} />
            <FormProblem problem={problem} />
            <Group>
              <Button type="submit" variant="light" loading={setState.fetching}>
                {t('declare')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function CalendarFeed() {
  const { t } = useTranslation('profile');
  const [state, rotate] = useMutation(RotateMyCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  return (
    <Card id="calendar-feed">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('feedTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('feedText')}
        </Text>
        {url && (
          <Group gap="xs" wrap="nowrap">
            {/* Focusable: the link is wider than the box, and keyboard users scroll it too. */}
            <Code block tabIndex={0} style={{ flex: 1, overflowX: 'auto' }} aria-label={t('feedUrl')}>
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                  {copied ? t('copied') : t('copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <Group>
          <Button
            variant={url ? 'default' : 'filled'}
            leftSection={<IconRefresh size={16} />}
            loading={state.fetching}
            onClick={async () => {
              const result = await rotate({});
              if (result.error) return notifyProblem(problemOf(result.error));
              setUrl(result.data!.rotateMyCalendarFeed);
              notifySuccess(t('feedRotated'));
            }}
          >
            {url ? t('rotateAgain') : t('makeFeed')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Everything Kennis holds about the person, as the JSON the API puts together; erasure is an admin's (the API's rule). */
function PersonalData() {
  const { t } = useTranslation('profile');
  const client = useClient();
  const [busy, setBusy] = useState(false);
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dataTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dataText')}
        </Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} />}
            loading={busy}
            onClick={async () => {
              setBusy(true);
              const result = await client.query(MyPersonalDataDocument, {}, { requestPolicy: 'network-only' }).toPromise();
              setBusy(false);
              if (result.error) return notifyProblem(problemOf(result.error));
              const url = URL.createObjectURL(new Blob([result.data!.myPersonalData], { type: 'application/json' }));
              const link = document.createElement('a');
              link.href = url;
              link.download = `kennis-personal-data-${new Date().toISOString().slice(0, 10)}.json`;
              link.click();
              // The browser reads the file after the click returns; free it once it surely has.
              window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
              notifySuccess(t('dataDownloaded'));
            }}
          >
            {t('dataDownload')}
          </Button>
        </Group>
        <Alert variant="light" color="gray" title={t('eraseTitle')}>
          <Text size="sm">{t('eraseText')}</Text>
        </Alert>
      </Stack>
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useMe();
  return (
    <Page title={t('title')} description={me.email}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <ProfileForm me={me} />
            <SkillList me={me} kind="HAS" />
            <SkillList me={me} kind="WANTS" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <CalendarFeed />
            <DiversityAttributes />
            <PersonalData />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
