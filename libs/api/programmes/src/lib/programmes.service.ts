import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  changedFields,
  zonedWallTimeToInstant,
  type Call,
  type CallInput,
  type Programme,
  type ProgrammeInput,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { CallEntity, isUniqueViolation, ProgrammeEntity, ProjectEntity, updateIfVersion } from '@gp/api/data';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { toCall, toProgramme } from './programme.mapper';

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  /** Every programme with its calls, in one query. */
  async list(): Promise<Programme[]> {
    const programmes = await this.dataSource
      .getRepository(ProgrammeEntity)
      .find({ relations: { calls: true }, order: { name: 'ASC' } });
    return programmes.map(toProgramme);
  }

  async get(id: string): Promise<Programme> {
    const programme = await this.dataSource
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id }, relations: { calls: true } });
    if (!programme) throw DomainError.notFound('The programme');
    return toProgramme(programme);
  }

  async create(input: ProgrammeInput): Promise<Programme> {
    try {
      const saved = await this.dataSource
        .getRepository(ProgrammeEntity)
        .save(this.dataSource.getRepository(ProgrammeEntity).create(input));
      return this.get(saved.id);
    } catch (error) {
      throw nameTakenOr(error, input.name);
    }
  }

  /** An edit that sends the values there are changes nothing and keeps the version. */
  async update(id: string, input: ProgrammeInput & { version: number }): Promise<Programme> {
    const { version, ...sent } = input;
    const current = await this.get(id);
    if (current.version !== version) throw DomainError.staleVersion(current);
    const changes = changedFields<ProgrammeInput>(current, sent);
    if (Object.keys(changes).length === 0) return current;
    try {
      const saved = await this.deadlines.run(async (manager, sync) => {
        // The version read above may have been overtaken since: the update itself is the arbiter.
        if (!(await updateIfVersion(manager, ProgrammeEntity, id, version, changes))) return false;
        // The co-funding decisions of its applications are needed by another day now.
        if (changes.extractWorkingDays !== undefined) {
          const projects: Array<{ id: string }> = await manager.query(
            `SELECT p.id FROM project p LEFT JOIN programme_call c ON c.id = p.call_id
              WHERE p.programme_id = $1 OR c.programme_id = $1`,
            [id],
          );
          for (const project of projects) await sync(project.id);
        }
        return true;
      });
      if (!saved) throw DomainError.staleVersion(await this.get(id));
    } catch (error) {
      throw nameTakenOr(error, input.name);
    }
    return this.get(id);
  }

  async addCall(programmeId: string, input: CallInput): Promise<Call> {
    await this.get(programmeId);
    const saved = await this.dataSource
      .getRepository(CallEntity)
      .save(this.dataSource.getRepository(CallEntity).create({ ...callFields(input), programmeId }));
    return toCall(saved);
  }

  /**
   * A moved call deadline moves the deadlines of every application to the call, in the same
   * transaction. An edit that sends the values there are changes nothing: no version, no sync.
   */
  async updateCall(id: string, input: CallInput & { version: number }): Promise<Call> {
    const { version, ...sent } = input;
    return this.deadlines.run(async (manager, sync) => {
      const calls = manager.getRepository(CallEntity);
      const current = await calls.findOneBy({ id });
      if (!current) throw DomainError.notFound('The call');
      if (current.version !== version) throw DomainError.staleVersion(toCall(current));
      const fields = callFields(sent);
      const changes = changedFields<Partial<CallEntity>>(current, fields);
      if (Object.keys(changes).length === 0) return toCall(current);
      // The version read above may have been overtaken since: the update itself is the arbiter.
      if (!(await updateIfVersion(manager, CallEntity, id, version, changes))) {
        const now = await calls.findOneBy({ id });
        throw now ? DomainError.staleVersion(toCall(now)) : DomainError.notFound('The call');
      }
      const projects = await manager.find(ProjectEntity, { where: { callId: id }, select: { id: true } });
      for (const project of projects) await sync(project.id);
      return toCall(await calls.findOneByOrFail({ id }));
    });
  }
}

/** The deadline as the funder wrote it, turned into the instant it is. */
function callFields(input: CallInput): Partial<CallEntity> {
  const { deadlineLocal, ...rest } = input;
  const deadline = zonedWallTimeToInstant(deadlineLocal, input.deadlineTimeZone);
  if (!deadline) throw DomainError.invalid('deadlineLocal', 'deadlineLocal is not a time that exists');
  return { ...rest, deadline };
}

function nameTakenOr(error: unknown, name: string): unknown {
  return isUniqueViolation(error)
    ? new DomainError('conflict', 'name_taken', `A programme named "${name}" already exists.`, {
        errors: { name: ['name is already taken'] },
      })
    : error;
}
