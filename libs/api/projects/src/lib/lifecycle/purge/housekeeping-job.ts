/** The jobs of the `housekeeping` queue; each name is also its scheduler's id (no `:` in it). */
export enum HousekeepingJobName {
  PurgeDeletedIdeas = 'purge-deleted-ideas',
}
