# Heads of state and government of other countries that recur in world news, 2000-2026,
# written by the project. Inclusive month ranges, confidence marks.

# ---------------- Europe ----------------
person : Dick Schoof | Schoof
    NLDGOV 2024-07.. medium          # prime minister; caretaker after the October 2025 election, successor not checked
person : Alexander De Croo | De Croo
    BELGOV 2020-10..2025-02 high
    BELELI
person : Bart De Wever
    BELGOV 2025-02.. high
person : Stefan Lofven | Stefan Löfven | Lofven | Löfven
    SWEGOV 2014-10..2021-11 high
    SWEELI
person : Ulf Kristersson | Kristersson
    SWEGOV 2022-10.. high
person : Magdalena Andersson
    SWEGOV 2014-10..2022-10 high
    SWEOPP
person : Jonas Gahr Store | Jonas Gahr Støre | Gahr Store | Gahr Støre
    NORGOV 2005-10..2013-10 high
    NORGOV 2021-10.. high
    NOROPP
person : Erna Solberg | Solberg
    NORGOV 2013-10..2021-10 high
    NOROPP
person : Mette Frederiksen | Frederiksen
    DNKGOV 2019-06.. high
    DNKOPP
person : Lars Lokke Rasmussen | Lars Løkke Rasmussen | Lokke Rasmussen | Løkke Rasmussen
    DNKGOV 2009-04..2011-10 high
    DNKGOV 2015-06..2019-06 high
    DNKGOV 2022-12.. high
    DNKOPP
person : Sauli Niinisto | Sauli Niinistö | Niinisto | Niinistö
    FINGOV 2012-03..2024-03 high
    FINELI
person : Alexander Stubb | Stubb
    FINGOV 2024-03.. high
    FINELI
person : Sanna Marin
    FINGOV 2019-12..2023-06 high
    FINELI
person : Kyriakos Mitsotakis | Mitsotakis
    GRCGOV 2019-07.. high
    GRCOPP
person : Alexis Tsipras | Tsipras
    GRCGOV 2015-01..2019-07 high
    GRCOPP
person : George Papandreou
    GRCGOV 2009-10..2011-11 high
    GRCELI
person : Andreas Papandreou
    GRCGOV 1981-10..1989-07 high
    GRCGOV 1993-10..1996-01 high
    GRCELI high
person : Antonis Samaras | Samaras
    GRCGOV 2012-06..2015-01 high
    GRCELI
person : Marcelo Rebelo de Sousa | Rebelo de Sousa
    PRTGOV 2016-03.. high
person : Luis Montenegro | Luís Montenegro
    PRTGOV 2024-04.. high
person : Karl Nehammer | Nehammer
    AUTGOV 2021-12..2025-03 high
    AUTELI
person : Sebastian Kurz | Kurz
    AUTGOV 2013-12..2021-10 high
    AUTELI
person : Alexander Van der Bellen | Van der Bellen
    AUTGOV 2017-01.. high
person : Christian Stocker
    AUTGOV 2025-03.. high
person : Petr Fiala | Fiala
    CZEGOV 2021-11..2025-12 medium
    CZEOPP
person : Andrej Babis | Andrej Babiš | Babis | Babiš
    CZEGOV 2017-12..2021-12 high
    CZEGOV 2025-12.. low
    CZEOPP
person : Petr Pavel
    CZEGOV 2023-03.. high
    CZEMIL
person : Robert Fico | Fico
    SVKGOV 2006-07..2010-07 high
    SVKGOV 2012-04..2018-03 high
    SVKGOV 2023-10.. high
    SVKOPP
person : Klaus Iohannis | Iohannis
    ROUGOV 2014-12..2025-02 high
    ROUELI
person : Nicusor Dan | Nicușor Dan
    ROUGOV 2025-05.. high
person : Rumen Radev | Radev
    BGRGOV 2017-01.. high
person : Boyko Borisov | Borisov
    BGRGOV 2009-07..2021-05 medium
    BGROPP
person : Vojislav Kostunica | Vojislav Koštunica | Kostunica | Koštunica
    SRBGOV 2000-10..2008-07 high   # Yugoslav president, then Serbian prime minister from March 2004
    SRBELI
person : Boris Tadic | Boris Tadić | Tadic | Tadić
    SRBGOV 2003-03..2012-05 high
    SRBOPP
person : Tomislav Nikolic | Tomislav Nikolić | Nikolic | Nikolić
    SRBGOV 2012-05..2017-05 high
    SRBELI
person : Ana Brnabic | Ana Brnabić | Brnabic | Brnabić
    SRBGOV 2017-06..2024-05 high
    SRBLEG
person : Zoran Djindjic | Zoran Đinđić | Djindjic
    SRBGOV 2001-01..2003-03 high
person : Andrej Plenkovic | Andrej Plenković | Plenkovic | Plenković
    HRVGOV 2016-10.. high
person : Zoran Milanovic | Zoran Milanović | Milanovic | Milanović
    HRVGOV 2011-12..2016-01 high
    HRVGOV 2020-02.. high
    HRVOPP
person : Milorad Dodik | Dodik
    BIHGOV 2006-02.. medium        # Republika Srpska leader
person : Edi Rama
    ALBGOV 2013-09.. high
person : Albin Kurti | Kurti
    KSVGOV 2020-02..2020-06 high
    KSVGOV 2021-03.. high
    KSVOPP
person : Hashim Thaci | Hashim Thaçi | Thaci | Thaçi
    KSVGOV 2008-01..2020-11 high
    KSVELI
person : Vjosa Osmani | Osmani
    KSVGOV 2021-04.. high
person : Maia Sandu | Sandu
    MDAGOV 2019-06..2019-11 high
    MDAGOV 2020-12.. high
    MDAOPP
person : Eduard Shevardnadze | Shevardnadze
    RUSGOV 1985-07..1990-12 high   # Soviet foreign minister
    GEOGOV 1992-03..2003-11 high
    GEOELI
person : Bidzina Ivanishvili | Ivanishvili
    GEOGOV 2012-10..2013-11 high
    GEOELI
person : Irakli Kobakhidze | Kobakhidze
    GEOGOV 2024-02.. high
person : Salome Zourabichvili | Zourabichvili
    GEOGOV 2018-12..2024-12 high
    GEOOPP
person : Robert Kocharyan | Kocharyan
    ARMGOV ..2008-04 high
    ARMOPP
person : Serzh Sargsyan | Serzh Sarkisian
    ARMGOV 2007-04..2018-04 high
    ARMOPP
person : Heydar Aliyev
    AZEGOV ..2003-10 high
person : Jeyhun Bayramov | Bayramov
    AZEGOV 2020-07.. high
person : Ararat Mirzoyan | Mirzoyan
    ARMGOV 2021-08.. high
person : Mateusz Morawiecki | Morawiecki
    POLGOV 2017-12..2023-11 high
    POLOPP
person : Jaroslaw Kaczynski | Jarosław Kaczyński | Kaczynski | Kaczyński
    POLOPP high
person : Radoslaw Sikorski | Radosław Sikorski | Sikorski
    POLGOV 2005-10..2007-02 high
    POLGOV 2007-11..2015-06 high
    POLGOV 2023-12.. high
    POLELI
person : Gitanas Nauseda | Gitanas Nausėda | Nauseda
    LTUGOV 2019-07.. high
person : Edgars Rinkevics | Edgars Rinkēvičs | Rinkevics
    LVAGOV high
person : Alar Karis
    ESTGOV 2021-10.. high
person : Micheal Martin | Micheál Martin
    IRLGOV 2020-06.. high
    IRLOPP
person : Leo Varadkar | Varadkar
    IRLGOV 2017-06..2024-04 high
    IRLELI
person : Simon Harris
    IRLGOV 2024-04.. high
person : Ignazio Cassis | Cassis
    CHEGOV 2017-11.. high

# ---------------- Africa ----------------
person : Jose Eduardo dos Santos | José Eduardo dos Santos | Dos Santos
    AGOGOV ..2017-09 high
    AGOELI
person : Joao Lourenco | João Lourenço | Lourenco | Lourenço
    AGOGOV 2014-04.. high          # defence minister, president from September 2017
person : Levy Mwanawasa | Mwanawasa
    ZMBGOV 2002-01..2008-08 high
person : Edgar Lungu | Lungu
    ZMBGOV 2015-01..2021-08 high
    ZMBOPP
person : Hakainde Hichilema | Hichilema
    ZMBOPP ..2021-07 high
    ZMBGOV 2021-08.. high
person : Michael Sata | Sata
    ZMBGOV 2011-09..2014-10 high
person : Jakaya Kikwete | Kikwete
    TZAGOV 2005-12..2015-11 high
    TZAELI
person : John Magufuli | Magufuli
    TZAGOV 2015-11..2021-03 high
person : Samia Suluhu Hassan | Samia Suluhu
    TZAGOV 2015-11.. high          # vice president, president from March 2021
person : John Kufuor | John Agyekum Kufuor | Kufuor
    GHAGOV 2001-01..2009-01 high
    GHAELI
person : Nana Akufo-Addo | Akufo-Addo
    GHAGOV 2017-01..2025-01 high
    GHAELI
person : John Mahama | John Dramani Mahama | Mahama
    GHAGOV 2009-01..2017-01 high
    GHAGOV 2025-01.. high
    GHAOPP
person : Abdoulaye Wade
    SENGOV 2000-04..2012-04 high
    SENOPP
person : Ousmane Sonko | Sonko
    SENOPP ..2024-03 high
    SENGOV 2024-04.. high
person : Paul Biya | Biya
    CMRGOV high
person : Ismail Omar Guelleh | Guelleh
    DJIGOV high
person : Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed | Farmaajo | Farmajo
    SOMGOV 2017-02..2022-05 high
    SOMOPP
person : Hassan Ali Khaire
    SOMGOV 2017-03..2020-07 high
person : Faustin-Archange Touadera | Faustin-Archange Touadéra | Touadera | Touadéra
    CAFGOV 2016-03.. high
person : Denis Sassou Nguesso | Sassou Nguesso
    COGGOV high
person : Ali Bongo | Ali Bongo Ondimba
    GABGOV 2009-10..2023-08 high
    GABELI
person : Brice Oligui Nguema | Oligui Nguema
    GABMIL ..2023-08 high
    GABGOV 2023-08.. high
person : Mamadi Doumbouya | Doumbouya
    GINGOV 2021-09.. high
person : Alpha Conde | Alpha Condé
    GINGOV 2010-12..2021-09 high
    GINELI
person : George Weah | Weah
    LBRGOV 2018-01..2024-01 high
    LBROPP
person : Ellen Johnson Sirleaf | Johnson Sirleaf | Sirleaf
    LBRGOV 2006-01..2018-01 high
    LBRELI
person : Charles Taylor
    LBRGOV ..2003-08 high
    LBRELI
person : Joseph Boakai | Boakai
    LBRGOV 2024-01.. high
person : Julius Maada Bio | Maada Bio
    SLEGOV 2018-04.. high
person : Evariste Ndayishimiye | Évariste Ndayishimiye | Ndayishimiye
    BDIGOV 2020-06.. high
person : Pierre Nkurunziza | Nkurunziza
    BDIGOV 2005-08..2020-06 high
person : Hage Geingob | Geingob
    NAMGOV 2015-03..2024-02 high
person : Mokgweetsi Masisi | Masisi
    BWAGOV 2018-04..2024-11 high
    BWAELI
person : Daniel Chapo
    MOZGOV 2025-01.. high
person : Filipe Nyusi | Nyusi
    MOZGOV 2015-01..2025-01 high
    MOZELI
person : Andry Rajoelina | Rajoelina
    MDGGOV 2009-03..2014-01 high
    MDGGOV 2019-01..2025-10 medium
    MDGOPP

# ---------------- Americas ----------------
person : Ricardo Lagos
    CHLGOV 2000-03..2006-03 high
    CHLELI
person : Sebastian Pinera | Sebastián Piñera | Pinera | Piñera
    CHLGOV 2010-03..2014-03 high
    CHLGOV 2018-03..2022-03 high
    CHLELI
person : Rafael Correa | Correa
    ECUGOV 2007-01..2017-05 high
    ECUOPP
person : Lenin Moreno | Lenín Moreno
    ECUGOV 2007-01..2013-05 high
    ECUGOV 2017-05..2021-05 high
    ECUELI
person : Guillermo Lasso
    ECUGOV 2021-05..2023-11 high
    ECUELI
person : Daniel Noboa | Noboa
    ECUGOV 2023-11.. high
person : Luis Arce | Arce
    BOLGOV 2006-01..2019-11 high   # economy minister
    BOLGOV 2020-11..2025-11 high
    BOLELI
person : Rodrigo Paz
    BOLGOV 2025-11.. medium
person : Alejandro Toledo
    PERGOV 2001-07..2006-07 high
    PERELI
person : Alan Garcia | Alan García
    PERGOV 2006-07..2011-07 high
person : Ollanta Humala | Humala
    PERGOV 2011-07..2016-07 high
    PERELI
person : Pedro Castillo
    PERGOV 2021-07..2022-12 high
    PERELI
person : Dina Boluarte | Boluarte
    PERGOV 2021-07..2025-10 medium   # vice president, president from December 2022; removed October 2025
    PERELI
person : Bernardo Arevalo | Bernardo Arévalo | Arevalo | Arévalo
    GTMGOV 2024-01.. high
person : Xiomara Castro
    HNDGOV 2022-01.. medium
person : Jovenel Moise | Jovenel Moïse | Moise | Moïse
    HTIGOV 2017-02..2021-07 high
person : Ariel Henry
    HTIGOV 2021-07..2024-04 high
    HTIELI
person : Jose Raul Mulino | José Raúl Mulino | Mulino
    PANGOV 2024-07.. high
person : Luis Lacalle Pou | Lacalle Pou
    URYGOV 2020-03..2025-03 high
    URYELI
person : Yamandu Orsi | Yamandú Orsi | Orsi
    URYGOV 2025-03.. high
person : Santiago Pena | Santiago Peña
    PRYGOV 2023-08.. high

# ---------------- Asia ----------------
person : Askar Akayev | Akayev
    KGZGOV ..2005-04 high
    KGZELI
person : Kurmanbek Bakiyev | Bakiyev
    KGZGOV 2005-03..2010-04 high
    KGZELI
person : Sadyr Japarov | Japarov
    KGZGOV 2020-10.. high
person : Emomali Rahmon | Rahmon | Emomali Rakhmonov
    TJKGOV high
person : Islam Karimov | Karimov
    UZBGOV ..2016-09 high
person : Gurbanguly Berdimuhamedow | Gurbanguly Berdymukhamedov
    TKMGOV 2006-12..2022-03 high
    TKMELI
person : Serdar Berdimuhamedow | Serdar Berdymukhamedov
    TKMGOV 2022-03.. high
person : Mahinda Rajapaksa
    LKAGOV 2004-04..2015-01 high
    LKAGOV 2019-11..2022-05 high
    LKAOPP
person : Gotabaya Rajapaksa
    LKAMIL 2005-11..2015-01 medium # defence secretary
    LKAGOV 2019-11..2022-07 high
    LKAELI
person : Ranil Wickremesinghe | Wickremesinghe
    LKAGOV 2022-05..2024-09 high
    LKAOPP
person : Anura Kumara Dissanayake | Dissanayake
    LKAGOV 2024-09.. high
    LKAOPP                           # JVP/NPP leader in opposition before
person : Pushpa Kamal Dahal | Prachanda
    NPLGOV 2008-08..2009-05 high
    NPLGOV 2016-08..2017-06 high
    NPLGOV 2022-12..2024-07 high
    NPLOPP
person : K.P. Sharma Oli | KP Sharma Oli | Sharma Oli
    NPLGOV 2015-10..2016-08 high
    NPLGOV 2018-02..2021-07 high
    NPLGOV 2024-07..2025-09 medium
    NPLOPP
person : Nguyen Phu Trong | Nguyễn Phú Trọng
    VNMGOV ..2024-07 high
person : To Lam | Tô Lâm
    VNMGOV high
person : Pham Minh Chinh | Phạm Minh Chính
    VNMGOV high
person : Hun Manet
    KHMMIL ..2023-07 medium
    KHMGOV 2023-08.. high
person : Paetongtarn Shinawatra | Paetongtarn
    THAGOV 2024-08..2025-08 medium
    THAELI
person : Srettha Thavisin | Srettha
    THAGOV 2023-08..2024-08 high
    THAELI
person : Anutin Charnvirakul | Anutin
    THAGOV 2019-07.. medium
person : Yingluck Shinawatra | Yingluck
    THAGOV 2011-08..2014-05 high
    THAOPP
person : Gloria Macapagal Arroyo | Gloria Arroyo | Arroyo
    PHLGOV 2001-01..2010-06 high
    PHLLEG
person : Benigno Aquino | Benigno Aquino III | Noynoy Aquino
    PHLGOV 2010-06..2016-06 high
    PHLELI
person : Sara Duterte
    PHLGOV 2022-06.. medium
person : Ukhnaagiin Khurelsukh | Khurelsukh
    MNGGOV 2017-10.. high

# ---------------- defence ministers of G20 members not listed with their country ----------------
person : Guido Crosetto | Crosetto
    ITAGOV 2022-10.. high
person : Richard Marles | Marles
    AUSGOV 2022-05.. high
person : Bill Blair
    CANGOV 2015-11..2025-05 medium
    CANLEG
person : David McGuinty
    CANGOV 2024-12.. medium
person : Minoru Kihara | Kihara
    JPNGOV 2023-09..2024-10 high
    JPNGOV 2025-10.. medium
    JPNLEG
person : Gen Nakatani | Nakatani
    JPNGOV 2024-10..2025-10 high
    JPNLEG
person : Shinjiro Koizumi
    JPNGOV 2019-09..2021-10 high
    JPNGOV 2024-10.. medium
    JPNLEG
person : Sjafrie Sjamsoeddin
    IDNGOV 2024-10.. high
person : Angie Motshekga | Motshekga
    ZAFGOV high
person : Luis Petri
    ARGGOV 2023-12..2025-12 medium
    ARGLEG
person : Lee Jong-sup | Lee Jong Sup
    KORGOV 2022-05..2023-10 high
    KORELI
person : Shin Won-sik | Shin Won Sik
    KORGOV 2023-10.. medium
person : Kim Yong-hyun | Kim Yong Hyun
    KORGOV 2022-05..2024-12 high
    KORELI
person : Ahn Gyu-back | Ahn Gyu Back
    KORGOV 2025-06.. medium
person : Jose Mucio | José Múcio
    BRAGOV 2023-01.. high
person : Luis Cresencio Sandoval | Cresencio Sandoval
    MEXMIL 2018-12..2024-09 high
    MEXELI

# ---------------- more heads and ministers (added 2026-11) ----------------
person : Gilberto Teodoro | Gilberto Teodoro Jr. | Gibo Teodoro
    PHLGOV 2007-08..2009-11 high     # defence secretary
    PHLGOV 2023-06.. high            # defence secretary again
    PHLELI
person : Theresa Lazaro | Ma. Theresa Lazaro
    PHLGOV 2025-07.. medium          # foreign secretary
person : Tharman Shanmugaratnam | Tharman
    SGPGOV 2011-05.. high            # deputy prime minister, senior minister, president from September 2023
person : Vivian Balakrishnan
    SGPGOV 2015-10.. high            # foreign minister
person : Luong Cuong
    VNMGOV 2024-10.. high            # president
person : Khawaja Asif | Khawaja Muhammad Asif
    PAKGOV 2013-06..2018-05 high     # water and power, defence, then foreign minister
    PAKGOV 2024-03.. high            # defence minister
    PAKLEG
person : Sushila Karki
    NPLGOV 2025-09.. high            # interim prime minister after the September 2025 protests
    NPLJUD 2016-07..2017-06 high     # chief justice
person : Mohamed Muizzu | Muizzu
    MDVGOV 2023-11.. high
person : Jose Manuel Albares | José Manuel Albares | Albares
    ESPGOV 2021-07.. high            # foreign minister
person : Nikos Christodoulides | Christodoulides
    CYPGOV 2013..2022-01 medium      # government spokesman, foreign minister
    CYPGOV 2023-02.. high            # president
person : Wladyslaw Kosiniak-Kamysz | Władysław Kosiniak-Kamysz | Kosiniak-Kamysz
    POLGOV 2023-12.. high            # deputy prime minister, defence minister
person : Ilie Bolojan | Bolojan
    ROUGOV 2025-02.. high            # acting president February-May 2025, prime minister from June 2025
person : Robert Golob | Golob
    SVNGOV 2022-06.. high
person : Maxime Prevot | Maxime Prévot | Prevot
    BELGOV 2025-02.. high            # foreign minister
person : Luc Frieden | Frieden
    LUXGOV 2023-11.. high
person : Winston Peters
    NZLGOV 2005-10..2008-11 high     # foreign minister
    NZLGOV 2017-10..2020-11 high     # deputy prime minister, foreign minister
    NZLGOV 2023-11.. high            # foreign minister
    NZLLEG

# ---------------- heads of state and government of more countries (added 2026-11) ----------------
# Dates to the month; open ends after an election or crisis the project has not checked are
# marked medium. Bare surnames only where they are not common words or shared names.
person : Alix Didier Fils-Aime | Alix Didier Fils-Aimé | Fils-Aime
    HTIGOV 2024-11.. medium          # prime minister under the transitional council
person : Garry Conille | Conille
    HTIGOV 2024-06..2024-11 high     # prime minister
    HTIELI
person : Jose Jeri | José Jerí
    PERLEG 2021-07..2025-10 medium   # congressman, president of congress from July 2025
    PERGOV 2025-10.. medium          # president after Boluarte's removal
person : Hristijan Mickoski | Mickoski
    MKDOPP ..2024-05 medium
    MKDGOV 2024-06.. high            # prime minister
person : Gordana Siljanovska-Davkova | Siljanovska-Davkova
    MKDGOV 2024-05.. high            # president
person : Milojko Spajic | Milojko Spajić | Spajic
    MNEGOV 2022-04.. high            # finance minister, prime minister from October 2023
person : Jakov Milatovic | Jakov Milatović | Milatovic
    MNEGOV 2022-04.. high            # economy minister, president from May 2023
person : Lazarus Chakwera | Chakwera
    MWIGOV 2020-06..2025-09 high
    MWIOPP
person : Peter Mutharika
    MWIGOV 2014-05..2020-06 high
    MWIOPP 2020-07..2025-09 high
    MWIGOV 2025-10.. medium          # won the September 2025 election
person : Michael Randrianirina | Randrianirina
    MDGMIL ..2025-09 medium          # CAPSAT commander
    MDGGOV 2025-10.. medium          # took power in October 2025
person : Faure Gnassingbe | Faure Gnassingbé | Gnassingbe | Gnassingbé
    TGOGOV 2005-05.. high            # president, president of the council of ministers from May 2025
person : Patrice Talon
    BENGOV 2016-04.. medium          # president; open end: the April 2026 election not checked
person : Irfaan Ali | Mohamed Irfaan Ali
    GUYGOV 2020-08.. high
person : Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani
    MRTMIL ..2018-10 medium
    MRTGOV 2018-10.. high            # defence minister, president from August 2019
person : Adama Barrow
    GMBGOV 2017-01.. high
person : Umaro Sissoco Embalo | Umaro Sissoco Embaló | Embalo | Embaló
    GNBGOV 2016-11..2018-01 high     # prime minister
    GNBGOV 2020-02.. medium          # president; open end: the November 2025 election and its aftermath not checked
person : Teodoro Obiang | Teodoro Obiang Nguema | Teodoro Obiang Nguema Mbasogo | Obiang
    GNQGOV high
person : Duma Boko
    BWAOPP ..2024-10 high
    BWAGOV 2024-11.. high
person : Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah
    NAMGOV 2005-03.. high            # ministers, foreign minister, vice president, president from March 2025
person : King Mswati III | Mswati III | Mswati
    SWZGOV high
person : Sam Matekane | Matekane
    LSOGOV 2022-10.. high
person : Rodrigo Chaves
    CRIGOV 2019-11..2020-05 high     # finance minister
    CRIGOV 2022-05.. medium          # president; term ends May 2026
person : Luis Abinader | Abinader
    DOMGOV 2020-08.. high
person : Andrew Holness | Holness
    JAMGOV 2011-10..2012-01 high
    JAMOPP 2012-01..2016-02 high
    JAMGOV 2016-03.. high
person : Kamla Persad-Bissessar | Persad-Bissessar
    TTOGOV 2010-05..2015-09 high
    TTOOPP 2015-09..2025-04 high
    TTOGOV 2025-05.. high
person : Mia Mottley | Mottley
    BRBOPP 2008-01..2018-05 medium
    BRBGOV 2018-05.. high
person : Xanana Gusmao | Xanana Gusmão | Gusmao | Gusmão
    TLSGOV 2002-05..2007-05 high     # president
    TLSGOV 2007-08..2015-02 high     # prime minister
    TLSGOV 2023-07.. high            # prime minister
    TLSELI
person : Jose Ramos-Horta | José Ramos-Horta | Ramos-Horta
    TLSGOV 2002-05..2012-05 high     # foreign minister, prime minister, president
    TLSGOV 2022-05.. high            # president
    TLSELI
person : James Marape | Marape
    PNGGOV 2019-05.. high
person : Sitiveni Rabuka | Rabuka
    FJIGOV 2022-12.. high
    FJIOPP
person : Jeremiah Manele | Manele
    SLBGOV 2024-05.. high
person : Hassanal Bolkiah | Sultan Hassanal Bolkiah | Sultan of Brunei
    BRNGOV high
person : Thongloun Sisoulith | Sisoulith
    LAOGOV high                      # prime minister 2016-2021, president from March 2021
person : Sonexay Siphandone | Siphandone
    LAOGOV 2022-12.. high            # prime minister
person : Robert Abela | Abela
    MLTGOV 2020-01.. high
person : Kristrun Frostadottir | Kristrún Frostadóttir | Frostadottir
    ISLGOV 2024-12.. high
person : Jennifer Geerlings-Simons | Geerlings-Simons
    SURGOV 2025-07.. medium
person : Navin Ramgoolam | Ramgoolam
    MUSGOV 2005-07..2014-12 high
    MUSGOV 2024-11.. high
    MUSOPP
person : Patrick Herminie | Herminie
    SYCOPP ..2025-10 medium
    SYCGOV 2025-10.. medium
person : Azali Assoumani | Azali
    COMGOV 2016-05.. high
person : Mohammad Hasan Akhund | Hasan Akhund
    AFGGOVTAL 2021-09.. high         # Taliban prime minister

# Bare surnames that news uses alone for one person in the years given (added 2026-11);
# outside those years the name codes nothing, as other people share it
person : Salam
    LBNGOV 2014-02..2016-12 medium # Tammam Salam, prime minister
    LBNGOV 2025-02.. medium        # Nawaf Salam, prime minister
person : Abbas
    PSEGOV 2003-03.. medium        # Mahmoud Abbas, prime minister then president
person : Barzani
    IRQGOV 2005-06.. medium        # Masoud, Nechirvan and Masrour Barzani of the Kurdistan Regional Government
person : Traore
    BFAGOV 2022-10.. medium        # Ibrahim Traore, junta leader
person : Oligui | Oligui Nguema
    GABGOV 2023-08.. high          # Brice Oligui Nguema
person : Machado
    VENOPP 2023-01.. medium        # Maria Corina Machado
person : Kast
    CHLOPP 2017-01..2026-02 medium # Jose Antonio Kast
    CHLGOV 2026-03.. medium
person : Shehbaz
    PAKGOV 2022-04..2023-08 high   # Shehbaz Sharif, prime minister
    PAKGOV 2024-03.. high
    PAKOPP 2018-08..2022-03 medium
person : Deby
    TCDGOV 1990-12.. high          # Idriss Deby, then his son Mahamat from April 2021
person : Tamim
    QATGOV 2013-06.. medium        # Emir Tamim bin Hamad Al Thani
person : Healey
    GBRGOV 2024-07.. medium        # John Healey, defence secretary
person : Rajnath
    INDGOV 2014-05.. high          # Rajnath Singh, home then defence minister
person : McGuinty
    CANGOV 2003-10..2013-02 medium # Dalton McGuinty, Ontario premier
    CANGOV 2025-05.. medium        # David McGuinty, defence minister
person : Mucio
    BRAGOV 2023-01.. high          # Jose Mucio, defence minister
person : Karki | Sushila Karki
    NPLGOV 2025-09.. medium        # interim prime minister
person : Jeri | Jose Jeri | José Jerí
    PERGOV 2025-10.. medium        # president after Boluarte's removal

# Leaders who came to office in late 2025 and early 2026 (added 2026-11)
person : Horta N'Tam | Horta N ' Tam | Horta Inta-A | General Horta N'Tam
    GNBGOV 2025-11.. medium        # head of the transition after the November 2025 coup
    GNBMIL
person : Nasry Asfura | Asfura
    HNDGOV 2014-01..2022-01 medium # mayor of Tegucigalpa
    HNDOPP 2022-01..2026-01 medium
    HNDGOV 2026-01.. medium        # president
person : Alexandru Munteanu
    MDAGOV 2025-11.. medium        # prime minister
person : Djuro Macut | Đuro Macut | Duro Macut
    SRBGOV 2025-04.. medium        # prime minister
person : Carlos Presti
    ARGMIL ..2025-11 medium        # army chief of staff
    ARGGOV 2025-12.. low           # defence minister
person : Rob Jetten | Jetten
    NLDGOV 2022-01..2024-07 high   # climate and energy minister
    NLDOPP 2024-07..2026-01 medium # D66 leader, won the October 2025 election
    NLDGOV 2026-02.. low           # prime minister (date to check)
