import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { withPlatform } from '#kernel/tenancy/with_tenant'
import PlatformFigureSnapshot from '#kernel/ops/models/platform_figure_snapshot'

export interface PlatformFigures {
  /** The UTC day the figures are for (YYYY-MM-DD). */
  day: string
  /** Currency → monthly recurring revenue in minor units. */
  mrr: Record<string, number>
  active: number
  trialing: number
  pastDue: number
  /** Subscriptions that ended (canceled) since the start of the month. */
  churned: number
  tenants: number
}

/**
 * The platform's business figures now, from the subscriptions of every
 * workspace. MRR counts the subscriptions that bill (active or past due):
 * the plan's monthly price, or its yearly price spread over twelve months.
 */
export function computeFigures(now = DateTime.utc()): Promise<PlatformFigures> {
  const monthStart = now.toUTC().startOf('month')
  return withPlatform('ops: platform figures', async () => {
    const { rows: counts } = await db.rawQuery(
      `select count(*) filter (where status = 'active') as active,
              count(*) filter (where status = 'trialing') as trialing,
              count(*) filter (where status = 'past_due') as past_due,
              count(*) filter (where status = 'canceled' and updated_at >= ?) as churned
         from subscriptions`,
      [monthStart.toJSDate()]
    )
    const { rows: revenue } = await db.rawQuery(
      `select p.currency,
              round(sum(case s.interval when 'year' then p.yearly_price_minor / 12.0
                                        else p.monthly_price_minor end)) as mrr
         from subscriptions s join plans p on p.id = s.plan_id
        where s.status in ('active', 'past_due')
        group by p.currency order by p.currency`
    )
    const { rows: tenants } = await db.rawQuery(`select count(*) as total from tenants`)
    return {
      day: now.toUTC().toISODate()!,
      mrr: Object.fromEntries(
        revenue.map((row: { currency: string; mrr: string }) => [row.currency, Number(row.mrr)])
      ),
      active: Number(counts[0].active),
      trialing: Number(counts[0].trialing),
      pastDue: Number(counts[0].past_due),
      churned: Number(counts[0].churned),
      tenants: Number(tenants[0].total),
    }
  })
}

/** Stores today's figures (again: the last snapshot of a day stands for it). */
export async function snapshotFigures(now = DateTime.utc()) {
  const figures = await computeFigures(now)
  await db
    .table('platform_figure_snapshots')
    .insert({
      day: figures.day,
      mrr: JSON.stringify(figures.mrr),
      active: figures.active,
      trialing: figures.trialing,
      past_due: figures.pastDue,
      churned: figures.churned,
      tenants: figures.tenants,
      taken_at: now.toJSDate(),
    })
    .onConflict('day')
    .merge()
  return figures
}

/**
 * The figures over the last `days` days: one stored snapshot a day, and
 * today computed now.
 */
export async function figuresOverTime(days: number, now = DateTime.utc()) {
  const today = await computeFigures(now)
  const since = now
    .toUTC()
    .startOf('day')
    .minus({ days: days - 1 })
  const snapshots = await PlatformFigureSnapshot.query()
    .where('day', '>=', since.toISODate()!)
    .where('day', '<', today.day)
    .orderBy('day')
  const history: PlatformFigures[] = snapshots.map((snapshot) => ({
    day: snapshot.day.toISODate()!,
    mrr: snapshot.mrr,
    active: snapshot.active,
    trialing: snapshot.trialing,
    pastDue: snapshot.pastDue,
    churned: snapshot.churned,
    tenants: snapshot.tenants,
  }))
  return { today, history: [...history, today] }
}
