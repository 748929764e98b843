from h import *
C='chunk_02.jsonl'
u=src(C,"http://spanish.xinhuanet.com/2019-07/03/c_138193524.htm","[headline not shown in the stored copy]","Xinhua (Spanish service)","2019-07-03",stype="wire_report",orig="Xinhua")
st(C,"mx-sre","2019-07-02",u,
"Este programa tiene como objetivo atender las necesidades de las personas migrantes que, de forma libre y autónoma, buscan regresar a sus países de origen",
"This programme aims to meet the needs of migrants who, freely and autonomously, seek to return to their countries of origin.",
"press_release",
[("MEXICO, 2 jul (Xinhua) -- El gobierno mexicano comenzó hoy martes un programa para que centroamericanos devueltos por Estados Unidos a México regresen de forma voluntaria a sus países de origen.","2 jul"),
 ("Por su parte, la cancillería mexicana señaló en un comunicado que el programa se aplica como una medida para garantizar el retorno seguro de los migrantes y es realizado en coordinación con la Organización Internacional para las Migraciones (OIM).\nPrecisó que la primera salida vía terrestre estuvo conformada por 40 hondureños, 22 guatemaltecos y siete salvadoreños.\n\"Este programa tiene como objetivo atender las necesidades de las personas migrantes que, de forma libre y autónoma, buscan regresar a sus países de origen\", agregó la cancillería.",None)],
[("humanitarian_assistance","favor","high","The foreign ministry presents the voluntary-return programme for migrants as a measure to meet their needs.")],sdr=True)
