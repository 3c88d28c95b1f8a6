import { graphql } from '../gql';

/*
 * The queries of the first screens after sign-in (header, active platform, the
 * home page's counts), declared here for codegen only and never imported: those
 * screens import the generated documents from gql/graphql.ts, so that they do not
 * download gql/gql.ts, which maps the text of every document of the app.
 */

graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
      }
      roles
      memberships {
        id
        roles
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

graphql(`
  query MyPlatforms {
    platforms(mine: true) {
      id
      name
    }
  }
`);

graphql(`
  query HomePlatformWaiting($platformId: ID!) {
    cases(platformId: $platformId, filter: { status: [A_TRAITER] }, first: 1) {
      totalCount
    }
  }
`);

graphql(`
  query HomeCounsellorWaiting {
    assignedCases(filter: { status: [AFFECTE] }, first: 1) {
      totalCount
    }
  }
`);

graphql(`
  query HomeOfficerWaiting {
    clasProjects(filter: { status: [DEPOSE] }, first: 1) {
      totalCount
    }
  }
`);

graphql(`
  query HomeHolderWaiting {
    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {
      totalCount
    }
  }
`);
