import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Department, DepartmentInput } from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { DepartmentEntity, isUniqueViolation, updateIfVersion } from '@gp/api/data';

const toDepartment = ({ id, name, version }: DepartmentEntity): Department => ({ id, name, version });

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

  async list(): Promise<Department[]> {
    return (await this.departments.find({ order: { name: 'ASC' } })).map(toDepartment);
  }

  async create(input: DepartmentInput): Promise<Department> {
    try {
      return toDepartment(await this.departments.save(this.departments.create({ name: input.name })));
    } catch (error) {
      throw this.nameTakenOr(error, input.name);
    }
  }

  /** A rename to the name it has already changes nothing and keeps the version. */
  async rename(id: string, input: DepartmentInput & { version: number }): Promise<Department> {
    const current = await this.departments.findOneBy({ id });
    if (!current) throw DomainError.notFound('The department');
    if (current.version !== input.version) throw DomainError.staleVersion(toDepartment(current));
    if (current.name === input.name) return toDepartment(current);
    try {
      // The version read above may have been overtaken since: the update itself is the arbiter.
      const updated = await updateIfVersion(this.departments.manager, DepartmentEntity, id, input.version, {
        name: input.name,
      });
      const saved = await this.departments.findOneBy({ id });
      if (!saved) throw DomainError.notFound('The department');
      if (!updated) throw DomainError.staleVersion(toDepartment(saved));
      return toDepartment(saved);
    } catch (error) {
      throw this.nameTakenOr(error, input.name);
    }
  }

  private nameTakenOr(error: unknown, name: string): unknown {
    return isUniqueViolation(error)
      ? new DomainError('conflict', 'name_taken', `A department named "${name}" already exists.`, {
          errors: { name: ['name is already taken'] },
        })
      : error;
  }
}
