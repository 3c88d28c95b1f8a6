import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a viewer (lecteur@demo.test)', DEMO_USERS.viewer);
