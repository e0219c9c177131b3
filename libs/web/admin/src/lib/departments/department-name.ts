import { Validators, type ValidatorFn } from '@angular/forms';
import { lengthBetween } from '@gp/web/core';

/** The API's rule for a department's name: 2 to 200 characters. */
export const DEPARTMENT_NAME_RULES: ValidatorFn[] = [Validators.required, lengthBetween(2, 200)];
