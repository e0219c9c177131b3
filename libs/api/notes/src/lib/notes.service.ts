import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  mayDeleteNote,
  mayEditNote,
  mayWriteNotes,
  mentions,
  newlyMentioned,
  noteWritingRoles,
  type CurrentUser,
  type NoteEdit,
  type NoteInput,
  type NotePerson,
  type OutgoingMail,
  type ProjectNote,
  type ProjectNoteThread,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { ProjectEntity, ProjectNoteEntity, UserAccountEntity } from '@gp/api/data';
import { MailOutbox } from '@gp/api/mail';
import { findReadableProject, recordActivity } from '@gp/api/project-access';
import { noteMentionMail } from './note-mention.mail';
import { projectReaders, type ProjectReader } from './project-readers';

/**
 * A project's thread of notes. Whoever reads the project reads it; whoever works on it writes in
 * it (libs/domain's note rules). A mention emails the person a link, through the outbox: written
 * with the note, queued after the commit, once per person per note.
 */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
  ) {}

  async thread(user: CurrentUser, projectId: string): Promise<ProjectNoteThread> {
    const manager = this.dataSource.manager;
    await findReadableProject(manager, user, projectId);
    const rows = await manager.find(ProjectNoteEntity, {
      where: { projectId },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const mayWrite = await this.writes(manager, user, projectId);
    // Whom a writer may mention (the picker offers only them); a reader needs no list of people.
    const mentionable = mayWrite
      ? (await projectReaders(manager, projectId)).map(({ id, name }) => ({ id, name }))
      : [];
    return { notes: await this.present(manager, rows), mayWrite, mentionable };
  }

  async create(user: CurrentUser, projectId: string, input: NoteInput): Promise<ProjectNote> {
    const mails: OutgoingMail[] = [];
    const note = await this.dataSource.transaction(async (manager) => {
      const project = await this.writableProject(manager, user, projectId);
      const text = this.textOf(input);
      const mentioned = await this.mentioned(manager, projectId, text, input.mentionIds ?? []);
      const told = mentioned.filter((person) => person.id !== user.id);
      const saved = await manager.save(
        ProjectNoteEntity,
        manager.create(ProjectNoteEntity, {
          projectId,
          authorId: user.id,
          text,
          mentionIds: mentioned.map((person) => person.id),
          toldIds: told.map((person) => person.id),
        }),
      );
      mails.push(...this.mailsTo(told, user, project, text));
      await this.outbox.add(manager, mails);
      return saved.id;
    });
    await this.outbox.release(mails);
    return this.one(note);
  }

  /** The author's new text; only people it mentions for the first time are emailed. */
  async update(user: CurrentUser, projectId: string, noteId: string, input: NoteEdit): Promise<ProjectNote> {
    const mails: OutgoingMail[] = [];
    await this.dataSource.transaction(async (manager) => {
      const project = await this.writableProject(manager, user, projectId);
      // Locked, so two quick edits adding the same person email them once.
      const note = await this.noteOf(manager, projectId, noteId, true);
      if (!mayEditNote(user, note))
        throw new DomainError('forbidden', 'forbidden', 'Only the author of a note edits it.');
      // The author's other tab saved first: theirs is not written over, and the page is shown it.
      if (note.version !== input.version) throw DomainError.staleVersion(await this.one(noteId, manager));
      const text = this.textOf(input);
      const mentioned = await this.mentioned(manager, projectId, text, input.mentionIds ?? []);
      const newIds = newlyMentioned(
        note.toldIds,
        mentioned.map((person) => person.id),
      ).filter((id) => id !== user.id);
      const told = mentioned.filter((person) => newIds.includes(person.id));
      await manager.update(
        ProjectNoteEntity,
        { id: noteId },
        {
          text,
          mentionIds: mentioned.map((person) => person.id),
          toldIds: [...note.toldIds, ...newIds],
          editedAt: () => 'now()',
          version: () => 'version + 1',
        },
      );
      mails.push(...this.mailsTo(told, user, project, text));
      await this.outbox.add(manager, mails);
    });
    await this.outbox.release(mails);
    return this.one(noteId);
  }

  async remove(user: CurrentUser, projectId: string, noteId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findReadableProject(manager, user, projectId);
      const note = await this.noteOf(manager, projectId, noteId, true);
      if (!mayDeleteNote(user, note))
        throw new DomainError(
          'forbidden',
          'forbidden',
          'Only the author of a note, a coordinator or an admin deletes it.',
        );
      await manager.delete(ProjectNoteEntity, { id: noteId });
      // Someone else's note taken down (a coordinator or admin moderating) stays on the record:
      // who did it and whose note it was, not what it said.
      if (note.authorId !== user.id) {
        const author = note.authorId
          ? await manager.findOne(UserAccountEntity, { where: { id: note.authorId }, select: { name: true } })
          : null;
        await recordActivity(manager, {
          projectId,
          kind: 'note_deleted',
          subject: author?.name ?? '—',
          actorId: user.id,
        });
      }
    });
  }

  /** The project, if the person reads it through the roles they work in; 403 if they only read it. */
  private async writableProject(
    manager: EntityManager,
    user: CurrentUser,
    projectId: string,
  ): Promise<ProjectEntity> {
    const project = await findReadableProject(manager, user, projectId);
    if (!(await this.writes(manager, user, projectId)))
      throw new DomainError('forbidden', 'forbidden', 'You read this project but do not write notes on it.');
    return project;
  }

  private async writes(manager: EntityManager, user: CurrentUser, projectId: string): Promise<boolean> {
    const roles = noteWritingRoles(user.roles);
    if (!mayWriteNotes(roles)) return false;
    try {
      await findReadableProject(manager, { ...user, roles }, projectId);
      return true;
    } catch {
      return false;
    }
  }

  private async noteOf(
    manager: EntityManager,
    projectId: string,
    noteId: string,
    lock: boolean,
  ): Promise<ProjectNoteEntity> {
    const note = await manager.findOne(ProjectNoteEntity, {
      where: { id: noteId, projectId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!note) throw DomainError.notFound('The note');
    return note;
  }

  private textOf(input: NoteInput): string {
    const text = input.text.trim();
    if (text === '') throw DomainError.invalid('text', 'text must not be empty');
    return text;
  }

  /**
   * The people picked as mentions, each checked: an active person, named in the text as @Name, and
   * able to read the project. A mention that could not reach its person is refused, naming them,
   * rather than silently dropped: the author believes they told someone.
   */
  private async mentioned(
    manager: EntityManager,
    projectId: string,
    text: string,
    ids: readonly string[],
  ): Promise<ProjectReader[]> {
    if (ids.length === 0) return [];
    const people: Array<{ id: string; name: string }> = await manager.query(
      'SELECT id, name FROM user_account WHERE active AND id = ANY($1::uuid[])',
      [ids],
    );
    if (people.length < new Set(ids).size)
      throw DomainError.invalid('mentionIds', 'mentionIds names someone who is not an active person');
    const notInText = people.filter((person) => !mentions(text, person));
    if (notInText.length > 0)
      throw DomainError.invalid(
        'mentionIds',
        `mentionIds: ${names(notInText)} ${notInText.length === 1 ? 'is' : 'are'} not mentioned in the text as @Name`,
      );
    const readers = await projectReaders(manager, projectId, ids);
    const unreadable = people.filter((person) => !readers.some((reader) => reader.id === person.id));
    if (unreadable.length > 0)
      throw DomainError.invalid(
        'mentionIds',
        `mentionIds: ${names(unreadable)} cannot read this project, so a mention would not reach them`,
      );
    return ids.map((id) => readers.find((reader) => reader.id === id) as ProjectReader);
  }

  private mailsTo(
    people: readonly ProjectReader[],
    author: CurrentUser,
    project: ProjectEntity,
    text: string,
  ): OutgoingMail[] {
    return people.map((person) =>
      noteMentionMail(
        person,
        { authorName: author.name, projectId: project.id, projectTitle: project.title, text },
        this.config.appUrl,
      ),
    );
  }

  private async one(noteId: string, manager = this.dataSource.manager): Promise<ProjectNote> {
    const row = await manager.findOneOrFail(ProjectNoteEntity, {
      where: { id: noteId },
      relations: { author: true },
    });
    const [note] = await this.present(manager, [row]);
    return note;
  }

  private async present(manager: EntityManager, rows: readonly ProjectNoteEntity[]): Promise<ProjectNote[]> {
    const ids = [...new Set(rows.flatMap((row) => row.mentionIds))];
    const people: NotePerson[] =
      ids.length === 0
        ? []
        : await manager.query('SELECT id, name FROM user_account WHERE id = ANY($1::uuid[])', [ids]);
    const byId = new Map(people.map((person) => [person.id, person]));
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      authorId: row.authorId,
      authorName: row.author?.name ?? null,
      text: row.text,
      mentions: row.mentionIds.flatMap((id) => byId.get(id) ?? []),
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt ? row.editedAt.toISOString() : null,
      version: row.version,
    }));
  }
}

const names = (people: ReadonlyArray<{ name: string }>) => people.map((person) => person.name).join(', ');
