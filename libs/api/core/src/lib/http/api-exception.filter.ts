import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { isApiErrorCode, type ApiError, type ApiErrorCode } from '@gp/domain';
import type { Response } from 'express';
import { DomainError, DomainErrorKind } from './domain-error';

const statusOf: Record<DomainErrorKind, number> = {
  not_found: HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
};

const codeOfStatus: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'too_many_requests',
};

/** Gives every error answer the one ApiError shape, and never leaks an internal error's text. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    // A route may have set its own type (text/calendar) before failing; the error is JSON.
    response.status(body.statusCode).type('application/json').json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return {
        statusCode: statusOf[exception.kind],
        code: exception.code,
        message: exception.message,
        ...exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const fromBody: Partial<Omit<ApiError, 'message'>> & { message?: unknown } =
        typeof raw === 'object' && raw !== null ? raw : {};
      const message =
        typeof fromBody.message === 'string'
          ? fromBody.message
          : Array.isArray(fromBody.message)
            ? fromBody.message.join('; ')
            : exception.message;
      return {
        statusCode,
        code: codeOf(fromBody.code, statusCode),
        message,
        ...(fromBody.errors ? { errors: fromBody.errors } : {}),
      };
    }
    return {
      statusCode: 500,
      code: 'internal_error',
      message: 'Something went wrong on our side; nothing was changed.',
    };
  }
}

/** The code an HttpException's body names, if the web knows it; otherwise the status's own. */
function codeOf(named: string | undefined, statusCode: number): ApiErrorCode {
  if (named !== undefined && isApiErrorCode(named)) return named;
  return codeOfStatus[statusCode] ?? (statusCode >= 500 ? 'internal_error' : 'bad_request');
}
