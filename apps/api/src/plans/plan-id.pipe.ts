import { Injectable, type PipeTransform } from '@nestjs/common';
import { PlanNotFoundError } from '@app/recommendations';
import { PLAN_ID } from './register-plan.dto';

/** A path id no plan could have is answered as one that names none, before it reaches the store. */
@Injectable()
export class PlanIdPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!PLAN_ID.test(id)) throw new PlanNotFoundError(id);
    return id;
  }
}
