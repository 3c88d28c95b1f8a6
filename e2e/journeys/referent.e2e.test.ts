import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a PSAD referent (referent@demo.test)', DEMO_USERS.referent);
