/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-growth"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* `hearth-cli classify bmi --age-months M --sex S`: a child's BMI-for-age
 * (docs/clinical.md#bmi-for-age), the BMI as shown (one decimal) placed on
 * WHO's tables; no database is used. */

static void
test_cli_growth_classify (Fixture       *f,
                          gconstpointer  data)
{
  /* 21.5 kg at 112.5 cm: BMI 16.99, shown 17.0; a boy of 61 months */
  run_ok (f, "classify", "bmi", "--kg", "21.5", "--cm", "112.5", "--age-months", "61", "--sex", "male");
  g_assert_cmpstr (f->out, ==, "overweight\nBMI 17.0 at 61 months: z-score 1.23, percentile 89.1: "
                               "Overweight (WHO Growth Reference 2007).\n");

  /* 12 kg at 86 cm: BMI 16.2; a girl of 24 months, the standards */
  run_ok (f, "classify", "bmi", "--kg", "12", "--cm", "86", "--age-months", "24", "--sex", "female");
  g_assert_cmpstr (f->out, ==, "normal\nBMI 16.2 at 24 months: z-score 0.38, percentile 64.7: "
                               "Normal (WHO Child Growth Standards 2006).\n");

  /* one month: the singular */
  run_ok (f, "classify", "bmi", "--kg", "4.5", "--cm", "54", "--age-months", "1", "--sex", "female");
  g_assert_true (g_str_has_prefix (f->out, "normal\nBMI 15.4 at 1 month: "));

  /* without --age-months, as before: no adult category under 18 */
  run_ok (f, "classify", "bmi", "--kg", "21.5", "--cm", "112.5", "--age", "5");
  g_assert_true (g_str_has_prefix (f->out, "none\n"));
}

static void
test_cli_growth_errors (Fixture       *f,
                        gconstpointer  data)
{
  run_fails (f, 1, "228 months", "classify", "bmi", "--kg", "60", "--cm", "170",
             "--age-months", "229", "--sex", "male");
  run_fails (f, 2, "--age-months", "classify", "bmi", "--kg", "60", "--cm", "170",
             "--age-months", "-1", "--sex", "male");
  run_fails (f, 2, "--age-months", "classify", "bmi", "--kg", "60", "--cm", "170",
             "--age-months", "ten", "--sex", "male");
  run_fails (f, 2, "--sex", "classify", "bmi", "--kg", "20", "--cm", "110", "--age-months", "60");
  run_fails (f, 1, "female or male", "classify", "bmi", "--kg", "20", "--cm", "110",
             "--age-months", "60", "--sex", "other");
  run_fails (f, 2, "--sex", "classify", "bmi", "--kg", "20", "--cm", "110",
             "--age-months", "60", "--sex", "boy");
  run_fails (f, 2, "--age-months", "classify", "bmi", "--kg", "20", "--cm", "110", "--sex", "male");
  run_fails (f, 2, "--age", "classify", "bmi", "--kg", "20", "--cm", "110",
             "--age-months", "60", "--age", "5", "--sex", "male");
  run_fails (f, 2, "--cutoffs", "classify", "bmi", "--kg", "20", "--cm", "110",
             "--age-months", "60", "--sex", "male", "--cutoffs", "china");
  run_fails (f, 2, "--kg", "classify", "bmi", "--kg", "0", "--cm", "110",
             "--age-months", "60", "--sex", "male");
}

/* `classify height` and `classify weight`: the z-score, then the sentence;
 * WHO's own SD columns give round z-scores. */
static void
test_cli_growth_height_weight (Fixture       *f,
                               gconstpointer  data)
{
  /* girls, 228 months, height: WHO 2007 prints SD2 = 176.237 cm */
  run_ok (f, "classify", "height", "--cm", "176.237", "--age-months", "228", "--sex", "female");
  g_assert_cmpstr (f->out, ==, "2.00\nHeight 176.2 cm at 228 months: z-score 2.00, percentile 97.7 "
                               "(WHO Growth Reference 2007).\n");
  /* boys at birth, length 53.7 cm (hand-computed z 2.0157) */
  run_ok (f, "classify", "height", "--cm", "53.7", "--age-months", "0", "--sex", "male");
  g_assert_true (g_str_has_prefix (f->out, "2.02\nHeight 53.7 cm at 0 months: z-score 2.02, percentile 97.8 "));
  /* boys at 1 month, weight: M 4.4709 kg is the median */
  run_ok (f, "classify", "weight", "--kg", "4.4709", "--age-months", "1", "--sex", "male");
  g_assert_cmpstr (f->out, ==, "0.00\nWeight 4.5 kg at 1 month: z-score 0.00, percentile 50.0 "
                               "(WHO Child Growth Standards 2006).\n");

  /* refusals: weight past 10 years, a sex that is neither, missing or bad values */
  run_fails (f, 1, "120 months", "classify", "weight", "--kg", "30", "--age-months", "121", "--sex", "male");
  run_fails (f, 1, "228 months", "classify", "height", "--cm", "150", "--age-months", "229", "--sex", "male");
  run_fails (f, 1, "female or male", "classify", "height", "--cm", "150", "--age-months", "100", "--sex", "other");
  run_fails (f, 2, "--cm", "classify", "height", "--age-months", "100", "--sex", "male");
  run_fails (f, 2, "--kg", "classify", "weight", "--kg", "0", "--age-months", "10", "--sex", "male");
  run_fails (f, 2, "--age-months", "classify", "weight", "--kg", "8", "--age-months", "-1", "--sex", "male");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("growth/classify", test_cli_growth_classify);
  ADD ("growth/errors", test_cli_growth_errors);
  ADD ("growth/height-weight", test_cli_growth_height_weight);

  return g_test_run ();
}
