/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-reading-dialog-private.h"

G_BEGIN_DECLS

/* The reading dialog's struct, shared by hearth-reading-dialog.c (the
 * dialog, its keyboard use, saving) and hearth-reading-dialog-values.c
 * (fields to a reading and back). */
struct _HearthReadingDialog
{
  AdwWindow         parent_instance;

  HearthStore      *store;
  HearthProfile    *profile;
  HearthReading    *reading;   /* NULL: a new reading */
  HearthReading    *pending;   /* implausible, waiting for "Save Anyway" */
  GSettings        *settings;
  GDateTime        *initial_time;
  GDateTime        *initial_start;
  AdwMessageDialog *confirm_dialog;  /* weak */

  AdwActionRow     *rows[HEARTH_READING_N_FIELDS];
  GtkWidget        *entries[HEARTH_READING_N_FIELDS];
  GtkLabel         *glucose_unit;
  GtkLabel         *temperature_unit;
  GtkLabel         *waist_unit;
  GtkLabel         *height_unit;
  AdwComboRow      *context_row;
  AdwComboRow      *quality_row;
  GtkCalendar      *start_calendar;
  GtkMenuButton    *start_date_button;
  GtkPopover       *start_date_popover;
  GtkSpinButton    *start_minute_spin;

  /* Template widgets */
  AdwHeaderBar     *header_bar;
  GtkButton        *cancel_button;
  GtkButton        *save_button;
  GtkStack         *page_stack;
  GtkLabel         *general_error;
  GtkWidget        *kind_group;
  AdwComboRow      *kind_row;
  GtkStack         *kind_stack;
  AdwActionRow     *systolic_row;
  GtkEntry         *systolic_entry;
  GtkLabel         *systolic_unit;
  AdwActionRow     *diastolic_row;
  GtkEntry         *diastolic_entry;
  GtkLabel         *diastolic_unit;
  AdwActionRow     *pulse_row;
  GtkEntry         *pulse_entry;
  AdwComboRow      *arm_row;
  AdwComboRow      *posture_row;
  AdwActionRow     *weight_row;
  GtkEntry         *weight_entry;
  GtkLabel         *weight_unit;
  AdwActionRow     *body_fat_row;
  GtkEntry         *body_fat_entry;
  AdwActionRow     *date_row;
  GtkMenuButton    *date_button;
  GtkPopover       *date_popover;
  GtkCalendar      *calendar;
  AdwActionRow     *time_row;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  AdwEntryRow      *note_row;
  AdwStatusPage    *severe_page;
  GtkLabel         *severe_value;
};

/* hearth-reading-dialog.c */
void           _hearth_reading_dialog_show_field_error  (HearthReadingDialog *self,
                                                         HearthReadingField   field,
                                                         const char          *message);
/* The date and time fields as an instant (hearth_local_time_resolve());
 * NULL after showing why under the time field. */
GDateTime     *_hearth_reading_dialog_get_time          (HearthReadingDialog *self,
                                                         GtkCalendar         *calendar,
                                                         GtkSpinButton       *hour_spin,
                                                         GtkSpinButton       *minute_spin,
                                                         GDateTime           *initial);

/* hearth-reading-dialog-values.c */
/* A reading of the kind shown from the fields (an edit keeps the
 * reading's identity); NULL after showing the first field's message. */
HearthReading *_hearth_reading_dialog_build_reading      (HearthReadingDialog *self,
                                                         GDateTime           *taken_at);
/* The height typed with a first weight, in cm; 0 when left empty. FALSE
 * after showing why under the height field. */
gboolean       _hearth_reading_dialog_parse_height       (HearthReadingDialog *self,
                                                         double              *cm);
/* The fields from the reading being edited, in the units shown. */
void           _hearth_reading_dialog_fill_from_reading  (HearthReadingDialog *self);

G_END_DECLS
