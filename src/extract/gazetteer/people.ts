/**
 * Politicians of states that news about diplomacy names often, by the state
 * they serve: a state is a line, its people after the colon. Who holds an
 * office changes, whose government one belongs to far less, so the list says
 * only that: it tells which state a bare title serves ("President Maia Sandu
 * said…" is Moldova's, whatever the sentence before named), never that anyone
 * holds an office. People who went on to lead an international body (Mark
 * Rutte) are listed by their state: titles a body's officer bears ("Secretary
 * General") and an envoy's are read from the article, and this list is not
 * asked then. Rivals of a state's government, in arms or in exile, are not
 * listed. Full names, as an article first gives them, and in brackets a short
 * form news copy uses alone ("Xi", "Lula"); a surname alone stands for one of
 * them only where the article gives the full name too. Accents do not matter.
 */
export const PEOPLE = `
afghanistan: Ashraf Ghani; Hamid Karzai; Hibatullah Akhundzada; Amir Khan Muttaqi
albania: Edi Rama
algeria: Abdelmadjid Tebboune; Ahmed Attaf; Ramtane Lamamra
angola: João Lourenço
argentina: Javier Milei; Alberto Fernández; Mauricio Macri; Cristina Fernández de Kirchner; Diana Mondino; Gerardo Werthein
armenia: Nikol Pashinyan; Armen Sarkissian; Vahagn Khachaturyan; Ararat Mirzoyan; Zohrab Mnatsakanyan; Serzh Sargsyan; Robert Kocharyan
australia: Anthony Albanese; Scott Morrison; Malcolm Turnbull; Penny Wong; Marise Payne; Richard Marles
austria: Alexander Van der Bellen; Karl Nehammer; Sebastian Kurz; Christian Stocker
azerbaijan: Ilham Aliyev; Jeyhun Bayramov; Elmar Mammadyarov; Hikmet Hajiyev; Mehriban Aliyeva
bahrain: Hamad bin Isa Al Khalifa; Abdullatif bin Rashid Al Zayani
bangladesh: Sheikh Hasina; Muhammad Yunus
belarus: Alexander Lukashenko; Aleksandr Lukashenko; Vladimir Makei; Maxim Ryzhenkov
belgium: Alexander De Croo; Bart De Wever; Hadja Lahbib; Maxime Prévot
benin: Patrice Talon; Thomas Boni Yayi; Nicéphore Soglo
bolivia: Luis Arce; Evo Morales; Rodrigo Paz
brazil: Luiz Inácio Lula da Silva (Lula); Jair Bolsonaro; Mauro Vieira; Celso Amorim; Dilma Rousseff
bulgaria: Rumen Radev
burkina-faso: Ibrahim Traoré
cambodia: Hun Manet; Hun Sen; Prak Sokhonn
cameroon: Paul Biya
canada: Mark Carney; Justin Trudeau; Mélanie Joly; Anita Anand; Chrystia Freeland
chad: Mahamat Idriss Déby; Mahamat Idriss Deby Itno; Idriss Déby
chile: Gabriel Boric; Sebastián Piñera; José Antonio Kast
china: Xi Jinping (Xi); Li Qiang; Li Keqiang; Wang Yi; Qin Gang; Dong Jun; Wei Fenghe; Han Zheng; Mao Ning; Lin Jian; Wang Wenbin; Zhao Lijian; Hua Chunying; Fu Cong; Zhang Jun; Huang Xilian; Xie Feng; Liu Jianchao
colombia: Gustavo Petro; Iván Duque; Juan Manuel Santos; Álvaro Uribe; Laura Sarabia; Luis Gilberto Murillo; Álvaro Leyva
croatia: Andrej Plenković; Zoran Milanović
cuba: Miguel Díaz-Canel; Raúl Castro; Fidel Castro; Bruno Rodríguez
cyprus: Nikos Christodoulides; Nicos Anastasiades
czechia: Petr Fiala; Petr Pavel; Andrej Babiš
democratic-republic-of-the-congo: Félix Tshisekedi; Felix Tshisekedi; Joseph Kabila; Thérèse Kayikwamba Wagner; Judith Suminwa
denmark: Mette Frederiksen; Lars Løkke Rasmussen; Frederik X
egypt: Abdel Fattah al-Sisi (Sisi); Abdel Fattah el-Sisi; Sameh Shoukry; Badr Abdelatty; Mostafa Madbouly
eritrea: Isaias Afwerki; Osman Saleh
estonia: Alar Karis; Kristen Michal; Margus Tsahkna
ethiopia: Abiy Ahmed (Abiy); Taye Atske Selassie; Gedion Timothewos; Demeke Mekonnen; Redwan Hussien; Nebiat Getachew
finland: Alexander Stubb; Sauli Niinistö; Petteri Orpo; Sanna Marin; Elina Valtonen; Pekka Haavisto
france: Emmanuel Macron; François Hollande; Nicolas Sarkozy; Jean-Noël Barrot; Stéphane Séjourné; Catherine Colonna; Jean-Yves Le Drian; Sébastien Lecornu; François Bayrou; Michel Barnier; Gabriel Attal; Élisabeth Borne; Édouard Philippe
gabon: Brice Oligui Nguema; Ali Bongo
georgia: Irakli Kobakhidze; Mikheil Kavelashvili; Salome Zourabichvili; Irakli Garibashvili; Bidzina Ivanishvili
germany: Friedrich Merz; Olaf Scholz; Angela Merkel; Frank-Walter Steinmeier; Johann Wadephul; Boris Pistorius; Heiko Maas
ghana: John Mahama; John Dramani Mahama; Nana Akufo-Addo
greece: Kyriakos Mitsotakis; Nikos Dendias; Giorgos Gerapetritis
guatemala: Bernardo Arévalo
guinea: Mamady Doumbouya
guyana: Irfaan Ali; Mohamed Irfaan Ali; Hugh Todd; Bharrat Jagdeo
haiti: Ariel Henry; Garry Conille
hungary: Viktor Orbán; Péter Szijjártó; Tamás Sulyok; Katalin Novák
india: Narendra Modi; Subrahmanyam Jaishankar; S. Jaishankar; Rajnath Singh; Ajit Doval; Vikram Misri; Droupadi Murmu
indonesia: Prabowo Subianto; Joko Widodo; Retno Marsudi; Sugiono
iran: Ali Khamenei; Masoud Pezeshkian; Ebrahim Raisi; Hassan Rouhani; Abbas Araghchi; Hossein Amir-Abdollahian; Mohammad Javad Zarif; Ali Larijani; Esmaeil Baghaei; Nasser Kanaani
iraq: Mohammed Shia al-Sudani; Fuad Hussein; Abdul Latif Rashid
ireland: Micheál Martin; Simon Harris; Leo Varadkar
israel: Benjamin Netanyahu; Isaac Herzog; Yoav Gallant; Israel Katz; Gideon Saar; Gideon Sa'ar; Yair Lapid; Naftali Bennett; Benny Gantz; Ron Dermer
italy: Giorgia Meloni; Sergio Mattarella; Antonio Tajani; Mario Draghi; Guido Crosetto
ivory-coast: Alassane Ouattara
japan: Shigeru Ishiba; Fumio Kishida; Shinzo Abe; Yoshihide Suga; Sanae Takaichi; Takeshi Iwaya; Yoko Kamikawa; Yoshimasa Hayashi; Toshimitsu Motegi
jordan: Abdullah II; Ayman Safadi
kazakhstan: Kassym-Jomart Tokayev; Nursultan Nazarbayev; Murat Nurtleu
kenya: William Ruto; Uhuru Kenyatta; Musalia Mudavadi
kuwait: Mishal al-Ahmad al-Jaber al-Sabah
kyrgyzstan: Sadyr Japarov
latvia: Edgars Rinkēvičs; Evika Siliņa; Baiba Braže
lebanon: Joseph Aoun; Nawaf Salam; Najib Mikati; Nabih Berri; Michel Aoun; Abdallah Bou Habib; Youssef Rajji
libya: Abdul Hamid Dbeibah
lithuania: Gitanas Nausėda; Gabrielius Landsbergis; Kęstutis Budrys
mali: Assimi Goïta; Abdoulaye Diop
mexico: Claudia Sheinbaum; Andrés Manuel López Obrador; Marcelo Ebrard; Alicia Bárcena; Juan Ramón de la Fuente
moldova: Maia Sandu; Dorin Recean; Mihai Popșoi; Nicu Popescu; Igor Dodon
mongolia: Ukhnaagiin Khürelsükh
montenegro: Jakov Milatović
morocco: Mohammed VI; Nasser Bourita; Aziz Akhannouch
myanmar: Min Aung Hlaing; Aung San Suu Kyi
nauru: David Adeang; Russ Kun
netherlands: Dick Schoof; Mark Rutte; Caspar Veldkamp; Wopke Hoekstra
new-zealand: Christopher Luxon; Chris Hipkins; Jacinda Ardern; Winston Peters
nicaragua: Daniel Ortega; Rosario Murillo
niger: Abdourahamane Tiani; Mohamed Bazoum; Ali Lamine Zeine
nigeria: Bola Tinubu; Muhammadu Buhari; Yusuf Tuggar
north-korea: Kim Jong Un; Kim Jong-un; Kim Yo Jong; Choe Son Hui
north-macedonia: Hristijan Mickoski; Gordana Siljanovska-Davkova
norway: Jonas Gahr Støre; Espen Barth Eide
oman: Haitham bin Tariq; Badr Albusaidi
pakistan: Shehbaz Sharif; Nawaz Sharif; Imran Khan; Asif Ali Zardari; Ishaq Dar; Asim Munir; Bilawal Bhutto Zardari; Khawaja Asif
panama: José Raúl Mulino
papua-new-guinea: James Marape; Justin Tkatchenko
paraguay: Santiago Peña
peru: Dina Boluarte; Pedro Castillo; José Jerí
philippines: Ferdinand Marcos Jr.; Ferdinand Marcos; Rodrigo Duterte; Sara Duterte; Enrique Manalo; Gilberto Teodoro; Theresa Lazaro
poland: Donald Tusk; Andrzej Duda; Karol Nawrocki; Radosław Sikorski; Radoslaw Sikorski; Mateusz Morawiecki; Władysław Kosiniak-Kamysz
portugal: Marcelo Rebelo de Sousa; Luís Montenegro
qatar: Tamim bin Hamad Al Thani; Mohammed bin Abdulrahman Al Thani; Majed al-Ansari
romania: Nicușor Dan; Klaus Iohannis; Marcel Ciolacu
russia: Vladimir Putin; Dmitry Medvedev; Mikhail Mishustin; Sergei Lavrov; Sergey Lavrov; Maria Zakharova; Dmitry Peskov; Sergei Shoigu; Andrei Belousov; Yuri Ushakov; Kirill Dmitriev; Vladimir Medinsky; Vasily Nebenzya; Sergei Ryabkov; Mikhail Galuzin; Alexei Overchuk; Valentina Matviyenko; Sergei Naryshkin; Alexander Bortnikov; Valery Gerasimov
rwanda: Paul Kagame; Olivier Nduhungirehe; Vincent Biruta; Yolande Makolo
saudi-arabia: Mohammed bin Salman (MBS); Salman bin Abdulaziz; Faisal bin Farhan; Adel al-Jubeir
senegal: Bassirou Diomaye Faye; Ousmane Sonko; Macky Sall
serbia: Aleksandar Vučić; Aleksandar Vucic; Ana Brnabić; Miloš Vučević; Marko Đurić
singapore: Lawrence Wong; Lee Hsien Loong; Vivian Balakrishnan
slovakia: Robert Fico; Peter Pellegrini; Juraj Blanár
somalia: Hassan Sheikh Mohamud; Hamza Abdi Barre; Ahmed Moallim Fiqi; Mohamed Abdullahi Farmaajo
south-africa: Cyril Ramaphosa; Ronald Lamola; Naledi Pandor; Jacob Zuma
south-korea: Lee Jae-myung; Yoon Suk Yeol; Moon Jae-in; Han Duck-soo; Cho Tae-yul; Park Jin; Cho Hyun; Chung Eui-yong
south-sudan: Salva Kiir; Riek Machar
spain: Pedro Sánchez; José Manuel Albares; Felipe VI; Mariano Rajoy
sri-lanka: Anura Kumara Dissanayake; Ranil Wickremesinghe
sudan: Abdel Fattah al-Burhan; Abdel Fattah Burhan; Kamil Idris
sweden: Ulf Kristersson; Magdalena Andersson; Tobias Billström; Maria Malmer Stenergard
switzerland: Ignazio Cassis; Karin Keller-Sutter; Viola Amherd
syria: Ahmed al-Sharaa; Bashar al-Assad; Asaad al-Shaibani; Faisal Mekdad
tajikistan: Emomali Rahmon
thailand: Paetongtarn Shinawatra; Srettha Thavisin; Prayut Chan-o-cha; Anutin Charnvirakul; Thaksin Shinawatra; Maris Sangiampongsa; Phumtham Wechayachai
tunisia: Kais Saied
turkey: Recep Tayyip Erdoğan (Erdoğan); Recep Tayyip Erdogan; Hakan Fidan; Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Ibrahim Kalın; Ibrahim Kalin; Yaşar Güler; Hulusi Akar; Cevdet Yılmaz
turkmenistan: Serdar Berdimuhamedov; Gurbanguly Berdimuhamedov
uganda: Yoweri Museveni
ukraine: Volodymyr Zelensky; Volodymyr Zelenskyy; Petro Poroshenko; Andrii Sybiha; Andriy Sybiha; Dmytro Kuleba; Rustem Umerov; Andriy Yermak; Andrii Yermak; Denys Shmyhal; Yulia Svyrydenko; Oleksii Reznikov; Mykhailo Podolyak; Kyrylo Budanov; Oleksandr Syrskyi
united-arab-emirates: Mohamed bin Zayed; Mohamed bin Zayed Al Nahyan; Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan; Anwar Gargash
united-kingdom: Keir Starmer; Rishi Sunak; Liz Truss; Boris Johnson; Theresa May; David Cameron; David Lammy; Yvette Cooper; James Cleverly; Dominic Raab; John Healey; Grant Shapps; Ben Wallace; Charles III; Jonathan Powell
united-states: Donald Trump; Joe Biden; Barack Obama; JD Vance; J.D. Vance; Kamala Harris; Mike Pence; Marco Rubio; Antony Blinken; Mike Pompeo; Rex Tillerson; Pete Hegseth; Lloyd Austin; Jake Sullivan; Mike Waltz; Steve Witkoff; Steven Witkoff; Keith Kellogg; Massad Boulos; Matthew Miller; Ned Price; Tammy Bruce; Linda Thomas-Greenfield; Mike Johnson; Amos Hochstein; Brett McGurk; William Burns; Christopher Landau; Scott Bessent; Howard Lutnick; Jared Kushner; Tom Barrack; Dorothy Shea
uruguay: Yamandú Orsi; Luis Lacalle Pou
uzbekistan: Shavkat Mirziyoyev; Bakhtiyor Saidov
vatican: Pietro Parolin
venezuela: Nicolás Maduro; Nicolas Maduro; Delcy Rodríguez; Yván Gil; Diosdado Cabello; Vladimir Padrino López
vietnam: Tô Lâm; To Lam; Phạm Minh Chính; Pham Minh Chinh; Bùi Thanh Sơn; Bui Thanh Son
yemen: Rashad al-Alimi
zimbabwe: Emmerson Mnangagwa
`;
