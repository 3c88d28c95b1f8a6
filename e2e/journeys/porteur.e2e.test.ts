import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a CLAS holder (porteur@demo.test)', DEMO_USERS.porteur);
