import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { changedFields, type ChecklistTemplateItem, type ChecklistTemplateItemInput } from '@gp/domain';
import { definedOnly, DomainError } from '@gp/api/core';
import { ChecklistTemplateItemEntity, dueColumns, ProgrammeEntity, updateIfVersion } from '@gp/api/data';
import { toTemplateItem } from './checklist.mapper';
import { nextPosition, reorderRows } from './reorder';

/** The checklist each programme's applications start from. */
@Injectable()
export class ChecklistTemplatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(programmeId: string): Promise<ChecklistTemplateItem[]> {
    await this.requireProgramme(this.dataSource.manager, programmeId);
    return this.items(this.dataSource.manager, programmeId);
  }

  async add(programmeId: string, input: ChecklistTemplateItemInput): Promise<ChecklistTemplateItem> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireProgramme(manager, programmeId);
      const saved = await manager.save(
        ChecklistTemplateItemEntity,
        manager.create(ChecklistTemplateItemEntity, {
          programmeId,
          title: input.title.trim(),
          guidance: input.guidance?.trim() ?? '',
          required: input.required ?? true,
          isMinutesExtract: input.isMinutesExtract ?? false,
          ticksOnDocument: input.ticksOnDocument ?? false,
          ...dueColumns(input.due ?? null),
          position: await nextPosition(manager, ChecklistTemplateItemEntity, 'programme_id', programmeId),
        }),
      );
      return toTemplateItem(saved);
    });
  }

  /** An edit that sends the values there are changes nothing and keeps the version. */
  async update(
    id: string,
    input: Partial<ChecklistTemplateItemInput> & { version: number },
  ): Promise<ChecklistTemplateItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = toTemplateItem(await this.find(manager, id));
      const { version, ...sent } = definedOnly(input) as typeof input;
      if (item.version !== version) throw DomainError.staleVersion(item);
      const { due, ...fields } = changedFields<ChecklistTemplateItemInput>(item, {
        ...sent,
        ...(sent.title !== undefined ? { title: sent.title.trim() } : {}),
      });
      if (due === undefined && Object.keys(fields).length === 0) return item;
      const changes: Partial<ChecklistTemplateItemEntity> = {
        ...fields,
        ...(due !== undefined ? dueColumns(due) : {}),
      };
      // The version read above may have been overtaken since: the update itself is the arbiter.
      if (!(await updateIfVersion(manager, ChecklistTemplateItemEntity, id, version, changes))) {
        throw DomainError.staleVersion(toTemplateItem(await this.find(manager, id)));
      }
      return toTemplateItem(await this.find(manager, id));
    });
  }

  /** Removing a template line leaves the checklists already made from it as they are. */
  async remove(id: string): Promise<void> {
    await this.find(this.dataSource.manager, id);
    await this.dataSource.manager.delete(ChecklistTemplateItemEntity, { id });
  }

  async reorder(programmeId: string, ids: string[]): Promise<ChecklistTemplateItem[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireProgramme(manager, programmeId);
      await reorderRows(manager, ChecklistTemplateItemEntity, { programmeId }, ids);
      return this.items(manager, programmeId);
    });
  }

  private async items(manager: EntityManager, programmeId: string): Promise<ChecklistTemplateItem[]> {
    const rows = await manager.find(ChecklistTemplateItemEntity, {
      where: { programmeId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return rows.map(toTemplateItem);
  }

  private async find(manager: EntityManager, id: string): Promise<ChecklistTemplateItemEntity> {
    const item = await manager.findOneBy(ChecklistTemplateItemEntity, { id });
    if (!item) throw DomainError.notFound('The checklist template item');
    return item;
  }

  private async requireProgramme(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.existsBy(ProgrammeEntity, { id }))) throw DomainError.notFound('The programme');
  }
}
