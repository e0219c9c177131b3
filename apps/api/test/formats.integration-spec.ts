import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  reminderFirings,
  type CalendarFeed,
  type ChecklistItem,
  type Deadline,
  type Department,
  type Project,
  type PublicProject,
} from '@gp/domain';
import { QueueName } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

// RFC 7986 gives NAME the TEXT type and every client reads X-WR-CALNAME as TEXT; ical.js leaves
// both raw unless told.
ICAL.design.icalendar.property['name'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/**
 * Titles a person could type, or that could reach the database some other way: the API's
 * validation may refuse some of them, so they are written straight into the rows and each
 * writer is tested on its own. PostgreSQL itself refuses NUL.
 */
const HOSTILE = [
  'Möte\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Logga in här\r\nURL:https://evil.example\r\nDTSTART:20300101T100000Z\r\nEND:VEVENT',
  'Ny\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nX-WR-CALNAME:Falsk',
  'En\rensam CR och en\nensam LF',
  'Bak\\snedstreck \\n \\, \\; \\\\ och semikolon; komma, kolon:',
  `${'x'.repeat(41)}🌲🌲🌲${'å'.repeat(9)}🌲${'€'.repeat(30)}`,
  'Styr\u0001tecken\u001b[31m\u007f och\ttabb\u2028radskift',
];

/** What a calendar program reads back: each line break as one \n, other control characters gone. */
// eslint-disable-next-line no-control-regex -- control characters are what is tested
const asRead = (text: string) => text.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');

function calendarOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      url: String(event.getFirstPropertyValue('url')),
    })),
    calendars: calendar.getAllSubcomponents('vcalendar').length,
  };
}

describe('text written into other formats', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let dataSource: DataSource;
  let coordinator: ApiClient;
  let project: Project;
  let item: ChecklistItem;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app } = await createApp());
    worker = await createWorker({ smtpUrl });
    dataSource = app.get(DataSource);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    const { call, programme } = await programmeWithTemplate(coordinator, []);
    project = await applicationTo(coordinator, education, programme, call);
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    item = (
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, {
          title: 'Partnerdeklaration',
          due: { kind: 'fixed', on: '2027-02-19' },
          assigneeId: people.find((p) => p.name === 'Jonas Ek')?.id,
        })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  const retitle = async (title: string) => {
    // Deadlines read the project's title at the time they are read.
    await dataSource.query('UPDATE project SET title = $1 WHERE id = $2', [title, project.id]);
  };

  describe('iCalendar, read back by ical.js', () => {
    let feedPath: string;
    let feedEvents: number;

    beforeAll(async () => {
      // A renewal returns the address whichever way the secret is kept.
      const feed: CalendarFeed = (await coordinator.post('/api/calendar/feed').expect(201)).body;
      feedPath = new URL(feed.url).pathname;
      await retitle('Vanlig titel');
      feedEvents = calendarOf((await request(app.getHttpServer()).get(feedPath).expect(200)).text).events
        .length;
      expect(feedEvents).toBeGreaterThanOrEqual(2);
    });

    it.each(HOSTILE)('a project’s file keeps the title %j in its properties', async (hostile) => {
      await retitle(hostile);
      const file = await coordinator.get(`/api/projects/${project.id}/calendar.ics`).expect(200);
      expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of file.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

      const calendar = calendarOf(file.text);
      expect(calendar.name).toBe(asRead(hostile));
      expect(calendar.calendars).toBe(0);
      expect(calendar.events).toHaveLength(2);
      for (const event of calendar.events) {
        expect(event.uid).toMatch(/^[0-9a-f-]{36}@projektdesken$/);
        expect(event.summary.endsWith(asRead(hostile))).toBe(true);
        expect(event.url).toBe(`http://localhost:3999/projects/${project.id}`);
      }
      expect(calendar.events.map((e) => e.summary)).toContain(
        `Punkt i checklistan: Partnerdeklaration – ${asRead(hostile)}`,
      );
    });

    it.each(HOSTILE)('the personal feed keeps the title %j in its properties', async (hostile) => {
      await retitle(hostile);
      const calendar = calendarOf((await request(app.getHttpServer()).get(feedPath).expect(200)).text);
      expect(calendar.name).toBe('Projektdesken');
      expect(calendar.events).toHaveLength(feedEvents);
      expect(calendar.events.filter((e) => e.uid === 'evil')).toEqual([]);
      const ours = calendar.events.filter((e) => e.url.endsWith(project.id));
      expect(ours).toHaveLength(2);
      expect(ours.map((e) => e.summary)).toContain(
        `Punkt i checklistan: Partnerdeklaration – ${asRead(hostile)}`,
      );
    });
  });

  describe('the public page and its JSON', () => {
    const XSS = {
      title: '<script>alert(1)</script>',
      summary: '"><img src=x onerror=alert(2)>',
      partner: "</li></ul><iframe src='//evil.example'></iframe>",
      contactName: "' onmouseover='alert(3)",
      contactEmail: 'x@kommun.se"><script>alert(4)</script>',
      links: [
        { label: '<b>Webbplats</b>', url: 'https://example.org/?a=1&b="2"' },
        { label: 'Skript', url: 'javascript:alert(5)' },
        { label: 'Data', url: 'data:text/html,<script>alert(6)</script>' },
      ],
    };

    beforeAll(async () => {
      await dataSource.query(
        `UPDATE project SET title = $1, public_summary = $2, partners = $3, contact_name = $4,
           contact_email = $5, links = $6
         WHERE title = 'Leader Linné Småland 2023–2027'`,
        [
          XSS.title,
          XSS.summary,
          JSON.stringify([{ organisation: XSS.partner, country: 'SE', role: 'partner' }]),
          XSS.contactName,
          XSS.contactEmail,
          JSON.stringify(XSS.links),
        ],
      );
    });

    it('shows hostile texts as text: no element, attribute or script link of theirs', async () => {
      const page = (await request(app.getHttpServer()).get('/public-projects').expect(200)).text;
      for (const injected of [
        '<script',
        '<img',
        '<iframe',
        '<b>',
        'javascript:',
        'data:text',
        " onmouseover='",
      ])
        expect(page).not.toContain(injected);
      expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect(page).toContain('&#34;&#62;&#60;img src=x onerror=alert(2)&#62;');
      expect(page).toContain(
        '<a href="https://example.org/?a=1&#38;b=%222%22">&#60;b&#62;Webbplats&#60;/b&#62;</a>',
      );
      expect(page).toContain('<li>Skript</li>');
      expect(page).toContain('<li>Data</li>');
      // Every tag on the page is one of the page's own (the EU flag's svg, g, rect and polygon among them).
      const tags = new Set(Array.from(page.matchAll(/<\/?([a-zA-Z0-9!]+)/g), (m) => m[1].toLowerCase()));
      expect([...tags].sort()).toEqual(
        [
          '!doctype',
          'a',
          'article',
          'body',
          'g',
          'h1',
          'h2',
          'h3',
          'head',
          'html',
          'li',
          'main',
          'meta',
          'nav',
          'p',
          'polygon',
          'rect',
          'section',
          'span',
          'style',
          'svg',
          'title',
          'ul',
        ].sort(),
      );
    });

    it('serves the same texts unchanged as JSON that a browser will not read as HTML', async () => {
      const response = await request(app.getHttpServer()).get('/api/public/projects').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const ours = (response.body as PublicProject[]).find((p) => p.title === XSS.title);
      expect(ours).toMatchObject({ summary: XSS.summary, contactName: XSS.contactName, links: XSS.links });
    });
  });

  describe('email headers, as received over SMTP', () => {
    it('keeps a project title with line breaks on the reminder’s one subject line', async () => {
      const hostile = 'Möte\r\nBcc: victim@evil.example\r\nX-Evil: 1\r\n\r\n<h1>Falsk text</h1>';
      await retitle(hostile);
      const deadlines: Deadline[] = (await coordinator.get(`/api/projects/${project.id}/deadlines`)).body;
      const deadline = deadlines.find((d) => d.sourceId === item.id) as Deadline;
      const at = reminderFirings(deadline.dueOn, [1], 'Europe/Stockholm', '08:00')[0].at;
      await app
        .get<Queue>(getQueueToken(QueueName.Reminders))
        .add('remind', { at: at.toISOString() }, { jobId: `formats-${Date.now()}` });

      const [mail] = await until(
        () => smtp.to(demo.projectLead).filter((m) => (m.subject ?? '').startsWith('Möte Bcc')),
        { what: 'the reminder to Jonas Ek', ok: (mails) => mails.length === 1 },
      );
      expect(mail.subject).toBe(
        'Möte Bcc: victim@evil.example X-Evil: 1 <h1>Falsk text</h1> · i morgon: Punkt i checklistan – Partnerdeklaration',
      );
      expect(mail.bcc).toBeUndefined();
      expect(mail.headers.has('x-evil')).toBe(false);
      expect(mail.text).toMatch(/^Hej /);
      const logged = await dataSource.query(
        'SELECT subject FROM mail_log WHERE recipient = $1 AND subject LIKE $2',
        [demo.projectLead, 'Möte Bcc%'],
      );
      expect(logged).toEqual([{ subject: mail.subject }]);
    });
  });
});
