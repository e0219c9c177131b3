import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { deadlineKindName, type DeadlineKind } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { DEADLINE_KIND_ICONS } from './deadline-kind-icons';

/** "Slutrapport: Grön omställning" with the kind's icon, for table cells. */
@Component({
  selector: 'gp-deadline-label',
  imports: [MatIconModule],
  template: `
    <mat-icon aria-hidden="true" [svgIcon]="icon()" />
    <span>{{ text() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.375rem;
    }
    mat-icon {
      flex: none;
      width: 18px;
      height: 18px;
      font-size: 18px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineLabelComponent {
  private readonly language = inject(LanguageStore).language;

  readonly kind = input.required<DeadlineKind>();
  readonly title = input('');

  protected readonly icon = computed(() => DEADLINE_KIND_ICONS[this.kind()] ?? 'event');
  protected readonly text = computed(() => {
    const name = deadlineKindName(this.kind(), this.language()) ?? this.kind();
    return this.title() ? `${name}: ${this.title()}` : name;
  });
}
