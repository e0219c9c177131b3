import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  budgetShares,
  CURRENCIES,
  isApiErrorCode,
  INTERNATIONALISATION_FORMS,
  MUNICIPALITY_ROLES,
  outcomeName,
  stageName,
  type ApiError,
  type Project,
  type ProjectFacts,
  type RuledProjectField,
} from '@gp/domain';
import { FieldErrorComponent, focusFirstInvalid, LanguageStore, showServerErrors } from '@gp/web/core';
import {
  confirmed,
  LocalDatePipe,
  LocalPercentPipe,
  NoticeService,
  PageHeaderComponent,
  ProblemAlertComponent,
} from '@gp/web/ui';
import { startWith } from 'rxjs';
import { ProjectActivityComponent } from './activity/project-activity.component';
import { ChecklistComponent } from '@gp/web/checklists';
import { ProjectDocumentsComponent } from '@gp/web/documents';
import { CoFundingComponent } from '@gp/web/co-funding';
import { ProjectNotesComponent } from '@gp/web/notes';
import { ProjectDeadlinesComponent } from '@gp/web/reminders';
import {
  FORM_FIELD_OF,
  fillProjectForm,
  linkGroup,
  partnerGroup,
  projectFields,
  projectForm,
} from './project-form';
import { ProjectPageStore } from './project-page.store';
import { conflictRows } from './project-conflict';
import { backFromProject } from './stage/back-from-project';
import { ProjectStageControlsComponent } from './stage/project-stage-controls.component';

/**
 * One project: what it is, its checklist and co-funding, its details to edit, and how it moved
 * through the stages and what happened on the way.
 */
@Component({
  selector: 'gp-project-page',
  imports: [
    ProblemAlertComponent,
    ChecklistComponent,
    ProjectDocumentsComponent,
    CoFundingComponent,
    ProjectNotesComponent,
    FieldErrorComponent,
    LocalDatePipe,
    LocalPercentPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProjectActivityComponent,
    ProjectDeadlinesComponent,
    ProjectStageControlsComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './project.page.html',
  styleUrl: './project.page.scss',
  providers: [ProjectPageStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectPage {
  private readonly notices = inject(NoticeService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly languages = inject(LanguageStore);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  /** The project's id, from the address. */
  readonly id = input.required<string>();

  /** Where "back" leads: the board or the table with the search and filters the person came with. */
  protected readonly back = signal(backFromProject(this.router));

  protected readonly language = this.languages.language;
  protected readonly locale = this.languages.locale;
  protected readonly currencies = CURRENCIES;
  protected readonly roles = MUNICIPALITY_ROLES;
  protected readonly forms = INTERNATIONALISATION_FORMS;
  protected readonly goals = Array.from({ length: 17 }, (_, i) => i + 1);
  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly stageName = stageName;
  protected readonly outcomeName = outcomeName;

  private readonly store = inject(ProjectPageStore);
  protected readonly project = this.store.project;
  protected readonly history = this.store.history;
  protected readonly departments = this.store.departments;
  protected readonly programmes = this.store.programmes;
  protected readonly people = this.store.people;
  protected readonly loading = this.store.loading;
  protected readonly sectionsReady = this.store.sectionsReady;
  protected readonly busy = signal(false);
  protected readonly problem = this.store.problem;
  /** A message about the last save: stale, forbidden or invalid, as a translation key. */
  protected readonly saveMessage = signal<string | null>(null);
  /**
   * After a save met someone else's newer version: the fields they changed, the person's value
   * and the saved one in words, for the list above the save button.
   */
  protected readonly conflict = this.store.conflict;
  protected readonly conflictRows = computed(() => {
    const conflict = this.conflict();
    this.language();
    if (!conflict) return [];
    return conflictRows(conflict.changedByOthers, {
      departments: this.departments(),
      programmes: this.programmes(),
      people: this.people(),
      translate: (key, params) => this.transloco.translate(key, params),
      locale: this.locale(),
    });
  });
  private readonly conflictHeading = viewChild<ElementRef<HTMLElement>>('conflictHeading');
  private readonly titleInput = viewChild<ElementRef<HTMLInputElement>>('titleInput');
  private readonly detailsForm = viewChild<ElementRef<HTMLFormElement>>('detailsForm');
  /** Counts checklist and co-funding changes, so the activity list fetches what they added. */
  protected readonly activityRevision = signal(0);

  protected readonly form = projectForm();
  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(null)));

  protected readonly mayEdit = this.store.mayEdit;
  /**
   * Why the department, the public flag and the granted amount are read-only for this person
   * (libs/domain's projectFieldRules), or null where they may change them. Shown beside the field
   * and linked to it by aria-describedby; a page that is read-only as a whole says so once instead.
   */
  protected readonly locks = computed(() => {
    const rules = this.store.fieldRules();
    const reason = (field: RuledProjectField) => {
      const rule = rules?.[field];
      return this.mayEdit() && rule && !rule.editable ? rule.reason : null;
    };
    return {
      departmentId: reason('departmentId'),
      isPublic: reason('isPublic'),
      granted: reason('budget.grantedMinor'),
    };
  });

  protected readonly chosenProgramme = computed(() => {
    this.value();
    const id = this.form.controls.programmeId.value;
    return this.programmes().find((p) => p.id === id) ?? null;
  });
  protected readonly shares = computed(() => {
    this.value();
    return budgetShares(this.form.controls.budget.getRawValue());
  });
  protected readonly overview = computed(() => {
    const project = this.project();
    if (!project) return null;
    const programme = this.programmes().find((p) => p.id === project.programmeId) ?? null;
    return {
      programme: programme?.name ?? null,
      call: programme?.calls.find((c) => c.id === project.callId) ?? null,
      department: this.departments().find((d) => d.id === project.departmentId)?.name ?? null,
      lead: this.people().find((p) => p.id === project.projectLeadId)?.name ?? null,
    };
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const locks = this.locks();
      if (!this.mayEdit()) {
        this.form.disable({ emitEvent: false });
        return;
      }
      this.form.enable({ emitEvent: false });
      // A read-only field is still sent, as it is: the API takes an unchanged value.
      const controls = this.form.controls;
      if (locks.departmentId) controls.departmentId.disable({ emitEvent: false });
      if (locks.isPublic) controls.isPublic.disable({ emitEvent: false });
      if (locks.granted) controls.budget.controls.granted.disable({ emitEvent: false });
    });
    // Whatever the store takes (loaded, saved, or the server's version after a 409) fills the form.
    effect(() => {
      const project = this.project();
      if (project) untracked(() => this.fill(project));
    });
    void this.store.loadLists();
  }

  protected get partners() {
    return this.form.controls.partners;
  }

  protected get links() {
    return this.form.controls.links;
  }

  protected addPartner(): void {
    this.partners.push(partnerGroup());
  }

  protected removePartner(index: number): void {
    this.partners.removeAt(index);
  }

  protected addLink(): void {
    this.links.push(linkGroup());
  }

  protected removeLink(index: number): void {
    this.links.removeAt(index);
  }

  protected addTheme(event: MatChipInputEvent): void {
    const theme = event.value.trim();
    const themes = this.form.controls.themes;
    if (theme && !themes.value.includes(theme)) themes.setValue([...themes.value, theme]);
    event.chipInput.clear();
  }

  protected removeTheme(theme: string): void {
    const themes = this.form.controls.themes;
    themes.setValue(themes.value.filter((t) => t !== theme));
  }

  /** The checklist or co-funding section reports the facts the move menu judges by. */
  protected takeSectionFacts(facts: Pick<ProjectFacts, 'checklist' | 'coFunding'>): void {
    this.store.takeSectionFacts(facts);
  }

  protected activityChanged(): void {
    this.activityRevision.update((revision) => revision + 1);
  }

  protected programmeChanged(): void {
    this.form.controls.callId.setValue(null);
  }

  load(id: string): Promise<void> {
    return this.store.load(id);
  }

  protected readonly copyBar = this.store.copyBar;

  async copyToNextCall(): Promise<void> {
    const project = this.project();
    if (!project || this.busy()) return;
    this.busy.set(true);
    try {
      const copy = await this.store.copyToNextCall(project);
      this.notices.confirm('project.copied');
      await this.router.navigate(['/projects', copy.id]);
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  async save(): Promise<void> {
    const project = this.project();
    if (!project || this.busy() || !this.mayEdit()) return;
    this.saveMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveMessage.set('project.invalid');
      this.focusFirstError();
      return;
    }
    const fields = projectFields(this.form, project);
    if (this.store.handsAway(fields.projectLeadId) && !(await this.handOverConfirmed(fields.projectLeadId)))
      return;
    this.busy.set(true);
    try {
      await this.store.save(project, fields);
      // A budget change is a line in the activity log.
      this.activityChanged();
      this.notices.confirm('project.saved');
    } catch (error) {
      const apiError = error as ApiError;
      // The store has taken the server's version, or marked the page read-only.
      if (apiError.code === 'stale_version') {
        // The form keeps the person's edit on top of the saved project; the list says what differs.
        this.tellConflict();
      } else if (apiError.code === 'forbidden' || apiError.statusCode === 403) {
        this.saveMessage.set('project.forbidden');
      } else if (apiError.errors) {
        const errors = Object.fromEntries(
          Object.entries(apiError.errors).map(([field, messages]) => [
            FORM_FIELD_OF[field] ?? field,
            messages,
          ]),
        );
        showServerErrors(this.form, { ...apiError, errors });
        this.showReasonPerField(apiError);
        this.saveMessage.set('project.invalid');
        this.focusFirstError();
      } else {
        this.notices.problem(apiError);
      }
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * A lead who names someone else (or no one) as lead can no longer edit or move the project once
   * saved, and only a coordinator can give it back: asked first, so it is not done by a slip.
   */
  private handOverConfirmed(newLeadId: string | null): Promise<boolean> {
    const name = this.people().find((person) => person.id === newLeadId)?.name;
    return confirmed(this.dialog, {
      title: this.transloco.translate('project.handOverTitle'),
      message: this.transloco.translate(name ? 'project.handOverText' : 'project.handOverToNobodyText', {
        name,
      }),
      confirm: this.transloco.translate('project.handOverConfirm'),
    });
  }

  /** Gives up the person's edit after a conflict: the form shows the saved project. */
  protected takeSaved(): void {
    this.store.takeSaved();
    const project = this.project();
    if (project) this.fill(project);
    // The list and its button are gone: the focus goes to the form's first field, not the page's body.
    afterNextRender(() => this.titleInput()?.nativeElement.focus(), { injector: this.injector });
    void this.announcer.announce(this.transloco.translate('conflict.tookSaved'), 'polite');
  }

  /**
   * A refusal naming several fields carries one code, and each field's own in `reasons` (dates
   * and amounts that contradict each other): each field shows its own words where there are some.
   */
  private showReasonPerField(error: ApiError): void {
    for (const reason of error.reasons ?? []) {
      const field = reason.params?.['field'];
      const control = typeof field === 'string' ? this.form.get(FORM_FIELD_OF[field] ?? field) : null;
      if (control && isApiErrorCode(reason.code))
        control.setErrors({ ...control.errors, server: reason.code });
    }
  }

  /**
   * After a refused save the focus goes to the first field that shows what is wrong, not stays on
   * the save button at the bottom of a tall page; the field's error text is read out with it.
   */
  private focusFirstError(): void {
    afterNextRender(() => focusFirstInvalid(this.detailsForm()?.nativeElement), { injector: this.injector });
  }

  /** Moves the focus to the conflict's heading and reads out which fields someone else changed. */
  private tellConflict(): void {
    afterNextRender(() => this.conflictHeading()?.nativeElement.focus(), { injector: this.injector });
    const fields = this.conflictRows()
      .map((row) => this.transloco.translate(row.labelKey))
      .join(', ');
    const key = fields ? 'conflict.announce' : 'conflict.noFields';
    void this.announcer.announce(this.transloco.translate(key, { fields }), 'assertive');
  }

  private fill(project: Project): void {
    // After a conflict the form shows the person's edit on top of the saved project, not the saved project alone.
    const conflict = this.store.conflict();
    fillProjectForm(this.form, conflict ? { ...project, ...conflict.merged } : project);
    if (!this.mayEdit()) this.form.disable({ emitEvent: false });
  }
}
