# People of the Middle East and North Africa, 2000-2026, written by the project: heads of
# state and government, foreign and defence ministers, and recurring figures. Inclusive month
# ranges; the confidence mark says how sure the dates are.

# ---------------- Iraq ----------------
person : Saddam Hussein | Saddam
    IRQGOV ..2003-04 high
    IRQELI ..2006-12 high
person : Tariq Aziz
    IRQGOV ..2003-04 high
    IRQELI
person : Paul Bremer | L. Paul Bremer
    USAGOV 2003-05..2004-06 high   # head of the Coalition Provisional Authority
    USAELI
person : Ghazi al-Yawer | Ghazi al-Yawar | Yawer
    IRQGOV 2004-06..2005-04 high
    IRQELI
person : Ayad Allawi | Iyad Allawi | Allawi
    IRQGOV 2004-06..2005-04 high
    IRQGOV 2014-09..2015-08 medium # vice president
    IRQGOV 2016-10..2018-10 medium
    IRQOPP
person : Ibrahim al-Jaafari | Ibrahim Jaafari | Jaafari
    IRQGOV 2004-06..2006-05 high   # vice president, then prime minister
    IRQGOV 2014-09..2018-10 high   # foreign minister
    IRQELI
person : Nouri al-Maliki | Nuri al-Maliki | Nouri Maliki | Nuri Maliki | Nuri Kamil al-Maliki | al-Maliki | Maliki
    IRQGOV 2006-05..2014-09 high   # prime minister
    IRQGOV 2014-09..2015-08 high   # vice president
    IRQGOV 2016-10..2018-10 medium # vice president again
    IRQELI
person : Haider al-Abadi | Haidar al-Abadi | Abadi | al-Abadi
    IRQGOV 2014-09..2018-10 high
    IRQELI
person : Adil Abdul-Mahdi | Adel Abdul Mahdi | Abdul-Mahdi | Abdul Mahdi
    IRQGOV 2005-04..2011-07 medium # vice president
    IRQGOV 2014-09..2016-03 medium # oil minister
    IRQGOV 2018-10..2020-05 high
    IRQELI
person : Mustafa al-Kadhimi | Mustafa Kadhimi | Kadhimi | al-Kadhimi
    IRQSPY 2016-06..2020-05 high
    IRQGOV 2020-05..2022-10 high
    IRQELI
person : Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani | Mohammed al-Sudani | al-Sudani | Sudani
    IRQGOV 2010-12..2019-12 medium # ministers
    IRQGOV 2022-10.. high          # prime minister
    IRQLEG
person : Jalal Talabani | Talabani
    IRQGOV 2005-04..2014-07 high
    IRQELI
person : Fuad Masum | Fouad Massoum | Masum
    IRQGOV 2014-07..2018-10 high
    IRQELI
person : Barham Salih | Barham Saleh
    IRQGOV 2018-10..2022-10 high
    IRQELI
person : Abdul Latif Rashid | Abdul Latif Jamal Rashid
    IRQGOV 2022-10.. medium
    IRQELI
person : Hoshyar Zebari | Hoshyar Zibari | Zebari
    IRQGOV 2003-09..2016-09 high   # foreign minister, then finance minister
    IRQKDP
person : Mohamed Ali Alhakim | Mohammed Ali al-Hakim
    IRQGOV 2018-10..2020-05 high
    IRQELI
person : Fuad Hussein | Fouad Hussein
    IRQGOV 2019-07.. high          # finance minister, foreign minister from June 2020
person : Naji Sabri
    IRQGOV ..2003-04 high
    IRQELI
person : Muqtada al-Sadr | Moqtada al-Sadr | Muqtada Sadr | Moqtada Sadr | al-Sadr | Sadr   # bare surname: names split at hyphens match by their last word
    IRQMOSSHI high                 # Shia cleric and movement leader
person : Ali al-Sistani | Grand Ayatollah Ali al-Sistani | Ayatollah Ali al-Sistani | Sistani | al-Sistani
    IRQMOSSHI high
person : Masoud Barzani | Massoud Barzani
    IRQGOV 2005-06..2017-11 high   # president of the Kurdistan Region
    IRQKDP
person : Nechirvan Barzani
    IRQGOV 2006-03.. medium        # Kurdistan Region prime minister, president from June 2019
person : Masrour Barzani
    IRQSPY ..2019-06 medium        # Kurdistan Region security council
    IRQGOV 2019-07.. high
person : Abu Bakr al-Baghdadi | Baghdadi | al-Baghdadi
    IMGMOSRAD 2010-05..2019-10 high
person : Abu Musab al-Zarqawi | Zarqawi | al-Zarqawi
    IRQREB ..2006-06 high
person : Hadi al-Amiri | Amiri
    IRQUAF high                    # Badr Organization
person : Abu Mahdi al-Muhandis | Muhandis
    IRQUAF ..2020-01 high
person : Qais al-Khazali | Khazali
    IRQREB high

# ---------------- Iran ----------------
person : Ali Khamenei | Ayatollah Ali Khamenei | Ayatollah Khamenei | Supreme Leader Khamenei | Khamenei
    IRNGOV high
person : Mohammad Khatami | Khatami
    IRNGOV ..2005-08 high
    IRNELI
person : Mahmoud Ahmadinejad | Ahmadinejad
    IRNGOV 2003-05..2013-08 high   # mayor of Tehran, president from August 2005
    IRNELI
person : Hassan Rouhani | Hassan Rohani | Rouhani | Rohani
    IRNGOV ..2005-08 high          # Supreme National Security Council, nuclear negotiator
    IRNGOV 2013-08..2021-08 high
    IRNELI
person : Ebrahim Raisi | Ebrahim Raeisi | Raisi
    IRNJUD ..2021-06 high
    IRNGOV 2021-08..2024-05 high
person : Masoud Pezeshkian | Pezeshkian
    IRNLEG ..2024-06 high
    IRNGOV 2024-07.. high
person : Kamal Kharrazi | Kharrazi
    IRNGOV ..2005-08 high
    IRNELI
person : Manouchehr Mottaki | Mottaki
    IRNGOV 2005-08..2010-12 high
    IRNELI
person : Ali Akbar Salehi | Salehi
    IRNGOV 2009-07..2019-07 high
    IRNELI
person : Mohammad Javad Zarif | Javad Zarif | Zarif
    IRNGOV 2013-08..2021-08 high
    IRNGOV 2024-08..2025-03 medium # vice president for strategic affairs
    IRNELI
person : Hossein Amir-Abdollahian | Hossein Amirabdollahian | Amir-Abdollahian | Amirabdollahian
    IRNGOV 2011-09..2024-05 high   # deputy foreign minister, foreign minister from August 2021
person : Ali Bagheri Kani | Ali Bagheri | Bagheri Kani
    IRNGOV 2021-09.. medium
person : Abbas Araghchi | Araghchi | Araqchi
    IRNGOV high                    # diplomat; deputy foreign minister 2013-2021, foreign minister from August 2024
person : Ali Larijani | Larijani
    IRNGOV 2005-08..2007-10 high
    IRNLEG 2008-05..2020-05 high
    IRNGOV 2025-08.. medium        # Supreme National Security Council secretary
    IRNELI
person : Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf | Ghalibaf | Qalibaf
    IRNGOV 2005-09..2017-08 high   # mayor of Tehran
    IRNLEG 2020-05.. high
    IRNELI
person : Ali Shamkhani | Shamkhani
    IRNGOV 2013-09..2023-05 high
    IRNELI
person : Qassem Soleimani | Qasem Soleimani | Ghasem Soleimani | Soleimani
    IRNMIL ..2020-01 high
person : Esmail Qaani | Esmail Ghaani | Qaani
    IRNMIL high
person : Hossein Salami
    IRNMIL ..2025-06 high
person : Mohammad Bagheri
    IRNMIL ..2025-06 high
person : Ayatollah Khomeini | Ruhollah Khomeini | Khomeini
    IRNELI high

# ---------------- Israel ----------------
person : Ehud Barak | Barak
    ISRGOV ..2001-03 high
    ISRGOV 2007-06..2013-03 high   # defence minister
    ISRELI
person : Ariel Sharon
    ISRGOV 1996-07..1999-07 high   # infrastructure, then foreign minister
    ISROPP 1999-09..2001-03 high   # Likud leader in opposition
    ISRGOV 2001-03..2006-04 high
    ISRELI
person : Ehud Olmert | Olmert
    ISRGOV 2003-02..2009-03 high   # deputy prime minister, prime minister from January 2006
    ISRELI
person : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
    ISROPP 1993-03..1996-06 high   # Likud leader in opposition
    ISRGOV 1996-06..1999-07 high   # first term as prime minister
    ISRGOV 2002-11..2005-08 high   # foreign, then finance minister
    ISROPP 2005-12..2009-03 high
    ISRGOV 2009-03..2021-06 high
    ISROPP 2021-06..2022-12 high
    ISRGOV 2022-12.. high
person : Naftali Bennett | Bennett
    ISRGOV 2013-03..2020-05 medium # ministers
    ISRGOV 2021-06..2022-06 high
    ISROPP
person : Yair Lapid | Lapid
    ISRGOV 2013-03..2014-12 high
    ISRGOV 2021-06..2022-12 high
    ISROPP
person : Moshe Katsav | Katsav
    ISRGOV 2000-08..2007-07 high
    ISRELI
person : Shimon Peres | Peres
    ISRGOV 1992-07..1996-06 high   # foreign minister, prime minister from November 1995
    ISROPP 1996-06..1999-07 medium
    ISRGOV 2001-03..2002-11 high
    ISRGOV 2005-01..2014-07 high
    ISRELI
person : Reuven Rivlin | Rivlin
    ISRLEG ..2014-07 high
    ISRGOV 2014-07..2021-07 high
    ISRELI
person : Isaac Herzog | Yitzhak Herzog | Herzog
    ISROPP 2013-11..2018-07 high
    ISRGOV 2021-07.. high
person : Silvan Shalom
    ISRGOV 2003-02..2006-01 high
    ISRELI
person : Tzipi Livni | Livni
    ISRGOV 2001-03..2009-03 high
    ISROPP 2009-03..2012-05 high
    ISRGOV 2013-03..2014-12 high
    ISRELI
person : Avigdor Lieberman | Avigdor Liberman | Lieberman | Liberman
    ISRGOV 2009-03..2012-12 high
    ISRGOV 2013-11..2015-05 high
    ISRGOV 2016-05..2018-11 high
    ISRGOV 2021-06..2022-12 high
    ISROPP
person : Israel Katz
    ISRGOV high                    # minister throughout; foreign 2019-2020 and 2024, defence from November 2024
person : Gabi Ashkenazi | Gabi Ashkenazy | Ashkenazi
    ISRMIL 2007-02..2011-02 high
    ISRGOV 2020-05..2021-06 high
    ISRELI
person : Eli Cohen
    ISRGOV 2023-01.. high
person : Gideon Saar | Gideon Sa'ar | Saar | Sa'ar
    ISRGOV 2024-09.. high
    ISROPP
person : Shaul Mofaz | Mofaz
    ISRMIL ..2002-07 high
    ISRGOV 2002-11..2006-05 high
    ISRELI
person : Moshe Yaalon | Moshe Ya'alon | Yaalon | Ya'alon
    ISRMIL 2002-07..2005-06 high
    ISRGOV 2013-03..2016-05 high
    ISROPP
person : Benny Gantz | Gantz
    ISRMIL 2011-02..2015-02 high
    ISRGOV 2020-05..2022-12 high
    ISRGOV 2023-10..2024-06 high
    ISROPP
person : Yoav Gallant
    ISRGOV 2015-05..2024-11 medium
    ISRELI
person : Herzi Halevi | Halevi
    ISRMIL ..2025-03 high
person : Eyal Zamir | Zamir
    ISRMIL high
person : Itamar Ben-Gvir | Ben-Gvir | Ben Gvir
    ISRGOV 2022-12.. medium        # left in January 2025 and returned in March 2025
    ISRRAD
person : Bezalel Smotrich | Smotrich
    ISRGOV 2022-12.. high
    ISRRAD
person : Ron Dermer | Dermer
    ISRGOV high
person : Danny Danon | Danon
    ISRGOV high
person : Gilad Erdan | Erdan
    ISRGOV ..2024-09 high
    ISRELI

# ---------------- Palestinians ----------------
person : Yasser Arafat | Yasir Arafat | Arafat
    PSEGOV ..2004-11 high
person : Mahmoud Abbas | Abu Mazen | President Abbas
    PSEGOV 2003-03..2003-09 high
    PSEFTA 2003-10..2004-10 medium
    PSEGOV 2004-11.. high
person : Ahmed Qurei | Ahmed Qureia | Abu Alaa | Qurei
    PSEGOV 2003-10..2006-03 high
    PSEFTA
person : Ismail Haniyeh | Ismail Haniya | Haniyeh | Haniya
    PSEGOV 2006-03..2007-06 high
    PSEREBHMS 2007-07..2024-07 high
person : Salam Fayyad | Fayyad
    PSEGOV 2007-06..2013-06 high
    PSEELI
person : Rami Hamdallah | Hamdallah
    PSEGOV 2013-06..2019-04 high
    PSEELI
person : Mohammad Shtayyeh | Mohammad Shtayeh | Shtayyeh | Shtayeh
    PSEGOV 2019-04..2024-03 high
    PSEFTA
person : Mohammad Mustafa
    PSEGOV 2024-03.. high
person : Riyad al-Maliki | Riad Malki | Riyad Malki
    PSEGOV 2007-05..2024-03 high
    PSEELI
person : Hussein al-Sheikh
    PSEGOV 2007-01.. medium
person : Marwan Barghouti | Barghouti
    PSEFTA high
person : Khaled Meshaal | Khaled Mashaal | Khalid Mishal | Meshaal | Mashaal
    PSEREBHMS high
person : Yahya Sinwar | Sinwar
    PSEREBHMS ..2024-10 high
person : Mohammed Deif | Mohammed Def | Deif
    PSEREBHMS ..2024-07 high
person : Khalil al-Hayya | Khalil al-Haya | Hayya
    PSEREBHMS high
person : Sheikh Ahmed Yassin | Ahmed Yassin
    PSEREBHMS ..2004-03 high
person : Abdel Aziz al-Rantisi | Rantisi
    PSEREBHMS ..2004-04 high
person : Riyad Mansour
    PSEGOV high

# ---------------- Egypt ----------------
person : Hosni Mubarak | Mubarak
    EGYGOV ..2011-02 high
    EGYELI
person : Omar Suleiman
    EGYSPY ..2011-01 high
    EGYGOV 2011-01..2011-02 high
    EGYELI
person : Mohamed Hussein Tantawi | Tantawi
    EGYMIL ..2012-08 high
    EGYELI
person : Mohamed Morsi | Mohammed Morsi | Mohammed Mursi | Morsi | Mursi
    EGYGOV 2012-06..2013-07 high
    EGYMBR
person : Adly Mansour | Adli Mansour
    EGYGOV 2013-07..2014-06 high
    EGYJUD
person : Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sissi | Abdel Fattah el-Sissi | el-Sisi | al-Sisi | Sisi | Sissi
    EGYMIL ..2014-03 high
    EGYGOV 2014-06.. high
    EGYMIL
person : Mostafa Madbouly | Moustafa Madbouly | Madbouly
    EGYGOV 2014-03.. high          # housing minister, prime minister from June 2018
person : Hesham Qandil | Hisham Qandil | Qandil
    EGYGOV 2011-07..2013-07 high
    EGYELI
person : Ahmed Shafik | Shafik
    EGYGOV ..2011-03 high
    EGYOPP
person : Amr Moussa | Amr Musa
    EGYGOV ..2001-05 high
    IGOARBARL 2001-05..2011-06 high
    EGYELI
person : Ahmed Aboul Gheit | Ahmed Abul Gheit | Aboul Gheit | Aboul-Gheit
    EGYGOV 2004-07..2011-03 high
    IGOARBARL 2016-07.. high
    EGYELI
person : Nabil Elaraby | Nabil al-Araby | Elaraby | Araby
    EGYGOV 2011-03..2011-07 high
    IGOARBARL 2011-07..2016-06 high
    EGYELI
person : Mohamed Kamel Amr
    EGYGOV 2011-07..2013-07 high
    EGYELI
person : Nabil Fahmy
    EGYGOV 2013-07..2014-06 high
    EGYELI
person : Sameh Shoukry | Shoukry
    EGYGOV 2014-06..2024-07 high
    EGYELI
person : Badr Abdelatty | Badr Abdel Aty | Abdelatty
    EGYGOV high
person : Mohamed ElBaradei | Mohamed el-Baradei | ElBaradei | el-Baradei | Baradei
    IGOUNOIAE ..2009-11 high
    EGYOPP 2010-02..2013-06 medium
    EGYGOV 2013-07..2013-08 high
    EGYELI

# ---------------- Syria ----------------
person : Hafez al-Assad | Hafez Assad
    SYRGOV ..2000-06 high
person : Bashar al-Assad | Bashar Assad | Bashar al-Asad | President Assad | Bashar
    SYRGOV ..2024-12 high
    SYRELI
person : Assad | al-Assad
    SYRGOV ..2024-12 high
    SYRELI
person : Maher al-Assad
    SYRMIL ..2024-12 high
    SYRELI
person : Asma al-Assad
    SYRELI high
person : al-Sharaa | Sharaa   # the bare surname: Farouk until 2014, Ahmed (Jolani's real name, used from December 2024)
    SYRGOV ..2014-07 medium
    SYRGOV 2024-12.. high
person : Farouk al-Sharaa | Farouq al-Shara
    SYRGOV ..2014-07 medium
    SYRELI
person : Walid Muallem | Walid al-Muallem | Walid al-Moualem | Muallem | Moualem
    SYRGOV ..2020-11 high
person : Faisal Mekdad | Faisal al-Mekdad | Mekdad | Miqdad
    SYRGOV ..2024-12 high
    SYRELI
person : Bashar al-Jaafari | Bashar Jaafari
    SYRGOV ..2024-12 high
    SYRELI
person : Riyad Hijab | Riad Hijab
    SYRGOV 2011-04..2012-08 high
    SYROPP
person : Ahmed al-Sharaa | Ahmad al-Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Julani | al-Jolani | Jolani | al-Julani | Julani
    SYRREB ..2024-11 high
    SYRGOV 2024-12.. high          # de facto leader, interim president from January 2025
person : Asaad al-Shaibani | Asaad Hassan al-Shibani | al-Shaibani | Shaibani
    SYRREB ..2024-11 medium
    SYRGOV 2024-12.. high
person : Murhaf Abu Qasra
    SYRREB ..2024-11 medium
    SYRGOV 2024-12.. medium
person : Mazloum Abdi | Mazloum Kobani | Mazlum Abdi
    SYRREB high                    # commander of the Syrian Democratic Forces

# ---------------- Jordan ----------------
person : King Abdullah II | Abdullah II | King Abdullah of Jordan | Jordan's King Abdullah | Abdullah II bin Al-Hussein | Jordan 's King Abdullah
    JORGOV high
person : Crown Prince Hussein | Hussein bin Abdullah
    JORGOV 2009-07.. medium
person : Ayman Safadi | Safadi
    JORGOV 2017-01.. high
    JORELI
person : Nasser Judeh | Judeh
    JORGOV 2009-02..2017-01 high
    JORELI
person : Marwan Muasher | Muasher
    JORGOV 2002-01..2005-11 medium
    JORELI
person : Bisher Khasawneh
    JORGOV 2020-10..2024-09 high
    JORELI
person : Jafar Hassan
    JORGOV 2024-09.. high
person : Omar Razzaz | Razzaz
    JORGOV 2017-01..2020-10 high
    JORELI
person : Hani Mulki
    JORGOV 2016-05..2018-06 high
    JORELI

# ---------------- Lebanon ----------------
person : Emile Lahoud | Émile Lahoud | Lahoud
    LBNGOV ..2007-11 high
    LBNELI
person : Michel Suleiman | Michel Sleiman
    LBNMIL ..2008-05 high
    LBNGOV 2008-05..2014-05 high
    LBNELI
person : Michel Aoun
    LBNOPP ..2016-10 medium
    LBNGOV 2016-10..2022-10 high
    LBNELI
person : Joseph Aoun
    LBNMIL 2017-03..2025-01 high
    LBNGOV 2025-01.. high
person : Aoun
    LBNGOV 2016-10..2022-10 high
    LBNMIL 2022-11..2025-01 medium
    LBNGOV 2025-01.. high
person : Rafik Hariri | Rafic Hariri | Rafiq Hariri
    LBNGOV ..2004-10 high
    LBNELI
person : Saad Hariri
    LBNGOV 2009-11..2011-06 high
    LBNGOV 2016-12..2020-01 high
    LBNOPP
person : Fouad Siniora | Siniora
    LBNGOV 2005-07..2009-11 high
    LBNELI
person : Najib Mikati | Mikati
    LBNGOV 2005-04..2005-07 high
    LBNGOV 2011-06..2014-02 high
    LBNGOV 2021-09..2025-02 high
    LBNELI
person : Tammam Salam
    LBNGOV 2014-02..2016-12 high
    LBNELI
person : Hassan Diab
    LBNGOV 2020-01..2021-09 high
    LBNELI
person : Nawaf Salam
    IGOUNOICJ 2018-02..2025-01 high
    LBNGOV 2025-02.. high
person : Nabih Berri | Berri
    LBNLEG high
person : Gebran Bassil | Gibran Bassil | Bassil
    LBNGOV 2008-07..2020-01 high
    LBNOPP
person : Hassan Nasrallah | Sayyed Hassan Nasrallah | Nasrallah
    LBNREBHEZ ..2024-09 high
person : Naim Qassem | Naim Kassem | Qassem
    LBNREBHEZ high
person : Walid Jumblatt | Jumblatt
    LBNDRZ high

# ---------------- Gulf states ----------------
person : King Fahd | Fahd bin Abdulaziz
    SAUGOV ..2005-08 high
person : King Abdullah | Abdullah bin Abdulaziz
    SAUGOV ..2015-01 high          # de facto ruler as crown prince, king from August 2005
    JORGOV 2015-02.. low           # after 2015 "King Abdullah" is mostly Jordan's
person : King Salman | Salman bin Abdulaziz | Salman bin Abdul Aziz
    SAUGOV 2011-11.. high          # defence minister, crown prince 2012, king from January 2015
    SAUELI
person : Mohammed bin Salman | Mohammad bin Salman | Muhammad bin Salman | MBS | Crown Prince Mohammed | Crown Prince Mohammed bin Salman
    SAUGOV 2015-01.. high
    SAUELI
person : Muhammad bin Nayef | Mohammed bin Nayef
    SAUGOV 2012-11..2017-06 high
    SAUELI
person : Sultan bin Abdulaziz | Prince Sultan
    SAUGOV ..2011-10 high
person : Saud al-Faisal | Prince Saud al-Faisal
    SAUGOV ..2015-04 high
    SAUELI
person : Adel al-Jubeir | Adel Jubeir | al-Jubeir | Jubeir
    SAUGOV 2007-02.. high
person : Ibrahim al-Assaf
    SAUGOV 2018-12..2019-10 high
    SAUELI
person : Faisal bin Farhan | Prince Faisal bin Farhan | Faisal bin Farhan Al Saud
    SAUGOV 2017-01.. high
person : Khalid bin Salman | Prince Khalid bin Salman
    SAUGOV 2017-04.. high
person : Turki al-Faisal | Prince Turki al-Faisal
    SAUSPY ..2001-08 high
    SAUELI
person : Hamad bin Khalifa Al Thani | Sheikh Hamad bin Khalifa
    QATGOV ..2013-06 high
    QATELI
person : Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad | Tamim bin Hamad | Emir Tamim | Sheikh Tamim
    QATGOV 2003-08.. high
person : Hamad bin Jassim | Hamad bin Jassim bin Jaber Al Thani | Sheikh Hamad bin Jassim
    QATGOV ..2013-06 high
    QATELI
person : Mohammed bin Abdulrahman Al Thani | Sheikh Mohammed bin Abdulrahman | Mohammed bin Abdulrahman
    QATGOV 2016-01.. high
person : Khalid al-Attiyah | Khalid bin Mohammad al-Attiyah | Attiyah
    QATGOV 2011-01..2024-11 medium # foreign minister, then defence minister until November 2024
    QATELI
person : Majed al-Ansari
    QATGOV 2022-01.. medium
person : Sheikh Zayed | Zayed bin Sultan Al Nahyan
    AREGOV ..2004-11 high
person : Khalifa bin Zayed | Sheikh Khalifa bin Zayed | Khalifa bin Zayed Al Nahyan
    AREGOV ..2022-05 high
person : Mohammed bin Zayed | Mohamed bin Zayed | Mohammed bin Zayed Al Nahyan | Mohamed bin Zayed Al Nahyan | MBZ | Sheikh Mohamed bin Zayed
    AREGOV high
person : Mohammed bin Rashid | Mohammed bin Rashid Al Maktoum | Sheikh Mohammed bin Rashid
    AREGOV high
person : Abdullah bin Zayed | Sheikh Abdullah bin Zayed | Abdullah bin Zayed Al Nahyan
    AREGOV high
person : Anwar Gargash | Gargash
    AREGOV 2008-02.. high
person : Tahnoun bin Zayed | Sheikh Tahnoun bin Zayed
    AREGOV 2016-03.. high
person : Sabah al-Ahmad al-Jaber al-Sabah | Sheikh Sabah al-Ahmad | Sabah al-Ahmad
    KWTGOV ..2020-09 high
person : Nawaf al-Ahmad al-Jaber al-Sabah | Sheikh Nawaf al-Ahmad | Nawaf al-Ahmad
    KWTGOV 2006-02..2023-12 high
person : Mishal al-Ahmad al-Jaber al-Sabah | Sheikh Mishal al-Ahmad | Mishal al-Ahmad
    KWTGOV 2020-10.. high
person : Sabah al-Khalid al-Sabah | Sheikh Sabah al-Khalid
    KWTGOV 2011-10..2022-07 high
    KWTELI
person : Abdullah al-Yahya | Abdullah Ali al-Yahya
    KWTGOV 2024-06.. medium
person : King Hamad bin Isa Al Khalifa | Hamad bin Isa Al Khalifa | King Hamad
    BHRGOV high
person : Salman bin Hamad Al Khalifa | Crown Prince Salman bin Hamad | Salman bin Hamad
    BHRGOV high
person : Khalid bin Ahmed Al Khalifa | Sheikh Khalid bin Ahmed
    BHRGOV ..2020-02 high
    BHRELI
person : Abdullatif al-Zayani | Abdullatif bin Rashid al-Zayani | Zayani
    IGOPGSGCC 2011-04..2020-01 high
    BHRGOV 2020-02.. high
person : Sultan Qaboos | Qaboos bin Said
    OMNGOV ..2020-01 high
person : Sultan Haitham | Haitham bin Tariq | Haitham bin Tarik
    OMNGOV 2002-01.. medium        # heritage minister, sultan from January 2020
person : Yusuf bin Alawi | Yousuf bin Alawi
    OMNGOV ..2020-08 high
    OMNELI
person : Badr Albusaidi | Badr al-Busaidi | Sayyid Badr Albusaidi | Busaidi
    OMNGOV high

# ---------------- Yemen ----------------
person : Ali Abdullah Saleh
    YEMGOV ..2012-02 high
    YEMOPP ..2017-12 high
person : Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi | Abed Rabbo Mansour Hadi | Mansour Hadi | Hadi
    YEMGOV ..2022-04 high          # vice president, president from February 2012
    YEMELI
person : Rashad al-Alimi | Alimi
    YEMGOV high
person : Abdul-Malik al-Houthi | Abdul Malik al-Houthi | Abdulmalik al-Houthi
    YEMREB high
person : Mohammed Abdulsalam | Mohammed Abdul Salam
    YEMREB high                    # Houthi spokesman and negotiator
person : Yahya Saree | Yahya Sarea | Saree
    YEMREB high                    # Houthi military spokesman
person : Ahmed Awad bin Mubarak | bin Mubarak
    YEMGOV 2015-01..2025-05 medium
    YEMELI
person : Abu Bakr al-Qirbi | Qirbi
    YEMGOV ..2014-11 high
    YEMELI
person : Aidarous al-Zubaidi | Aidarus al-Zubaidi | Zubaidi
    YEMSEP ..2022-03 high
    YEMGOV 2022-04.. medium        # presidential council
    YEMSEP

# ---------------- Libya ----------------
person : Muammar Gaddafi | Moammar Gadhafi | Muammar al-Gaddafi | Muammar Qaddafi | Moamer Kadhafi | Gaddafi | Gadhafi | Qaddafi | Kadhafi
    LBYGOV ..2011-08 high
    LBYREB 2011-09..2011-10 high
person : Saif al-Islam Gaddafi | Saif al-Islam | Seif al-Islam
    LBYGOV ..2011-08 medium
    LBYELI
person : Mustafa Abdul Jalil | Mustafa Abdel Jalil | Abdul Jalil | Abdel Jalil
    LBYREB 2011-02..2011-08 high
    LBYGOV 2011-09..2012-08 high
    LBYELI
person : Khalifa Haftar | Khalifa Hifter | Haftar | Hifter
    LBYREB 2014-05.. medium        # commander of the eastern forces (Libyan National Army)
person : Fayez al-Sarraj | Fayez Serraj | Sarraj | Serraj
    LBYGOV 2016-03..2021-03 high
    LBYELI
person : Abdul Hamid Dbeibah | Abdul Hamid Dbeibeh | Dbeibah | Dbeibeh | Dbeiba
    LBYGOV 2021-03.. high
person : Aguila Saleh | Aqila Saleh
    LBYLEG 2014-08.. high
person : Mohamed al-Menfi | Mohammed al-Menfi | Menfi
    LBYGOV 2021-03.. high

# ---------------- Maghreb ----------------
person : Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali | Ben Ali
    TUNGOV ..2011-01 high
    TUNELI
person : Moncef Marzouki | Marzouki
    TUNGOV 2011-12..2014-12 high
    TUNOPP
person : Beji Caid Essebsi | Beji Caid Sebsi | Essebsi
    TUNGOV 2011-02..2011-12 high
    TUNOPP 2012-01..2014-12 medium
    TUNGOV 2014-12..2019-07 high
person : Kais Saied | Kais Saïed | Saied
    TUNGOV 2019-10.. high
person : Rached Ghannouchi | Rachid Ghannouchi | Ghannouchi
    TUNENN high
person : Abdelaziz Bouteflika | Bouteflika
    DZAGOV ..2019-04 high
    DZAELI
person : Abdelmadjid Tebboune | Tebboune
    DZAGOV 2012-09..2017-08 medium # housing minister, briefly prime minister
    DZAGOV 2019-12.. high
person : Ahmed Ouyahia | Ouyahia
    DZAGOV 2003-05..2006-05 high
    DZAGOV 2008-06..2012-09 high
    DZAGOV 2017-08..2019-03 high
    DZAELI
person : Ramtane Lamamra | Lamamra
    DZAGOV 2013-09..2017-05 high
    DZAGOV 2021-07..2023-03 high
    DZAELI
person : Ahmed Attaf | Attaf
    DZAGOV 2023-03.. high
    DZAELI
person : Said Chengriha | Chengriha | Said Chanegriha | Saïd Chanegriha | Chanegriha
    DZAMIL 2019-12.. high
person : King Mohammed VI | Mohammed VI
    MARGOV high
person : Nasser Bourita | Bourita
    MARGOV high
person : Aziz Akhannouch | Akhannouch
    MARGOV 2007-10.. high          # agriculture minister, prime minister from October 2021
person : Abdelilah Benkirane | Benkirane
    MARGOV 2011-11..2017-04 high
    MAROPP
person : Saad Eddine El Othmani | Saadeddine Othmani | El Othmani | Othmani
    MARGOV 2012-01..2013-10 high
    MARGOV 2017-04..2021-10 high
    MARELI
person : Brahim Ghali
    ESHSEPPLS high                 # Polisario leader

# ---------------- Turkey (beyond Erdogan, in europe.lex) ----------------
person : Abdullah Gul | Abdullah Gül
    TURGOV 2002-11..2014-08 high
    TURELI
person : Ahmet Necdet Sezer | Sezer
    TURGOV 2000-05..2007-08 high
    TURELI
person : Bulent Ecevit | Bülent Ecevit | Ecevit
    TURGOV ..2002-11 high
    TURELI
person : Ahmet Davutoglu | Ahmet Davutoğlu | Davutoglu | Davutoğlu
    TURGOV 2009-05..2016-05 high
    TUROPP
person : Binali Yildirim | Binali Yıldırım | Yildirim | Yıldırım
    TURGOV 2002-11..2018-07 high
    TURLEG
person : Mevlut Cavusoglu | Mevlüt Çavuşoğlu | Cavusoglu | Çavuşoğlu
    TURGOV 2014-08..2023-06 high
    TURLEG
person : Hakan Fidan | Fidan
    TURSPY 2010-05..2023-05 high
    TURGOV 2023-06.. high
person : Ibrahim Kalin | İbrahim Kalın | Kalin | Kalın
    TURGOV ..2023-05 medium
    TURSPY 2023-06.. high
person : Hulusi Akar | Akar
    TURMIL ..2018-07 high
    TURGOV 2018-07..2023-06 high
    TURLEG
person : Yasar Guler | Yaşar Güler
    TURMIL ..2023-06 high
    TURGOV 2023-06.. high
person : Ali Babacan | Babacan
    TURGOV 2002-11..2015-11 high
    TUROPP
person : Kemal Kilicdaroglu | Kemal Kılıçdaroğlu | Kilicdaroglu | Kılıçdaroğlu
    TUROPP high
person : Ekrem Imamoglu | Ekrem İmamoğlu | Imamoglu | İmamoğlu
    TUROPP high
person : Ozgur Ozel | Özgür Özel
    TUROPP high
person : Devlet Bahceli | Devlet Bahçeli | Bahceli | Bahçeli
    TURLEG high
person : Abdullah Ocalan | Abdullah Öcalan | Ocalan | Öcalan
    TURREB high
person : Fethullah Gulen | Fethullah Gülen | Gulen | Gülen
    TUROPP ..2024-10 high

# ---------------- Sudan ----------------
person : Omar al-Bashir | Omar Hassan al-Bashir | Omar Bashir | al-Bashir | Bashir   # the bare name: Sudan's Bashir dominates news
    SDNGOV ..2019-04 high
    SDNELI
person : Abdel Fattah al-Burhan | Abdel-Fattah Burhan | al-Burhan | Burhan
    SDNMIL 2019-04.. high          # army chief and head of the Sovereignty Council
person : Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti | Dagalo | Daglo
    SDNMIL ..2023-03 high
    SDNREB 2023-04.. high
person : Abdalla Hamdok | Abdallah Hamdok | Hamdok
    SDNGOV 2019-08..2022-01 high
    SDNELI

# ---------------- more ministers and heads of government ----------------
person : Abdallah Bou Habib | Abdullah Bou Habib | Bou Habib
    LBNGOV 2021-09..2025-02 high
    LBNELI
person : Youssef Rajji | Youssef Raggi | Rajji | Raggi
    LBNGOV 2025-02.. high
person : Adnan Mansour
    LBNGOV 2011-06..2014-02 high
    LBNELI
person : Najla Mangoush | Mangoush
    LBYGOV 2021-03..2023-08 high
    LBYELI
person : Varsen Aghabekian
    PSEGOV 2025-03.. medium
person : Othman Jerandi | Jerandi
    TUNGOV 2020-09..2023-02 high
    TUNELI
person : Nabil Ammar
    TUNGOV 2023-02..2024-08 high
    TUNELI
person : Mohamed Ali Nafti | Nafti
    TUNGOV 2024-08.. medium
person : Najla Bouden | Najla Bouden Romdhane
    TUNGOV 2021-10..2023-08 high
    TUNELI
person : Sabri Boukadoum | Boukadoum
    DZAGOV 2019-04..2021-07 high
    DZAELI
person : Abdelkader Messahel | Messahel
    DZAGOV 2017-05..2019-03 high
    DZAELI
person : Aymen Benabderrahmane | Benabderrahmane
    DZAGOV 2020-06..2023-11 high
    DZAELI
person : Nadir Larbaoui | Larbaoui
    DZAGOV 2023-11..2025-08 medium   # prime minister, dismissed in August 2025 (Sifi Ghrieb acting)
    DZAELI
person : Nasser al-Mohammad al-Sabah | Sheikh Nasser al-Mohammad
    KWTGOV 2006-02..2011-11 high
    KWTELI
person : Jaber al-Mubarak al-Sabah | Sheikh Jaber al-Mubarak
    KWTGOV 2011-11..2019-11 high
    KWTELI
person : Ahmad Nawaf al-Ahmad al-Sabah | Sheikh Ahmad Nawaf
    KWTGOV 2022-07..2024-01 high
    KWTELI
person : Mohammad Sabah al-Salem al-Sabah | Sheikh Mohammad Sabah al-Salem
    KWTGOV 2003-07..2011-10 high
    KWTGOV 2024-01..2024-05 high
    KWTELI
person : Ahmad Abdullah al-Ahmad al-Sabah | Sheikh Ahmad Abdullah
    KWTGOV 2024-05.. medium
person : Salem Abdullah al-Jaber al-Sabah | Sheikh Salem Abdullah al-Jaber
    KWTGOV 2022-08..2024-06 medium
    KWTELI
person : Abdullah bin Nasser bin Khalifa Al Thani | Sheikh Abdullah bin Nasser
    QATGOV 2013-06..2020-01 high
    QATELI
person : Khalid bin Khalifa bin Abdulaziz Al Thani | Sheikh Khalid bin Khalifa
    QATGOV 2020-01..2023-03 high
    QATELI
person : Maeen Abdulmalik | Maeen Abdulmalik Saeed
    YEMGOV 2018-10..2024-02 high
    YEMELI
person : Salem bin Breik | Salem Saleh bin Braik
    YEMGOV 2025-05.. medium
person : Amir Saeid Iravani | Iravani
    IRNGOV high
person : Esmaeil Baghaei | Esmail Baghaei | Baghaei
    IRNGOV high
person : Ali Akbar Ahmadian | Ahmadian
    IRNMIL ..2023-05 medium
    IRNGOV 2023-05..2025-08 high
person : Yechiel Leiter | Leiter
    ISRGOV 2025-01.. medium

# ---------------- more Middle East / North Africa figures (added 2026-11) ----------------
person : Aziz Nasirzadeh | Nasirzadeh
    IRNMIL ..2024-08 medium          # air force commander, deputy chief of staff
    IRNGOV 2024-08.. high            # defence minister in the Pezeshkian government
person : Mohammad Pakpour | Pakpour
    IRNMIL high                      # IRGC ground forces, commander-in-chief of the IRGC from June 2025
person : Abdolrahim Mousavi | Abdolrahim Mousavi
    IRNMIL high                      # army commander, chief of the general staff from June 2025
person : Gholam-Hossein Mohseni-Ejei | Mohseni-Ejei | Mohseni Ejei
    IRNJUD 2021-07.. high            # head of the judiciary
    IRNGOV ..2021-06 medium          # intelligence minister, prosecutor-general
person : Mohammad Reza Aref
    IRNGOV 2024-07.. high            # first vice president
    IRNLEG
person : Kamel Madouri
    TUNGOV 2024-08..2025-03 medium   # prime minister
person : Sara Zaafrani Zenzri | Sarra Zaafrani Zenzri
    TUNGOV 2025-03.. medium          # prime minister
person : Mansour bin Zayed | Sheikh Mansour bin Zayed | Mansour bin Zayed Al Nahyan
    AREGOV 2009-05.. medium          # deputy prime minister, vice president from March 2023
person : Kamil Idris | Kamil el-Tayeb Idris
    SDNGOV 2025-05.. medium          # prime minister appointed by the army-led council
person : Numan Kurtulmus | Numan Kurtulmuş | Kurtulmus
    TURLEG 2023-06.. high            # speaker of the Grand National Assembly
    TURELI

# ---------------- defence ministers and commanders of MENA states (added 2026-11) ----------------
person : Sifi Ghrieb
    DZAGOV 2025-08.. medium          # prime minister (acting from August 2025)
person : Abdullah bin Hassan Al Nuaimi | Abdullah bin Hassan al-Nuaimi
    BHRGOV 2018-01.. low             # minister of defence affairs
person : Abdel Mageed Saqr | Abdel Meguid Saqr | Abdelmeguid Saqr
    EGYGOV 2024-07.. high            # defence minister (governor of Suez before)
    EGYMIL
person : Thabet al-Abbasi | Thabit al-Abbasi | Thabet Mohammed Saeed al-Abbasi
    IRQGOV 2022-10.. high            # defence minister
person : Fahad Yousef Saud Al-Sabah | Fahad Yousef Al-Sabah | Sheikh Fahad Yousef
    KWTGOV 2024-05.. medium          # first deputy prime minister, interior and defence
person : Michel Menassa | Michel Mnassa
    LBNGOV 2025-02.. high            # defence minister in the Salam government
person : Rodolphe Haykal | Rodolphe Heykal
    LBNMIL 2025-03.. medium          # army commander
person : Osama Hammad
    LBYREB 2023-05.. medium          # prime minister of the eastern government, aligned with Haftar
person : Abdellatif Loudiyi | Loudiyi
    MARGOV 2010-07.. medium          # minister delegate for national defence
person : Shihab bin Tariq Al Said | Sayyid Shihab bin Tariq
    OMNGOV 2020-03.. medium          # deputy prime minister for defence affairs
person : Saoud bin Abdulrahman Al Thani | Sheikh Saoud bin Abdulrahman
    QATGOV 2024-11.. medium          # defence minister
person : Khaled Sehili
    TUNGOV 2025-01.. low             # defence minister
person : Shaya al-Zindani | Shaya Mohsen al-Zindani | Zindani
    YEMGOV 2024-03.. high            # foreign minister of the recognised government
person : Mahdi al-Mashat | Mahdi al-Mashshat | Mashat
    YEMREB 2018-04.. high            # head of the Houthis' Supreme Political Council
person : Mohammed Sinwar | Muhammad Sinwar
    PSEREBHMS ..2025-05 high         # Qassam Brigades commander, killed May 2025
person : Izz al-Din al-Haddad | Ezzedine al-Haddad | Izz ad-Din al-Haddad
    PSEREBHMS high                   # Qassam Brigades commander in Gaza City, then of the brigades
person : Mohammad Eslami
    IRNGOV 2021-08.. high            # head of the Atomic Energy Organization of Iran
