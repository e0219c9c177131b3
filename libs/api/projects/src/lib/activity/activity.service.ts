import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser, ProjectActivity } from '@gp/domain';
import { ProjectActivityEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';

/** A project's history: co-funding, checklist and budget activity, for those who read the project. */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest 500 entries, newest first; 404 for a project the person does not read. */
  async list(user: CurrentUser, projectId: string): Promise<ProjectActivity[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    const rows = await this.dataSource.getRepository(ProjectActivityEntity).find({
      where: { projectId },
      relations: { actor: true },
      order: { at: 'DESC' },
      take: 500,
    });
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      kind: row.kind,
      subject: row.subject,
      comment: row.comment,
      actorId: row.actorId,
      actorName: row.actor?.name ?? null,
      at: row.at.toISOString(),
    }));
  }
}
