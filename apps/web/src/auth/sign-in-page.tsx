import { Alert, Avatar, Badge, Button, Card, Center, Container, Group, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconLogin, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AuthMode, type DemoPerson, fetchAuthMode, fetchDemoPeople, providerSignInUrl, safeReturnTo, signInAsDemoPerson } from './auth-api';

function DemoPeople({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [signingIn, setSigningIn] = useState<string | null>(null);
  useEffect(() => {
    fetchDemoPeople().then(setPeople, (error: Error) => setProblem(error.message));
  }, []);
  const signIn = (person: DemoPerson) => {
    setSigningIn(person.id);
    signInAsDemoPerson(person.id).then(
      // A full load: the app starts again with the new session cookie and nothing cached from before.
      () => window.location.assign(returnTo),
      (error: Error) => {
        setSigningIn(null);
        setProblem(error.message);
      },
    );
  };
  const shown = (people ?? []).filter((person) => `${person.name} ${person.email} ${person.department ?? ''}`.toLowerCase().includes(search.toLowerCase()));
  return (
    <Stack>
      <Alert variant="light" icon={<IconInfoCircle size={18} />}>
        {t('signIn.development')}
      </Alert>
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      <TextInput label={t('signIn.search')} leftSection={<IconSearch size={16} />} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
      {people === null && !problem ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={96} radius="lg" />
          ))}
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((person) => (
            <Card component="li" key={person.id} padding="md">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
                  <Avatar name={person.name} color="kennis" variant="filled" />
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} truncate>
                      {person.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[person.jobTitle, person.department].filter(Boolean).join(' · ')}
                    </Text>
                    <Group gap={4}>
                      {person.roles
                        .filter((role) => role !== 'EMPLOYEE')
                        .map((role) => (
                          <Badge key={role} size="xs" variant="light">
                            {t(`roles.${role}`)}
                          </Badge>
                        ))}
                    </Group>
                  </Stack>
                </Group>
                <Button size="xs" variant="light" style={{ flexShrink: 0 }} loading={signingIn === person.id} onClick={() => signIn(person)} aria-label={t('signIn.as', { name: person.name })}>
                  {t('signIn.button')}
                </Button>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const expired = params.has('expired');
  // The API sends a failed provider sign-in back here with its reason; an unknown one reads as "unavailable".
  const failed = params.get('failed');
  const failedText = failed ? t(`signIn.failed.${failed}`, { defaultValue: t('signIn.failed.unavailable') }) : null;
  const [mode, setMode] = useState<AuthMode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('signIn.title')} · Kennis`;
    fetchAuthMode().then(setMode, (error: Error) => setProblem(error.message));
  }, [t]);
  return (
    <Center mih="100vh" bg="gray.0" p="md" component="main">
      <Container size="sm" w="100%">
        <Stack gap="lg">
          <Stack gap={4} align="center" ta="center">
            <Avatar color="kennis" variant="filled" radius="md" size="lg" aria-hidden>
              K
            </Avatar>
            <Title order={1}>{t('signIn.title')}</Title>
            <Text c="dimmed">{t('signIn.tagline')}</Text>
          </Stack>
          {expired && (
            <Alert color="yellow" variant="light" role="status">
              {t('signIn.expired')}
            </Alert>
          )}
          {failedText && (
            <Alert color="red" variant="light" role="alert">
              {failedText}
            </Alert>
          )}
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          {mode === null && !problem && <Skeleton height={48} radius="md" />}
          {mode === 'oidc' && (
            <Card>
              <Stack align="center">
                <Text>{t('signIn.company')}</Text>
                <Button component="a" href={providerSignInUrl(returnTo)} leftSection={<IconLogin size={18} />} size="md">
                  {t('signIn.withCompany')}
                </Button>
              </Stack>
            </Card>
          )}
          {mode === 'development' && <DemoPeople returnTo={returnTo} />}
        </Stack>
      </Container>
    </Center>
  );
}
