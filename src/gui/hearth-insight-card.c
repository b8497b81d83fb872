/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-insight-card"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-celebrations.h"
#include "hearth-insight-card-private.h"

struct _HearthInsightCard
{
  AdwBin         parent_instance;

  HearthStore   *store;
  HearthProfile *profile;
  char          *nudge_key;   /* "member day id" of the nudge shown, NULL: none */

  GtkWidget     *insight_box;
  GtkLabel      *insight_label;
  GtkLabel      *insight_source;
  GtkWidget     *nudge_box;
  GtkLabel      *nudge_label;
  GtkLabel      *nudge_source;
  GtkWidget     *dismiss_button;
};

G_DEFINE_FINAL_TYPE (HearthInsightCard, hearth_insight_card, ADW_TYPE_BIN)

/* Nudges dismissed in this run ("member day id"); the journal keeps none. */
static GHashTable *dismissed;

static GHashTable *
get_dismissed (void)
{
  if (dismissed == NULL)
    dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return dismissed;
}

GtkWidget *
hearth_insight_card_new (void)
{
  return g_object_new (HEARTH_TYPE_INSIGHT_CARD, NULL);
}

static void
refresh (HearthInsightCard *self)
{
  g_autoptr(HearthInsight) insight = NULL;
  g_autoptr(HearthNudge) nudge = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid;
  gint64 today;
  int minute;

  g_clear_pointer (&self->nudge_key, g_free);
  if (self->store == NULL || self->profile == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  uuid = hearth_profile_get_uuid (self->profile);
  now = hearth_clock_now (hearth_store_get_clock (self->store));
  today = hearth_gui_local_day (now);
  minute = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);

  /* The most useful one but the first week's progress: the first-week
   * checklist at the top of the page says that already. */
  {
    g_autoptr(GPtrArray) insights = hearth_insights_list (self->store, uuid, today, &error);

    if (insights == NULL)
      {
        g_warning ("Could not read the insights: %s", error->message);
        g_clear_error (&error);
      }
    for (guint i = 0; insights != NULL && i < insights->len && insight == NULL; i++)
      {
        HearthInsight *candidate = g_ptr_array_index (insights, i);

        if (!g_str_equal (candidate->id, HEARTH_INSIGHT_FIRST_WEEK))
          insight = g_ptr_array_steal_index (insights, i);
      }
  }
  if (!hearth_nudges_get_for_day (self->store, uuid, today, minute, HEARTH_NUDGE_QUIET_START,
                                  HEARTH_NUDGE_QUIET_END, &nudge, &error))
    g_warning ("Could not read the nudges: %s", error->message);

  if (nudge != NULL)
    {
      self->nudge_key = g_strdup_printf ("%s %" G_GINT64_FORMAT " %s", uuid, today, nudge->id);
      if (g_hash_table_contains (get_dismissed (), self->nudge_key))
        g_clear_pointer (&nudge, hearth_nudge_free);
    }

  gtk_widget_set_visible (self->insight_box, insight != NULL);
  if (insight != NULL)
    {
      /* Translators: where an insight's numbers come from, under it */
      g_autofree char *source = g_strdup_printf (_("Source: %s"), insight->source);

      gtk_label_set_text (self->insight_label, insight->text);
      gtk_label_set_text (self->insight_source, source);
    }

  gtk_widget_set_visible (self->nudge_box, nudge != NULL);
  if (nudge != NULL)
    {
      g_autofree char *source = g_strdup_printf (_("Source: %s"), nudge->source);

      gtk_label_set_text (self->nudge_label, nudge->text);
      gtk_label_set_text (self->nudge_source, source);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), insight != NULL || nudge != NULL);
}

void
hearth_insight_card_set_member (HearthInsightCard *self,
                                HearthStore       *store,
                                HearthProfile     *profile)
{
  g_return_if_fail (HEARTH_IS_INSIGHT_CARD (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));
  g_return_if_fail (profile == NULL || HEARTH_IS_PROFILE (profile));

  g_set_object (&self->store, store);
  g_set_object (&self->profile, profile);
  refresh (self);
}

static void
on_dismiss_button_clicked_cb (HearthInsightCard *self,
                              GtkButton         *button)
{
  if (self->nudge_key == NULL)
    return;

  g_hash_table_add (get_dismissed (), g_strdup (self->nudge_key));
  refresh (self);
}

static void
hearth_insight_card_dispose (GObject *object)
{
  HearthInsightCard *self = HEARTH_INSIGHT_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_INSIGHT_CARD);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (hearth_insight_card_parent_class)->dispose (object);
}

static void
hearth_insight_card_finalize (GObject *object)
{
  HearthInsightCard *self = HEARTH_INSIGHT_CARD (object);

  g_clear_pointer (&self->nudge_key, g_free);

  G_OBJECT_CLASS (hearth_insight_card_parent_class)->finalize (object);
}

static void
hearth_insight_card_class_init (HearthInsightCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_insight_card_dispose;
  object_class->finalize = hearth_insight_card_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-insight-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, insight_box);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, insight_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, insight_source);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, nudge_box);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, nudge_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, nudge_source);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightCard, dismiss_button);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_button_clicked_cb);
}

static void
hearth_insight_card_init (HearthInsightCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
_hearth_insight_card_get_insight_box (HearthInsightCard *self)
{
  return self->insight_box;
}

GtkLabel *
_hearth_insight_card_get_insight_label (HearthInsightCard *self)
{
  return self->insight_label;
}

GtkLabel *
_hearth_insight_card_get_insight_source (HearthInsightCard *self)
{
  return self->insight_source;
}

GtkWidget *
_hearth_insight_card_get_nudge_box (HearthInsightCard *self)
{
  return self->nudge_box;
}

GtkLabel *
_hearth_insight_card_get_nudge_label (HearthInsightCard *self)
{
  return self->nudge_label;
}

GtkLabel *
_hearth_insight_card_get_nudge_source (HearthInsightCard *self)
{
  return self->nudge_source;
}

GtkWidget *
_hearth_insight_card_get_dismiss_button (HearthInsightCard *self)
{
  return self->dismiss_button;
}

void
_hearth_insight_card_forget_dismissed (void)
{
  if (dismissed != NULL)
    g_hash_table_remove_all (dismissed);
}
