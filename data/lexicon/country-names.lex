# Other names, adjectives and demonyms of countries, written by the project.
# Base names (from ISO 3166) are in countries.lex. Codes are ISO alpha-3 (CAMEO's country codes).
# Ambiguous words are listed only where the country reading dominates in news; the
# exceptions live in not-actors.lex.

# States not in ISO 3166-1
country KSV : Kosovo | Republic of Kosovo
adjective KSV : Kosovar | Kosovan
demonym KSV : Kosovars | Kosovans

# --- Africa ---
adjective DZA : Algerian
demonym DZA : Algerians
adjective AGO : Angolan
demonym AGO : Angolans
name BEN : Dahomey   # until 1975
adjective BEN : Beninese | Beninois
adjective BWA : Botswanan | Motswana
demonym BWA : Batswana | Botswanans
name BFA : Upper Volta
adjective BFA : Burkinabe | Burkinabé
demonym BFA : Burkinabes
adjective BDI : Burundian
demonym BDI : Burundians
name CPV : Cape Verde
adjective CPV : Cape Verdean | Cabo Verdean
demonym CPV : Cape Verdeans
adjective CMR : Cameroonian
demonym CMR : Cameroonians
adjective CAF : Central African
demonym CAF : Central Africans
adjective TCD : Chadian
demonym TCD : Chadians
adjective COM : Comoran | Comorian
demonym COM : Comorans | Comorians
name COD : Congo | DR Congo | DRC | D.R.C. | Democratic Republic of Congo | Congo-Kinshasa | Zaire
adjective COD : Congolese
adjective COD : Zairean | Zairian   # Zaire, 1971-1997
demonym COD : Zaireans | Zairians
name COG : Republic of Congo | Congo-Brazzaville | Congo Brazzaville
name CIV : Ivory Coast
adjective CIV : Ivorian
demonym CIV : Ivorians
adjective DJI : Djiboutian
demonym DJI : Djiboutians
adjective EGY : Egyptian
demonym EGY : Egyptians
adjective GNQ : Equatorial Guinean | Equatoguinean
demonym GNQ : Equatorial Guineans
adjective ERI : Eritrean
demonym ERI : Eritreans
name SWZ : Swaziland
adjective SWZ : Swazi
demonym SWZ : Swazis
adjective ETH : Ethiopian
demonym ETH : Ethiopians
adjective GAB : Gabonese
adjective GMB : Gambian
demonym GMB : Gambians
adjective GHA : Ghanaian
demonym GHA : Ghanaians
adjective GIN : Guinean
demonym GIN : Guineans
name GIN : Guinea-Conakry | Guinea Conakry
adjective GNB : Bissau-Guinean
# "Guinea Bissau" (no hyphen) is generated from "Guinea-Bissau" in countries.lex
adjective KEN : Kenyan
demonym KEN : Kenyans
adjective LSO : Basotho | Mosotho | Lesothan
adjective LBR : Liberian
demonym LBR : Liberians
adjective LBY : Libyan
demonym LBY : Libyans
adjective MDG : Malagasy | Madagascan
adjective MWI : Malawian
demonym MWI : Malawians
adjective MLI : Malian
demonym MLI : Malians
adjective MRT : Mauritanian
demonym MRT : Mauritanians
adjective MUS : Mauritian
demonym MUS : Mauritians
adjective MAR : Moroccan
demonym MAR : Moroccans
adjective MOZ : Mozambican
demonym MOZ : Mozambicans
adjective NAM : Namibian
demonym NAM : Namibians
adjective NER : Nigerien
demonym NER : Nigeriens
adjective NGA : Nigerian
demonym NGA : Nigerians
adjective RWA : Rwandan | Rwandese
demonym RWA : Rwandans
adjective STP : Sao Tomean | São Toméan
name STP : Sao Tome | São Tomé
adjective SEN : Senegalese
adjective SYC : Seychellois
adjective SLE : Sierra Leonean
demonym SLE : Sierra Leoneans
adjective SOM : Somali | Somalian
demonym SOM : Somalis | Somalians
adjective ZAF : South African
demonym ZAF : South Africans
name ZAF : RSA
adjective SSD : South Sudanese
name : southern Sudan
    SDN ..2011-06 high            # the south before independence
    SSD 2011-07.. high
adjective SDN : Sudanese
adjective TZA : Tanzanian
demonym TZA : Tanzanians
adjective TGO : Togolese
adjective TUN : Tunisian
demonym TUN : Tunisians
adjective UGA : Ugandan
demonym UGA : Ugandans
adjective ESH : Sahrawi | Saharawi | Western Saharan
demonym ESH : Sahrawis | Saharawis
adjective ZMB : Zambian
demonym ZMB : Zambians
adjective ZWE : Zimbabwean
name ZWE : Rhodesia   # until 1980
adjective ZWE : Rhodesian
demonym ZWE : Zimbabweans

# --- Middle East ---
adjective BHR : Bahraini
demonym BHR : Bahrainis
name IRN : Islamic Republic | Persia
adjective IRN : Iranian | Persian
demonym IRN : Iranians | Persians
adjective IRQ : Iraqi
demonym IRQ : Iraqis
adjective ISR : Israeli
demonym ISR : Israelis
name ISR : Jewish state
adjective JOR : Jordanian
demonym JOR : Jordanians
name JOR : Hashemite Kingdom
adjective KWT : Kuwaiti
demonym KWT : Kuwaitis
adjective LBN : Lebanese
adjective OMN : Omani
demonym OMN : Omanis
name PSE : Palestine | Palestinian territories | occupied Palestinian territories | West Bank | Gaza | Gaza Strip | occupied West Bank | the West Bank | the occupied West Bank   # "the ..." forms: else "the West" (WST) wins the longest match at "the"
adjective PSE : Palestinian | Gazan
demonym PSE : Palestinians | Gazans
adjective QAT : Qatari
demonym QAT : Qataris
name SAU : Saudi | KSA
adjective SAU : Saudi Arabian
demonym SAU : Saudis | Saudi Arabians
adjective SYR : Syrian
demonym SYR : Syrians
name TUR : Turkey | Republic of Turkey   # ISO 3166 now has only Türkiye; "Turkey" the bird: not-actors.lex
adjective TUR : Turkish
demonym TUR : Turks
name ARE : UAE | U.A.E. | Emirates | United Arab Emirate
adjective ARE : Emirati
demonym ARE : Emiratis
adjective YEM : Yemeni
demonym YEM : Yemenis
adjective CYP : Cypriot
demonym CYP : Cypriots

# --- Europe ---
adjective ALB : Albanian
demonym ALB : Albanians
adjective AND : Andorran
adjective ARM : Armenian
demonym ARM : Armenians
adjective AUT : Austrian
demonym AUT : Austrians
adjective AZE : Azerbaijani | Azeri
demonym AZE : Azerbaijanis | Azeris
adjective BLR : Belarusian | Byelorussian
demonym BLR : Belarusians
name BLR : Byelorussia
adjective BEL : Belgian
demonym BEL : Belgians
name BIH : Bosnia | Bosnia-Herzegovina
adjective BIH : Bosnian
demonym BIH : Bosnians
adjective BGR : Bulgarian
demonym BGR : Bulgarians
adjective HRV : Croatian | Croat
demonym HRV : Croatians | Croats
adjective CZE : Czech
demonym CZE : Czechs
adjective DNK : Danish
demonym DNK : Danes
adjective EST : Estonian
demonym EST : Estonians
adjective FIN : Finnish
demonym FIN : Finns
adjective FRA : French
demonym FRA : Frenchman | Frenchmen
adjective GEO : Georgian
demonym GEO : Georgians
adjective DEU : German
demonym DEU : Germans
adjective GRC : Greek | Hellenic
demonym GRC : Greeks
adjective HUN : Hungarian
demonym HUN : Hungarians
adjective ISL : Icelandic
demonym ISL : Icelanders
adjective IRL : Irish
name IRL : Republic of Ireland | Eire
adjective ITA : Italian
demonym ITA : Italians
adjective LVA : Latvian
demonym LVA : Latvians
adjective LIE : Liechtensteiner
adjective LTU : Lithuanian
demonym LTU : Lithuanians
adjective LUX : Luxembourgish | Luxembourger
adjective MLT : Maltese
adjective MDA : Moldovan
demonym MDA : Moldovans
adjective MCO : Monegasque
adjective MNE : Montenegrin
demonym MNE : Montenegrins
name NLD : Holland
adjective NLD : Dutch
demonym NLD : Dutchman | Dutchmen
name MKD : Macedonia | FYROM | Former Yugoslav Republic of Macedonia
adjective MKD : Macedonian | North Macedonian
demonym MKD : Macedonians
adjective NOR : Norwegian
demonym NOR : Norwegians
adjective POL : Polish
demonym POL : Poles
adjective PRT : Portuguese
adjective ROU : Romanian | Rumanian
demonym ROU : Romanians
name RUS : Russia
adjective RUS : Russian
demonym RUS : Russians
adjective SMR : Sammarinese
adjective SRB : Serbian | Serb
demonym SRB : Serbians | Serbs
adjective SVK : Slovak | Slovakian
demonym SVK : Slovaks
adjective SVN : Slovenian | Slovene
demonym SVN : Slovenians | Slovenes
adjective ESP : Spanish
demonym ESP : Spaniards
adjective SWE : Swedish
demonym SWE : Swedes
adjective CHE : Swiss
adjective UKR : Ukrainian
demonym UKR : Ukrainians
name GBR : Britain | Great Britain | UK | U.K. | United Kingdom of Great Britain
adjective GBR : British
demonym GBR : Briton | Britons | Brits
name GBR : England | Scotland | Wales | Northern Ireland
adjective GBR : English | Scottish | Welsh | Northern Irish
demonym GBR : Englishman | Englishmen | Scots | Scotsman
name VAT : Vatican | Vatican City

# --- Asia and the Pacific ---
adjective AFG : Afghan | Afghani
demonym AFG : Afghans
adjective BGD : Bangladeshi
demonym BGD : Bangladeshis
adjective BTN : Bhutanese
adjective BRN : Bruneian
name KHM : Kampuchea | Democratic Kampuchea | People 's Republic of Kampuchea
adjective KHM : Kampuchean   # 1975-1989 name, still in archive news
demonym KHM : Kampucheans
adjective KHM : Cambodian
demonym KHM : Cambodians
name CHN : PRC | P.R.C. | mainland China
adjective CHN : Chinese
adjective FJI : Fijian
demonym FJI : Fijians
adjective IND : Indian
demonym IND : Indians
adjective IDN : Indonesian
demonym IDN : Indonesians
adjective JPN : Japanese
adjective KAZ : Kazakh | Kazakhstani
demonym KAZ : Kazakhs | Kazakhstanis
name KOR : S. Korea | ROK
adjective KOR : South Korean
demonym KOR : South Koreans
name PRK : N. Korea | DPRK | D.P.R.K.
adjective PRK : North Korean
demonym PRK : North Koreans
name KGZ : Kirghizia
adjective KGZ : Kyrgyz | Kyrgyzstani
demonym KGZ : Kyrgyzstanis
adjective LAO : Lao | Laotian
demonym LAO : Laotians
adjective MYS : Malaysian
demonym MYS : Malaysians
adjective MDV : Maldivian
demonym MDV : Maldivians
adjective MNG : Mongolian
demonym MNG : Mongolians
name MMR : Burma
adjective MMR : Burmese | Myanmarese
adjective NPL : Nepali | Nepalese
demonym NPL : Nepalis
adjective PAK : Pakistani
demonym PAK : Pakistanis
adjective PHL : Philippine | Filipino
demonym PHL : Filipinos
adjective SGP : Singaporean
demonym SGP : Singaporeans
adjective LKA : Sri Lankan
demonym LKA : Sri Lankans
name LKA : Ceylon
adjective LKA : Ceylonese
adjective TWN : Taiwanese
name TWN : Republic of China | Formosa
adjective TJK : Tajik | Tajikistani
demonym TJK : Tajiks
adjective THA : Thai
demonym THA : Thais
name THA : Siam
name TLS : East Timor
adjective TLS : East Timorese | Timorese
adjective TKM : Turkmen | Turkmenistani
adjective UZB : Uzbek | Uzbekistani
demonym UZB : Uzbeks
adjective VNM : Vietnamese
adjective AUS : Australian
demonym AUS : Australians
adjective NZL : Kiwi
demonym NZL : New Zealanders | Kiwis
adjective PNG : Papua New Guinean
name PNG : PNG
adjective WSM : Samoan
adjective TON : Tongan
adjective VUT : Vanuatuan
adjective SLB : Solomon Islander
adjective HKG : Hong Konger
name HKG : Hong Kong SAR
adjective MAC : Macanese

# --- Americas ---
adjective ARG : Argentine | Argentinian
demonym ARG : Argentines | Argentinians
adjective BHS : Bahamian
adjective BRB : Barbadian | Bajan
adjective BLZ : Belizean
adjective BOL : Bolivian
demonym BOL : Bolivians
adjective BRA : Brazilian
demonym BRA : Brazilians
adjective CAN : Canadian
demonym CAN : Canadians
adjective CHL : Chilean
demonym CHL : Chileans
adjective COL : Colombian
demonym COL : Colombians
adjective CRI : Costa Rican
demonym CRI : Costa Ricans
adjective CUB : Cuban
demonym CUB : Cubans
adjective DOM : Dominican
demonym DOM : Dominicans
adjective ECU : Ecuadorian | Ecuadoran
demonym ECU : Ecuadorians
adjective SLV : Salvadoran | Salvadorean
demonym SLV : Salvadorans
adjective GTM : Guatemalan
demonym GTM : Guatemalans
adjective GUY : Guyanese
adjective HTI : Haitian
demonym HTI : Haitians
adjective HND : Honduran
demonym HND : Hondurans
adjective JAM : Jamaican
demonym JAM : Jamaicans
adjective MEX : Mexican
demonym MEX : Mexicans
adjective NIC : Nicaraguan
demonym NIC : Nicaraguans
adjective PAN : Panamanian
demonym PAN : Panamanians
adjective PRY : Paraguayan
demonym PRY : Paraguayans
adjective PER : Peruvian
demonym PER : Peruvians
adjective PRI : Puerto Rican
demonym PRI : Puerto Ricans
adjective SUR : Surinamese
adjective TTO : Trinidadian | Trinidad and Tobagonian
name TTO : Trinidad
name USA : U.S. | US | U.S.A. | USA | America
adjective USA : American
demonym USA : Americans
adjective URY : Uruguayan
demonym URY : Uruguayans
adjective VEN : Venezuelan
demonym VEN : Venezuelans

# Former states, coded as their CAMEO successor (CAMEO has no codes of its own for them here)
name RUS : Soviet Union | USSR | U.S.S.R.   # the Soviet Union's seat and forces passed to Russia
adjective RUS : Soviet
demonym RUS : Soviets
name SRB : Yugoslavia | Federal Republic of Yugoslavia | Serbia and Montenegro
adjective SRB : Yugoslav
name DEU : West Germany | East Germany
name CZE : Czechoslovakia
name MMR : Union of Myanmar

# Common misspellings in wire copy
name AFG : Afganistan
name ETH : Ethopia
demonym GHA : Ghanians
name NPL : Khatmandu

# --- official names with a possessive, as the tokenizer cuts them ("People 's"): the
# generated countries.lex writes them in running text, which does not match the token "'s"
name BGD : People 's Republic of Bangladesh
name CHN : People 's Republic of China
name DZA : People 's Democratic Republic of Algeria
name LAO : Lao People 's Democratic Republic
name PRK : Democratic People 's Republic of Korea

# --- adjective and demonym variants in news use (checked against the nationality list of
# countries_iso_nationality.csv; only forms that name the state's people or things)
demonym AND : Andorrans
adjective ATG : Antiguan | Barbudan
demonym ATG : Antiguans | Barbudans
adjective ARG : Argentinean
demonym ARG : Argentineans
demonym BRB : Barbadians | Bajans
demonym BLZ : Belizeans
adjective BIH : Herzegovinian
demonym BIH : Herzegovinians
demonym BRN : Bruneians
adjective ECU : Ecuadorean
demonym ECU : Ecuadoreans
adjective GRD : Grenadian
demonym GRD : Grenadians
adjective GNB : Guinea-Bissauan
demonym GNB : Bissau-Guineans | Guinea-Bissauans
adjective KGZ : Kirghiz | Kirgiz
demonym LIE : Liechtensteiners
demonym LUX : Luxembourgers
adjective MHL : Marshallese
adjective FSM : Micronesian
demonym FSM : Micronesians
demonym MCO : Monegasques
adjective NRU : Nauruan
demonym NRU : Nauruans
adjective PLW : Palauan
demonym PLW : Palauans
demonym WSM : Samoans
adjective TJK : Tadjik | Tadzhik
demonym TTO : Trinidadians
demonym TKM : Turkmens
adjective TUV : Tuvaluan
demonym TUV : Tuvaluans
demonym UZB : Uzbekistanis

# --- the divided Germany (archive news): both halves are coded DEU here (see "East Germany" above)
name DEU : FRG
adjective DEU : West German | East German | the West German | the East German   # "the ..." forms: else "the West" (WST) wins at "the"
demonym DEU : West Germans | East Germans
# West Africa's people (the region, not a state)
demonym WAF : West Africans | the West Africans
# peoples with no CAMEO ethnic code, coded as the people of the state they live in
demonym MMR : Rohingya(s) | Rohingya Muslims   # Muslim minority of Rakhine state ("Rohingya refugees in Bangladesh" is MMRREF)
demonym SDN : Masalit | ethnic Masalit | Masalit tribe   # Darfur, West Darfur State
demonym IRQ : Yazidi(s) | Yezidi(s)   # mostly of Sinjar, northern Iraq
