/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-workout-dialog"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "hearth-date-button.h"
#include "hearth-gui-util.h"
#include "hearth-local-time.h"
#include "hearth-store-exercise.h"
#include "hearth-window.h"
#include "hearth-workout-dialog-private.h"

/* Matches listed under the activity field while typing. */
#define MAX_MATCHES 6

struct _HearthWorkoutDialog
{
  AdwWindow              parent_instance;

  HearthStore           *store;
  HearthProfile         *profile;
  const HearthActivity  *activity;   /* the one the typed text picks */
  guint                  pick;       /* its row among the matches listed (Down, Up) */

  AdwActionRow          *rows[HEARTH_WORKOUT_N_FIELDS];
  GtkWidget             *widgets[HEARTH_WORKOUT_N_FIELDS];
  GtkSpinButton         *minute_spin;

  GtkWidget             *form_box;
  GtkLabel              *general_error;
  AdwPreferencesGroup   *activity_group;
  AdwPreferencesGroup   *main_group;
  AdwPreferencesGroup   *optional_group;
  GtkListBox            *activity_list;
  GtkLabel              *energy_label;
};

G_DEFINE_FINAL_TYPE (HearthWorkoutDialog, hearth_workout_dialog, ADW_TYPE_WINDOW)

static const char *
get_text (HearthWorkoutDialog *self,
          HearthWorkoutField   field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->widgets[field]));
}

/* Activities -------------------------------------------------------------- */

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

/* The activities whose translated name or id holds every word typed, the
 * exact name first, then names starting with what was typed, then the
 * rest in list order. */
static GPtrArray *
match_activities (const char *typed)
{
  g_autofree char *folded = fold (typed);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " ,", -1);
  GPtrArray *ranks[3] = { g_ptr_array_new (), g_ptr_array_new (), g_ptr_array_new () };
  GPtrArray *matches = g_ptr_array_new ();
  const HearthActivity *all;
  guint n;

  if (*folded == '\0')
    {
      for (guint r = 0; r < G_N_ELEMENTS (ranks); r++)
        g_ptr_array_free (ranks[r], TRUE);
      return matches;
    }

  all = hearth_activity_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = fold (_(all[i].name));
      g_autofree char *haystack = g_strconcat (name, " ", all[i].id, NULL);
      gboolean all_words = TRUE;

      for (guint w = 0; words[w] != NULL && all_words; w++)
        all_words = *words[w] == '\0' || strstr (haystack, words[w]) != NULL;
      if (!all_words)
        continue;

      if (g_str_equal (name, folded) || g_str_equal (all[i].id, folded))
        g_ptr_array_add (ranks[0], (gpointer) &all[i]);
      else if (g_str_has_prefix (name, folded))
        g_ptr_array_add (ranks[1], (gpointer) &all[i]);
      else
        g_ptr_array_add (ranks[2], (gpointer) &all[i]);
    }

  for (guint r = 0; r < G_N_ELEMENTS (ranks); r++)
    {
      g_ptr_array_extend (matches, ranks[r], NULL, NULL);
      g_ptr_array_free (ranks[r], TRUE);
    }
  return matches;
}

static const char *
intensity_label (HearthIntensity intensity)
{
  switch (intensity)
    {
    case HEARTH_INTENSITY_VIGOROUS:
      return _("vigorous");
    case HEARTH_INTENSITY_MODERATE:
      return _("moderate");
    case HEARTH_INTENSITY_LIGHT:
    default:
      return _("light");
    }
}

/* "4.3 MET · moderate · Compendium 17200" */
static char *
describe_activity (const HearthActivity *activity)
{
  /* Translators: an activity's MET value, intensity and Compendium code */
  return g_strdup_printf (_("%.1f MET · %s · Compendium %s"), activity->met,
                          intensity_label (hearth_activity_get_intensity (activity)), activity->code);
}

static void update_energy (HearthWorkoutDialog *self);

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The activity picked, under the field, and its row among the matches. */
static void
show_pick (HearthWorkoutDialog *self,
           gboolean             exact)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY]));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->activity_list, (int) self->pick);

  if (row != NULL)
    gtk_list_box_select_row (self->activity_list, row);
  if (self->activity != NULL)
    {
      g_autofree char *subtitle = describe_activity (self->activity);
      g_autofree char *line = NULL;

      /* Translators: the activity the typed text picks, "Walking, brisk (3.5 mph) · 4.3 MET · moderate · Compendium 17200" */
      line = exact ? g_strdup (subtitle) : g_strdup_printf (_("%s · %s"), _(self->activity->name), subtitle);
      adw_action_row_set_subtitle (self->rows[HEARTH_WORKOUT_FIELD_ACTIVITY], line);
    }
  else if (*typed != '\0')
    adw_action_row_set_subtitle (self->rows[HEARTH_WORKOUT_FIELD_ACTIVITY], _("No activity matches: try another word"));
  else
    adw_action_row_set_subtitle (self->rows[HEARTH_WORKOUT_FIELD_ACTIVITY], "");

  update_energy (self);
}

/* What was typed picks the first match; the matches are listed under the
 * field until the text is one activity's name. */
static void
on_activity_changed_cb (HearthWorkoutDialog *self,
                        GtkEditable         *editable)
{
  g_autoptr(GPtrArray) matches = match_activities (gtk_editable_get_text (editable));
  gboolean exact;

  /* Being disposed: the fields go, nothing to follow. */
  if (self->store == NULL)
    return;

  hearth_gui_set_row_error (self->rows[HEARTH_WORKOUT_FIELD_ACTIVITY], self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY], NULL);
  self->activity = matches->len > 0 ? matches->pdata[0] : NULL;
  exact = self->activity != NULL && g_str_equal (gtk_editable_get_text (editable), _(self->activity->name));

  remove_all (self->activity_list);
  for (guint i = 0; !exact && i < matches->len && i < MAX_MATCHES; i++)
    {
      const HearthActivity *activity = matches->pdata[i];
      g_autofree char *subtitle = describe_activity (activity);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(activity->name));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* Picked with the mouse, or with Down and Up in the field. */
      gtk_widget_set_focusable (row, FALSE);
      g_object_set_data (G_OBJECT (row), "activity", (gpointer) activity);
      gtk_list_box_append (self->activity_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->activity_list), !exact && matches->len > 0);
  self->pick = 0;
  show_pick (self, exact);
}

static void
pick_activity (HearthWorkoutDialog  *self,
               const HearthActivity *activity)
{
  gtk_editable_set_text (GTK_EDITABLE (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY]), _(activity->name));
}

static void
on_activity_list_row_activated_cb (HearthWorkoutDialog *self,
                                   GtkListBoxRow       *row,
                                   GtkListBox          *list)
{
  pick_activity (self, g_object_get_data (G_OBJECT (row), "activity"));
  gtk_widget_grab_focus (self->widgets[HEARTH_WORKOUT_FIELD_DURATION]);
}

/* Down and Up in the field move the pick through the matches listed. */
void
_hearth_workout_dialog_move_pick (HearthWorkoutDialog *self,
                                  int                  step)
{
  GtkListBoxRow *row;
  int pick = (int) self->pick + step;

  if (pick < 0 || (row = gtk_list_box_get_row_at_index (self->activity_list, pick)) == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->activity_list)))
    return;
  self->pick = (guint) pick;
  self->activity = g_object_get_data (G_OBJECT (row), "activity");
  show_pick (self, FALSE);
}

static gboolean
on_activity_key_pressed_cb (HearthWorkoutDialog   *self,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            GtkEventControllerKey *controller)
{
  if ((state & GDK_MODIFIER_MASK) != 0 || !gtk_widget_get_visible (GTK_WIDGET (self->activity_list)))
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    _hearth_workout_dialog_move_pick (self, 1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    _hearth_workout_dialog_move_pick (self, -1);
  else
    return GDK_EVENT_PROPAGATE;
  return GDK_EVENT_STOP;
}

/* Leaving the field completes it to the activity picked: what is saved is
 * what is shown. */
static void
on_activity_focus_leave_cb (HearthWorkoutDialog      *self,
                            GtkEventControllerFocus  *controller)
{
  /* Not while being disposed (the focus leaves then too). */
  if (self->store != NULL && self->activity != NULL)
    pick_activity (self, self->activity);
}

/* Fields ----------------------------------------------------------------- */

static void
show_field_error (HearthWorkoutDialog *self,
                  HearthWorkoutField   field,
                  const char          *message)
{
  hearth_gui_set_row_error (self->rows[field], self->widgets[field], message);
  if (field == HEARTH_WORKOUT_FIELD_TIME)
    gtk_widget_add_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_widget_grab_focus (self->widgets[field]);
}

static void
clear_errors (HearthWorkoutDialog *self)
{
  for (guint f = 0; f < HEARTH_WORKOUT_N_FIELDS; f++)
    if (gtk_widget_has_css_class (GTK_WIDGET (self->rows[f]), "field-error"))
      hearth_gui_set_row_error (self->rows[f], self->widgets[f], NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
on_field_changed_cb (HearthWorkoutDialog *self,
                     GtkEditable         *editable)
{
  if (self->store == NULL)
    return;
  for (guint f = 0; f < HEARTH_WORKOUT_N_FIELDS; f++)
    if (self->widgets[f] == GTK_WIDGET (editable) &&
        gtk_widget_has_css_class (GTK_WIDGET (self->rows[f]), "field-error"))
      hearth_gui_set_row_error (self->rows[f], self->widgets[f], NULL);
  update_energy (self);
}

/* Another date or time: the start's message goes, the energy follows. */
static void
on_start_changed_cb (HearthWorkoutDialog *self)
{
  if (self->store == NULL)
    return;
  if (gtk_widget_has_css_class (GTK_WIDGET (self->rows[HEARTH_WORKOUT_FIELD_TIME]), "field-error"))
    {
      hearth_gui_set_row_error (self->rows[HEARTH_WORKOUT_FIELD_TIME], self->widgets[HEARTH_WORKOUT_FIELD_TIME], NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
    }
  update_energy (self);
}

/* "45" minutes or "1:30" hours and minutes; FALSE when it is neither. */
static gboolean
parse_duration (const char *text,
                gint64     *seconds)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = g_strsplit (stripped, ":", -1);
  guint64 hours = 0, minutes = 0;
  guint n = g_strv_length (parts);

  if (n == 0 || n > 2)
    return FALSE;
  if (n == 2)
    {
      if (!g_ascii_string_to_unsigned (parts[0], 10, 0, 99, &hours, NULL) ||
          !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &minutes, NULL))
        return FALSE;
    }
  else if (!g_ascii_string_to_unsigned (parts[0], 10, 0, 100000, &minutes, NULL))
    return FALSE;

  *seconds = (gint64) (hours * 60 + minutes) * 60;
  return TRUE;
}

/* A decimal as HACKING.md's one rule reads it: '.' always, ',' too where
 * the locale's mark is ','. NAN for an empty field; FALSE with @message
 * at the field otherwise. */
static gboolean
parse_decimal_field (HearthWorkoutDialog *self,
                     HearthWorkoutField   field,
                     const char          *message,
                     double              *value)
{
  g_autofree char *text = g_strstrip (g_strdup (get_text (self, field)));
  char *end = NULL;
  double v;

  *value = NAN;
  if (*text == '\0')
    return TRUE;
  if (strchr (text, ',') != NULL)
    {
      if (hearth_units_get_decimal_mark () != ',')
        {
          /* Translators: %s is what was typed, "5,2" */
          g_autofree char *refused = g_strdup_printf (_("“%s” is not a number: use “.” as the decimal mark"), text);

          show_field_error (self, field, refused);
          return FALSE;
        }
      g_strdelimit (text, ",", '.');
    }
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v))
    {
      show_field_error (self, field, message);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

/* A whole number, -1 for an empty field. */
static gboolean
parse_whole_field (HearthWorkoutDialog *self,
                   HearthWorkoutField   field,
                   guint64              max,
                   const char          *message,
                   gint64              *value)
{
  g_autofree char *text = g_strstrip (g_strdup (get_text (self, field)));
  guint64 v;

  *value = -1;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &v, NULL))
    {
      show_field_error (self, field, message);
      return FALSE;
    }
  *value = (gint64) v;
  return TRUE;
}

/* The start typed, in the clock's zone (hearth_local_time_resolve()); NULL
 * with the reason when those clocks skip it. The repeated hour's note goes
 * under the time when @show. */
static GDateTime *
get_start (HearthWorkoutDialog  *self,
           gboolean              show,
           GError              **error)
{
  g_autoptr(GDateTime) date = hearth_gui_date_button_get_date (self->widgets[HEARTH_WORKOUT_FIELD_DATE]);
  g_autofree char *note = NULL;
  GTimeZone *tz = hearth_clock_get_timezone (hearth_store_get_clock (self->store));
  int y, m, d;
  GDateTime *start;

  g_date_time_get_ymd (date, &y, &m, &d);
  start = hearth_local_time_resolve (tz, y, m, d,
                                     gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->widgets[HEARTH_WORKOUT_FIELD_TIME])),
                                     gtk_spin_button_get_value_as_int (self->minute_spin), 0, &note, error);
  if (show && note != NULL)
    adw_action_row_set_subtitle (self->rows[HEARTH_WORKOUT_FIELD_TIME], note);
  return start;
}

/* MET × weight × hours as it is typed (hearth_store_get_workout_energy():
 * the member's weight at the start). */
static void
update_energy (HearthWorkoutDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(HearthWorkout) workout = NULL;
  g_autofree char *text = NULL;
  gint64 seconds = 0;
  double kcal = NAN;

  if (self->store == NULL || self->profile == NULL)
    return;
  if (self->activity == NULL)
    {
      gtk_label_set_text (self->energy_label, _("Energy: pick an activity to see it."));
      return;
    }
  if (!parse_duration (get_text (self, HEARTH_WORKOUT_FIELD_DURATION), &seconds) || seconds <= 0)
    {
      gtk_label_set_text (self->energy_label, _("Energy: type how long it took to see it."));
      return;
    }

  start = get_start (self, FALSE, NULL);
  if (start == NULL)
    start = hearth_clock_now (hearth_store_get_clock (self->store));
  workout = hearth_workout_new (hearth_profile_get_uuid (self->profile), self->activity->id, start, seconds);
  if (!hearth_store_get_workout_energy (self->store, workout, &kcal, NULL) || isnan (kcal))
    /* Translators: %.1f is the activity's MET value */
    text = g_strdup_printf (_("Energy: %.1f MET × weight × hours; log a weight to see it in kcal."),
                            self->activity->met);
  else
    /* Translators: a workout's energy as typed: kcal, then the MET value and the hours */
    text = g_strdup_printf (_("Energy: about %.0f kcal (%.1f MET × the weight then × %.2f h)."),
                            kcal, self->activity->met, seconds / 3600.0);
  gtk_label_set_text (self->energy_label, text);
}

/* Saving ------------------------------------------------------------------ */

static HearthWorkoutField
field_of_error (int code)
{
  switch ((HearthWorkoutError) code)
    {
    case HEARTH_WORKOUT_ERROR_ACTIVITY:
      return HEARTH_WORKOUT_FIELD_ACTIVITY;
    case HEARTH_WORKOUT_ERROR_START:
      return HEARTH_WORKOUT_FIELD_TIME;
    case HEARTH_WORKOUT_ERROR_DURATION:
      return HEARTH_WORKOUT_FIELD_DURATION;
    case HEARTH_WORKOUT_ERROR_DISTANCE:
      return HEARTH_WORKOUT_FIELD_DISTANCE;
    case HEARTH_WORKOUT_ERROR_STEPS:
      return HEARTH_WORKOUT_FIELD_STEPS;
    case HEARTH_WORKOUT_ERROR_EFFORT:
      return HEARTH_WORKOUT_FIELD_EFFORT;
    case HEARTH_WORKOUT_ERROR_NOTE:
      return HEARTH_WORKOUT_FIELD_NOTE;
    default:
      return HEARTH_WORKOUT_N_FIELDS;
    }
}

void
_hearth_workout_dialog_save (HearthWorkoutDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(HearthWorkout) workout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *duration_text = g_strstrip (g_strdup (get_text (self, HEARTH_WORKOUT_FIELD_DURATION)));
  gint64 seconds = 0, steps = -1, effort = -1;
  double km = NAN;
  GtkWindow *parent;

  clear_errors (self);

  if (self->activity == NULL)
    {
      const char *typed = get_text (self, HEARTH_WORKOUT_FIELD_ACTIVITY);
      g_autofree char *message = NULL;

      if (*typed == '\0')
        message = g_strdup (_("Choose an activity: type a part of its name."));
      else
        /* Translators: %s is what was typed in the activity field */
        message = g_strdup_printf (_("No activity matches “%s”: try another word."), typed);
      show_field_error (self, HEARTH_WORKOUT_FIELD_ACTIVITY, message);
      return;
    }
  if (*duration_text == '\0')
    {
      show_field_error (self, HEARTH_WORKOUT_FIELD_DURATION, _("Enter how long it took, in minutes."));
      return;
    }
  if (!parse_duration (duration_text, &seconds))
    {
      show_field_error (self, HEARTH_WORKOUT_FIELD_DURATION,
                        _("Type the minutes (45) or hours and minutes (1:30)."));
      return;
    }
  start = get_start (self, TRUE, &error);
  if (start == NULL)
    {
      show_field_error (self, HEARTH_WORKOUT_FIELD_TIME, error->message);
      return;
    }
  if (!parse_decimal_field (self, HEARTH_WORKOUT_FIELD_DISTANCE, _("Type the distance in km, such as 5.2."), &km) ||
      !parse_whole_field (self, HEARTH_WORKOUT_FIELD_STEPS, G_MAXINT32, _("Type the steps as a whole number."), &steps) ||
      !parse_whole_field (self, HEARTH_WORKOUT_FIELD_EFFORT, 1000, _("Type the effort as a whole number from 1 to 10."), &effort))
    return;
  note = g_strstrip (g_strdup (get_text (self, HEARTH_WORKOUT_FIELD_NOTE)));

  workout = hearth_workout_new (hearth_profile_get_uuid (self->profile), self->activity->id, start, seconds);
  workout->distance_m = isnan (km) ? NAN : km * 1000;
  workout->steps = steps;
  /* 0 is "none" in the struct: typed, it is refused like any effort out of 1–10. */
  workout->effort = effort < 0 ? 0 : effort == 0 ? -1 : (int) effort;
  if (*note != '\0')
    workout->note = g_steal_pointer (&note);

  if (!hearth_store_add_workout (self->store, workout, &error))
    {
      HearthWorkoutField field = error->domain == HEARTH_WORKOUT_ERROR ? field_of_error (error->code)
                                                                        : HEARTH_WORKOUT_N_FIELDS;

      if (field < HEARTH_WORKOUT_N_FIELDS)
        show_field_error (self, field, error->message);
      else
        {
          gtk_label_set_text (self->general_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
        }
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (HEARTH_IS_WINDOW (parent))
    {
      g_autofree char *duration = g_strdup_printf (_("%d min"), (int) (seconds / 60));
      /* Translators: a workout in the undo toast, "Walking, brisk (3.5 mph), 45 min" */
      g_autofree char *what = g_strdup_printf (_("%s, %s"), _(self->activity->name), duration);

      hearth_window_record_change (HEARTH_WINDOW (parent), HEARTH_WINDOW_CHANGE_WORKOUT, workout->uuid, what);
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_save_button_clicked_cb (HearthWorkoutDialog *self,
                           GtkButton           *button)
{
  _hearth_workout_dialog_save (self);
}

/* Building the form ------------------------------------------------------- */

static AdwActionRow *
add_row (AdwPreferencesGroup *group,
         const char          *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

static void
add_entry (HearthWorkoutDialog *self,
           AdwPreferencesGroup *group,
           HearthWorkoutField   field,
           const char          *title,
           const char          *unit,
           int                  width_chars)
{
  AdwActionRow *row = add_row (group, title);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (GTK_BOX (box), entry);
  if (unit != NULL)
    {
      GtkWidget *label = gtk_label_new (unit);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  adw_action_row_add_suffix (row, box);
  adw_action_row_set_activatable_widget (row, entry);
  self->rows[field] = row;
  self->widgets[field] = entry;
}

static GtkWidget *
new_spin (int         max,
          const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return spin;
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
build_form (HearthWorkoutDialog *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  /* Just finished: it started half an hour ago, to the minute. */
  g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -30);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *box;
  GtkWidget *hour;

  add_entry (self, self->activity_group, HEARTH_WORKOUT_FIELD_ACTIVITY, _("Activity"), NULL, 22);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY]), _("Type to search"));
  g_signal_connect_object (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY], "changed",
                           G_CALLBACK (on_activity_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_activity_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY], focus);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    /* Before the entry's own handling: Down would leave the field. */
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_activity_key_pressed_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY], keys);
  }

  add_entry (self, self->main_group, HEARTH_WORKOUT_FIELD_DURATION, _("Duration"), _("min"), 6);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->widgets[HEARTH_WORKOUT_FIELD_DURATION]), GTK_INPUT_PURPOSE_NUMBER);

  self->rows[HEARTH_WORKOUT_FIELD_DATE] = add_row (self->main_group, _("Date"));
  self->widgets[HEARTH_WORKOUT_FIELD_DATE] = hearth_gui_date_button_new (start);
  adw_action_row_add_suffix (self->rows[HEARTH_WORKOUT_FIELD_DATE], self->widgets[HEARTH_WORKOUT_FIELD_DATE]);
  adw_action_row_set_activatable_widget (self->rows[HEARTH_WORKOUT_FIELD_DATE], self->widgets[HEARTH_WORKOUT_FIELD_DATE]);
  g_signal_connect_object (hearth_gui_date_button_get_calendar (self->widgets[HEARTH_WORKOUT_FIELD_DATE]),
                           "day-selected", G_CALLBACK (on_start_changed_cb), self, G_CONNECT_SWAPPED);

  self->rows[HEARTH_WORKOUT_FIELD_TIME] = add_row (self->main_group, _("Started at"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  hour = new_spin (23, _("Hour"));
  self->minute_spin = GTK_SPIN_BUTTON (new_spin (59, _("Minute")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), g_date_time_get_hour (start));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (start));
  g_signal_connect (hour, "output", G_CALLBACK (on_spin_output_cb), NULL);
  g_signal_connect (self->minute_spin, "output", G_CALLBACK (on_spin_output_cb), NULL);
  on_spin_output_cb (GTK_SPIN_BUTTON (hour), NULL);
  on_spin_output_cb (self->minute_spin, NULL);
  g_signal_connect_object (hour, "value-changed", G_CALLBACK (on_start_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minute_spin, "value-changed", G_CALLBACK (on_start_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), hour);
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->minute_spin));
  adw_action_row_add_suffix (self->rows[HEARTH_WORKOUT_FIELD_TIME], box);
  adw_action_row_set_activatable_widget (self->rows[HEARTH_WORKOUT_FIELD_TIME], hour);
  self->widgets[HEARTH_WORKOUT_FIELD_TIME] = hour;

  add_entry (self, self->optional_group, HEARTH_WORKOUT_FIELD_DISTANCE, _("Distance"), _("km"), 6);
  add_entry (self, self->optional_group, HEARTH_WORKOUT_FIELD_STEPS, _("Steps"), NULL, 8);
  add_entry (self, self->optional_group, HEARTH_WORKOUT_FIELD_EFFORT, _("Perceived effort"), _("of 10"), 4);
  add_entry (self, self->optional_group, HEARTH_WORKOUT_FIELD_NOTE, _("Note"), NULL, 18);

  for (guint f = HEARTH_WORKOUT_FIELD_DURATION; f < HEARTH_WORKOUT_N_FIELDS; f++)
    if (GTK_IS_ENTRY (self->widgets[f]))
      g_signal_connect_object (self->widgets[f], "changed", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  hearth_gui_drop_row_focus_stops (self->form_box);
  update_energy (self);
  gtk_window_set_focus (GTK_WINDOW (self), self->widgets[HEARTH_WORKOUT_FIELD_ACTIVITY]);
}

HearthWorkoutDialog *
hearth_workout_dialog_new (HearthStore   *store,
                           HearthProfile *profile)
{
  HearthWorkoutDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  self = g_object_new (HEARTH_TYPE_WORKOUT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  build_form (self);
  return self;
}

static void
hearth_workout_dialog_dispose (GObject *object)
{
  HearthWorkoutDialog *self = HEARTH_WORKOUT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WORKOUT_DIALOG);

  G_OBJECT_CLASS (hearth_workout_dialog_parent_class)->dispose (object);
}

static void
hearth_workout_dialog_class_init (HearthWorkoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_workout_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-workout-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, activity_group);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, main_group);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, optional_group);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, activity_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkoutDialog, energy_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activity_list_row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_workout_dialog_init (HearthWorkoutDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwActionRow *
_hearth_workout_dialog_get_row (HearthWorkoutDialog *self,
                                HearthWorkoutField   field)
{
  g_assert (field < HEARTH_WORKOUT_N_FIELDS);

  return self->rows[field];
}

GtkWidget *
_hearth_workout_dialog_get_widget (HearthWorkoutDialog *self,
                                   HearthWorkoutField   field)
{
  g_assert (field < HEARTH_WORKOUT_N_FIELDS);

  return self->widgets[field];
}

GtkSpinButton *
_hearth_workout_dialog_get_minute_spin (HearthWorkoutDialog *self)
{
  return self->minute_spin;
}

const HearthActivity *
_hearth_workout_dialog_get_activity (HearthWorkoutDialog *self)
{
  return self->activity;
}

GtkLabel *
_hearth_workout_dialog_get_energy_label (HearthWorkoutDialog *self)
{
  return self->energy_label;
}

GtkListBox *
_hearth_workout_dialog_get_activity_list (HearthWorkoutDialog *self)
{
  return self->activity_list;
}
