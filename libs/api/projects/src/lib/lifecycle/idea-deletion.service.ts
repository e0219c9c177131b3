import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import {
  ideaDeletionBar,
  isRestorable,
  restorableUntil,
  type CurrentUser,
  type DeletedIdea,
  type Project,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { ProjectEntity } from '@gp/api/data';
import { findReadableProject, recordActivity } from '@gp/api/project-access';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { toProject } from '../project.mapper';

/**
 * Deleting an idea registered by mistake: a soft delete (deleted_at, deleted_by) that every read
 * leaves out (ProjectEntity's delete date column), restorable by an admin for IDEA_RESTORE_DAYS,
 * then purged by the worker (DeletedIdeaPurger). Its deadlines are cancelled in the same
 * transaction, so its reminders stop; a restore brings them back.
 */
@Injectable()
export class IdeaDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  async delete(user: CurrentUser, id: string): Promise<void> {
    await this.deadlines.run(async (manager, sync) => {
      const project = await findReadableProject(manager, user, id);
      // One change of the row at a time: a move to application racing the delete waits here.
      await manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [id]);
      const current = await manager.findOneByOrFail(ProjectEntity, { id });
      const bar = ideaDeletionBar(user, { stage: current.stage, createdById: project.createdById });
      if (bar === 'forbidden')
        throw new DomainError(
          'forbidden',
          'forbidden',
          'Only whoever registered the idea, a coordinator or an admin deletes it.',
        );
      if (bar === 'not_an_idea')
        throw new DomainError(
          'conflict',
          'not_an_idea',
          'Only an idea is deleted; a project that has left the idea stage is closed instead.',
        );
      await manager.update(ProjectEntity, { id }, { deletedAt: new Date(), deletedById: user.id });
      await recordActivity(manager, { projectId: id, kind: 'idea_deleted', subject: current.title, actorId: user.id });
      await sync(id);
    });
  }

  /** The deleted ideas an admin may still restore, latest first. */
  async listDeleted(now = new Date()): Promise<DeletedIdea[]> {
    const rows = await this.dataSource.getRepository(ProjectEntity).find({
      withDeleted: true,
      where: { deletedAt: Not(IsNull()) },
      relations: { department: true, deletedBy: true },
      order: { deletedAt: 'DESC' },
    });
    return rows
      .filter((row) => row.deletedAt && isRestorable(row.deletedAt, now))
      .map((row) => ({
        id: row.id,
        title: row.title,
        departmentId: row.departmentId,
        departmentName: row.department.name,
        deletedAt: (row.deletedAt as Date).toISOString(),
        deletedBy: row.deletedBy ? { id: row.deletedBy.id, name: row.deletedBy.name } : null,
        restorableUntil: restorableUntil(row.deletedAt as Date).toISOString(),
      }));
  }

  async restore(user: CurrentUser, id: string, now = new Date()): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      await manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [id]);
      const row = await manager.findOne(ProjectEntity, { withDeleted: true, where: { id } });
      if (!row?.deletedAt) throw DomainError.notFound('The deleted idea');
      if (!isRestorable(row.deletedAt, now))
        throw new DomainError('conflict', 'restore_expired', 'The idea was deleted more than 30 days ago.');
      await manager.update(ProjectEntity, { id }, { deletedAt: null, deletedById: null });
      await recordActivity(manager, { projectId: id, kind: 'idea_restored', subject: row.title, actorId: user.id });
      await sync(id);
      return toProject(await findReadableProject(manager, user, id));
    });
  }
}
