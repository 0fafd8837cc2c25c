# People of 1980-1999 news not in the regional files (which cover 2000-2026): heads of state
# and government, foreign ministers and the leaders of the era's wars, so that archive stories
# (the corpora event data is built from) code their country. Written by the project.
# Inclusive month ranges, confidence marks; an undated fallback last (ELI: out of office).

# ---------------- Europe ----------------
person : Helmut Kohl | Kohl
    DEUGOV 1982-10..1998-10 high
    DEUELI
person : Margaret Thatcher | Thatcher
    GBRGOV 1979-05..1990-11 high
    GBRELI
person : John Major
    GBRGOV 1989-07..1997-05 high     # foreign secretary, chancellor, prime minister from November 1990
    GBRELI
person : Douglas Hurd
    GBRGOV 1989-10..1995-07 high     # foreign secretary
person : Malcolm Rifkind
    GBRGOV 1992-04..1997-05 high     # defence, then foreign secretary
person : Francois Mitterrand | François Mitterrand | Mitterrand
    FRAGOV 1981-05..1995-05 high
    FRAELI
person : Roland Dumas
    FRAGOV 1988-05..1993-03 high     # foreign minister
person : Hans-Dietrich Genscher | Genscher
    DEUGOV 1974-05..1992-05 high     # foreign minister
person : Klaus Kinkel | Kinkel
    DEUGOV 1992-05..1998-10 high
person : Jacques Delors | Delors
    IGOEUREEC 1985-01..1995-01 high  # president of the European Commission
    FRAELI
person : Jacques Santer | Santer
    IGOEUREEC 1995-01..1999-03 high
    LUXELI
person : Hans van den Broek | Van den Broek
    NLDGOV 1982-11..1993-01 high     # Dutch foreign minister
    IGOEUREEC 1993-01..1999-09 high
person : Felipe Gonzalez | Felipe González
    ESPGOV 1982-12..1996-05 high
    ESPELI
person : Giulio Andreotti | Andreotti
    ITAGOV 1989-07..1992-06 high
    ITAELI
person : Mikhail Gorbachev | Gorbachev | Gorbachov
    RUSGOV 1985-03..1991-12 high     # Soviet leader; the Soviet Union is coded RUS here
    RUSELI
person : Andrei Kozyrev | Kozyrev
    RUSGOV 1990-10..1996-01 high
person : Viktor Chernomyrdin | Chernomyrdin
    RUSGOV 1992-12..1998-03 high
    RUSGOV 1998-08..1998-09 medium   # acting prime minister again
    RUSGOV 2001-05..2009-06 medium   # ambassador to Ukraine
    RUSELI
person : Yevgeny Primakov | Primakov
    RUSSPY 1991-09..1996-01 high     # foreign intelligence chief
    RUSGOV 1996-01..1999-05 high     # foreign minister, then prime minister
    RUSELI
person : Alexander Lebed | Lebed
    RUSMIL ..1995-06 medium
    RUSGOV 1996-06..1996-10 high     # security council secretary
    RUSGOV 1998-05..2002-04 medium   # governor of Krasnoyarsk
person : Dzhokhar Dudayev | Dudayev | Dudaev
    RUSREB 1991-11..1996-04 high     # Chechen separatist leader
person : Aslan Maskhadov | Maskhadov
    RUSREB 1994-12..2005-03 high
person : Lech Walesa | Lech Wałęsa | Walesa | Wałęsa
    POLOPP 1980-08..1990-12 medium   # Solidarity leader
    POLGOV 1990-12..1995-12 high
    POLELI
person : Wojciech Jaruzelski | Jaruzelski
    POLGOV 1981-02..1990-12 high
person : Vaclav Havel | Václav Havel | Havel
    CZEGOV 1989-12..2003-02 high     # Czechoslovakia, then the Czech Republic
    CZEELI
person : Nicolae Ceausescu | Nicolae Ceaușescu | Ceausescu | Ceaușescu
    ROUGOV ..1989-12 high
person : Ion Iliescu | Iliescu
    ROUGOV 1989-12..1996-11 high
    ROUGOV 2000-12..2004-12 high
    ROUELI
person : Todor Zhivkov | Zhivkov
    BGRGOV ..1989-11 high
person : Franjo Tudjman | Franjo Tuđman | Tudjman | Tuđman | Tudman
    HRVGOV 1990-05..1999-12 high
person : Alija Izetbegovic | Alija Izetbegović | Izetbegovic | Izetbegović
    BIHGOV 1990-12..2000-10 high
    BIHELI
person : Haris Silajdzic | Haris Silajdžić | Silajdzic
    BIHGOV 1990-12..2000-06 high     # foreign minister, then prime minister, co-chairman
    BIHOPP 2000-06..2006-11 medium
    BIHGOV 2006-11..2010-11 high
person : Radovan Karadzic | Radovan Karadžić | Karadzic | Karadžić
    BIHREB 1992-04..1996-07 medium   # Bosnian Serb leader in the war (rebel against Sarajevo)
    BIHCRM 1996-07..2008-07 medium   # indicted war crimes fugitive
    BIHELI
person : Ratko Mladic | Ratko Mladić | Mladic | Mladić
    BIHREB 1992-05..1996-11 medium   # Bosnian Serb army commander
    BIHCRM 1996-11..2011-05 medium   # indicted war crimes fugitive
    BIHELI
person : Momir Bulatovic | Momir Bulatović | Bulatovic
    MNEGOV 1990-12..1998-01 high
    SRBGOV 1998-05..2000-11 high     # Yugoslav prime minister
person : Ibrahim Rugova | Rugova
    KSVOPP 1989-12..2002-03 medium   # Kosovo Albanian leader under Serbian rule
    KSVGOV 2002-03..2006-01 high
person : Kiro Gligorov | Gligorov
    MKDGOV 1991-01..1999-11 high
person : Turgut Ozal | Turgut Özal | Ozal | Özal
    TURGOV 1983-12..1993-04 high
person : Suleyman Demirel | Süleyman Demirel | Demirel
    TURGOV 1991-11..2000-05 high
    TURELI
person : Tansu Ciller | Tansu Çiller | Ciller | Çiller
    TURGOV 1993-06..1997-06 high
    TUROPP
person : Necmettin Erbakan | Erbakan
    TURGOV 1996-06..1997-06 high
    TUROPP
person : Yitzhak Rabin | Rabin
    ISRGOV 1984-09..1990-03 high     # defence minister
    ISRGOV 1992-07..1995-11 high     # prime minister until his assassination
person : Yitzhak Shamir | Shamir
    ISRGOV 1983-10..1992-07 high
    ISROPP 1992-07..1993-03 medium
person : Moshe Arens | Arens
    ISRGOV 1983-02..1992-07 medium
person : Saeb Erakat | Saeb Erekat | Erakat | Erekat | Saeb Ereikat
    PSEGOV 1991..2020-11 high        # Palestinian negotiator, PLO secretary-general
person : Faisal Husseini
    PSEGOV 1991..2001-05 medium      # PLO official in Jerusalem
person : Hanan Ashrawi | Ashrawi
    PSEGOV 1991..1998-08 medium
    PSELEG
person : Abdel Aziz al-Rantissi | Rantissi | al-Rantissi
    PSEREBHMS ..2004-04 high
person : Akbar Hashemi Rafsanjani | Hashemi Rafsanjani | Ali Akbar Hashemi Rafsanjani | Rafsanjani
    IRNGOV 1989-08..1997-08 high
    IRNELI
person : Ali Akbar Velayati | Velayati
    IRNGOV 1981-12..1997-08 high
    IRNELI
person : Uday Hussein | Qusay Hussein
    IRQELI ..2003-07 high
person : Izzat Ibrahim al-Douri | Izzat Ibrahim
    IRQGOV ..2003-04 high
    IRQREB 2003-04..2020-10 medium
person : Hussein Kamel
    IRQGOV ..1995-08 medium
person : King Hussein | King Hussein of Jordan | King Hussein bin Talal
    JORGOV ..1999-02 high
person : King Hassan | King Hassan II | Hassan II | King Hassan of Morocco
    MARGOV ..1999-07 high
person : Chadli Bendjedid | Chadli Benjedid | Bendjedid
    DZAGOV ..1992-01 high
person : Liamine Zeroual | Zeroual
    DZAGOV 1993-07..1999-04 high     # defence minister, then president
person : Ahmed Ben Bella | Ben Bella
    DZAGOV 1962-09..1965-06 high
    DZAOPP 1990-09..1997 medium      # back from exile, led the MDA opposition party
    DZAELI
person : Abbasi Madani | Abassi Madani | Ali Belhadj | Ali Benhadj
    DZAOPP 1989-02..1992-03 high     # leaders of the Islamic Salvation Front before its ban
    DZARAD
person : Hassan al-Turabi | Hassan Turabi | Turabi
    SDNGOV 1989-06..1999-12 medium   # Islamist ideologue of the regime, speaker 1996-1999
    SDNOPP 2000-01..2016-03 medium
person : Sadiq al-Mahdi | Sadeq al-Mahdi
    SDNGOV 1986-05..1989-06 high
    SDNOPP 1989-06..2020-11 high
person : John Garang | John Garang de Mabior | Garang
    SDNREB ..2005-07 high            # SPLA leader; first vice president for three weeks in 2005
person : Boutros Boutros-Ghali | Boutros Ghali | Boutros-Ghali
    EGYGOV 1977..1991-12 medium      # minister of state for foreign affairs
    IGOUNO 1992-01..1996-12 high     # UN secretary-general
    EGYELI
person : Anwar Sadat | Anwar el-Sadat | Sadat
    EGYGOV ..1981-10 high

# ---------------- Africa ----------------
person : F.W. de Klerk | F. W. de Klerk | Frederik de Klerk | de Klerk
    ZAFGOV 1989-08..1996-06 high     # president, then deputy president in the unity government
    ZAFOPP 1996-06..1997-09 medium
    ZAFELI
person : Desmond Tutu | Archbishop Desmond Tutu | Archbishop Tutu
    ZAFCHR high
person : Mangosuthu Buthelezi | Buthelezi
    ZAFOPP 1975..1994-05 medium      # Inkatha leader
    ZAFGOV 1994-05..2004-04 high     # home affairs minister
    ZAFOPP
person : Juvenal Habyarimana | Juvénal Habyarimana | Habyarimana
    RWAGOV ..1994-04 high
person : Melchior Ndadaye | Ndadaye
    BDIGOV 1993-07..1993-10 high
person : Pierre Buyoya | Buyoya
    BDIGOV 1987-09..1993-07 high
    BDIGOV 1996-07..2003-04 high
    BDIELI
person : Mobutu Sese Seko | Mobutu
    CODGOV ..1997-05 high
person : Daniel arap Moi | Daniel Arap Moi | arap Moi
    KENGOV 1978-10..2002-12 high
    KENELI
person : Sani Abacha | Abacha
    NGAMIL 1985-08..1993-11 medium   # army chief, defence minister
    NGAGOV 1993-11..1998-06 high
person : Ibrahim Babangida | Babangida
    NGAGOV 1985-08..1993-08 high
    NGAELI
person : Moshood Abiola | M.K.O. Abiola | Abiola
    NGAOPP 1993-06..1998-07 high
person : Jerry Rawlings | Jerry John Rawlings | Rawlings
    GHAGOV 1981-12..2001-01 high
    GHAELI
person : Blaise Compaore | Blaise Compaoré | Compaore | Compaoré
    BFAGOV 1987-10..2014-10 high
    BFAELI
person : Omar Bongo | Omar Bongo Ondimba | El Hadj Omar Bongo
    GABGOV ..2009-06 high
person : Felix Houphouet-Boigny | Félix Houphouët-Boigny | Houphouet-Boigny
    CIVGOV ..1993-12 high
person : Henri Konan Bedie | Henri Konan Bédié | Konan Bedie | Bedie | Bédié
    CIVGOV 1993-12..1999-12 high
    CIVOPP
person : Robert Guei | Robert Guéï | Guei
    CIVGOV 1999-12..2000-10 high
    CIVMIL
person : Foday Sankoh | Sankoh
    SLEREB ..2000-05 high            # RUF leader
person : Ahmad Tejan Kabbah | Tejan Kabbah | Kabbah
    SLEGOV 1996-03..2007-09 high     # in exile May 1997 to March 1998
person : Samuel Doe
    LBRGOV 1980-04..1990-09 high
person : Prince Johnson | Prince Yormie Johnson
    LBRREB 1990..1992 high           # INPFL warlord
    LBRLEG 2006-01..2024-11 high     # senator
person : Jonas Savimbi | Savimbi
    AGOREB ..2002-02 high            # UNITA leader
person : Joaquim Chissano | Chissano
    MOZGOV 1986-11..2005-02 high
    MOZELI
person : Afonso Dhlakama | Dhlakama
    MOZREB ..1992-10 high            # RENAMO leader in the war
    MOZOPP 1992-10..2018-05 high
person : Sam Nujoma | Nujoma
    NAMGOV 1990-03..2005-03 high
    NAMELI
person : Kenneth Kaunda | Kaunda
    ZMBGOV ..1991-11 high
    ZMBOPP
person : Frederick Chiluba | Chiluba
    ZMBGOV 1991-11..2002-01 high
    ZMBELI
person : Mengistu Haile Mariam | Mengistu
    ETHGOV ..1991-05 high
    ETHELI
person : Mohamed Siad Barre | Siad Barre
    SOMGOV ..1991-01 high
person : Mohamed Farah Aidid | Mohamed Farah Aideed | Farah Aidid | General Aidid | Aidid | Aideed
    SOMREB 1991-01..1996-08 high     # warlord, USC faction leader
person : Hussein Farah Aidid | Hussein Aidid
    SOMREB 1996-08..2002 medium
    SOMGOV 2005..2007 medium
person : Ali Mahdi Mohamed | Ali Mahdi
    SOMREB 1991-01..1997 medium      # rival USC faction leader, self-declared president
person : Idi Amin
    UGAGOV ..1979-04 high
person : Milton Obote | Obote
    UGAGOV 1980-12..1985-07 high

# ---------------- Asia and the Americas ----------------
person : Suharto | Soeharto
    IDNGOV ..1998-05 high
    IDNELI
person : B.J. Habibie | B. J. Habibie | Habibie
    IDNGOV 1998-03..1999-10 high     # vice president, then president
    IDNELI
person : Ali Alatas | Alatas
    IDNGOV 1988-03..1999-10 high     # foreign minister
person : Li Peng
    CHNGOV 1987-11..2003-03 high     # premier, then head of the NPC
person : Deng Xiaoping
    CHNGOV ..1997-02 high
person : Zhao Ziyang
    CHNGOV ..1989-06 high
    CHNOPP 1989-06..2005-01 medium   # under house arrest
person : Qian Qichen
    CHNGOV 1988-04..2003-03 high     # foreign minister, then vice premier
person : Kim Il Sung | Kim Il-sung | Kim Il-Sung
    PRKGOV ..1994-07 high
person : Kim Young-sam | Kim Young Sam
    KORGOV 1993-02..1998-02 high
    KORELI
person : Roh Tae-woo | Roh Tae Woo
    KORGOV 1988-02..1993-02 high
    KORELI
person : Ryutaro Hashimoto
    JPNGOV 1994-06..1998-07 high
person : Tomiichi Murayama | Murayama
    JPNGOV 1994-06..1996-01 high
person : Morihiro Hosokawa | Hosokawa
    JPNGOV 1993-08..1994-04 high
person : Toshiki Kaifu | Kaifu
    JPNGOV 1989-08..1991-11 high
person : Keizo Obuchi | Obuchi
    JPNGOV 1997-09..2000-04 high
person : Rajiv Gandhi
    INDGOV 1984-10..1989-12 high
    INDOPP 1989-12..1991-05 high
person : P.V. Narasimha Rao | P. V. Narasimha Rao | Narasimha Rao
    INDGOV 1991-06..1996-05 high
    INDELI
person : Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga | Kumaratunga
    LKAGOV 1994-08..2005-11 high     # prime minister, then president from November 1994
    LKAELI
person : Ranasinghe Premadasa | Premadasa
    LKAGOV 1978-02..1993-05 high     # prime minister, then president from January 1989
person : Zia ul-Haq | Zia-ul-Haq | General Zia
    PAKGOV ..1988-08 high
person : Najibullah | Mohammad Najibullah
    AFGGOV 1986-05..1992-04 high
person : Ahmad Shah Massoud | Ahmad Shah Masood | Ahmed Shah Massoud
    AFGMIL 1992-04..1996-09 medium   # defence minister of the mujahideen government
    AFGREB 1996-09..2001-09 high     # Northern Alliance commander against the Taliban
person : Burhanuddin Rabbani
    AFGGOV 1992-06..1996-09 high
    AFGREB 1996-09..2001-11 medium
    AFGELI
person : Prince Norodom Sihanouk | Norodom Sihanouk | Sihanouk
    KHMGOV 1993-09..2004-10 high
    KHMELI
person : Pol Pot
    KHMREB 1979-01..1998-04 high     # Khmer Rouge leader after his fall
person : Khieu Samphan
    KHMREB 1979-01..1998-12 medium
person : Ferdinand Marcos Sr.
    PHLGOV ..1986-02 high
person : Corazon Aquino | Cory Aquino
    PHLGOV 1986-02..1992-06 high
    PHLELI
person : Fidel Ramos | Fidel V. Ramos
    PHLGOV 1992-06..1998-06 high
    PHLELI
person : Ronald Reagan | Reagan
    USAGOV 1981-01..1989-01 high
    USAELI
person : George Shultz | Shultz
    USAGOV 1982-07..1989-01 high
person : James Baker | James A. Baker
    USAGOV 1981-01..1992-08 high     # chief of staff, treasury, then secretary of state
    USAELI
person : Warren Christopher
    USAGOV 1993-01..1997-01 high
person : Al Gore
    USAGOV 1993-01..2001-01 high
    USAELI
person : Alberto Fujimori | Fujimori
    PERGOV 1990-07..2000-11 high
    PERELI
person : Carlos Salinas | Carlos Salinas de Gortari | Salinas de Gortari
    MEXGOV 1988-12..1994-11 high
    MEXELI
person : Ernesto Zedillo | Zedillo
    MEXGOV 1994-12..2000-11 high
    MEXELI
person : Violeta Chamorro | Violeta Barrios de Chamorro
    NICGOV 1990-04..1997-01 high
person : Augusto Pinochet | Pinochet
    CHLGOV ..1990-03 high
    CHLMIL 1990-03..1998-03 high     # army commander
    CHLELI
person : Manuel Noriega | Noriega
    PANMIL 1983-08..1989-12 high     # military ruler of Panama
    PANCRM
person : Raul Cedras | Raoul Cedras | Raoul Cédras | Cedras
    HTIMIL 1991-09..1994-10 high     # leader of the military junta
