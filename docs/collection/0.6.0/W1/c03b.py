from h import *
C='chunk_03.jsonl'
st(C,"andres-manuel-lopez-obrador","2019-07-15","SRC-01634",
"No ha habido, hasta ahora, nada fuera de lo normal. Es decir, no ha habido deportados",
"So far there has been nothing out of the ordinary. That is, there have been no deportees.",
"press_conference",
[("15-07-19.-El presidente de México, Andrés Manuel López Obrador, declaró este lunes que, ante las redadas a migrantes por parte de las autoridades de Estados Unidos, hasta el momento su Gobierno no ha registrado “nada fuera de lo normal” con migrantes mexicanos, reseñó la agencia Efe.\n\n\n\n“No ha habido, hasta ahora, nada fuera de lo normal. Es decir, no ha habido deportados”, dijo López Obrador en su conferencia de todos los días en el Palacio Nacional.","este lunes")],
[("mass_deportations","neutral","high","He reports that the US raids had not yet produced deportations of Mexicans, without judging them.")])
