import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError, Language } from '@gp/domain';
import { SessionStore } from '@gp/web/session';
import { LanguageStore } from '@gp/web/core';
// The shell is itself lazy-loaded (app.routes), so these static imports stay out of the first bundle.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ThemeToggleComponent } from '@gp/web/ui/chrome';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { LanguageMenuComponent } from '@gp/web/ui/language-menu';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NoticeService } from '@gp/web/ui/notices';
import { filter, map, skip } from 'rxjs';
import { ADMIN_LINKS, SECTION_LINKS } from './nav-links';

/** Below this width (Material 3's "expanded" size class) the navigation slides over the page. */
const NARROW_SCREEN = '(max-width: 839.98px)';

/** The signed-in frame: toolbar, navigation, and the page in <main>. */
@Component({
  selector: 'gp-shell',
  imports: [
    LanguageMenuComponent,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    ThemeToggleComponent,
    TranslocoPipe,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  protected readonly languages = inject(LanguageStore);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  private readonly injector = inject(Injector);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Open beside the page on wide screens; closed until asked for on narrow ones. */
  protected readonly navOpen = linkedSignal(() => !this.narrow());

  protected readonly sectionLinks = computed(() =>
    SECTION_LINKS.filter((link) => !link.roles || this.session.holdsAnyRole(link.roles)),
  );
  protected readonly adminLinks = computed(() => (this.session.holdsAnyRole(['admin']) ? ADMIN_LINKS : []));
  protected readonly roleNames = computed(() => {
    this.languages.language();
    return this.session
      .roles()
      .map((role) => this.transloco.translate(`roles.${role}`))
      .join(', ');
  });

  constructor() {
    // After moving to another page, put focus at the start of <main> so screen readers and
    // keyboard users begin at the new content, as after a full page load.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.main().nativeElement.focus(), { injector: this.injector }));
  }

  protected skipToMain(event: Event): void {
    // The <base href> would turn "#main-content" into a jump to the root page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected followLink(): void {
    if (this.narrow()) this.navOpen.set(false);
  }

  protected chooseLanguage(language: Language): void {
    this.session.chooseLanguage(language).catch((error: ApiError) => this.notices.problem(error));
  }

  protected signOut(): void {
    void this.session.signOut();
  }
}
