import { getHeapStatistics } from 'node:v8'
import { DiskSpaceCheck, HealthChecks, MemoryHeapCheck } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'
import db from '@adonisjs/lucid/services/db'

/**
 * The heap is a problem when it nears the process's limit (not at a fixed
 * size: server-side rendering alone takes a few hundred megabytes).
 */
const heapLimitMb = getHeapStatistics().heap_size_limit / 1024 / 1024

export const healthChecks = new HealthChecks().register([
  new DiskSpaceCheck(),
  new MemoryHeapCheck()
    .warnWhenExceeds(`${Math.round(heapLimitMb * 0.8)} mb`)
    .failWhenExceeds(`${Math.round(heapLimitMb * 0.95)} mb`),
  new DbCheck(db.connection()),
])
