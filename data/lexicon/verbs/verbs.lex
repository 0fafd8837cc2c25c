# Root of dyad's verb lexicon (docs/formats/lexicon.md, section "Verbs"): one file per CAMEO
# root, plus the irregular verb forms. LoadDyadVerbs(DIR) reads DIR/verbs/verbs.lex.

include irregular.lex
include marks.lex
include 01_statement.lex
include 02_appeal.lex
include 03_intent.lex
include 04_consult.lex
include 05_diplomatic.lex
include 06_material.lex
include 07_aid.lex
include 08_yield.lex
include 09_investigate.lex
include 10_demand.lex
include 11_disapprove.lex
include 12_reject.lex
include 13_threaten.lex
include 14_protest.lex
include 15_force_posture.lex
include 16_reduce.lex
include 17_coerce.lex
include 18_assault.lex
include 19_fight.lex
include 20_mass_violence.lex
