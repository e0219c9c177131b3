/** Every BullMQ queue of the desk. Producers live in the api, processors in the worker. */
export enum QueueName {
  Mail = 'mail',
  Reminders = 'reminders',
}
