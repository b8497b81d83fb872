/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-celebrations"

#include "config.h"

#include <math.h>

#include "hearth-celebrations.h"
#include "hearth-gui-util.h"

HearthCelebrationWay
hearth_celebration_choose (gboolean window_focused,
                           gboolean severe_alert)
{
  if (severe_alert)
    return HEARTH_CELEBRATION_WAIT;
  return window_focused ? HEARTH_CELEBRATION_TOAST : HEARTH_CELEBRATION_NOTIFICATION;
}

gboolean
hearth_gui_member_has_severe_alert (HearthStore   *store,
                                    HearthProfile *profile,
                                    GSettings     *settings,
                                    GDateTime     *now)
{
  static const HearthReadingKind kinds[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE,
    HEARTH_READING_KIND_GLUCOSE,
  };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HearthReading) latest = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *category = NULL;
      HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;

      latest = hearth_store_get_latest_reading (store, hearth_profile_get_uuid (profile), kinds[i], &error);
      if (error != NULL)
        {
          /* Unknown: better no celebration than one beside an alert. */
          g_warning ("Could not read the latest reading: %s", error->message);
          return TRUE;
        }
      if (latest == NULL)
        continue;

      category = hearth_gui_describe_category (latest, profile, settings, now, &alert);
      if (alert == HEARTH_GUI_ALERT_SEVERE)
        return TRUE;
    }

  return FALSE;
}

void
hearth_gui_badge_options_from_settings (GSettings          *settings,
                                        HearthBadgeOptions *options)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  hearth_badge_options_init_default (options);
  options->bp_guideline = hearth_gui_settings_get_bp_guideline (settings);
}

gint64
hearth_gui_local_day (GDateTime *when)
{
  g_return_val_if_fail (when != NULL, 0);

  return (gint64) floor ((g_date_time_to_unix (when) + g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND)
                         / 86400.0);
}
