import { DEMO_USERS, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a Mission Locale counsellor (conseiller@demo.test)', DEMO_USERS.counsellor);
