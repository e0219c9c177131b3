import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Department, Role } from '@gp/domain';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { BoardStore } from './board.store';
import { NewIdeaDialog } from './new-idea.dialog';

const departments: Department[] = [
  { id: 'd1', name: 'Kommunledningsförvaltningen', version: 1 },
  { id: 'd2', name: 'Socialförvaltningen', version: 1 },
];

describe('NewIdeaDialog', () => {
  let fixture: ComponentFixture<NewIdeaDialog>;
  let loader: HarnessLoader;

  async function open(roles: Role[]): Promise<MatSelectHarness> {
    ({ fixture } = createDeskFixture(NewIdeaDialog, {
      providers: [
        { provide: BoardStore, useValue: { departments: signal(departments), createIdea: jest.fn() } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
      ],
    }));
    // personFixture belongs to d1.
    await signInForTest(personFixture('u1', roles));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settleFixture(fixture);
    return loader.getHarness(MatSelectHarness);
  }

  const offered = async (select: MatSelectHarness) => {
    await select.open();
    return Promise.all((await select.getOptions()).map((option) => option.getText()));
  };

  it('offers a project lead their own departments only, the one chosen already', async () => {
    const select = await open(['project_lead']);
    expect(await select.getValueText()).toBe('Kommunledningsförvaltningen');
    expect(await offered(select)).toEqual(['Kommunledningsförvaltningen']);
  });

  it('offers a coordinator every department', async () => {
    const select = await open(['coordinator']);
    expect(await select.getValueText()).toBe('');
    expect(await offered(select)).toEqual(['Kommunledningsförvaltningen', 'Socialförvaltningen']);
  });
});
