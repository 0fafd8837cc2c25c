# Other recurring figures: militant and armed-group leaders not listed with their country,
# written by the project.

person : Osama bin Laden | Usama bin Laden | Osama Bin Laden | bin Laden
    IMGMOSALQ ..2011-05 high
person : Ayman al-Zawahiri | Ayman al-Zawahri | Zawahiri | al-Zawahiri | Zawahri
    IMGMOSALQ ..2022-07 high
person : Saif al-Adel | Sayf al-Adl
    IMGMOSALQ high
person : Abu Ibrahim al-Hashimi al-Qurashi
    IMGMOSRAD 2019-10..2022-02 high
person : Anwar al-Awlaki | Anwar al-Aulaqi | Awlaki
    YEMREB ..2011-09 high
person : Mullah Akhtar Mansour | Akhtar Mansour | Akhtar Mohammad Mansour
    AFGREBTAL 2015-07..2016-05 high
person : Joseph Kony | Kony
    UGAREB high
person : Isnilon Hapilon
    PHLREB ..2017-10 high
person : Velupillai Prabhakaran | Prabhakaran
    LKASEP ..2009-05 high
person : Shamil Basayev | Basayev
    RUSREB ..2006-07 high
person : Dokka Umarov | Umarov
    RUSREB ..2013-09 medium
person : Rodrigo Londono | Rodrigo Londoño | Timochenko | Timoleon Jimenez
    COLREB ..2017-08 high
    COLOPP
