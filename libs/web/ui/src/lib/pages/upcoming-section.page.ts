import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmptyStateComponent } from '../empty-state/empty-state.component';
import { PageHeaderComponent } from '../page-header/page-header.component';

/**
 * A section whose content later work fills in (board, calendar, approvals). The
 * route's data names its heading and its empty-state text as translation keys.
 */
@Component({
  selector: 'gp-upcoming-section-page',
  imports: [EmptyStateComponent, PageHeaderComponent, TranslocoPipe],
  template: `
    <gp-page-header [heading]="heading() | transloco" />
    <gp-empty-state [icon]="icon()" [message]="message() | transloco" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpcomingSectionPage {
  /** Bound from the route's data by the router's component input binding. */
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
  readonly icon = input('inbox');
}
