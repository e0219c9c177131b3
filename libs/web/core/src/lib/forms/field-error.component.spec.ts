import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LanguageStore } from '../i18n/language.store';
import { provideTranslations } from '../i18n/provide-translations';
import { FieldErrorComponent } from './field-error.component';
import { passwordPolicy } from './desk-validators';
import { showServerErrors } from './server-errors';

@Component({
  imports: [FieldErrorComponent, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field>
      <mat-label>Lösenord</mat-label>
      <input matInput [formControl]="form.controls.password" />
      <mat-error [gpFieldError]="form.controls.password" />
    </mat-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PasswordHost {
  readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, passwordPolicy()] }),
  });
}

describe('FieldErrorComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslations()] });
  });

  async function render() {
    const fixture = TestBed.createComponent(PasswordHost);
    await fixture.whenStable();
    const errorText = () =>
      (fixture.nativeElement as HTMLElement).querySelector('mat-error')?.textContent?.trim();
    return { fixture, form: fixture.componentInstance.form, errorText };
  }

  it('shows the rule that is broken, in the active language', async () => {
    const { fixture, form, errorText } = await render();
    form.controls.password.setValue('kort');
    form.controls.password.markAsTouched();
    await fixture.whenStable();
    expect(errorText()).toBe('Lösenordet måste ha minst 12 tecken.');

    TestBed.inject(LanguageStore).use('nb');
    // Norwegian is a chunk of its own, loaded when picked.
    await firstValueFrom(TestBed.inject(TranslocoService).load('nb'));
    await fixture.whenStable();
    expect(errorText()).toBe('Passordet må ha minst 12 tegn.');
  });

  it('shows a server error by its code under the field it names, until the person edits it', async () => {
    const { fixture, form, errorText } = await render();
    form.controls.password.setValue('a long enough passphrase');
    const shown = showServerErrors(form, {
      statusCode: 422,
      code: 'weak_password',
      message: 'newPassword is not acceptable',
      errors: { password: ['password is not acceptable: same_as_email'] },
    });
    await fixture.whenStable();
    expect(shown).toBe(true);
    expect(errorText()).toBe('Lösenordet godtas inte: använd minst 12 tecken och inte e-postadressen.');

    form.controls.password.setValue('another long passphrase');
    await fixture.whenStable();
    expect(errorText()).toBeUndefined();
  });

  it('reports when no field could take the server error', () => {
    const form = new FormGroup({ name: new FormControl('') });
    expect(showServerErrors(form, { statusCode: 409, code: 'stale_version', message: 'x' })).toBe(false);
  });
});
