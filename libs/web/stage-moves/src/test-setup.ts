import { TestBed } from '@angular/core/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { provideAppIcons } from '@gp/web/core';

setupZonelessTestEnv();

// Components name their icons with svgIcon; register them as the app does, or each is an unknown icon.
beforeEach(() => TestBed.configureTestingModule({ providers: [provideAppIcons()] }));
