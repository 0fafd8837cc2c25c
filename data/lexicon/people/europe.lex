# People of Europe (G20 members, the EU's big states, Russia, Ukraine, Turkey is in
# middle-east.lex), 2000-2026, written by the project. Inclusive month ranges, confidence marks.

# ---------------- United Kingdom ----------------
person : Queen Elizabeth | Queen Elizabeth II | Elizabeth II
    GBRGOV ..2022-09 high
person : King Charles | King Charles III | Charles III | Prince Charles
    GBRELI ..2022-08 high
    GBRGOV 2022-09.. high
person : Tony Blair | Blair
    GBROPP 1994-07..1997-05 high   # leader of the opposition
    GBRGOV ..2007-06 high
    IGO 2007-06..2015-05 high      # Quartet envoy to the Middle East
    GBRELI
person : Gordon Brown
    GBRGOV ..2010-05 high          # chancellor, then prime minister from June 2007
    GBRELI
person : David Cameron | Cameron
    GBROPP 2005-12..2010-05 high
    GBRGOV 2010-05..2016-07 high
    GBRGOV 2023-11..2024-07 high   # foreign secretary
    GBRELI
person : Theresa May
    GBRGOV 2010-05..2019-07 high   # home secretary, then prime minister from July 2016
    GBRLEG
person : Boris Johnson
    GBRGOV 2008-05..2016-05 medium # mayor of London
    GBRGOV 2016-07..2018-07 high   # foreign secretary
    GBRGOV 2019-07..2022-09 high
    GBRELI
person : Liz Truss
    GBRGOV 2014-07..2022-10 high
    GBRELI
person : Rishi Sunak | Sunak
    GBRGOV 2019-07..2024-07 high   # treasury, chancellor, prime minister from October 2022
    GBROPP 2024-07..2024-11 medium
    GBRLEG
person : Keir Starmer | Starmer | Sir Keir Starmer
    GBROPP 2020-04..2024-07 high
    GBRGOV 2024-07.. high
person : Jack Straw
    GBRGOV ..2010-05 high
    GBRELI
person : Robin Cook
    GBRGOV ..2003-03 high
    GBRELI
person : Margaret Beckett
    GBRGOV 2001-06..2008-10 medium
    GBRELI
person : David Miliband
    GBRGOV 2006-05..2010-05 high
    NGOHRI 2013-07.. medium        # International Rescue Committee
person : Ed Miliband
    GBROPP 2010-09..2015-05 high
    GBRGOV 2024-07.. high
    GBRLEG
person : William Hague
    GBROPP ..2001-09 high
    GBRGOV 2010-05..2015-05 high
    GBRELI
person : Philip Hammond
    GBRGOV 2010-05..2019-07 high
    GBRELI
person : Jeremy Hunt
    GBRGOV 2012-09..2019-07 high
    GBRGOV 2022-10..2024-07 high
    GBRLEG
person : Dominic Raab | Raab
    GBRGOV 2018-07..2023-04 high
    GBRELI
person : James Cleverly
    GBRGOV 2022-09..2024-07 high   # foreign secretary, then home secretary
    GBRLEG
person : David Lammy | Lammy
    GBRGOV 2024-07.. high          # foreign secretary, deputy prime minister from September 2025
    GBROPP 2021-11..2024-07 medium
person : Yvette Cooper
    GBRGOV 2024-07.. high          # home secretary, foreign secretary from September 2025
    GBRLEG
person : John Healey
    GBRGOV 2024-07.. high
    GBRLEG
person : Ben Wallace
    GBRGOV 2019-07..2023-08 high
    GBRELI
person : Geoff Hoon | Hoon
    GBRGOV ..2005-05 high
    GBRELI
person : Nigel Farage | Farage
    GBROPP high
person : Jeremy Corbyn | Corbyn
    GBROPP high

# ---------------- France ----------------
person : Jacques Chirac | Chirac
    FRAGOV ..2007-05 high
    FRAELI
person : Nicolas Sarkozy | Sarkozy
    FRAGOV 2002-05..2012-05 high   # interior and finance minister, president from May 2007
    FRAELI
person : Francois Hollande | François Hollande | Hollande
    FRAOPP ..2012-05 medium
    FRAGOV 2012-05..2017-05 high
    FRAELI
person : Emmanuel Macron | Macron
    FRAGOV 2012-05..2016-08 medium # Elysee adviser, then economy minister
    FRAGOV 2017-05.. high
person : Lionel Jospin | Jospin
    FRAGOV ..2002-05 high
    FRAELI
person : Jean-Pierre Raffarin | Raffarin
    FRAGOV 2002-05..2005-05 high
    FRAELI
person : Dominique de Villepin | De Villepin | Villepin
    FRAGOV 2002-05..2007-05 high
    FRAELI
person : Francois Fillon | François Fillon | Fillon
    FRAGOV 2007-05..2012-05 high
    FRAELI
person : Jean-Marc Ayrault | Ayrault
    FRAGOV 2012-05..2014-03 high
    FRAGOV 2016-02..2017-05 high
    FRAELI
person : Manuel Valls | Valls
    FRAGOV 2012-05..2016-12 high
    FRAGOV 2024-12..2025-10 medium # overseas minister
    FRAELI
person : Edouard Philippe | Édouard Philippe
    FRAGOV 2017-05..2020-07 high
    FRAELI
person : Jean Castex | Castex
    FRAGOV 2020-07..2022-05 high
    FRAELI
person : Elisabeth Borne | Élisabeth Borne
    FRAGOV 2017-05..2024-01 high
    FRAGOV 2024-12..2025-10 medium # education minister
    FRAELI
person : Gabriel Attal | Attal
    FRAGOV 2018-10..2024-09 high
    FRALEG
person : Michel Barnier | Barnier
    IGOEUREEC 2016-10..2021-03 high  # EU Brexit negotiator
    FRAGOV 2004-03..2005-06 high
    FRAGOV 2024-09..2024-12 high
    FRAELI
person : Francois Bayrou | François Bayrou | Bayrou
    FRAGOV 2024-12..2025-09 high
    FRAELI
person : Sebastien Lecornu | Sébastien Lecornu | Lecornu
    FRAGOV 2017-06.. high          # ministers; defence from May 2022; prime minister from September 2025
person : Bernard Kouchner | Kouchner
    FRAGOV 2007-05..2010-11 high
    FRAELI
person : Alain Juppe | Alain Juppé | Juppe | Juppé
    FRAGOV 1993-03..1997-06 high   # foreign minister, then prime minister
    FRAGOV 2010-11..2012-05 high
    FRAELI
person : Laurent Fabius | Fabius
    FRAGOV 2012-05..2016-02 high
    FRAJUD 2016-03..2025-03 medium # Constitutional Council
    FRAELI
person : Jean-Yves Le Drian | Le Drian
    FRAGOV 2012-05..2022-05 high
    FRAELI
person : Catherine Colonna | Colonna
    FRAGOV 2022-05..2024-01 high
    FRAELI
person : Stephane Sejourne | Stéphane Séjourné | Sejourne | Séjourné
    FRAGOV 2024-01..2024-09 high
    IGOEUREEC 2024-12.. high
person : Jean-Noel Barrot | Jean-Noël Barrot | Barrot
    FRAGOV 2022-07.. high
person : Marine Le Pen | Le Pen
    FRAOPP high
person : Jean-Luc Melenchon | Jean-Luc Mélenchon | Melenchon | Mélenchon
    FRAOPP high

# ---------------- Germany ----------------
person : Gerhard Schroeder | Gerhard Schröder | Schroeder | Schröder
    DEUGOV ..2005-11 high
    DEUELI
person : Angela Merkel | Merkel
    DEUOPP ..2005-10 high
    DEUGOV 2005-11..2021-12 high
    DEUELI
person : Olaf Scholz | Scholz
    DEUGOV 2018-03..2025-05 high
    DEULEG
person : Friedrich Merz | Merz
    DEUOPP 2022-01..2025-04 high
    DEUGOV 2025-05.. high
    DEULEG
person : Frank-Walter Steinmeier | Steinmeier
    DEUGOV ..2009-10 high          # chief of staff, foreign minister from November 2005
    DEUOPP 2009-10..2013-12 high
    DEUGOV 2013-12.. high          # foreign minister, president from March 2017
person : Joschka Fischer
    DEUGOV ..2005-11 high
    DEUELI
person : Guido Westerwelle | Westerwelle
    DEUGOV 2009-10..2013-12 high
    DEUELI
person : Sigmar Gabriel
    DEUGOV 2013-12..2018-03 high
    DEUELI
person : Heiko Maas | Maas
    DEUGOV 2013-12..2021-12 high
    DEUELI
person : Annalena Baerbock | Baerbock
    DEUGOV 2021-12..2025-05 high
    IGOUNO 2025-09.. medium        # president of the UN General Assembly
    DEUOPP
person : Johann Wadephul | Wadephul
    DEUGOV 2025-05.. high
    DEULEG
person : Boris Pistorius | Pistorius
    DEUGOV 2023-01.. high
person : Ursula von der Leyen | Von der Leyen | von der Leyen
    DEUGOV 2005-11..2019-07 high
    IGOEUREEC 2019-12.. high
person : Christine Lambrecht
    DEUGOV 2019-06..2023-01 high
    DEUELI
person : Annegret Kramp-Karrenbauer | Kramp-Karrenbauer
    DEUGOV 2019-07..2021-12 high
    DEUELI

# ---------------- Italy ----------------
person : Silvio Berlusconi | Berlusconi
    ITAGOV 2001-06..2006-05 high
    ITAGOV 2008-05..2011-11 high
    ITAOPP ..2023-06 medium
person : Romano Prodi | Prodi
    IGOEUREEC ..2004-11 high
    ITAGOV 2006-05..2008-05 high
    ITAELI
person : Mario Monti
    ITAGOV 2011-11..2013-04 high
    ITAELI
person : Enrico Letta
    ITAGOV 2013-04..2014-02 high
    ITAOPP
person : Matteo Renzi | Renzi
    ITAGOV 2014-02..2016-12 high
    ITAOPP
person : Paolo Gentiloni | Gentiloni
    ITAGOV 2014-10..2018-06 high
    IGOEUREEC 2019-12..2024-11 high
    ITAELI
person : Giuseppe Conte | Conte
    ITAGOV 2018-06..2021-02 high
    ITAOPP
person : Mario Draghi | Draghi
    IGOEUREEC 2011-11..2019-10 high
    ITAGOV 2021-02..2022-10 high
    ITAELI
person : Giorgia Meloni | Meloni
    ITAOPP ..2022-10 medium
    ITAGOV 2022-10.. high
person : Giorgio Napolitano | Napolitano
    ITAGOV 2006-05..2015-01 high
    ITAELI
person : Sergio Mattarella | Mattarella
    ITAGOV 2015-02.. high
person : Antonio Tajani | Tajani
    IGOEUREEC 2008-05..2019-07 high
    ITAGOV 2022-10.. high
person : Luigi Di Maio | Di Maio
    ITAGOV 2018-06..2022-10 high
    IGOEUREEC 2023-06.. medium     # EU special representative for the Gulf
person : Federica Mogherini | Mogherini
    ITAGOV 2014-02..2014-10 high
    IGOEUREEC 2014-11..2019-11 high
    ITAELI
person : Franco Frattini | Frattini
    ITAGOV 2002-11..2004-11 high
    IGOEUREEC 2004-11..2008-05 high
    ITAGOV 2008-05..2011-11 high
    ITAELI
person : Massimo D'Alema | D'Alema
    ITAGOV 2006-05..2008-05 high
    ITAELI

# ---------------- European Union and NATO figures ----------------
person : Jose Manuel Barroso | José Manuel Barroso | Barroso
    PRTGOV 2002-04..2004-07 high
    IGOEUREEC 2004-11..2014-10 high
    PRTELI
person : Jean-Claude Juncker | Juncker
    LUXGOV ..2013-12 high
    IGOEUREEC 2014-11..2019-11 high
    LUXELI
person : Javier Solana | Solana
    IGOEUREEC ..2009-11 high
    ESPELI
person : Catherine Ashton | Lady Ashton
    IGOEUREEC 2008-10..2014-10 high
    GBRELI
person : Josep Borrell | Borrell
    ESPGOV 2018-06..2019-11 high
    IGOEUREEC 2019-12..2024-11 high
    ESPELI
person : Kaja Kallas | Kallas
    ESTGOV 2021-01..2024-07 high
    IGOEUREEC 2024-12.. high
person : Antonio Costa | António Costa
    PRTGOV 2015-11..2024-04 high
    IGOEUREEC 2024-12.. high
person : Charles Michel
    BELGOV 2014-10..2019-10 high
    IGOEUREEC 2019-12..2024-11 high
    BELELI
person : Donald Tusk | Tusk
    POLGOV 2007-11..2014-09 high
    IGOEUREEC 2014-12..2019-11 high
    POLOPP 2021-07..2023-11 medium
    POLGOV 2023-12.. high
person : Herman Van Rompuy | Van Rompuy
    BELGOV 2008-12..2009-11 high
    IGOEUREEC 2009-12..2014-11 high
    BELELI
person : Roberta Metsola | Metsola
    IGOEUREEC 2022-01.. high
person : Christine Lagarde | Lagarde
    FRAGOV 2007-06..2011-06 high
    IGOUNOIMF 2011-07..2019-09 high
    IGOEUREEC 2019-11.. high
person : Jens Stoltenberg | Stoltenberg
    NORGOV 2005-10..2013-10 high
    IGOWSTNAT 2014-10..2024-09 high
    NORGOV 2025-02.. high          # finance minister
person : Mark Rutte | Rutte
    NLDGOV 2010-10..2024-07 high
    IGOWSTNAT 2024-10.. high
person : Anders Fogh Rasmussen | Fogh Rasmussen
    DNKGOV ..2009-04 high
    IGOWSTNAT 2009-08..2014-09 high
    DNKELI
person : Jaap de Hoop Scheffer | De Hoop Scheffer
    NLDGOV ..2003-12 high
    IGOWSTNAT 2004-01..2009-07 high
    NLDELI
person : George Robertson | Lord Robertson
    IGOWSTNAT ..2003-12 high
    GBRELI

# ---------------- Russia ----------------
person : Vladimir Putin | Putin | Vladimir Vladimirovich Putin | President Putin
    RUSGOV high                    # prime minister or president throughout 1999-2026
person : Dmitry Medvedev | Dmitri Medvedev | Medvedev
    RUSGOV 2000-01.. high
person : Sergei Lavrov | Sergey Lavrov | Lavrov
    RUSGOV high                    # UN ambassador, foreign minister from March 2004
person : Igor Ivanov
    RUSGOV ..2007-07 high
    RUSELI
person : Mikhail Kasyanov | Kasyanov
    RUSGOV 2000-05..2004-02 high
    RUSOPP
person : Mikhail Fradkov | Fradkov
    RUSGOV 2004-03..2007-09 high
    RUSSPY 2007-10..2016-10 high
    RUSELI
person : Mikhail Mishustin | Mishustin
    RUSGOV 2020-01.. high
person : Sergei Ivanov | Sergey Ivanov
    RUSGOV 2001-03..2016-08 high
    RUSELI
person : Anatoly Serdyukov | Serdyukov
    RUSGOV 2007-02..2012-11 high
    RUSBUS
person : Sergei Shoigu | Sergey Shoigu | Shoigu
    RUSGOV high                    # emergencies, defence (2012-2024), Security Council
person : Andrei Belousov | Andrey Belousov | Belousov
    RUSGOV 2012-05.. high
person : Valery Gerasimov | Gerasimov
    RUSMIL high
person : Dmitry Peskov | Dmitri Peskov | Peskov
    RUSGOV 2000-01.. high
person : Maria Zakharova | Zakharova
    RUSGOV 2015-08.. high
person : Vassily Nebenzia | Vasily Nebenzya | Vassily Nebenzya | Nebenzia
    RUSGOV high
person : Yevgeny Prigozhin | Yevgeniy Prigozhin | Prigozhin
    RUSUAF 2014-01..2023-08 medium
    RUSBUS
person : Alexei Navalny | Alexey Navalny | Navalny
    RUSOPP ..2024-02 high
person : Ramzan Kadyrov | Kadyrov
    RUSGOV 2007-03.. high
    RUSUAF
person : Nikolai Patrushev | Patrushev
    RUSSPY ..2008-05 high
    RUSGOV 2008-05.. high
person : Alexander Bortnikov | Bortnikov
    RUSSPY high
person : Sergei Naryshkin | Sergey Naryshkin | Naryshkin
    RUSGOV ..2011-12 medium
    RUSLEG 2011-12..2016-10 high
    RUSSPY 2016-10.. high
person : Valentina Matviyenko | Matviyenko
    RUSLEG 2011-09.. high
    RUSGOV
person : Vyacheslav Volodin | Volodin
    RUSLEG 2016-10.. high
    RUSGOV
person : Yuri Ushakov | Ushakov
    RUSGOV high
person : Kirill Dmitriev | Dmitriev
    RUSGOV 2025-02.. medium        # envoy for economic cooperation
    RUSBUS
person : Ramzan Akhmatovich Kadyrov
    RUSGOV 2007-03.. high

# ---------------- Ukraine and Belarus ----------------
person : Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Zelensky | Zelenskyy | Zelenskiy | President Zelensky
    UKRGOV 2019-05.. high
    UKRMED
person : Petro Poroshenko | Poroshenko
    UKRGOV 2014-06..2019-05 high
    UKROPP
person : Viktor Yanukovych | Yanukovych | Yanukovich
    UKRGOV 2002-11..2005-01 high
    UKRGOV 2006-08..2007-12 high
    UKRGOV 2010-02..2014-02 high
    UKROPP
person : Viktor Yushchenko | Yushchenko
    UKRGOV 2005-01..2010-02 high
    UKROPP
person : Yulia Tymoshenko | Tymoshenko
    UKRGOV 2005-01..2005-09 high
    UKRGOV 2007-12..2010-03 high
    UKROPP
person : Leonid Kuchma | Kuchma
    UKRGOV ..2005-01 high
    UKRELI
person : Dmytro Kuleba | Kuleba
    UKRGOV 2019-08..2024-09 high
    UKRELI
person : Andrii Sybiha | Andriy Sybiha | Sybiha
    UKRGOV 2024-09.. high
person : Pavlo Klimkin | Klimkin
    UKRGOV 2014-06..2019-08 high
    UKRELI
person : Oleksii Reznikov | Oleksiy Reznikov | Reznikov
    UKRGOV 2020-03..2023-09 high
    UKRELI
person : Rustem Umerov | Umerov
    UKRGOV 2023-09.. high          # defence minister, then security council secretary (July 2025)
person : Denys Shmyhal | Shmyhal
    UKRGOV 2020-03.. high
person : Yulia Svyrydenko | Svyrydenko
    UKRGOV 2019-08.. medium
person : Andriy Yermak | Andrii Yermak | Yermak
    UKRGOV 2020-02..2025-11 medium
    UKRELI
person : Valerii Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny
    UKRMIL 2021-07..2024-02 high
    UKRGOV 2024-05.. medium        # ambassador to the UK
person : Oleksandr Syrskyi | Oleksandr Syrsky | Syrskyi | Syrsky
    UKRMIL high
person : Kyrylo Budanov | Budanov
    UKRSPY 2020-08.. medium
person : Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Lukashenko | Lukashenka
    BLRGOV high
person : Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya | Tsikhanouskaya | Tikhanovskaya
    BLROPP high

# ---------------- other European leaders in the news ----------------
person : Viktor Orban | Viktor Orbán | Orban | Orbán
    HUNGOV ..2002-05 high
    HUNOPP 2002-06..2010-04 high
    HUNGOV 2010-05.. high
person : Pedro Sanchez | Pedro Sánchez
    ESPOPP 2014-07..2018-05 medium
    ESPGOV 2018-06.. high
person : Mariano Rajoy | Rajoy
    ESPGOV 2011-12..2018-06 high
    ESPELI
person : Jose Luis Rodriguez Zapatero | José Luis Rodríguez Zapatero | Zapatero
    ESPGOV 2004-04..2011-12 high
    ESPELI
person : Jose Maria Aznar | José María Aznar | Aznar
    ESPGOV ..2004-04 high
    ESPELI
person : Andrzej Duda | Duda
    POLGOV 2015-08..2025-08 high
    POLELI
person : Karol Nawrocki | Nawrocki
    POLGOV 2025-08.. high
person : Aleksandar Vucic | Aleksandar Vučić | Vucic | Vučić
    SRBGOV 2012-07.. high
person : Slobodan Milosevic | Slobodan Milošević | Milosevic | Milošević
    SRBGOV ..2000-10 high
    SRBELI
person : Ilham Aliyev | Aliyev
    AZEGOV 2003-08.. high
person : Nikol Pashinyan | Pashinyan
    ARMOPP ..2018-05 medium
    ARMGOV 2018-05.. high
person : Mikheil Saakashvili | Saakashvili
    GEOGOV 2004-01..2013-11 high
    GEOOPP
person : Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Tayyip Erdogan | Tayyip Erdoğan | Erdogan | Erdoğan
    TUROPP ..2002-10 medium
    TURGOV 2002-11.. high          # party leader in government, prime minister from March 2003, president from August 2014
person : Boris Yeltsin | Yeltsin
    RUSGOV ..1999-12 high
    RUSELI
person : Espen Barth Eide | Barth Eide
    NORGOV 2011-11..2013-10 high   # defence, then foreign minister
    NORGOV 2021-10.. high          # climate, then foreign minister from October 2023
    NORELI
person : Anniken Huitfeldt | Huitfeldt
    NORGOV 2021-10..2023-10 high
    NORLEG
person : Rachel Reeves
    GBRGOV 2024-07.. high
    GBROPP 2020-04..2024-07 medium
person : Shabana Mahmood
    GBRGOV 2024-07.. high
person : Mikhail Ulyanov | Ulyanov
    RUSGOV high                    # envoy to the international organisations in Vienna
person : Dmitry Polyanskiy | Dmitry Polyansky | Polyanskiy
    RUSGOV high

# ---------------- more ministers (added 2026-11) ----------------
person : Peter Szijjarto | Péter Szijjártó | Szijjarto
    HUNGOV 2014-09.. medium          # foreign minister (open end: after the April 2026 election unchecked)
person : Catherine Vautrin | Vautrin
    FRAGOV 2024-01.. medium          # minister (labour, territories), armed forces minister from October 2025
person : Vladimir Medinsky | Medinsky
    RUSGOV 2012-05.. high            # culture minister, presidential aide from 2020, head of the Istanbul delegation 2022 and 2025
person : Kristen Michal
    ESTGOV 2024-07.. high            # prime minister
    ESTGOV 2022-07..2024-07 medium   # climate minister
    ESTELI
