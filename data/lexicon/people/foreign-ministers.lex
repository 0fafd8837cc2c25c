# Foreign ministers of G20 members, 2000-2026, not listed in the regional files (which hold
# those with other roles too), written by the project. Inclusive month ranges.

# Mexico
person : Luis Ernesto Derbez | Derbez
    MEXGOV 2000-12..2006-11 high   # economy, then foreign minister from January 2003
    MEXELI
person : Patricia Espinosa
    MEXGOV 2006-12..2012-11 high
    IGOUNO 2016-07..2022-07 high   # UN climate secretariat
    MEXELI
person : Jose Antonio Meade | José Antonio Meade | Meade
    MEXGOV 2011-09..2017-11 high
    MEXELI
person : Claudia Ruiz Massieu | Ruiz Massieu
    MEXGOV 2015-08..2017-01 high
    MEXLEG
person : Juan Ramon de la Fuente | Juan Ramón de la Fuente
    MEXGOV 2024-10..2025-06 medium
    MEXELI
# Argentina
person : Adalberto Rodriguez Giavarini | Adalberto Rodríguez Giavarini | Rodriguez Giavarini
    ARGGOV ..2001-12 high
    ARGELI
person : Carlos Ruckauf | Ruckauf
    ARGGOV 2002-01..2003-05 high
    ARGELI
person : Rafael Bielsa
    ARGGOV 2003-05..2005-12 high
    ARGELI
person : Jorge Taiana | Taiana
    ARGGOV 2005-12..2010-06 high
    ARGGOV 2022-08..2023-12 high   # defence minister
    ARGELI
person : Jorge Faurie | Faurie
    ARGGOV 2017-06..2019-12 high
    ARGELI
person : Felipe Sola | Felipe Solá
    ARGGOV 2019-12..2021-09 high
    ARGELI
# Brazil
person : Celso Lafer | Lafer
    BRAGOV 2001-01..2002-12 high
    BRAELI
person : Luiz Alberto Figueiredo
    BRAGOV 2013-08..2014-12 high
    BRAELI
person : Jose Serra | José Serra
    BRAGOV 2016-05..2017-02 high
    BRALEG
person : Aloysio Nunes
    BRAGOV 2017-03..2018-12 high
    BRAELI
person : Carlos Franca | Carlos França
    BRAGOV 2021-04..2022-12 high
    BRAELI
# Canada
person : John Manley
    CANGOV ..2003-12 high
    CANELI
person : Bill Graham
    CANGOV 2002-01..2006-02 high
    CANELI
person : Pierre Pettigrew | Pettigrew
    CANGOV ..2006-02 high
    CANELI
person : Peter MacKay | MacKay
    CANGOV 2006-02..2015-11 high
    CANELI
person : Maxime Bernier
    CANGOV 2006-02..2008-05 high
    CANOPP
person : Lawrence Cannon
    CANGOV 2006-02..2011-05 high
    CANELI
person : Rob Nicholson
    CANGOV 2006-02..2015-11 high
    CANELI
person : Marc Garneau | Garneau
    CANGOV 2015-11..2021-10 high
    CANELI
person : Francois-Philippe Champagne | François-Philippe Champagne
    CANGOV 2017-01.. high
# Australia
person : Stephen Smith
    AUSGOV 2007-12..2013-09 high
    AUSGOV 2023-04.. medium        # high commissioner to the United Kingdom
    AUSELI
person : Bob Carr
    AUSGOV 2012-03..2013-09 high
    AUSELI
# Japan
person : Yohei Kono
    JPNGOV ..2001-04 high
    JPNLEG
person : Makiko Tanaka
    JPNGOV 2001-04..2002-01 high
    JPNLEG
person : Yoriko Kawaguchi | Kawaguchi
    JPNGOV ..2004-09 high
    JPNELI
person : Nobutaka Machimura | Machimura
    JPNGOV 2004-09..2009-09 high
    JPNLEG
person : Masahiko Komura | Komura
    JPNGOV ..2008-09 medium
    JPNLEG
person : Hirofumi Nakasone
    JPNGOV 2008-09..2009-09 high
    JPNLEG
person : Katsuya Okada
    JPNGOV 2009-09..2012-12 high
    JPNOPP
person : Seiji Maehara | Maehara
    JPNGOV 2009-09..2011-03 high
    JPNOPP
person : Takeaki Matsumoto
    JPNGOV 2011-03..2011-09 medium
    JPNLEG
person : Koichiro Gemba | Gemba
    JPNGOV 2011-09..2012-12 high
    JPNOPP
# Korea
person : Yu Myung-hwan | Yu Myung Hwan
    KORGOV 2008-02..2010-09 high
    KORELI
person : Kim Sung-hwan | Kim Sung Hwan
    KORGOV 2008-02..2013-03 high
    KORELI
person : Yun Byung-se | Yun Byung Se
    KORGOV 2013-03..2017-06 high
    KORELI
person : Chung Eui-yong | Chung Eui Yong
    KORGOV 2017-05..2022-05 high
    KORELI
person : Song Min-soon | Song Min Soon
    KORGOV 2006-01..2008-02 high
    KORELI
# India
person : Jaswant Singh
    INDGOV ..2004-05 high
    INDLEG
person : Yashwant Sinha
    INDGOV ..2004-05 high
    INDOPP
person : Natwar Singh
    INDGOV 2004-05..2005-12 high
    INDELI
person : A.K. Antony | A. K. Antony
    INDGOV 2006-10..2014-05 high
    INDLEG
person : Manohar Parrikar | Parrikar
    INDGOV 2014-11..2017-03 high
    INDELI
# France
person : Hubert Vedrine | Hubert Védrine | Vedrine | Védrine
    FRAGOV ..2002-05 high
    FRAELI
person : Philippe Douste-Blazy | Douste-Blazy
    FRAGOV 2004-03..2007-05 high
    FRAELI
person : Michele Alliot-Marie | Michèle Alliot-Marie | Alliot-Marie
    FRAGOV 2002-05..2011-02 high
    FRAELI
# Italy
person : Lamberto Dini
    ITAGOV ..2001-06 high
    ITALEG
person : Renato Ruggiero | Ruggiero
    ITAGOV 2001-06..2002-01 high
    ITAELI
person : Gianfranco Fini | Fini
    ITAGOV 2001-06..2006-05 high
    ITALEG 2008-04..2013-03 high
    ITAELI
person : Giulio Terzi
    ITAGOV 2011-11..2013-03 high
    ITALEG
person : Emma Bonino | Bonino
    ITAGOV 2013-04..2014-02 high
    ITALEG
person : Angelino Alfano | Alfano
    ITAGOV 2008-05..2018-06 high
    ITAELI
person : Enzo Moavero Milanesi | Moavero Milanesi | Moavero
    ITAGOV 2011-11..2014-02 high
    ITAGOV 2018-06..2019-09 high
    ITAELI
# Turkey
person : Ismail Cem | İsmail Cem
    TURGOV ..2002-07 high
    TURELI
person : Yasar Yakis | Yaşar Yakış | Yakis
    TURGOV 2002-11..2003-03 high
    TURELI
# Indonesia, Saudi Arabia, South Africa, China, Russia: see the regional files.
# Defence ministers of 2018-2026 not in the regional files (added 2026-11)
person : Yasukazu Hamada
    JPNGOV 2022-08..2023-09 high   # defence minister
    JPNLEG
person : Grant Shapps | Shapps
    GBRGOV 2019-07..2024-07 high   # transport, energy, then defence secretary (August 2023)
    GBRELI
person : Thandi Modise
    ZAFLEG 2019-05..2021-08 high   # speaker of the National Assembly
    ZAFGOV 2021-08..2024-06 high   # defence minister
    ZAFELI
person : Mohammad-Reza Gharaei Ashtiani | Mohammad Reza Gharaei Ashtiani | Mohammad Reza Ashtiani | Gharaei Ashtiani
    IRNGOV 2021-08..2024-08 high   # defence minister
    IRNMIL
person : Mohamed Zaki | Mohamed Ahmed Zaki
    EGYGOV 2018-06..2024-07 high   # defence minister
    EGYMIL
person : Maurice Slim
    LBNGOV 2021-09..2025-02 high   # defence minister
    LBNELI
person : Mykhailo Fedorov
    UKRGOV 2019-08.. high          # digital transformation minister and deputy prime minister
person : Roberto Velasco | Roberto Velasco Alvarez | Roberto Velasco Álvarez
    MEXGOV 2019-01.. medium        # under-secretary for North America, then foreign secretary (2025)
