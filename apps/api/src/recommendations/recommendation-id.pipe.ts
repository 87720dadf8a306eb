import { Injectable, type PipeTransform } from '@nestjs/common';
import { RecommendationNotFoundError } from '@app/recommendations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that cannot name a recommendation is a 404, like one that names none. */
@Injectable()
export class RecommendationIdPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!UUID.test(id)) throw new RecommendationNotFoundError(id);
    return id.toLowerCase();
  }
}
