# People of sub-Saharan Africa (South Africa as a G20 member, and recurring figures),
# 2000-2026, written by the project. North Africa is in middle-east.lex.

# ---------------- South Africa ----------------
person : Thabo Mbeki | Mbeki
    ZAFGOV ..2008-09 high
    ZAFELI
person : Kgalema Motlanthe | Motlanthe
    ZAFGOV 2008-09..2014-05 high   # president, then deputy president
    ZAFELI
person : Jacob Zuma | Zuma
    ZAFGOV ..2005-06 high          # deputy president
    ZAFGOV 2009-05..2018-02 high
    ZAFOPP
person : Cyril Ramaphosa | Ramaphosa
    ZAFGOV 2014-05.. high          # deputy president, president from February 2018
    ZAFBUS
person : Nkosazana Dlamini-Zuma | Dlamini-Zuma
    ZAFGOV ..2012-10 high
    IGOAFROAU 2012-10..2017-03 high
    ZAFGOV 2018-02.. medium
person : Maite Nkoana-Mashabane | Nkoana-Mashabane
    ZAFGOV 2009-05..2018-02 high
    ZAFELI
person : Lindiwe Sisulu
    ZAFGOV high
person : Naledi Pandor | Pandor
    ZAFGOV 2019-05..2024-06 high
    ZAFELI
person : Ronald Lamola | Lamola
    ZAFGOV 2019-05.. high
person : Julius Malema | Malema
    ZAFOPP high
person : Nelson Mandela | Mandela
    ZAFGOV 1994-05..1999-06 high   # president
    ZAFELI ..2013-12 high

# ---------------- other recurring figures ----------------
person : Abiy Ahmed | Abiy Ahmed Ali | Abiy
    ETHGOV 2018-04.. high
person : Meles Zenawi | Meles
    ETHGOV ..2012-08 high
person : Hailemariam Desalegn | Hailemariam
    ETHGOV 2010-10..2018-04 high
    ETHELI
person : Isaias Afwerki | Isaias
    ERIGOV high
person : Debretsion Gebremichael | Debretsion
    ETHREB 2020-11..2022-11 high
    ETHOPP
person : Getachew Reda
    ETHREB 2020-11..2022-11 high
    ETHGOV 2023-03.. medium
person : William Ruto | Ruto
    KENGOV 2013-04.. high          # deputy president, president from September 2022
person : Uhuru Kenyatta | Kenyatta
    KENGOV 2008-04..2022-09 high
    KENELI
person : Raila Odinga | Odinga
    KENGOV 2008-04..2013-04 high
    KENOPP
person : Moody Awori | Arthur Moody Awori | Awori
    KENGOV 2003-09..2008-01 high   # vice president under Kibaki
    KENELI
person : Yoweri Museveni | Museveni
    UGAGOV high
person : Paul Kagame | Kagame
    RWAGOV high
person : Felix Tshisekedi | Félix Tshisekedi | Tshisekedi
    CODGOV 2019-01.. high
    CODOPP
person : Joseph Kabila | Kabila
    CODGOV ..2019-01 high          # Laurent-Desire Kabila to January 2001, then Joseph Kabila
    CODOPP
person : Bola Tinubu | Bola Ahmed Tinubu | Tinubu
    NGAGOV 2023-05.. high
    NGAOPP
person : Muhammadu Buhari | Buhari
    NGAGOV 2015-05..2023-05 high
    NGAOPP
person : Goodluck Jonathan
    NGAGOV 2007-05..2015-05 high
    NGAELI
person : Olusegun Obasanjo | Obasanjo
    NGAGOV ..2007-05 high
    NGAELI
person : Robert Mugabe | Mugabe
    ZWEGOV ..2017-11 high
    ZWEELI
person : Emmerson Mnangagwa | Mnangagwa
    ZWEGOV high
person : Salva Kiir | Salva Kiir Mayardit | Kiir
    SSDGOV 2005-07.. high          # southern Sudan leader, president from July 2011
person : Riek Machar | Machar
    SSDREB 2013-12..2020-02 medium
    SSDGOV 2020-02.. medium
    SSDOPP
person : Hassan Sheikh Mohamud
    SOMGOV 2012-09..2017-02 high
    SOMGOV 2022-05.. high
    SOMOPP
person : Abubakar Shekau | Shekau
    NGAREB ..2021-05 high
person : Ahmed Diriye | Ahmad Diriye | Ahmed Umar Abu Ubaidah
    SOMREB high
person : Assimi Goita | Assimi Goïta | Goita | Goïta
    MLIMIL 2020-08..2021-05 high
    MLIGOV 2021-06.. high
person : Ibrahim Traore | Ibrahim Traoré
    BFAGOV 2022-10.. high
person : Abdourahamane Tiani | Abdourahamane Tchiani | Tiani | Tchiani
    NERMIL ..2023-07 high
    NERGOV 2023-07.. high
person : Mohamed Bazoum | Bazoum
    NERGOV 2016-04..2023-07 high
    NEROPP
person : Mahamat Idriss Deby | Mahamat Idriss Déby | Mahamat Deby
    TCDGOV 2021-04.. high
person : Idriss Deby | Idriss Déby
    TCDGOV ..2021-04 high
person : Macky Sall
    SENGOV 2012-04..2024-04 high
    SENELI
person : Bassirou Diomaye Faye
    SENGOV 2024-04.. high
person : Alassane Ouattara | Ouattara
    CIVGOV 2010-12.. high
    CIVOPP
person : Laurent Gbagbo | Gbagbo
    CIVGOV 2000-10..2011-04 high
    CIVOPP
person : Bobi Wine | Robert Kyagulanyi | Robert Kyagulanyi Ssentamu | Kyagulanyi
    UGAOPP high                      # opposition leader (National Unity Platform)
person : Kipchumba Murkomen | Murkomen
    KENGOV 2022-10.. medium          # cabinet secretary (roads, sports), interior from 2025
    KENLEG 2013-03..2022-09 medium   # senator
person : Kalonzo Musyoka | Musyoka
    KENGOV 2008-01..2013-04 high     # vice president
    KENOPP                           # opposition leader (Wiper)
person : Venancio Mondlane | Venâncio Mondlane | Mondlane
    MOZOPP 2023-01.. high          # opposition presidential candidate of 2024, protest leader
person : Tundu Lissu | Lissu
    TZAOPP 2017-01.. high          # Chadema leader, charged with treason in 2025
