import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import { OrganisationSettingsService } from '@gp/api/organisation';

/**
 * Lets the web sites an administrator listed (organisation settings) frame the public pages and
 * read the public JSON from a browser; every other route keeps helmet's `frame-ancestors 'self'`
 * and sends no CORS header. Helmet has written its headers before any handler runs; this edits them.
 */
@Injectable()
export class EmbeddingInterceptor implements NestInterceptor {
  constructor(private readonly organisation: OrganisationSettingsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return from(this.organisation.embedOrigins()).pipe(
      switchMap((origins) => {
        const policy = res.getHeader('Content-Security-Policy');
        if (typeof policy === 'string')
          res.setHeader(
            'Content-Security-Policy',
            policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${["'self'", ...origins].join(' ')}`),
          );
        // X-Frame-Options can name no other site; the policy above is what browsers follow.
        res.removeHeader('X-Frame-Options');
        const origin = req.headers.origin;
        if (origin && origins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
        res.vary('Origin');
        return next.handle();
      }),
    );
  }
}
