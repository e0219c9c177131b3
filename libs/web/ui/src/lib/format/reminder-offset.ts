/** A reminder's timing as a translation key: "30 dagar före", "1 dag före", "dagen efter". */
export function reminderOffset(offsetDays: number): { key: string; params: { days: number } } {
  const key =
    offsetDays > 1
      ? 'reminders.offsets.before'
      : offsetDays === 1
        ? 'reminders.offsets.beforeOne'
        : offsetDays === 0
          ? 'reminders.offsets.dayOf'
          : offsetDays === -1
            ? 'reminders.offsets.after'
            : 'reminders.offsets.afterMany';
  return { key, params: { days: Math.abs(offsetDays) } };
}
