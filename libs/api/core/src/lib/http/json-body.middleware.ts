import express, { type RequestHandler } from 'express';
import type { ApiError } from '@gp/domain';

const parseJson = express.json({ limit: '1mb' });

/**
 * JSON bodies up to 1 MB. A body that does not parse, or is too large, gets an ApiError that says
 * so; Nest would otherwise turn it into a plain "bad request".
 */
export const jsonBodyMiddleware: RequestHandler = (req, res, next) => {
  parseJson(req, res, (error?: { type?: string; status?: number }) => {
    if (!error) return next();
    const tooLarge = error.type === 'entity.too.large';
    const body: ApiError = tooLarge
      ? { statusCode: 413, code: 'payload_too_large', message: 'The request body is larger than 1 MB.' }
      : {
          statusCode: error.status ?? 400,
          code: 'malformed_json',
          message: 'The request body is not valid JSON.',
        };
    res.status(body.statusCode).json(body);
  });
};
