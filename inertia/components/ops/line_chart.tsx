import { Group, Text, useMantineTheme } from '@mantine/core'

export type ChartSeries = { name: string; label: string; color: string }

/**
 * A small line chart (SVG) of values by day. Described for assistive
 * technology by its title and a summary of each series; the numbers
 * themselves are in the table next to it.
 */
export function LineChart({
  title,
  data,
  series,
  format = (value) => value.toLocaleString('en'),
  height = 220,
}: {
  title: string
  data: ({ day: string } & Record<string, number | string>)[]
  series: ChartSeries[]
  format?: (value: number) => string
  height?: number
}) {
  const theme = useMantineTheme()
  const width = 720
  const padding = { top: 12, right: 16, bottom: 28, left: 64 }
  const values = data.flatMap((point) => series.map((line) => Number(point[line.name]) || 0))
  const max = Math.max(1, ...values)
  const innerWidth = width - padding.left - padding.right
  const innerHeight = height - padding.top - padding.bottom
  const x = (index: number) =>
    padding.left + (data.length <= 1 ? innerWidth / 2 : (index / (data.length - 1)) * innerWidth)
  const y = (value: number) => padding.top + innerHeight - (value / max) * innerHeight
  const colorOf = (color: string) => theme.colors[color]?.[6] ?? color
  const ticks = [...new Set([0, Math.round(max / 2), max])]
  const summary = series
    .map((line) => {
      const last = data.at(-1)
      return `${line.label}: ${last ? format(Number(last[line.name]) || 0) : 'none'} on ${last?.day ?? '—'}`
    })
    .join('; ')

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`${title}. ${data.length} days. ${summary}.`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={padding.left}
              x2={width - padding.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text
              x={padding.left - 8}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize={11}
              fill="currentColor"
              opacity={0.7}
            >
              {format(Math.round(tick))}
            </text>
          </g>
        ))}
        {data.length > 0 && (
          <text x={padding.left} y={height - 8} fontSize={11} fill="currentColor" opacity={0.7}>
            {data[0].day}
          </text>
        )}
        {data.length > 1 && (
          <text
            x={width - padding.right}
            y={height - 8}
            fontSize={11}
            textAnchor="end"
            fill="currentColor"
            opacity={0.7}
          >
            {data.at(-1)!.day}
          </text>
        )}
        {series.map((line) => {
          const points = data.map(
            (point, index) => `${x(index)},${y(Number(point[line.name]) || 0)}`
          )
          return (
            <g key={line.name}>
              <polyline
                points={points.join(' ')}
                fill="none"
                stroke={colorOf(line.color)}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              {data.length <= 31 &&
                data.map((point, index) => (
                  <circle
                    key={point.day}
                    cx={x(index)}
                    cy={y(Number(point[line.name]) || 0)}
                    r={2.5}
                    fill={colorOf(line.color)}
                  />
                ))}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <Group gap="md" justify="center">
          {series.map((line) => (
            <Group gap={6} key={line.name}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 12,
                  height: 3,
                  background: colorOf(line.color),
                }}
              />
              <Text fz="xs">{line.label}</Text>
            </Group>
          ))}
        </Group>
      </figcaption>
    </figure>
  )
}
