/** Every resolver of the API, one line per module. */
import type { NonEmptyArray } from 'type-graphql';
import { AssessmentResolver } from '../modules/assessment/assessment.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ClarificationResolver } from '../modules/clarification/clarification.resolver.js';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { FeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { MethodologyResolver } from '../modules/cycle/methodology.resolver.js';
import { PlatformResolver } from '../modules/platform/platform.resolver.js';
import { PublicationResolver } from '../modules/publication/publication.resolver.js';
import { InstitutionResolver } from '../modules/registry/institution.resolver.js';
import { ProvinceResolver } from '../modules/registry/province.resolver.js';
import { RegistryImportResolver } from '../modules/registry/registry-import.resolver.js';
import { ServiceProductResolver } from '../modules/registry/service-product.resolver.js';
import { UnitResolver } from '../modules/registry/unit.resolver.js';
import { ResultsImportResolver } from '../modules/results/import.resolver.js';
import { ResultsResolver } from '../modules/results/results.resolver.js';
import { SampledUnitResolver, SamplingResolver, StaffAssignmentResolver } from '../modules/sampling/sampling.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';

export const resolvers: NonEmptyArray<Function> = [PlatformResolver, AuthResolver, CycleResolver, MethodologyResolver, SamplingResolver, SampledUnitResolver, StaffAssignmentResolver, UsersResolver, AuditResolver, ProvinceResolver, InstitutionResolver, UnitResolver, ServiceProductResolver, RegistryImportResolver, AssessmentResolver, ClarificationResolver, ResultsResolver, ResultsImportResolver, PublicationResolver, FeedbackResolver];
