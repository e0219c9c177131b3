import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FIELD_LIMITS, LOGO_MOST_BYTES, LOGO_TYPES, type OrganisationSettings } from '@gp/domain';
import { FieldErrorComponent, FormSave, LoadState, callApi, toApiError } from '@gp/web/core';
import {
  FormProblemComponent,
  NoticeService,
  PageHeaderComponent,
  ProblemAlertComponent,
  confirmed,
} from '@gp/web/ui';
import { embedOriginsValue, originLines } from './embed-origins-field';
import { OrganisationSettingsApi } from './organisation-settings.api';

/** The file's bytes as base64, without the data URL's prefix. */
const asBase64 = (file: File): Promise<string> =>
  new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * The organisation the desk serves, as the public page and the reports name it: its name, its logo,
 * and the web sites allowed to embed the public project list.
 */
@Component({
  selector: 'gp-organisation-settings-page',
  imports: [
    FieldErrorComponent,
    FormProblemComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './organisation-settings.page.html',
  styleUrls: ['../shared/admin-page.scss', './organisation-settings.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationSettingsPage {
  private readonly api = inject(OrganisationSettingsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);
  private readonly state = new LoadState();

  protected readonly loading = this.state.loading;
  protected readonly problem = this.state.problem;
  protected readonly settings = signal<OrganisationSettings | null>(null);
  /** The name in force when none is set here (ORGANISATION_NAME). */
  protected readonly configuredName = signal<string | null>(null);
  protected readonly logoProblem = signal<string | null>(null);
  protected readonly logoBusy = signal(false);
  protected readonly logoTypes = LOGO_TYPES.join(',');
  protected readonly nameMax = FIELD_LIMITS.organisation.name.max;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.maxLength(FIELD_LIMITS.organisation.name.max)]],
    embedOrigins: ['', [embedOriginsValue]],
  });
  protected readonly saving = new FormSave();

  constructor() {
    void this.load();
  }

  private load(): Promise<void> {
    return this.state.run(
      () => Promise.all([callApi(this.api.settings()), callApi(this.api.organisation())]),
      ([settings, organisation]) => {
        this.take(settings);
        this.configuredName.set(settings.name === null ? organisation.name : null);
      },
    );
  }

  private take(settings: OrganisationSettings): void {
    this.settings.set(settings);
    this.form.reset({ name: settings.name ?? '', embedOrigins: settings.embedOrigins.join('\n') });
  }

  protected save(): Promise<void> {
    const settings = this.settings();
    if (!settings) return Promise.resolve();
    return this.saving.submit(
      this.form,
      async () => {
        const value = this.form.getRawValue();
        this.take(
          await callApi(
            this.api.save({
              name: value.name.trim() || null,
              embedOrigins: originLines(value.embedOrigins),
              version: settings.version,
            }),
          ),
        );
        this.notices.confirm('organisationSettings.saved');
      },
      { takeCurrent: (current: OrganisationSettings) => this.take(current) },
    );
  }

  protected async chooseLogo(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.logoProblem.set(null);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      this.logoProblem.set(this.transloco.translate('organisationSettings.logoRefused'));
      return;
    }
    if (file.size > LOGO_MOST_BYTES) {
      this.logoProblem.set(
        this.transloco.translate('organisationSettings.logoTooLarge', {
          size: Math.ceil(file.size / 1024),
          most: LOGO_MOST_BYTES / 1024,
        }),
      );
      return;
    }
    this.logoBusy.set(true);
    try {
      this.settings.set(await callApi(this.api.putLogo(await asBase64(file))));
      this.notices.confirm('organisationSettings.logoSaved');
    } catch (error) {
      // The server tells the type by the bytes: a file named .png may be something else.
      const problem = toApiError(error);
      if (problem.errors?.['contentBase64'])
        this.logoProblem.set(this.transloco.translate('organisationSettings.logoRefused'));
      else this.notices.problem(problem);
    } finally {
      this.logoBusy.set(false);
    }
  }

  protected async removeLogo(): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: this.transloco.translate('organisationSettings.removeLogoTitle'),
      message: this.transloco.translate('organisationSettings.removeLogoMessage'),
      confirm: this.transloco.translate('organisationSettings.removeLogo'),
    });
    if (!sure) return;
    try {
      this.settings.set(await callApi(this.api.removeLogo()));
      this.notices.confirm('organisationSettings.logoRemoved');
    } catch (error) {
      this.notices.problem(toApiError(error));
    }
  }
}
