import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  changedFields,
  type ChecklistItem,
  type ChecklistItemInput,
  type CurrentUser,
  type UpdateChecklistItemInput,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, definedOnly, DomainError } from '@gp/api/core';
import {
  ChecklistItemEntity,
  dueColumns,
  dueRuleOf,
  ProjectEntity,
  updateIfVersion,
  UserAccountEntity,
} from '@gp/api/data';
import { recordActivity, findEditableProject, findReadableProject } from '@gp/api/project-access';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { documentsOfItems } from './checklist-documents';
import { toChecklistItem } from './checklist.mapper';
import { nextPosition, reorderRows } from './reorder';

/** An application's own checklist: read by whoever reads the project, changed by whoever edits it. */
@Injectable()
export class ChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  async list(user: CurrentUser, projectId: string): Promise<ChecklistItem[]> {
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    return this.items(this.dataSource.manager, project);
  }

  async add(user: CurrentUser, projectId: string, input: ChecklistItemInput): Promise<ChecklistItem> {
    return this.deadlines.run(async (manager, sync) => {
      const project = await findEditableProject(manager, user, projectId);
      if (input.assigneeId) await this.requirePerson(manager, input.assigneeId);
      const saved = await manager.save(
        ChecklistItemEntity,
        manager.create(ChecklistItemEntity, {
          projectId,
          title: input.title.trim(),
          guidance: input.guidance?.trim() ?? '',
          required: input.required ?? true,
          ...dueColumns(input.due ?? null),
          assigneeId: input.assigneeId ?? null,
          comment: input.comment?.trim() ?? '',
          position: await nextPosition(manager, ChecklistItemEntity, 'project_id', projectId),
        }),
      );
      await sync(projectId);
      return this.one(manager, project, saved.id);
    });
  }

  /**
   * Edits, ticks or unticks an item; a tick records who and when, and goes in the activity log.
   * An edit that sends the values there are changes nothing: no version, no activity, no sync.
   */
  async update(user: CurrentUser, id: string, input: UpdateChecklistItemInput): Promise<ChecklistItem> {
    return this.deadlines.run(async (manager, sync) => {
      const item = await this.find(manager, id);
      const project = await findEditableProject(manager, user, item.projectId);
      const { version, ...sent } = definedOnly(input) as UpdateChecklistItemInput;
      if (item.version !== version) throw DomainError.staleVersion(await this.one(manager, project, id));
      const { due, done, ...fields } = changedFields(editableFields(item), {
        ...sent,
        ...(sent.title !== undefined ? { title: sent.title.trim() } : {}),
      });
      if (due === undefined && done === undefined && Object.keys(fields).length === 0)
        return this.one(manager, project, id);
      if (fields.assigneeId) await this.requirePerson(manager, fields.assigneeId);
      const changes: Partial<ChecklistItemEntity> = {
        ...fields,
        ...(due !== undefined ? dueColumns(due) : {}),
      };
      if (done !== undefined)
        Object.assign(
          changes,
          done ? { doneAt: new Date(), doneById: user.id } : { doneAt: null, doneById: null },
        );
      // The version read above may have been overtaken since: the update itself is the arbiter.
      if (!(await updateIfVersion(manager, ChecklistItemEntity, id, version, changes))) {
        throw DomainError.staleVersion(await this.one(manager, project, id));
      }
      if (done !== undefined) {
        await recordActivity(manager, {
          projectId: project.id,
          kind: done ? 'checklist_item_done' : 'checklist_item_reopened',
          subject: changes.title ?? item.title,
          actorId: user.id,
        });
      }
      await sync(project.id);
      return this.one(manager, project, id);
    });
  }

  async remove(user: CurrentUser, id: string): Promise<void> {
    await this.deadlines.run(async (manager, sync) => {
      const item = await this.find(manager, id);
      await findEditableProject(manager, user, item.projectId);
      await manager.delete(ChecklistItemEntity, { id });
      await sync(item.projectId);
    });
  }

  async reorder(user: CurrentUser, projectId: string, ids: string[]): Promise<ChecklistItem[]> {
    return this.dataSource.transaction(async (manager) => {
      const project = await findEditableProject(manager, user, projectId);
      await reorderRows(manager, ChecklistItemEntity, { projectId }, ids);
      return this.items(manager, project);
    });
  }

  private async items(manager: EntityManager, project: ProjectEntity): Promise<ChecklistItem[]> {
    const rows = await manager.find(ChecklistItemEntity, {
      where: { projectId: project.id },
      relations: { assignee: true, doneBy: true, templateItem: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const documents = await documentsOfItems(manager, { projectId: project.id });
    return rows.map((row) =>
      toChecklistItem(row, project.call?.deadline ?? null, this.config.timeZone, documents.get(row.id)),
    );
  }

  private async one(manager: EntityManager, project: ProjectEntity, id: string): Promise<ChecklistItem> {
    const row = await manager.findOne(ChecklistItemEntity, {
      where: { id },
      relations: { assignee: true, doneBy: true, templateItem: true },
    });
    if (!row) throw DomainError.notFound('The checklist item');
    const documents = await documentsOfItems(manager, { checklistItemId: id });
    return toChecklistItem(row, project.call?.deadline ?? null, this.config.timeZone, documents.get(id));
  }

  /** The item, whatever project it is on; access is checked on its project next. */
  private async find(manager: EntityManager, id: string): Promise<ChecklistItemEntity> {
    const item = await manager.findOneBy(ChecklistItemEntity, { id });
    if (!item) throw DomainError.notFound('The checklist item');
    return item;
  }

  private async requirePerson(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.existsBy(UserAccountEntity, { id, active: true })))
      throw DomainError.invalid('assigneeId', 'assigneeId names no active person', 'unknown_person');
  }
}

/** What an edit can send, as the item has it now; `done` is whether it is ticked. */
function editableFields(item: ChecklistItemEntity): Required<ChecklistItemInput> & { done: boolean } {
  return {
    title: item.title,
    guidance: item.guidance,
    required: item.required,
    due: dueRuleOf(item),
    assigneeId: item.assigneeId,
    comment: item.comment,
    done: item.doneAt !== null,
  };
}
