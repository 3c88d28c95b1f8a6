import { graphql } from '../gql';

/*
 * The queries of the signed-in shell (header, active platform, home), declared
 * here for codegen only and never imported: the shell imports the generated
 * documents from gql/graphql.ts, so that the first screens do not download
 * gql/gql.ts, which maps the text of every document of the app.
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
