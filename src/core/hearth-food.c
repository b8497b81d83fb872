/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-food"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-diet-private.h"
#include "hearth-food.h"
#include "hearth-profile.h"

struct _HearthFood
{
  GObject          parent_instance;

  char            *uuid;
  char            *name;
  HearthAmountUnit per_unit;
  HearthNutrients  values;
  double           serving_size;
  char            *serving_name;
  gint64           created_at;
  gint64           updated_at;
  gboolean         favourite;
  gint64           fdc_id;      /* 0: the family's own food */
};

G_DEFINE_FINAL_TYPE (HearthFood, hearth_food, G_TYPE_OBJECT)

static void
hearth_food_finalize (GObject *object)
{
  HearthFood *self = HEARTH_FOOD (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->serving_name);

  G_OBJECT_CLASS (hearth_food_parent_class)->finalize (object);
}

static void
hearth_food_class_init (HearthFoodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_food_finalize;
}

static void
hearth_food_init (HearthFood *self)
{
  hearth_nutrients_init_unknown (&self->values);
  self->serving_size = NAN;
}

HearthFood *
hearth_food_new (const char       *name,
                 HearthAmountUnit  per_unit)
{
  HearthFood *self = g_object_new (HEARTH_TYPE_FOOD, NULL);

  hearth_food_set_name (self, name);
  self->per_unit = per_unit;
  return self;
}

gint64
hearth_food_get_fdc_id (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), 0);
  return self->fdc_id;
}

gboolean
hearth_food_is_reference (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), FALSE);
  return self->fdc_id > 0;
}

const char *
hearth_food_get_source_label (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NULL);
  /* Translators: where a reference food's values come from, shown beside it. */
  return self->fdc_id > 0 ? _("USDA SR Legacy") : NULL;
}

void
_hearth_food_set_fdc_id (HearthFood *self,
                         gint64      fdc_id)
{
  g_assert (HEARTH_IS_FOOD (self));
  self->fdc_id = fdc_id;
}

const char *
hearth_food_get_uuid (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NULL);
  return self->uuid;
}

void
_hearth_food_set_uuid (HearthFood *self,
                       const char *uuid)
{
  g_assert (HEARTH_IS_FOOD (self));
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
}

void
_hearth_food_set_stamps (HearthFood *self,
                         gint64      created_at,
                         gint64      updated_at)
{
  g_assert (HEARTH_IS_FOOD (self));
  self->created_at = created_at;
  self->updated_at = updated_at;
}

const char *
hearth_food_get_name (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NULL);
  return self->name;
}

/* Names are kept as people look them up: trimmed, NFC. */
void
hearth_food_set_name (HearthFood *self,
                      const char *name)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  g_free (self->name);
  self->name = name != NULL ? hearth_profile_normalize_name (name) : NULL;
}

HearthAmountUnit
hearth_food_get_per_unit (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), HEARTH_AMOUNT_UNIT_GRAM);
  return self->per_unit;
}

void
hearth_food_set_per_unit (HearthFood       *self,
                          HearthAmountUnit  unit)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  self->per_unit = unit;
}

const HearthNutrients *
hearth_food_get_nutrients (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NULL);
  return &self->values;
}

void
hearth_food_set_nutrients (HearthFood            *self,
                           const HearthNutrients *values)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  g_return_if_fail (values != NULL);
  self->values = *values;
  self->values.incomplete = 0;
}

void
hearth_food_set_nutrient (HearthFood     *self,
                          HearthNutrient  nutrient,
                          double          value)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  hearth_nutrients_set (&self->values, nutrient, value);
}

double
hearth_food_get_serving_size (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NAN);
  return self->serving_size;
}

void
hearth_food_set_serving_size (HearthFood *self,
                              double      grams_or_ml)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  self->serving_size = grams_or_ml;
}

const char *
hearth_food_get_serving_name (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), NULL);
  return self->serving_name;
}

void
hearth_food_set_serving_name (HearthFood *self,
                              const char *name)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  g_free (self->serving_name);
  self->serving_name = name != NULL && name[0] != '\0' ? g_strdup (name) : NULL;
}

gboolean
hearth_food_get_favourite (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), FALSE);
  return self->favourite;
}

void
hearth_food_set_favourite (HearthFood *self,
                           gboolean    favourite)
{
  g_return_if_fail (HEARTH_IS_FOOD (self));
  self->favourite = !!favourite;
}

gint64
hearth_food_get_created_at (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), 0);
  return self->created_at;
}

gint64
hearth_food_get_updated_at (HearthFood *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), 0);
  return self->updated_at;
}

gboolean
hearth_food_compute (HearthFood       *self,
                     double            amount,
                     HearthAmountUnit  unit,
                     HearthNutrients  *out,
                     GError          **error)
{
  g_return_val_if_fail (HEARTH_IS_FOOD (self), FALSE);
  return hearth_nutrition_scale (&self->values, self->per_unit, self->serving_size, amount, unit,
                                 out, error);
}

static gboolean
has_control_characters (const char *s)
{
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
hearth_food_validate (HearthFood  *self,
                      GError     **error)
{
  gboolean per_100;

  g_return_val_if_fail (HEARTH_IS_FOOD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->name == NULL || self->name[0] == '\0')
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                           _("Enter the food's name"));
      return FALSE;
    }
  if (has_control_characters (self->name) ||
      (self->serving_name != NULL && has_control_characters (self->serving_name)))
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                           _("A name cannot contain tabs, line breaks or other control characters"));
      return FALSE;
    }
  if (self->per_unit > HEARTH_AMOUNT_UNIT_SERVING)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                           _("Say whether the values are per 100 g, per 100 ml or per serving"));
      return FALSE;
    }

  per_100 = self->per_unit != HEARTH_AMOUNT_UNIT_SERVING;
  if (!isfinite (self->values.energy_kcal) || self->values.energy_kcal < 0 ||
      self->values.energy_kcal > (per_100 ? HEARTH_FOOD_MAX_KCAL_PER_100 : HEARTH_FOOD_MAX_KCAL_PER_SERVING))
    {
      if (per_100)
        g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                     _("Energy must be between 0 and %.0f kcal per 100 g or ml"), HEARTH_FOOD_MAX_KCAL_PER_100);
      else
        g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                     _("Energy must be between 0 and %.0f kcal per serving"), HEARTH_FOOD_MAX_KCAL_PER_SERVING);
      return FALSE;
    }
  for (guint i = HEARTH_NUTRIENT_PROTEIN; i < HEARTH_N_NUTRIENTS; i++)
    {
      double value = hearth_nutrients_get (&self->values, i);
      double max = i == HEARTH_NUTRIENT_SODIUM ? HEARTH_FOOD_MAX_SODIUM_MG_PER_100 : 100;

      if (!per_100)
        max *= HEARTH_FOOD_MAX_SERVING / 100;
      if (isnan (value))
        continue;
      if (!isfinite (value) || value < 0 || value > max)
        {
          g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                               per_100 ? _("A nutrient cannot be negative or more than the food itself")
                                       : _("A nutrient cannot be negative or more than a serving holds"));
          return FALSE;
        }
    }
  if (!isnan (self->serving_size) &&
      (!isfinite (self->serving_size) || self->serving_size <= 0 ||
       self->serving_size > HEARTH_FOOD_MAX_SERVING))
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_SERVING,
                   _("A serving must be more than 0 and at most %.0f g or ml"), HEARTH_FOOD_MAX_SERVING);
      return FALSE;
    }
  return TRUE;
}
