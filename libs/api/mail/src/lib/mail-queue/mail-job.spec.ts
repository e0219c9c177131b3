import { MAIL_BATCH_SIZE, MailJobName, mailSendBatchJobs, readMailJob } from './mail-job';

const ids = (count: number) => Array.from({ length: count }, (_, n) => `<reminder.${n}@projektdesken>`);

describe('batch jobs for emails in the mail log', () => {
  it('puts MAIL_BATCH_SIZE Message-IDs in a job, the rest in a last smaller one, each id once', () => {
    const messageIds = ids(MAIL_BATCH_SIZE * 2 + 3);
    const jobs = mailSendBatchJobs(messageIds);
    expect(jobs.map((job) => job.data.messageIds.length)).toEqual([MAIL_BATCH_SIZE, MAIL_BATCH_SIZE, 3]);
    expect(jobs.flatMap((job) => job.data.messageIds)).toEqual(messageIds);
    expect(new Set(jobs.map((job) => job.opts.jobId)).size).toBe(3);
    // The job id names its first email and its size, without the ':' BullMQ refuses.
    expect(jobs[2].opts.jobId).toBe(`batch-mail-_reminder.${MAIL_BATCH_SIZE * 2}_projektdesken_-3`);
    expect(jobs[0].opts).toMatchObject({ attempts: 1, removeOnComplete: true, removeOnFail: true });
  });

  it('reads a batch job back, and refuses one whose ids are not all texts', () => {
    const [job] = mailSendBatchJobs(ids(2));
    expect(readMailJob({ id: 'a', name: job.name, data: job.data })).toEqual({
      name: MailJobName.SendBatch,
      data: { messageIds: ids(2) },
    });
    expect(() =>
      readMailJob({ id: 'b', name: MailJobName.SendBatch, data: { messageIds: ['<a@b>', 7] } }),
    ).toThrow(/does not fit its name/);
    expect(() => readMailJob({ id: 'c', name: MailJobName.SendBatch, data: {} })).toThrow(
      /does not fit its name/,
    );
  });
});
