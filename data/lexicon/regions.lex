# CAMEO regional codes (CAMEO.regions.tsv) with the names news uses for them.
region AFR : Africa | African continent
adjective AFR : African
demonym AFR : Africans
region ASA : Asia | Asia-Pacific | Asia Pacific
adjective ASA : Asian
region CAS : Central Asia
adjective CAS : Central Asian
region CAU : Caucasus | Caucasus region | South Caucasus | North Caucasus
region CRB : Caribbean
region CRB : Caribbean nations | Caribbean states
region EAF : East Africa | Horn of Africa | Great Lakes region
adjective EAF : East African
region EEU : Eastern Europe | Central and Eastern Europe | Balkans | Baltic states | Baltics
adjective EEU : Eastern European | Balkan | Baltic
region EUR : Europe | continental Europe
adjective EUR : European
demonym EUR : Europeans
region LAM : Latin America | Central America | Latin American countries
adjective LAM : Latin American | Central American
demonym LAM : Latin Americans
region MEA : Middle East | Mideast | Near East | Levant
adjective MEA : Middle Eastern | Levantine
region NAF : North Africa | Maghreb
adjective NAF : North African | Maghrebi
region NMR : North America
adjective NMR : North American
region PGS : Persian Gulf | Gulf states | Gulf Arab states | Gulf monarchies | Arabian Gulf | Gulf region
adjective PGS : Gulf Arab
region SAF : Southern Africa
adjective SAF : Southern African
region SAM : South America
adjective SAM : South American
region SAS : South Asia | Indian subcontinent
adjective SAS : South Asian
region SCN : Scandinavia | Nordic countries | Nordic states
adjective SCN : Scandinavian | Nordic
region SEA : Southeast Asia | South-East Asia
adjective SEA : Southeast Asian | South-East Asian
region WAF : West Africa
adjective WAF : the West African   # with "the": else "the West" (WST) wins at "the" in "the West African nation of ..."
region WST : the West | Western powers | Western countries | Western nations | Western governments | Western allies
# "Western" alone is left out: it is mostly a direction ("western Cambodia").
region ARB : Arab world | Arab states | Arab countries | Arab nations
adjective ARB : Arab | pan-Arab
demonym ARB : Arabs
