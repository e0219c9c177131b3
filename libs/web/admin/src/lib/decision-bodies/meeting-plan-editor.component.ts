import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FieldErrorComponent, LanguageStore, TODAY } from '@gp/web/core';
import { startWith, switchMap } from 'rxjs';
import { planInOrder, sameWeekdayEachMonth, upcomingMeetings } from './meeting-plan';

type DayProblem = 'chooseDay' | 'inPast' | 'duplicate';

let nextId = 0;

/**
 * A body's meeting plan (sammanträdesplan) in a form: the meeting days in order, a day added with
 * a date field (or the same weekday every month for a year), a day to come removed with the
 * option to undo until the form is saved. Days that have passed stay, greyed, as the record of
 * what was planned.
 */
@Component({
  selector: 'gp-meeting-plan-editor',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './meeting-plan-editor.component.html',
  styleUrl: './meeting-plan-editor.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingPlanEditorComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly today = inject(TODAY)();

  /** The plan's days as the API takes them; the editor writes the kept days here. */
  readonly control = input.required<FormControl<string[]>>();

  protected readonly ids = { hint: `plan-hint-${++nextId}`, list: `plan-list-${nextId}` };
  protected readonly day = new FormControl('', { nonNullable: true });
  protected readonly dayProblem = signal<DayProblem | null>(null);
  protected readonly announcement = signal('');
  /** Days removed since the dialog opened: still listed, struck through, until saved or undone. */
  protected readonly removed = signal<ReadonlySet<string>>(new Set());
  private written: string[] | null = null;

  protected readonly kept = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: [] as string[] },
  );

  protected readonly days = computed(() => planInOrder([...this.kept(), ...this.removed()]));
  protected readonly upcoming = computed(() => upcomingMeetings(this.kept(), this.today).length);

  constructor() {
    // A plan keeps the year's passed meetings at its top: open it at the first one to come.
    afterNextRender(() => {
      const list = this.host.nativeElement.querySelector<HTMLElement>('.days');
      const next = list?.querySelector<HTMLElement>('li:not(.past)');
      if (list && next) list.scrollTop = next.offsetTop - list.offsetTop;
    });
    // The form showing the server's plan (after someone else saved) forgets this dialog's removals.
    toObservable(this.kept).subscribe((days) => {
      if (days !== this.written && this.removed().size) this.removed.set(new Set());
    });
  }

  protected label(day: string): string {
    return new Intl.DateTimeFormat(this.locale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`));
  }

  protected add(): void {
    const day = this.checkedDay();
    if (!day) return;
    this.write([...this.kept(), day]);
    this.day.reset('');
    this.announce('decisionBodies.plan.added', { day: this.label(day) });
  }

  /** The chosen day and the same weekday of the eleven months after it; days already planned stay once. */
  protected addMonthly(): void {
    const day = this.checkedDay();
    if (!day) return;
    const planned = new Set(this.kept());
    const fresh = sameWeekdayEachMonth(day).filter((d) => !planned.has(d));
    this.write([...this.kept(), ...fresh]);
    this.day.reset('');
    this.announce('decisionBodies.plan.addedMany', { count: fresh.length });
  }

  protected remove(day: string): void {
    this.removed.update((days) => new Set(days).add(day));
    this.write(this.kept().filter((d) => d !== day));
    this.announce('decisionBodies.plan.removedDay', { day: this.label(day) });
    this.focus(`[data-undo="${day}"]`);
  }

  protected undo(day: string): void {
    this.removed.update((days) => {
      const left = new Set(days);
      left.delete(day);
      return left;
    });
    this.write([...this.kept(), day]);
    this.announce('decisionBodies.plan.restored', { day: this.label(day) });
    this.focus(`[data-remove="${day}"]`);
  }

  private checkedDay(): string | null {
    const day = this.day.value;
    const problem: DayProblem | null = !/^\d{4}-\d{2}-\d{2}$/.test(day)
      ? 'chooseDay'
      : day < this.today
        ? 'inPast'
        : this.kept().includes(day)
          ? 'duplicate'
          : null;
    this.dayProblem.set(problem);
    if (problem) {
      this.day.setErrors({ plan: problem });
      this.day.markAsTouched();
      return null;
    }
    return day;
  }

  private write(days: string[]): void {
    const control = this.control();
    this.written = planInOrder(days);
    control.setValue(this.written);
    control.markAsDirty();
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
