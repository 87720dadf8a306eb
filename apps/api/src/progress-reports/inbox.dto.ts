import { ConsistencyDto } from '../queries/read-model-params';
import { TrimmedString } from '../http/validation.decorators';

export class InboxDto extends ConsistencyDto {
  @TrimmedString({
    max: 64,
    optional: true,
    pattern: /^[A-Za-z0-9._-]{1,64}$/,
    patternMessage: 'institution must be an institution id',
    description: "The secretariat's choice; a focal point's inbox is always their own institution's",
    example: 'ministry-of-justice',
  })
  institution?: string;
}
