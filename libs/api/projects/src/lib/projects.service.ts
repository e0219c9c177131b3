import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  budgetChange,
  checkMove,
  closingOutcome,
  copyForNextCall,
  describeRefusal,
  isStepBack,
  mayEditProject,
  type CreateIdeaInput,
  type CurrentUser,
  type MoveProjectInput,
  type Project,
  type StageMoveRecord,
  type UpdateProjectInput,
} from '@gp/domain';
import { definedOnly, DomainError } from '@gp/api/core';
import {
  CallEntity,
  DepartmentEntity,
  ProgrammeEntity,
  ProjectEntity,
  ProjectStageMoveEntity,
  updateIfVersion,
  UserAccountEntity,
} from '@gp/api/data';
import { scopeToReader, recordActivity } from '@gp/api/project-access';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { instantiateChecklist } from './stage/instantiate-checklist';
import { applicationFacts } from './stage/stage-facts';
import { toProject, toProjectFacts, toStageMoveRecord } from './project.mapper';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  /** An idea is cheap: a title and a department. Whoever registers it as project lead leads it. */
  async createIdea(user: CurrentUser, input: CreateIdeaInput): Promise<Project> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireExists(
        manager,
        DepartmentEntity,
        input.departmentId,
        'departmentId',
        'unknown_department',
      );
      const isLead =
        user.roles.includes('project_lead') && !user.roles.some((r) => r === 'admin' || r === 'coordinator');
      const project = await manager.save(
        ProjectEntity,
        manager.create(ProjectEntity, {
          title: input.title.trim(),
          departmentId: input.departmentId,
          stage: 'idea',
          projectLeadId: isLead ? user.id : null,
          coordinatorId: user.roles.includes('coordinator') ? user.id : null,
        }),
      );
      return toProject(project);
    });
  }

  async get(user: CurrentUser, id: string): Promise<Project> {
    return toProject(await this.findReadable(this.dataSource.manager, user, id));
  }

  async update(user: CurrentUser, id: string, input: UpdateProjectInput): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await this.findReadable(manager, user, id);
      if (!mayEditProject(user, project))
        throw new DomainError(
          'forbidden',
          'forbidden',
          'Only the project lead, a coordinator or an admin edits this project.',
        );
      const sent = definedOnly(input);
      await this.checkReferences(manager, { ...toProject(project), ...sent });
      const { version, budget, ...fields } = sent as UpdateProjectInput;
      const changes: Partial<ProjectEntity> = { ...fields };
      if (budget) {
        Object.assign(changes, {
          budgetCurrency: budget.currency,
          budgetTotalMinor: budget.totalMinor,
          requestedGrantMinor: budget.requestedGrantMinor,
          ownCashMinor: budget.ownCashMinor,
          ownInKindMinor: budget.ownInKindMinor,
          grantedMinor: budget.grantedMinor,
        });
      }
      if (!(await updateIfVersion(manager, ProjectEntity, id, version, changes as never))) {
        throw DomainError.staleVersion(toProject(await this.findReadable(manager, user, id)));
      }
      const saved = await this.findReadable(manager, user, id);
      const budgetChanged = budgetChange(toProject(project).budget, toProject(saved).budget);
      if (budgetChanged)
        await recordActivity(manager, {
          projectId: id,
          kind: 'budget_changed',
          subject: '',
          comment: JSON.stringify(budgetChanged),
          actorId: user.id,
        });
      // An application that gets its programme gets the programme's checklist.
      if (saved.stage === 'application') await instantiateChecklist(manager, saved, user.id);
      await sync(id);
      return toProject(saved);
    });
  }

  /**
   * Moves a card when libs/domain's stage rules allow it; otherwise 422 with every reason in the
   * mover's language. The move and its history line are written together.
   */
  async move(user: CurrentUser, id: string, input: MoveProjectInput): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await this.findReadable(manager, user, id);
      if (!mayEditProject(user, project))
        throw new DomainError(
          'forbidden',
          'forbidden',
          'Only the project lead, a coordinator or an admin moves this project.',
        );
      const deciding = project.stage === 'decision' && input.to === 'running';
      const facts = {
        ...toProjectFacts(project),
        ...(await applicationFacts(manager, id)),
        ...(deciding && input.outcome ? { outcome: input.outcome } : {}),
        ...(deciding && input.grantedMinor
          ? { grantedAmount: { amountMinor: input.grantedMinor, currency: project.budgetCurrency } }
          : {}),
      };
      const check = checkMove(facts, { stage: input.to, outcome: input.outcome });
      if (!check.allowed) {
        const reasons = check.reasons.map((reason) => ({
          ...reason,
          message: describeRefusal(reason, user.language),
        }));
        throw new DomainError('invalid', 'move_refused', reasons.map((r) => r.message).join(' '), {
          reasons,
        });
      }
      const outcome =
        input.to === 'closed'
          ? closingOutcome(facts, input.outcome)
          : input.to === 'running'
            ? 'granted'
            : (facts.outcome ?? null);
      const changes: Partial<ProjectEntity> = {
        stage: input.to,
        outcome: isStepBack(project.stage, input.to) ? null : outcome,
        ...(deciding
          ? {
              grantedMinor: facts.grantedAmount?.amountMinor ?? null,
              decisionDate: input.decisionDate ?? new Date().toISOString().slice(0, 10),
            }
          : {}),
      };
      if (!(await updateIfVersion(manager, ProjectEntity, id, input.version, changes as never))) {
        throw DomainError.staleVersion(toProject(await this.findReadable(manager, user, id)));
      }
      await manager.insert(ProjectStageMoveEntity, {
        projectId: id,
        from: project.stage,
        to: input.to,
        outcome: changes.outcome ?? null,
        comment: input.comment?.trim() ?? '',
        movedById: user.id,
      });
      if (input.to === 'application') await instantiateChecklist(manager, project, user.id);
      await sync(id);
      return toProject(await this.findReadable(manager, user, id));
    });
  }

  /**
   * "Copy to next call": a rejected application tries again as a new project linked to the old
   * one, so each attempt keeps its history and success rates count applications. It keeps
   * everything but the call, the dates, the decision and what was published about the attempt.
   */
  async copyToNextCall(user: CurrentUser, id: string): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const original = await this.findReadable(manager, user, id);
      if (!mayEditProject(user, original))
        throw new DomainError(
          'forbidden',
          'forbidden',
          'Only the project lead, a coordinator or an admin copies this project.',
        );
      if (original.outcome !== 'rejected') {
        throw new DomainError(
          'invalid',
          'copy_needs_rejection',
          'Only a rejected application is copied to the next call.',
        );
      }
      const copy = copyForNextCall(toProjectFacts(original));
      const {
        id: _id,
        version: _version,
        createdAt: _created,
        updatedAt: _updated,
        call: _call,
        ...kept
      } = original;
      const saved = await manager.save(
        ProjectEntity,
        manager.create(ProjectEntity, {
          ...kept,
          stage: copy.stage,
          outcome: null,
          callId: null,
          plannedStart: null,
          plannedEnd: null,
          interimReportOn: null,
          finalReportOn: null,
          grantedMinor: null,
          decisionDate: null,
          isPublic: false,
          results: '',
          previousAttemptId: original.id,
        }),
      );
      // A fresh checklist from the template: the last attempt's ticks say nothing about this one.
      if (saved.stage === 'application') await instantiateChecklist(manager, saved, user.id);
      await sync(saved.id);
      return toProject(saved);
    });
  }

  async history(user: CurrentUser, id: string): Promise<StageMoveRecord[]> {
    await this.findReadable(this.dataSource.manager, user, id);
    const moves = await this.dataSource
      .getRepository(ProjectStageMoveEntity)
      .find({ where: { projectId: id }, relations: { movedBy: true }, order: { movedAt: 'ASC' } });
    return moves.map(toStageMoveRecord);
  }

  private async findReadable(manager: EntityManager, user: CurrentUser, id: string): Promise<ProjectEntity> {
    const query = manager
      .createQueryBuilder(ProjectEntity, 'project')
      .leftJoinAndSelect('project.call', 'call')
      .where('project.id = :id', { id });
    const project = await scopeToReader(query, 'project', user).getOne();
    if (!project) throw DomainError.notFound('The project');
    return project;
  }

  /** Every id a project points at must exist, and the call must belong to the programme. */
  private async checkReferences(manager: EntityManager, project: Project): Promise<void> {
    await this.requireExists(
      manager,
      DepartmentEntity,
      project.departmentId,
      'departmentId',
      'unknown_department',
    );
    if (project.projectLeadId)
      await this.requireExists(
        manager,
        UserAccountEntity,
        project.projectLeadId,
        'projectLeadId',
        'unknown_person',
      );
    if (project.coordinatorId)
      await this.requireExists(
        manager,
        UserAccountEntity,
        project.coordinatorId,
        'coordinatorId',
        'unknown_person',
      );
    if (project.programmeId)
      await this.requireExists(
        manager,
        ProgrammeEntity,
        project.programmeId,
        'programmeId',
        'unknown_programme',
      );
    if (project.callId) {
      const call = await manager.findOneBy(CallEntity, { id: project.callId });
      if (!call)
        throw DomainError.invalid('callId', 'callId names a call that does not exist', 'unknown_call');
      if (call.programmeId !== project.programmeId)
        throw DomainError.invalid(
          'callId',
          'callId names a call of another programme',
          'call_of_other_programme',
        );
    }
  }

  private async requireExists(
    manager: EntityManager,
    entity: typeof DepartmentEntity | typeof UserAccountEntity | typeof ProgrammeEntity,
    id: string,
    field: string,
    code: string,
  ): Promise<void> {
    if (!(await manager.existsBy(entity, { id })))
      throw DomainError.invalid(field, `${field} names something that does not exist`, code);
  }
}
