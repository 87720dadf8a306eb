import { IsBoolean } from 'class-validator';
import { Optional } from '../../http/optional.decorator';
import { textToBoolean } from '../../queries/read-model-params';

/** `?verify=true`: the page's Verify button, a GET form, asks the page to run the verification it shows. */
export class VerifyPageQueryDto {
  @textToBoolean
  @Optional()
  @IsBoolean({ message: 'verify must be true or false' })
  verify?: boolean;
}
