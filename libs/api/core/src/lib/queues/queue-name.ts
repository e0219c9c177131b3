/** Every BullMQ queue of the desk. Producers live in the api, processors in the worker. */
export enum QueueName {
  Mail = 'mail',
  Reminders = 'reminders',
  /** Nightly clean-up: deleted ideas purged after their 30 days. */
  Housekeeping = 'housekeeping',
}
