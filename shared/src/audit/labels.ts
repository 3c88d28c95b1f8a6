/**
 * French labels of the audit log: one per action the server writes (a server test scans its sources
 * and fails on an action without a label here), the groups the filter offers, and the kinds of
 * object an event names. The audit event itself holds no personal data: the object's name is
 * resolved when the log is read, for the reader who may see it.
 */

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  // Sign-in and accounts
  'auth.login': 'Connexion',
  'auth.logout': 'Déconnexion',
  'auth.repeated_failures': 'Échecs de connexion répétés sur un compte',
  // No longer written (issue 15: failures no longer lock an account); kept for the events of before.
  'auth.lock': 'Verrouillage du compte après des échecs de connexion',
  'auth.refresh_reuse': "Réutilisation d'un jeton de session (session révoquée)",
  'user.read': "Consultation d'un compte utilisateur",
  'user.create': "Création d'un compte utilisateur",
  'user.update': "Modification d'un compte utilisateur",
  'user.activate': "Réactivation d'un compte utilisateur",
  'user.deactivate': "Désactivation d'un compte utilisateur",
  'user.unlock': "Levée des délais de connexion d'un compte utilisateur",
  'user.password_change': 'Changement de mot de passe',
  'user.session_revoke': "Fin d'une session par son utilisateur",
  'user.session_revoke_others': 'Fin des autres sessions par leur utilisateur',
  'auth.proconnect': 'Retour de ProConnect (connexion acceptée ou refusée)',
  'auth.proconnect_link': "Liaison d'une identité ProConnect à un compte",
  'auth.access_request': "Demande d'accès par ProConnect d'une personne inconnue",
  'access_request.approve': "Acceptation d'une demande d'accès (compte créé)",
  'access_request.reject': "Refus d'une demande d'accès",
  'auth.second_factor': 'Second facteur de connexion (code, clé d’accès, code de secours)',
  'user.factor_add': "Ajout d'un second facteur de connexion",
  'user.factor_remove': "Retrait d'un second facteur de connexion",
  'user.recovery_codes_regenerate': 'Nouveaux codes de secours',
  'membership.create': "Ajout d'un rattachement à une organisation",
  'membership.update': "Modification des rôles d'un rattachement",
  'membership.delete': "Suppression d'un rattachement",
  'api_key.create': "Création d'une clé d'API",
  'api_key.revoke': "Révocation d'une clé d'API",
  'api_key.rate_limit': "Limite d'appels d'une clé d'API modifiée",
  'trusted_document.register': "Enregistrement de documents GraphQL de confiance d'un compte de service",
  'trusted_document.remove': "Retrait d'un document GraphQL de confiance",
  'trusted_document.refuse': "Document GraphQL non enregistré refusé à une clé d'API restreinte",
  // Webhooks (issue 20)
  'webhook.create': "Abonnement d'une adresse de webhook",
  'webhook.update': "Modification d'une adresse de webhook",
  'webhook.enable': "Réactivation d'une adresse de webhook",
  'webhook.disable': "Désactivation d'une adresse de webhook",
  'webhook.auto_disable': "Désactivation automatique d'une adresse de webhook après trois jours d'échecs",
  'webhook.delete': "Suppression d'une adresse de webhook",
  'webhook.rotate_secret': "Renouvellement du secret de signature d'une adresse de webhook",
  'webhook.replay': "Renvoi manuel d'un webhook",
  'webhook.read': "Consultation d'une adresse de webhook",
  'webhook.list': 'Consultation des adresses de webhook',
  'webhook.manage': "Gestion des webhooks d'un autre compte de service",
  // Organisations and territories
  'organisation.read': "Consultation d'une organisation",
  'organisation.create': "Création d'une organisation",
  'organisation.update': "Modification d'une organisation",
  'organisation.activate': "Réactivation d'une organisation",
  'organisation.deactivate': "Désactivation d'une organisation",
  'territory.create': "Création d'un territoire",
  // PSAD
  'platform.read': "Consultation d'une plateforme PSAD",
  'platform.create': "Création d'une plateforme PSAD",
  'platform.update': "Modification d'une plateforme PSAD",
  'psad.dashboard': 'Consultation du tableau de bord PSAD',
  'psad.signal': "Signalement d'un jeune",
  'psad_import.read': "Consultation d'un import de liste SIEI",
  'psad_import.upload': "Dépôt d'une liste SIEI",
  'psad_import.confirm': "Confirmation de l'import d'une liste SIEI",
  'psad_import.export_rejected': "Téléchargement des lignes rejetées d'un import",
  'psad_import.rejected_csv': "Téléchargement des lignes rejetées d'un import",
  'young_person.merge': 'Fusion de deux fiches de jeune',
  'young_person.duplicates': 'Recherche des doublons de jeunes',
  'case.list': "Consultation de la liste de suivi d'une plateforme",
  'case.list_assigned': 'Consultation des suivis confiés',
  'case.transfers_incoming': 'Consultation des transferts reçus',
  'case.transfers_outgoing': 'Consultation des transferts proposés',
  'case.read': "Consultation d'un dossier",
  'case.export': 'Export de la liste de suivi',
  'case.assign': 'Affectation de suivis à une organisation',
  'case.reassign': "Réaffectation d'un suivi",
  'case.contact_attempt': "Tentative de contact d'un jeune",
  'case.situation_check': "Point de situation d'un jeune",
  'case.solution': 'Solution enregistrée pour un jeune',
  'case.close': "Clôture d'un suivi",
  'case.reopen': "Réouverture d'un suivi",
  'case.partner_counsellors': "Consultation des conseillers d'un partenaire",
  'case.transfer_propose': "Proposition de transfert d'un suivi",
  'case.transfer_accept': "Acceptation d'un transfert",
  'case.transfer_refuse': "Refus d'un transfert",
  'case.transfer_cancel': "Annulation d'un transfert",
  // CLAS
  'clas.config_set': "Paramétrage d'une année CLAS",
  'clas.project_read': "Consultation d'un projet CLAS",
  'clas.project_create': "Création d'un projet CLAS",
  'clas.project_update': "Modification d'un projet CLAS",
  'clas.project_submit': "Dépôt d'un projet CLAS",
  'clas.project_examine': "Mise à l'instruction d'un projet CLAS",
  'clas.project_decide': 'Décision sur un projet CLAS',
  'clas.bilan_submit': "Dépôt du bilan d'un projet CLAS",
  'clas.project_close': "Clôture d'un projet CLAS",
  'clas.comment_add': 'Commentaire sur un projet CLAS',
  'clas.session_log': 'Séance saisie dans un projet CLAS',
  'clas.activity_log': 'Activité saisie dans un projet CLAS',
  'clas.roster_read': "Consultation de la liste des enfants d'un projet CLAS",
  'clas.roster_write': "Modification de la liste des enfants d'un projet CLAS",
  'clas.dashboard': 'Consultation du tableau de bord CLAS',
  'clas.dashboard.export': 'Export du tableau de bord CLAS',
  // Parcours
  'parcours.person_create': "Création d'une personne accompagnée",
  'parcours.person_read': "Consultation d'une personne accompagnée",
  'parcours.person_list': 'Consultation de la liste des personnes accompagnées',
  'parcours.person_update': "Modification d'une personne accompagnée",
  'parcours.member_add': "Ajout d'un intervenant au parcours",
  'parcours.member_end': "Fin d'intervention d'un intervenant",
  'parcours.reference_propose': "Proposition d'une référence de parcours",
  'parcours.reference_decide': 'Décision sur une référence de parcours',
  'parcours.consent_record': "Recueil d'un consentement",
  'parcours.consent_withdraw': "Retrait d'un consentement",
  'parcours.goal_add': "Ajout d'un objectif au plan d'action",
  'parcours.action_add': "Ajout d'une action au plan d'action",
  'parcours.action_update': "Modification d'une action du plan d'action",
  'parcours.competence_add': "Ajout d'une compétence",
  'parcours.competence_remove': "Retrait d'une compétence",
  'parcours.synthese_schedule': "Programmation d'une réunion de synthèse",
  'parcours.synthese_agree': 'Accord pour une réunion de synthèse',
  'parcours.synthese_participation': 'Participation à une réunion de synthèse',
  'parcours.synthese_outcome': "Compte rendu d'une réunion de synthèse",
  'parcours.document_upload': "Dépôt d'un document dans le coffre-fort",
  'parcours.document_read': "Ouverture d'un document du coffre-fort",
  'parcours.document_integrity': "Document du coffre-fort altéré (contrôle d'intégrité)",
  'parcours.indicators_export': 'Export des indicateurs du parcours',
  // Lists of people past the hour's budget (issue 15): an alert to administrators
  'read_budget.exceeded': 'Limite horaire de consultation de personnes dépassée',
  // E-mails of notifications (issue 16)
  'email_outbox.read': "Lecture d'un courriel envoyé",
  'notification.read': 'Notifications marquées comme lues',
  'notification.read_all': 'Toutes les notifications marquées comme lues',
  'notification.preferences': 'Préférences de notification modifiées',
  // Background jobs (issue 16: « Tâches de fond »)
  'job.retry': "Relance d'une tâche de fond en échec",
  // Meetings of the platforms' bodies (issue 17)
  'meeting.schedule': "Convocation d'une réunion (comité technique, COPIL…)",
  'meeting.update': "Modification d'une réunion",
  'meeting.cancel': "Annulation d'une réunion",
  'meeting.read': "Consultation d'une réunion",
  'meeting.list': "Consultation des concertations et actions d'un CIO",
  // Orientation networks (issue 18)
  'orientation_period.create': "Création d'une période du calendrier de l'orientation",
  'orientation_period.update': "Modification d'une période du calendrier de l'orientation",
  'orientation_period.delete': "Suppression d'une période du calendrier de l'orientation",
  'orientation_network.create': "Création d'un réseau d'établissements",
  'orientation_network.update': "Modification d'un réseau d'établissements",
  'orientation_network.delete': "Suppression d'un réseau d'établissements",
  'orientation_network.read': "Consultation d'un réseau d'établissements",
  'psyen_service.quotity': "Quotité d'un psychologue de l'Éducation nationale",
  'psyen_service.timetable_file': "Emploi du temps d'un psychologue exporté au format iCalendar",
  'psyen_service.week': "Semaine d'un psychologue de l'Éducation nationale pour une période",
  'orientation_duty.create': 'Ajout d’une responsabilité au « qui fait quoi ? »',
  'orientation_duty.update': 'Modification d’une responsabilité du « qui fait quoi ? »',
  'orientation_duty.delete': 'Suppression d’une responsabilité du « qui fait quoi ? »',
  'orientation_transversal_file.create': "Ouverture d'un dossier transversal",
  'orientation_transversal_file.update': "Modification d'un dossier transversal",
  'meeting.situations': 'Consultation des situations examinées en comité technique',
  'meeting.attendance': "Relevé des présences d'une réunion",
  'meeting.minutes': "Compte rendu d'une réunion",
  'meeting.minutes_export': "Export du compte rendu d'une réunion",
  'meeting.invitation_file': "Téléchargement de l'invitation d'une réunion",
  'meeting.action_add': "Ajout d'une action de suivi d'une réunion",
  'meeting.action_update': "Modification d'une action de suivi d'une réunion",
  'meeting.situation_decide': "Décision d'un comité technique sur une situation",
  'psad.bilan': "Consultation du bilan d'une plateforme",
  'psad.bilan_sections': "Rédaction du bilan d'une plateforme",
  'psad.bilan_export': "Export du bilan d'une plateforme (PDF, DOCX)",
  'psad.regional_bilan': 'Consultation du bilan régional',
  // The platforms' shared tools (issue 17)
  'solution_offer.create': "Ajout d'une solution au catalogue",
  'solution_offer.update': "Modification d'une solution du catalogue",
  'solution_offer.delete': "Suppression d'une solution du catalogue",
  'solution_offer.import': 'Import du catalogue des solutions (CSV, XLSX)',
  'solution_offer.export': 'Export du catalogue des solutions (CSV, XLSX)',
  'platform_action.create': "Ajout d'une action de la plateforme",
  'platform_action.update': "Modification d'une action de la plateforme",
  'platform_action.delete': "Suppression d'une action de la plateforme",
  'veille_document.add': "Ajout d'un document de veille",
  'veille_document.update': "Modification d'un document de veille",
  'veille_document.delete': "Suppression d'un document de veille",
  // The orientation service's work plan (issue 18)
  'work_plan.read': "Consultation d'un plan de travail",
  'work_plan.create': "Création d'un plan de travail",
  'work_plan.update': "Modification d'un plan de travail",
  'work_plan.delete': "Suppression d'un plan de travail",
  'work_plan.export': "Export d'un plan de travail (XLSX, PDF)",
  'work_plan_action.create': "Ajout d'une action au plan de travail",
  'work_plan_action.update': "Modification d'une action du plan de travail",
  'work_plan_action.delete': "Suppression d'une action du plan de travail",
  'work_plan_action.status': "Changement de statut d'une action du plan de travail",
  'work_plan_comment.add': 'Commentaire sur une action du plan de travail',
  // The CPMS 24/7 line (issue 19)
  'oncall_pool.read': "Consultation d'un pool d'astreinte CPMS",
  'oncall_pool.update_rules': "Modification des règles de couverture d'un pool d'astreinte",
  'oncall_shift.create': "Ajout d'une permanence d'astreinte",
  'oncall_shift.delete': "Suppression d'une permanence d'astreinte",
  'oncall_shift.generate': 'Génération de semaines d’astreinte depuis les modèles',
  'oncall_shift.publish': "Publication d'une période d'astreinte",
  'oncall_swap.propose': "Proposition d'échange de permanence",
  'oncall_swap.decide': 'Décision sur un échange de permanence',
  'oncall_swap.withdraw': "Retrait d'une proposition d'échange de permanence",
  'oncall_template.replace': 'Modification des modèles de la semaine d’astreinte',
  'oncall_phone.set': "Modification du téléphone d'astreinte d'un agent",
  'oncall_call.log': "Enregistrement d'un appel à la ligne 24/7",
  'oncall_call.follow_up_done': "Suivi d'un appel à la ligne 24/7 fait",
  'oncall.on_call_read': "Consultation de l'agent d'astreinte (« qui est d'astreinte ? »)",
  'cpms.indicators_export': 'Export des indicateurs CPMS',
  // The CPMS contracts (issue 19)
  'cpms_school_plan.read': "Consultation d'un plan de pilotage",
  'cpms_school_plan.create': "Création d'un plan de pilotage",
  'cpms_school_plan.update': "Modification d'un plan de pilotage",
  'cpms_school_plan.attach_document': "Dépôt du document d'un plan de pilotage",
  'cpms_school_plan.download_document': "Téléchargement du document d'un plan de pilotage",
  'cpms_contract.read': "Consultation d'un contrat CPMS–école",
  'cpms_contract.create': "Création d'un contrat CPMS–école",
  'cpms_contract.update': "Modification d'un contrat CPMS–école",
  'cpms_contract.step': "Changement d'état d'un contrat CPMS–école",
  'cpms_contract.sign': "Signature d'un contrat CPMS–école",
  'cpms_contract.record_reached': "Saisie des valeurs atteintes d'un contrat CPMS–école",
  'cpms_contract_exchange.create': "Ajout d'un échange au journal d'un contrat CPMS–école",
  'cpms_concertation.schedule': "Planification d'une concertation d'un contrat CPMS–école",
  'cpms_objectives_contract.read': "Consultation d'un contrat d'objectifs",
  'cpms_objectives_contract.create': "Création d'un contrat d'objectifs",
  'cpms_objectives_contract.update': "Modification d'un contrat d'objectifs",
  'cpms_objectives_contract.report': "Rapport d'évaluation d'un contrat d'objectifs (PDF, DOCX)",
  // Activity and evaluation of the orientation networks (issue 18)
  'orientation_interview.read': "Consultation des entretiens externalisés d'un CIO",
  'orientation_interview.save': "Saisie des entretiens externalisés d'un mois",
  'orientation_criterion.read': "Consultation des critères d'évaluation d'un CIO",
  'orientation_criterion.create': "Ajout d'un critère d'évaluation",
  'orientation_criterion.update': "Modification d'un critère d'évaluation",
  'orientation_criterion.delete': "Suppression d'un critère d'évaluation",
  'orientation_criterion.add_value': "Ajout d'une valeur mesurée d'un critère",
  'orientation_criterion.remove_value': "Suppression d'une valeur mesurée d'un critère",
  'qvt_campaign.read': 'Consultation des questionnaires QVT',
  'qvt_campaign.create': "Création d'un questionnaire QVT",
  'qvt_campaign.answer': 'Réponse (anonyme) à un questionnaire QVT',
  'orientation_evaluation.report': "Export du rapport d'évaluation de l'expérimentation (PDF)",
  // The log itself
  'audit.purge': 'Purge des événements expirés du journal',
};

/**
 * Families of actions named after the GraphQL operation: a refusal by the operation's policy
 * (`Query.x`, `Mutation.x`) and a change that wrote no event of its own (`graphql.x`).
 */
export const AUDIT_ACTION_FAMILIES: readonly { prefix: string; label: string; of: (operation: string) => string }[] = [
  { prefix: 'Query.', label: "Lectures par l'API (refusées)", of: (op) => `Lecture par l'API : ${op}` },
  { prefix: 'Mutation.', label: "Modifications par l'API (refusées)", of: (op) => `Modification par l'API : ${op}` },
  { prefix: 'graphql.', label: "Autres modifications par l'API", of: (op) => `Modification par l'API : ${op}` },
];

/**
 * The events that call for an administrator's attention: an account attacked with wrong passwords, a
 * user whose list reads went past the hour's budget of people. The admin home page counts them.
 */
export const SECURITY_ALERT_ACTIONS: readonly string[] = ['auth.repeated_failures', 'read_budget.exceeded'];

/** The groups of the action filter, by the action's first segment. */
export const AUDIT_ACTION_GROUPS: readonly { label: string; domains: readonly string[] }[] = [
  {
    label: 'Connexions et comptes',
    domains: ['auth', 'user', 'membership', 'api_key', 'trusted_document', 'access_request'],
  },
  { label: 'Organisations et territoires', domains: ['organisation', 'territory'] },
  { label: 'PSAD', domains: ['platform', 'psad', 'psad_import', 'young_person', 'case'] },
  { label: 'CLAS', domains: ['clas'] },
  { label: 'Parcours', domains: ['parcours'] },
  {
    label: 'Instances (cotech, COPIL) et outils partagés',
    domains: ['meeting', 'solution_offer', 'platform_action', 'veille_document'],
  },
  {
    label: 'Orientation (réseaux, PsyEn)',
    domains: [
      'orientation_period',
      'orientation_network',
      'psyen_service',
      'orientation_duty',
      'orientation_transversal_file',
      'work_plan',
      'work_plan_action',
      'work_plan_comment',
      'orientation_interview',
      'orientation_criterion',
      'qvt_campaign',
      'orientation_evaluation',
    ],
  },
  {
    label: 'Ligne 24/7 des CPMS',
    domains: ['oncall', 'oncall_pool', 'oncall_shift', 'oncall_swap', 'oncall_call', 'oncall_template', 'oncall_phone'],
  },
  {
    label: 'CPMS (contrats, échanges, indicateurs)',
    domains: [
      'cpms',
      'cpms_school_plan',
      'cpms_contract',
      'cpms_contract_exchange',
      'cpms_concertation',
      'cpms_objectives_contract',
    ],
  },
  { label: 'Notifications et courriels', domains: ['notification', 'notifications', 'email_outbox'] },
  { label: 'Tâches de fond', domains: ['job'] },
  { label: 'Webhooks', domains: ['webhook'] },
  { label: 'Journal et alertes', domains: ['audit', 'read_budget'] },
];

/** The French label of an action; an action unknown to this version is shown as is, marked so. */
export function auditActionLabel(action: string): string {
  const label = AUDIT_ACTION_LABELS[action];
  if (label) return label;
  const family = AUDIT_ACTION_FAMILIES.find((f) => action.startsWith(f.prefix));
  if (family) return family.of(action.slice(family.prefix.length));
  return `Action non répertoriée (${action})`;
}

/** The group label of an action (its first segment), for the filter and the table. */
export function auditActionGroup(action: string): string | undefined {
  const domain = action.split('.')[0] ?? '';
  return AUDIT_ACTION_GROUPS.find((g) => g.domains.includes(domain))?.label;
}

/**
 * The kinds of object an event names (its subject_type): the word before the name
 * (« dossier de DUPONT Marie ») and the neutral text shown when the reader may not see it.
 */
export const AUDIT_SUBJECT_KINDS: Readonly<Record<string, { label: string; restricted: string }>> = {
  user: { label: 'Utilisateur', restricted: 'utilisateur (accès restreint)' },
  membership: { label: 'Rattachement', restricted: 'rattachement (accès restreint)' },
  api_key: { label: "Clé d'API", restricted: "clé d'API (accès restreint)" },
  trusted_document: {
    label: 'Document GraphQL de confiance',
    restricted: 'document de confiance (retiré ou accès restreint)',
  },
  access_request: { label: "Demande d'accès", restricted: "demande d'accès (accès restreint)" },
  user_session: { label: 'Session', restricted: 'session (terminée ou accès restreint)' },
  organisation: { label: 'Organisation', restricted: 'organisation (accès restreint)' },
  territory: { label: 'Territoire', restricted: 'territoire (accès restreint)' },
  platform: { label: 'Plateforme PSAD', restricted: 'plateforme (accès restreint)' },
  young_person: { label: 'Jeune (liste PSAD)', restricted: 'jeune (accès restreint)' },
  psad_case: { label: 'Dossier PSAD', restricted: 'dossier (accès restreint)' },
  case_transfer: { label: 'Transfert de suivi', restricted: 'transfert de dossier (accès restreint)' },
  siei_import: { label: 'Import de liste SIEI', restricted: 'import SIEI (accès restreint)' },
  clas_project: { label: 'Projet CLAS', restricted: 'projet CLAS (accès restreint)' },
  clas_group: { label: 'Groupe CLAS', restricted: 'groupe CLAS (accès restreint)' },
  clas_year_config: { label: 'Année CLAS', restricted: 'paramètres CLAS (accès restreint)' },
  accompanied_person: { label: 'Personne accompagnée', restricted: 'personne accompagnée (accès restreint)' },
  accompaniment_member: {
    label: "Intervenant d'une liste d'accompagnement",
    restricted: 'intervenant (accès restreint)',
  },
  parcours_reference: { label: 'Référence de parcours', restricted: 'référence de parcours (accès restreint)' },
  plan_goal: { label: "Objectif d'un plan d'action", restricted: 'objectif (accès restreint)' },
  plan_action: { label: "Action d'un plan d'action", restricted: 'action (accès restreint)' },
  competence: { label: 'Compétence', restricted: 'compétence (accès restreint)' },
  synthese_meeting: { label: 'Réunion de synthèse', restricted: 'réunion de synthèse (accès restreint)' },
  consent: { label: 'Consentement', restricted: 'consentement (accès restreint)' },
  locker_document: { label: 'Document du coffre-fort', restricted: 'document (accès restreint)' },
  email_outbox: { label: 'Courriel envoyé', restricted: 'courriel (accès restreint)' },
  background_job: { label: 'Tâche de fond', restricted: 'tâche de fond (accès restreint)' },
  notification: { label: 'Notification', restricted: 'notification (accès restreint)' },
  meeting: { label: 'Réunion', restricted: 'réunion (accès restreint)' },
  meeting_action: { label: "Action de suivi d'une réunion", restricted: 'action de suivi (accès restreint)' },
  solution_offer: { label: 'Solution du catalogue', restricted: 'solution du catalogue (accès restreint)' },
  platform_action: { label: 'Action de la plateforme', restricted: 'action de la plateforme (accès restreint)' },
  veille_document: { label: 'Document de veille', restricted: 'document de veille (accès restreint)' },
  orientation_period: { label: "Période de l'orientation", restricted: 'période (accès restreint)' },
  orientation_network: { label: "Réseau d'établissements", restricted: 'réseau (accès restreint)' },
  orientation_duty: { label: 'Responsabilité (qui fait quoi ?)', restricted: 'responsabilité (accès restreint)' },
  orientation_transversal_file: { label: 'Dossier transversal', restricted: 'dossier transversal (accès restreint)' },
  work_plan: { label: 'Plan de travail (orientation)', restricted: 'plan de travail (accès restreint)' },
  cpms_school_plan: { label: 'Plan de pilotage', restricted: 'plan de pilotage (accès restreint)' },
  cpms_contract: { label: 'Contrat CPMS–école', restricted: 'contrat CPMS–école (accès restreint)' },
  cpms_objectives_contract: { label: "Contrat d'objectifs", restricted: "contrat d'objectifs (accès restreint)" },
  work_plan_action: { label: "Action d'un plan de travail", restricted: 'action du plan de travail (accès restreint)' },
  orientation_criterion: { label: "Critère d'évaluation", restricted: "critère d'évaluation (accès restreint)" },
  orientation_criterion_value: {
    label: "Valeur d'un critère d'évaluation",
    restricted: "valeur d'un critère (accès restreint)",
  },
  qvt_campaign: { label: 'Questionnaire QVT', restricted: 'questionnaire QVT (accès restreint)' },
  oncall_pool: { label: "Pool d'astreinte CPMS", restricted: "pool d'astreinte (accès restreint)" },
  oncall_shift: { label: "Permanence d'astreinte", restricted: "permanence d'astreinte (accès restreint)" },
  oncall_swap: { label: 'Échange de permanence', restricted: 'échange de permanence (accès restreint)' },
  oncall_call: { label: 'Appel à la ligne 24/7', restricted: 'appel (accès restreint)' },
  webhook_endpoint: { label: 'Adresse de webhook', restricted: 'adresse de webhook (accès restreint)' },
  webhook_delivery: { label: 'Envoi de webhook', restricted: 'envoi de webhook (accès restreint)' },
};

/** The neutral text for an object the reader may not see (or that no longer exists). */
export function auditSubjectRestricted(subjectType: string): string {
  return AUDIT_SUBJECT_KINDS[subjectType]?.restricted ?? `${subjectType} (accès restreint)`;
}

export const AUDIT_OUTCOME_LABELS = { SUCCESS: 'Succès', DENIED: 'Refusé', FAILURE: 'Échec' } as const;
