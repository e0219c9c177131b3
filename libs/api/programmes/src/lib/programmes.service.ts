import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
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

  async update(id: string, input: ProgrammeInput & { version: number }): Promise<Programme> {
    const { version, ...changes } = input;
    try {
      if (!(await updateIfVersion(this.dataSource.manager, ProgrammeEntity, id, version, changes))) {
        throw DomainError.staleVersion(await this.get(id));
      }
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

  /** A moved call deadline moves the deadlines of every application to the call, in the same transaction. */
  async updateCall(id: string, input: CallInput & { version: number }): Promise<Call> {
    const { version, ...changes } = input;
    return this.deadlines.run(async (manager, sync) => {
      const calls = manager.getRepository(CallEntity);
      if (!(await updateIfVersion(manager, CallEntity, id, version, callFields(changes)))) {
        const current = await calls.findOneBy({ id });
        throw current ? DomainError.staleVersion(toCall(current)) : DomainError.notFound('The call');
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
