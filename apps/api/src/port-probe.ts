import { once } from 'node:events';
import { createServer } from 'node:net';

/** The configured port is taken; the message is the one line an operator needs. */
export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} is already in use on ${host}; set PORT to another port`);
    this.name = 'PortInUseError';
  }
}

const isAddressInUse = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/** Binds and releases the port before anything starts, so a taken port stops the start before the store opens. */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    probe.listen(port, host);
    await once(probe, 'listening');
  } catch (error) {
    throw isAddressInUse(error) ? new PortInUseError(host, port) : error;
  }
  probe.close();
  await once(probe, 'close');
}

/** A port taken between the probe and the real listen still ends in the same one line. */
export function portErrorOf(error: unknown, host: string, port: number): unknown {
  return isAddressInUse(error) ? new PortInUseError(host, port) : error;
}
