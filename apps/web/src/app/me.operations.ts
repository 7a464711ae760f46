// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      department
      jobTitle
      site
      timeZone
      language
      managerId
      roles
      skills {
        kind
        level
        skill {
          id
          name
        }
      }
    }
  }
`);

export const SetLanguageDocument = graphql(`
  mutation SetLanguage($language: String!) {
    updateMyProfile(input: { language: $language }) {
      id
      language
    }
  }
`);
