import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one h1, with room for the page's main actions beside it. */
@Component({
  selector: 'gp-page-header',
  template: `
    <h1>{{ heading() }}</h1>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem 1rem;
      margin-bottom: 1.5rem;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .actions:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
}
