import 'graphiql/style.css';
import './explorer.css';
import 'graphiql/setup-workers/vite';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { Card } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../common/page';
import sdl from '../../schema.graphql?raw';

/**
 * GraphiQL for developers, bundled (no CDN). It runs as the signed-in person (the session cookie). The
 * schema is the committed one, checked against the API by a test, so the explorer needs no introspection.
 */
export function ExplorerPage() {
  const { t } = useTranslation();
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', headers: { 'content-type': 'application/json' } }), []);
  const schema = useMemo(() => buildSchema(sdl), []);
  return (
    <Page title={t('explorer.title')} description={t('explorer.text')}>
      <Card padding={0} h="calc(100vh - 200px)" mih={520} style={{ overflow: 'hidden' }}>
        <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={'{\n  me {\n    name\n    roles\n  }\n}\n'} />
      </Card>
    </Page>
  );
}
