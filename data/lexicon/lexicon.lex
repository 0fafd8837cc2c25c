# dyad's own lexicon: actors, agents and discards (format: docs/formats/lexicon.md).
# Order matters only within a phrase's code list; files are read in this order.
# The verb part lives in verbs/ and is read separately.

include countries.lex
include country-names.lex
include capitals.lex
include cities.lex
include regions.lex
include organisations.lex
include parties.lex
include armed-groups.lex
include people/americas.lex
include people/europe.lex
include people/asia-pacific.lex
include people/middle-east.lex
include people/africa.lex
include people/international.lex
include people/world.lex
include people/foreign-ministers.lex
include people/others.lex
include people/archive.lex
include agents.lex
include not-actors.lex
include discards.lex
