import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** Says plainly that there is nothing here yet, and why, instead of showing an empty table. */
@Component({
  selector: 'gp-empty-state',
  imports: [MatIconModule],
  template: `
    <mat-icon aria-hidden="true" [svgIcon]="icon()" />
    <p>{{ message() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.75rem;
      padding: 2.5rem 1rem;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    mat-icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
    }
    p {
      margin: 0;
      max-width: 40rem;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  readonly message = input.required<string>();
  readonly icon = input('inbox');
}
