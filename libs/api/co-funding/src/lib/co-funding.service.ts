import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  coFundingRequestBar,
  changedFields,
  coFundingAmountsChanged,
  coFundingChangeBar,
  coFundingCommentMissing,
  coFundingDecisionBar,
  coFundingWithdrawalBar,
  coFundingYearsProblem,
  readsWholePortfolio,
  yearsOverFrame,
  type CoFundingCommitment,
  type CoFundingDecisionInput,
  type CoFundingRequest,
  type CoFundingRequestInput,
  type CoFundingStatus,
  type CurrentUser,
  type OutgoingMail,
  type UpdateCoFundingRequestInput,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, definedOnly, DomainError } from '@gp/api/core';
import { CoFundingRequestEntity, DepartmentEntity, updateIfVersion } from '@gp/api/data';
import { coFundingDecidedMail, coFundingRequestedMail, type MailRecipient } from './co-funding.mail';
import { toCoFundingRequest } from './co-funding.mapper';
import { readLedger } from './co-funding-ledger.reader';
import { aboveDelegationMessage } from './co-funding-route.words';
import { MailOutbox } from '@gp/api/mail';
import {
  departmentHeads,
  departmentIdsOf,
  findEditableProject,
  findReadableProject,
  projectLeadAndCoordinator,
  recordActivity,
} from '@gp/api/project-access';
import { DeadlineTransactions, planCoFundingRequests } from '@gp/api/deadline-sync';

const WITHDRAWAL_BAR_MESSAGES: Record<NonNullable<ReturnType<typeof coFundingWithdrawalBar>>, string> = {
  withdrawn: 'This request is already withdrawn.',
  rejected_not_withdrawn: 'A rejected request stays on record; change its amounts to ask again.',
};

const YEARS_PROBLEMS = {
  years_missing: 'years must list at least one budget year',
  year_repeated: 'years must name each budget year once',
  amount_missing: 'years must ask for some cash or in-kind amount',
} as const;

const BAR_MESSAGES = {
  not_head_of_department: 'Only a head of the department asked, or an admin, decides on this request.',
  own_request: 'Nobody decides on a request they made themselves.',
  not_pending: 'This request has already been decided or withdrawn.',
} as const;

/** The projects' checklist items for the extract of the minutes (from a template item marked so). */
export async function extractItemsOf(
  manager: EntityManager,
  projectIds: readonly string[],
): Promise<Map<string, string>> {
  if (projectIds.length === 0) return new Map();
  const rows: Array<{ project_id: string; id: string }> = await manager.query(
    `SELECT DISTINCT ON (ci.project_id) ci.project_id, ci.id
       FROM checklist_item ci JOIN checklist_template_item t ON t.id = ci.template_item_id
      WHERE t.is_minutes_extract AND ci.project_id = ANY($1::uuid[])
      ORDER BY ci.project_id, ci.position`,
    [projectIds],
  );
  return new Map(rows.map((row) => [row.project_id, row.id]));
}

/**
 * Co-funding asked of departments and decided by their heads. Their emails are written to the
 * outbox with the change and queued after the commit, so a Redis outage delays them, never
 * loses them.
 */
@Injectable()
export class CoFundingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlineTransactions,
    private readonly outbox: MailOutbox,
  ) {}

  async forProject(user: CurrentUser, projectId: string): Promise<CoFundingRequest[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    const rows = await this.query(this.dataSource.manager)
      .where('request.project_id = :projectId', { projectId })
      .orderBy('request.created_at', 'ASC')
      .getMany();
    return this.present(this.dataSource.manager, rows);
  }

  async create(
    user: CurrentUser,
    projectId: string,
    input: CoFundingRequestInput,
  ): Promise<CoFundingRequest> {
    const mails: OutgoingMail[] = [];
    const request = await this.deadlines.run(async (manager, sync) => {
      const project = await findEditableProject(manager, user, projectId);
      const department = await manager.findOneBy(DepartmentEntity, { id: input.departmentId });
      if (!department)
        throw DomainError.invalid('departmentId', 'departmentId names no department', 'unknown_department');
      // Locked, so two people asking the same department at once make one request, not two.
      await manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [projectId]);
      const asked = await manager.find(CoFundingRequestEntity, {
        where: { projectId },
        select: { departmentId: true, status: true },
      });
      const bar = coFundingRequestBar(project, asked, input.departmentId);
      if (bar === 'project_closed')
        throw new DomainError('conflict', bar, 'The project is closed; it needs no more co-funding.');
      if (bar === 'already_asked')
        throw new DomainError(
          'conflict',
          bar,
          `${department.name} has already been asked for this project; change the amounts of that request instead.`,
        );
      this.checkYears(input.years);
      const saved = await manager.save(
        CoFundingRequestEntity,
        manager.create(CoFundingRequestEntity, {
          projectId,
          departmentId: input.departmentId,
          currency: input.currency,
          years: input.years.map(({ year, cashMinor, inKindMinor }) => ({ year, cashMinor, inKindMinor })),
          justification: input.justification.trim(),
          status: 'pending',
          requestedById: user.id,
        }),
      );
      await recordActivity(manager, {
        projectId,
        kind: 'co_funding_requested',
        subject: department.name,
        comment: saved.justification || null,
        actorId: user.id,
      });
      await sync(projectId);
      const created = await this.one(manager, saved.id);
      await this.queueMails(manager, mails, await departmentHeads(manager, created.departmentId), (to) =>
        coFundingRequestedMail(to, created, this.config.appUrl),
      );
      return created;
    });
    await this.outbox.release(mails);
    return request;
  }

  /**
   * New amounts for an approved or rejected request ask the department head again. An edit that
   * sends the amounts and justification there are changes nothing: no version, activity or mail.
   */
  async update(user: CurrentUser, id: string, input: UpdateCoFundingRequestInput): Promise<CoFundingRequest> {
    const mails: OutgoingMail[] = [];
    const request = await this.deadlines.run(async (manager, sync) => {
      const current = await this.one(manager, id);
      await findEditableProject(manager, user, current.projectId);
      if (coFundingChangeBar(current) === 'withdrawn')
        throw new DomainError('conflict', 'withdrawn', 'A withdrawn request is not changed; make a new one.');
      const {
        version,
        years: sentYears,
        justification: sentJustification,
      } = definedOnly(input) as UpdateCoFundingRequestInput;
      if (current.version !== version) throw DomainError.staleVersion(current);
      if (sentYears) this.checkYears(sentYears);
      // Years are keyed by their year: the same amounts in another order are no change.
      const years = sentYears && coFundingAmountsChanged(current.years, sentYears) ? sentYears : undefined;
      const { justification } = changedFields(current, { justification: sentJustification?.trim() });
      if (!years && justification === undefined) return current;
      const askAgain = !!years && current.status !== 'pending';
      const changes: Partial<CoFundingRequestEntity> = {
        ...(years
          ? { years: years.map(({ year, cashMinor, inKindMinor }) => ({ year, cashMinor, inKindMinor })) }
          : {}),
        ...(justification !== undefined ? { justification } : {}),
        ...(askAgain
          ? {
              status: 'pending' as const,
              decidedById: null,
              decidedAt: null,
              decisionComment: null,
              // New amounts need new advice and a new decision: the old minutes decided other money.
              decidedAs: null,
              minutesBodyName: null,
              minutesMeetingOn: null,
              minutesParagraph: null,
              minutesCaseNumber: null,
              recommendation: null,
              recommendationComment: null,
              recommendedById: null,
              recommendedAt: null,
            }
          : {}),
      };
      // The version read above may have been overtaken since: the update itself is the arbiter.
      if (!(await updateIfVersion(manager, CoFundingRequestEntity, id, version, changes))) {
        throw DomainError.staleVersion(await this.one(manager, id));
      }
      await recordActivity(manager, {
        projectId: current.projectId,
        kind: 'co_funding_changed',
        subject: current.departmentName,
        actorId: user.id,
      });
      await sync(current.projectId);
      const changed = await this.one(manager, id);
      if (askAgain)
        await this.queueMails(manager, mails, await departmentHeads(manager, changed.departmentId), (to) =>
          coFundingRequestedMail(to, changed, this.config.appUrl),
        );
      return changed;
    });
    await this.outbox.release(mails);
    return request;
  }

  /**
   * Pending and approved requests may be withdrawn (libs/domain's coFundingWithdrawalBar); a
   * rejection stays on record, 409 with nothing changed. To ask again, change the amounts.
   */
  async withdraw(user: CurrentUser, id: string, version: number): Promise<CoFundingRequest> {
    return this.deadlines.run(async (manager, sync) => {
      const current = await this.one(manager, id);
      await findEditableProject(manager, user, current.projectId);
      const bar = coFundingWithdrawalBar(current);
      if (bar) throw new DomainError('conflict', bar, WITHDRAWAL_BAR_MESSAGES[bar], { current });
      if (
        !(await updateIfVersion(manager, CoFundingRequestEntity, id, version, {
          status: 'withdrawn',
        }))
      ) {
        throw DomainError.staleVersion(current);
      }
      await recordActivity(manager, {
        projectId: current.projectId,
        kind: 'co_funding_withdrawn',
        subject: current.departmentName,
        actorId: user.id,
      });
      await sync(current.projectId);
      return this.one(manager, id);
    });
  }

  /** A head of the department asked, or an admin, approves or rejects; never the one who asked. */
  async decide(user: CurrentUser, id: string, input: CoFundingDecisionInput): Promise<CoFundingRequest> {
    const mails: OutgoingMail[] = [];
    const request = await this.deadlines.run(async (manager, sync) => {
      const current = await this.visible(manager, user, id);
      const bar = coFundingDecisionBar(user, current);
      if (bar === 'not_pending') throw new DomainError('conflict', bar, BAR_MESSAGES[bar], { current });
      if (bar === 'above_delegation')
        throw new DomainError('forbidden', bar, aboveDelegationMessage(current), { current });
      if (bar) throw new DomainError('forbidden', bar, BAR_MESSAGES[bar]);
      const comment = input.comment.trim();
      if (coFundingCommentMissing(input.decision, comment))
        throw DomainError.invalid(
          'comment',
          'comment must say why the co-funding is rejected',
          'comment_required',
        );
      const changes = {
        status: input.decision,
        decidedById: user.id,
        decidedAt: new Date(),
        decisionComment: comment || null,
        decidedAs: 'head' as const,
      };
      if (!(await updateIfVersion(manager, CoFundingRequestEntity, id, input.version, changes))) {
        throw DomainError.staleVersion(await this.one(manager, id));
      }
      await recordActivity(manager, {
        projectId: current.projectId,
        kind: input.decision === 'approved' ? 'co_funding_approved' : 'co_funding_rejected',
        subject: current.departmentName,
        comment: comment || null,
        actorId: user.id,
      });
      await sync(current.projectId);
      const decided = await this.one(manager, id);
      await this.queueMails(
        manager,
        mails,
        await projectLeadAndCoordinator(manager, decided.projectId, decided.requestedById),
        (to) => coFundingDecidedMail(to, decided, this.config.appUrl),
      );
      return decided;
    });
    await this.outbox.release(mails);
    return request;
  }

  async get(user: CurrentUser, id: string): Promise<CoFundingRequest> {
    return this.visible(this.dataSource.manager, user, id);
  }

  /** The Approvals inbox: requests to the person's departments, and on projects they read. */
  async inbox(user: CurrentUser, status?: CoFundingStatus): Promise<CoFundingRequest[]> {
    const query = this.scoped(this.query(this.dataSource.manager), user);
    if (status) query.andWhere('request.status = :status', { status });
    return this.present(this.dataSource.manager, await query.orderBy('request.created_at', 'ASC').getMany());
  }

  /** What each department has approved and been asked for, per budget year, across projects. */
  async commitments(user: CurrentUser): Promise<CoFundingCommitment[]> {
    const everyone = readsWholePortfolio(user.roles);
    const departmentIds = departmentIdsOf(user);
    const rows = await this.dataSource.query(
      `SELECT r.department_id AS "departmentId", d.name AS "departmentName", y.year AS "year", r.currency AS "currency",
              SUM(CASE WHEN r.status = 'approved' THEN y."cashMinor" ELSE 0 END) AS "approvedCashMinor",
              SUM(CASE WHEN r.status = 'approved' THEN y."inKindMinor" ELSE 0 END) AS "approvedInKindMinor",
              SUM(CASE WHEN r.status = 'pending' THEN y."cashMinor" ELSE 0 END) AS "pendingCashMinor",
              SUM(CASE WHEN r.status = 'pending' THEN y."inKindMinor" ELSE 0 END) AS "pendingInKindMinor",
              COUNT(DISTINCT r.project_id) AS "projects"
         FROM co_funding_request r
         JOIN department d ON d.id = r.department_id
         CROSS JOIN LATERAL jsonb_to_recordset(r.years) AS y(year int, "cashMinor" bigint, "inKindMinor" bigint)
        WHERE r.status IN ('approved', 'pending') AND ($1::boolean OR r.department_id = ANY($2::uuid[]))
        GROUP BY r.department_id, d.name, y.year, r.currency
        ORDER BY d.name, y.year, r.currency`,
      [everyone, departmentIds],
    );
    return (rows as Array<Record<string, string | number>>).map((row) => ({
      departmentId: String(row['departmentId']),
      departmentName: String(row['departmentName']),
      year: Number(row['year']),
      currency: row['currency'] as CoFundingCommitment['currency'],
      approvedCashMinor: Number(row['approvedCashMinor']),
      approvedInKindMinor: Number(row['approvedInKindMinor']),
      pendingCashMinor: Number(row['pendingCashMinor']),
      pendingInKindMinor: Number(row['pendingInKindMinor']),
      projects: Number(row['projects']),
    }));
  }

  private checkYears(years: CoFundingRequestInput['years']): void {
    const problem = coFundingYearsProblem(years);
    if (problem) throw DomainError.invalid('years', YEARS_PROBLEMS[problem], problem);
  }

  private query(manager: EntityManager): SelectQueryBuilder<CoFundingRequestEntity> {
    return manager
      .createQueryBuilder(CoFundingRequestEntity, 'request')
      .innerJoinAndSelect('request.project', 'project')
      .innerJoinAndSelect('request.department', 'department')
      .leftJoinAndSelect('request.requestedBy', 'requestedBy')
      .leftJoinAndSelect('request.decidedBy', 'decidedBy')
      .leftJoinAndSelect('request.recommendedBy', 'recommendedBy');
  }

  /** Whole portfolio readers see every request; others those to their departments or on projects they read. */
  private scoped(
    query: SelectQueryBuilder<CoFundingRequestEntity>,
    user: CurrentUser,
  ): SelectQueryBuilder<CoFundingRequestEntity> {
    if (readsWholePortfolio(user.roles)) return query;
    const departmentIds = departmentIdsOf(user);
    return query.andWhere(
      new Brackets((w) =>
        w
          .where('request.department_id IN (:...departmentIds)', { departmentIds })
          .orWhere('project.department_id IN (:...departmentIds)', { departmentIds })
          .orWhere('project.project_lead_id = :userId', { userId: user.id }),
      ),
    );
  }

  async visible(manager: EntityManager, user: CurrentUser, id: string): Promise<CoFundingRequest> {
    const row = await this.scoped(this.query(manager).where('request.id = :id', { id }), user).getOne();
    if (!row) throw DomainError.notFound('The co-funding request');
    return (await this.present(manager, [row]))[0];
  }

  /** Several requests by id, in the order given, planned together (three queries, not three per request). */
  async many(manager: EntityManager, ids: readonly string[]): Promise<CoFundingRequest[]> {
    if (ids.length === 0) return [];
    const rows = await this.query(manager).where('request.id IN (:...ids)', { ids }).getMany();
    const order = new Map(ids.map((id, index) => [id, index]));
    rows.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    return this.present(manager, rows);
  }

  async one(manager: EntityManager, id: string): Promise<CoFundingRequest> {
    const row = await this.query(manager).where('request.id = :id', { id }).getOne();
    if (!row) throw DomainError.notFound('The co-funding request');
    return (await this.present(manager, [row]))[0];
  }

  /**
   * Requests as people see them: each with its route and plan, the budget years a pending one
   * asks more than the frame has left, and the project's extract-of-minutes item.
   */
  private async present(manager: EntityManager, rows: CoFundingRequestEntity[]): Promise<CoFundingRequest[]> {
    const plans = await planCoFundingRequests(manager, rows, this.config);
    const pending = rows.filter((row) => row.status === 'pending');
    const ledger = pending.length
      ? await readLedger(manager, [...new Set(pending.map((r) => r.departmentId))])
      : [];
    const extracts = await extractItemsOf(manager, [...new Set(rows.map((row) => row.projectId))]);
    return rows.map((row) => {
      const planned = plans.get(row.id);
      if (!planned) throw new Error(`co-funding request ${row.id} was not planned`);
      return toCoFundingRequest(row, {
        ...planned,
        yearsOverFrame: row.status === 'pending' ? yearsOverFrame(row, ledger) : [],
        extractItemId: extracts.get(row.projectId) ?? null,
      });
    });
  }

  /** Writes each recipient's email to the outbox in the change's transaction, and keeps it for release. */
  async queueMails(
    manager: EntityManager,
    mails: OutgoingMail[],
    recipients: MailRecipient[],
    compose: (to: MailRecipient) => OutgoingMail,
  ): Promise<void> {
    const composed = recipients.map(compose);
    await this.outbox.add(manager, composed);
    mails.push(...composed);
  }
}
