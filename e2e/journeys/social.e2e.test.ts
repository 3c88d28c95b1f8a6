import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a social worker (social@demo.test)', DEMO_USERS.social);
