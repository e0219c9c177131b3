import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  copyToNextCallBar,
  hasAnyRole,
  handsProjectAway,
  mayEditProject,
  readsWholePortfolio,
  type ChangePasswordInput,
  type CurrentUser,
  type Language,
  type Role,
  type SessionState,
  type SignInInput,
} from '@gp/domain/people';
import { ApiSession, toApiError } from '@gp/web/core/http';
import { LanguageStore } from '@gp/web/core/i18n';
import { firstValueFrom, type Observable } from 'rxjs';
import { AuthApi } from './auth.api';

/**
 * Who is signed in, and the CSRF token their writes need. The server keeps the session;
 * this is the web app's copy, refreshed by every answer that carries one.
 * Methods that fail reject with an ApiError.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore implements ApiSession {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly languages = inject(LanguageStore);
  private readonly token = signal<string | null>(null);
  private readonly current = signal<CurrentUser | null>(null);

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly roles = computed<readonly Role[]>(() => this.current()?.roles ?? []);

  csrfToken(): string | null {
    return this.token();
  }

  /** The signed-in person as libs/domain's rules take them; no id and no roles when signed out. */
  readonly person = computed(() => ({ id: this.current()?.id ?? null, roles: this.roles() }));
  /** Admins, coordinators and viewers read every project; others their departments' and their own. */
  readonly readsWholePortfolio = computed(() => readsWholePortfolio(this.roles()));

  holdsAnyRole(wanted: readonly Role[]): boolean {
    return hasAnyRole(this.roles(), wanted);
  }

  /** libs/domain's mayEditProject for the signed-in person: the one place pages ask it. */
  mayEditProject(project: { projectLeadId: string | null }): boolean {
    return mayEditProject(this.person(), project);
  }

  /** libs/domain's handsProjectAway for the signed-in person: naming this lead ends their editing. */
  handsProjectAway(project: { projectLeadId: string | null }, newLeadId: string | null): boolean {
    return handsProjectAway(this.person(), project, newLeadId);
  }

  /** libs/domain's copyToNextCallBar for the signed-in person: why they may not copy, or null. */
  copyToNextCallBar(project: Parameters<typeof copyToNextCallBar>[1]): ReturnType<typeof copyToNextCallBar> {
    return copyToNextCallBar(this.person(), project);
  }

  /** At start: who is signed in, and the token for writes. The app starts even when the API does not answer. */
  async load(): Promise<void> {
    let state: SessionState;
    try {
      state = await firstValueFrom(this.api.session());
    } catch {
      this.current.set(null);
      return;
    }
    await this.accept(state);
  }

  async signIn(input: SignInInput): Promise<CurrentUser | null> {
    // Sign-in is a write, so it needs a token too; fetch one if the start-up call failed.
    if (!this.token()) await this.load();
    await this.accept(await this.call(this.api.signIn(input)));
    return this.current();
  }

  async signOut(): Promise<void> {
    try {
      await this.accept(await firstValueFrom(this.api.signOut()));
    } catch {
      // Locally the session ends now; the server's ends with its cookie.
      this.current.set(null);
    }
    await this.router.navigateByUrl('/sign-in');
  }

  /** The API answered 401: the session ended (timed out, or the password was changed elsewhere). */
  sessionExpired(returnUrl: string): void {
    this.current.set(null);
    // The token was bound to the ended session; signing in fetches a fresh one.
    this.token.set(null);
    if (returnUrl.startsWith('/sign-in')) return;
    void this.router.navigate(['/sign-in'], { queryParams: { returnUrl } });
  }

  /** Switches the screen (once its texts are loaded) and, for a signed-in person, saves it so their emails follow. */
  async chooseLanguage(language: Language): Promise<void> {
    // The screen switches once the language's texts are loaded; the save does not wait for that.
    const switched = this.languages.use(language);
    const user = this.current();
    if (user && user.language !== language)
      this.current.set(await this.call(this.api.updateProfile({ language })));
    await switched;
  }

  /** The server starts a new session for the person; writes from now on need its new token. */
  async changePassword(input: ChangePasswordInput): Promise<void> {
    await this.accept(await this.call(this.api.changePassword(input)));
  }

  private async accept(state: SessionState): Promise<void> {
    this.token.set(state.csrfToken);
    this.current.set(state.user);
    if (state.user) await this.languages.use(state.user.language);
  }

  private async call<T>(request: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(request);
    } catch (error) {
      throw toApiError(error);
    }
  }
}
