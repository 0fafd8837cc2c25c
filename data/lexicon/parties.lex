# Political parties, juntas and ruling bodies in the news, written by the project. A party is
# coded as its country's government (GOV) while it leads the government and as the opposition
# (OPP) otherwise, so its codes are dated like a person's; the month is the month power
# changed hands (the earlier code wins where two ranges share a month). Open ends after an
# election the project has not checked are marked medium. Bare acronyms that are other words
# or other bodies (PTI, DA, PP, LDP, SP) are left out; "Labour" and "Conservatives" alone are
# ambiguous across countries and left out too.

# ---------------- single-party and dominant-party states ----------------
org CHNGOV : Chinese Communist Party | Communist Party of China | CCP | CPC | Communist Party Central Committee | Politburo Standing Committee | Central Military Commission
org PRKGOV : Workers' Party of Korea | Korean Workers' Party | Workers Party of Korea | Workers ' Party of Korea | Korean Workers ' Party
org VNMGOV : Communist Party of Vietnam | Vietnamese Communist Party
org CUBGOV : Communist Party of Cuba | Cuban Communist Party
org LAOGOV : Lao People's Revolutionary Party | Lao People 's Revolutionary Party
org RUSGOV : United Russia | United Russia party
org ZAFGOV : African National Congress | ANC | ANC party   # in government since 1994 (a coalition from June 2024)
org VENGOV : United Socialist Party of Venezuela | PSUV
org NICGOV : Sandinista National Liberation Front | Sandinistas
org SYRGOV : Syrian Arab Socialist Baath Party
org RWAGOV : Rwandan Patriotic Front | RPF
org ERIGOV : People's Front for Democracy and Justice | PFDJ | People 's Front for Democracy and Justice
org ZWEGOV : ZANU-PF | Zimbabwe African National Union-Patriotic Front
org AGOGOV : MPLA | Popular Movement for the Liberation of Angola
org MOZGOV : Frelimo | FRELIMO
org TZAGOV : Chama Cha Mapinduzi | CCM
org ETHGOV : Prosperity Party   # Abiy Ahmed's party, founded December 2019
org CMRGOV : Cameroon People's Democratic Movement | CPDM | Cameroon People 's Democratic Movement
org KAZGOV : Amanat party | Nur Otan

# ---------------- juntas and transitional bodies ----------------
org : State Administration Council | Myanmar junta | Myanmar's junta | Myanmar military government | Burmese junta | Myanmar 's junta
    MMRGOV 2021-02.. high          # the military's council after the February 2021 coup
org MMRMIL : Tatmadaw | Myanmar military | Myanmar army | Myanmar armed forces | Burmese military | Burmese army
org : National League for Democracy | NLD
    MMROPP ..2016-03 high
    MMRGOV 2016-04..2021-01 high
    MMROPP 2021-02.. high          # ousted by the coup, dissolved by the junta in 2023
org : National Unity Government of Myanmar | Myanmar's National Unity Government | Myanmar's shadow government | Myanmar 's National Unity Government | Myanmar 's shadow government
    MMROPP 2021-04.. high
org : Alliance of Sahel States | Confederation of Sahel States | AES
    IGOWAF 2023-09.. medium        # Mali, Burkina Faso and Niger after leaving ECOWAS
org : Sudan's Sovereign Council | Sovereignty Council | Sovereign Council of Sudan | Transitional Sovereignty Council | Sudan 's Sovereign Council
    SDNGOV 2019-08.. high
org : National Council for the Defence of the Homeland | CNSP
    NERGOV 2023-07.. high          # Niger's junta

# ---------------- United States and United Kingdom ----------------
org : Republican Party | Republican National Committee | RNC | House Republicans | Senate Republicans | congressional Republicans
    USAOPP ..2000-12 medium
    USAGOV 2001-01..2009-01 medium # holds the presidency; the party's legislators are USALEG as well
    USAOPP 2009-02..2017-01 medium
    USAGOV 2017-02..2021-01 medium
    USAOPP 2021-02..2025-01 medium
    USAGOV 2025-02.. medium
org : Democratic National Committee | DNC | House Democrats | Senate Democrats | congressional Democrats
    USAGOV ..2000-12 medium
    USAOPP 2001-01..2009-01 medium
    USAGOV 2009-02..2017-01 medium
    USAOPP 2017-02..2021-01 medium
    USAGOV 2021-02..2025-01 medium
    USAOPP 2025-02.. medium
org : Conservative Party | British Conservative Party | Tory party | the Tories
    GBROPP ..2010-04 high
    GBRGOV 2010-05..2024-06 high
    GBROPP 2024-07.. high
org : British Labour Party | UK Labour Party | Labour Party of Britain
    GBRGOV ..2010-04 high
    GBROPP 2010-05..2024-06 high
    GBRGOV 2024-07.. high
org : Liberal Democrats | Lib Dems
    GBROPP ..2010-04 high
    GBRGOV 2010-05..2015-04 high   # coalition with the Conservatives
    GBROPP 2015-05.. high
org GBROPP : Reform UK | Scottish National Party | SNP | Plaid Cymru | UK Independence Party | UKIP   # SNP governs Scotland, not the UK

# ---------------- Europe ----------------
org : Christian Democratic Union | CDU | CDU/CSU | Christian Social Union | CSU
    DEUOPP ..2005-10 high
    DEUGOV 2005-11..2021-11 high
    DEUOPP 2021-12..2025-04 high
    DEUGOV 2025-05.. high
org : Social Democratic Party of Germany | SPD
    DEUGOV ..2009-09 high
    DEUOPP 2009-10..2013-11 high
    DEUGOV 2013-12.. high          # grand coalitions, Scholz's government, Merz's coalition
org DEUOPP : Alternative for Germany | Alternative fuer Deutschland | Alternative für Deutschland | Die Linke | Left Party
org FRAOPP : National Rally | Rassemblement National | Front National | France Unbowed | La France Insoumise | LFI
org : Fidesz | Fidesz party
    HUNOPP ..2010-04 high
    HUNGOV 2010-05.. medium        # open end: the April 2026 election not checked
org : Law and Justice | Law and Justice party | PiS
    POLOPP ..2005-10 high
    POLGOV 2005-11..2007-10 high
    POLOPP 2007-11..2015-10 high
    POLGOV 2015-11..2023-11 high
    POLOPP 2023-12.. high
org : Civic Platform | Civic Coalition
    POLOPP ..2007-10 high
    POLGOV 2007-11..2015-10 high
    POLOPP 2015-11..2023-11 high
    POLGOV 2023-12.. high
org : Georgian Dream | Georgian Dream party
    GEOOPP ..2012-09 high
    GEOGOV 2012-10.. high
org GEOOPP : United National Movement
org : Justice and Development Party | AK Party | AKP | Turkey's ruling party | Turkey's ruling AK Party | Turkey 's ruling party | Turkey 's ruling AK Party
    TUROPP ..2002-10 high
    TURGOV 2002-11.. high
org TUROPP : Republican People's Party | CHP | Peoples' Democratic Party | HDP | Peoples' Equality and Democracy Party | DEM Party | IYI Party | Republican People 's Party | Peoples ' Democratic Party | Peoples ' Equality and Democracy Party
org : Nationalist Movement Party | MHP
    TURLEG high                    # the AKP's ally in parliament
org : Serbian Progressive Party | SNS
    SRBOPP ..2012-05 medium
    SRBGOV 2012-06.. high

# ---------------- Asia ----------------
org : Bharatiya Janata Party | BJP
    INDGOV ..2004-04 high
    INDOPP 2004-05..2014-04 high
    INDGOV 2014-05.. high
org : Indian National Congress | Congress party | Congress Party of India
    INDOPP ..2004-04 high
    INDGOV 2004-05..2014-04 high
    INDOPP 2014-05.. high
org : Pakistan Tehreek-e-Insaf | Pakistan Tehreek-i-Insaf | Tehreek-e-Insaf | Imran Khan's party | Imran Khan 's party
    PAKOPP ..2018-07 high
    PAKGOV 2018-08..2022-03 high
    PAKOPP 2022-04.. high
org : Pakistan Muslim League-Nawaz | Pakistan Muslim League | PML-N
    PAKOPP ..2013-05 high
    PAKGOV 2013-06..2018-05 high
    PAKOPP 2018-06..2022-03 high
    PAKGOV 2022-04.. high
org : Pakistan Peoples Party | Pakistan People's Party | PPP | Pakistan People 's Party
    PAKOPP ..2008-02 high
    PAKGOV 2008-03..2013-05 high
    PAKOPP 2013-06.. medium        # in the 2024 coalition's support but not the cabinet
org : Awami League | Bangladesh Awami League
    BGDGOV ..2001-09 high
    BGDOPP 2001-10..2008-12 high
    BGDGOV 2009-01..2024-07 high
    BGDOPP 2024-08.. high          # Hasina ousted in August 2024; the party's activities banned in 2025
org : Bangladesh Nationalist Party | BNP
    BGDOPP ..2001-09 high
    BGDGOV 2001-10..2006-10 high
    BGDOPP 2006-11.. medium        # open end: the February 2026 election not checked
org BGDOPP : Jamaat-e-Islami | Bangladesh Jamaat-e-Islami
org : Liberal Democratic Party of Japan | Japan's Liberal Democratic Party | Japan's ruling party | Japan 's Liberal Democratic Party | Japan 's ruling party
    JPNGOV ..2009-08 high
    JPNOPP 2009-09..2012-11 high
    JPNGOV 2012-12.. high
org : Democratic Party of Korea | Democratic Party of South Korea
    KOROPP ..2017-04 medium
    KORGOV 2017-05..2022-04 high
    KOROPP 2022-05..2025-05 high
    KORGOV 2025-06.. high
org : People Power Party
    KORGOV 2022-05..2025-05 high
    KOROPP
org : Pheu Thai | Pheu Thai Party
    THAGOV 2023-08..2025-08 medium
    THAOPP
org THAOPP : People's Party of Thailand | Move Forward Party | Move Forward | People 's Party of Thailand

# ---------------- Africa and the Americas ----------------
org : All Progressives Congress | APC
    NGAOPP 2013-02..2015-04 high
    NGAGOV 2015-05.. high
org : Peoples Democratic Party of Nigeria | Nigeria's Peoples Democratic Party | Nigeria 's Peoples Democratic Party
    NGAGOV ..2015-04 high
    NGAOPP 2015-05.. high
org : Democratic Alliance of South Africa | South Africa's Democratic Alliance | South Africa 's Democratic Alliance
    ZAFOPP ..2024-05 high
    ZAFGOV 2024-06.. high          # in the government of national unity
org ZAFOPP : Economic Freedom Fighters | EFF | uMkhonto weSizwe party | MK party
org : Workers' Party of Brazil | Brazil's Workers' Party | Workers Party of Brazil | Workers ' Party of Brazil | Brazil 's Workers ' Party
    BRAOPP ..2002-12 high
    BRAGOV 2003-01..2016-08 high
    BRAOPP 2016-09..2022-12 high
    BRAGOV 2023-01.. high
org : National Regeneration Movement | Morena party
    MEXOPP ..2018-11 high
    MEXGOV 2018-12.. high
org : La Libertad Avanza | Liberty Advances
    ARGOPP ..2023-11 high
    ARGGOV 2023-12.. high
org : Peronists | Peronist party | Justicialist Party
    ARGGOV 2002-01..2015-11 medium  # Duhalde, Nestor and Cristina Kirchner
    ARGOPP 2015-12..2019-11 high
    ARGGOV 2019-12..2023-11 high
    ARGOPP 2023-12.. high
org : Homeland Union | Homeland Union-Lithuanian Christian Democrats | TS-LKD
    LTUGOV 1996-11..2000-10 medium # Lithuania's conservatives, in government three times
    LTUGOV 2008-12..2012-12 medium
    LTUGOV 2020-12..2024-12 medium
    LTUOPP
org : National Umma Party | Sudanese Umma Party | Sudan's Umma Party | Sudan 's Umma Party | Umma National Party   # Sudan, the Mahdi family's party
    SDNGOV 1986-05..1989-06 high   # Sadiq al-Mahdi's governments
    SDNOPP
# "Umma" is "nation": Algeria, Kuwait, Egypt, Tanzania and Pakistan have Umma parties too, so the
# bare name is an opposition party of no known country (the story's context may place it)
org ---OPP : Umma Party

# --- more parties of 2020s elections (added 2026-11) ---
org : Kuomintang | KMT | Chinese Nationalist Party | Taiwan's Kuomintang | Taiwan 's Kuomintang
    TWNGOV ..2000-05 high
    TWNOPP 2000-05..2008-05 high
    TWNGOV 2008-05..2016-05 high
    TWNOPP 2016-05.. high
org : Democratic Progressive Party | DPP | Taiwan's Democratic Progressive Party | Taiwan 's Democratic Progressive Party   # "DPP" is Taiwan's in news; Nigeria's is "PDP"
    TWNOPP ..2000-05 high
    TWNGOV 2000-05..2008-05 high
    TWNOPP 2008-05..2016-05 high
    TWNGOV 2016-05.. high
org TWNOPP : Taiwan People's Party | Taiwan People 's Party | TPP of Taiwan
org : Liberal Democratic Party | LDP   # in current news the party of Japan; Russia's is listed with "of Russia"
    JPNGOV ..2009-08 high
    JPNOPP 2009-09..2012-11 high
    JPNGOV 2012-12.. high
org RUSLEG : Liberal Democratic Party of Russia | LDPR
org JPNOPP : Constitutional Democratic Party of Japan | Constitutional Democratic Party | CDP of Japan
org : Komeito
    JPNGOV 2012-12..2025-10 high   # the LDP's partner until October 2025
    JPNOPP
org HUNOPP : Tisza | Tisza party | Respect and Freedom party   # Peter Magyar's party
org : Morena | Morena party of Mexico
    MEXOPP ..2018-11 high
    MEXGOV 2018-12.. high
org LBNOPP : Lebanese Forces party | Lebanese Forces Party | Free Patriotic Movement | Kataeb party | Phalange party   # "Lebanese forces" in lower case is the army: only with "party"
org ROUOPP : Alliance for the Union of Romanians | AUR
org DEUGOV : CDU-led government | German coalition government
org AUTOPP : Freedom Party of Austria | FPOe | FPÖ | FPO
org NLDOPP : Party for Freedom | PVV
org ISROPP : Yesh Atid | Blue and White | Yisrael Beytenu | Benny Gantz's National Unity party | Benny Gantz 's National Unity party
org : Religious Zionism | Religious Zionist Party | Jewish Power | Otzma Yehudit
    ISRGOV 2022-12.. medium        # in Netanyahu's coalition (Jewish Power out January-March 2025)
    ISROPP
