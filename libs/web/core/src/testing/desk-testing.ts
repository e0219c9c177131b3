import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
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

/** What a component test starts with: the component's fixture and the HTTP testing backend. */
export interface DeskFixture<T> {
  fixture: ComponentFixture<T>;
  backend: HttpTestingController;
}

/**
 * Starts a component test: a clean localStorage (the language and theme live there), the desk's
 * testing providers plus the test's own, and the component created.
 */
export function createDeskFixture<T>(
  component: Type<T>,
  options: { router?: boolean; providers?: Array<Provider | EnvironmentProviders> } = {},
): DeskFixture<T> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [...(options.router ? [provideRouter([])] : []), ...provideDeskTesting(), ...(options.providers ?? [])],
  });
  const backend = TestBed.inject(HttpTestingController);
  return { fixture: TestBed.createComponent(component), backend };
}
