import type { Language } from './language';
import type { Role } from './role';

/** A department of the municipality (förvaltning), which owns projects and approves co-funding. */
export interface Department {
  id: string;
  name: string;
  version: number;
}

export interface DepartmentInput {
  name: string;
}

/** The person signed in, as the web app needs to know them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentIds: string[];
  language: Language;
}

/** A person as the admin pages list and edit them. */
export interface UserAccount extends CurrentUser {
  active: boolean;
  version: number;
  createdAt: string;
}

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  departmentIds: string[];
  language: Language;
}

export interface UpdateUserInput {
  version: number;
  name?: string;
  roles?: Role[];
  departmentIds?: string[];
  language?: Language;
  active?: boolean;
}

/** A colleague as pickers show them (project lead, coordinator): no address, no account details. */
export interface PersonSummary {
  id: string;
  name: string;
  roles: Role[];
  departmentIds: string[];
}
