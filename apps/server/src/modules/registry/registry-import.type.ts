import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RegistryImportStatus {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(RegistryImportStatus, {
  name: 'RegistryImportStatus',
  description: 'What the import does (dry run) or did with one row.',
  valuesConfig: {
    CREATE: { description: 'A new body or unit.' },
    UPDATE: { description: 'An existing body or unit whose fields change; the messages say which.' },
    UNCHANGED: { description: 'Already in the registry as written.' },
    ERROR: { description: 'Refused; the messages say why. One such row stops the whole import.' },
  },
});

export enum RegistryImportKind {
  INSTITUTION = 'INSTITUTION',
  UNIT = 'UNIT',
}
registerEnumType(RegistryImportKind, { name: 'RegistryImportKind', description: 'What a row of a registry import describes.' });

@ObjectType({ description: 'A message for people, in Bahasa Indonesia (id) and English (en).' })
export class RegistryImportMessage {
  @Field(() => String) id!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'One data row of a registry import.' })
export class RegistryImportRow {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1).' })
  line!: number;

  @Field(() => RegistryImportStatus)
  status!: RegistryImportStatus;

  @Field(() => RegistryImportKind, { nullable: true, description: 'Null when the kind column cannot be read.' })
  kind!: RegistryImportKind | null;

  @Field(() => String, { description: 'What the row names: an official code or "TYPE name" for a body, "<body> / <unit name>" for a unit.' })
  key!: string;

  @Field(() => [RegistryImportMessage], { description: 'Why the row is refused, or what changes.' })
  messages!: RegistryImportMessage[];
}

@ObjectType({ description: 'What a registry import does (dry run) or did, row by row.' })
export class RegistryImportReport {
  @Field(() => Boolean, { description: 'True when nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows read, not counting the header and empty lines.' })
  totalRows!: number;

  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;

  @Field(() => Int, { description: 'Rows refused; any such row stops the whole import.' })
  errorCount!: number;

  @Field(() => [RegistryImportRow], { description: 'Every data row, in file order.' })
  rows!: RegistryImportRow[];
}
