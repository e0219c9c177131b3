import { Injectable } from '@nestjs/common';
import {
  reopenBar,
  reopenedOutcome,
  reopenStage,
  type CurrentUser,
  type Project,
  type ReopenProjectInput,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { ProjectEntity, ProjectStageMoveEntity, updateIfVersion } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { toProject } from '../project.mapper';

/**
 * Reopening a project closed by mistake: a coordinator or admin takes it back to the stage it was
 * closed from (libs/domain's reopenStage reads the history), with a history row closed → stage
 * and the comment, under the version it was based on. The board never drags a closed card: this
 * is a deliberate act from the project page.
 */
@Injectable()
export class ProjectReopenService {
  constructor(private readonly deadlines: DeadlineTransactions) {}

  async reopen(user: CurrentUser, id: string, input: ReopenProjectInput): Promise<Project> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await findReadableProject(manager, user, id);
      const next = await manager.findOne(ProjectEntity, {
        select: { id: true },
        where: { previousAttemptId: id },
      });
      const bar = reopenBar(user, { stage: project.stage, nextAttemptId: next?.id ?? null });
      if (bar === 'forbidden')
        throw new DomainError('forbidden', 'forbidden', 'Only a coordinator or an admin reopens a project.');
      if (project.version !== input.version) throw DomainError.staleVersion(toProject(project, next?.id ?? null));
      if (bar === 'not_closed')
        throw new DomainError('conflict', 'not_closed', 'Only a closed project is reopened.');
      if (bar === 'already_copied')
        throw new DomainError(
          'conflict',
          'already_copied',
          'This project was copied to the next call; its next attempt carries on instead.',
        );
      const history = await manager.find(ProjectStageMoveEntity, {
        where: { projectId: id },
        order: { movedAt: 'ASC' },
      });
      const to = reopenStage(project, history);
      if (!to) throw new DomainError('conflict', 'not_closed', 'Only a closed project is reopened.');
      const outcome = reopenedOutcome(project.outcome, to);
      if (!(await updateIfVersion(manager, ProjectEntity, id, input.version, { stage: to, outcome }))) {
        throw DomainError.staleVersion(toProject(await findReadableProject(manager, user, id)));
      }
      await manager.insert(ProjectStageMoveEntity, {
        projectId: id,
        from: 'closed',
        to,
        outcome,
        comment: input.comment?.trim() ?? '',
        movedById: user.id,
      });
      await sync(id);
      return toProject(await findReadableProject(manager, user, id));
    });
  }
}
