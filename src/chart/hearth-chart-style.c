/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include "hearth-chart.h"

/* Defaults from the libadwaita palette; the GUI overrides them from its
 * style context. */

#define HEX(rgb, a) { ((rgb) >> 16 & 0xff) / 255.0, ((rgb) >> 8 & 0xff) / 255.0, ((rgb) & 0xff) / 255.0, (a) }

static const HearthChartStyle light_style = {
  .foreground = HEX (0x000000, 0.8),
  .background = HEX (0xffffff, 1.0),
  .grid = HEX (0x000000, 0.1),
  .series = {
    HEX (0x3584e4, 1.0),    /* blue 3 */
    HEX (0x9141ac, 1.0),    /* purple 3 */
    HEX (0x986a44, 1.0),    /* brown 3 */
  },
  .average = HEX (0xe66100, 1.0),   /* orange 4 */
  .goal = HEX (0x26a269, 1.0),      /* green 5 */
  .highlight = HEX (0x1c71d8, 1.0), /* blue 4 */
  .bands = {
    HEX (0x33d17a, 0.16),   /* green 3 */
    HEX (0x8ff0a4, 0.22),   /* green 1 */
    HEX (0xf6d32d, 0.22),   /* yellow 3 */
    HEX (0xff7800, 0.16),   /* orange 3 */
    HEX (0xe01b24, 0.14),   /* red 3 */
    HEX (0x9141ac, 0.16),   /* purple 3 */
  },
  .font_family = NULL,
  .font_size = 12,
  .line_width = 2,
  .point_radius = 3,
};

static const HearthChartStyle dark_style = {
  .foreground = HEX (0xffffff, 1.0),
  .background = HEX (0x303030, 1.0),  /* card */
  .grid = HEX (0xffffff, 0.1),
  .series = {
    HEX (0x78aeed, 1.0),    /* accent blue, dark */
    HEX (0xdc8add, 1.0),    /* purple 1 */
    HEX (0xcdab8f, 1.0),    /* brown 1 */
  },
  .average = HEX (0xffa348, 1.0),   /* orange 2 */
  .goal = HEX (0x57e389, 1.0),      /* green 2 */
  .highlight = HEX (0x99c1f1, 1.0), /* blue 1 */
  .bands = {
    HEX (0x33d17a, 0.1),
    HEX (0x8ff0a4, 0.08),
    HEX (0xf6d32d, 0.1),
    HEX (0xff7800, 0.12),
    HEX (0xe01b24, 0.14),
    HEX (0xc061cb, 0.14),   /* purple 2 */
  },
  .font_family = NULL,
  .font_size = 12,
  .line_width = 2,
  .point_radius = 3,
};

void
hearth_chart_style_init_light (HearthChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = light_style;
}

void
hearth_chart_style_init_dark (HearthChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = dark_style;
}
