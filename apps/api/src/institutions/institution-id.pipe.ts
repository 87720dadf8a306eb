import { Injectable, type PipeTransform } from '@nestjs/common';
import { InstitutionNotFoundError } from '@app/recommendations';
import { INSTITUTION_ID } from './institution.dto';

/** A path id no institution could have is answered as one that names none, before it reaches the store. */
@Injectable()
export class InstitutionIdPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!INSTITUTION_ID.test(id)) throw new InstitutionNotFoundError(id);
    return id;
  }
}
