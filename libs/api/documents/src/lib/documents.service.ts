import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  DOCUMENT_MAX_PER_PROJECT,
  mayAttachToChecklistItem,
  mayChangeDocuments,
  type AttachedDocument,
  type CurrentUser,
  type ProjectDocument,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { ChecklistItemEntity, ProjectDocumentEntity, type ProjectEntity } from '@gp/api/data';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { findReadableProject, recordActivity } from '@gp/api/project-access';
import { DocumentChunks, type DocumentPlace } from './document-chunks';
import { documentErrors } from './document-errors';
import { writeUpload, type WrittenUpload } from './document-upload-writer';
import { toProjectDocument } from './document.mapper';
import { declaredTooLarge, drain, receiveUpload } from './multipart-upload';

const FORBIDDEN_MESSAGE = 'Only the project lead, a coordinator or an admin changes this project’s documents.';

/**
 * A project's documents: listed and downloaded by whoever reads the project, uploaded, replaced
 * and removed by whoever edits it, attached to a checklist item also by the person it is assigned
 * to. An upload is written chunk by chunk outside any transaction and becomes a listed document,
 * with its activity line (and its item ticked, where the template says), in one short one.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chunks: DocumentChunks,
    private readonly deadlines: DeadlineTransactions,
  ) {}

  async list(user: CurrentUser, projectId: string): Promise<ProjectDocument[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    const rows = await this.dataSource.manager.find(ProjectDocumentEntity, {
      where: { projectId, status: 'stored' },
      relations: { checklistItem: true, uploadedBy: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toProjectDocument);
  }

  /** The stored document, if the person reads its project; 404 otherwise. */
  async readable(user: CurrentUser, projectId: string, documentId: string): Promise<ProjectDocumentEntity> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    return this.find(this.dataSource.manager, projectId, documentId);
  }

  /** The bytes of a document, chunk by chunk. */
  content(document: ProjectDocumentEntity): AsyncGenerator<Buffer> {
    return this.chunks.read(document.id, document.size);
  }

  async upload(user: CurrentUser, projectId: string, req: Request): Promise<ProjectDocument> {
    const place = await this.refusingUnread(req, async () => {
      const project = await findReadableProject(this.dataSource.manager, user, projectId);
      this.requireChanger(user, project);
      return { projectId, checklistItemId: null };
    });
    const written = await this.receive(user, place, req);
    return this.finish(user, written, async (manager) => {
      await findReadableProject(manager, user, projectId);
      await recordActivity(manager, {
        projectId,
        kind: 'document_uploaded',
        subject: written.fileName,
        actorId: user.id,
      });
    });
  }

  /** Attaches a document to a checklist item; ticks the item when its template line says so. */
  async attach(user: CurrentUser, itemId: string, req: Request): Promise<AttachedDocument> {
    const place = await this.refusingUnread(req, async () => {
      const item = await this.item(this.dataSource.manager, itemId);
      const project = await findReadableProject(this.dataSource.manager, user, item.projectId);
      if (!mayAttachToChecklistItem(user, project, item)) throw forbidden();
      return { projectId: project.id, checklistItemId: item.id };
    });
    const written = await this.receive(user, place, req);
    let ticked = false;
    const document = await this.finish(user, written, async (manager, sync) => {
      const item = await this.item(manager, itemId);
      await recordActivity(manager, {
        projectId: item.projectId,
        kind: 'document_uploaded',
        subject: written.fileName,
        comment: item.title,
        actorId: user.id,
      });
      ticked = await this.tickByDocument(manager, item, user);
      if (ticked) await sync(item.projectId);
    });
    return { document, ticked };
  }

  /** A new file in place of a document: the old one is removed when the new one is whole. */
  async replace(user: CurrentUser, projectId: string, documentId: string, req: Request): Promise<ProjectDocument> {
    const place = await this.refusingUnread(req, async () => {
      const project = await findReadableProject(this.dataSource.manager, user, projectId);
      const old = await this.find(this.dataSource.manager, projectId, documentId);
      this.requireChanger(user, project);
      return { projectId, checklistItemId: old.checklistItemId };
    });
    const written = await this.receive(user, place, req);
    return this.finish(user, written, async (manager) => {
      // Locked, so two replacements of one document at once leave one of them, not both.
      const old = await manager.findOne(ProjectDocumentEntity, {
        where: { id: documentId, projectId, status: 'stored' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!old) throw DomainError.notFound('The document');
      await manager.delete(ProjectDocumentEntity, { id: old.id });
      await recordActivity(manager, {
        projectId,
        kind: 'document_replaced',
        subject: written.fileName,
        comment: old.fileName,
        actorId: user.id,
      });
    });
  }

  async remove(user: CurrentUser, projectId: string, documentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const project = await findReadableProject(manager, user, projectId);
      const document = await this.find(manager, projectId, documentId);
      this.requireChanger(user, project);
      await manager.delete(ProjectDocumentEntity, { id: document.id });
      await recordActivity(manager, {
        projectId,
        kind: 'document_deleted',
        subject: document.fileName,
        comment: document.checklistItemId ? ((await this.itemTitle(manager, document.checklistItemId)) ?? null) : null,
        actorId: user.id,
      });
    });
  }

  /**
   * Runs the checks that come before reading an upload; when they refuse, the body is read and
   * dropped first so the client, still sending, receives the answer.
   */
  private async refusingUnread(req: Request, checks: () => Promise<DocumentPlace>): Promise<DocumentPlace> {
    try {
      const place = await checks();
      if (declaredTooLarge(req)) throw documentErrors.tooLarge();
      const kept = await this.dataSource.manager.countBy(ProjectDocumentEntity, { projectId: place.projectId });
      if (kept >= DOCUMENT_MAX_PER_PROJECT) throw documentErrors.tooMany(DOCUMENT_MAX_PER_PROJECT);
      return place;
    } catch (error) {
      await drain(req);
      throw error;
    }
  }

  private async receive(user: CurrentUser, place: DocumentPlace, req: Request): Promise<WrittenUpload> {
    await this.chunks.sweepAbandoned();
    return receiveUpload(req, (file, name) => writeUpload(this.chunks, file, name, place, user.id));
  }

  /** Lists the written upload, in one transaction with `more` (activity, the tick); undone if that fails. */
  private async finish(
    user: CurrentUser,
    written: WrittenUpload,
    more: (manager: EntityManager, sync: (projectId: string) => Promise<void>) => Promise<void>,
  ): Promise<ProjectDocument> {
    try {
      return await this.deadlines.run(async (manager, sync) => {
        const stored = await manager.update(
          ProjectDocumentEntity,
          { id: written.documentId, status: 'uploading' },
          { status: 'stored', size: written.size },
        );
        // The project (and with it the upload) was removed while the file arrived.
        if (stored.affected !== 1) throw DomainError.notFound('The project');
        await more(manager, sync);
        const row = await manager.findOneOrFail(ProjectDocumentEntity, {
          where: { id: written.documentId },
          relations: { checklistItem: true, uploadedBy: true },
        });
        return toProjectDocument(row);
      });
    } catch (error) {
      await this.chunks.discard(written.documentId);
      throw error;
    }
  }

  /** Ticks the item if its template line says a document completes it and it is still open. */
  private async tickByDocument(manager: EntityManager, item: ChecklistItemEntity, user: CurrentUser): Promise<boolean> {
    const open: unknown[] = await manager.query(
      `SELECT ci.id FROM checklist_item ci JOIN checklist_template_item t ON t.id = ci.template_item_id
        WHERE ci.id = $1 AND t.ticks_on_document AND ci.done_at IS NULL
          FOR UPDATE OF ci`,
      [item.id],
    );
    if (open.length === 0) return false;
    await manager.query(
      `UPDATE checklist_item SET done_at = now(), done_by_id = $2, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [item.id, user.id],
    );
    await recordActivity(manager, {
      projectId: item.projectId,
      kind: 'checklist_item_done',
      subject: item.title,
      actorId: user.id,
    });
    return true;
  }

  private requireChanger(user: CurrentUser, project: ProjectEntity): void {
    if (!mayChangeDocuments(user, project)) throw forbidden();
  }

  private async find(manager: EntityManager, projectId: string, documentId: string): Promise<ProjectDocumentEntity> {
    const row = await manager.findOne(ProjectDocumentEntity, {
      where: { id: documentId, projectId, status: 'stored' },
    });
    if (!row) throw DomainError.notFound('The document');
    return row;
  }

  private async item(manager: EntityManager, id: string): Promise<ChecklistItemEntity> {
    const item = await manager.findOneBy(ChecklistItemEntity, { id });
    if (!item) throw DomainError.notFound('The checklist item');
    return item;
  }

  private async itemTitle(manager: EntityManager, id: string): Promise<string | undefined> {
    return (await manager.findOneBy(ChecklistItemEntity, { id }))?.title;
  }
}

function forbidden(): DomainError {
  return new DomainError('forbidden', 'forbidden', FORBIDDEN_MESSAGE);
}
