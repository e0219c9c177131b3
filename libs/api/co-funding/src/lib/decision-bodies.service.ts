import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  changedFields,
  meetingsAddedInPast,
  zonedDay,
  type DecisionBody,
  type DecisionBodyInput,
  type DelegationLimit,
  type DelegationLimitInput,
  type UpdateDecisionBodyInput,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, definedOnly, DomainError } from '@gp/api/core';
import { DecisionBodyEntity, DepartmentEntity, isUniqueViolation, updateIfVersion } from '@gp/api/data';
import { DeadlineTransactions, type SyncDeadlines } from '@gp/api/deadline-sync';

const toDecisionBody = (row: DecisionBodyEntity): DecisionBody => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  departmentId: row.departmentId,
  reportDaysBefore: row.reportDaysBefore,
  minutesWorkingDays: row.minutesWorkingDays,
  meetings: [...row.meetings].sort(),
  version: row.version,
});

const toDelegationLimit = (row: DepartmentEntity): DelegationLimit => ({
  departmentId: row.id,
  departmentName: row.name,
  headLimitMinor: row.headLimitMinor,
  currency: row.headLimitCurrency,
  boardAfterYears: row.boardAfterYears,
  version: row.version,
});

/**
 * The bodies that decide co-funding with their meeting plans, and each department's delegation,
 * kept by admins. A change re-plans every pending request's dates in the same transaction, so the
 * deadlines and their reminders follow the new plan.
 */
@Injectable()
export class DecisionBodiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  async list(): Promise<DecisionBody[]> {
    const rows = await this.dataSource.manager.find(DecisionBodyEntity, {
      order: { kind: 'ASC', name: 'ASC' },
    });
    return rows.map(toDecisionBody);
  }

  async create(input: DecisionBodyInput): Promise<DecisionBody> {
    return this.deadlines.run(async (manager, sync) => {
      const fields = await this.checked(manager, input, []);
      const saved = await this.unique(() =>
        manager.save(DecisionBodyEntity, manager.create(DecisionBodyEntity, fields)),
      );
      await this.replanPending(manager, sync);
      return toDecisionBody(saved);
    });
  }

  async update(id: string, input: UpdateDecisionBodyInput): Promise<DecisionBody> {
    return this.deadlines.run(async (manager, sync) => {
      const current = await this.one(manager, id);
      const { version, ...sent } = definedOnly(input) as UpdateDecisionBodyInput;
      if (current.version !== version) throw DomainError.staleVersion(toDecisionBody(current));
      const merged = { ...toDecisionBody(current), ...sent };
      const fields = await this.checked(manager, merged, current.meetings);
      const changes = changedFields(toDecisionBody(current), fields);
      if (Object.keys(changes).length === 0) return toDecisionBody(current);
      const updated = await this.unique(() =>
        updateIfVersion(manager, DecisionBodyEntity, id, version, changes),
      );
      if (!updated) throw DomainError.staleVersion(toDecisionBody(await this.one(manager, id)));
      await this.replanPending(manager, sync);
      return toDecisionBody(await this.one(manager, id));
    });
  }

  async remove(id: string): Promise<void> {
    await this.deadlines.run(async (manager, sync) => {
      await this.one(manager, id);
      await manager.delete(DecisionBodyEntity, { id });
      await this.replanPending(manager, sync);
    });
  }

  async delegationLimits(): Promise<DelegationLimit[]> {
    const rows = await this.dataSource.manager.find(DepartmentEntity, { order: { name: 'ASC' } });
    return rows.map(toDelegationLimit);
  }

  async setDelegation(departmentId: string, input: DelegationLimitInput): Promise<DelegationLimit> {
    return this.deadlines.run(async (manager, sync) => {
      const department = await manager.findOneBy(DepartmentEntity, { id: departmentId });
      if (!department) throw DomainError.notFound('The department');
      if (department.version !== input.version) throw DomainError.staleVersion(toDelegationLimit(department));
      const changes = {
        headLimitMinor: input.headLimitMinor,
        headLimitCurrency: input.headLimitMinor === null ? null : input.currency,
        boardAfterYears: input.boardAfterYears,
      };
      if (!(await updateIfVersion(manager, DepartmentEntity, departmentId, input.version, changes)))
        throw DomainError.staleVersion(toDelegationLimit(department));
      await this.replanPending(manager, sync);
      return toDelegationLimit(
        (await manager.findOneBy(DepartmentEntity, { id: departmentId })) as DepartmentEntity,
      );
    });
  }

  /** The body's fields as stored: a committee names its department, other bodies none; no meeting added in the past. */
  private async checked(manager: EntityManager, input: DecisionBodyInput, meetingsBefore: readonly string[]) {
    const name = input.name.trim();
    if (input.kind === 'committee') {
      if (!input.departmentId)
        throw DomainError.invalid(
          'departmentId',
          'departmentId must name the committee’s department',
          'department_required',
        );
      if (!(await manager.existsBy(DepartmentEntity, { id: input.departmentId })))
        throw DomainError.invalid('departmentId', 'departmentId names no department', 'unknown_department');
    } else if (input.departmentId) {
      throw DomainError.invalid(
        'departmentId',
        'departmentId must be null: only a committee belongs to a department',
        'department_not_allowed',
      );
    }
    const meetings = [...new Set(input.meetings)].sort();
    const past = meetingsAddedInPast(meetingsBefore, meetings, zonedDay(new Date(), this.config.timeZone));
    if (past.length)
      throw DomainError.invalid(
        'meetings',
        `meetings must not add a day in the past: ${past.join(', ')}`,
        'meeting_in_past',
      );
    return {
      kind: input.kind,
      name,
      departmentId: input.kind === 'committee' ? input.departmentId : null,
      reportDaysBefore: input.reportDaysBefore,
      minutesWorkingDays: input.minutesWorkingDays,
      meetings,
    };
  }

  private async one(manager: EntityManager, id: string): Promise<DecisionBodyEntity> {
    const row = await manager.findOneBy(DecisionBodyEntity, { id });
    if (!row) throw DomainError.notFound('The decision body');
    return row;
  }

  /** A second committee for a department, or a second municipal board, is a conflict, not a 500. */
  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(
          'conflict',
          'body_exists',
          'That department’s committee, or a body of that kind, already exists.',
        );
      throw error;
    }
  }

  /** Every project with a pending request gets its co-funding deadlines planned again. */
  private async replanPending(manager: EntityManager, sync: SyncDeadlines): Promise<void> {
    const projects: Array<{ project_id: string }> = await manager.query(
      `SELECT DISTINCT project_id FROM co_funding_request WHERE status = 'pending'`,
    );
    for (const { project_id } of projects) await sync(project_id);
  }
}
