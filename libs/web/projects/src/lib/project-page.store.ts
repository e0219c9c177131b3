import { Injectable, computed, inject, signal } from '@angular/core';
import {
  ideaDeletionBar,
  projectFieldRules,
  reopenBar,
  reopenStage,
  type MoveProjectInput,
  type Department,
  type PersonSummary,
  type Programme,
  type Project,
  type ProjectFacts,
  type ProjectFields,
  type ProjectFieldRules,
  type StageMoveRecord,
  byName,
  editConflict,
  type EditConflict,
} from '@gp/domain';
import { LoadState, callApi, toApiError } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { ProjectsApi, ReadAhead, projectOwnReads, projectPageReads } from '@gp/web/project-data';
import { savedFields } from './project-form';

/**
 * One project page's data (provided by the page): the project and its stage history, the lists
 * its fields choose from, and what the signed-in person may do with it (libs/domain's rules,
 * through the session). Writes reject with the ApiError; a stale save first takes the server's
 * project and sorts the person's edit out against it (`conflict`). The page keeps the form and
 * says what happened.
 */
@Injectable()
export class ProjectPageStore {
  private readonly api = inject(ProjectsApi);
  private readonly session = inject(SessionStore);
  private readonly reads = inject(ReadAhead);
  private readonly state = new LoadState();
  /** Counts loads, so the sections of a project left meanwhile do not show under the next. */
  private loads = 0;
  /** The lists' reading, once started: the overview names its programme, department and lead from them. */
  private lists?: Promise<void>;

  readonly project = signal<Project | null>(null);
  readonly history = signal<StageMoveRecord[]>([]);
  readonly departments = signal<Department[]>([]);
  readonly programmes = signal<Programme[]>([]);
  readonly people = signal<PersonSummary[]>([]);
  readonly loading = this.state.loading;
  /** Every section below the overview has its data: they show together (see `load`). */
  readonly sectionsReady = signal(false);
  /** The checklist's and co-funding's facts for the stage rules, as their sections report them. */
  readonly sectionFacts = signal<Pick<ProjectFacts, 'checklist' | 'coFunding'>>({});
  readonly problem = this.state.problem;
  /** Set when the API said no to an edit, whatever the session thought. */
  readonly forbidden = signal(false);
  /**
   * The last save met a newer version: the person's edit on top of the saved project, and the
   * fields someone else changed (libs/domain's editConflict). Cleared by a save that succeeds, or
   * when the person takes the saved values.
   */
  readonly conflict = signal<EditConflict<ProjectFields> | null>(null);

  /** Whether saving the project with this lead ends the person's editing of it (libs/domain's rule). */
  handsAway(newLeadId: string | null): boolean {
    const project = this.project();
    return !!project && this.session.handsProjectAway(project, newLeadId);
  }

  readonly mayEdit = computed(() => {
    const project = this.project();
    return !!project && !this.forbidden() && this.session.mayEditProject(project);
  });
  /**
   * libs/domain's projectFieldRules, as the API applies them: which of the department, the public
   * flag and the granted amount the person may change here, and why not.
   */
  readonly fieldRules = computed<ProjectFieldRules | null>(() => {
    const project = this.project();
    return project ? projectFieldRules(this.session.person(), project) : null;
  });
  /**
   * libs/domain's copyToNextCallBar, as the API applies it: whoever may edit copies a closed
   * project (its attempt is over). The page says why a live one is not copied only where someone
   * would look for the button: a rejected application not yet closed. Elsewhere the note would
   * stand on every idea and application page.
   */
  readonly copyBar = computed(() => {
    const project = this.project();
    if (!project || !this.mayEdit()) return 'forbidden';
    return this.session.copyToNextCallBar(project);
  });

  /**
   * libs/domain's reopen rules, as the API applies them: the stage a coordinator or admin would
   * reopen this closed project to (from its history), or null where there is no reopening.
   */
  readonly reopenTo = computed(() => {
    const project = this.project();
    if (!project || reopenBar(this.session.person(), project) !== null) return null;
    return reopenStage(project, this.history());
  });

  /** libs/domain's ideaDeletionBar: its creator, a coordinator or an admin deletes an idea. */
  readonly mayDelete = computed(() => {
    const project = this.project();
    return (
      !!project &&
      !this.forbidden() &&
      ideaDeletionBar(this.session.person(), {
        stage: project.stage,
        createdById: project.createdById ?? null,
      }) === null
    );
  });

  /**
   * Moves the project under the version shown, then reads its history (the move's row, with its
   * comment). Rejects with the ApiError; a stale version first takes the server's project.
   */
  async move(project: Project, input: Omit<MoveProjectInput, 'version'>): Promise<Project> {
    return this.afterStageChange(
      project,
      callApi(this.api.move(project.id, { ...input, version: project.version })),
    );
  }

  /** Reopens a closed project to the stage it was closed from, with the comment for its history. */
  async reopen(project: Project, comment: string): Promise<Project> {
    return this.afterStageChange(
      project,
      callApi(this.api.reopen(project.id, { version: project.version, ...(comment ? { comment } : {}) })),
    );
  }

  deleteIdea(project: Project): Promise<void> {
    return callApi(this.api.deleteIdea(project.id));
  }

  private async afterStageChange(project: Project, change: Promise<Project>): Promise<Project> {
    try {
      const saved = await change;
      this.project.set(saved);
      this.history.set(await callApi(this.api.history(project.id)).catch(() => this.history()));
      return saved;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') {
        const current = apiError.current as Project | undefined;
        this.project.set(current ?? (await callApi(this.api.get(project.id))));
      }
      throw apiError;
    }
  }

  /**
   * The project, its stage history and what the page's sections read, all at once: no request
   * waits for another. The project shows with its history and the names its overview needs (the
   * lists); the sections below it show together once every one of them has its answer
   * (`sectionsReady`), so each opens with its data and nothing on screen moves: they only add to
   * the page below what is already drawn. A page without history still shows the project.
   */
  load(id: string): Promise<void> {
    const load = ++this.loads;
    this.sectionsReady.set(false);
    this.sectionFacts.set({});
    // Taken over where the router started them already (readProjectPageAhead).
    for (const { url } of projectOwnReads(id)) void this.reads.start(url);
    const sections = Promise.all(
      projectPageReads(id).map(({ url, params }) => this.reads.start(url, params)),
    );
    return this.state.run(
      async () => {
        const [project, history] = await Promise.all([
          callApi(this.api.get(id)),
          callApi(this.api.history(id)).catch(() => [] as StageMoveRecord[]),
          this.lists ?? this.loadLists(),
        ]);
        return { project, history };
      },
      ({ project, history }) => {
        this.conflict.set(null);
        this.history.set(history);
        this.project.set(project);
        void sections.then(() => {
          if (load === this.loads) this.sectionsReady.set(true);
        });
      },
    );
  }

  /** A section reports its facts for the stage rules (the checklist's, the co-funding's). */
  takeSectionFacts(facts: Pick<ProjectFacts, 'checklist' | 'coFunding'>): void {
    this.sectionFacts.update((known) => ({ ...known, ...facts }));
  }

  /** The departments, programmes and people the fields choose from; each list on its own. Never rejects. */
  loadLists(): Promise<void> {
    this.lists = this.readLists();
    return this.lists;
  }

  private async readLists(): Promise<void> {
    const [departments, programmes, people] = await Promise.allSettled([
      callApi(this.api.departments()),
      callApi(this.api.programmes()),
      callApi(this.api.people()),
    ]);
    if (departments.status === 'fulfilled') this.departments.set([...departments.value].sort(byName));
    if (programmes.status === 'fulfilled') this.programmes.set([...programmes.value].sort(byName));
    if (people.status === 'fulfilled') this.people.set([...people.value].sort(byName));
  }

  /**
   * Saves under the version shown. A stale version takes the server's project (from the 409 or
   * fetched again) and sets `conflict` first, so the form keeps the person's edit; a refusal marks
   * the page read-only. Rejects with the ApiError either way.
   */
  async save(project: Project, fields: ProjectFields): Promise<Project> {
    try {
      const saved = await callApi(this.api.update(project.id, { ...fields, version: project.version }));
      this.conflict.set(null);
      this.project.set(saved);
      return saved;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') {
        // Only the project: the sections are open and keep their own data.
        const current =
          (apiError.current as Project | undefined) ?? (await callApi(this.api.get(project.id)));
        this.conflict.set(editConflict(savedFields(project), fields, savedFields(current)));
        this.project.set(current);
      } else if (apiError.code === 'forbidden' || apiError.statusCode === 403) {
        this.forbidden.set(true);
      }
      throw apiError;
    }
  }

  /** The person gives up their edit for what is saved; the page fills the form again. */
  takeSaved(): void {
    this.conflict.set(null);
  }

  copyToNextCall(project: Project): Promise<Project> {
    return callApi(this.api.copyToNextCall(project.id));
  }
}
