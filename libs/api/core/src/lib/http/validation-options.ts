import { UnprocessableEntityException, ValidationError, ValidationPipeOptions } from '@nestjs/common';

/** Flattens class-validator's nested errors into `{ "partners.0.country": ["..."] }`. */
export function validationErrorTree(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const tree: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) tree[path] = Object.values(error.constraints);
    Object.assign(tree, validationErrorTree(error.children ?? [], path));
  }
  return tree;
}

/**
 * Unknown fields are refused, not dropped, so a typo is an error the caller sees.
 * No implicit conversion: it would turn the string "false" into true.
 */
export const validationOptions: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: (errors) =>
    new UnprocessableEntityException({
      statusCode: 422,
      code: 'validation_failed',
      message: 'Some fields are not valid.',
      errors: validationErrorTree(errors),
    }),
};
