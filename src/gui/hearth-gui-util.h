/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"
#include "hearth-summary.h"

G_BEGIN_DECLS

/* Shared helpers of the widgets; not classes, so no G_DECLARE here. */

/* The app's settings schema (io.github.hearthapp.Hearth). New reference. */
GSettings            *hearth_gui_settings_new               (void);

HearthWeightUnit      hearth_gui_settings_get_weight_unit   (GSettings *settings);
HearthLengthUnit      hearth_gui_settings_get_length_unit   (GSettings *settings);
HearthPressureUnit    hearth_gui_settings_get_pressure_unit (GSettings *settings);
HearthGlucoseUnit     hearth_gui_settings_get_glucose_unit  (GSettings *settings);
HearthTemperatureUnit hearth_gui_settings_get_temperature_unit (GSettings *settings);
HearthEnergyUnit      hearth_gui_settings_get_energy_unit   (GSettings *settings);
HearthBpGuideline     hearth_gui_settings_get_bp_guideline  (GSettings *settings);
HearthBmiCutoffs      hearth_gui_settings_get_bmi_cutoffs   (GSettings *settings);
/* ADA unless the schema has a "glucose-guideline" key saying otherwise. */
HearthGlucoseGuideline hearth_gui_settings_get_glucose_guideline (GSettings *settings);

/* "128/82 mmHg" or "17.1/10.9 kPa". */
char                 *hearth_gui_format_bp                  (double              systolic,
                                                             double              diastolic,
                                                             HearthPressureUnit  unit);
/* One line of values for a history row: "128/82 mmHg · pulse 64". */
char                 *hearth_gui_format_reading_values      (HearthReading      *reading,
                                                             GSettings          *settings);
/* "Today, 08:15", "Yesterday, 21:40", "Mon 3 Mar 2025, 08:15" in the
 * reading's own offset. */
char                 *hearth_gui_format_when                (GDateTime          *when,
                                                             GDateTime          *now);
/* Classifies a blood-pressure reading by the guideline and thresholds
 * chosen in . */
void                  hearth_gui_classify_bp                (GSettings          *settings,
                                                             HearthReading      *reading,
                                                             HearthBpClass      *out);
/* "Stage 1 hypertension · ACC/AHA 2017 (home)". */
char                 *hearth_gui_format_bp_class            (const HearthBpClass *klass);

/* "Age 44" or NULL when the birth year is unknown. */
char                 *hearth_gui_format_age                 (HearthProfile      *profile,
                                                             GDateTime          *now);

const char           *hearth_gui_reading_kind_icon_name     (HearthReadingKind   kind);
/* TRUE for the kinds the reading dialog has a form for (all of them). */
gboolean              hearth_gui_reading_kind_is_editable   (HearthReadingKind   kind);

/* The main value alone, in the units of Preferences: "128/82 mmHg",
 * "72.4 kg", "5.6 mmol/L", "7 h 30 min", "8432 steps". */
char                 *hearth_gui_format_reading_value       (HearthReading      *reading,
                                                             GSettings          *settings);

/* How much a category asks of the person. */
typedef enum
{
  HEARTH_GUI_ALERT_NONE,
  HEARTH_GUI_ALERT_WARNING,  /* SpO2 <= 92 %, fever: worth medical advice */
  HEARTH_GUI_ALERT_SEVERE,   /* severe blood pressure, level 2 low glucose: seek care now */
} HearthGuiAlert;

/* The reading's category with its guideline or source (docs/clinical.md), in
 * one translated line, or NULL for kinds and contexts without one (waist,
 * body fat, steps; glucose before a meal …). @alert may be NULL. */
char                 *hearth_gui_describe_category          (HearthReading      *reading,
                                                             HearthProfile      *profile,
                                                             GSettings          *settings,
                                                             GDateTime          *now,
                                                             HearthGuiAlert     *alert);

/* The steps card's change: today is not over, so the last 7 full days
 * (yesterday and the 6 before) against the 7 before those. */
char                 *hearth_gui_format_steps_change        (HearthStore        *store,
                                                             HearthProfile      *profile,
                                                             GDateTime          *now,
                                                             GSettings          *settings);

/* "Blood pressure 142/91 mmHg · Today, 08:10": kind, value and when. */
char                 *hearth_gui_describe_reading           (HearthReading      *reading,
                                                             GSettings          *settings,
                                                             GDateTime          *now);

/* @category (may be NULL) for a card, a history row or the family
 * overview: a severe reading (HEARTH_GUI_ALERT_SEVERE) says so first,
 * "Severe — seek care", on its own line. */
char                 *hearth_gui_label_category             (const char         *category,
                                                             HearthGuiAlert      alert);

/* "Last logged today", "Last logged yesterday", "Last logged 3 days ago". */
char                 *hearth_gui_format_last_logged         (int                 days);

/* The week-over-week sentence of a card: "Average 5 mmHg lower than the
 * previous 7 days", "No readings in the previous 7 days to compare". */
char                 *hearth_gui_format_week_change         (const HearthKindSummary *summary,
                                                             GSettings          *settings);

/* A round badge with the member's initial on their colour. */
GtkWidget            *hearth_gui_member_badge_new           (HearthProfile      *profile,
                                                             int                 size);

/* Marks a field row (and its entry) as wrong, with @message as the row's
 * subtitle right under the field; NULL clears it. */
void                  hearth_gui_set_row_error              (AdwActionRow       *row,
                                                             GtkWidget          *entry,
                                                             const char         *message);

/* Keyboard use of a form, for @widget and everything inside it: a row whose
 * value is typed or picked in a widget of its own (an entry, a check box, the
 * date button) takes no Tab stop of its own, so Tab goes from field to field
 * and nothing typed lands on a row that cannot take it (clicking the row still
 * focuses its widget; combo rows are the control and keep theirs); Return in a
 * spin button saves like every other field. */
void                  hearth_gui_drop_row_focus_stops       (GtkWidget          *widget);

/* Comma-separated list <-> GStrv (trimmed, empties dropped). */
GStrv                 hearth_gui_split_list                 (const char         *text);
char                 *hearth_gui_join_list                  (const char * const *items);

/* The member colours offered in the profile form (NULL-terminated). */
extern const char * const hearth_gui_member_colors[];

/* "3 readings, 1 meal, 2 doses": what a permanent delete takes (the
 * member dialog's, the Privacy page's with @everything: members, foods and
 * recipes too), or NULL when nothing. */
char                 *hearth_gui_format_purge_counts        (const HearthPurgeCounts *counts,
                                                             gboolean                 everything);
/* A button labelled @label with a mnemonic ("_Export…"), named right. */
GtkWidget            *hearth_gui_mnemonic_button_new        (const char              *label);

G_END_DECLS
