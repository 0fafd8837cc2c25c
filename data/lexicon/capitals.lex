# Capitals and seats of government as metonyms for a government (or another branch), written by
# the project. In news, "Moscow said" and "the Kremlin said" are the Russian government.
# Capitals that are common elsewhere (Victoria, Georgetown, Hamilton, San Jose, Male, Sofia as a
# first name) are left out; see not-actors.lex for longer phrases that are not these actors.

# --- seats and buildings ---
capital RUSGOV : the Kremlin
capital USAGOV : White House | the White House | State Department | U.S. State Department | Foggy Bottom | Oval Office
capital USAMIL : the Pentagon | Pentagon
capital USALEG : Capitol Hill | U.S. Congress | US Congress | U.S. Senate | US Senate | U.S. House of Representatives
capital USASPY : Langley
capital GBRGOV : Downing Street | Number 10 | No. 10 | No 10 | Whitehall | Foreign Office | British Foreign Office
capital GBRLEG : Westminster | House of Commons | House of Lords
capital FRAGOV : Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay | Matignon
capital FRALEG : National Assembly of France | French National Assembly
capital DEUGOV : Chancellery in Berlin | German Chancellery
capital DEULEG : Bundestag
capital ITAGOV : Palazzo Chigi
capital ESPGOV : Moncloa
capital JPNGOV : Kantei
capital : Blue House   # the presidential office until May 2022
    KORGOV ..2022-05 medium
capital CHNGOV : Zhongnanhai
capital ISRLEG : Knesset
capital RUSLEG : State Duma | Duma | Federation Council
capital BRAGOV : Planalto | Planalto Palace
capital ARGGOV : Casa Rosada
capital VENGOV : Miraflores | Miraflores Palace
capital MEXGOV : Los Pinos
capital PHLGOV : Malacanang | Malacañang | Malacanang Palace
capital IRNLEG : Majlis
capital EGYGOV : Ittihadiya Palace
capital TURGOV : Cankaya | Çankaya
capital UKRGOV : Bankova
capital ZAFGOV : Union Buildings

# --- capitals (the government) ---
capital : Kabul
    AFGGOV ..2021-07 high
    AFGGOVTAL 2021-08.. high       # the Taliban government from 15 August 2021 (as in armed-groups.lex)
capital ALBGOV : Tirana
capital DZAGOV : Algiers
capital AGOGOV : Luanda
capital ARGGOV : Buenos Aires
capital ARMGOV : Yerevan
capital AUSGOV : Canberra
capital AUTGOV : Vienna
capital AZEGOV : Baku
capital BHRGOV : Manama
capital BGDGOV : Dhaka
capital BLRGOV : Minsk
capital BOLGOV : La Paz
capital BIHGOV : Sarajevo
capital BWAGOV : Gaborone
capital BRAGOV : Brasilia | Brasília
capital BFAGOV : Ouagadougou
capital BDIGOV : Bujumbura | Gitega
capital KHMGOV : Phnom Penh
capital CMRGOV : Yaounde | Yaoundé
capital CANGOV : Ottawa
capital CAFGOV : Bangui
capital TCDGOV : N'Djamena | Ndjamena
capital CHLGOV : Santiago
capital CHNGOV : Beijing | Peking
capital COLGOV : Bogota | Bogotá
capital CODGOV : Kinshasa
capital COGGOV : Brazzaville
capital CIVGOV : Yamoussoukro | Abidjan
capital HRVGOV : Zagreb
capital CUBGOV : Havana
capital CYPGOV : Nicosia
capital CZEGOV : Prague
capital DNKGOV : Copenhagen
capital DOMGOV : Santo Domingo
capital ECUGOV : Quito
capital EGYGOV : Cairo
capital SLVGOV : San Salvador
capital ERIGOV : Asmara
capital ESTGOV : Tallinn
capital ETHGOV : Addis Ababa
capital FINGOV : Helsinki
capital FRAGOV : Paris
capital GABGOV : Libreville
capital GEOGOV : Tbilisi
capital DEUGOV : Berlin
capital GHAGOV : Accra
capital GRCGOV : Athens
capital GTMGOV : Guatemala City
capital GINGOV : Conakry
capital HTIGOV : Port-au-Prince
capital HNDGOV : Tegucigalpa
capital HUNGOV : Budapest
capital ISLGOV : Reykjavik
capital INDGOV : New Delhi | Delhi
capital IDNGOV : Jakarta
capital IRNGOV : Tehran | Teheran
capital IRQGOV : Baghdad
capital IRLGOV : Dublin
capital ISRGOV : Jerusalem
capital ITAGOV : Rome
capital JAMGOV : Kingston
capital JPNGOV : Tokyo
capital JORGOV : Amman
capital KAZGOV : Astana | Nur-Sultan
capital KENGOV : Nairobi
capital KSVGOV : Pristina | Prishtina
capital KWTGOV : Kuwait City
capital KGZGOV : Bishkek
capital LAOGOV : Vientiane
capital LVAGOV : Riga
capital LBNGOV : Beirut
capital LBRGOV : Monrovia
capital LBYGOV : Tripoli   # also a city in Lebanon: "Tripoli, Lebanon" is in not-actors.lex
capital LTUGOV : Vilnius
capital MDGGOV : Antananarivo
capital MWIGOV : Lilongwe
capital MYSGOV : Kuala Lumpur | Putrajaya
capital MLIGOV : Bamako
capital MRTGOV : Nouakchott
capital MEXGOV : Mexico City
capital MDAGOV : Chisinau | Chișinău
capital MNGGOV : Ulaanbaatar | Ulan Bator
capital MNEGOV : Podgorica
capital MARGOV : Rabat
capital MOZGOV : Maputo
capital MMRGOV : Naypyidaw | Naypyitaw | Nay Pyi Taw
capital NAMGOV : Windhoek
capital NPLGOV : Kathmandu
capital NLDGOV : The Hague
capital NZLGOV : Wellington
capital NICGOV : Managua
capital NERGOV : Niamey
capital NGAGOV : Abuja
capital PRKGOV : Pyongyang
capital MKDGOV : Skopje
capital NORGOV : Oslo
capital OMNGOV : Muscat
capital PAKGOV : Islamabad
capital PSEGOV : Ramallah
capital PANGOV : Panama City
capital PRYGOV : Asuncion | Asunción
capital PERGOV : Lima
capital PHLGOV : Manila
capital POLGOV : Warsaw
capital PRTGOV : Lisbon
capital QATGOV : Doha | Amiri Diwan | Emiri Diwan   # the emir's court; "Amiri" alone is Hadi al-Amiri (Iraq)
capital ROUGOV : Bucharest
capital RUSGOV : Moscow
capital RWAGOV : Kigali
capital SAUGOV : Riyadh
capital SENGOV : Dakar
capital SRBGOV : Belgrade
capital SLEGOV : Freetown
capital SVKGOV : Bratislava
capital SVNGOV : Ljubljana
capital SOMGOV : Mogadishu
capital ZAFGOV : Pretoria
capital KORGOV : Seoul
capital : Juba
    SDN ..2011-06 high            # southern regional capital inside Sudan until independence (9 July 2011)
    SSDGOV 2011-07.. high
capital ESPGOV : Madrid
capital LKAGOV : Colombo
capital SDNGOV : Khartoum
capital SWEGOV : Stockholm
capital CHEGOV : Bern | Berne
capital SYRGOV : Damascus
capital TWNGOV : Taipei
capital TJKGOV : Dushanbe
capital TZAGOV : Dodoma
capital THAGOV : Bangkok
capital TGOGOV : Lome | Lomé
capital TUNGOV : Tunis
capital TURGOV : Ankara
capital TKMGOV : Ashgabat
capital UGAGOV : Kampala
capital UKRGOV : Kyiv | Kiev
capital AREGOV : Abu Dhabi
capital GBRGOV : London
capital USAGOV : Washington   # the city and the government; "Washington state" etc. in not-actors.lex
capital URYGOV : Montevideo
capital UZBGOV : Tashkent
capital VENGOV : Caracas
capital VNMGOV : Hanoi
capital : Sanaa | Sana'a
    YEMGOV ..2014-08 high
    YEMREB 2014-09.. high          # held by the Houthis since September 2014; the recognised government sits in Aden
capital ZMBGOV : Lusaka
capital ZWEGOV : Harare
capital IGOEUREEC : Brussels   # in news, "Brussels" is mostly the European Union

# --- more seats of government and military headquarters used as metonyms (added 2026-11) ---
capital LBNGOV : Baabda | Baabda Palace | Grand Serail | Grand Serail in Beirut   # presidential palace, prime minister's seat
capital MEXGOV : Palacio Nacional | National Palace in Mexico City
capital BRAGOV : Itamaraty   # Brazil's foreign ministry
capital TURGOV : Bestepe | Beştepe | Bestepe presidential complex
capital PSEGOV : Muqataa | Mukataa | Muqata'a   # the Palestinian Authority's headquarters in Ramallah
capital ITAGOV : Quirinale | Quirinal Palace
capital INDGOV : South Block | Raisina Hill
capital PAKGOV : Aiwan-e-Sadr
capital PAKMIL : GHQ Rawalpindi | General Headquarters in Rawalpindi
capital ISRMIL : Kirya | HaKirya | Kirya military headquarters
capital IRNGOV : Pasteur Street
capital : Yongsan | Yongsan presidential office
    KORGOV 2022-05..2025-05 medium   # the presidential office in Yongsan under Yoon
