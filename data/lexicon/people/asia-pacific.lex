# People of Asia and the Pacific (G20 members and other recurring figures), 2000-2026,
# written by the project. Inclusive month ranges, confidence marks.

# ---------------- China ----------------
person : Jiang Zemin
    CHNGOV ..2004-09 high          # president to March 2003, military commission to September 2004
    CHNELI
person : Hu Jintao
    CHNGOV ..2013-03 high
    CHNELI
person : Xi Jinping | Xi | President Xi
    CHNGOV high                    # provincial leader, vice president 2008, leader from November 2012
person : Zhu Rongji
    CHNGOV ..2003-03 high
    CHNELI
person : Wen Jiabao
    CHNGOV ..2013-03 high
    CHNELI
person : Li Keqiang
    CHNGOV ..2023-03 high
    CHNELI
person : Li Qiang
    CHNGOV high
person : Tang Jiaxuan
    CHNGOV ..2008-03 high
    CHNELI
person : Li Zhaoxing
    CHNGOV ..2007-04 high
    CHNELI
person : Yang Jiechi
    CHNGOV ..2022-10 high
    CHNELI
person : Wang Yi
    CHNGOV high
person : Qin Gang
    CHNGOV ..2023-07 high
    CHNELI
person : Hua Chunying
    CHNGOV high
person : Zhao Lijian
    CHNGOV ..2023-01 medium
    CHNELI
person : Wang Wenbin
    CHNGOV high
person : Mao Ning
    CHNGOV high
person : Lin Jian
    CHNGOV high
person : Guo Jiakun
    CHNGOV high
person : Liang Guanglie
    CHNMIL ..2013-03 high
person : Chang Wanquan
    CHNMIL ..2018-03 high
person : Wei Fenghe
    CHNMIL ..2023-03 high
person : Li Shangfu
    CHNMIL ..2023-10 high
    CHNELI
person : Dong Jun
    CHNMIL high
person : Han Zheng
    CHNGOV high
person : Wang Huning
    CHNGOV high
person : Zhao Leji
    CHNGOV high
person : Dalai Lama | the Dalai Lama
    CHNBUD high                    # Tibetan Buddhist leader in exile
person : Tsai Ing-wen
    TWNOPP ..2016-05 medium
    TWNGOV 2016-05..2024-05 high
    TWNELI
person : Lai Ching-te | William Lai
    TWNGOV 2017-09.. high          # premier, vice president, president from May 2024
person : Ma Ying-jeou
    TWNGOV 2008-05..2016-05 high
    TWNELI
person : Chen Shui-bian
    TWNGOV ..2008-05 high
    TWNELI
person : Carrie Lam
    HKGGOV 2012-07..2022-06 high
    HKGELI
person : John Lee Ka-chiu
    HKGGOV 2017-06.. high

# ---------------- Japan ----------------
person : Yoshiro Mori
    JPNGOV ..2001-04 high
    JPNELI
person : Junichiro Koizumi | Koizumi
    JPNGOV 2001-04..2006-09 high
    JPNELI
person : Shinzo Abe | Abe
    JPNGOV 2005-10..2007-09 high   # chief cabinet secretary, prime minister from September 2006
    JPNGOV 2012-12..2020-09 high
    JPNLEG ..2022-07 medium
person : Yasuo Fukuda
    JPNGOV 2000-10..2004-05 medium
    JPNGOV 2007-09..2008-09 high
    JPNELI
person : Taro Aso | Aso
    JPNGOV 2005-10..2009-09 high
    JPNGOV 2012-12..2021-10 high
    JPNLEG
person : Yukio Hatoyama | Hatoyama
    JPNGOV 2009-09..2010-06 high
    JPNELI
person : Naoto Kan
    JPNGOV 2009-09..2011-09 high
    JPNELI
person : Yoshihiko Noda
    JPNGOV 2009-09..2012-12 high
    JPNOPP
person : Yoshihide Suga | Suga
    JPNGOV 2012-12..2021-10 high
    JPNLEG
person : Fumio Kishida | Kishida
    JPNGOV 2012-12..2017-08 high
    JPNGOV 2021-10..2024-10 high
    JPNLEG
person : Shigeru Ishiba | Ishiba
    JPNGOV 2024-10..2025-10 high
    JPNLEG
person : Sanae Takaichi | Takaichi
    JPNGOV 2025-10.. medium
    JPNLEG
person : Taro Kono
    JPNGOV 2017-08..2022-08 high
    JPNLEG
person : Toshimitsu Motegi | Motegi
    JPNGOV 2019-09..2021-11 high
    JPNGOV 2025-10.. medium
    JPNLEG
person : Yoshimasa Hayashi
    JPNGOV 2021-11..2025-10 high
    JPNLEG
person : Yoko Kamikawa | Kamikawa
    JPNGOV 2023-09..2024-10 high
    JPNLEG
person : Takeshi Iwaya | Iwaya
    JPNGOV 2024-10..2025-10 high
    JPNLEG
person : Emperor Akihito | Akihito
    JPNGOV ..2019-04 high
    JPNELI
person : Emperor Naruhito | Naruhito
    JPNELI ..2019-04 high
    JPNGOV 2019-05.. high

# ---------------- Korea ----------------
person : Kim Dae-jung | Kim Dae Jung
    KORGOV ..2003-02 high
    KORELI
person : Roh Moo-hyun | Roh Moo Hyun
    KORGOV 2003-02..2008-02 high
    KORELI
person : Lee Myung-bak | Lee Myung Bak
    KORGOV 2008-02..2013-02 high
    KORELI
person : Park Geun-hye | Park Geun Hye
    KORGOV 2013-02..2017-03 high
    KORELI
person : Moon Jae-in | Moon Jae In
    KORGOV 2017-05..2022-05 high
    KORELI
person : Yoon Suk Yeol | Yoon Suk-yeol | Yoon
    KORJUD 2019-07..2021-03 medium # prosecutor general
    KORGOV 2022-05..2025-04 high
    KORELI
person : Lee Jae-myung | Lee Jae Myung
    KOROPP ..2025-05 medium
    KORGOV 2025-06.. high
person : Han Duck-soo | Han Duck Soo
    KORGOV 2022-05..2025-05 high
    KORELI
person : Ban Ki-moon | Ban Ki Moon
    KORGOV ..2006-11 high
    IGOUNO 2006-12..2016-12 high
    KORELI
person : Kang Kyung-wha | Kang Kyung Wha
    KORGOV 2017-06..2021-02 high
    KORELI
person : Park Jin
    KORGOV 2022-05..2023-12 high
    KORLEG
person : Cho Tae-yul | Cho Tae Yul
    KORGOV 2024-01..2025-06 high
    KORELI
person : Cho Hyun
    KORGOV 2025-07.. medium
person : Kim Jong-il | Kim Jong Il | Kim Jong-Il
    PRKGOV ..2011-12 high
person : Kim Jong-un | Kim Jong Un | Kim Jong-Un
    PRKGOV 2010-09.. high          # heir from September 2010, leader from December 2011
person : Kim Yo-jong | Kim Yo Jong
    PRKGOV high
person : Choe Son-hui | Choe Son Hui
    PRKGOV high
person : Ri Yong-ho | Ri Yong Ho
    PRKGOV ..2020-01 high
    PRKELI
person : Kim Yong-nam | Kim Yong Nam
    PRKGOV ..2019-04 high
    PRKELI

# ---------------- India ----------------
person : Atal Bihari Vajpayee | Vajpayee
    INDGOV ..2004-05 high
    INDELI
person : Manmohan Singh
    INDGOV 2004-05..2014-05 high
    INDLEG
person : Narendra Modi | Modi
    INDGOV high                    # chief minister of Gujarat from October 2001, prime minister from May 2014
person : Amit Shah
    INDGOV 2019-05.. high
    INDELI
person : Rahul Gandhi
    INDOPP high
person : Sonia Gandhi
    INDOPP ..2004-05 high
    INDELI
person : Subrahmanyam Jaishankar | S. Jaishankar | S Jaishankar | Jaishankar
    INDGOV high                    # diplomat, foreign secretary 2015-2018, external affairs minister from May 2019
person : Sushma Swaraj | Swaraj
    INDGOV 2014-05..2019-05 high
    INDELI
person : Pranab Mukherjee
    INDGOV 2004-05..2017-07 high
    INDELI
person : A.P.J. Abdul Kalam | Abdul Kalam | APJ Abdul Kalam
    INDGOV 2002-07..2007-07 high
    INDELI
person : Ram Nath Kovind | Kovind
    INDGOV 2017-07..2022-07 high
    INDELI
person : Droupadi Murmu | Murmu
    INDGOV 2022-07.. high
person : Rajnath Singh
    INDGOV 2014-05.. high
person : Nirmala Sitharaman | Sitharaman
    INDGOV 2014-05.. high
person : Ajit Doval | Doval
    INDGOV 2014-05.. high
    INDSPY
person : S. M. Krishna | S.M. Krishna
    INDGOV 2009-05..2012-10 high
    INDELI
person : Salman Khurshid
    INDGOV 2012-10..2014-05 high
    INDOPP

# ---------------- Indonesia ----------------
person : Abdurrahman Wahid | Gus Dur
    IDNGOV ..2001-07 high
    IDNELI
person : Megawati Sukarnoputri | Megawati
    IDNGOV ..2004-10 high
    IDNOPP
person : Susilo Bambang Yudhoyono | Yudhoyono | SBY
    IDNGOV 2004-10..2014-10 high
    IDNELI
person : Joko Widodo | Jokowi | Widodo
    IDNGOV 2012-10..2024-10 high   # governor of Jakarta, president from October 2014
    IDNELI
person : Prabowo Subianto | Prabowo
    IDNOPP ..2019-09 medium
    IDNGOV 2019-10.. high
person : Hassan Wirajuda | Wirajuda
    IDNGOV 2001-08..2009-10 high
    IDNELI
person : Marty Natalegawa | Natalegawa
    IDNGOV 2009-10..2014-10 high
    IDNELI
person : Retno Marsudi | Retno
    IDNGOV 2014-10..2024-10 high
    IDNELI
person : Sugiono
    IDNGOV 2024-10.. medium

# ---------------- Australia ----------------
person : John Howard
    AUSGOV ..2007-12 high
    AUSELI
person : Kevin Rudd | Rudd
    AUSGOV 2007-12..2012-02 high
    AUSGOV 2013-06..2013-09 high
    AUSGOV 2023-03..2025-03 medium  # ambassador to the United States
    AUSELI
person : Julia Gillard | Gillard
    AUSGOV 2007-12..2013-06 high
    AUSELI
person : Tony Abbott
    AUSOPP 2009-12..2013-09 high
    AUSGOV 2013-09..2015-09 high
    AUSELI
person : Malcolm Turnbull | Turnbull
    AUSGOV 2013-09..2018-08 high
    AUSELI
person : Scott Morrison
    AUSGOV 2013-09..2022-05 high
    AUSELI
person : Anthony Albanese | Albanese
    AUSOPP 2019-05..2022-05 high
    AUSGOV 2022-05.. high
person : Alexander Downer | Downer
    AUSGOV ..2007-12 high
    AUSELI
person : Julie Bishop
    AUSGOV 2013-09..2018-08 high
    AUSELI
person : Marise Payne
    AUSGOV 2015-09..2022-05 high
    AUSLEG
person : Penny Wong
    AUSGOV 2022-05.. high
    AUSLEG
person : Jacinda Ardern | Ardern
    NZLGOV 2017-10..2023-01 high
    NZLELI
person : Christopher Luxon | Luxon
    NZLGOV 2023-11.. high

# ---------------- South, Southeast and Central Asia ----------------
person : Hamid Karzai | Karzai
    AFGGOV 2001-12..2014-09 high
    AFGELI
person : Ashraf Ghani | Ghani
    AFGGOV 2014-09..2021-08 high
    AFGELI
person : Abdullah Abdullah
    AFGGOV 2014-09..2021-08 medium
    AFGOPP
person : Mullah Omar | Mullah Mohammed Omar
    AFGGOVTAL ..2001-11 high
    AFGREBTAL 2001-12..2015-07 medium   # death announced July 2015
person : Hibatullah Akhundzada | Haibatullah Akhundzada | Akhundzada
    AFGREBTAL 2016-05..2021-07 high
    AFGGOVTAL 2021-08.. high
person : Sirajuddin Haqqani
    AFGREB ..2021-08 high
    AFGGOVTAL 2021-09.. high
person : Amir Khan Muttaqi | Muttaqi
    AFGGOVTAL 2021-09.. high
    AFGREBTAL
person : Zabihullah Mujahid
    AFGREBTAL ..2021-08 high
    AFGGOVTAL 2021-09.. high
person : Pervez Musharraf | Musharraf
    PAKGOV ..2008-08 high
    PAKELI
person : Aftab Ahmad Khan Sherpao | Aftab Ahmed Khan Sherpao | Aftab Sherpao | Sherpao
    PAKGOV 1994-04..1996-11 medium   # chief minister of North-West Frontier Province
    PAKGOV 2002-11..2007-11 high     # federal minister, interior minister from 2004
    PAKOPP 2007-11.. medium          # Qaumi Watan Party leader
person : Nawaz Sharif
    PAKOPP ..2013-05 medium
    PAKGOV 2013-06..2017-07 high
    PAKELI
person : Shehbaz Sharif | Shahbaz Sharif
    PAKGOV 2022-04..2023-08 high
    PAKGOV 2024-03.. high
    PAKOPP
person : Imran Khan
    PAKOPP ..2018-07 high
    PAKGOV 2018-08..2022-04 high
    PAKOPP
person : Asif Ali Zardari | Zardari
    PAKGOV 2008-09..2013-09 high
    PAKGOV 2024-03.. high
    PAKOPP
person : Yousuf Raza Gilani | Yusuf Raza Gilani | Gilani
    PAKGOV 2008-03..2012-06 high
    PAKELI
person : Benazir Bhutto
    PAKOPP ..2007-12 high
person : Bilawal Bhutto Zardari | Bilawal Bhutto | Bilawal
    PAKGOV 2022-04..2023-08 high
    PAKOPP
person : Shah Mehmood Qureshi | Qureshi
    PAKGOV 2008-03..2011-02 high
    PAKGOV 2018-08..2022-04 high
    PAKOPP
person : Ishaq Dar
    PAKGOV 2013-06..2017-10 medium
    PAKGOV 2022-09.. high
    PAKLEG
person : Asim Munir | Munir
    PAKMIL high
person : Qamar Javed Bajwa | Bajwa
    PAKMIL ..2022-11 high
    PAKELI
person : Raheel Sharif
    PAKMIL 2013-11..2016-11 high
    PAKELI
person : Ashfaq Parvez Kayani | Kayani
    PAKMIL ..2013-11 high
    PAKELI
person : Sheikh Hasina | Hasina
    BGDOPP ..2008-12 medium
    BGDGOV 2009-01..2024-08 high
    BGDELI
person : Muhammad Yunus | Yunus
    BGDGOV 2024-08.. high
    BGDELI
person : Aung San Suu Kyi | Suu Kyi
    MMROPP ..2016-03 high
    MMRGOV 2016-04..2021-01 high
    MMROPP
person : Min Aung Hlaing
    MMRMIL high
person : Rodrigo Duterte | Duterte
    PHLGOV 2016-06..2022-06 high
    PHLELI
person : Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos | Marcos
    PHLGOV 2022-06.. high
    PHLELI
person : Anwar Ibrahim
    MYSOPP ..2022-11 high
    MYSGOV 2022-11.. high
person : Mahathir Mohamad | Mahathir
    MYSGOV ..2003-10 high
    MYSGOV 2018-05..2020-02 high
    MYSELI
person : Lee Hsien Loong
    SGPGOV high
person : Lawrence Wong
    SGPGOV high
person : Hun Sen
    KHMGOV high
person : Prayuth Chan-ocha | Prayut Chan-o-cha | Prayut | Prayuth
    THAMIL 2010-10..2014-05 high
    THAGOV 2014-05..2023-08 high
    THAELI
person : Thaksin Shinawatra | Thaksin
    THAGOV 2001-02..2006-09 high
    THAOPP
person : Kassym-Jomart Tokayev | Tokayev
    KAZGOV high
person : Nursultan Nazarbayev | Nazarbayev
    KAZGOV ..2019-03 high
    KAZELI
person : Shavkat Mirziyoyev | Mirziyoyev
    UZBGOV high
person : Fu Cong
    CHNGOV high
person : Zhang Jun
    CHNGOV high
person : Jimmy Lai | Jimmy Lai Chee-ying | Lai Chee-ying
    HKGOPP high                      # media owner (Apple Daily) and democracy campaigner, jailed from 2020
person : Anwar   # bare "Anwar" in current news is Malaysia's prime minister; earlier Anwars are Sadat, Gargash, Awlaki
    MYSGOV 2022-11.. medium
