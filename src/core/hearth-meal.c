/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-meal"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-diet-private.h"
#include "hearth-meal.h"

/* How far after "now" a meal may be stamped (as readings). */
#define FUTURE_GRACE_USEC (60 * G_USEC_PER_SEC)
#define MEAL_YEAR_MIN 1900

static const char * const type_ids[] = { "breakfast", "lunch", "dinner", "snack", "custom" };

const char *
hearth_meal_type_to_string (HearthMealType type)
{
  g_return_val_if_fail (type <= HEARTH_MEAL_TYPE_CUSTOM, "");
  return type_ids[type];
}

gboolean
hearth_meal_type_from_string (const char     *s,
                              HearthMealType *type)
{
  guint index;

  g_return_val_if_fail (type != NULL, FALSE);
  if (!_HEARTH_ID_LOOKUP_STRV (s, type_ids, &index))
    return FALSE;
  *type = (HearthMealType) index;
  return TRUE;
}

const char *
hearth_meal_type_get_label (HearthMealType type)
{
  switch (type)
    {
    case HEARTH_MEAL_TYPE_BREAKFAST: return _("Breakfast");
    case HEARTH_MEAL_TYPE_LUNCH:     return _("Lunch");
    case HEARTH_MEAL_TYPE_DINNER:    return _("Dinner");
    case HEARTH_MEAL_TYPE_SNACK:     return _("Snack");
    case HEARTH_MEAL_TYPE_CUSTOM:    return _("Meal");
    default:
      g_return_val_if_reached ("");
    }
}

/* Items ----------------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (HearthMealItem, hearth_meal_item, hearth_meal_item_copy, hearth_meal_item_free)

HearthMealItem *
hearth_meal_item_new (void)
{
  HearthMealItem *item = g_new0 (HearthMealItem, 1);

  item->base_amount = NAN;
  item->amount = NAN;
  hearth_nutrients_init_unknown (&item->nutrients);
  return item;
}

HearthMealItem *
hearth_meal_item_copy (const HearthMealItem *item)
{
  HearthMealItem *copy;

  g_return_val_if_fail (item != NULL, NULL);
  copy = g_memdup2 (item, sizeof *item);
  copy->uuid = g_strdup (item->uuid);
  copy->food_uuid = g_strdup (item->food_uuid);
  copy->name = g_strdup (item->name);
  return copy;
}

void
hearth_meal_item_free (HearthMealItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->food_uuid);
  g_free (item->name);
  g_free (item);
}

/* Meals ----------------------------------------------------------------- */

struct _HearthMeal
{
  GObject         parent_instance;

  char           *uuid;
  char           *profile_uuid;
  HearthMealType  type;
  char           *custom_name;
  GDateTime      *taken_at;
  char           *note;
  GPtrArray      *items;
};

G_DEFINE_FINAL_TYPE (HearthMeal, hearth_meal, G_TYPE_OBJECT)

static void
hearth_meal_finalize (GObject *object)
{
  HearthMeal *self = HEARTH_MEAL (object);

  g_free (self->uuid);
  g_free (self->profile_uuid);
  g_free (self->custom_name);
  g_clear_pointer (&self->taken_at, g_date_time_unref);
  g_free (self->note);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (hearth_meal_parent_class)->finalize (object);
}

static void
hearth_meal_class_init (HearthMealClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_meal_finalize;
}

static void
hearth_meal_init (HearthMeal *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_meal_item_free);
}

HearthMeal *
hearth_meal_new (const char     *profile_uuid,
                 HearthMealType  type,
                 GDateTime      *taken_at)
{
  HearthMeal *self = g_object_new (HEARTH_TYPE_MEAL, NULL);

  self->profile_uuid = g_strdup (profile_uuid);
  self->type = type;
  self->taken_at = taken_at != NULL ? g_date_time_ref (taken_at) : NULL;
  return self;
}

const char *
hearth_meal_get_uuid (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->uuid;
}

void
_hearth_meal_set_uuid (HearthMeal *self,
                       const char *uuid)
{
  g_assert (HEARTH_IS_MEAL (self));
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
}

const char *
hearth_meal_get_profile_uuid (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->profile_uuid;
}

HearthMealType
hearth_meal_get_meal_type (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), HEARTH_MEAL_TYPE_SNACK);
  return self->type;
}

void
hearth_meal_set_meal_type (HearthMeal     *self,
                           HearthMealType  type)
{
  g_return_if_fail (HEARTH_IS_MEAL (self));
  self->type = type;
}

const char *
hearth_meal_get_custom_name (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->custom_name;
}

void
hearth_meal_set_custom_name (HearthMeal *self,
                             const char *name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (HEARTH_IS_MEAL (self));
  stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  g_free (self->custom_name);
  self->custom_name = stripped != NULL && stripped[0] != '\0' ? g_steal_pointer (&stripped) : NULL;
}

const char *
hearth_meal_get_title (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  if (self->type == HEARTH_MEAL_TYPE_CUSTOM && self->custom_name != NULL)
    return self->custom_name;
  return hearth_meal_type_get_label (self->type);
}

GDateTime *
hearth_meal_get_taken_at (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->taken_at;
}

void
hearth_meal_set_taken_at (HearthMeal *self,
                          GDateTime  *taken_at)
{
  g_return_if_fail (HEARTH_IS_MEAL (self));
  if (taken_at != NULL)
    g_date_time_ref (taken_at);
  g_clear_pointer (&self->taken_at, g_date_time_unref);
  self->taken_at = taken_at;
}

gint64
hearth_meal_get_local_day (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), 0);
  g_return_val_if_fail (self->taken_at != NULL, 0);
  return _hearth_local_day (self->taken_at);
}

const char *
hearth_meal_get_note (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->note;
}

void
hearth_meal_set_note (HearthMeal *self,
                      const char *note)
{
  g_return_if_fail (HEARTH_IS_MEAL (self));
  g_free (self->note);
  self->note = note != NULL && note[0] != '\0' ? g_strdup (note) : NULL;
}

GPtrArray *
hearth_meal_get_items (HearthMeal *self)
{
  g_return_val_if_fail (HEARTH_IS_MEAL (self), NULL);
  return self->items;
}

void
hearth_meal_add_item (HearthMeal     *self,
                      HearthMealItem *item)
{
  g_return_if_fail (HEARTH_IS_MEAL (self));
  g_return_if_fail (item != NULL);
  g_ptr_array_add (self->items, item);
}

void
hearth_meal_get_totals (HearthMeal      *self,
                        HearthNutrients *totals)
{
  g_return_if_fail (HEARTH_IS_MEAL (self));
  g_return_if_fail (totals != NULL);

  hearth_nutrients_init_zero (totals);
  for (guint i = 0; i < self->items->len; i++)
    hearth_nutrients_add (totals, &((HearthMealItem *) self->items->pdata[i])->nutrients);
}

static gboolean
validate_item (const HearthMealItem  *item,
               GError               **error)
{
  if (item->name == NULL || item->name[0] == '\0')
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                           _("Each item needs a food"));
      return FALSE;
    }
  if (!isfinite (item->amount) || item->amount <= 0)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                   _("The amount of %s must be a number greater than 0"), item->name);
      return FALSE;
    }
  if (item->unit == HEARTH_AMOUNT_UNIT_SERVING && item->amount > HEARTH_MEAL_ITEM_MAX_SERVINGS)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                   _("%s: at most %.0f servings of one food"), item->name, HEARTH_MEAL_ITEM_MAX_SERVINGS);
      return FALSE;
    }
  if (item->base_amount > HEARTH_MEAL_ITEM_MAX_G || !(isnan (item->base_amount) || item->base_amount > 0))
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                   _("%s: one item can be at most %.0f kg"), item->name, HEARTH_MEAL_ITEM_MAX_G / 1000);
      return FALSE;
    }
  if (!isfinite (item->nutrients.energy_kcal) || item->nutrients.energy_kcal < 0)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                   _("Enter the energy of %s"), item->name);
      return FALSE;
    }
  for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
    {
      double value = hearth_nutrients_get (&item->nutrients, n);

      if (!isnan (value) && (!isfinite (value) || value < 0))
        {
          g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT,
                       _("The nutrients of %s cannot be negative"), item->name);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
hearth_meal_validate (HearthMeal  *self,
                      GDateTime   *now,
                      GError     **error)
{
  HearthNutrients totals;
  double grams = 0;

  g_return_val_if_fail (HEARTH_IS_MEAL (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->type > HEARTH_MEAL_TYPE_CUSTOM)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_MEAL_TYPE,
                           _("Choose breakfast, lunch, dinner, snack or a name of your own"));
      return FALSE;
    }
  if (self->type == HEARTH_MEAL_TYPE_CUSTOM && self->custom_name == NULL)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_MEAL_TYPE,
                           _("Enter the meal's name"));
      return FALSE;
    }
  if (self->items->len == 0)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                           _("Add at least one food"));
      return FALSE;
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      const HearthMealItem *item = self->items->pdata[i];

      if (!validate_item (item, error))
        return FALSE;
      if (!isnan (item->base_amount))
        grams += item->base_amount;
    }
  if (grams > HEARTH_MEAL_MAX_G)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                   _("A meal can be at most %.0f kg"), HEARTH_MEAL_MAX_G / 1000);
      return FALSE;
    }
  hearth_meal_get_totals (self, &totals);
  if (totals.energy_kcal > HEARTH_MEAL_MAX_KCAL)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                   _("A meal can be at most %.0f kcal"), HEARTH_MEAL_MAX_KCAL);
      return FALSE;
    }

  if (self->taken_at == NULL)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_TIME,
                           _("Enter when the meal was eaten"));
      return FALSE;
    }
  if (g_date_time_get_year (self->taken_at) < MEAL_YEAR_MIN)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_TIME,
                   _("The time must be in %d or later"), MEAL_YEAR_MIN);
      return FALSE;
    }
  if (g_date_time_difference (self->taken_at, now) > FUTURE_GRACE_USEC)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_TIME,
                           _("The time cannot be in the future"));
      return FALSE;
    }
  return TRUE;
}
