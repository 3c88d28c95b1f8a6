/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      device\n      browser\n      addressPrefix\n      method\n      secondFactor\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query OutboxEmails($first: Int, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        kindLabel\n        subject\n        createdAt\n        deliveredVia\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      toAddress\n      kindLabel\n      subject\n      createdAt\n      deliveredVia\n      sentAt\n      textBody\n    }\n  }\n": typeof types.OutboxEmailDocument,
    "\n  query BackgroundQueues {\n    backgroundQueues {\n      name\n      label\n      created\n      retry\n      active\n      completed\n      failed\n      cancelled\n      deadLetter\n      cron\n      scheduleLabel\n    }\n  }\n": typeof types.BackgroundQueuesDocument,
    "\n  query BackgroundJobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {\n    backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        queue\n        queueLabel\n        state\n        createdOn\n        startedOn\n        completedOn\n        retryCount\n        retryLimit\n        error\n      }\n    }\n  }\n": typeof types.BackgroundJobsDocument,
    "\n  mutation RetryBackgroundJob($queue: String!, $id: ID!) {\n    retryBackgroundJob(queue: $queue, id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.RetryBackgroundJobDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        actionLabel\n        outcome\n        subjectType\n        subjectId\n        recordType\n        recordCount\n        subject {\n          type\n          id\n          kindLabel\n          label\n          named\n        }\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditUsers($search: String) {\n    users(filter: { search: $search, includeInactive: true }, first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      episode\n      status\n      source\n      campaign\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      youngPerson {\n        id\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n      }\n      assignedOrganisation {\n        id\n        name\n      }\n      assignedCounsellor {\n        id\n        displayName\n      }\n      assignedAt\n      firstAttemptAt\n      lastAttemptAt\n      reachedAt\n      solutionType\n      solutionStartDate\n      solutionOrganisation {\n        id\n        name\n      }\n      solutionOffer {\n        id\n        name\n      }\n      closeOutcome\n      closeComment\n      closedAt\n      convocationDate\n      flags {\n        minorWithoutSolution\n        noContactAfterAssignment\n        injoignableReached\n        obligationFormationDueDate\n        obligationFormationOverdue\n      }\n      allowedActions\n      contactAttempts {\n        id\n        attemptedAt\n        channel\n        result\n        actor {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n      pendingTransfer {\n        id\n        status\n        reason\n        proposedAt\n        fromPlatformId\n        fromOrganisationId\n        toPlatformId\n        toOrganisationId\n        toPlatform {\n          id\n          name\n        }\n        toOrganisation {\n          id\n          name\n        }\n        proposedBy {\n          id\n          displayName\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CasePlatforms {\n    platforms {\n      id\n      name\n    }\n  }\n": typeof types.CasePlatformsDocument,
    "\n  mutation CaseContactAttempt($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) {\n    recordContactAttempt(caseId: $caseId, version: $version, attemptedAt: $attemptedAt, channel: $channel, result: $result) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CaseContactAttemptDocument,
    "\n  mutation CaseSituationCheck($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) {\n    recordSituationCheck(caseId: $caseId, version: $version, finding: $finding, note: $note) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CaseSituationCheckDocument,
    "\n  mutation CaseSolution(\n    $caseId: ID!\n    $version: Int!\n    $type: SolutionType!\n    $startDate: Date!\n    $organisationId: ID\n    $offerId: ID\n  ) {\n    recordSolution(\n      caseId: $caseId\n      version: $version\n      type: $type\n      startDate: $startDate\n      organisationId: $organisationId\n      offerId: $offerId\n    ) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CaseSolutionDocument,
    "\n  mutation CaseClose($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) {\n    closeCase(caseId: $caseId, version: $version, outcome: $outcome, comment: $comment) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CaseCloseDocument,
    "\n  mutation CaseReopen($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      version\n      status\n      episode\n    }\n  }\n": typeof types.CaseReopenDocument,
    "\n  mutation CaseProposeTransfer($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) {\n    proposeTransfer(caseId: $caseId, version: $version, toOrganisationId: $toOrganisationId, toPlatformId: $toPlatformId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CaseProposeTransferDocument,
    "\n  fragment TransferListItem on CaseTransfer {\n    id\n    status\n    reason\n    proposedAt\n    fromPlatform {\n      id\n      name\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toPlatform {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n    proposedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      status\n      youngPerson {\n        id\n        lastName\n        firstNames\n      }\n    }\n  }\n": typeof types.TransferListItemFragmentDoc,
    "\n  query IncomingTransfers {\n    incomingTransfers {\n      ...TransferListItem\n    }\n  }\n": typeof types.IncomingTransfersDocument,
    "\n  query OutgoingTransfers {\n    outgoingTransfers {\n      ...TransferListItem\n    }\n  }\n": typeof types.OutgoingTransfersDocument,
    "\n  mutation AcceptTransfer($transferId: ID!) {\n    acceptTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptTransferDocument,
    "\n  mutation RefuseTransfer($transferId: ID!, $reason: String!) {\n    refuseTransfer(transferId: $transferId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RefuseTransferDocument,
    "\n  mutation CancelTransfer($transferId: ID!) {\n    cancelTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelTransferDocument,
    "\n  query CaseSolutionOffers($filter: SolutionOfferFilter) {\n    solutionOffers(filter: $filter, first: 100) {\n      nodes {\n        id\n        name\n        solutionType\n        organisation {\n          id\n          name\n        }\n        activeFrom\n        activeUntil\n      }\n    }\n  }\n": typeof types.CaseSolutionOffersDocument,
    "\n  fragment WorklistCase on Case {\n    id\n    version\n    status\n    source\n    campaign\n    lastAttemptAt\n    assignedOrganisation {\n      id\n      name\n    }\n    youngPerson {\n      id\n      ine\n      lastName\n      firstNames\n      birthDate\n      commune\n    }\n    flags {\n      minorWithoutSolution\n      noContactAfterAssignment\n      injoignableReached\n      obligationFormationOverdue\n    }\n  }\n": typeof types.WorklistCaseFragmentDoc,
    "\n  query PlatformCases($platformId: ID!, $filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    cases(platformId: $platformId, filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n": typeof types.PlatformCasesDocument,
    "\n  query AssignedCases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    assignedCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n": typeof types.AssignedCasesDocument,
    "\n  mutation AssignCases($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    assignCases(platformId: $platformId, cases: $cases, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AssignCasesDocument,
    "\n  mutation ReassignCaseTo($caseId: ID!, $version: Int!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    reassignCase(caseId: $caseId, version: $version, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReassignCaseToDocument,
    "\n  query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {\n    partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n": typeof types.PartnerCounsellorsDocument,
    "\n  fragment ClasYearConfigFields on ClasYearConfig {\n    schoolYear\n    ratePercent\n    ceilingCentsPerGroup\n    minChildren\n    maxChildren\n    maxChildrenPerAdult\n    warnChildrenPerAdult\n    recommendedSessionsPerWeek\n    latestStartDate\n    earliestEndDate\n    maxBreakWeeks\n    classHours {\n      day\n      start\n      end\n    }\n    configured\n    version\n  }\n": typeof types.ClasYearConfigFieldsFragmentDoc,
    "\n  query ClasYearConfig($schoolYear: String!) {\n    clasYearConfig(schoolYear: $schoolYear) {\n      ...ClasYearConfigFields\n    }\n  }\n": typeof types.ClasYearConfigDocument,
    "\n  mutation SetClasYearConfig($input: ClasYearConfigInput!) {\n    setClasYearConfig(input: $input) {\n      ...ClasYearConfigFields\n    }\n  }\n": typeof types.SetClasYearConfigDocument,
    "\n  mutation LogClasSession($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) {\n    logClasSession(groupId: $groupId, heldOn: $heldOn, childrenPresent: $childrenPresent, note: $note, presentRosterIds: $presentRosterIds) {\n      id\n    }\n  }\n": typeof types.LogClasSessionDocument,
    "\n  mutation LogClasActivity($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) {\n    logClasActivity(projectId: $projectId, kind: $kind, heldOn: $heldOn, title: $title, participants: $participants) {\n      id\n    }\n  }\n": typeof types.LogClasActivityDocument,
    "\n  mutation SetClasRoster($groupId: ID!, $names: [String!]!) {\n    setClasRoster(groupId: $groupId, names: $names) {\n      id\n      name\n    }\n  }\n": typeof types.SetClasRosterDocument,
    "\n  mutation SubmitClasBilan($projectId: ID!, $version: Int!, $assessment: String!) {\n    submitClasBilan(projectId: $projectId, version: $version, assessment: $assessment) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.SubmitClasBilanDocument,
    "\n  fragment ClasEligibilityFields on Eligibility {\n    eligible\n    failures\n    warnings\n    results {\n      rule\n      groupIndex\n      groupLabel\n      outcome\n      value\n      threshold\n      message\n    }\n  }\n": typeof types.ClasEligibilityFieldsFragmentDoc,
    "\n  fragment ClasProjectDetail on ClasProject {\n    id\n    version\n    schoolYear\n    title\n    status\n    organisation {\n      id\n      name\n    }\n    departement {\n      id\n      name\n      code\n    }\n    diagnostic\n    charterSigned\n    inDepartmentalFramework\n    concertationDescription\n    activityKinds\n    localPartners\n    schools {\n      name\n      uai\n      contactName\n    }\n    parentActions {\n      title\n      period\n    }\n    concertationActions {\n      title\n      period\n    }\n    groups {\n      id\n      label\n      level\n      childrenCount\n      accompagnateurs {\n        label\n        kind\n        training\n      }\n      sessions {\n        day\n        start\n        durationMinutes\n      }\n      startDate\n      endDate\n      longestBreakWeeks\n      place\n      eligibleCostCents\n      otherFundingCents\n      fundingEstimateCents\n      sessionLogs {\n        id\n        heldOn\n        childrenPresent\n        note\n        presentRosterIds\n      }\n      roster {\n        id\n        name\n      }\n    }\n    eligibility {\n      ...ClasEligibilityFields\n    }\n    fundingEstimateCents\n    config {\n      ...ClasYearConfigFields\n    }\n    allowedActions\n    editable\n    decisions {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      eligibility {\n        ...ClasEligibilityFields\n      }\n      config {\n        ...ClasYearConfigFields\n      }\n      decidedBy {\n        id\n        displayName\n      }\n      decidedAt\n    }\n    decision {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      decidedAt\n    }\n    comments {\n      id\n      body\n      author {\n        id\n        displayName\n      }\n      authorParty\n      createdAt\n    }\n    activityLogs {\n      id\n      kind\n      heldOn\n      title\n      participants\n    }\n    bilan {\n      sessionsPlanned\n      sessionsHeld\n      attendanceRate\n      parentActionsPlanned\n      parentActionsHeld\n      concertationPlanned\n      concertationHeld\n      assessment\n      submittedAt\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.ClasProjectDetailFragmentDoc,
    "\n  query ClasProjects($filter: ClasProjectFilter, $first: Int, $after: String, $offset: Int) {\n    clasProjects(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        schoolYear\n        status\n        fundingEstimateCents\n        submittedAt\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        groups {\n          id\n        }\n        eligibility {\n          eligible\n          failures\n          warnings\n        }\n        decision {\n          id\n          decision\n          amountGrantedCents\n        }\n      }\n    }\n  }\n": typeof types.ClasProjectsDocument,
    "\n  query ClasStatusCounts($schoolYear: String) {\n    depose: clasProjects(filter: { status: [DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    enInstruction: clasProjects(filter: { status: [EN_INSTRUCTION], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    aCompleter: clasProjects(filter: { status: [A_COMPLETER], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    accepte: clasProjects(filter: { status: [ACCEPTE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    refuse: clasProjects(filter: { status: [REFUSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    bilanDepose: clasProjects(filter: { status: [BILAN_DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    cloture: clasProjects(filter: { status: [CLOTURE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ClasStatusCountsDocument,
    "\n  query ClasWaitingSchoolYears {\n    clasWaitingSchoolYears\n  }\n": typeof types.ClasWaitingSchoolYearsDocument,
    "\n  query ClasProject($id: ID!) {\n    clasProject(id: $id) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.ClasProjectDocument,
    "\n  query ClasDashboard($schoolYear: String!, $departementId: ID) {\n    clasDashboard(schoolYear: $schoolYear, departementId: $departementId) {\n      schoolYear\n      departement {\n        id\n        name\n        code\n      }\n      projects\n      byStatus {\n        status\n        count\n      }\n      groups\n      children\n      accompagnateurs\n      eligibleProjects\n      fundingRequestedCents\n      fundingGrantedCents\n    }\n  }\n": typeof types.ClasDashboardDocument,
    "\n  mutation CreateClasProject($organisationId: ID!, $content: ClasProjectContentInput!) {\n    createClasProject(organisationId: $organisationId, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.CreateClasProjectDocument,
    "\n  mutation UpdateClasProject($id: ID!, $version: Int!, $content: ClasProjectContentInput!) {\n    updateClasProject(id: $id, version: $version, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.UpdateClasProjectDocument,
    "\n  mutation SubmitClasProject($id: ID!, $version: Int!) {\n    submitClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.SubmitClasProjectDocument,
    "\n  mutation ExamineClasProject($id: ID!, $version: Int!) {\n    examineClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.ExamineClasProjectDocument,
    "\n  mutation DecideClasProject($input: ClasDecisionInput!) {\n    decideClasProject(input: $input) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.DecideClasProjectDocument,
    "\n  mutation CloseClasProject($id: ID!, $version: Int!) {\n    closeClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": typeof types.CloseClasProjectDocument,
    "\n  mutation CommentClasProject($projectId: ID!, $body: String!) {\n    commentClasProject(projectId: $projectId, body: $body) {\n      id\n    }\n  }\n": typeof types.CommentClasProjectDocument,
    "\n  fragment CpmsContractFields on CpmsContract {\n    id\n    status\n    version\n    canEdit\n    textEditable\n    steps\n    canSignAs\n    canLogExchange\n    canScheduleConcertation\n    cpms {\n      id\n      name\n    }\n    school {\n      id\n      name\n    }\n    plan {\n      id\n      title\n      endEvaluationOn\n      midEvaluationOn\n      objectives {\n        code\n        wording\n      }\n    }\n    objectives {\n      code\n      wording\n    }\n    actions\n    cpmsCommitments\n    schoolCommitments\n    informationFlows {\n      what\n      how\n      consent\n    }\n    indicators {\n      label\n      objectiveCode\n      baseline\n      target\n      reached\n      achieved\n    }\n    signatures {\n      party\n      signedAt\n      signerName\n    }\n    evaluationDue {\n      dueOn\n      daysLeft\n      announced\n    }\n    exchanges {\n      id\n      occurredOn\n      way\n      participants\n      subject\n      agreed\n      authorName\n    }\n    concertations {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      status\n    }\n  }\n": typeof types.CpmsContractFieldsFragmentDoc,
    "\n  query CpmsContracts($schoolId: ID, $status: CpmsContractStatus, $evaluationDue: Boolean) {\n    cpmsContracts(schoolId: $schoolId, status: $status, evaluationDue: $evaluationDue) {\n      id\n      status\n      cpms {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n      plan {\n        id\n        title\n      }\n      evaluationDue {\n        dueOn\n        daysLeft\n        announced\n      }\n    }\n  }\n": typeof types.CpmsContractsDocument,
    "\n  query CpmsContract($id: ID!) {\n    cpmsContract(id: $id) {\n      ...CpmsContractFields\n    }\n  }\n": typeof types.CpmsContractDocument,
    "\n  query CpmsSchoolPlans {\n    cpmsSchoolPlans {\n      id\n      title\n      startsOn\n      endsOn\n      version\n      school {\n        id\n        name\n      }\n      objectives {\n        code\n        wording\n      }\n      midEvaluationOn\n      midEvaluationResult\n      endEvaluationOn\n      endEvaluationResult\n      document {\n        name\n        size\n        url\n      }\n      canEdit\n      canDraftContract\n      contracts {\n        id\n        status\n        cpms {\n          id\n          name\n        }\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n": typeof types.CpmsSchoolPlansDocument,
    "\n  query CpmsObjectivesContracts {\n    cpmsObjectivesContracts {\n      id\n      title\n      startsOn\n      endsOn\n      status\n      version\n      objectives\n      canEdit\n      cpms {\n        id\n        name\n      }\n      contracts {\n        id\n        status\n        school {\n          id\n          name\n        }\n        indicators {\n          label\n          baseline\n          target\n          reached\n          achieved\n        }\n      }\n      indicators {\n        label\n        objectiveCode\n        baseline\n        target\n        reached\n        achieved\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n": typeof types.CpmsObjectivesContractsDocument,
    "\n  mutation CreateCpmsContract($input: CreateCpmsContractInput!) {\n    createCpmsContract(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCpmsContractDocument,
    "\n  mutation StepCpmsContract($input: CpmsContractStepInput!) {\n    stepCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": typeof types.StepCpmsContractDocument,
    "\n  mutation SignCpmsContract($input: SignCpmsContractInput!) {\n    signCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": typeof types.SignCpmsContractDocument,
    "\n  mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {\n    logCpmsExchange(input: $input) {\n      id\n    }\n  }\n": typeof types.LogCpmsExchangeDocument,
    "\n  mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {\n    scheduleCpmsConcertation(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleCpmsConcertationDocument,
    "\n  mutation RecordCpmsIndicatorsReached($input: RecordCpmsIndicatorsReachedInput!) {\n    recordCpmsIndicatorsReached(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": typeof types.RecordCpmsIndicatorsReachedDocument,
    "\n  mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {\n    updateCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCpmsSchoolPlanDocument,
    "\n  mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {\n    createCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateCpmsSchoolPlanDocument,
    "\n  mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {\n    createCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateCpmsObjectivesContractDocument,
    "\n  mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {\n    updateCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCpmsObjectivesContractDocument,
    "\n  mutation UpdateCpmsContract($input: UpdateCpmsContractInput!) {\n    updateCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": typeof types.UpdateCpmsContractDocument,
    "\n  query OncallPools {\n    oncallPools {\n      id\n      name\n      canDirect\n      maxShiftMinutes\n      minRestMinutes\n      version\n      cpms {\n        id\n        name\n      }\n      people {\n        id\n        displayName\n        cpmsName\n        isAgent\n        phone\n      }\n      templates {\n        id\n        weekday\n        startTime\n        endTime\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OncallPoolsDocument,
    "\n  query OncallRota($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      shifts(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        minutes\n        crossesDstChange\n        status\n        version\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n      swaps {\n        id\n        role\n        status\n        note\n        version\n        createdAt\n        shift {\n          id\n          startsAt\n          endsAt\n        }\n        from {\n          id\n          displayName\n        }\n        to {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OncallRotaDocument,
    "\n  query OncallCheck($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      check(from: $from, to: $to) {\n        coveredMinutes\n        periodMinutes\n        issues {\n          kind\n          startsAt\n          endsAt\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OncallCheckDocument,
    "\n  query OncallNow($id: ID!) {\n    cpmsOnCall(poolId: $id) {\n      at\n      shift {\n        id\n        startsAt\n        endsAt\n      }\n      agent {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n      backup {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n    }\n  }\n": typeof types.OncallNowDocument,
    "\n  query OncallCalls($id: ID!, $month: String!) {\n    oncallPool(id: $id) {\n      id\n      calls(month: $month) {\n        id\n        receivedAt\n        callerKind\n        category\n        urgency\n        action\n        followUpDue\n        followUpDoneAt\n        version\n        referredCpms {\n          id\n          name\n        }\n      }\n      callStats(month: $month) {\n        month\n        total\n        byCategory {\n          category\n          count\n        }\n        byHour {\n          hour\n          count\n        }\n      }\n    }\n  }\n": typeof types.OncallCallsDocument,
    "\n  mutation CreateOncallShift($input: CreateOncallShiftInput!) {\n    createOncallShift(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOncallShiftDocument,
    "\n  mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {\n    deleteOncallShift(input: $input)\n  }\n": typeof types.DeleteOncallShiftDocument,
    "\n  mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {\n    publishOncallPeriod(input: $input) {\n      published\n    }\n  }\n": typeof types.PublishOncallPeriodDocument,
    "\n  mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {\n    proposeOncallSwap(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeOncallSwapDocument,
    "\n  mutation DecideOncallSwap($input: DecideOncallSwapInput!) {\n    decideOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideOncallSwapDocument,
    "\n  mutation LogOncallCall($input: LogOncallCallInput!) {\n    logOncallCall(input: $input) {\n      id\n    }\n  }\n": typeof types.LogOncallCallDocument,
    "\n  mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {\n    closeOncallFollowUp(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CloseOncallFollowUpDocument,
    "\n  mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {\n    generateOncallWeeks(input: $input) {\n      id\n    }\n  }\n": typeof types.GenerateOncallWeeksDocument,
    "\n  mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {\n    updateOncallRules(input: $input) {\n      id\n      version\n      maxShiftMinutes\n      minRestMinutes\n    }\n  }\n": typeof types.UpdateOncallRulesDocument,
    "\n  mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {\n    replaceOncallTemplates(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReplaceOncallTemplatesDocument,
    "\n  mutation SetOncallPhone($input: SetOncallPhoneInput!) {\n    setOncallPhone(input: $input) {\n      id\n      phone\n    }\n  }\n": typeof types.SetOncallPhoneDocument,
    "\n  mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {\n    withdrawOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawOncallSwapDocument,
    "\n  query CpmsIndicators($year: Int!, $zoneId: ID) {\n    cpmsIndicators(year: $year, zoneId: $zoneId) {\n      year\n      rule\n      zones {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      tables {\n        key\n        title\n        columns\n        note\n        chart\n        rows {\n          label\n          cells {\n            value\n            display\n            masked\n          }\n        }\n      }\n    }\n  }\n": typeof types.CpmsIndicatorsDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationListDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDetailDocument,
    "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.TerritoryOptionsDocument,
    "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.CommuneSuggestionsDocument,
    "\n  query PlatformActionCases($platformId: ID, $on: Date) {\n    platformActions(platformId: $platformId, from: $on, to: $on, first: 100) {\n      nodes {\n        id\n        cases {\n          id\n          youngPerson {\n            lastName\n            firstNames\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlatformActionCasesDocument,
    "\n  fragment SolutionOfferItem on SolutionOffer {\n    id\n    name\n    solutionType\n    organisation {\n      id\n      name\n    }\n    communes\n    ageMin\n    ageMax\n    conditions\n    places\n    contact\n    activeFrom\n    activeUntil\n    version\n    canEdit\n    platform {\n      id\n      name\n    }\n  }\n": typeof types.SolutionOfferItemFragmentDoc,
    "\n  query SolutionOffers($filter: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) {\n    solutionOffers(filter: $filter, first: $first, after: $after, offset: $offset) {\n      nodes {\n        ...SolutionOfferItem\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SolutionOffersDocument,
    "\n  mutation CreateSolutionOffer($input: CreateSolutionOfferInput!) {\n    createSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n": typeof types.CreateSolutionOfferDocument,
    "\n  mutation UpdateSolutionOffer($input: UpdateSolutionOfferInput!) {\n    updateSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n": typeof types.UpdateSolutionOfferDocument,
    "\n  mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {\n    deleteSolutionOffer(input: $input)\n  }\n": typeof types.DeleteSolutionOfferDocument,
    "\n  query PlatformActions($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    platformActions(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        kind\n        title\n        heldOn\n        description\n        participants\n        caseIds\n        version\n        canEdit\n        partnerOrganisations {\n          id\n          name\n        }\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PlatformActionsDocument,
    "\n  mutation CreatePlatformAction($input: CreatePlatformActionInput!) {\n    createPlatformAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePlatformActionDocument,
    "\n  mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {\n    updatePlatformAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePlatformActionDocument,
    "\n  mutation DeletePlatformAction($input: DeletePlatformActionInput!) {\n    deletePlatformAction(input: $input)\n  }\n": typeof types.DeletePlatformActionDocument,
    "\n  query VeilleDocuments($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    veilleDocuments(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        title\n        url\n        publishedOn\n        summary\n        addedByName\n        createdAt\n        version\n        canEdit\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VeilleDocumentsDocument,
    "\n  mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {\n    addVeilleDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.AddVeilleDocumentDocument,
    "\n  mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {\n    updateVeilleDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateVeilleDocumentDocument,
    "\n  mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {\n    deleteVeilleDocument(input: $input)\n  }\n": typeof types.DeleteVeilleDocumentDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    visioUrl\n    status\n    parcours\n    platform {\n      id\n      name\n    }\n    cio {\n      id\n      name\n    }\n  }\n": typeof types.MeetingListItemFragmentDoc,
    "\n  query MeetingList($platformId: ID, $kind: MeetingKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    meetings(platformId: $platformId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n": typeof types.MeetingListDocument,
    "\n  query CioMeetings($cioId: ID!, $first: Int, $after: String) {\n    cioMeetings(cioId: $cioId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n": typeof types.CioMeetingsDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      theme\n      communes\n      startsAt\n      endsAt\n      place\n      visioUrl\n      status\n      cancelReason\n      agenda\n      minutes\n      decisions\n      caseAccessDays\n      caseAccessUntil\n      canEdit\n      version\n      parcours\n      cio {\n        id\n        name\n      }\n      cpmsContract {\n        id\n        cpms {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      platforms {\n        id\n        name\n      }\n      invitees {\n        id\n        label\n        userId\n        guestName\n        guestEmail\n        guestOrganisation\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      situations {\n        caseId\n        caseVersion\n        lastName\n        firstNames\n        age\n        commune\n        status\n        lastContactAt\n        flags {\n          minorWithoutSolution\n          noContactAfterAssignment\n          injoignableReached\n          obligationFormationOverdue\n        }\n        assignedOrganisation {\n          id\n          name\n        }\n        proposal\n        decision\n        decisionComment\n        decidedAt\n      }\n      actions {\n        id\n        meetingId\n        meetingStartsAt\n        carriedOver\n        title\n        ownerName\n        ownerOrganisation {\n          id\n          name\n        }\n        dueDate\n        status\n        note\n        version\n      }\n    }\n  }\n": typeof types.MeetingDetailDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordMinutes($input: RecordMinutesInput!) {\n    recordMinutes(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RecordMinutesDocument,
    "\n  mutation AddMeetingAction($input: AddMeetingActionInput!) {\n    addMeetingAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddMeetingActionDocument,
    "\n  mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {\n    updateMeetingAction(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.UpdateMeetingActionDocument,
    "\n  mutation DecideSituation($input: DecideSituationInput!) {\n    decideSituation(input: $input) {\n      caseId\n      caseVersion\n      decision\n    }\n  }\n": typeof types.DecideSituationDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        text\n        link\n        count\n        organisation {\n          id\n          name\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead($upTo: ID) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetOrganisationActiveDocument,
    "\n  query OrientationCios {\n    orientationCios {\n      id\n      name\n      canDirect\n      people {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.OrientationCiosDocument,
    "\n  query EvaluationCriteria($cioId: ID!) {\n    evaluationCriteria(cioId: $cioId) {\n      id\n      label\n      indicator\n      baseline\n      target\n      unit\n      version\n      values {\n        id\n        measuredOn\n        value\n        comment\n      }\n    }\n  }\n": typeof types.EvaluationCriteriaDocument,
    "\n  query InterviewCounts($cioId: ID!, $from: String!, $to: String!) {\n    orientationInterviewCounts(cioId: $cioId, from: $from, to: $to) {\n      networkId\n      networkName\n      month\n      theme\n      count\n    }\n  }\n": typeof types.InterviewCountsDocument,
    "\n  query QvtCampaigns($cioId: ID!) {\n    qvtCampaigns(cioId: $cioId) {\n      id\n      title\n      opensOn\n      closesOn\n      canAnswer\n      answered\n      questions {\n        id\n        kind\n        label\n        lowLabel\n        highLabel\n      }\n      results {\n        respondents\n        threshold\n        questions {\n          questionId\n          answers\n          mean\n          distribution\n          comments\n        }\n      }\n    }\n  }\n": typeof types.QvtCampaignsDocument,
    "\n  mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {\n    answerQvtCampaign(input: $input) {\n      id\n      answered\n      canAnswer\n    }\n  }\n": typeof types.AnswerQvtCampaignDocument,
    "\n  mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {\n    createEvaluationCriterion(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEvaluationCriterionDocument,
    "\n  mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {\n    updateEvaluationCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateEvaluationCriterionDocument,
    "\n  mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {\n    deleteEvaluationCriterion(input: $input)\n  }\n": typeof types.DeleteEvaluationCriterionDocument,
    "\n  mutation AddCriterionValue($input: AddCriterionValueInput!) {\n    addCriterionValue(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddCriterionValueDocument,
    "\n  mutation RemoveCriterionValue($id: ID!) {\n    removeCriterionValue(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveCriterionValueDocument,
    "\n  mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {\n    saveInterviewCounts(input: $input) {\n      networkId\n      month\n      theme\n      count\n    }\n  }\n": typeof types.SaveInterviewCountsDocument,
    "\n  mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {\n    createQvtCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQvtCampaignDocument,
    "\n  query WorkPlans($cioId: ID!) {\n    workPlans(cioId: $cioId) {\n      id\n      title\n      startMonth\n      endMonth\n      state\n      canEdit\n      version\n      completion {\n        total\n        late\n        fait\n        enCours\n        aFaire\n        reporte\n        abandonne\n      }\n      actions {\n        id\n        title\n        roles\n        startMonth\n        endMonth\n        status\n        late\n        evidenceUrl\n        minutesMeetingId\n        version\n        canChangeStatus\n        canComment\n        people {\n          id\n          displayName\n        }\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WorkPlansDocument,
    "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkPlanDocument,
    "\n  mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {\n    createWorkPlanAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkPlanActionDocument,
    "\n  mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {\n    updateWorkPlanAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateWorkPlanActionDocument,
    "\n  mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {\n    deleteWorkPlan(input: $input)\n  }\n": typeof types.DeleteWorkPlanDocument,
    "\n  mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {\n    deleteWorkPlanAction(input: $input)\n  }\n": typeof types.DeleteWorkPlanActionDocument,
    "\n  mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {\n    setWorkPlanActionStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SetWorkPlanActionStatusDocument,
    "\n  mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {\n    addWorkPlanComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddWorkPlanCommentDocument,
    "\n  query OrientationPeriods($cioId: ID!, $schoolYear: String!) {\n    orientationPeriods(cioId: $cioId, schoolYear: $schoolYear) {\n      id\n      name\n      startsOn\n      endsOn\n      schoolYear\n      version\n    }\n  }\n": typeof types.OrientationPeriodsDocument,
    "\n  query OrientationNetworks($cioId: ID!) {\n    orientationNetworks(cioId: $cioId) {\n      id\n      name\n      version\n      warnings\n      headSchool {\n        id\n        name\n        uai\n      }\n      schools {\n        id\n        name\n        uai\n      }\n      psyen {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrientationNetworksDocument,
    "\n  query OrientationServiceCheck($cioId: ID!, $schoolYear: String!) {\n    orientationServiceCheck(cioId: $cioId, schoolYear: $schoolYear) {\n      services {\n        person {\n          id\n          displayName\n        }\n        periodId\n        quotityPercent\n        availableHalfDays\n        cioHalfDays\n        schoolHalfDays\n        version\n      }\n      uncovered {\n        networkId\n        networkName\n        periodId\n        periodName\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrientationServiceCheckDocument,
    "\n  query OrientationTimetable($periodId: ID!, $userId: ID, $schoolId: ID) {\n    orientationTimetable(periodId: $periodId, userId: $userId, schoolId: $schoolId) {\n      id\n      weekday\n      halfDay\n      activity\n      mode\n      networkId\n      school {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrientationTimetableDocument,
    "\n  mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {\n    createOrientationPeriod(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrientationPeriodDocument,
    "\n  mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {\n    createOrientationNetwork(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrientationNetworkDocument,
    "\n  mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {\n    updateOrientationNetwork(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateOrientationNetworkDocument,
    "\n  mutation SetPsyenWeek($input: SetPsyenWeekInput!) {\n    setPsyenWeek(input: $input) {\n      id\n    }\n  }\n": typeof types.SetPsyenWeekDocument,
    "\n  mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {\n    setPsyenQuotity(input: $input) {\n      quotityPercent\n      version\n    }\n  }\n": typeof types.SetPsyenQuotityDocument,
    "\n  query OrientationSchools {\n    organisations(filter: { kind: EPLE }, first: 100) {\n      nodes {\n        id\n        name\n        uai\n        lyceeTeteDeReseau\n        communeName\n      }\n    }\n  }\n": typeof types.OrientationSchoolsDocument,
    "\n  query OrientationDuties($cioId: ID!) {\n    orientationDuties(cioId: $cioId) {\n      id\n      label\n      position\n      version\n      cells {\n        role\n        involvement\n      }\n    }\n  }\n": typeof types.OrientationDutiesDocument,
    "\n  mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {\n    createOrientationDuty(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrientationDutyDocument,
    "\n  mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {\n    updateOrientationDuty(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateOrientationDutyDocument,
    "\n  mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {\n    deleteOrientationDuty(input: $input)\n  }\n": typeof types.DeleteOrientationDutyDocument,
    "\n  query OrientationTransversalFiles($cioId: ID!) {\n    orientationTransversalFiles(cioId: $cioId) {\n      id\n      kind\n      title\n      since\n      status\n      summary\n      documentLinks\n      version\n      pilot {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrientationTransversalFilesDocument,
    "\n  mutation CreateTransversalFile($input: CreateTransversalFileInput!) {\n    createTransversalFile(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTransversalFileDocument,
    "\n  mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {\n    updateTransversalFile(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateTransversalFileDocument,
    "\n  mutation CreateAccompaniedPerson($person: PersonInput!, $organisationId: ID!, $mission: String!) {\n    createAccompaniedPerson(person: $person, organisationId: $organisationId, mission: $mission) {\n      id\n    }\n  }\n": typeof types.CreateAccompaniedPersonDocument,
    "\n  mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {\n    updateAccompaniedPerson(id: $id, version: $version, person: $person) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateAccompaniedPersonDocument,
    "\n  mutation AddAccompanimentMember($input: MemberInput!) {\n    addAccompanimentMember(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AddAccompanimentMemberDocument,
    "\n  mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {\n    endAccompanimentMember(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n": typeof types.EndAccompanimentMemberDocument,
    "\n  mutation ProposeReference($personId: ID!, $comment: String) {\n    proposeReference(personId: $personId, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeReferenceDocument,
    "\n  mutation DecideReference($input: ReferenceDecisionInput!) {\n    decideReference(input: $input) {\n      id\n      status\n      referent {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DecideReferenceDocument,
    "\n  mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {\n    addPlanGoal(personId: $personId, theme: $theme, title: $title) {\n      id\n    }\n  }\n": typeof types.AddPlanGoalDocument,
    "\n  mutation AddPlanAction($input: PlanActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanActionDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.UpdatePlanActionDocument,
    "\n  mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {\n    addCompetence(personId: $personId, kind: $kind, label: $label) {\n      id\n    }\n  }\n": typeof types.AddCompetenceDocument,
    "\n  mutation RemoveCompetence($id: ID!) {\n    removeCompetence(id: $id)\n  }\n": typeof types.RemoveCompetenceDocument,
    "\n  mutation RecordConsent($input: ConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ScheduleSynthese($input: SyntheseInput!) {\n    scheduleSynthese(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleSyntheseDocument,
    "\n  mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {\n    recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {\n      id\n      version\n    }\n  }\n": typeof types.RecordSyntheseAgreementDocument,
    "\n  mutation SetSynthesePaParticipation($meetingId: ID!, $version: Int!, $participates: Boolean!) {\n    setSynthesePaParticipation(meetingId: $meetingId, version: $version, participates: $participates) {\n      id\n      paParticipates\n      version\n    }\n  }\n": typeof types.SetSynthesePaParticipationDocument,
    "\n  mutation RecordSyntheseOutcome($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) {\n    recordSyntheseOutcome(meetingId: $meetingId, version: $version, notes: $notes, decisions: $decisions) {\n      id\n      version\n    }\n  }\n": typeof types.RecordSyntheseOutcomeDocument,
    "\n  query AccompaniedPersons($search: String, $first: Int, $after: String) {\n    accompaniedPersons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        lastName\n        firstNames\n        birthDate\n        domiciled\n        reference {\n          id\n          status\n          referent {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        members {\n          id\n          active\n        }\n      }\n    }\n  }\n": typeof types.AccompaniedPersonsDocument,
    "\n  query AccompaniedPersonDetail($id: ID!) {\n    accompaniedPerson(id: $id) {\n      id\n      lastName\n      firstNames\n      birthDate\n      phone\n      email\n      address\n      domiciled\n      domiciliationOrganisation {\n        id\n        name\n      }\n      myMemberId\n      allowedActions\n      refusedActions {\n        action\n        reason\n        step\n      }\n      version\n      createdAt\n      updatedAt\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n        professionalName\n        displayName\n        organisation {\n          id\n          name\n        }\n        service\n        mission\n        since\n        until\n        active\n        isReferent\n      }\n      reference {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedBy {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n        allowedActions\n        version\n        history {\n          action\n          fromStatus\n          toStatus\n          referent {\n            id\n            displayName\n          }\n          motive\n          endReason\n          comment\n          at\n          by {\n            id\n            displayName\n          }\n        }\n      }\n      references {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n      }\n      goals {\n        id\n        theme\n        title\n        createdAt\n        actions {\n          id\n          title\n          member {\n            id\n            displayName\n          }\n          byPerson\n          dueDate\n          status\n          version\n        }\n      }\n      competences {\n        id\n        kind\n        label\n      }\n      consents {\n        id\n        kind\n        document {\n          id\n          title\n        }\n        member {\n          id\n          displayName\n        }\n        meeting {\n          id\n          subject\n          scheduledAt\n        }\n        givenAt\n        withdrawnAt\n        active\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      syntheses {\n        id\n        scheduledAt\n        subject\n        requestedBy\n        participants {\n          member {\n            id\n            displayName\n          }\n          agreedToPaPresence\n        }\n        paAgreed\n        paParticipates\n        notes\n        decisions\n        version\n      }\n      documents {\n        id\n        title\n        category\n        contentType\n        sizeBytes\n        uploadedBy {\n          id\n          displayName\n        }\n        uploadedAt\n        sharedWith {\n          id\n          displayName\n        }\n        readable\n      }\n    }\n  }\n": typeof types.AccompaniedPersonDetailDocument,
    "\n  query ParcoursProfessionals($organisationId: ID!, $search: String, $first: Int) {\n    parcoursProfessionals(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.ParcoursProfessionalsDocument,
    "\n  query ParcoursIndicators {\n    parcoursIndicators {\n      persons\n      referencesProposed\n      byStatus {\n        status\n        count\n      }\n      sansSuiteByMotive {\n        motive\n        count\n      }\n      endedByReason {\n        reason\n        count\n      }\n      professionalsActingAsReferent\n      lockersInUse\n      documents\n    }\n  }\n": typeof types.ParcoursIndicatorsDocument,
    "\n  query OrganisationOptionsForParcours($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganisationOptionsForParcoursDocument,
    "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n": typeof types.AdminPlatformsDocument,
    "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminPlatformDocument,
    "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n": typeof types.PlatformReferentOptionsDocument,
    "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n": typeof types.PlatformPartnerOptionsDocument,
    "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n": typeof types.PsadPlatformDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreatePlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdatePlatformDocument,
    "\n  fragment BilanTableFields on BilanTable {\n    key\n    title\n    columns\n    rows {\n      label\n      cells {\n        value\n        display\n        masked\n      }\n    }\n    note\n    chart\n  }\n": typeof types.BilanTableFieldsFragmentDoc,
    "\n  fragment PsadBilanFields on PsadBilan {\n    platforms {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    previousFrom\n    previousTo\n    generatedAt\n    masked\n    rule\n    tables {\n      ...BilanTableFields\n    }\n    sections {\n      besoins\n      perspectives\n      veille\n      actionsPartenaires\n    }\n    sectionsVersion\n  }\n": typeof types.PsadBilanFieldsFragmentDoc,
    "\n  query PsadBilan($platformId: ID!, $from: Date, $to: Date) {\n    psadBilan(platformId: $platformId, from: $from, to: $to) {\n      ...PsadBilanFields\n    }\n  }\n": typeof types.PsadBilanDocument,
    "\n  query RegionalBilan($from: Date, $to: Date) {\n    regionalBilan(from: $from, to: $to) {\n      periodFrom\n      periodTo\n      platforms {\n        id\n        name\n      }\n      sideBySide {\n        ...BilanTableFields\n      }\n      consolidated {\n        ...PsadBilanFields\n      }\n    }\n  }\n": typeof types.RegionalBilanDocument,
    "\n  mutation SaveBilanSections($input: SaveBilanSectionsInput!) {\n    saveBilanSections(input: $input) {\n      ...PsadBilanFields\n    }\n  }\n": typeof types.SaveBilanSectionsDocument,
    "\n  query DashboardPlatforms {\n    platforms {\n      id\n      name\n      active\n    }\n  }\n": typeof types.DashboardPlatformsDocument,
    "\n  query PsadDashboard($platformId: ID!, $campaign: String) {\n    psadDashboard(platformId: $platformId, campaign: $campaign) {\n      platformId\n      campaign\n      campaigns\n      total\n      withoutSolution\n      funnel {\n        stage\n        count\n        shareOfIdentified\n        shareOfPrevious\n      }\n      bySource {\n        source\n        signalSource\n        count\n      }\n      solutionsByType {\n        type\n        count\n        share\n      }\n      closuresByOutcome {\n        outcome\n        count\n        share\n      }\n      minorsWithoutSolution {\n        count\n        minors\n        share\n      }\n      delays {\n        medianDaysToFirstAttempt\n        firstAttemptCount\n        medianDaysToSolution\n        solutionCount\n      }\n      partners {\n        organisation {\n          id\n          name\n        }\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      transfers {\n        incoming\n        outgoing\n        betweenPartners\n      }\n    }\n  }\n": typeof types.PsadDashboardDocument,
    "\n  query PlatformImports($platformId: ID!) {\n    imports(platformId: $platformId) {\n      id\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        duplicatesInFile\n      }\n    }\n  }\n": typeof types.PlatformImportsDocument,
    "\n  query SieiImport($id: ID!) {\n    import(id: $id) {\n      id\n      platformId\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        rejected {\n          line\n          reason\n        }\n        duplicatesInFile\n        warnings\n        created\n        updated\n        casesOpened\n      }\n      preview {\n        columns\n        sample {\n          line\n          cells\n          outcome\n          note\n        }\n        duplicates {\n          line\n          sameAsLine\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          first {\n            ine\n            lastName\n            firstNames\n            birthDate\n          }\n        }\n        merged {\n          line\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          known {\n            youngPersonId\n            ine\n            lastName\n            firstNames\n            birthDate\n            caseId\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.SieiImportDocument,
    "\n  query SignalPlatforms {\n    platforms {\n      id\n      name\n      partners {\n        id\n      }\n    }\n  }\n": typeof types.SignalPlatformsDocument,
    "\n  mutation SignalYoungPerson($input: SignalInput!) {\n    signalYoungPerson(input: $input) {\n      matched\n      caseId\n    }\n  }\n": typeof types.SignalYoungPersonDocument,
    "\n  query MergeSearch($platformId: ID!, $search: String!) {\n    cases(platformId: $platformId, filter: { search: $search }, orderBy: NAME, first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        episode\n        youngPerson {\n          id\n          ine\n          lastName\n          firstNames\n          birthDate\n          commune\n        }\n      }\n    }\n  }\n": typeof types.MergeSearchDocument,
    "\n  query MergeCandidateCase($id: ID!) {\n    case(id: $id) {\n      id\n      platform {\n        id\n      }\n      youngPerson {\n        id\n        version\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n        cases {\n          id\n          episode\n          status\n          source\n          campaign\n          createdAt\n          closeOutcome\n          assignedOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MergeCandidateCaseDocument,
    "\n  query YoungPersonDuplicates($platformId: ID!, $first: Int) {\n    youngPersonDuplicates(platformId: $platformId, first: $first) {\n      reason\n      similarity\n      first {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n      second {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.YoungPersonDuplicatesDocument,
    "\n  mutation MergeYoungPeople($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {\n    mergeYoungPeople(platformId: $platformId, keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) {\n      id\n      version\n      lastName\n      firstNames\n      cases {\n        id\n        episode\n        status\n        closeOutcome\n      }\n    }\n  }\n": typeof types.MergeYoungPeopleDocument,
    "\n  query AccessRequests($status: AccessRequestStatus) {\n    accessRequests(status: $status) {\n      id\n      status\n      email\n      givenName\n      usualName\n      siret\n      createdAt\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveAccessRequestDocument,
    "\n  mutation RejectAccessRequest($input: RejectAccessRequestInput!) {\n    rejectAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RejectAccessRequestDocument,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        failedLoginCount\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      failedLoginCount\n      lastFailedLoginAt\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      failedLoginCount\n      version\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n": typeof types.UpdateMembershipRolesDocument,
    "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      scopes\n      organisations {\n        id\n        name\n      }\n      platformIds\n      expiresAt\n      rateLimitPerMinute\n      trustedDocumentsOnly\n      usage {\n        operation\n        calls\n        errors\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query KeyPlatforms {\n    platforms(mine: false) {\n      id\n      name\n    }\n  }\n": typeof types.KeyPlatformsDocument,
    "\n  mutation SetApiKeyRateLimit($id: ID!, $rateLimitPerMinute: Int!) {\n    setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rateLimitPerMinute) {\n      id\n      rateLimitPerMinute\n    }\n  }\n": typeof types.SetApiKeyRateLimitDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhookAccount($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      active\n    }\n  }\n": typeof types.WebhookAccountDocument,
    "\n  query WebhookEndpoints($serviceAccountId: ID) {\n    webhookEndpoints(serviceAccountId: $serviceAccountId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      secretRotatedAt\n      version\n      createdAt\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      serviceAccountId\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      version\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        objectType\n        objectId\n        occurredAt\n        status\n        attemptCount\n        nextAttemptAt\n        lastAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        lastError\n        attempts {\n          id\n          attemptedAt\n          statusCode\n          latencyMs\n          error\n          succeeded\n          manual\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      url\n      eventTypes\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation SetWebhookEndpointEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      version\n      enabled\n    }\n  }\n": typeof types.SetWebhookEndpointEnabledDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      secret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {\n    deleteWebhookEndpoint(id: $id, version: $version)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
};
const documents: Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      device\n      browser\n      addressPrefix\n      method\n      secondFactor\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query OutboxEmails($first: Int, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        kindLabel\n        subject\n        createdAt\n        deliveredVia\n        sentAt\n      }\n    }\n  }\n": types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      toAddress\n      kindLabel\n      subject\n      createdAt\n      deliveredVia\n      sentAt\n      textBody\n    }\n  }\n": types.OutboxEmailDocument,
    "\n  query BackgroundQueues {\n    backgroundQueues {\n      name\n      label\n      created\n      retry\n      active\n      completed\n      failed\n      cancelled\n      deadLetter\n      cron\n      scheduleLabel\n    }\n  }\n": types.BackgroundQueuesDocument,
    "\n  query BackgroundJobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {\n    backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        queue\n        queueLabel\n        state\n        createdOn\n        startedOn\n        completedOn\n        retryCount\n        retryLimit\n        error\n      }\n    }\n  }\n": types.BackgroundJobsDocument,
    "\n  mutation RetryBackgroundJob($queue: String!, $id: ID!) {\n    retryBackgroundJob(queue: $queue, id: $id) {\n      id\n      state\n    }\n  }\n": types.RetryBackgroundJobDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        actionLabel\n        outcome\n        subjectType\n        subjectId\n        recordType\n        recordCount\n        subject {\n          type\n          id\n          kindLabel\n          label\n          named\n        }\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditUsers($search: String) {\n    users(filter: { search: $search, includeInactive: true }, first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      episode\n      status\n      source\n      campaign\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      youngPerson {\n        id\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n      }\n      assignedOrganisation {\n        id\n        name\n      }\n      assignedCounsellor {\n        id\n        displayName\n      }\n      assignedAt\n      firstAttemptAt\n      lastAttemptAt\n      reachedAt\n      solutionType\n      solutionStartDate\n      solutionOrganisation {\n        id\n        name\n      }\n      solutionOffer {\n        id\n        name\n      }\n      closeOutcome\n      closeComment\n      closedAt\n      convocationDate\n      flags {\n        minorWithoutSolution\n        noContactAfterAssignment\n        injoignableReached\n        obligationFormationDueDate\n        obligationFormationOverdue\n      }\n      allowedActions\n      contactAttempts {\n        id\n        attemptedAt\n        channel\n        result\n        actor {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n      pendingTransfer {\n        id\n        status\n        reason\n        proposedAt\n        fromPlatformId\n        fromOrganisationId\n        toPlatformId\n        toOrganisationId\n        toPlatform {\n          id\n          name\n        }\n        toOrganisation {\n          id\n          name\n        }\n        proposedBy {\n          id\n          displayName\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CasePlatforms {\n    platforms {\n      id\n      name\n    }\n  }\n": types.CasePlatformsDocument,
    "\n  mutation CaseContactAttempt($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) {\n    recordContactAttempt(caseId: $caseId, version: $version, attemptedAt: $attemptedAt, channel: $channel, result: $result) {\n      id\n      version\n      status\n    }\n  }\n": types.CaseContactAttemptDocument,
    "\n  mutation CaseSituationCheck($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) {\n    recordSituationCheck(caseId: $caseId, version: $version, finding: $finding, note: $note) {\n      id\n      version\n      status\n    }\n  }\n": types.CaseSituationCheckDocument,
    "\n  mutation CaseSolution(\n    $caseId: ID!\n    $version: Int!\n    $type: SolutionType!\n    $startDate: Date!\n    $organisationId: ID\n    $offerId: ID\n  ) {\n    recordSolution(\n      caseId: $caseId\n      version: $version\n      type: $type\n      startDate: $startDate\n      organisationId: $organisationId\n      offerId: $offerId\n    ) {\n      id\n      version\n      status\n    }\n  }\n": types.CaseSolutionDocument,
    "\n  mutation CaseClose($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) {\n    closeCase(caseId: $caseId, version: $version, outcome: $outcome, comment: $comment) {\n      id\n      version\n      status\n    }\n  }\n": types.CaseCloseDocument,
    "\n  mutation CaseReopen($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      version\n      status\n      episode\n    }\n  }\n": types.CaseReopenDocument,
    "\n  mutation CaseProposeTransfer($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) {\n    proposeTransfer(caseId: $caseId, version: $version, toOrganisationId: $toOrganisationId, toPlatformId: $toPlatformId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CaseProposeTransferDocument,
    "\n  fragment TransferListItem on CaseTransfer {\n    id\n    status\n    reason\n    proposedAt\n    fromPlatform {\n      id\n      name\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toPlatform {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n    proposedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      status\n      youngPerson {\n        id\n        lastName\n        firstNames\n      }\n    }\n  }\n": types.TransferListItemFragmentDoc,
    "\n  query IncomingTransfers {\n    incomingTransfers {\n      ...TransferListItem\n    }\n  }\n": types.IncomingTransfersDocument,
    "\n  query OutgoingTransfers {\n    outgoingTransfers {\n      ...TransferListItem\n    }\n  }\n": types.OutgoingTransfersDocument,
    "\n  mutation AcceptTransfer($transferId: ID!) {\n    acceptTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n": types.AcceptTransferDocument,
    "\n  mutation RefuseTransfer($transferId: ID!, $reason: String!) {\n    refuseTransfer(transferId: $transferId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RefuseTransferDocument,
    "\n  mutation CancelTransfer($transferId: ID!) {\n    cancelTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n": types.CancelTransferDocument,
    "\n  query CaseSolutionOffers($filter: SolutionOfferFilter) {\n    solutionOffers(filter: $filter, first: 100) {\n      nodes {\n        id\n        name\n        solutionType\n        organisation {\n          id\n          name\n        }\n        activeFrom\n        activeUntil\n      }\n    }\n  }\n": types.CaseSolutionOffersDocument,
    "\n  fragment WorklistCase on Case {\n    id\n    version\n    status\n    source\n    campaign\n    lastAttemptAt\n    assignedOrganisation {\n      id\n      name\n    }\n    youngPerson {\n      id\n      ine\n      lastName\n      firstNames\n      birthDate\n      commune\n    }\n    flags {\n      minorWithoutSolution\n      noContactAfterAssignment\n      injoignableReached\n      obligationFormationOverdue\n    }\n  }\n": types.WorklistCaseFragmentDoc,
    "\n  query PlatformCases($platformId: ID!, $filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    cases(platformId: $platformId, filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n": types.PlatformCasesDocument,
    "\n  query AssignedCases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    assignedCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n": types.AssignedCasesDocument,
    "\n  mutation AssignCases($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    assignCases(platformId: $platformId, cases: $cases, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n": types.AssignCasesDocument,
    "\n  mutation ReassignCaseTo($caseId: ID!, $version: Int!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    reassignCase(caseId: $caseId, version: $version, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n": types.ReassignCaseToDocument,
    "\n  query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {\n    partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n": types.PartnerCounsellorsDocument,
    "\n  fragment ClasYearConfigFields on ClasYearConfig {\n    schoolYear\n    ratePercent\n    ceilingCentsPerGroup\n    minChildren\n    maxChildren\n    maxChildrenPerAdult\n    warnChildrenPerAdult\n    recommendedSessionsPerWeek\n    latestStartDate\n    earliestEndDate\n    maxBreakWeeks\n    classHours {\n      day\n      start\n      end\n    }\n    configured\n    version\n  }\n": types.ClasYearConfigFieldsFragmentDoc,
    "\n  query ClasYearConfig($schoolYear: String!) {\n    clasYearConfig(schoolYear: $schoolYear) {\n      ...ClasYearConfigFields\n    }\n  }\n": types.ClasYearConfigDocument,
    "\n  mutation SetClasYearConfig($input: ClasYearConfigInput!) {\n    setClasYearConfig(input: $input) {\n      ...ClasYearConfigFields\n    }\n  }\n": types.SetClasYearConfigDocument,
    "\n  mutation LogClasSession($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) {\n    logClasSession(groupId: $groupId, heldOn: $heldOn, childrenPresent: $childrenPresent, note: $note, presentRosterIds: $presentRosterIds) {\n      id\n    }\n  }\n": types.LogClasSessionDocument,
    "\n  mutation LogClasActivity($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) {\n    logClasActivity(projectId: $projectId, kind: $kind, heldOn: $heldOn, title: $title, participants: $participants) {\n      id\n    }\n  }\n": types.LogClasActivityDocument,
    "\n  mutation SetClasRoster($groupId: ID!, $names: [String!]!) {\n    setClasRoster(groupId: $groupId, names: $names) {\n      id\n      name\n    }\n  }\n": types.SetClasRosterDocument,
    "\n  mutation SubmitClasBilan($projectId: ID!, $version: Int!, $assessment: String!) {\n    submitClasBilan(projectId: $projectId, version: $version, assessment: $assessment) {\n      ...ClasProjectDetail\n    }\n  }\n": types.SubmitClasBilanDocument,
    "\n  fragment ClasEligibilityFields on Eligibility {\n    eligible\n    failures\n    warnings\n    results {\n      rule\n      groupIndex\n      groupLabel\n      outcome\n      value\n      threshold\n      message\n    }\n  }\n": types.ClasEligibilityFieldsFragmentDoc,
    "\n  fragment ClasProjectDetail on ClasProject {\n    id\n    version\n    schoolYear\n    title\n    status\n    organisation {\n      id\n      name\n    }\n    departement {\n      id\n      name\n      code\n    }\n    diagnostic\n    charterSigned\n    inDepartmentalFramework\n    concertationDescription\n    activityKinds\n    localPartners\n    schools {\n      name\n      uai\n      contactName\n    }\n    parentActions {\n      title\n      period\n    }\n    concertationActions {\n      title\n      period\n    }\n    groups {\n      id\n      label\n      level\n      childrenCount\n      accompagnateurs {\n        label\n        kind\n        training\n      }\n      sessions {\n        day\n        start\n        durationMinutes\n      }\n      startDate\n      endDate\n      longestBreakWeeks\n      place\n      eligibleCostCents\n      otherFundingCents\n      fundingEstimateCents\n      sessionLogs {\n        id\n        heldOn\n        childrenPresent\n        note\n        presentRosterIds\n      }\n      roster {\n        id\n        name\n      }\n    }\n    eligibility {\n      ...ClasEligibilityFields\n    }\n    fundingEstimateCents\n    config {\n      ...ClasYearConfigFields\n    }\n    allowedActions\n    editable\n    decisions {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      eligibility {\n        ...ClasEligibilityFields\n      }\n      config {\n        ...ClasYearConfigFields\n      }\n      decidedBy {\n        id\n        displayName\n      }\n      decidedAt\n    }\n    decision {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      decidedAt\n    }\n    comments {\n      id\n      body\n      author {\n        id\n        displayName\n      }\n      authorParty\n      createdAt\n    }\n    activityLogs {\n      id\n      kind\n      heldOn\n      title\n      participants\n    }\n    bilan {\n      sessionsPlanned\n      sessionsHeld\n      attendanceRate\n      parentActionsPlanned\n      parentActionsHeld\n      concertationPlanned\n      concertationHeld\n      assessment\n      submittedAt\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n": types.ClasProjectDetailFragmentDoc,
    "\n  query ClasProjects($filter: ClasProjectFilter, $first: Int, $after: String, $offset: Int) {\n    clasProjects(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        schoolYear\n        status\n        fundingEstimateCents\n        submittedAt\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        groups {\n          id\n        }\n        eligibility {\n          eligible\n          failures\n          warnings\n        }\n        decision {\n          id\n          decision\n          amountGrantedCents\n        }\n      }\n    }\n  }\n": types.ClasProjectsDocument,
    "\n  query ClasStatusCounts($schoolYear: String) {\n    depose: clasProjects(filter: { status: [DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    enInstruction: clasProjects(filter: { status: [EN_INSTRUCTION], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    aCompleter: clasProjects(filter: { status: [A_COMPLETER], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    accepte: clasProjects(filter: { status: [ACCEPTE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    refuse: clasProjects(filter: { status: [REFUSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    bilanDepose: clasProjects(filter: { status: [BILAN_DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    cloture: clasProjects(filter: { status: [CLOTURE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n  }\n": types.ClasStatusCountsDocument,
    "\n  query ClasWaitingSchoolYears {\n    clasWaitingSchoolYears\n  }\n": types.ClasWaitingSchoolYearsDocument,
    "\n  query ClasProject($id: ID!) {\n    clasProject(id: $id) {\n      ...ClasProjectDetail\n    }\n  }\n": types.ClasProjectDocument,
    "\n  query ClasDashboard($schoolYear: String!, $departementId: ID) {\n    clasDashboard(schoolYear: $schoolYear, departementId: $departementId) {\n      schoolYear\n      departement {\n        id\n        name\n        code\n      }\n      projects\n      byStatus {\n        status\n        count\n      }\n      groups\n      children\n      accompagnateurs\n      eligibleProjects\n      fundingRequestedCents\n      fundingGrantedCents\n    }\n  }\n": types.ClasDashboardDocument,
    "\n  mutation CreateClasProject($organisationId: ID!, $content: ClasProjectContentInput!) {\n    createClasProject(organisationId: $organisationId, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n": types.CreateClasProjectDocument,
    "\n  mutation UpdateClasProject($id: ID!, $version: Int!, $content: ClasProjectContentInput!) {\n    updateClasProject(id: $id, version: $version, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n": types.UpdateClasProjectDocument,
    "\n  mutation SubmitClasProject($id: ID!, $version: Int!) {\n    submitClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": types.SubmitClasProjectDocument,
    "\n  mutation ExamineClasProject($id: ID!, $version: Int!) {\n    examineClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": types.ExamineClasProjectDocument,
    "\n  mutation DecideClasProject($input: ClasDecisionInput!) {\n    decideClasProject(input: $input) {\n      ...ClasProjectDetail\n    }\n  }\n": types.DecideClasProjectDocument,
    "\n  mutation CloseClasProject($id: ID!, $version: Int!) {\n    closeClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n": types.CloseClasProjectDocument,
    "\n  mutation CommentClasProject($projectId: ID!, $body: String!) {\n    commentClasProject(projectId: $projectId, body: $body) {\n      id\n    }\n  }\n": types.CommentClasProjectDocument,
    "\n  fragment CpmsContractFields on CpmsContract {\n    id\n    status\n    version\n    canEdit\n    textEditable\n    steps\n    canSignAs\n    canLogExchange\n    canScheduleConcertation\n    cpms {\n      id\n      name\n    }\n    school {\n      id\n      name\n    }\n    plan {\n      id\n      title\n      endEvaluationOn\n      midEvaluationOn\n      objectives {\n        code\n        wording\n      }\n    }\n    objectives {\n      code\n      wording\n    }\n    actions\n    cpmsCommitments\n    schoolCommitments\n    informationFlows {\n      what\n      how\n      consent\n    }\n    indicators {\n      label\n      objectiveCode\n      baseline\n      target\n      reached\n      achieved\n    }\n    signatures {\n      party\n      signedAt\n      signerName\n    }\n    evaluationDue {\n      dueOn\n      daysLeft\n      announced\n    }\n    exchanges {\n      id\n      occurredOn\n      way\n      participants\n      subject\n      agreed\n      authorName\n    }\n    concertations {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      status\n    }\n  }\n": types.CpmsContractFieldsFragmentDoc,
    "\n  query CpmsContracts($schoolId: ID, $status: CpmsContractStatus, $evaluationDue: Boolean) {\n    cpmsContracts(schoolId: $schoolId, status: $status, evaluationDue: $evaluationDue) {\n      id\n      status\n      cpms {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n      plan {\n        id\n        title\n      }\n      evaluationDue {\n        dueOn\n        daysLeft\n        announced\n      }\n    }\n  }\n": types.CpmsContractsDocument,
    "\n  query CpmsContract($id: ID!) {\n    cpmsContract(id: $id) {\n      ...CpmsContractFields\n    }\n  }\n": types.CpmsContractDocument,
    "\n  query CpmsSchoolPlans {\n    cpmsSchoolPlans {\n      id\n      title\n      startsOn\n      endsOn\n      version\n      school {\n        id\n        name\n      }\n      objectives {\n        code\n        wording\n      }\n      midEvaluationOn\n      midEvaluationResult\n      endEvaluationOn\n      endEvaluationResult\n      document {\n        name\n        size\n        url\n      }\n      canEdit\n      canDraftContract\n      contracts {\n        id\n        status\n        cpms {\n          id\n          name\n        }\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n": types.CpmsSchoolPlansDocument,
    "\n  query CpmsObjectivesContracts {\n    cpmsObjectivesContracts {\n      id\n      title\n      startsOn\n      endsOn\n      status\n      version\n      objectives\n      canEdit\n      cpms {\n        id\n        name\n      }\n      contracts {\n        id\n        status\n        school {\n          id\n          name\n        }\n        indicators {\n          label\n          baseline\n          target\n          reached\n          achieved\n        }\n      }\n      indicators {\n        label\n        objectiveCode\n        baseline\n        target\n        reached\n        achieved\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n": types.CpmsObjectivesContractsDocument,
    "\n  mutation CreateCpmsContract($input: CreateCpmsContractInput!) {\n    createCpmsContract(input: $input) {\n      id\n    }\n  }\n": types.CreateCpmsContractDocument,
    "\n  mutation StepCpmsContract($input: CpmsContractStepInput!) {\n    stepCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": types.StepCpmsContractDocument,
    "\n  mutation SignCpmsContract($input: SignCpmsContractInput!) {\n    signCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": types.SignCpmsContractDocument,
    "\n  mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {\n    logCpmsExchange(input: $input) {\n      id\n    }\n  }\n": types.LogCpmsExchangeDocument,
    "\n  mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {\n    scheduleCpmsConcertation(input: $input) {\n      id\n    }\n  }\n": types.ScheduleCpmsConcertationDocument,
    "\n  mutation RecordCpmsIndicatorsReached($input: RecordCpmsIndicatorsReachedInput!) {\n    recordCpmsIndicatorsReached(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": types.RecordCpmsIndicatorsReachedDocument,
    "\n  mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {\n    updateCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCpmsSchoolPlanDocument,
    "\n  mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {\n    createCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateCpmsSchoolPlanDocument,
    "\n  mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {\n    createCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateCpmsObjectivesContractDocument,
    "\n  mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {\n    updateCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCpmsObjectivesContractDocument,
    "\n  mutation UpdateCpmsContract($input: UpdateCpmsContractInput!) {\n    updateCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n": types.UpdateCpmsContractDocument,
    "\n  query OncallPools {\n    oncallPools {\n      id\n      name\n      canDirect\n      maxShiftMinutes\n      minRestMinutes\n      version\n      cpms {\n        id\n        name\n      }\n      people {\n        id\n        displayName\n        cpmsName\n        isAgent\n        phone\n      }\n      templates {\n        id\n        weekday\n        startTime\n        endTime\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OncallPoolsDocument,
    "\n  query OncallRota($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      shifts(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        minutes\n        crossesDstChange\n        status\n        version\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n      swaps {\n        id\n        role\n        status\n        note\n        version\n        createdAt\n        shift {\n          id\n          startsAt\n          endsAt\n        }\n        from {\n          id\n          displayName\n        }\n        to {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OncallRotaDocument,
    "\n  query OncallCheck($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      check(from: $from, to: $to) {\n        coveredMinutes\n        periodMinutes\n        issues {\n          kind\n          startsAt\n          endsAt\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.OncallCheckDocument,
    "\n  query OncallNow($id: ID!) {\n    cpmsOnCall(poolId: $id) {\n      at\n      shift {\n        id\n        startsAt\n        endsAt\n      }\n      agent {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n      backup {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n    }\n  }\n": types.OncallNowDocument,
    "\n  query OncallCalls($id: ID!, $month: String!) {\n    oncallPool(id: $id) {\n      id\n      calls(month: $month) {\n        id\n        receivedAt\n        callerKind\n        category\n        urgency\n        action\n        followUpDue\n        followUpDoneAt\n        version\n        referredCpms {\n          id\n          name\n        }\n      }\n      callStats(month: $month) {\n        month\n        total\n        byCategory {\n          category\n          count\n        }\n        byHour {\n          hour\n          count\n        }\n      }\n    }\n  }\n": types.OncallCallsDocument,
    "\n  mutation CreateOncallShift($input: CreateOncallShiftInput!) {\n    createOncallShift(input: $input) {\n      id\n    }\n  }\n": types.CreateOncallShiftDocument,
    "\n  mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {\n    deleteOncallShift(input: $input)\n  }\n": types.DeleteOncallShiftDocument,
    "\n  mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {\n    publishOncallPeriod(input: $input) {\n      published\n    }\n  }\n": types.PublishOncallPeriodDocument,
    "\n  mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {\n    proposeOncallSwap(input: $input) {\n      id\n    }\n  }\n": types.ProposeOncallSwapDocument,
    "\n  mutation DecideOncallSwap($input: DecideOncallSwapInput!) {\n    decideOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideOncallSwapDocument,
    "\n  mutation LogOncallCall($input: LogOncallCallInput!) {\n    logOncallCall(input: $input) {\n      id\n    }\n  }\n": types.LogOncallCallDocument,
    "\n  mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {\n    closeOncallFollowUp(input: $input) {\n      id\n      version\n    }\n  }\n": types.CloseOncallFollowUpDocument,
    "\n  mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {\n    generateOncallWeeks(input: $input) {\n      id\n    }\n  }\n": types.GenerateOncallWeeksDocument,
    "\n  mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {\n    updateOncallRules(input: $input) {\n      id\n      version\n      maxShiftMinutes\n      minRestMinutes\n    }\n  }\n": types.UpdateOncallRulesDocument,
    "\n  mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {\n    replaceOncallTemplates(input: $input) {\n      id\n      version\n    }\n  }\n": types.ReplaceOncallTemplatesDocument,
    "\n  mutation SetOncallPhone($input: SetOncallPhoneInput!) {\n    setOncallPhone(input: $input) {\n      id\n      phone\n    }\n  }\n": types.SetOncallPhoneDocument,
    "\n  mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {\n    withdrawOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawOncallSwapDocument,
    "\n  query CpmsIndicators($year: Int!, $zoneId: ID) {\n    cpmsIndicators(year: $year, zoneId: $zoneId) {\n      year\n      rule\n      zones {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      tables {\n        key\n        title\n        columns\n        note\n        chart\n        rows {\n          label\n          cells {\n            value\n            display\n            masked\n          }\n        }\n      }\n    }\n  }\n": types.CpmsIndicatorsDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationListDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationDetailDocument,
    "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.TerritoryOptionsDocument,
    "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.CommuneSuggestionsDocument,
    "\n  query PlatformActionCases($platformId: ID, $on: Date) {\n    platformActions(platformId: $platformId, from: $on, to: $on, first: 100) {\n      nodes {\n        id\n        cases {\n          id\n          youngPerson {\n            lastName\n            firstNames\n          }\n        }\n      }\n    }\n  }\n": types.PlatformActionCasesDocument,
    "\n  fragment SolutionOfferItem on SolutionOffer {\n    id\n    name\n    solutionType\n    organisation {\n      id\n      name\n    }\n    communes\n    ageMin\n    ageMax\n    conditions\n    places\n    contact\n    activeFrom\n    activeUntil\n    version\n    canEdit\n    platform {\n      id\n      name\n    }\n  }\n": types.SolutionOfferItemFragmentDoc,
    "\n  query SolutionOffers($filter: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) {\n    solutionOffers(filter: $filter, first: $first, after: $after, offset: $offset) {\n      nodes {\n        ...SolutionOfferItem\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SolutionOffersDocument,
    "\n  mutation CreateSolutionOffer($input: CreateSolutionOfferInput!) {\n    createSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n": types.CreateSolutionOfferDocument,
    "\n  mutation UpdateSolutionOffer($input: UpdateSolutionOfferInput!) {\n    updateSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n": types.UpdateSolutionOfferDocument,
    "\n  mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {\n    deleteSolutionOffer(input: $input)\n  }\n": types.DeleteSolutionOfferDocument,
    "\n  query PlatformActions($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    platformActions(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        kind\n        title\n        heldOn\n        description\n        participants\n        caseIds\n        version\n        canEdit\n        partnerOrganisations {\n          id\n          name\n        }\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PlatformActionsDocument,
    "\n  mutation CreatePlatformAction($input: CreatePlatformActionInput!) {\n    createPlatformAction(input: $input) {\n      id\n    }\n  }\n": types.CreatePlatformActionDocument,
    "\n  mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {\n    updatePlatformAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdatePlatformActionDocument,
    "\n  mutation DeletePlatformAction($input: DeletePlatformActionInput!) {\n    deletePlatformAction(input: $input)\n  }\n": types.DeletePlatformActionDocument,
    "\n  query VeilleDocuments($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    veilleDocuments(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        title\n        url\n        publishedOn\n        summary\n        addedByName\n        createdAt\n        version\n        canEdit\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VeilleDocumentsDocument,
    "\n  mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {\n    addVeilleDocument(input: $input) {\n      id\n    }\n  }\n": types.AddVeilleDocumentDocument,
    "\n  mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {\n    updateVeilleDocument(input: $input) {\n      id\n    }\n  }\n": types.UpdateVeilleDocumentDocument,
    "\n  mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {\n    deleteVeilleDocument(input: $input)\n  }\n": types.DeleteVeilleDocumentDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    visioUrl\n    status\n    parcours\n    platform {\n      id\n      name\n    }\n    cio {\n      id\n      name\n    }\n  }\n": types.MeetingListItemFragmentDoc,
    "\n  query MeetingList($platformId: ID, $kind: MeetingKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    meetings(platformId: $platformId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n": types.MeetingListDocument,
    "\n  query CioMeetings($cioId: ID!, $first: Int, $after: String) {\n    cioMeetings(cioId: $cioId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n": types.CioMeetingsDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      theme\n      communes\n      startsAt\n      endsAt\n      place\n      visioUrl\n      status\n      cancelReason\n      agenda\n      minutes\n      decisions\n      caseAccessDays\n      caseAccessUntil\n      canEdit\n      version\n      parcours\n      cio {\n        id\n        name\n      }\n      cpmsContract {\n        id\n        cpms {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      platforms {\n        id\n        name\n      }\n      invitees {\n        id\n        label\n        userId\n        guestName\n        guestEmail\n        guestOrganisation\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      situations {\n        caseId\n        caseVersion\n        lastName\n        firstNames\n        age\n        commune\n        status\n        lastContactAt\n        flags {\n          minorWithoutSolution\n          noContactAfterAssignment\n          injoignableReached\n          obligationFormationOverdue\n        }\n        assignedOrganisation {\n          id\n          name\n        }\n        proposal\n        decision\n        decisionComment\n        decidedAt\n      }\n      actions {\n        id\n        meetingId\n        meetingStartsAt\n        carriedOver\n        title\n        ownerName\n        ownerOrganisation {\n          id\n          name\n        }\n        dueDate\n        status\n        note\n        version\n      }\n    }\n  }\n": types.MeetingDetailDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordMinutes($input: RecordMinutesInput!) {\n    recordMinutes(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.RecordMinutesDocument,
    "\n  mutation AddMeetingAction($input: AddMeetingActionInput!) {\n    addMeetingAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddMeetingActionDocument,
    "\n  mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {\n    updateMeetingAction(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.UpdateMeetingActionDocument,
    "\n  mutation DecideSituation($input: DecideSituationInput!) {\n    decideSituation(input: $input) {\n      caseId\n      caseVersion\n      decision\n    }\n  }\n": types.DecideSituationDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        text\n        link\n        count\n        organisation {\n          id\n          name\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead($upTo: ID) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": types.SetOrganisationActiveDocument,
    "\n  query OrientationCios {\n    orientationCios {\n      id\n      name\n      canDirect\n      people {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.OrientationCiosDocument,
    "\n  query EvaluationCriteria($cioId: ID!) {\n    evaluationCriteria(cioId: $cioId) {\n      id\n      label\n      indicator\n      baseline\n      target\n      unit\n      version\n      values {\n        id\n        measuredOn\n        value\n        comment\n      }\n    }\n  }\n": types.EvaluationCriteriaDocument,
    "\n  query InterviewCounts($cioId: ID!, $from: String!, $to: String!) {\n    orientationInterviewCounts(cioId: $cioId, from: $from, to: $to) {\n      networkId\n      networkName\n      month\n      theme\n      count\n    }\n  }\n": types.InterviewCountsDocument,
    "\n  query QvtCampaigns($cioId: ID!) {\n    qvtCampaigns(cioId: $cioId) {\n      id\n      title\n      opensOn\n      closesOn\n      canAnswer\n      answered\n      questions {\n        id\n        kind\n        label\n        lowLabel\n        highLabel\n      }\n      results {\n        respondents\n        threshold\n        questions {\n          questionId\n          answers\n          mean\n          distribution\n          comments\n        }\n      }\n    }\n  }\n": types.QvtCampaignsDocument,
    "\n  mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {\n    answerQvtCampaign(input: $input) {\n      id\n      answered\n      canAnswer\n    }\n  }\n": types.AnswerQvtCampaignDocument,
    "\n  mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {\n    createEvaluationCriterion(input: $input) {\n      id\n    }\n  }\n": types.CreateEvaluationCriterionDocument,
    "\n  mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {\n    updateEvaluationCriterion(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateEvaluationCriterionDocument,
    "\n  mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {\n    deleteEvaluationCriterion(input: $input)\n  }\n": types.DeleteEvaluationCriterionDocument,
    "\n  mutation AddCriterionValue($input: AddCriterionValueInput!) {\n    addCriterionValue(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddCriterionValueDocument,
    "\n  mutation RemoveCriterionValue($id: ID!) {\n    removeCriterionValue(id: $id) {\n      id\n      version\n    }\n  }\n": types.RemoveCriterionValueDocument,
    "\n  mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {\n    saveInterviewCounts(input: $input) {\n      networkId\n      month\n      theme\n      count\n    }\n  }\n": types.SaveInterviewCountsDocument,
    "\n  mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {\n    createQvtCampaign(input: $input) {\n      id\n    }\n  }\n": types.CreateQvtCampaignDocument,
    "\n  query WorkPlans($cioId: ID!) {\n    workPlans(cioId: $cioId) {\n      id\n      title\n      startMonth\n      endMonth\n      state\n      canEdit\n      version\n      completion {\n        total\n        late\n        fait\n        enCours\n        aFaire\n        reporte\n        abandonne\n      }\n      actions {\n        id\n        title\n        roles\n        startMonth\n        endMonth\n        status\n        late\n        evidenceUrl\n        minutesMeetingId\n        version\n        canChangeStatus\n        canComment\n        people {\n          id\n          displayName\n        }\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": types.WorkPlansDocument,
    "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkPlanDocument,
    "\n  mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {\n    createWorkPlanAction(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkPlanActionDocument,
    "\n  mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {\n    updateWorkPlanAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateWorkPlanActionDocument,
    "\n  mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {\n    deleteWorkPlan(input: $input)\n  }\n": types.DeleteWorkPlanDocument,
    "\n  mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {\n    deleteWorkPlanAction(input: $input)\n  }\n": types.DeleteWorkPlanActionDocument,
    "\n  mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {\n    setWorkPlanActionStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SetWorkPlanActionStatusDocument,
    "\n  mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {\n    addWorkPlanComment(input: $input) {\n      id\n    }\n  }\n": types.AddWorkPlanCommentDocument,
    "\n  query OrientationPeriods($cioId: ID!, $schoolYear: String!) {\n    orientationPeriods(cioId: $cioId, schoolYear: $schoolYear) {\n      id\n      name\n      startsOn\n      endsOn\n      schoolYear\n      version\n    }\n  }\n": types.OrientationPeriodsDocument,
    "\n  query OrientationNetworks($cioId: ID!) {\n    orientationNetworks(cioId: $cioId) {\n      id\n      name\n      version\n      warnings\n      headSchool {\n        id\n        name\n        uai\n      }\n      schools {\n        id\n        name\n        uai\n      }\n      psyen {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrientationNetworksDocument,
    "\n  query OrientationServiceCheck($cioId: ID!, $schoolYear: String!) {\n    orientationServiceCheck(cioId: $cioId, schoolYear: $schoolYear) {\n      services {\n        person {\n          id\n          displayName\n        }\n        periodId\n        quotityPercent\n        availableHalfDays\n        cioHalfDays\n        schoolHalfDays\n        version\n      }\n      uncovered {\n        networkId\n        networkName\n        periodId\n        periodName\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrientationServiceCheckDocument,
    "\n  query OrientationTimetable($periodId: ID!, $userId: ID, $schoolId: ID) {\n    orientationTimetable(periodId: $periodId, userId: $userId, schoolId: $schoolId) {\n      id\n      weekday\n      halfDay\n      activity\n      mode\n      networkId\n      school {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrientationTimetableDocument,
    "\n  mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {\n    createOrientationPeriod(input: $input) {\n      id\n    }\n  }\n": types.CreateOrientationPeriodDocument,
    "\n  mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {\n    createOrientationNetwork(input: $input) {\n      id\n    }\n  }\n": types.CreateOrientationNetworkDocument,
    "\n  mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {\n    updateOrientationNetwork(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateOrientationNetworkDocument,
    "\n  mutation SetPsyenWeek($input: SetPsyenWeekInput!) {\n    setPsyenWeek(input: $input) {\n      id\n    }\n  }\n": types.SetPsyenWeekDocument,
    "\n  mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {\n    setPsyenQuotity(input: $input) {\n      quotityPercent\n      version\n    }\n  }\n": types.SetPsyenQuotityDocument,
    "\n  query OrientationSchools {\n    organisations(filter: { kind: EPLE }, first: 100) {\n      nodes {\n        id\n        name\n        uai\n        lyceeTeteDeReseau\n        communeName\n      }\n    }\n  }\n": types.OrientationSchoolsDocument,
    "\n  query OrientationDuties($cioId: ID!) {\n    orientationDuties(cioId: $cioId) {\n      id\n      label\n      position\n      version\n      cells {\n        role\n        involvement\n      }\n    }\n  }\n": types.OrientationDutiesDocument,
    "\n  mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {\n    createOrientationDuty(input: $input) {\n      id\n    }\n  }\n": types.CreateOrientationDutyDocument,
    "\n  mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {\n    updateOrientationDuty(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateOrientationDutyDocument,
    "\n  mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {\n    deleteOrientationDuty(input: $input)\n  }\n": types.DeleteOrientationDutyDocument,
    "\n  query OrientationTransversalFiles($cioId: ID!) {\n    orientationTransversalFiles(cioId: $cioId) {\n      id\n      kind\n      title\n      since\n      status\n      summary\n      documentLinks\n      version\n      pilot {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrientationTransversalFilesDocument,
    "\n  mutation CreateTransversalFile($input: CreateTransversalFileInput!) {\n    createTransversalFile(input: $input) {\n      id\n    }\n  }\n": types.CreateTransversalFileDocument,
    "\n  mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {\n    updateTransversalFile(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateTransversalFileDocument,
    "\n  mutation CreateAccompaniedPerson($person: PersonInput!, $organisationId: ID!, $mission: String!) {\n    createAccompaniedPerson(person: $person, organisationId: $organisationId, mission: $mission) {\n      id\n    }\n  }\n": types.CreateAccompaniedPersonDocument,
    "\n  mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {\n    updateAccompaniedPerson(id: $id, version: $version, person: $person) {\n      id\n      version\n    }\n  }\n": types.UpdateAccompaniedPersonDocument,
    "\n  mutation AddAccompanimentMember($input: MemberInput!) {\n    addAccompanimentMember(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AddAccompanimentMemberDocument,
    "\n  mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {\n    endAccompanimentMember(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n": types.EndAccompanimentMemberDocument,
    "\n  mutation ProposeReference($personId: ID!, $comment: String) {\n    proposeReference(personId: $personId, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ProposeReferenceDocument,
    "\n  mutation DecideReference($input: ReferenceDecisionInput!) {\n    decideReference(input: $input) {\n      id\n      status\n      referent {\n        id\n        displayName\n      }\n    }\n  }\n": types.DecideReferenceDocument,
    "\n  mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {\n    addPlanGoal(personId: $personId, theme: $theme, title: $title) {\n      id\n    }\n  }\n": types.AddPlanGoalDocument,
    "\n  mutation AddPlanAction($input: PlanActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n": types.AddPlanActionDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.UpdatePlanActionDocument,
    "\n  mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {\n    addCompetence(personId: $personId, kind: $kind, label: $label) {\n      id\n    }\n  }\n": types.AddCompetenceDocument,
    "\n  mutation RemoveCompetence($id: ID!) {\n    removeCompetence(id: $id)\n  }\n": types.RemoveCompetenceDocument,
    "\n  mutation RecordConsent($input: ConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ScheduleSynthese($input: SyntheseInput!) {\n    scheduleSynthese(input: $input) {\n      id\n    }\n  }\n": types.ScheduleSyntheseDocument,
    "\n  mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {\n    recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {\n      id\n      version\n    }\n  }\n": types.RecordSyntheseAgreementDocument,
    "\n  mutation SetSynthesePaParticipation($meetingId: ID!, $version: Int!, $participates: Boolean!) {\n    setSynthesePaParticipation(meetingId: $meetingId, version: $version, participates: $participates) {\n      id\n      paParticipates\n      version\n    }\n  }\n": types.SetSynthesePaParticipationDocument,
    "\n  mutation RecordSyntheseOutcome($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) {\n    recordSyntheseOutcome(meetingId: $meetingId, version: $version, notes: $notes, decisions: $decisions) {\n      id\n      version\n    }\n  }\n": types.RecordSyntheseOutcomeDocument,
    "\n  query AccompaniedPersons($search: String, $first: Int, $after: String) {\n    accompaniedPersons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        lastName\n        firstNames\n        birthDate\n        domiciled\n        reference {\n          id\n          status\n          referent {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        members {\n          id\n          active\n        }\n      }\n    }\n  }\n": types.AccompaniedPersonsDocument,
    "\n  query AccompaniedPersonDetail($id: ID!) {\n    accompaniedPerson(id: $id) {\n      id\n      lastName\n      firstNames\n      birthDate\n      phone\n      email\n      address\n      domiciled\n      domiciliationOrganisation {\n        id\n        name\n      }\n      myMemberId\n      allowedActions\n      refusedActions {\n        action\n        reason\n        step\n      }\n      version\n      createdAt\n      updatedAt\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n        professionalName\n        displayName\n        organisation {\n          id\n          name\n        }\n        service\n        mission\n        since\n        until\n        active\n        isReferent\n      }\n      reference {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedBy {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n        allowedActions\n        version\n        history {\n          action\n          fromStatus\n          toStatus\n          referent {\n            id\n            displayName\n          }\n          motive\n          endReason\n          comment\n          at\n          by {\n            id\n            displayName\n          }\n        }\n      }\n      references {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n      }\n      goals {\n        id\n        theme\n        title\n        createdAt\n        actions {\n          id\n          title\n          member {\n            id\n            displayName\n          }\n          byPerson\n          dueDate\n          status\n          version\n        }\n      }\n      competences {\n        id\n        kind\n        label\n      }\n      consents {\n        id\n        kind\n        document {\n          id\n          title\n        }\n        member {\n          id\n          displayName\n        }\n        meeting {\n          id\n          subject\n          scheduledAt\n        }\n        givenAt\n        withdrawnAt\n        active\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      syntheses {\n        id\n        scheduledAt\n        subject\n        requestedBy\n        participants {\n          member {\n            id\n            displayName\n          }\n          agreedToPaPresence\n        }\n        paAgreed\n        paParticipates\n        notes\n        decisions\n        version\n      }\n      documents {\n        id\n        title\n        category\n        contentType\n        sizeBytes\n        uploadedBy {\n          id\n          displayName\n        }\n        uploadedAt\n        sharedWith {\n          id\n          displayName\n        }\n        readable\n      }\n    }\n  }\n": types.AccompaniedPersonDetailDocument,
    "\n  query ParcoursProfessionals($organisationId: ID!, $search: String, $first: Int) {\n    parcoursProfessionals(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      displayName\n      roles\n    }\n  }\n": types.ParcoursProfessionalsDocument,
    "\n  query ParcoursIndicators {\n    parcoursIndicators {\n      persons\n      referencesProposed\n      byStatus {\n        status\n        count\n      }\n      sansSuiteByMotive {\n        motive\n        count\n      }\n      endedByReason {\n        reason\n        count\n      }\n      professionalsActingAsReferent\n      lockersInUse\n      documents\n    }\n  }\n": types.ParcoursIndicatorsDocument,
    "\n  query OrganisationOptionsForParcours($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.OrganisationOptionsForParcoursDocument,
    "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n": types.AdminPlatformsDocument,
    "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdminPlatformDocument,
    "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n": types.PlatformReferentOptionsDocument,
    "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n": types.PlatformPartnerOptionsDocument,
    "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n": types.PsadPlatformDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreatePlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdatePlatformDocument,
    "\n  fragment BilanTableFields on BilanTable {\n    key\n    title\n    columns\n    rows {\n      label\n      cells {\n        value\n        display\n        masked\n      }\n    }\n    note\n    chart\n  }\n": types.BilanTableFieldsFragmentDoc,
    "\n  fragment PsadBilanFields on PsadBilan {\n    platforms {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    previousFrom\n    previousTo\n    generatedAt\n    masked\n    rule\n    tables {\n      ...BilanTableFields\n    }\n    sections {\n      besoins\n      perspectives\n      veille\n      actionsPartenaires\n    }\n    sectionsVersion\n  }\n": types.PsadBilanFieldsFragmentDoc,
    "\n  query PsadBilan($platformId: ID!, $from: Date, $to: Date) {\n    psadBilan(platformId: $platformId, from: $from, to: $to) {\n      ...PsadBilanFields\n    }\n  }\n": types.PsadBilanDocument,
    "\n  query RegionalBilan($from: Date, $to: Date) {\n    regionalBilan(from: $from, to: $to) {\n      periodFrom\n      periodTo\n      platforms {\n        id\n        name\n      }\n      sideBySide {\n        ...BilanTableFields\n      }\n      consolidated {\n        ...PsadBilanFields\n      }\n    }\n  }\n": types.RegionalBilanDocument,
    "\n  mutation SaveBilanSections($input: SaveBilanSectionsInput!) {\n    saveBilanSections(input: $input) {\n      ...PsadBilanFields\n    }\n  }\n": types.SaveBilanSectionsDocument,
    "\n  query DashboardPlatforms {\n    platforms {\n      id\n      name\n      active\n    }\n  }\n": types.DashboardPlatformsDocument,
    "\n  query PsadDashboard($platformId: ID!, $campaign: String) {\n    psadDashboard(platformId: $platformId, campaign: $campaign) {\n      platformId\n      campaign\n      campaigns\n      total\n      withoutSolution\n      funnel {\n        stage\n        count\n        shareOfIdentified\n        shareOfPrevious\n      }\n      bySource {\n        source\n        signalSource\n        count\n      }\n      solutionsByType {\n        type\n        count\n        share\n      }\n      closuresByOutcome {\n        outcome\n        count\n        share\n      }\n      minorsWithoutSolution {\n        count\n        minors\n        share\n      }\n      delays {\n        medianDaysToFirstAttempt\n        firstAttemptCount\n        medianDaysToSolution\n        solutionCount\n      }\n      partners {\n        organisation {\n          id\n          name\n        }\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      transfers {\n        incoming\n        outgoing\n        betweenPartners\n      }\n    }\n  }\n": types.PsadDashboardDocument,
    "\n  query PlatformImports($platformId: ID!) {\n    imports(platformId: $platformId) {\n      id\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        duplicatesInFile\n      }\n    }\n  }\n": types.PlatformImportsDocument,
    "\n  query SieiImport($id: ID!) {\n    import(id: $id) {\n      id\n      platformId\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        rejected {\n          line\n          reason\n        }\n        duplicatesInFile\n        warnings\n        created\n        updated\n        casesOpened\n      }\n      preview {\n        columns\n        sample {\n          line\n          cells\n          outcome\n          note\n        }\n        duplicates {\n          line\n          sameAsLine\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          first {\n            ine\n            lastName\n            firstNames\n            birthDate\n          }\n        }\n        merged {\n          line\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          known {\n            youngPersonId\n            ine\n            lastName\n            firstNames\n            birthDate\n            caseId\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n": types.SieiImportDocument,
    "\n  query SignalPlatforms {\n    platforms {\n      id\n      name\n      partners {\n        id\n      }\n    }\n  }\n": types.SignalPlatformsDocument,
    "\n  mutation SignalYoungPerson($input: SignalInput!) {\n    signalYoungPerson(input: $input) {\n      matched\n      caseId\n    }\n  }\n": types.SignalYoungPersonDocument,
    "\n  query MergeSearch($platformId: ID!, $search: String!) {\n    cases(platformId: $platformId, filter: { search: $search }, orderBy: NAME, first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        episode\n        youngPerson {\n          id\n          ine\n          lastName\n          firstNames\n          birthDate\n          commune\n        }\n      }\n    }\n  }\n": types.MergeSearchDocument,
    "\n  query MergeCandidateCase($id: ID!) {\n    case(id: $id) {\n      id\n      platform {\n        id\n      }\n      youngPerson {\n        id\n        version\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n        cases {\n          id\n          episode\n          status\n          source\n          campaign\n          createdAt\n          closeOutcome\n          assignedOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MergeCandidateCaseDocument,
    "\n  query YoungPersonDuplicates($platformId: ID!, $first: Int) {\n    youngPersonDuplicates(platformId: $platformId, first: $first) {\n      reason\n      similarity\n      first {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n      second {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.YoungPersonDuplicatesDocument,
    "\n  mutation MergeYoungPeople($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {\n    mergeYoungPeople(platformId: $platformId, keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) {\n      id\n      version\n      lastName\n      firstNames\n      cases {\n        id\n        episode\n        status\n        closeOutcome\n      }\n    }\n  }\n": types.MergeYoungPeopleDocument,
    "\n  query AccessRequests($status: AccessRequestStatus) {\n    accessRequests(status: $status) {\n      id\n      status\n      email\n      givenName\n      usualName\n      siret\n      createdAt\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveAccessRequestDocument,
    "\n  mutation RejectAccessRequest($input: RejectAccessRequestInput!) {\n    rejectAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.RejectAccessRequestDocument,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        failedLoginCount\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      failedLoginCount\n      lastFailedLoginAt\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": types.AdminUserDocument,
    "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      failedLoginCount\n      version\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n": types.UpdateMembershipRolesDocument,
    "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n": types.RemoveMembershipDocument,
    "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      scopes\n      organisations {\n        id\n        name\n      }\n      platformIds\n      expiresAt\n      rateLimitPerMinute\n      trustedDocumentsOnly\n      usage {\n        operation\n        calls\n        errors\n        lastUsedAt\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query KeyPlatforms {\n    platforms(mine: false) {\n      id\n      name\n    }\n  }\n": types.KeyPlatformsDocument,
    "\n  mutation SetApiKeyRateLimit($id: ID!, $rateLimitPerMinute: Int!) {\n    setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rateLimitPerMinute) {\n      id\n      rateLimitPerMinute\n    }\n  }\n": types.SetApiKeyRateLimitDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhookAccount($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      active\n    }\n  }\n": types.WebhookAccountDocument,
    "\n  query WebhookEndpoints($serviceAccountId: ID) {\n    webhookEndpoints(serviceAccountId: $serviceAccountId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      secretRotatedAt\n      version\n      createdAt\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      serviceAccountId\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      version\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        objectType\n        objectId\n        occurredAt\n        status\n        attemptCount\n        nextAttemptAt\n        lastAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        lastError\n        attempts {\n          id\n          attemptedAt\n          statusCode\n          latencyMs\n          error\n          succeeded\n          manual\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      url\n      eventTypes\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation SetWebhookEndpointEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      version\n      enabled\n    }\n  }\n": types.SetWebhookEndpointEnabledDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      secret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {\n    deleteWebhookEndpoint(id: $id, version: $version)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      device\n      browser\n      addressPrefix\n      method\n      secondFactor\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): typeof import('./graphql').RevokeOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmails($first: Int, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        kindLabel\n        subject\n        createdAt\n        deliveredVia\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql').OutboxEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      toAddress\n      kindLabel\n      subject\n      createdAt\n      deliveredVia\n      sentAt\n      textBody\n    }\n  }\n"): typeof import('./graphql').OutboxEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundQueues {\n    backgroundQueues {\n      name\n      label\n      created\n      retry\n      active\n      completed\n      failed\n      cancelled\n      deadLetter\n      cron\n      scheduleLabel\n    }\n  }\n"): typeof import('./graphql').BackgroundQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {\n    backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        queue\n        queueLabel\n        state\n        createdOn\n        startedOn\n        completedOn\n        retryCount\n        retryLimit\n        error\n      }\n    }\n  }\n"): typeof import('./graphql').BackgroundJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryBackgroundJob($queue: String!, $id: ID!) {\n    retryBackgroundJob(queue: $queue, id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RetryBackgroundJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        actionLabel\n        outcome\n        subjectType\n        subjectId\n        recordType\n        recordCount\n        subject {\n          type\n          id\n          kindLabel\n          label\n          named\n        }\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUsers($search: String) {\n    users(filter: { search: $search, includeInactive: true }, first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AuditUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      episode\n      status\n      source\n      campaign\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      youngPerson {\n        id\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n      }\n      assignedOrganisation {\n        id\n        name\n      }\n      assignedCounsellor {\n        id\n        displayName\n      }\n      assignedAt\n      firstAttemptAt\n      lastAttemptAt\n      reachedAt\n      solutionType\n      solutionStartDate\n      solutionOrganisation {\n        id\n        name\n      }\n      solutionOffer {\n        id\n        name\n      }\n      closeOutcome\n      closeComment\n      closedAt\n      convocationDate\n      flags {\n        minorWithoutSolution\n        noContactAfterAssignment\n        injoignableReached\n        obligationFormationDueDate\n        obligationFormationOverdue\n      }\n      allowedActions\n      contactAttempts {\n        id\n        attemptedAt\n        channel\n        result\n        actor {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n      pendingTransfer {\n        id\n        status\n        reason\n        proposedAt\n        fromPlatformId\n        fromOrganisationId\n        toPlatformId\n        toOrganisationId\n        toPlatform {\n          id\n          name\n        }\n        toOrganisation {\n          id\n          name\n        }\n        proposedBy {\n          id\n          displayName\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePlatforms {\n    platforms {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CasePlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseContactAttempt($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) {\n    recordContactAttempt(caseId: $caseId, version: $version, attemptedAt: $attemptedAt, channel: $channel, result: $result) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CaseContactAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseSituationCheck($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) {\n    recordSituationCheck(caseId: $caseId, version: $version, finding: $finding, note: $note) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CaseSituationCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseSolution(\n    $caseId: ID!\n    $version: Int!\n    $type: SolutionType!\n    $startDate: Date!\n    $organisationId: ID\n    $offerId: ID\n  ) {\n    recordSolution(\n      caseId: $caseId\n      version: $version\n      type: $type\n      startDate: $startDate\n      organisationId: $organisationId\n      offerId: $offerId\n    ) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CaseSolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseClose($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) {\n    closeCase(caseId: $caseId, version: $version, outcome: $outcome, comment: $comment) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CaseCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseReopen($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      version\n      status\n      episode\n    }\n  }\n"): typeof import('./graphql').CaseReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseProposeTransfer($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) {\n    proposeTransfer(caseId: $caseId, version: $version, toOrganisationId: $toOrganisationId, toPlatformId: $toPlatformId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CaseProposeTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferListItem on CaseTransfer {\n    id\n    status\n    reason\n    proposedAt\n    fromPlatform {\n      id\n      name\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toPlatform {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n    proposedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      status\n      youngPerson {\n        id\n        lastName\n        firstNames\n      }\n    }\n  }\n"): typeof import('./graphql').TransferListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingTransfers {\n    incomingTransfers {\n      ...TransferListItem\n    }\n  }\n"): typeof import('./graphql').IncomingTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutgoingTransfers {\n    outgoingTransfers {\n      ...TransferListItem\n    }\n  }\n"): typeof import('./graphql').OutgoingTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($transferId: ID!) {\n    acceptTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseTransfer($transferId: ID!, $reason: String!) {\n    refuseTransfer(transferId: $transferId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RefuseTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTransfer($transferId: ID!) {\n    cancelTransfer(transferId: $transferId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSolutionOffers($filter: SolutionOfferFilter) {\n    solutionOffers(filter: $filter, first: 100) {\n      nodes {\n        id\n        name\n        solutionType\n        organisation {\n          id\n          name\n        }\n        activeFrom\n        activeUntil\n      }\n    }\n  }\n"): typeof import('./graphql').CaseSolutionOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistCase on Case {\n    id\n    version\n    status\n    source\n    campaign\n    lastAttemptAt\n    assignedOrganisation {\n      id\n      name\n    }\n    youngPerson {\n      id\n      ine\n      lastName\n      firstNames\n      birthDate\n      commune\n    }\n    flags {\n      minorWithoutSolution\n      noContactAfterAssignment\n      injoignableReached\n      obligationFormationOverdue\n    }\n  }\n"): typeof import('./graphql').WorklistCaseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformCases($platformId: ID!, $filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    cases(platformId: $platformId, filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignedCases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {\n    assignedCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorklistCase\n      }\n    }\n  }\n"): typeof import('./graphql').AssignedCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCases($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    assignCases(platformId: $platformId, cases: $cases, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AssignCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignCaseTo($caseId: ID!, $version: Int!, $organisationId: ID!, $counsellorId: ID, $reason: String) {\n    reassignCase(caseId: $caseId, version: $version, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ReassignCaseToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {\n    partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').PartnerCounsellorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClasYearConfigFields on ClasYearConfig {\n    schoolYear\n    ratePercent\n    ceilingCentsPerGroup\n    minChildren\n    maxChildren\n    maxChildrenPerAdult\n    warnChildrenPerAdult\n    recommendedSessionsPerWeek\n    latestStartDate\n    earliestEndDate\n    maxBreakWeeks\n    classHours {\n      day\n      start\n      end\n    }\n    configured\n    version\n  }\n"): typeof import('./graphql').ClasYearConfigFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasYearConfig($schoolYear: String!) {\n    clasYearConfig(schoolYear: $schoolYear) {\n      ...ClasYearConfigFields\n    }\n  }\n"): typeof import('./graphql').ClasYearConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClasYearConfig($input: ClasYearConfigInput!) {\n    setClasYearConfig(input: $input) {\n      ...ClasYearConfigFields\n    }\n  }\n"): typeof import('./graphql').SetClasYearConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogClasSession($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) {\n    logClasSession(groupId: $groupId, heldOn: $heldOn, childrenPresent: $childrenPresent, note: $note, presentRosterIds: $presentRosterIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogClasSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogClasActivity($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) {\n    logClasActivity(projectId: $projectId, kind: $kind, heldOn: $heldOn, title: $title, participants: $participants) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogClasActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClasRoster($groupId: ID!, $names: [String!]!) {\n    setClasRoster(groupId: $groupId, names: $names) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SetClasRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClasBilan($projectId: ID!, $version: Int!, $assessment: String!) {\n    submitClasBilan(projectId: $projectId, version: $version, assessment: $assessment) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').SubmitClasBilanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClasEligibilityFields on Eligibility {\n    eligible\n    failures\n    warnings\n    results {\n      rule\n      groupIndex\n      groupLabel\n      outcome\n      value\n      threshold\n      message\n    }\n  }\n"): typeof import('./graphql').ClasEligibilityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClasProjectDetail on ClasProject {\n    id\n    version\n    schoolYear\n    title\n    status\n    organisation {\n      id\n      name\n    }\n    departement {\n      id\n      name\n      code\n    }\n    diagnostic\n    charterSigned\n    inDepartmentalFramework\n    concertationDescription\n    activityKinds\n    localPartners\n    schools {\n      name\n      uai\n      contactName\n    }\n    parentActions {\n      title\n      period\n    }\n    concertationActions {\n      title\n      period\n    }\n    groups {\n      id\n      label\n      level\n      childrenCount\n      accompagnateurs {\n        label\n        kind\n        training\n      }\n      sessions {\n        day\n        start\n        durationMinutes\n      }\n      startDate\n      endDate\n      longestBreakWeeks\n      place\n      eligibleCostCents\n      otherFundingCents\n      fundingEstimateCents\n      sessionLogs {\n        id\n        heldOn\n        childrenPresent\n        note\n        presentRosterIds\n      }\n      roster {\n        id\n        name\n      }\n    }\n    eligibility {\n      ...ClasEligibilityFields\n    }\n    fundingEstimateCents\n    config {\n      ...ClasYearConfigFields\n    }\n    allowedActions\n    editable\n    decisions {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      eligibility {\n        ...ClasEligibilityFields\n      }\n      config {\n        ...ClasYearConfigFields\n      }\n      decidedBy {\n        id\n        displayName\n      }\n      decidedAt\n    }\n    decision {\n      id\n      decision\n      reasons\n      amountGrantedCents\n      decidedAt\n    }\n    comments {\n      id\n      body\n      author {\n        id\n        displayName\n      }\n      authorParty\n      createdAt\n    }\n    activityLogs {\n      id\n      kind\n      heldOn\n      title\n      participants\n    }\n    bilan {\n      sessionsPlanned\n      sessionsHeld\n      attendanceRate\n      parentActionsPlanned\n      parentActionsHeld\n      concertationPlanned\n      concertationHeld\n      assessment\n      submittedAt\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ClasProjectDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasProjects($filter: ClasProjectFilter, $first: Int, $after: String, $offset: Int) {\n    clasProjects(filter: $filter, first: $first, after: $after, offset: $offset) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        schoolYear\n        status\n        fundingEstimateCents\n        submittedAt\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        groups {\n          id\n        }\n        eligibility {\n          eligible\n          failures\n          warnings\n        }\n        decision {\n          id\n          decision\n          amountGrantedCents\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClasProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasStatusCounts($schoolYear: String) {\n    depose: clasProjects(filter: { status: [DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    enInstruction: clasProjects(filter: { status: [EN_INSTRUCTION], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    aCompleter: clasProjects(filter: { status: [A_COMPLETER], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    accepte: clasProjects(filter: { status: [ACCEPTE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    refuse: clasProjects(filter: { status: [REFUSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    bilanDepose: clasProjects(filter: { status: [BILAN_DEPOSE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n    cloture: clasProjects(filter: { status: [CLOTURE], schoolYear: $schoolYear }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ClasStatusCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasWaitingSchoolYears {\n    clasWaitingSchoolYears\n  }\n"): typeof import('./graphql').ClasWaitingSchoolYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasProject($id: ID!) {\n    clasProject(id: $id) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').ClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClasDashboard($schoolYear: String!, $departementId: ID) {\n    clasDashboard(schoolYear: $schoolYear, departementId: $departementId) {\n      schoolYear\n      departement {\n        id\n        name\n        code\n      }\n      projects\n      byStatus {\n        status\n        count\n      }\n      groups\n      children\n      accompagnateurs\n      eligibleProjects\n      fundingRequestedCents\n      fundingGrantedCents\n    }\n  }\n"): typeof import('./graphql').ClasDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClasProject($organisationId: ID!, $content: ClasProjectContentInput!) {\n    createClasProject(organisationId: $organisationId, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').CreateClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClasProject($id: ID!, $version: Int!, $content: ClasProjectContentInput!) {\n    updateClasProject(id: $id, version: $version, content: $content) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').UpdateClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClasProject($id: ID!, $version: Int!) {\n    submitClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').SubmitClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExamineClasProject($id: ID!, $version: Int!) {\n    examineClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').ExamineClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClasProject($input: ClasDecisionInput!) {\n    decideClasProject(input: $input) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').DecideClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseClasProject($id: ID!, $version: Int!) {\n    closeClasProject(id: $id, version: $version) {\n      ...ClasProjectDetail\n    }\n  }\n"): typeof import('./graphql').CloseClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentClasProject($projectId: ID!, $body: String!) {\n    commentClasProject(projectId: $projectId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentClasProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CpmsContractFields on CpmsContract {\n    id\n    status\n    version\n    canEdit\n    textEditable\n    steps\n    canSignAs\n    canLogExchange\n    canScheduleConcertation\n    cpms {\n      id\n      name\n    }\n    school {\n      id\n      name\n    }\n    plan {\n      id\n      title\n      endEvaluationOn\n      midEvaluationOn\n      objectives {\n        code\n        wording\n      }\n    }\n    objectives {\n      code\n      wording\n    }\n    actions\n    cpmsCommitments\n    schoolCommitments\n    informationFlows {\n      what\n      how\n      consent\n    }\n    indicators {\n      label\n      objectiveCode\n      baseline\n      target\n      reached\n      achieved\n    }\n    signatures {\n      party\n      signedAt\n      signerName\n    }\n    evaluationDue {\n      dueOn\n      daysLeft\n      announced\n    }\n    exchanges {\n      id\n      occurredOn\n      way\n      participants\n      subject\n      agreed\n      authorName\n    }\n    concertations {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      status\n    }\n  }\n"): typeof import('./graphql').CpmsContractFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpmsContracts($schoolId: ID, $status: CpmsContractStatus, $evaluationDue: Boolean) {\n    cpmsContracts(schoolId: $schoolId, status: $status, evaluationDue: $evaluationDue) {\n      id\n      status\n      cpms {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n      plan {\n        id\n        title\n      }\n      evaluationDue {\n        dueOn\n        daysLeft\n        announced\n      }\n    }\n  }\n"): typeof import('./graphql').CpmsContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpmsContract($id: ID!) {\n    cpmsContract(id: $id) {\n      ...CpmsContractFields\n    }\n  }\n"): typeof import('./graphql').CpmsContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpmsSchoolPlans {\n    cpmsSchoolPlans {\n      id\n      title\n      startsOn\n      endsOn\n      version\n      school {\n        id\n        name\n      }\n      objectives {\n        code\n        wording\n      }\n      midEvaluationOn\n      midEvaluationResult\n      endEvaluationOn\n      endEvaluationResult\n      document {\n        name\n        size\n        url\n      }\n      canEdit\n      canDraftContract\n      contracts {\n        id\n        status\n        cpms {\n          id\n          name\n        }\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CpmsSchoolPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpmsObjectivesContracts {\n    cpmsObjectivesContracts {\n      id\n      title\n      startsOn\n      endsOn\n      status\n      version\n      objectives\n      canEdit\n      cpms {\n        id\n        name\n      }\n      contracts {\n        id\n        status\n        school {\n          id\n          name\n        }\n        indicators {\n          label\n          baseline\n          target\n          reached\n          achieved\n        }\n      }\n      indicators {\n        label\n        objectiveCode\n        baseline\n        target\n        reached\n        achieved\n      }\n    }\n    cpmsDirectedCentres {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CpmsObjectivesContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCpmsContract($input: CreateCpmsContractInput!) {\n    createCpmsContract(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCpmsContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepCpmsContract($input: CpmsContractStepInput!) {\n    stepCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n"): typeof import('./graphql').StepCpmsContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCpmsContract($input: SignCpmsContractInput!) {\n    signCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n"): typeof import('./graphql').SignCpmsContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {\n    logCpmsExchange(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogCpmsExchangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {\n    scheduleCpmsConcertation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleCpmsConcertationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCpmsIndicatorsReached($input: RecordCpmsIndicatorsReachedInput!) {\n    recordCpmsIndicatorsReached(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n"): typeof import('./graphql').RecordCpmsIndicatorsReachedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {\n    updateCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateCpmsSchoolPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {\n    createCpmsSchoolPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateCpmsSchoolPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {\n    createCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateCpmsObjectivesContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {\n    updateCpmsObjectivesContract(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateCpmsObjectivesContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCpmsContract($input: UpdateCpmsContractInput!) {\n    updateCpmsContract(input: $input) {\n      ...CpmsContractFields\n    }\n  }\n"): typeof import('./graphql').UpdateCpmsContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OncallPools {\n    oncallPools {\n      id\n      name\n      canDirect\n      maxShiftMinutes\n      minRestMinutes\n      version\n      cpms {\n        id\n        name\n      }\n      people {\n        id\n        displayName\n        cpmsName\n        isAgent\n        phone\n      }\n      templates {\n        id\n        weekday\n        startTime\n        endTime\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OncallPoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OncallRota($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      shifts(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        minutes\n        crossesDstChange\n        status\n        version\n        agent {\n          id\n          displayName\n        }\n        backup {\n          id\n          displayName\n        }\n      }\n      swaps {\n        id\n        role\n        status\n        note\n        version\n        createdAt\n        shift {\n          id\n          startsAt\n          endsAt\n        }\n        from {\n          id\n          displayName\n        }\n        to {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OncallRotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OncallCheck($id: ID!, $from: Date!, $to: Date!) {\n    oncallPool(id: $id) {\n      id\n      check(from: $from, to: $to) {\n        coveredMinutes\n        periodMinutes\n        issues {\n          kind\n          startsAt\n          endsAt\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OncallCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OncallNow($id: ID!) {\n    cpmsOnCall(poolId: $id) {\n      at\n      shift {\n        id\n        startsAt\n        endsAt\n      }\n      agent {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n      backup {\n        id\n        displayName\n        cpmsName\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').OncallNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OncallCalls($id: ID!, $month: String!) {\n    oncallPool(id: $id) {\n      id\n      calls(month: $month) {\n        id\n        receivedAt\n        callerKind\n        category\n        urgency\n        action\n        followUpDue\n        followUpDoneAt\n        version\n        referredCpms {\n          id\n          name\n        }\n      }\n      callStats(month: $month) {\n        month\n        total\n        byCategory {\n          category\n          count\n        }\n        byHour {\n          hour\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OncallCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOncallShift($input: CreateOncallShiftInput!) {\n    createOncallShift(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOncallShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {\n    deleteOncallShift(input: $input)\n  }\n"): typeof import('./graphql').DeleteOncallShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {\n    publishOncallPeriod(input: $input) {\n      published\n    }\n  }\n"): typeof import('./graphql').PublishOncallPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {\n    proposeOncallSwap(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeOncallSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOncallSwap($input: DecideOncallSwapInput!) {\n    decideOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideOncallSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOncallCall($input: LogOncallCallInput!) {\n    logOncallCall(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogOncallCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {\n    closeOncallFollowUp(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CloseOncallFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {\n    generateOncallWeeks(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').GenerateOncallWeeksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {\n    updateOncallRules(input: $input) {\n      id\n      version\n      maxShiftMinutes\n      minRestMinutes\n    }\n  }\n"): typeof import('./graphql').UpdateOncallRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {\n    replaceOncallTemplates(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReplaceOncallTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOncallPhone($input: SetOncallPhoneInput!) {\n    setOncallPhone(input: $input) {\n      id\n      phone\n    }\n  }\n"): typeof import('./graphql').SetOncallPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {\n    withdrawOncallSwap(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawOncallSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpmsIndicators($year: Int!, $zoneId: ID) {\n    cpmsIndicators(year: $year, zoneId: $zoneId) {\n      year\n      rule\n      zones {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      tables {\n        key\n        title\n        columns\n        note\n        chart\n        rows {\n          label\n          cells {\n            value\n            display\n            masked\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CpmsIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TerritoryOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CommuneSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformActionCases($platformId: ID, $on: Date) {\n    platformActions(platformId: $platformId, from: $on, to: $on, first: 100) {\n      nodes {\n        id\n        cases {\n          id\n          youngPerson {\n            lastName\n            firstNames\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformActionCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionOfferItem on SolutionOffer {\n    id\n    name\n    solutionType\n    organisation {\n      id\n      name\n    }\n    communes\n    ageMin\n    ageMax\n    conditions\n    places\n    contact\n    activeFrom\n    activeUntil\n    version\n    canEdit\n    platform {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SolutionOfferItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionOffers($filter: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) {\n    solutionOffers(filter: $filter, first: $first, after: $after, offset: $offset) {\n      nodes {\n        ...SolutionOfferItem\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SolutionOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSolutionOffer($input: CreateSolutionOfferInput!) {\n    createSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n"): typeof import('./graphql').CreateSolutionOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSolutionOffer($input: UpdateSolutionOfferInput!) {\n    updateSolutionOffer(input: $input) {\n      ...SolutionOfferItem\n    }\n  }\n"): typeof import('./graphql').UpdateSolutionOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {\n    deleteSolutionOffer(input: $input)\n  }\n"): typeof import('./graphql').DeleteSolutionOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformActions($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    platformActions(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        kind\n        title\n        heldOn\n        description\n        participants\n        caseIds\n        version\n        canEdit\n        partnerOrganisations {\n          id\n          name\n        }\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlatformAction($input: CreatePlatformActionInput!) {\n    createPlatformAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePlatformActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {\n    updatePlatformAction(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePlatformActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlatformAction($input: DeletePlatformActionInput!) {\n    deletePlatformAction(input: $input)\n  }\n"): typeof import('./graphql').DeletePlatformActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VeilleDocuments($platformId: ID, $first: Int, $after: String, $offset: Int) {\n    veilleDocuments(platformId: $platformId, first: $first, after: $after, offset: $offset) {\n      nodes {\n        id\n        title\n        url\n        publishedOn\n        summary\n        addedByName\n        createdAt\n        version\n        canEdit\n        platform {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VeilleDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {\n    addVeilleDocument(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddVeilleDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {\n    updateVeilleDocument(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateVeilleDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {\n    deleteVeilleDocument(input: $input)\n  }\n"): typeof import('./graphql').DeleteVeilleDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListItem on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    visioUrl\n    status\n    parcours\n    platform {\n      id\n      name\n    }\n    cio {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MeetingListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingList($platformId: ID, $kind: MeetingKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    meetings(platformId: $platformId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CioMeetings($cioId: ID!, $first: Int, $after: String) {\n    cioMeetings(cioId: $cioId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MeetingListItem\n      }\n    }\n  }\n"): typeof import('./graphql').CioMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      theme\n      communes\n      startsAt\n      endsAt\n      place\n      visioUrl\n      status\n      cancelReason\n      agenda\n      minutes\n      decisions\n      caseAccessDays\n      caseAccessUntil\n      canEdit\n      version\n      parcours\n      cio {\n        id\n        name\n      }\n      cpmsContract {\n        id\n        cpms {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n      platform {\n        id\n        name\n        partners {\n          id\n          name\n        }\n      }\n      platforms {\n        id\n        name\n      }\n      invitees {\n        id\n        label\n        userId\n        guestName\n        guestEmail\n        guestOrganisation\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      situations {\n        caseId\n        caseVersion\n        lastName\n        firstNames\n        age\n        commune\n        status\n        lastContactAt\n        flags {\n          minorWithoutSolution\n          noContactAfterAssignment\n          injoignableReached\n          obligationFormationOverdue\n        }\n        assignedOrganisation {\n          id\n          name\n        }\n        proposal\n        decision\n        decisionComment\n        decidedAt\n      }\n      actions {\n        id\n        meetingId\n        meetingStartsAt\n        carriedOver\n        title\n        ownerName\n        ownerOrganisation {\n          id\n          name\n        }\n        dueDate\n        status\n        note\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMinutes($input: RecordMinutesInput!) {\n    recordMinutes(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RecordMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingAction($input: AddMeetingActionInput!) {\n    addMeetingAction(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddMeetingActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {\n    updateMeetingAction(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateMeetingActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSituation($input: DecideSituationInput!) {\n    decideSituation(input: $input) {\n      caseId\n      caseVersion\n      decision\n    }\n  }\n"): typeof import('./graphql').DecideSituationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        text\n        link\n        count\n        organisation {\n          id\n          name\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead($upTo: ID) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      label\n      audience\n      mode\n      locked\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      fase\n      timeZone\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').SetOrganisationActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationCios {\n    orientationCios {\n      id\n      name\n      canDirect\n      people {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationCiosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationCriteria($cioId: ID!) {\n    evaluationCriteria(cioId: $cioId) {\n      id\n      label\n      indicator\n      baseline\n      target\n      unit\n      version\n      values {\n        id\n        measuredOn\n        value\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluationCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewCounts($cioId: ID!, $from: String!, $to: String!) {\n    orientationInterviewCounts(cioId: $cioId, from: $from, to: $to) {\n      networkId\n      networkName\n      month\n      theme\n      count\n    }\n  }\n"): typeof import('./graphql').InterviewCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QvtCampaigns($cioId: ID!) {\n    qvtCampaigns(cioId: $cioId) {\n      id\n      title\n      opensOn\n      closesOn\n      canAnswer\n      answered\n      questions {\n        id\n        kind\n        label\n        lowLabel\n        highLabel\n      }\n      results {\n        respondents\n        threshold\n        questions {\n          questionId\n          answers\n          mean\n          distribution\n          comments\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QvtCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {\n    answerQvtCampaign(input: $input) {\n      id\n      answered\n      canAnswer\n    }\n  }\n"): typeof import('./graphql').AnswerQvtCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {\n    createEvaluationCriterion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateEvaluationCriterionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {\n    updateEvaluationCriterion(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateEvaluationCriterionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {\n    deleteEvaluationCriterion(input: $input)\n  }\n"): typeof import('./graphql').DeleteEvaluationCriterionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCriterionValue($input: AddCriterionValueInput!) {\n    addCriterionValue(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddCriterionValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCriterionValue($id: ID!) {\n    removeCriterionValue(id: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RemoveCriterionValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {\n    saveInterviewCounts(input: $input) {\n      networkId\n      month\n      theme\n      count\n    }\n  }\n"): typeof import('./graphql').SaveInterviewCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {\n    createQvtCampaign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateQvtCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkPlans($cioId: ID!) {\n    workPlans(cioId: $cioId) {\n      id\n      title\n      startMonth\n      endMonth\n      state\n      canEdit\n      version\n      completion {\n        total\n        late\n        fait\n        enCours\n        aFaire\n        reporte\n        abandonne\n      }\n      actions {\n        id\n        title\n        roles\n        startMonth\n        endMonth\n        status\n        late\n        evidenceUrl\n        minutesMeetingId\n        version\n        canChangeStatus\n        canComment\n        people {\n          id\n          displayName\n        }\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {\n    createWorkPlanAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateWorkPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {\n    updateWorkPlanAction(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateWorkPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {\n    deleteWorkPlan(input: $input)\n  }\n"): typeof import('./graphql').DeleteWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {\n    deleteWorkPlanAction(input: $input)\n  }\n"): typeof import('./graphql').DeleteWorkPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {\n    setWorkPlanActionStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').SetWorkPlanActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {\n    addWorkPlanComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddWorkPlanCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationPeriods($cioId: ID!, $schoolYear: String!) {\n    orientationPeriods(cioId: $cioId, schoolYear: $schoolYear) {\n      id\n      name\n      startsOn\n      endsOn\n      schoolYear\n      version\n    }\n  }\n"): typeof import('./graphql').OrientationPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationNetworks($cioId: ID!) {\n    orientationNetworks(cioId: $cioId) {\n      id\n      name\n      version\n      warnings\n      headSchool {\n        id\n        name\n        uai\n      }\n      schools {\n        id\n        name\n        uai\n      }\n      psyen {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationServiceCheck($cioId: ID!, $schoolYear: String!) {\n    orientationServiceCheck(cioId: $cioId, schoolYear: $schoolYear) {\n      services {\n        person {\n          id\n          displayName\n        }\n        periodId\n        quotityPercent\n        availableHalfDays\n        cioHalfDays\n        schoolHalfDays\n        version\n      }\n      uncovered {\n        networkId\n        networkName\n        periodId\n        periodName\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationServiceCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationTimetable($periodId: ID!, $userId: ID, $schoolId: ID) {\n    orientationTimetable(periodId: $periodId, userId: $userId, schoolId: $schoolId) {\n      id\n      weekday\n      halfDay\n      activity\n      mode\n      networkId\n      school {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationTimetableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {\n    createOrientationPeriod(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrientationPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {\n    createOrientationNetwork(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrientationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {\n    updateOrientationNetwork(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateOrientationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPsyenWeek($input: SetPsyenWeekInput!) {\n    setPsyenWeek(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetPsyenWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {\n    setPsyenQuotity(input: $input) {\n      quotityPercent\n      version\n    }\n  }\n"): typeof import('./graphql').SetPsyenQuotityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationSchools {\n    organisations(filter: { kind: EPLE }, first: 100) {\n      nodes {\n        id\n        name\n        uai\n        lyceeTeteDeReseau\n        communeName\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationDuties($cioId: ID!) {\n    orientationDuties(cioId: $cioId) {\n      id\n      label\n      position\n      version\n      cells {\n        role\n        involvement\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {\n    createOrientationDuty(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrientationDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {\n    updateOrientationDuty(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateOrientationDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {\n    deleteOrientationDuty(input: $input)\n  }\n"): typeof import('./graphql').DeleteOrientationDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrientationTransversalFiles($cioId: ID!) {\n    orientationTransversalFiles(cioId: $cioId) {\n      id\n      kind\n      title\n      since\n      status\n      summary\n      documentLinks\n      version\n      pilot {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').OrientationTransversalFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTransversalFile($input: CreateTransversalFileInput!) {\n    createTransversalFile(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTransversalFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {\n    updateTransversalFile(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateTransversalFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccompaniedPerson($person: PersonInput!, $organisationId: ID!, $mission: String!) {\n    createAccompaniedPerson(person: $person, organisationId: $organisationId, mission: $mission) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAccompaniedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {\n    updateAccompaniedPerson(id: $id, version: $version, person: $person) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateAccompaniedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccompanimentMember($input: MemberInput!) {\n    addAccompanimentMember(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AddAccompanimentMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {\n    endAccompanimentMember(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n"): typeof import('./graphql').EndAccompanimentMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeReference($personId: ID!, $comment: String) {\n    proposeReference(personId: $personId, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReference($input: ReferenceDecisionInput!) {\n    decideReference(input: $input) {\n      id\n      status\n      referent {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').DecideReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {\n    addPlanGoal(personId: $personId, theme: $theme, title: $title) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddPlanGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanAction($input: PlanActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {\n    addCompetence(personId: $personId, kind: $kind, label: $label) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompetence($id: ID!) {\n    removeCompetence(id: $id)\n  }\n"): typeof import('./graphql').RemoveCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: ConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSynthese($input: SyntheseInput!) {\n    scheduleSynthese(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleSyntheseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {\n    recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordSyntheseAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSynthesePaParticipation($meetingId: ID!, $version: Int!, $participates: Boolean!) {\n    setSynthesePaParticipation(meetingId: $meetingId, version: $version, participates: $participates) {\n      id\n      paParticipates\n      version\n    }\n  }\n"): typeof import('./graphql').SetSynthesePaParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSyntheseOutcome($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) {\n    recordSyntheseOutcome(meetingId: $meetingId, version: $version, notes: $notes, decisions: $decisions) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordSyntheseOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccompaniedPersons($search: String, $first: Int, $after: String) {\n    accompaniedPersons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        lastName\n        firstNames\n        birthDate\n        domiciled\n        reference {\n          id\n          status\n          referent {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        members {\n          id\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccompaniedPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccompaniedPersonDetail($id: ID!) {\n    accompaniedPerson(id: $id) {\n      id\n      lastName\n      firstNames\n      birthDate\n      phone\n      email\n      address\n      domiciled\n      domiciliationOrganisation {\n        id\n        name\n      }\n      myMemberId\n      allowedActions\n      refusedActions {\n        action\n        reason\n        step\n      }\n      version\n      createdAt\n      updatedAt\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n        professionalName\n        displayName\n        organisation {\n          id\n          name\n        }\n        service\n        mission\n        since\n        until\n        active\n        isReferent\n      }\n      reference {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedBy {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n        allowedActions\n        version\n        history {\n          action\n          fromStatus\n          toStatus\n          referent {\n            id\n            displayName\n          }\n          motive\n          endReason\n          comment\n          at\n          by {\n            id\n            displayName\n          }\n        }\n      }\n      references {\n        id\n        status\n        referent {\n          id\n          displayName\n        }\n        proposedAt\n        chosenAt\n        sansSuiteMotive\n        endReason\n        endedAt\n        comment\n      }\n      goals {\n        id\n        theme\n        title\n        createdAt\n        actions {\n          id\n          title\n          member {\n            id\n            displayName\n          }\n          byPerson\n          dueDate\n          status\n          version\n        }\n      }\n      competences {\n        id\n        kind\n        label\n      }\n      consents {\n        id\n        kind\n        document {\n          id\n          title\n        }\n        member {\n          id\n          displayName\n        }\n        meeting {\n          id\n          subject\n          scheduledAt\n        }\n        givenAt\n        withdrawnAt\n        active\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      syntheses {\n        id\n        scheduledAt\n        subject\n        requestedBy\n        participants {\n          member {\n            id\n            displayName\n          }\n          agreedToPaPresence\n        }\n        paAgreed\n        paParticipates\n        notes\n        decisions\n        version\n      }\n      documents {\n        id\n        title\n        category\n        contentType\n        sizeBytes\n        uploadedBy {\n          id\n          displayName\n        }\n        uploadedAt\n        sharedWith {\n          id\n          displayName\n        }\n        readable\n      }\n    }\n  }\n"): typeof import('./graphql').AccompaniedPersonDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParcoursProfessionals($organisationId: ID!, $search: String, $first: Int) {\n    parcoursProfessionals(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      displayName\n      roles\n    }\n  }\n"): typeof import('./graphql').ParcoursProfessionalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParcoursIndicators {\n    parcoursIndicators {\n      persons\n      referencesProposed\n      byStatus {\n        status\n        count\n      }\n      sansSuiteByMotive {\n        motive\n        count\n      }\n      endedByReason {\n        reason\n        count\n      }\n      professionalsActingAsReferent\n      lockersInUse\n      documents\n    }\n  }\n"): typeof import('./graphql').ParcoursIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptionsForParcours($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionsForParcoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PlatformReferentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PlatformPartnerOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n"): typeof import('./graphql').PsadPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BilanTableFields on BilanTable {\n    key\n    title\n    columns\n    rows {\n      label\n      cells {\n        value\n        display\n        masked\n      }\n    }\n    note\n    chart\n  }\n"): typeof import('./graphql').BilanTableFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PsadBilanFields on PsadBilan {\n    platforms {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    previousFrom\n    previousTo\n    generatedAt\n    masked\n    rule\n    tables {\n      ...BilanTableFields\n    }\n    sections {\n      besoins\n      perspectives\n      veille\n      actionsPartenaires\n    }\n    sectionsVersion\n  }\n"): typeof import('./graphql').PsadBilanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PsadBilan($platformId: ID!, $from: Date, $to: Date) {\n    psadBilan(platformId: $platformId, from: $from, to: $to) {\n      ...PsadBilanFields\n    }\n  }\n"): typeof import('./graphql').PsadBilanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalBilan($from: Date, $to: Date) {\n    regionalBilan(from: $from, to: $to) {\n      periodFrom\n      periodTo\n      platforms {\n        id\n        name\n      }\n      sideBySide {\n        ...BilanTableFields\n      }\n      consolidated {\n        ...PsadBilanFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegionalBilanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBilanSections($input: SaveBilanSectionsInput!) {\n    saveBilanSections(input: $input) {\n      ...PsadBilanFields\n    }\n  }\n"): typeof import('./graphql').SaveBilanSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPlatforms {\n    platforms {\n      id\n      name\n      active\n    }\n  }\n"): typeof import('./graphql').DashboardPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PsadDashboard($platformId: ID!, $campaign: String) {\n    psadDashboard(platformId: $platformId, campaign: $campaign) {\n      platformId\n      campaign\n      campaigns\n      total\n      withoutSolution\n      funnel {\n        stage\n        count\n        shareOfIdentified\n        shareOfPrevious\n      }\n      bySource {\n        source\n        signalSource\n        count\n      }\n      solutionsByType {\n        type\n        count\n        share\n      }\n      closuresByOutcome {\n        outcome\n        count\n        share\n      }\n      minorsWithoutSolution {\n        count\n        minors\n        share\n      }\n      delays {\n        medianDaysToFirstAttempt\n        firstAttemptCount\n        medianDaysToSolution\n        solutionCount\n      }\n      partners {\n        organisation {\n          id\n          name\n        }\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      transfers {\n        incoming\n        outgoing\n        betweenPartners\n      }\n    }\n  }\n"): typeof import('./graphql').PsadDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformImports($platformId: ID!) {\n    imports(platformId: $platformId) {\n      id\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        duplicatesInFile\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SieiImport($id: ID!) {\n    import(id: $id) {\n      id\n      platformId\n      campaign\n      fileName\n      status\n      uploadedAt\n      confirmedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      report {\n        total\n        accepted\n        merged\n        rejectedCount\n        rejected {\n          line\n          reason\n        }\n        duplicatesInFile\n        warnings\n        created\n        updated\n        casesOpened\n      }\n      preview {\n        columns\n        sample {\n          line\n          cells\n          outcome\n          note\n        }\n        duplicates {\n          line\n          sameAsLine\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          first {\n            ine\n            lastName\n            firstNames\n            birthDate\n          }\n        }\n        merged {\n          line\n          matchedOn\n          ine\n          lastName\n          firstNames\n          birthDate\n          known {\n            youngPersonId\n            ine\n            lastName\n            firstNames\n            birthDate\n            caseId\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SieiImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalPlatforms {\n    platforms {\n      id\n      name\n      partners {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignalPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignalYoungPerson($input: SignalInput!) {\n    signalYoungPerson(input: $input) {\n      matched\n      caseId\n    }\n  }\n"): typeof import('./graphql').SignalYoungPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSearch($platformId: ID!, $search: String!) {\n    cases(platformId: $platformId, filter: { search: $search }, orderBy: NAME, first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        episode\n        youngPerson {\n          id\n          ine\n          lastName\n          firstNames\n          birthDate\n          commune\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MergeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidateCase($id: ID!) {\n    case(id: $id) {\n      id\n      platform {\n        id\n      }\n      youngPerson {\n        id\n        version\n        ine\n        lastName\n        firstNames\n        birthDate\n        sex\n        address\n        postalCode\n        commune\n        phone\n        email\n        lastSchoolUai\n        lastFormation\n        schoolExitDate\n        highestDiploma\n        cases {\n          id\n          episode\n          status\n          source\n          campaign\n          createdAt\n          closeOutcome\n          assignedOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MergeCandidateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YoungPersonDuplicates($platformId: ID!, $first: Int) {\n    youngPersonDuplicates(platformId: $platformId, first: $first) {\n      reason\n      similarity\n      first {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n      second {\n        id\n        lastName\n        firstNames\n        birthDate\n        ine\n        cases {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').YoungPersonDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeYoungPeople($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {\n    mergeYoungPeople(platformId: $platformId, keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) {\n      id\n      version\n      lastName\n      firstNames\n      cases {\n        id\n        episode\n        status\n        closeOutcome\n      }\n    }\n  }\n"): typeof import('./graphql').MergeYoungPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequests($status: AccessRequestStatus) {\n    accessRequests(status: $status) {\n      id\n      status\n      email\n      givenName\n      usualName\n      siret\n      createdAt\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AccessRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {\n    approveAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveAccessRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAccessRequest($input: RejectAccessRequestInput!) {\n    rejectAccessRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectAccessRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        failedLoginCount\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      failedLoginCount\n      lastFailedLoginAt\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      failedLoginCount\n      version\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMembershipRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n"): typeof import('./graphql').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      scopes\n      organisations {\n        id\n        name\n      }\n      platformIds\n      expiresAt\n      rateLimitPerMinute\n      trustedDocumentsOnly\n      usage {\n        operation\n        calls\n        errors\n        lastUsedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPlatforms {\n    platforms(mine: false) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').KeyPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiKeyRateLimit($id: ID!, $rateLimitPerMinute: Int!) {\n    setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rateLimitPerMinute) {\n      id\n      rateLimitPerMinute\n    }\n  }\n"): typeof import('./graphql').SetApiKeyRateLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookAccount($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      active\n    }\n  }\n"): typeof import('./graphql').WebhookAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($serviceAccountId: ID) {\n    webhookEndpoints(serviceAccountId: $serviceAccountId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      secretRotatedAt\n      version\n      createdAt\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      serviceAccountId\n      url\n      eventTypes\n      enabled\n      disabledReason\n      failingSince\n      version\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        objectType\n        objectId\n        occurredAt\n        status\n        attemptCount\n        nextAttemptAt\n        lastAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        lastError\n        attempts {\n          id\n          attemptedAt\n          statusCode\n          latencyMs\n          error\n          succeeded\n          manual\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      version\n      url\n      eventTypes\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookEndpointEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      version\n      enabled\n    }\n  }\n"): typeof import('./graphql').SetWebhookEndpointEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!, $version: Int!) {\n    rotateWebhookSecret(id: $id, version: $version) {\n      secret\n      endpoint {\n        id\n        url\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {\n    deleteWebhookEndpoint(id: $id, version: $version)\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
