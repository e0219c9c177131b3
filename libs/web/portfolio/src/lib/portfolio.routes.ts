import type { Route, Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@gp/web/ui';

/**
 * The table of projects at `/projects` (libs/web/projects puts it beside the project page). Only
 * this route object is in the projects' routes; the page itself is its own chunk.
 */
export const projectTableRoute: Route = {
  path: '',
  pathMatch: 'full',
  title: 'portfolio.table.heading',
  providers: [provideTranslatedPaginator()],
  loadComponent: () => import('./table/project-table.page').then((m) => m.ProjectTablePage),
};

/**
 * The reports (`/reports`, the viewer's landing page) and the printable annual report. The charts'
 * library is loaded by the charts themselves, after the figures are on screen.
 */
export const reportsRoutes: Routes = [
  {
    path: '',
    title: 'portfolio.reports.heading',
    loadComponent: () => import('./reports/reports.page').then((m) => m.ReportsPage),
  },
  {
    path: 'annual/:year',
    title: 'portfolio.annual.pageTitle',
    loadComponent: () => import('./annual/annual-report.page').then((m) => m.AnnualReportPage),
  },
];
