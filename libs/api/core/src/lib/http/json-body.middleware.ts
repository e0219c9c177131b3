import express, { type RequestHandler } from 'express';
import type { ApiError } from '@gp/domain';
import { JSON_MAX_DEPTH, jsonDepthExceeds } from './json-depth';

const TOO_DEEP = 'json.too.deep';

/**
 * The depth is checked on the raw bytes before the body is parsed, so no parser, transformer or
 * validator ever recurses into a body nested thousands deep (which overflowed the stack).
 */
const parseJson = express.json({
  limit: '1mb',
  verify: (_req, _res, raw, encoding) => {
    const bytes = /^utf-?8$/i.test(encoding) ? raw : Buffer.from(new TextDecoder(encoding).decode(raw));
    if (jsonDepthExceeds(bytes)) throw Object.assign(new Error('JSON nested too deep'), { type: TOO_DEEP });
  },
});

/**
 * JSON bodies up to 1 MB and JSON_MAX_DEPTH levels deep. A body that does not parse, is too large
 * or too deep gets an ApiError that says so; Nest would otherwise turn it into a plain "bad request".
 */
export const jsonBodyMiddleware: RequestHandler = (req, res, next) => {
  parseJson(req, res, (error?: { type?: string; status?: number }) => {
    if (!error) return next();
    const body = errorBody(error);
    res.status(body.statusCode).json(body);
  });
};

function errorBody(error: { type?: string; status?: number }): ApiError {
  if (error.type === 'entity.too.large')
    return { statusCode: 413, code: 'payload_too_large', message: 'The request body is larger than 1 MB.' };
  if (error.type === TOO_DEEP)
    return {
      statusCode: 400,
      code: 'json_too_deep',
      message: `The request body nests objects and arrays more than ${JSON_MAX_DEPTH} levels deep.`,
    };
  // A charset the depth check cannot decode fails in `verify`, which body-parser calls a 403.
  const statusCode = error.status === undefined || error.status === 403 ? 400 : error.status;
  return { statusCode, code: 'malformed_json', message: 'The request body is not valid JSON.' };
}
