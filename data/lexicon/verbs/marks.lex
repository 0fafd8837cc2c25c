# Marker words: what kind of act a clause is beyond its verb (docs/formats/lexicon.md, "Marker
# words"). Written for dyad from CAMEO's definitions: an announced future action is coded as
# the intent (03) or threat (13) to do it, an obligation laid on someone as a demand (10).

# "Finland will give Tanzania a grant" -> 0331; "they would boycott the talks" -> 133.
mark future : will | would | shall | 'll
# "X said Y must release Z" -> X demands of Y (1053).
mark demand : must
# "plans to meet", "is expected to sign", "is set to visit": the complement is what the subject
# intends (only when the governor has no code of its own in these files).
mark intent : plan | intend | aim | expect | set | schedule | due | poised | likely | go | want | wish
# "rejected accusations that it had supplied drones", "dismissed reports that it had sent
# troops": the clause of such a noun is what is alleged, not an act that happened; its events
# are not coded (the accusation, rejection or denial around it is).
mark hearsay : accusation | allegation | claim | report | rumor | rumour | speculation | suggestion | charge | assertion
