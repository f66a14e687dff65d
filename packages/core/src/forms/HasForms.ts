import type { Bilingual } from '../problems/Problem.js';
import type { Source } from '../sources/Source.js';
import type { Domain, Form, Implementer } from './schema.js';

/**
 * One of a profile's administrative acts (行政行為: 課税, 許可 …, RULES R2): its id, its label,
 * a description and its citation, as the profile lists it.
 */
export interface AdministrativeAct {
  readonly id: string;
  readonly label: Bilingual;
  readonly description?: Bilingual;
  readonly source: Source;
}

/**
 * What the forms functions read of a profile (RULES R1, R2, F2, D4): a Profile, or the same
 * fields built by hand. Its name (the municipality's name means the city), its forms and
 * domains, its implementers (実施主体), the names of its actors (主体) and its administrative
 * acts. Declared here, not taken from profiles/, so that profiles (which is built from the
 * forms' schema) depends on forms and never the other way round.
 */
export interface HasForms {
  readonly name: Bilingual;
  readonly forms: readonly Form[];
  readonly domains: readonly Domain[];
  readonly implementers: readonly Implementer[];
  /** The actors by name: the label and the synonyms as written in sheets (RULES D4). */
  readonly actors: readonly { readonly label: Bilingual; readonly synonyms?: readonly string[] }[];
  readonly administrativeActs: readonly AdministrativeAct[];
}
