import { ChangeDetectionStrategy, Component, inject, output, viewChild } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { MatMenu, MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeRefusal, stageName, type Stage } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { AriaDisabledDirective } from './aria-disabled.directive';
import type { StageOption } from './stage-options';

/** What the menu was opened for, as its trigger's data: `{ options, subject, testIdPrefix }`. */
export interface StageMoveMenuContext<Subject = unknown> {
  options: StageOption[];
  subject: Subject;
  /** Prefix of the items' test ids: `<prefix>-move-to-<stage>`. */
  testIdPrefix: string;
}

export interface StageMoveChoice<Subject = unknown> {
  subject: Subject;
  stage: Stage;
}

/**
 * The "Move" menu of the board's cards and the project page: every stage but the current one. A
 * forbidden stage stays in the arrow keys' reach (aria-disabled, not disabled), carries its reasons
 * as its description, and choosing it only says why again (announced), never moves.
 * Open it with `[matMenuTriggerFor]="menu.panel()"` and a StageMoveMenuContext as trigger data.
 */
@Component({
  selector: 'gp-stage-move-menu',
  imports: [AriaDisabledDirective, MatMenuModule, TranslocoPipe],
  template: `
    <mat-menu #menu="matMenu" [ariaLabel]="'stageMoves.menuLabel' | transloco">
      <ng-template matMenuContent let-options="options" let-subject="subject" let-prefix="testIdPrefix">
        @for (option of asOptions(options); track option.stage) {
          <button
            mat-menu-item
            type="button"
            [gpAriaDisabled]="!option.allowed"
            [class.forbidden]="!option.allowed"
            [attr.aria-describedby]="option.allowed ? null : prefix + '-why-' + option.stage"
            [attr.data-testid]="prefix + '-move-to-' + option.stage"
            (click)="choose(subject, option, $event)"
          >
            @if (option.allowed) {
              {{ 'board.moveTo' | transloco: { stage: name(option.stage) } }}
            } @else {
              <span class="forbidden-item">
                {{ 'stageMoves.forbiddenTo' | transloco: { stage: name(option.stage) } }}
                <span class="why" [id]="prefix + '-why-' + option.stage">{{ reasonsText(option) }}</span>
              </span>
            }
          </button>
        } @empty {
          <p class="menu-empty">{{ 'board.noMoves' | transloco }}</p>
        }
      </ng-template>
    </mat-menu>
  `,
  styles: `
    .forbidden { color: var(--mat-sys-on-surface-variant); }
    .forbidden-item { display: flex; flex-direction: column; padding: 0.25rem 0; }
    .why { font-size: 0.85em; }
    .menu-empty { padding: 0 1rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageMoveMenuComponent<Subject = unknown> {
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageStore).language;

  /** The menu panel, for `matMenuTriggerFor`. */
  readonly panel = viewChild.required<MatMenu>('menu');
  /** An allowed stage was chosen. */
  readonly chosen = output<StageMoveChoice<Subject>>();

  protected asOptions(value: unknown): StageOption[] {
    return (value as StageOption[] | undefined) ?? [];
  }

  protected name(stage: Stage): string {
    return stageName(stage, this.language());
  }

  protected reasonsText(option: StageOption): string {
    const language = this.language();
    return option.reasons.map((reason) => describeRefusal(reason, language)).join(' ');
  }

  protected choose(subject: Subject, option: StageOption, event: Event): void {
    if (option.allowed) {
      this.chosen.emit({ subject, stage: option.stage });
      return;
    }
    // A forbidden stage cannot be chosen: the menu stays open on it and says why, once more, out loud.
    event.stopPropagation();
    void this.announcer.announce(
      this.transloco.translate('stageMoves.forbiddenChosen', {
        stage: this.name(option.stage),
        reasons: this.reasonsText(option),
      }),
      'assertive',
    );
  }
}
