import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a CAF officer (caf@demo.test)', DEMO_USERS.caf);
