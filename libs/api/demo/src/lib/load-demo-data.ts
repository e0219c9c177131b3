import { DataSource, EntityManager } from 'typeorm';
import { zonedWallTimeToInstant, type Stage } from '@gp/domain';
import {
  CallEntity,
  ChecklistItemEntity,
  ChecklistTemplateItemEntity,
  CoFundingFrameEntity,
  CoFundingRequestEntity,
  DecisionBodyEntity,
  DepartmentEntity,
  ProgrammeEntity,
  ProjectEntity,
  SystemFlagEntity,
  UserAccountEntity,
} from '@gp/api/data';
import { syncProjectDeadlines, type PlanningContext } from '@gp/api/deadline-sync';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD, type DemoDepartment } from './demo-accounts';
import {
  DEMO_BODY_RHYTHM,
  DEMO_COMMITTEES,
  DEMO_FRAME_MINOR,
  DEMO_HEAD_LIMIT_MINOR,
  meetingDays,
} from './demo-decision-bodies';
import { loadDemoExchangeRates } from './demo-exchange-rates';
import { DEMO_CHECKLISTS, DEMO_EU_CHECKLIST, type DemoChecklistItem } from './demo-checklists';
import { DEMO_PROGRAMMES, type DemoCall } from './demo-programmes';
import { DEMO_PROJECTS, type DemoProject } from './demo-projects';

interface DemoSet {
  /** The system flag that records the set was loaded; claimed before loading. */
  flag: string;
  load: (manager: EntityManager, now: Date) => Promise<void>;
}

/**
 * Loads each part of the demo municipality once per database: its flag row is claimed first, in
 * the same transaction, so two processes starting together cannot both load it, and what a user
 * changed or deleted afterwards is never put back. A part added in a later release is loaded into
 * an installation that already has the earlier ones.
 * @returns the flags of the parts this call loaded
 */
export async function loadDemoDataOnce(
  dataSource: DataSource,
  hashPassword: (plain: string) => Promise<string>,
  now = new Date(),
  context: PlanningContext = { timeZone: 'Europe/Stockholm', country: 'SE' },
): Promise<string[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sets: DemoSet[] = [
    { flag: 'demo_data_loaded_at', load: (manager) => loadPeople(manager, passwordHash) },
    { flag: 'demo_programmes_loaded_at', load: loadProgrammes },
    { flag: 'demo_projects_loaded_at', load: (manager, at) => loadProjects(manager, at) },
    { flag: 'demo_checklists_loaded_at', load: loadChecklistsAndCoFunding },
    { flag: 'demo_deadlines_loaded_at', load: (manager) => loadDeadlines(manager, context) },
    {
      flag: 'demo_decision_bodies_loaded_at',
      load: (manager, at) => loadDecisionBodies(manager, at, context),
    },
    {
      flag: 'demo_exchange_rates_loaded_at',
      load: (manager) => loadDemoExchangeRates(manager, context.country),
    },
  ];
  const loaded: string[] = [];
  for (const set of sets) {
    const claimed = await dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(SystemFlagEntity)
        .values({ key: set.flag, value: now.toISOString() })
        .orIgnore()
        .returning(['key'])
        .execute();
      if (result.raw.length === 0) return false;
      await set.load(manager, now);
      return true;
    });
    if (claimed) loaded.push(set.flag);
  }
  return loaded;
}

async function loadPeople(manager: EntityManager, passwordHash: string): Promise<void> {
  const departments = await manager.save(
    DepartmentEntity,
    DEMO_DEPARTMENTS.map((name) => manager.create(DepartmentEntity, { name })),
  );
  const byName = new Map(departments.map((d) => [d.name, d]));
  await manager.save(
    UserAccountEntity,
    DEMO_ACCOUNTS.map((account) =>
      manager.create(UserAccountEntity, {
        ...account,
        passwordHash,
        departments: account.departments.map((name) => byName.get(name) as DepartmentEntity),
      }),
    ),
  );
}

async function loadProgrammes(manager: EntityManager, now: Date): Promise<void> {
  for (const { calls, ...programme } of DEMO_PROGRAMMES) {
    const saved = await manager.save(ProgrammeEntity, manager.create(ProgrammeEntity, programme));
    await manager.save(
      CallEntity,
      calls.map((call) => manager.create(CallEntity, { ...callFields(call, now), programmeId: saved.id })),
    );
  }
}

/** The call's next deadline after `now`, as the funder publishes it, and the day it opens. */
function callFields(call: DemoCall, now: Date): Partial<CallEntity> {
  const { month, day, time, zone } = call.deadline;
  const pad = (n: number) => String(n).padStart(2, '0');
  let year = now.getUTCFullYear();
  let deadline = zonedWallTimeToInstant(`${year}-${pad(month)}-${pad(day)}T${time}`, zone) as Date;
  if (deadline <= now)
    deadline = zonedWallTimeToInstant(`${++year}-${pad(month)}-${pad(day)}T${time}`, zone) as Date;
  const opensOn = new Date(deadline.getTime() - call.opensDaysBefore * 86_400_000).toISOString().slice(0, 10);
  return {
    title: call.title,
    opensOn,
    deadline,
    deadlineTimeZone: zone,
    maxGrantMinor: call.maxGrantMinor,
    maxGrantCurrency: call.maxGrantCurrency,
    coFinancingRatePercent: call.coFinancingRatePercent,
    link: call.link,
  };
}

/**
 * When a demo project was entered, so the reports date its application plausibly (a project
 * entered at its stage has no moves, and counts as submitted the day it was entered): four months
 * before its decision, six weeks ago for one awaiting a decision, today for ideas and applications.
 */
function demoEnteredAt(decisionDate: string | null, stage: Stage, now: Date): Date {
  const daysBefore = (from: Date, days: number) => new Date(from.getTime() - days * 86_400_000);
  if (decisionDate) return daysBefore(new Date(`${decisionDate}T09:00:00Z`), 120);
  if (stage === 'decision') return daysBefore(now, 42);
  return now;
}

const minor = (whole: number | undefined) => (whole === undefined ? null : Math.round(whole * 100));

/** Needs the demo people and programmes; projects of a programme no longer there get none. */
async function loadProjects(manager: EntityManager, now: Date): Promise<void> {
  const departments = new Map((await manager.find(DepartmentEntity)).map((d) => [d.name, d.id]));
  const programmes = new Map(
    (await manager.find(ProgrammeEntity, { relations: { calls: true } })).map((p) => [p.name, p]),
  );
  const users = new Map((await manager.find(UserAccountEntity)).map((u) => [u.email, u.id]));
  const coordinatorId = users.get('samordnare@demo.kommun.se') ?? null;
  const leadId = users.get('projektledare@demo.kommun.se') ?? null;
  const rows = DEMO_PROJECTS.filter((p) => departments.has(p.department)).map((p: DemoProject) => {
    const programme = p.programme ? programmes.get(p.programme) : undefined;
    const awaitingCall = p.stage === 'application' || p.stage === 'decision';
    const call = awaitingCall
      ? [...(programme?.calls ?? [])].sort((a, b) => a.deadline.getTime() - b.deadline.getTime())[0]
      : undefined;
    const decisionDate =
      p.stage === 'running' || (p.stage === 'closed' && p.outcome !== 'withdrawn')
        ? (p.period?.[0] ?? null)
        : null;
    return manager.create(ProjectEntity, {
      title: p.title,
      purpose: p.purpose,
      stage: p.stage,
      outcome: p.outcome ?? null,
      departmentId: departments.get(p.department) as string,
      projectLeadId: p.ledByDemoLead ? leadId : null,
      coordinatorId,
      programmeId: programme?.id ?? null,
      callId: call?.id ?? null,
      municipalityRole: p.role ?? null,
      plannedStart: p.period?.[0] ?? null,
      plannedEnd: p.period?.[1] ?? null,
      budgetCurrency: p.budget?.currency ?? 'SEK',
      budgetTotalMinor: minor(p.budget?.total),
      requestedGrantMinor: minor(p.budget?.requested),
      ownCashMinor: minor(p.budget?.ownCash),
      ownInKindMinor: minor(p.budget?.ownInKind),
      grantedMinor: minor(p.budget?.granted),
      partners: p.partners ?? [],
      themes: p.themes ?? [],
      sdgs: p.sdgs ?? [],
      internationalisationForm: p.form ?? null,
      isPublic: Boolean(p.publicSummary),
      publicSummary: p.publicSummary ?? '',
      contactName: p.contact?.[0] ?? '',
      contactEmail: p.contact?.[1] ?? '',
      results: p.results ?? '',
      decisionDate,
      createdAt: demoEnteredAt(decisionDate, p.stage, now),
    });
  });
  await manager.save(ProjectEntity, rows);
}

const NATIONAL_CHECKLIST: DemoChecklistItem[] = [
  { title: 'Projektplan', guidance: 'Syfte, mål, aktiviteter och tidplan.', required: true, daysBefore: 14 },
  { title: 'Budget', guidance: 'Kostnader och finansiering per år.', required: true, daysBefore: 7 },
  {
    title: 'Beslut om medfinansiering',
    guidance: 'Protokollsutdrag från nämnden.',
    required: true,
    daysBefore: 7,
  },
];

/**
 * Checklist templates for the catalogue's programmes; the demo applications get their checklists,
 * half done while applying and done once submitted, and the co-funding their departments were asked for.
 */
async function loadChecklistsAndCoFunding(manager: EntityManager): Promise<void> {
  const programmes = await manager.find(ProgrammeEntity);
  const templates = new Map<string, ChecklistTemplateItemEntity[]>();
  for (const programme of programmes) {
    const lines =
      DEMO_CHECKLISTS[programme.name] ??
      (programme.kind === 'national' || programme.kind === 'foundation'
        ? NATIONAL_CHECKLIST
        : DEMO_EU_CHECKLIST);
    templates.set(
      programme.id,
      await manager.save(
        ChecklistTemplateItemEntity,
        lines.map((line, position) =>
          manager.create(ChecklistTemplateItemEntity, {
            programmeId: programme.id,
            title: line.title,
            guidance: line.guidance,
            required: line.required,
            dueDaysBefore: line.daysBefore,
            dueOn: null,
            position,
          }),
        ),
      ),
    );
  }
  const coordinator = await manager.findOneBy(UserAccountEntity, { email: 'samordnare@demo.kommun.se' });
  const applications = await manager.find(ProjectEntity, {
    where: [{ stage: 'application' }, { stage: 'decision' }],
    order: { title: 'ASC' },
  });
  for (const project of applications) {
    const template = project.programmeId ? (templates.get(project.programmeId) ?? []) : [];
    const submitted = project.stage === 'decision';
    await manager.save(
      ChecklistItemEntity,
      template.map((line, position) =>
        manager.create(ChecklistItemEntity, {
          projectId: project.id,
          templateItemId: line.id,
          title: line.title,
          guidance: line.guidance,
          required: line.required,
          dueDaysBefore: line.dueDaysBefore,
          dueOn: line.dueOn,
          position,
          doneAt: submitted || position < template.length / 2 ? new Date(project.createdAt) : null,
          doneById: submitted || position < template.length / 2 ? (coordinator?.id ?? null) : null,
        }),
      ),
    );
    const cash = project.ownCashMinor ?? 0;
    const inKind = project.ownInKindMinor ?? 0;
    if (cash + inKind === 0) continue;
    await manager.save(
      CoFundingRequestEntity,
      manager.create(CoFundingRequestEntity, {
        projectId: project.id,
        departmentId: project.departmentId,
        currency: project.budgetCurrency,
        years: budgetYears(project.plannedStart, project.plannedEnd, cash, inKind),
        justification:
          'Projektet ligger i linje med förvaltningens verksamhetsplan och den internationella strategin.',
        status: submitted ? 'approved' : 'pending',
        requestedById: coordinator?.id ?? null,
        decidedAt: submitted ? new Date(project.createdAt) : null,
        decisionComment: submitted ? 'Beslutat i nämnden.' : null,
      }),
    );
  }
}

/**
 * Own cash and in kind spread evenly over the budget years of the planned period, in whole kronor
 * (or euros), as a department budgets: 800 000 kr over three years is 266 668 + 266 666 + 266 666,
 * not 266 666,68 + … in öre.
 */
function budgetYears(start: string | null, end: string | null, cash: number, inKind: number) {
  const first = Number((start ?? new Date().toISOString()).slice(0, 4));
  const last = Math.max(first, Number((end ?? start ?? new Date().toISOString()).slice(0, 4)));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const share = (totalMinor: number, index: number) => {
    const whole = Math.round(totalMinor / 100);
    return (Math.floor(whole / years.length) + (index === 0 ? whole % years.length : 0)) * 100;
  };
  return years.map((year, index) => ({
    year,
    cashMinor: share(cash, index),
    inKindMinor: share(inKind, index),
  }));
}

/** Every demo project's deadline rows, as saving the project would have made them. */
async function loadDeadlines(manager: EntityManager, context: PlanningContext): Promise<void> {
  for (const project of await manager.find(ProjectEntity, { select: { id: true } }))
    await syncProjectDeadlines(manager, project.id, context);
}

/**
 * Who decides the demo municipality's co-funding: each department's committee, the municipal board
 * and the council with meeting plans for this year and the next two, each department's delegation
 * to its head and its frame per budget year, and the checklist templates' extract of the minutes.
 * The co-funding deadlines are then planned again from these.
 */
async function loadDecisionBodies(
  manager: EntityManager,
  now: Date,
  context: PlanningContext,
): Promise<void> {
  const first = now.getUTCFullYear();
  const years = [first, first + 1, first + 2];
  const departments = await manager.find(DepartmentEntity);
  const body = (kind: keyof typeof DEMO_BODY_RHYTHM, name: string, departmentId: string | null) => {
    const rhythm = DEMO_BODY_RHYTHM[kind];
    return manager.create(DecisionBodyEntity, {
      kind,
      name,
      departmentId,
      reportDaysBefore: rhythm.reportDaysBefore,
      minutesWorkingDays: rhythm.minutesWorkingDays,
      meetings: meetingDays(years, rhythm.weekday, rhythm.nth),
    });
  };
  await manager.save(DecisionBodyEntity, [
    body('municipal_board', 'Kommunstyrelsen', null),
    body('council', 'Kommunfullmäktige', null),
    ...departments
      .filter((d) => d.name in DEMO_COMMITTEES)
      .map((d) => body('committee', DEMO_COMMITTEES[d.name as DemoDepartment], d.id)),
  ]);
  for (const department of departments)
    await manager.update(
      DepartmentEntity,
      { id: department.id },
      { headLimitMinor: DEMO_HEAD_LIMIT_MINOR, headLimitCurrency: 'SEK', boardAfterYears: 3 },
    );
  await manager.save(
    CoFundingFrameEntity,
    departments.flatMap((d) =>
      years.map((year) =>
        manager.create(CoFundingFrameEntity, {
          departmentId: d.id,
          year,
          amountMinor: DEMO_FRAME_MINOR,
          currency: 'SEK',
        }),
      ),
    ),
  );
  await manager.query(
    `UPDATE checklist_template_item SET is_minutes_extract = true WHERE title ILIKE '%beslut om medfinansiering%'`,
  );
  const planned: Array<{ project_id: string }> = await manager.query(
    `SELECT DISTINCT project_id FROM co_funding_request`,
  );
  for (const { project_id } of planned) await syncProjectDeadlines(manager, project_id, context);
}
