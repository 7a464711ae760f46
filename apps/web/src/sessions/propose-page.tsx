import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { useMe } from '../app/me-context';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import type { SessionFormat, SessionLevel } from '../gql/graphql';
import { FORMATS } from './discover-page';
import { ProposeSessionDocument } from '../gql/graphql';
import { sessionRules } from './session-rules';

export function ProposePage() {
  const { t } = useTranslation('sessions');
  const me = useMe();
  const navigate = useNavigate();
  const [state, propose] = useMutation(ProposeSessionDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({
    initialValues: {
      title: '',
      description: '',
      format: 'TALK' as string | null,
      level: 'BEGINNER' as string | null,
      language: me.language as string | null,
      capacity: 20 as number | string,
      durationMinutes: 60 as number | string,
      skills: [] as string[],
      onlineUrl: '',
    },
    validate: sessionRules(t),
  });
  return (
    <Page title={t('proposeTitle')} description={t('proposeText')}>
      <Card maw={760}>
        <form
          onSubmit={form.onSubmit(async (values) => {
            setProblem(null);
            const result = await propose({
              input: {
                title: values.title,
                description: values.description,
                format: values.format as SessionFormat,
                level: values.level as SessionLevel,
                language: values.language ?? '',
                capacity: Number(values.capacity),
                durationMinutes: Number(values.durationMinutes),
                skills: values.skills,
                onlineUrl: values.onlineUrl || null,
              },
            });
            if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
            notifySuccess(t('proposed', { title: result.data!.proposeSession.title }));
            void navigate(`/sessions/${result.data!.proposeSession.id}`);
          })}
        >
          <Stack>
            <TextInput label={t('fields.title')} placeholder={t('titlePlaceholder')} {...form.getInputProps('title')} />
            <Textarea label={t('fields.description')} autosize minRows={4} {...form.getInputProps('description')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('fields.format')} data={FORMATS.map((value) => ({ value, label: t(`formats.${value}`) }))} allowDeselect={false} {...form.getInputProps('format')} />
              <Select
                label={t('fields.level')}
                data={(['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const).map((value) => ({ value, label: t(`levels.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('level')}
              />
              <Select label={t('fields.language')} data={[{ value: 'nl', label: t('languages.nl') }, { value: 'en', label: t('languages.en') }]} allowDeselect={false} {...form.getInputProps('language')} />
              <NumberInput label={t('fields.capacity')} min={1} {...form.getInputProps('capacity')} />
              <NumberInput label={t('fields.durationMinutes')} min={5} step={15} {...form.getInputProps('durationMinutes')} />
              <TextInput label={t('fields.onlineUrl')} description={t('onlineUrlHelp')} {...form.getInputProps('onlineUrl')} />
            </SimpleGrid>
            <TagsInput label={t('fields.skills')} description={t('skillsHelp')} {...form.getInputProps('skills')} />
            <FormProblem problem={problem} />
            <Group>
              <Button type="submit" loading={state.fetching}>
                {t('propose')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
