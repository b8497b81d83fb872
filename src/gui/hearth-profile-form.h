/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROFILE_FORM (hearth_profile_form_get_type ())

G_DECLARE_FINAL_TYPE (HearthProfileForm, hearth_profile_form, HEARTH, PROFILE_FORM, AdwBin)

/* The fields of a member. "compact" shows only what adding a member asks
 * (issue 9: at most three questions): name, birth year, sex and main goal;
 * the height is asked with the first weight (the reading dialog). Return
 * on a field, combo rows included, activates the window's default; Space
 * opens a combo row's list. */
GtkWidget  *hearth_profile_form_new          (void);
gboolean    hearth_profile_form_get_compact  (HearthProfileForm *self);
void        hearth_profile_form_set_compact  (HearthProfileForm *self,
                                              gboolean           compact);
/* Fills the fields from @profile; NULL empties them. */
void        hearth_profile_form_set_profile  (HearthProfileForm *self,
                                              HearthProfile     *profile);
void        hearth_profile_form_set_color    (HearthProfileForm *self,
                                              const char        *color);
/* Parses the fields into @profile and validates it at @now. On failure
 * the message is shown under its field, the text is kept, FALSE. */
gboolean    hearth_profile_form_apply        (HearthProfileForm *self,
                                              HearthProfile     *profile,
                                              GDateTime         *now);
/* Shows an error from the store under its field (or on top). */
void        hearth_profile_form_show_error   (HearthProfileForm *self,
                                              const GError      *error);
void        hearth_profile_form_clear_errors (HearthProfileForm *self);
/* Moves the keyboard focus to the first field (the name). */
void        hearth_profile_form_focus_first  (HearthProfileForm *self);

/* The preset member colours. */
const char * const *hearth_profile_form_get_preset_colors (guint *n_colors);

G_END_DECLS
