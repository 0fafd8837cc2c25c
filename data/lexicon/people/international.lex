# Officials of international organisations (UN, agencies, courts, AU, Arab League, GCC, NATO,
# IMF, World Bank), 2000-2026, written by the project. EU and NATO figures who were national
# leaders before are in europe.lex.

person : Kofi Annan | Annan
    IGOUNO ..2006-12 high
    IGOUNO 2012-02..2012-08 high   # UN-Arab League envoy for Syria
    GHAELI
person : Antonio Guterres | António Guterres | Guterres
    PRTGOV ..2002-04 high
    IGOUNOHCR 2005-06..2015-12 high
    IGOUNO 2017-01.. high
person : Lakhdar Brahimi | Brahimi
    IGOUNO ..2014-05 medium
    DZAELI
person : Staffan de Mistura | De Mistura
    IGOUNO high
person : Geir Pedersen | Pedersen
    IGOUNO 2019-01..2025-09 medium
    NORGOV
person : Martin Griffiths
    IGOUNO 2018-02..2024-06 high
    GBRELI
person : Tom Fletcher
    IGOUNO 2024-11.. high
    GBRGOV
person : Hans Grundberg | Grundberg
    IGOUNO 2021-08.. high
person : Amina Mohammed | Amina J. Mohammed
    IGOUNO 2017-02.. high
    NGAGOV 2015-11..2016-12 high
person : Rafael Grossi | Rafael Mariano Grossi | Grossi
    IGOUNOIAE 2019-12.. high
    ARGGOV
person : Yukiya Amano | Amano
    IGOUNOIAE 2009-12..2019-07 high
    JPNGOV
person : Tedros Adhanom Ghebreyesus | Tedros Adhanom | Tedros
    ETHGOV ..2017-06 high
    IGOUNOWHO 2017-07.. high
person : Filippo Grandi | Grandi
    IGOUNODEV 2010-01..2014-03 medium  # UNRWA
    IGOUNOHCR 2016-01..2025-12 high
person : Volker Turk | Volker Türk
    IGOUNOHCH 2022-10.. high
    IGOUNO
person : Michelle Bachelet | Bachelet
    CHLGOV 2000-03..2010-03 high   # health and defence minister, president from March 2006
    IGOUNO 2010-09..2013-03 high   # UN Women
    CHLGOV 2014-03..2018-03 high
    IGOUNOHCH 2018-09..2022-08 high
    CHLELI
person : Zeid Ra'ad al-Hussein | Zeid Raad al-Hussein
    IGOUNOHCH 2014-09..2018-08 high
    JORELI
person : Navi Pillay | Navanethem Pillay
    IGOUNOHCH 2008-09..2014-08 high
    IGOUNO
person : Philippe Lazzarini | Lazzarini
    IGOUNODEV 2020-03.. high       # UNRWA
person : Cindy McCain
    IGOUNOWFP 2023-04.. low
    USAELI
person : David Beasley
    IGOUNOWFP 2017-04..2023-04 high
    USAELI
person : Catherine Russell
    IGOUNOKID 2022-02.. high
    USAGOV
person : Kristalina Georgieva | Georgieva
    IGOEUREEC 2010-02..2016-12 high
    IGOUNOWBK 2017-01..2019-09 high
    IGOUNOIMF 2019-10.. high
person : Ajay Banga | Banga
    IGOUNOWBK 2023-06.. high
    USABUS
person : David Malpass | Malpass
    IGOUNOWBK 2019-04..2023-06 high
    USAGOV
person : Dominique Strauss-Kahn | Strauss-Kahn
    IGOUNOIMF 2007-11..2011-05 high
    FRAELI
person : Karim Khan | Karim Ahmad Khan
    IGOICC 2021-06.. medium        # on leave from May 2025
person : Fatou Bensouda | Bensouda
    IGOICC 2004-11..2021-06 high   # deputy prosecutor, prosecutor from June 2012
    GMBGOV
person : Luis Moreno Ocampo | Luis Moreno-Ocampo | Moreno Ocampo | Moreno-Ocampo
    IGOICC 2003-06..2012-06 high
    ARGELI
person : Moussa Faki Mahamat | Moussa Faki
    TCDGOV 2003-06..2017-01 medium
    IGOAFROAU 2017-03..2025-02 high
    TCDELI
person : Mahmoud Ali Youssouf
    DJIGOV ..2025-02 high
    IGOAFROAU 2025-02.. high
person : Jean Ping
    IGOAFROAU 2008-04..2012-10 high
    GABOPP
person : Alpha Oumar Konare | Alpha Oumar Konaré
    MLIGOV ..2002-06 high
    IGOAFROAU 2003-09..2008-04 high
    MLIELI
person : Jasem Mohamed Albudaiwi | Jasem al-Budaiwi | Albudaiwi | Budaiwi
    IGOPGSGCC 2023-02.. high
    KWTGOV
person : Nayef al-Hajraf | Hajraf
    IGOPGSGCC 2020-02..2023-01 high
    KWTGOV
person : Hossam Zaki
    IGOARBARL high
person : Pope John Paul II | John Paul II
    VATGOV ..2005-04 high
person : Pope Benedict | Pope Benedict XVI | Benedict XVI
    VATGOV 2005-04..2013-02 high
    VATCHRCTH
person : Pope Francis
    VATGOV 2013-03..2025-04 high
    VATCHRCTH
person : Pope Leo | Pope Leo XIV | Leo XIV
    VATGOV 2025-05.. high
person : the Pope | the pontiff
    VATGOV high

# More officials of the 2020s (added 2026-11)
person : Ngozi Okonjo-Iweala | Okonjo-Iweala
    NGAGOV 2003-07..2006-08 high   # finance then foreign minister
    NGAGOV 2011-07..2015-05 high   # finance minister
    IGOWTO 2021-03.. high          # director-general of the WTO
person : Omar Alieu Touray | Omar Touray
    IGOWAFWAS 2022-07.. high       # president of the ECOWAS Commission
    GMBGOV
person : Hissein Brahim Taha
    IGOOIC 2021-11.. high          # secretary-general of the OIC
    TCDGOV
person : Hanna Tetteh | Hanna Serwaa Tetteh
    GHAGOV 2013-03..2017-01 high   # foreign minister
    IGOUNO 2018-01.. high          # UN envoy (AU office, Horn of Africa, Libya from 2025)
person : Francesca Albanese   # UN special rapporteur on the Palestinian territories (bare "Albanese" is Australia's prime minister)
    IGOUNO 2022-05.. high
person : Sigrid Kaag | Kaag
    NLDGOV 2017-10..2022-09 high   # trade, foreign, then finance minister
    IGOUNO 2023-12..2025-06 medium # UN Gaza aid coordinator, then Middle East envoy
    NLDELI
person : Tor Wennesland | Wennesland
    IGOUNO 2021-01..2024-12 high   # UN Middle East peace envoy
person : Tom Homan | Homan
    USAGOV 2025-01.. high          # border czar
person : Stephen Miller
    USAGOV 2017-01..2021-01 high
    USAGOV 2025-01.. high          # deputy chief of staff
person : Richard Grenell | Ric Grenell | Grenell
    USAGOV 2018-05..2021-01 high   # ambassador to Germany, acting intelligence director
    USAGOV 2025-01.. high          # special envoy
person : Dan Driscoll | Daniel Driscoll
    USAMIL 2025-02.. high          # army secretary, Ukraine talks envoy
person : Tommy Pigott
    USAGOV 2025-01.. high          # State Department spokesman
