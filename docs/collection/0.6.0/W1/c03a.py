from h import *
C='chunk_03.jsonl'
u=src(C,"https://zetatijuana.com/2025/01/sheinbaum-rechaza-redadas-migratorias-en-escuelas-colegios-e-iglesias-minimiza-deportaciones","[headline not shown in the stored copy]","Zeta Tijuana","2025-01-22")
P1="La presidenta Claudia Sheinbaum Pardo rechazó, el 22 de enero de 2025, la medida de su homólogo estadounidense, Donald Trump, quien, un día antes, autorizó redadas migratorias en escuelas, colegios e iglesias de de Estados Unidos, previamente considerados lugares “protegidos” o “santuarios”."
P2="“Por supuesto, no estamos de acuerdo [con las redadas] y para proteger a nuestros connacionales están los consulados, que el canciller [Juan Ramón de la Fuente Ramírez] está dedicando prácticamente la mayor parte del tiempo en estar coordinado con los cónsules, y un equipo también para ver el tema de la atención telefónica, todos ellos, para el apoyo legal”, indicó la titular del Poder Ejecutivo Federal, durante su conferencia de prensa matutina, llevada a cabo desde el Salón Tesorería del Palacio Nacional."
P3="“Sí hay cifras [respecto a las deportaciones], en realidad es con un día o dos que tenemos la certeza, pero digamos que en todos estos años ha habido deportaciones. Si se incrementa por la decisión del presidente Trump, ¿qué hacemos nosotros? Apoyarlos legalmente y recibirlos en México con el programa ‘México te Abraza’ y poderlos orientar a distintos lugares"
st(C,"claudia-sheinbaum","2025-01-22",u,
"Por supuesto, no estamos de acuerdo [con las redadas] y para proteger a nuestros connacionales están los consulados",
"Of course we do not agree [with the raids], and the consulates are there to protect our nationals.",
"press_conference",[(P1,"el 22 de enero de 2025"),(P2,None)],
[("mass_deportations","against","high","She states her government's disagreement with the US immigration raids and points to consular protection.")])
st(C,"claudia-sheinbaum","2025-01-22",u,
"digamos que en todos estos años ha habido deportaciones. Si se incrementa por la decisión del presidente Trump, ¿qué hacemos nosotros? Apoyarlos legalmente y recibirlos en México con el programa ‘México te Abraza’ y poderlos orientar a distintos lugares",
"Let us say that there have been deportations in all these years. If they increase because of President Trump's decision, what do we do? Support them legally and receive them in Mexico with the 'México te Abraza' programme and be able to direct them to different places.",
"press_conference",[(P1,"el 22 de enero de 2025"),(P3,None)],
[("humanitarian_assistance","favor","high","She presents legal support and reception through México te abraza as the government's answer to more deportations."),
 ("mass_deportations","neutral","medium","She notes that deportations have always happened and may increase, without judging them in this passage.")])
