#!/usr/bin/env node
import 'reflect-metadata';
import { ConfigError } from '@app/config';
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
