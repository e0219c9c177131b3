import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  budgetChange,
  changedProjectFields,
  checkMove,
  closingOutcome,
  copyToNextCallBar,
  describeRefusal,
  editsEveryProject,
  isStepBack,
  isWholeAmount,
  lockedFieldEdits,
  mayCreateIdeaIn,
  mayEditProject,
  nextAttemptOf,
  projectFieldRules,
  type ApiErrorCode,
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
import { findReadableProject, recordActivity } from '@gp/api/project-access';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { instantiateChecklist } from './stage/instantiate-checklist';
import { applicationFacts } from './stage/stage-facts';
import { budgetColumns, toProject, toProjectFacts, toStageMoveRecord } from './project.mapper';
import { copyChecklist } from './stage/copy-checklist';
import { moveStageFields } from './stage/move-stage-fields';
import { inconsistentEdit } from './field-consistency';
import { departmentNotYours, fieldNotEditable, notProjectEditor } from './projects.exception';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  /**
   * An idea is cheap: a title and a department. Whoever registers it as project lead leads it, and
   * registers it in one of their own departments (libs/domain's mayCreateIdeaIn).
   */
  async createIdea(user: CurrentUser, input: CreateIdeaInput): Promise<Project> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireExists(
        manager,
        DepartmentEntity,
        input.departmentId,
        'departmentId',
        'unknown_department',
      );
      if (!mayCreateIdeaIn(user, input.departmentId)) throw departmentNotYours();
      const isLead = user.roles.includes('project_lead') && !editsEveryProject(user.roles);
      const project = await manager.save(
        ProjectEntity,
        manager.create(ProjectEntity, {
          title: input.title.trim(),
          departmentId: input.departmentId,
          stage: 'idea',
          projectLeadId: isLead ? user.id : null,
          coordinatorId: user.roles.includes('coordinator') ? user.id : null,
          createdById: user.id,
        }),
      );
      return toProject(project);
    });
  }

  async get(user: CurrentUser, id: string): Promise<Project> {
    return this.present(
      this.dataSource.manager,
      await findReadableProject(this.dataSource.manager, user, id),
    );
  }

  /**
   * Saves an edit under the version it was based on. The version is checked first: a stale edit is
   * 409 with the current project whatever it sends. Fields the person may not change (libs/domain's
   * projectFieldRules) are 422 and nothing is saved. Fields sent with the values they have are not
   * changes: an edit that changes nothing saves nothing and keeps the version.
   */
  async update(user: CurrentUser, id: string, input: UpdateProjectInput): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await findReadableProject(manager, user, id);
      if (!mayEditProject(user, project)) throw notProjectEditor('edits');
      if (project.version !== input.version)
        throw DomainError.staleVersion(await this.present(manager, project));
      const current = toProject(project);
      const { version, ...sent } = definedOnly(input) as UpdateProjectInput;
      const locked = lockedFieldEdits(projectFieldRules(user, current), current, sent);
      if (locked.length > 0) throw fieldNotEditable(locked);
      const { budget, ...fields } = changedProjectFields(current, sent);
      if (!budget && Object.keys(fields).length === 0) return this.present(manager, project);
      const inconsistent = inconsistentEdit(current, {
        ...current,
        ...fields,
        budget: budget ?? current.budget,
      });
      if (inconsistent) throw inconsistent;
      await this.checkReferences(manager, { ...current, ...fields, ...(budget ? { budget } : {}) });
      const changes: Partial<ProjectEntity> = { ...fields, ...(budget ? budgetColumns(budget) : {}) };
      // The version read above may have been overtaken since: the update itself is the arbiter.
      if (!(await updateIfVersion(manager, ProjectEntity, id, version, changes))) {
        throw DomainError.staleVersion(toProject(await findReadableProject(manager, user, id)));
      }
      const saved = await findReadableProject(manager, user, id);
      const budgetChanged = budgetChange(current.budget, toProject(saved).budget);
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
      return this.present(manager, saved);
    });
  }

  /**
   * Moves a card when libs/domain's stage rules allow it; otherwise 422 with every reason in the
   * mover's language. A stale version is 409 before the rules are asked: the card the mover saw is
   * not the card there is, so its reasons would answer a question nobody asked. The move and its
   * history line are written together.
   */
  async move(user: CurrentUser, id: string, input: MoveProjectInput): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await findReadableProject(manager, user, id);
      if (!mayEditProject(user, project)) throw notProjectEditor('moves');
      if (project.version !== input.version)
        throw DomainError.staleVersion(await this.present(manager, project));
      const stageFields = moveStageFields(input);
      if (input.grantedMinor !== undefined && !isWholeAmount(input.grantedMinor))
        throw DomainError.invalid(
          'grantedMinor',
          `grantedMinor (${input.grantedMinor}) must be a whole amount: minor units in hundreds, without öre or cents.`,
          'not_whole_amount',
        );
      const deciding = project.stage === 'decision' && input.to === 'running';
      const facts = {
        ...toProjectFacts(project),
        ...(stageFields.plannedStart !== undefined ? { plannedStart: stageFields.plannedStart } : {}),
        ...(stageFields.plannedEnd !== undefined ? { plannedEnd: stageFields.plannedEnd } : {}),
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
      // The dates a move brings, with the ones saved before: a report owed before the start is no plan.
      const current = toProject(project);
      const inconsistent = inconsistentEdit(current, { ...current, ...stageFields });
      if (inconsistent) throw inconsistent;
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
        ...stageFields,
      };
      if (!(await updateIfVersion(manager, ProjectEntity, id, input.version, changes))) {
        throw DomainError.staleVersion(toProject(await findReadableProject(manager, user, id)));
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
      return this.present(manager, await findReadableProject(manager, user, id));
    });
  }

  /**
   * "Copy to next call": a closed attempt tries again as a new project linked to the old one, so
   * each attempt keeps its history and success rates count applications. libs/domain decides who
   * may copy (copyToNextCallBar), what the new attempt keeps (nextAttemptOf) and its checklist
   * (checklistForNextCall: the old items, nothing done). Co-funding requests are not copied: the
   * department decides anew for the new dates.
   */
  async copyToNextCall(user: CurrentUser, id: string): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const original = await findReadableProject(manager, user, id);
      // One copy at a time per project: a double click waits here and then finds the first copy.
      await manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [id]);
      const bar = copyToNextCallBar(user, {
        ...original,
        nextAttemptId: await this.nextAttemptId(manager, id),
      });
      if (bar === 'forbidden') throw notProjectEditor('copies');
      if (bar === 'copy_needs_closed')
        throw new DomainError(
          'invalid',
          'copy_needs_closed',
          'Only a closed project (rejected, withdrawn or completed) is copied to the next call.',
        );
      if (bar === 'already_copied')
        throw new DomainError(
          'conflict',
          'already_copied',
          'This project was already copied to the next call; copy its next attempt instead.',
        );
      const { budget, ...next } = nextAttemptOf(toProject(original));
      const saved = await manager.save(
        ProjectEntity,
        manager.create(ProjectEntity, { ...next, ...budgetColumns(budget) }),
      );
      await copyChecklist(manager, original.id, saved, user.id);
      await sync(saved.id);
      return toProject(saved);
    });
  }

  /** The project as the API answers it, with the attempt copied from it, if any. */
  private async present(manager: EntityManager, project: ProjectEntity): Promise<Project> {
    return toProject(project, await this.nextAttemptId(manager, project.id));
  }

  private async nextAttemptId(manager: EntityManager, id: string): Promise<string | null> {
    const next = await manager.findOne(ProjectEntity, {
      select: { id: true },
      where: { previousAttemptId: id },
      order: { createdAt: 'ASC' },
    });
    return next?.id ?? null;
  }

  async history(user: CurrentUser, id: string): Promise<StageMoveRecord[]> {
    await findReadableProject(this.dataSource.manager, user, id);
    const moves = await this.dataSource
      .getRepository(ProjectStageMoveEntity)
      .find({ where: { projectId: id }, relations: { movedBy: true }, order: { movedAt: 'ASC' } });
    return moves.map(toStageMoveRecord);
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
    code: ApiErrorCode,
  ): Promise<void> {
    if (!(await manager.existsBy(entity, { id })))
      throw DomainError.invalid(field, `${field} names something that does not exist`, code);
  }
}
