/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-foods-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-food-dialog.h"
#include "hearth-foods-window-private.h"
#include "hearth-recipe-dialog.h"

/* At most this many foods are listed; the search finds the rest. */
#define MAX_FOODS 200

struct _HearthFoodsWindow
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkSearchEntry      *search_entry;
  AdwPreferencesGroup *recipes_group;
  GtkListBox          *recipes_list;
  AdwPreferencesGroup *foods_group;
  GtkListBox          *foods_list;
  AdwStatusPage       *empty_page;

  HearthStore         *store;
  GtkWindow           *last_dialog;   /* weak */
};

G_DEFINE_FINAL_TYPE (HearthFoodsWindow, hearth_foods_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HearthFoodsWindow *
hearth_foods_window_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_FOODS_WINDOW, "store", store, NULL);
}

static guint
count_children (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

guint
_hearth_foods_window_count_rows (HearthFoodsWindow *self,
                                 gboolean           recipes)
{
  return count_children (GTK_WIDGET (recipes ? self->recipes_list : self->foods_list));
}

GtkEditable *
_hearth_foods_window_get_search (HearthFoodsWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkWindow *
_hearth_foods_window_get_last_dialog (HearthFoodsWindow *self)
{
  return self->last_dialog;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_row (HearthFood *food,
            const char *recipe_uuid,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_food_get_name (food));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "hearth-food", g_object_ref (food), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "hearth-recipe", g_strdup (recipe_uuid), g_free);
  return row;
}

/* The list as the search says: every food by name while it is empty. */
static void
refresh (HearthFoodsWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GListModel) foods = NULL;
  g_autoptr(GPtrArray) recipes = NULL;
  g_autoptr(GHashTable) recipe_of_food = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  guint n_recipes = 0, n_foods = 0;

  clear_list (self->recipes_list);
  clear_list (self->foods_list);

  recipes = hearth_store_list_recipes (self->store, &error);
  if (recipes == NULL)
    {
      g_warning ("Could not list recipes: %s", error->message);
      return;
    }
  for (guint i = 0; i < recipes->len; i++)
    {
      HearthRecipe *recipe = recipes->pdata[i];

      g_hash_table_insert (recipe_of_food, recipe->food_uuid, recipe);
    }

  foods = query[0] == '\0' ? hearth_store_list_foods (self->store, &error)
                           : hearth_store_search_foods (self->store, query, MAX_FOODS, &error);
  if (foods == NULL)
    {
      g_warning ("Could not list foods: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (foods) && n_recipes + n_foods < MAX_FOODS; i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (foods, i);
      HearthRecipe *recipe = g_hash_table_lookup (recipe_of_food, hearth_food_get_uuid (food));

      /* The family's own foods and recipes: the USDA reference foods are
       * found in a meal's food search and cannot be edited. */
      if (hearth_food_is_reference (food))
        continue;
      if (recipe != NULL)
        {
          g_autofree char *kcal = hearth_diet_format_energy (recipe->per_portion.energy_kcal, unit);
          g_autofree char *portions = hearth_diet_format_number (recipe->portions);
          g_autofree char *subtitle = NULL;

          if (unit == HEARTH_ENERGY_UNIT_KJ)
            /* Translators: a recipe in the list: its portions, then the energy of one in kilojoules */
            subtitle = g_strdup_printf (_("%s portions · %s kJ a portion"), portions, kcal);
          else
            /* Translators: a recipe in the list: its portions, then the energy of one */
            subtitle = g_strdup_printf (_("%s portions · %s kcal a portion"), portions, kcal);

          gtk_list_box_append (self->recipes_list, create_row (food, recipe->uuid, subtitle));
          n_recipes++;
        }
      else
        {
          g_autofree char *subtitle = hearth_diet_describe_food_in (food, unit);

          gtk_list_box_append (self->foods_list, create_row (food, NULL, subtitle));
          n_foods++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recipes_group), n_recipes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->foods_group), n_foods > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), n_recipes + n_foods == 0);
}

static void
on_search_changed_cb (HearthFoodsWindow *self,
                      GtkSearchEntry    *entry)
{
  refresh (self);
}

static void
on_dialog_destroy_cb (HearthFoodsWindow *self,
                      GtkWidget         *dialog)
{
  refresh (self);
}

/* "Deleted Rice" with Undo (foods.undelete). */
static void
on_dialog_deleted_cb (HearthFoodsWindow *self,
                      const char        *food_uuid,
                      const char        *name,
                      GtkWidget         *dialog)
{
  /* Translators: a toast, "Deleted Rice" */
  g_autofree char *title = g_strdup_printf (_("Deleted %s"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "foods.undelete");
  adw_toast_set_action_target_value (toast, g_variant_new_string (food_uuid));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undelete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_store_undelete_food (self->store, g_variant_get_string (param, NULL), &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  refresh (self);
}

static void
show_dialog (HearthFoodsWindow *self,
             GtkWindow         *dialog)
{
  if (g_signal_lookup ("deleted", G_OBJECT_TYPE (dialog)) != 0)
    g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_dialog_deleted_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  gtk_window_set_modal (dialog, TRUE);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->last_dialog, dialog);
  gtk_window_present (dialog);
}

static void
open_row (HearthFoodsWindow *self,
          GtkListBoxRow     *row)
{
  HearthFood *food = g_object_get_data (G_OBJECT (row), "hearth-food");
  const char *recipe_uuid = g_object_get_data (G_OBJECT (row), "hearth-recipe");

  if (recipe_uuid != NULL)
    show_dialog (self, GTK_WINDOW (hearth_recipe_dialog_new (self->store, recipe_uuid)));
  else if (food != NULL)
    show_dialog (self, GTK_WINDOW (hearth_food_dialog_new (self->store, food)));
}

gboolean
_hearth_foods_window_open_row (HearthFoodsWindow *self,
                               const char        *name)
{
  GtkListBox *lists[] = { self->recipes_list, self->foods_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (lists[l])); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), name) == 0)
        {
          open_row (self, GTK_LIST_BOX_ROW (c));
          return TRUE;
        }
  return FALSE;
}

static void
on_row_activated_cb (HearthFoodsWindow *self,
                     GtkListBoxRow     *row,
                     GtkListBox        *list)
{
  open_row (self, row);
}

static void
add_food_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (widget);

  show_dialog (self, GTK_WINDOW (hearth_food_dialog_new (self->store, NULL)));
}

static void
add_recipe_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (widget);

  show_dialog (self, GTK_WINDOW (hearth_recipe_dialog_new (self->store, NULL)));
}

static void
hearth_foods_window_constructed (GObject *object)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (object);

  G_OBJECT_CLASS (hearth_foods_window_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  /* A read-only journal is shown, never changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "foods.add-food", !hearth_store_is_read_only (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "foods.add-recipe", !hearth_store_is_read_only (self->store));
  refresh (self);
}

static void
hearth_foods_window_dispose (GObject *object)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (object);

  g_clear_weak_pointer (&self->last_dialog);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FOODS_WINDOW);

  G_OBJECT_CLASS (hearth_foods_window_parent_class)->dispose (object);
}

static void
hearth_foods_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_foods_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthFoodsWindow *self = HEARTH_FOODS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_foods_window_class_init (HearthFoodsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_foods_window_constructed;
  object_class->dispose = hearth_foods_window_dispose;
  object_class->get_property = hearth_foods_window_get_property;
  object_class->set_property = hearth_foods_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-foods-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, recipes_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, recipes_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, foods_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, foods_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodsWindow, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "foods.add-food", NULL, add_food_action);
  gtk_widget_class_install_action (widget_class, "foods.add-recipe", NULL, add_recipe_action);
  gtk_widget_class_install_action (widget_class, "foods.undelete", "s", undelete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_foods_window_init (HearthFoodsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
