# People of the Americas: heads of state and government, foreign and defence ministers and
# other recurring figures, 2000-2026, written by the project. Ranges are inclusive months;
# the confidence mark says how sure the dates are (see docs/formats/lexicon.md). An undated
# last line is the fallback outside office (ELI: political elite; OPP: opposition).

# ---------------- United States ----------------
person : Bill Clinton | William Jefferson Clinton | President Clinton
    USAGOV ..2001-01 high        # president 1993-2001
    USAELI
person : Clinton
    USAGOV ..2001-01 high        # Bill Clinton, president
    USAGOV 2009-01..2013-02 medium  # Hillary Clinton, secretary of state
    USAELI
person : Hillary Clinton | Hillary Rodham Clinton | Hillary
    USALEG 2001-01..2009-01 high  # senator for New York
    USAGOV 2009-01..2013-02 high  # secretary of state
    USAELI
person : George W. Bush | George W Bush | George Bush | President Bush | Bush | Dubya
    USAGOV 2001-01..2009-01 high
    USAELI
person : Barack Obama | Obama | Barack Hussein Obama | President Obama
    USALEG 2005-01..2008-11 high  # senator for Illinois
    USAGOV 2008-11..2017-01 high  # president-elect, then president
    USAELI
person : Donald Trump | Trump | Donald J. Trump | President Trump
    USAGOV 2017-01..2021-01 high
    USAGOV 2024-11.. high         # president-elect, president from January 2025
    USAOPP 2021-02..2024-10 medium
    USABUS
person : Joe Biden | Biden | Joseph Biden | Joseph R. Biden | President Biden | Vice President Biden
    USALEG ..2009-01 high          # senator for Delaware
    USAGOV 2009-01..2017-01 high   # vice president
    USAGOV 2020-11..2025-01 high   # president-elect, then president
    USAELI
person : Dick Cheney | Richard Cheney | Cheney
    USAGOV 2001-01..2009-01 high
    USAELI
person : Mike Pence | Pence
    USAGOV 2017-01..2021-01 high
    USAELI
person : Kamala Harris
    USALEG 2017-01..2021-01 high
    USAGOV 2021-01..2025-01 high
    USAOPP
person : JD Vance | J.D. Vance | James David Vance | Vance
    USALEG 2023-01..2025-01 high
    USAGOV 2025-01.. high
person : Madeleine Albright | Albright
    USAGOV ..2001-01 high
    USAELI
person : Colin Powell
    USAGOV 2001-01..2005-01 high
    USAELI
person : Condoleezza Rice | Condi Rice
    USAGOV 2001-01..2009-01 high  # national security adviser, then secretary of state
    USAELI
person : John Kerry | Kerry
    USALEG ..2013-01 high
    USAGOV 2013-02..2017-01 high  # secretary of state
    USAGOV 2021-01..2024-03 high  # climate envoy
    USAELI
person : Rex Tillerson | Tillerson
    USABUS ..2016-12 high
    USAGOV 2017-02..2018-03 high
    USAELI
person : Mike Pompeo | Pompeo
    USALEG 2011-01..2017-01 high
    USASPY 2017-01..2018-04 high
    USAGOV 2018-04..2021-01 high
    USAELI
person : Antony Blinken | Tony Blinken | Blinken
    USAGOV 2009-01..2017-01 medium  # Biden's adviser, deputy national security adviser, deputy secretary of state
    USAGOV 2021-01..2025-01 high
    USAELI
person : Marco Rubio | Rubio
    USALEG 2011-01..2025-01 high
    USAGOV 2025-01.. high
person : Donald Rumsfeld | Rumsfeld
    USAGOV 2001-01..2006-12 high
    USAELI
person : Robert Gates
    USAGOV 2006-12..2011-06 high
    USAELI
person : Leon Panetta | Panetta
    USASPY 2009-02..2011-06 high
    USAGOV 2011-07..2013-02 high
    USAELI
person : Chuck Hagel | Hagel
    USAGOV 2013-02..2015-02 high
    USAELI
person : Ash Carter | Ashton Carter
    USAGOV 2015-02..2017-01 high
    USAELI
person : Jim Mattis | James Mattis | Mattis
    USAMIL ..2013-03 medium
    USAGOV 2017-01..2018-12 high
    USAELI
person : Mark Esper | Esper
    USAGOV 2017-11..2020-11 high  # army secretary, then defense secretary
    USAELI
person : Lloyd Austin
    USAMIL ..2016-04 medium
    USAGOV 2021-01..2025-01 high
    USAELI
person : Pete Hegseth | Hegseth
    USAMED ..2024-11 medium
    USAGOV 2025-01.. high
person : Nikki Haley | Haley
    USAGOV 2017-01..2018-12 high
    USAOPP
person : John Bolton | Bolton
    USAGOV 2005-08..2006-12 high
    USAGOV 2018-04..2019-09 high
    USAELI
person : Susan Rice
    USAGOV 2009-01..2017-01 high
    USAGOV 2021-01..2023-05 high
    USAELI
person : Samantha Power
    USAGOV 2013-08..2017-01 high
    USAGOV 2021-05..2025-01 high  # USAID
    USAELI
person : Linda Thomas-Greenfield
    USAGOV 2021-02..2025-01 high
    USAELI
person : Jake Sullivan
    USAGOV 2021-01..2025-01 high
    USAELI
person : Mike Waltz | Michael Waltz
    USALEG 2019-01..2025-01 high
    USAGOV 2025-01.. medium       # national security adviser, then UN ambassador
person : H.R. McMaster | H. R. McMaster | McMaster
    USAMIL ..2017-02 medium
    USAGOV 2017-02..2018-04 high
    USAELI
person : Steve Witkoff | Steven Witkoff | Witkoff
    USAGOV 2025-01.. high
    USABUS
person : George Tenet
    USASPY ..2004-07 high
    USAELI
person : Tenet   # the bare surname is also a common noun ("a tenet of"): only while CIA director
    USASPY ..2004-07 high
person : David Petraeus | Petraeus
    USAMIL ..2011-08 high
    USASPY 2011-09..2012-11 high
    USAELI
person : John Brennan
    USASPY 2013-03..2017-01 high
    USAELI
person : Gina Haspel | Haspel
    USASPY ..2021-01 high
    USAELI
person : William Burns | Bill Burns
    USAGOV ..2014-11 medium
    USASPY 2021-03..2025-01 high
    USAELI
person : John Ratcliffe | Ratcliffe
    USALEG 2015-01..2020-05 high
    USASPY 2020-05..2021-01 high
    USASPY 2025-01.. high
    USAELI
person : Jerome Powell | Jay Powell
    USAGOV 2012-05.. high          # Federal Reserve governor, chair from February 2018
person : Powell
    USAGOV 2001-01..2005-01 medium  # Colin Powell
    USAGOV 2018-02.. medium         # Jerome Powell
person : Nancy Pelosi | Pelosi
    USALEG high
person : Mitch McConnell | McConnell
    USALEG high
person : Chuck Schumer | Schumer
    USALEG high
person : Mike Johnson
    USALEG 2017-01.. high
person : Kevin McCarthy
    USALEG ..2023-12 high
person : Mark Milley | Milley
    USAMIL ..2023-09 high
    USAELI
person : Elon Musk | Musk
    USAGOV 2025-01..2025-05 medium  # head of the Department of Government Efficiency
    USABUS

# ---------------- Canada ----------------
person : Jean Chretien | Jean Chrétien | Chretien | Chrétien
    CANGOV ..2003-12 high
    CANELI
person : Paul Martin
    CANGOV ..2006-02 high   # finance minister, then prime minister
    CANELI
person : Stephen Harper
    CANOPP 2002-03..2006-01 medium
    CANGOV 2006-02..2015-11 high
    CANELI
person : Justin Trudeau | Trudeau
    CANGOV 2015-11..2025-03 high
    CANELI
person : Mark Carney | Carney
    CANGOV 2025-03.. high
    CANELI
person : Chrystia Freeland | Freeland
    CANGOV 2015-11..2024-12 high
    CANGOV 2025-03..2025-09 medium # transport minister, left the cabinet in September 2025
    CANLEG
person : Melanie Joly | Mélanie Joly | Joly
    CANGOV 2015-11.. high
person : Stephane Dion | Stéphane Dion
    CANGOV 2015-11..2017-01 high
    CANOPP 2006-12..2008-12 high
    CANELI
person : John Baird
    CANGOV 2006-02..2015-02 high
    CANELI
person : Anita Anand
    CANGOV 2019-11.. high

# ---------------- Mexico ----------------
person : Vicente Fox
    MEXGOV 2000-12..2006-11 high
    MEXELI
person : Felipe Calderon | Felipe Calderón
    MEXGOV 2006-12..2012-11 high
    MEXELI
person : Enrique Pena Nieto | Enrique Peña Nieto | Pena Nieto | Peña Nieto
    MEXGOV 2012-12..2018-11 high
    MEXELI
person : Andres Manuel Lopez Obrador | Andrés Manuel López Obrador | Lopez Obrador | López Obrador | AMLO
    MEXGOV 2000-12..2005-07 medium   # head of government of Mexico City
    MEXOPP 2005-08..2018-11 medium
    MEXGOV 2018-12..2024-09 high
    MEXELI
person : Claudia Sheinbaum | Sheinbaum
    MEXGOV 2018-12..2023-06 high     # head of government of Mexico City
    MEXGOV 2024-10.. high
    MEXELI
person : Marcelo Ebrard | Ebrard
    MEXGOV 2006-12..2012-12 medium   # Mexico City
    MEXGOV 2018-12..2023-06 high     # foreign minister
    MEXGOV 2024-10.. high            # economy minister
    MEXELI
person : Jorge Castaneda | Jorge Castañeda
    MEXGOV 2000-12..2003-01 high
    MEXELI
person : Luis Videgaray | Videgaray
    MEXGOV 2012-12..2018-11 high
    MEXELI
person : Alicia Barcena | Alicia Bárcena
    IGOUNO 2008-07..2022-03 medium   # head of ECLAC
    MEXGOV 2023-07..2024-09 high
    MEXGOV 2024-10.. medium          # environment minister

# ---------------- Brazil ----------------
person : Fernando Henrique Cardoso | Cardoso
    BRAGOV ..2002-12 high
    BRAELI
person : Luiz Inacio Lula da Silva | Luiz Inácio Lula da Silva | Lula da Silva | Lula
    BRAGOV 2003-01..2010-12 high
    BRAGOV 2022-11.. high    # president-elect, president from January 2023
    BRAOPP
person : Dilma Rousseff | Rousseff | Dilma
    BRAGOV 2005-06..2016-08 high   # chief of staff, then president from January 2011
    BRAELI
person : Michel Temer | Temer
    BRAGOV 2011-01..2018-12 high   # vice president, then president from May 2016
    BRAELI
person : Jair Bolsonaro | Bolsonaro
    BRALEG ..2018-12 high
    BRAGOV 2019-01..2022-12 high
    BRAOPP
person : Celso Amorim | Amorim
    BRAGOV 2003-01..2014-12 high   # foreign minister, then defence minister
    BRAGOV 2023-01.. high          # presidential adviser
    BRAELI
person : Mauro Vieira
    BRAGOV 2015-01..2016-05 high
    BRAGOV 2023-01.. high
    BRAELI
person : Ernesto Araujo | Ernesto Araújo
    BRAGOV 2019-01..2021-03 high
    BRAELI
person : Antonio Patriota | Antônio Patriota
    BRAGOV 2011-01..2013-08 high
    BRAELI

# ---------------- Argentina ----------------
person : Fernando de la Rua | Fernando de la Rúa | De la Rua | De la Rúa
    ARGGOV ..2001-12 high
    ARGELI
person : Eduardo Duhalde | Duhalde
    ARGGOV 2002-01..2003-05 high
    ARGELI
person : Nestor Kirchner | Néstor Kirchner
    ARGGOV 2003-05..2007-12 high
    ARGELI
person : Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner | Cristina Kirchner | Fernandez de Kirchner | Fernández de Kirchner
    ARGGOV 2007-12..2015-12 high
    ARGGOV 2019-12..2023-12 high   # vice president
    ARGOPP
person : Kirchner
    ARGGOV 2003-05..2015-12 high
    ARGGOV 2019-12..2023-12 medium
    ARGOPP
person : Mauricio Macri | Macri
    ARGGOV 2007-12..2019-12 high   # mayor of Buenos Aires, then president from December 2015
    ARGOPP
person : Alberto Fernandez | Alberto Fernández
    ARGGOV 2019-12..2023-12 high
    ARGELI
person : Javier Milei | Milei
    ARGLEG 2021-12..2023-12 high
    ARGGOV 2023-12.. high
person : Hector Timerman | Héctor Timerman
    ARGGOV 2010-06..2015-12 high
    ARGELI
person : Susana Malcorra | Malcorra
    ARGGOV 2015-12..2017-06 high
    ARGELI
person : Santiago Cafiero
    ARGGOV 2019-12..2023-12 high
    ARGELI
person : Diana Mondino | Mondino
    ARGGOV 2023-12..2024-10 high
    ARGELI

# ---------------- Venezuela, Cuba, Colombia ----------------
person : Hugo Chavez | Hugo Chávez | Chavez | Chávez
    VENGOV ..2013-03 high
person : Nicolas Maduro | Nicolás Maduro | Maduro
    VENGOV 2006-08.. medium     # foreign minister, vice president, president from March 2013
person : Juan Guaido | Juan Guaidó | Guaido | Guaidó
    VENOPP high
person : Maria Corina Machado | María Corina Machado
    VENOPP high
person : Delcy Rodriguez | Delcy Rodríguez
    VENGOV 2013-10.. high
person : Fidel Castro | Fidel
    CUBGOV ..2008-02 high
    CUBELI
person : Raul Castro | Raúl Castro
    CUBGOV ..2021-04 high
    CUBELI
person : Castro
    CUBGOV ..2021-04 high
    CUBELI
person : Miguel Diaz-Canel | Miguel Díaz-Canel | Diaz-Canel | Díaz-Canel
    CUBGOV 2009-05.. high
person : Alvaro Uribe | Álvaro Uribe | Uribe
    COLGOV 2002-08..2010-08 high
    COLELI
person : Juan Manuel Santos
    COLGOV 2006-07..2018-08 high  # defence minister, then president from August 2010
    COLELI
person : Ivan Duque | Iván Duque
    COLGOV 2018-08..2022-08 high
    COLELI
person : Gustavo Petro | Petro
    COLOPP ..2022-07 medium
    COLGOV 2022-08.. high

# ---------------- others in the Americas ----------------
person : Carlos Menem | Menem
    ARGGOV ..1999-12 high
    ARGELI
person : Jean-Bertrand Aristide | Aristide
    HTIOPP ..2001-01 medium
    HTIGOV 2001-02..2004-02 high
    HTIOPP
person : Boric | Gabriel Boric
    CHLGOV 2022-03.. high
person : Daniel Ortega
    NICGOV 2007-01.. high
    NICOPP
person : Evo Morales
    BOLGOV 2006-01..2019-11 high
    BOLOPP
person : Nayib Bukele | Bukele
    SLVGOV 2019-06.. high

# ---------------- more US officials ----------------
person : Steven Mnuchin | Steve Mnuchin | Mnuchin
    USAGOV 2017-02..2021-01 high
    USABUS
person : Janet Yellen | Yellen
    USAGOV 2014-02..2018-02 high   # Federal Reserve chair
    USAGOV 2021-01..2025-01 high   # treasury secretary
    USAELI
person : Scott Bessent | Bessent
    USAGOV 2025-01.. high
    USABUS
person : Howard Lutnick | Lutnick
    USAGOV 2025-02.. high
    USABUS
person : Robert Lighthizer | Lighthizer
    USAGOV 2017-05..2021-01 high
    USAELI
person : Katherine Tai
    USAGOV 2021-03..2025-01 high
    USAELI
person : Jamieson Greer | Greer
    USAGOV 2025-02.. high
person : Merrick Garland | Garland
    USAJUD ..2021-03 medium        # federal judge
    USAGOV 2021-03..2025-01 high
    USAELI
person : William Barr | Bill Barr
    USAGOV 2019-02..2020-12 high
    USAELI
person : Pam Bondi
    USAGOV 2025-02.. high
person : Kristi Noem | Noem
    USAGOV 2019-01.. high          # governor of South Dakota, homeland security secretary from January 2025
person : Kash Patel
    USACOP 2025-02.. high
person : Christopher Wray | Wray
    USACOP 2017-08..2025-01 high
    USAELI
person : Tulsi Gabbard | Gabbard
    USALEG 2013-01..2021-01 high
    USASPY 2025-02.. high
person : Keith Kellogg
    USAGOV 2025-01.. medium        # envoy for Ukraine
    USAGOV 2017-01..2021-01 medium # National Security Council, national security adviser to the vice president
    USAELI
person : Tom Barrack | Thomas Barrack
    USAGOV 2025-05.. medium        # ambassador to Turkey and envoy for Syria
person : Morgan Ortagus | Ortagus
    USAGOV 2025-01.. medium
person : Dan Caine
    USAMIL high
person : Mike Huckabee | Huckabee
    USAGOV 2025-04.. high          # ambassador to Israel
    USAELI
person : Tammy Bruce
    USAGOV 2025-01.. medium
person : Matthew Miller
    USAGOV 2023-05..2025-01 medium # State Department spokesman
person : Ned Price
    USAGOV 2021-01..2024-12 medium
person : Karoline Leavitt | Leavitt
    USAGOV 2025-01.. high
person : John Kirby
    USAGOV 2022-05..2025-01 medium
    USAMIL ..2017-01 medium

# ---------------- more ministers (added 2026-11) ----------------
person : Ricardo Trevilla Trejo | Ricardo Trevilla
    MEXMIL 2024-10.. high            # secretary of national defence
person : Gerardo Werthein | Werthein
    ARGGOV 2024-10..2025-10 medium   # foreign minister
person : Pablo Quirno | Quirno
    ARGGOV 2023-12.. medium          # finance secretary, foreign minister from October 2025
person : Geraldo Alckmin | Alckmin
    BRAGOV 2023-01.. high            # vice president, minister of development and trade
    BRAELI
person : Jared Kushner | Kushner
    USAGOV 2017-01..2021-01 high     # senior adviser to the president
    USAELI                           # envoy-like roles without office afterwards
person : Massad Boulos | Boulos
    USAGOV 2025-01.. medium          # senior adviser for Africa and the Arab world
    USABUS
person : Lindsey Graham
    USALEG high                      # senator for South Carolina since 2003
person : Hakeem Jeffries
    USALEG high                      # House Democratic leader from 2023
person : Gavin Newsom | Newsom
    USAGOV 2019-01.. medium          # governor of California (a governor is ~GOV)
    USAELI
person : Pierre Poilievre | Poilievre
    CANOPP high                      # Conservative leader from September 2022
person : Edmundo Gonzalez Urrutia | Edmundo González Urrutia | Edmundo Gonzalez | Edmundo González
    VENOPP high                      # opposition candidate of the July 2024 election
person : Diosdado Cabello   # not the bare surname (Camila Cabello)
    VENGOV                           # ruling party's second man: minister, speaker, interior minister from 2024
person : Jose Antonio Kast | José Antonio Kast
    CHLGOV 2026-03.. medium          # president from March 2026
    CHLOPP
