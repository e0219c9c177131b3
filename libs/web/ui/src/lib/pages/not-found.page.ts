import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmptyStateComponent } from '../empty-state/empty-state.component';
import { PageHeaderComponent } from '../page-header/page-header.component';

/** Any address that leads nowhere. */
@Component({
  selector: 'gp-not-found-page',
  imports: [EmptyStateComponent, MatButtonModule, PageHeaderComponent, RouterLink, TranslocoPipe],
  template: `
    <gp-page-header [heading]="'notFound.heading' | transloco" />
    <gp-empty-state icon="explore_off" [message]="'notFound.text' | transloco">
      <a mat-flat-button routerLink="/board">{{ 'notFound.back' | transloco }}</a>
    </gp-empty-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
