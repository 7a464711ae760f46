// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      jobTitle
      department
      site
      timeZone
      language
    }
  }
`);

export const SetMySkillDocument = graphql(`
  mutation SetMySkill($input: SetSkillInput!) {
    setMySkill(input: $input) {
      kind
      level
      skill {
        id
        name
      }
    }
  }
`);

export const RemoveMySkillDocument = graphql(`
  mutation RemoveMySkill($input: RemoveSkillInput!) {
    removeMySkill(input: $input) {
      kind
      level
      skill {
        id
        name
      }
    }
  }
`);

export const MyDiversityAttributesDocument = graphql(`
  query MyDiversityAttributes {
    myDiversityAttributes {
      attribute
      value
      consentGivenAt
    }
  }
`);

export const SetMyDiversityAttributeDocument = graphql(`
  mutation SetMyDiversityAttribute($input: DiversityAttributeInput!) {
    setMyDiversityAttribute(input: $input) {
      attribute
      value
      consentGivenAt
    }
  }
`);

export const ClearMyDiversityAttributeDocument = graphql(`
  mutation ClearMyDiversityAttribute($attribute: String!) {
    clearMyDiversityAttribute(attribute: $attribute) {
      attribute
      value
      consentGivenAt
    }
  }
`);

export const RotateMyCalendarFeedDocument = graphql(`
  mutation RotateMyCalendarFeed {
    rotateMyCalendarFeed
  }
`);

export const MyPersonalDataDocument = graphql(`
  query MyPersonalData {
    myPersonalData
  }
`);
