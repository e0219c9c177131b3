import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslations } from '../lib/i18n/provide-translations';

/**
 * What a component test of the desk needs: HttpClient against the testing backend, the
 * translations, and Material without animations (jsdom plays no CSS animations, so a dialog
 * would wait for ever for its closing one).
 */
export function provideDeskTesting(): Array<Provider | EnvironmentProviders> {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTranslations(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Lets pending promises and timers of zero run, then waits for the fixture to be stable. */
export async function settleFixture(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
