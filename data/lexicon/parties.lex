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
org LBNOPP : Lebanese Forces party | Lebanese Forces Party | Kataeb party | Phalange party   # "Lebanese forces" in lower case is the army: only with "party"
org ROUOPP : Alliance for the Union of Romanians | AUR
org DEUGOV : CDU-led government | German coalition government
org : Freedom Party of Austria | FPOe | FPÖ | FPO
    AUTGOV 2000-02..2005-04 medium # junior partner under Schuessel
    AUTGOV 2017-12..2019-05 high   # junior partner under Kurz
    AUTOPP
org : Party for Freedom | PVV
    NLDGOV 2024-07..2025-06 high   # in the Schoof coalition until it left in June 2025
    NLDOPP
org ISROPP : Yesh Atid | Blue and White | Yisrael Beytenu | Benny Gantz's National Unity party | Benny Gantz 's National Unity party
org : Religious Zionism | Religious Zionist Party | Jewish Power | Otzma Yehudit
    ISRGOV 2022-12.. medium        # in Netanyahu's coalition (Jewish Power out January-March 2025)
    ISROPP
org : Free Patriotic Movement | FPM
    LBNGOV 2016-10..2022-10 medium # Michel Aoun's party while he was president
    LBNOPP

# --- ruling and opposition parties of more countries, 1990s-2026 (added 2026-11) ---
# Post-Soviet states
org : Servant of the People | Servant of the People party
    UKRGOV 2019-05.. high          # Zelensky's party, majority since July 2019
    UKROPP
org : European Solidarity | European Solidarity party | Petro Poroshenko Bloc | Poroshenko Bloc
    UKRGOV 2014-06..2019-05 medium # Poroshenko's party while he was president
    UKROPP
org : Batkivshchyna | Fatherland party | Tymoshenko's Fatherland party | Tymoshenko 's Fatherland party
    UKRGOV 2007-12..2010-03 medium # Tymoshenko prime minister
    UKROPP
org : Party of Regions
    UKRGOV 2010-02..2014-02 high   # Yanukovych president
    UKROPP
org UKROPP : Opposition Platform - For Life | Opposition Platform-For Life | Opposition Platform for Life   # banned in 2022
org RUSOPP : Communist Party of the Russian Federation | KPRF | Yabloko | Yabloko party | Anti-Corruption Foundation | FBK | Navalny's Anti-Corruption Foundation | A Just Russia | Navalny 's Anti-Corruption Foundation
org : Party of Action and Solidarity | PAS party | Moldova's ruling party | Moldova 's ruling party
    MDAOPP ..2020-12 high
    MDAGOV 2020-12.. high          # Maia Sandu president from December 2020
org : Party of Socialists of the Republic of Moldova | Party of Socialists | PSRM
    MDAGOV 2016-12..2020-12 medium # Igor Dodon president
    MDAOPP
org MDAOPP : Shor party | Shor bloc   # Ilan Shor's movements, banned 2023
org : Civil Contract | Civil Contract party
    ARMOPP ..2018-05 high
    ARMGOV 2018-05.. high          # Pashinyan's party
org : Republican Party of Armenia
    ARMGOV ..2018-05 high
    ARMOPP
org ARMOPP : Armenia Alliance | Hayastan alliance | Prosperous Armenia
org AZEGOV : New Azerbaijan Party | Yeni Azerbaijan
org : Azerbaijan Popular Front Party | Popular Front of Azerbaijan | Azerbaijani Popular Front
    AZEGOV 1992-06..1993-06 medium # Elchibey president
    AZEOPP
org AZEOPP : Musavat | Musavat party | Azadliq | Azadliq bloc | Azadliq coalition | Republican Alternative | National Council of Democratic Forces
org BLROPP : Belarusian Popular Front | Belarusian opposition Coordination Council | Belarus's Coordination Council | Belarus 's Coordination Council

# South and Southeast Asia
org : Jamiat Ulema-e-Islam | Jamiat Ulema-e-Islam-Fazl | JUI-F | Jamiat Ulema-i-Islam
    PAKGOV 2022-04..2023-08 medium # in the PDM coalition government
    PAKOPP
org PAKOPP : Muttahida Qaumi Movement | MQM | MQM-P | Pakistan Democratic Movement | PDM
person : Fazlur Rehman | Fazl-ur-Rehman | Maulana Fazlur Rehman | Maulana Fazl-ur-Rehman | Fazal-ur-Rehman
    PAKOPP                         # JUI-F leader
org KHMGOV : Cambodian People's Party | Cambodian People 's Party | Hun Sen's party | Hun Sen 's party
org KHMOPP : Cambodia National Rescue Party | CNRP | Candlelight Party | Sam Rainsy Party
person : Sam Rainsy
    KHMOPP                         # exiled opposition leader
person : Kem Sokha
    KHMOPP
org : United Malays National Organisation | United Malays National Organization | UMNO
    MYSGOV ..2018-05 high
    MYSOPP 2018-05..2020-02 high
    MYSGOV 2020-03.. medium        # in the Muhyiddin, Ismail Sabri and Anwar governments
org : Pakatan Harapan | Alliance of Hope
    MYSGOV 2018-05..2020-02 high
    MYSOPP 2020-03..2022-11 high
    MYSGOV 2022-11.. high          # Anwar Ibrahim's coalition
    MYSOPP
org : Perikatan Nasional
    MYSGOV 2020-03..2022-11 high
    MYSOPP
org : Indonesian Democratic Party of Struggle | PDI-P | PDI - P
    IDNGOV 2001-07..2004-10 high   # Megawati president
    IDNOPP 2004-10..2014-10 high
    IDNGOV 2014-10..2024-10 high   # Joko Widodo's party
    IDNOPP 2024-10.. medium        # outside Prabowo's cabinet
org : Gerindra | Gerindra party | Great Indonesia Movement Party
    IDNOPP ..2019-10 high
    IDNGOV 2019-10.. high          # Prabowo defence minister, then president
org IDNGOV : Golkar | Golkar party
org : Bhumjaithai | Bhumjaithai party | Bhumjaithai Party
    THAGOV 2019-07.. medium        # in the coalitions from 2019, Anutin prime minister from September 2025
org : Sri Lanka Podujana Peramuna | SLPP
    LKAGOV 2019-11..2024-09 high   # the Rajapaksas' party
    LKAOPP
org : National People's Power | National People 's Power | Janatha Vimukthi Peramuna | JVP
    LKAOPP ..2024-09 high
    LKAGOV 2024-09.. high          # Dissanayake's alliance

# Africa
org : Orange Democratic Movement | ODM
    KENGOV 2008-04..2013-04 medium # Raila Odinga prime minister in the coalition government
    KENGOV 2024-07.. medium        # "broad-based" government
    KENOPP
org : Jubilee Party | Jubilee party | Jubilee coalition
    KENGOV 2013-04..2022-09 high   # Uhuru Kenyatta
    KENOPP
org : United Democratic Alliance | Kenya Kwanza | Kenya Kwanza coalition
    KENOPP ..2022-09 medium
    KENGOV 2022-09.. high          # William Ruto
org KENOPP : Azimio | Azimio la Umoja | Azimio coalition | Wiper Democratic Movement | Wiper party
org UGAGOV : National Resistance Movement | NRM | NRM party
org UGAOPP : National Unity Platform | NUP | Forum for Democratic Change | FDC
org TZAOPP : Chadema | CHADEMA | ACT-Wazalendo
org : Movement for Democratic Change | MDC | MDC-T | MDC Alliance
    ZWEGOV 2009-02..2013-07 medium # unity government, Tsvangirai prime minister
    ZWEOPP
org ZWEOPP : Citizens Coalition for Change | CCC
org : United Party for National Development | UPND
    ZMBOPP ..2021-08 high
    ZMBGOV 2021-08.. high          # Hakainde Hichilema
org : Zambia's Patriotic Front | Zambia 's Patriotic Front
    ZMBGOV 2011-09..2021-08 high
    ZMBOPP
org : PASTEF | Pastef | African Patriots of Senegal for Work, Ethics and Fraternity
    SENOPP ..2024-03 high
    SENGOV 2024-04.. high          # Faye and Sonko
org SENOPP : Alliance for the Republic | APR party   # Macky Sall's party
org CIVGOV : RHDP | Rally of Houphouetists for Democracy and Peace | Rally of Houphouëtists for Democracy and Peace
org CIVOPP : PDCI | Democratic Party of Ivory Coast | Democratic Party of Cote d'Ivoire | PPA-CI | African Peoples' Party-Ivory Coast | African Peoples ' Party-Ivory Coast
org : Ivorian Popular Front | FPI
    CIVGOV 2000-10..2011-04 high   # Laurent Gbagbo
    CIVOPP
org : National Democratic Congress of Ghana | Ghana's National Democratic Congress | Ghana 's National Democratic Congress   # bare "NDC" is also a climate pledge
    GHAGOV ..2001-01 high
    GHAOPP 2001-01..2009-01 high
    GHAGOV 2009-01..2017-01 high
    GHAOPP 2017-01..2025-01 high
    GHAGOV 2025-01.. high          # John Mahama
org : New Patriotic Party | Ghana's New Patriotic Party | Ghana 's New Patriotic Party
    GHAOPP ..2001-01 high
    GHAGOV 2001-01..2009-01 high
    GHAOPP 2009-01..2017-01 high
    GHAGOV 2017-01..2025-01 high
    GHAOPP
org : Renamo | RENAMO | Mozambican National Resistance
    MOZREB ..1992-10 high          # rebels until the Rome accord
    MOZOPP

# Europe
org : Spanish Socialist Workers' Party | Spanish Socialist Workers ' Party | PSOE | Spain's Socialists | Spain 's Socialists
    ESPGOV 2004-04..2011-12 high
    ESPGOV 2018-06.. high          # Pedro Sanchez
    ESPOPP
org : Spain's People's Party | Spanish People's Party | Partido Popular | Spain 's People 's Party | Spanish People 's Party
    ESPGOV 1996-05..2004-04 high
    ESPGOV 2011-12..2018-06 high
    ESPOPP
org ESPOPP : Vox party | Spain's Vox | Spain 's Vox | Junts | Junts per Catalunya | Republican Left of Catalonia | ERC
org : Brothers of Italy | Fratelli d'Italia | Fratelli d ' Italia
    ITAGOV 2022-10.. high          # Giorgia Meloni
    ITAOPP
org : Forza Italia
    ITAGOV 2001-06..2006-05 high
    ITAGOV 2008-05..2011-11 high
    ITAGOV 2022-10.. high
    ITAOPP
org : Northern League | Lega | League party | Italy's League | Italy 's League
    ITAGOV 2018-06..2019-09 high
    ITAGOV 2022-10.. high
    ITAOPP
org : Five Star Movement | M5S | Five-Star Movement
    ITAGOV 2018-06..2022-07 high
    ITAOPP
org : Italy's Democratic Party | Italian Democratic Party | Democratic Party of Italy | Italy 's Democratic Party
    ITAGOV 2013-04..2018-06 high
    ITAGOV 2019-09..2022-10 high
    ITAOPP
org PRTOPP : Chega | Chega party
org : Syriza
    GRCGOV 2015-01..2019-07 high
    GRCOPP
org : New Democracy | New Democracy party
    GRCGOV 2004-03..2009-10 high
    GRCGOV 2012-06..2015-01 high
    GRCGOV 2019-07.. high          # Kyriakos Mitsotakis
    GRCOPP
org : Smer | Smer-SD | Smer party
    SVKGOV 2006-07..2010-07 high
    SVKGOV 2012-04..2020-03 high
    SVKGOV 2023-10.. high          # Robert Fico
    SVKOPP
org SVKOPP : Progressive Slovakia
org : ANO party | ANO 2011 | Babis's ANO | Babis 's ANO
    CZEGOV 2017-12..2021-12 high
    CZEGOV 2025-12.. medium        # Babis prime minister again
    CZEOPP
org : Renaissance party | La Republique En Marche | La République En Marche | LREM | Macron's party | Macron 's party
    FRAGOV 2017-05.. high
org : Les Republicains | Les Républicains | The Republicans party of France
    FRAGOV 2024-09.. medium        # in the Barnier, Bayrou and Lecornu governments
    FRAOPP
org : French Socialist Party | France's Socialist Party | France 's Socialist Party
    FRAGOV 2012-05..2017-05 high
    FRAOPP
org : German Greens | Germany's Greens | Germany 's Greens | Alliance 90/The Greens
    DEUGOV 1998-10..2005-11 high
    DEUGOV 2021-12..2025-05 high
    DEUOPP
org : Free Democratic Party | Free Democrats | FDP
    DEUGOV 2009-10..2013-12 high
    DEUGOV 2021-12..2024-11 high
    DEUOPP
org POLOPP : Confederation party | Konfederacja
org SWEOPP : Sweden Democrats

# Americas
org : Liberal Party of Canada | Canada's Liberal Party | Canadian Liberals | Canada 's Liberal Party
    CANGOV 1993-11..2006-02 high
    CANGOV 2015-11.. high
    CANOPP
org : Conservative Party of Canada | Canada's Conservatives | Canadian Conservatives | Canada 's Conservatives
    CANGOV 2006-02..2015-11 high
    CANOPP
org CANOPP : New Democratic Party of Canada | Bloc Quebecois | Bloc Québécois
org : Institutional Revolutionary Party | PRI party
    MEXGOV ..2000-11 high
    MEXGOV 2012-12..2018-11 high
    MEXOPP
org : National Action Party | PAN party
    MEXGOV 2000-12..2012-11 high
    MEXOPP
org : Historic Pact | Pacto Historico | Pacto Histórico
    COLGOV 2022-08.. high          # Gustavo Petro
    COLOPP
org : Democratic Center party | Centro Democratico | Centro Democrático
    COLGOV 2018-08..2022-08 high   # Ivan Duque
    COLOPP
org VENOPP : Vente Venezuela | Democratic Unitary Platform | Unitary Platform | Democratic Unity Roundtable | MUD coalition
org : Movement for Socialism | Movement Toward Socialism | Movement towards Socialism | MAS party
    BOLGOV 2006-01..2019-11 high
    BOLGOV 2020-11..2025-11 high
    BOLOPP
org : Citizen Revolution | Citizen Revolution Movement | Revolucion Ciudadana | Revolución Ciudadana
    ECUOPP                         # Rafael Correa's movement, in opposition since 2017
org : Nuevas Ideas | New Ideas party
    SLVGOV 2019-06.. high          # Nayib Bukele
    SLVOPP
org : Libre party | Liberty and Refoundation
    HNDGOV 2022-01..2026-01 medium # Xiomara Castro
    HNDOPP
org : National Party of Honduras
    HNDGOV 2010-01..2022-01 high
    HNDGOV 2026-01.. medium        # Nasry Asfura
    HNDOPP
org : Republican Party of Chile | Chile's Republican Party | Chile 's Republican Party
    CHLOPP ..2026-03 high
    CHLGOV 2026-03.. medium        # Jose Antonio Kast president
