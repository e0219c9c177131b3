/** The five columns of the board, in the order a project moves through them. */
export const STAGES = ['idea', 'application', 'decision', 'running', 'closed'] as const;

export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** Position on the board, 0 for idea; a forward move raises it by one. */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
