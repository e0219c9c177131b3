import { Validators, type ValidatorFn } from '@angular/forms';
import { withinLimit } from '@gp/web/core';
import { FIELD_LIMITS } from '@gp/domain';

/** The API's rule for a department's name: 2 to 200 characters. */
export const DEPARTMENT_NAME_RULES: ValidatorFn[] = [Validators.required, withinLimit(FIELD_LIMITS.department.name)];
