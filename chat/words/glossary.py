"""A word-by-word English reading of a short French/Spanish/German/Portuguese/Italian/Dutch/Polish drawing request,
used when the offline LLM's translation is refused: a generic picture vocabulary (animals, people, places, objects,
colours, styles, request verbs), looked up lowercase and accent-free, with plural/feminine endings, elisions and
clitics undone (Polish cases, Dutch plurals and diminutives too; German and Dutch compounds split into known nouns).

    .venv/bin/python -c "from chat.words.glossary import gloss; print(gloss('dessine un dragon vert', 'fr'))"

Choices: politeness (please, s'il te plaît, bitte...) and wrappers ("I want", "can you") are dropped; names
(capitalised words past the first, in the Romance languages), numbers and quoted text stay as typed.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

from chat.words import lexicon
from chat.words.places import is_place_name

LANGUAGES = ("fr", "es", "de", "pt", "it", "nl", "pl")
TABLE_LANGUAGES = LANGUAGES[:5]  # the columns of the tables below; Dutch and Polish have their own (NL_PL_...)

# one concept a line: english | fr | es | de | pt | it ("/" between forms; base forms, endings are undone on lookup)
# (the last 221 rows of NOUNS and NL_PL_NOUNS, stop 15: PartiPrompts' most frequent picture nouns the tables lacked, and
# everyday things people ask for, written by a helper from that word list alone)
NOUNS = """
football stadium | stade de football | estadio de futbol | fussballstadion | estadio de futebol | stadio di calcio
fishing boat | bateau de peche | barco pesquero/pesquero | fischkutter/fischerboot/kutter | barco de pesca/traineira | peschereccio
floating market | marche flottant | mercado flotante | schwimmender markt | mercado flutuante | mercato galleggiante
water drop | goutte d'eau | gota de agua | wassertropfen | gota de agua/gota d'agua | goccia d'acqua
drop | goutte | gota | tropfen | gota | goccia
fans | supporters | aficionados/hinchas | fans | adeptos/torcedores | tifosi
floodlights | projecteurs | reflectores/focos | flutlichter/scheinwerfer | holofotes | riflettori
pineapples | ananas | pinas/ananas | ananas | ananases/abacaxis | ananas
praying mantis | mante religieuse | mantis religiosa/mantis | gottesanbeterin | louva-a-deus | mantide religiosa/mantide
auction | vente aux encheres | subasta | auktion/versteigerung | leilao | asta
archery target | cible de tir a l'arc | diana de tiro con arco | bogenscheibe/zielscheibe | alvo de tiro com arco | bersaglio da tiro con l'arco
target | cible | diana | zielscheibe | alvo | bersaglio
arrows | fleches | flechas | pfeile | flechas | frecce
baby | - | cria/crias | jungtier/jungtiere | filhote/filhotes | cucciolo/cuccioli
custard tart | - | - | - | pastel de nata/pasteis de nata | -
copper still | alambic en cuivre | alambique de cobre | kupferbrennblase | alambique de cobre | alambicco di rame
still | alambic | alambique | brennblase | alambique | alambicco
mime | mime | mimo | pantomime | mimo | mimo
silver | argent | plata | silber | prata | argento
rescue boat | bateau de sauvetage/vedette de sauvetage | lancha de rescate/bote de rescate | rettungsboot | barco de resgate/lancha de resgate | motovedetta/lancia di salvataggio
motorboat | vedette | lancha | motorboot | lancha | motoscafo
rescue | sauvetage | rescate | rettung | resgate | salvataggio
trapeze | trapeze | trapecio | trapez | trapezio | trapezio
hydrangea | hortensia/hortensias | hortensia/hortensias | hortensie/hortensien | hortensia/hortensias | ortensia/ortensie
postwoman | factrice | cartera | postbotin/brieftragerin | carteira | postina
postman | facteur | cartero | postbote/brieftrager | carteiro | postino
ballroom | salle de bal | salon de baile | ballsaal | salao de baile | sala da ballo
waltz | valse | vals | walzer | valsa | valzer
scales of justice | balance de la justice | balanza de la justicia | waage der justitia/justitiawaage | balança da justiça | bilancia della giustizia
scale | balance | balanza | waage | balança | bilancia
justice | justice | justicia | gerechtigkeit | justiça | giustizia
gavel | marteau de juge/maillet | mazo/martillo de juez | richterhammer | martelo de juiz | martelletto
courtroom | salle d'audience/tribunal | sala de audiencias/tribunal | gerichtssaal | tribunal | aula di tribunale/tribunale
foreground | premier plan | primer plano | vordergrund | primeiro plano | primo piano
compass rose | rose des vents | rosa de los vientos | windrose | rosa dos ventos | rosa dei venti
passion fruit | fruit de la passion | maracuyá/maracuyás/fruta de la pasión | maracuja/passionsfrucht | maracujá/maracujás | frutto della passione
packaging | emballage | envase/embalaje | verpackung | embalagem | confezione
illuminated manuscript | enluminure/manuscrit enluminé | manuscrito iluminado | buchmalerei | iluminura | miniatura medievale
pearl | perle | perla | perle | perola | perla
climber | grimpeur/grimpeuse/alpiniste | escalador/escaladora | kletterer/kletterin/bergsteiger/bergsteigerin | escalador/escaladora/alpinista | scalatore/scalatrice/alpinista
gas station | station-service/station service | gasolinera | tankstelle | posto de gasolina/bomba de gasolina | distributore di benzina/benzinaio
pair | paire | par | paar | par | paio
gullwing | portes papillon | alas de gaviota | flugeltürer/flügeltürer/flugelturer | asa de gaivota | ali di gabbiano
churro | churro | churro | churro | churro | churro
tortilla | - | tortilla | - | - | -
legion | legion | legion | legion | legiao | legione
watering can | arrosoir | regadera | giesskanne/gießkanne | regador | annaffiatoio/innaffiatoio
toast | pain grille/toast | tostada/pan tostado | toast | torrada | pane tostato
mountain hut | refuge | refugio | berghutte/berghütte | refugio | rifugio
label | etiquette | etiqueta | etikett | rotulo/etiqueta | etichetta
hops | houblon | lupulo | hopfen | lupulo | luppolo
engraving | gravure | grabado | stich/kupferstich | gravura | incisione
fist | poing | puño/puños | faust/fäuste | punho/punhos | pugno/pugni
strike | grève | huelga | streik | greve | sciopero
straw hat | chapeau de paille | sombrero de paja | strohhut | chapeu de palha | cappello di paglia
straw | paille | paja | stroh | palha | paglia
video | video/videos | video/videos | video/videos | video/videos | video
version | version/versions | version/versiones | version/versionen/variante/varianten | versao/versoes | versione/versioni/variante/varianti
cat | chat | gato | katze/kater | gato | gatto
wedding dress | robe de mariee | vestido de novia | brautkleid | vestido de noiva | abito da sposa
bride | mariee | novia | braut | noiva | sposa
lifeguard tower | tour de sauveteur/poste de secours | torre de socorrista/torre de salvavidas | rettungsturm | torre de salva-vidas/torre de guarda-vidas | torretta del bagnino
lace | dentelle | encaje | spitze | renda | pizzo
wheat | ble | trigo | weizen | trigo | grano
title | titre | titulo | titel | titulo | titolo
veil | voile | - | schleier | veu | velo
hiker | randonneur/randonneuse | excursionista/senderista | wanderer/wanderin | caminhante/trilheiro | escursionista
peak | sommet/pic | cumbre/pico | gipfel | cume/pico | vetta/cima
dog | chien | perro | hund | cachorro/cao | cane
dachshund | teckel | perro salchicha/salchicha | dackel/dachshund | salsicha/cao salsicha | bassotto
horse | cheval | caballo | pferd | cavalo | cavallo
bird | oiseau | pajaro/ave | vogel | passaro | uccello
fish | poisson | pez/pescado | fisch | peixe | pesce
rabbit | lapin | conejo | hase/kaninchen | coelho | coniglio
mouse | souris | raton | maus | rato | topo
fox | renard | zorro | fuchs | raposa | volpe
wolf | loup | lobo | wolf | lobo | lupo
bear | ours | oso | bar | urso | orso
lion | lion | leon | lowe | leao | leone
tiger | tigre | tigre | tiger | tigre | tigre
elephant | elephant | elefante | elefant | elefante | elefante
monkey | singe | mono | affe | macaco | scimmia
cow | vache | vaca | kuh | vaca | mucca
pig | cochon | cerdo | schwein | porco | maiale
sheep | mouton | oveja | schaf | ovelha | pecora
duck | canard | pato | ente | pato | anatra
owl | hibou/chouette | buho | eule | coruja | gufo
frog | grenouille | rana | frosch | sapo | rana
snake | serpent | serpiente | schlange | cobra | serpente
turtle | tortue | tortuga | schildkrote | tartaruga | tartaruga
whale | baleine | ballena | wal | baleia | balena
dolphin | dauphin | delfin | delfin | golfinho | delfino
butterfly | papillon | mariposa | schmetterling | borboleta | farfalla
bee | abeille | abeja | biene | abelha | ape
dragon | dragon | dragon | drache | dragao | drago
unicorn | licorne | unicornio | einhorn | unicornio | unicorno
dinosaur | dinosaure | dinosaurio | dinosaurier | dinossauro | dinosauro
penguin | pingouin/manchot | pinguino | pinguin | pinguim | pinguino
squirrel | ecureuil | ardilla | eichhornchen | esquilo | scoiattolo
deer | cerf/biche | ciervo/venado | hirsch/reh/rehe | veado | cervo
animal | animal | animal | tier | animal | animale
swimming pool | piscine | piscina | schwimmbad | piscina | piscina
woman | femme | mujer | frau | mulher | donna
man | homme | hombre | mann | homem | uomo
child | enfant | nino | kind | crianca | bambino
girl | fille/fillette | nina/chica | madchen | menina | bambina/ragazza
boy | garcon | chico | junge | menino | ragazzo
baby | bebe | bebe | baby | bebe | bambino/neonato
grandmother | grand-mere/mamie | abuela | grossmutter/oma | avo/vovo | nonna
grandfather | grand-pere/papi | abuelo | grossvater/opa | avo | nonno
mother | mere/maman | madre/mama | mutter/mama | mae/mamae | madre/mamma
father | pere/papa | padre/papa | vater/papa | pai | padre/papa
son | fils | hijo | sohn | filho | figlio
daughter | fille | hija | tochter | filha | figlia
moonlight | clair de lune | luz de luna | mondlicht/mondschein | luar | chiaro di luna
in the moonlight | au clair de lune | a la luz de la luna | im mondlicht/im mondschein | ao luar | al chiaro di luna
friend | ami | amigo | freund | amigo | amico
family | famille | familia | familie | familia | famiglia
king | roi | rey | konig | rei | re
queen | reine | reina | konigin | rainha | regina
princess | princesse | princesa | prinzessin | princesa | principessa
prince | prince | principe | prinz | principe | principe
knight | chevalier | caballero | ritter | cavaleiro | cavaliere
witch | sorciere | bruja | hexe | bruxa | strega
wizard | sorcier/magicien | mago | zauberer | mago/feiticeiro | mago
fairy | fee | hada | fee | fada | fata
fairy-tale | conte de fées | cuento de hadas | märchen | conto de fadas | fiaba
robot | robot | robot | roboter | robo | robot
astronaut | astronaute | astronauta | astronaut | astronauta | astronauta
pirate | pirate | pirata | pirat | pirata | pirata
monster | monstre | monstruo | monster | monstro | mostro
ghost | fantome | fantasma | geist/gespenst | fantasma | fantasma
person | personne | persona | person/mensch | pessoa | persona
beach | plage | playa | strand | praia | spiaggia
sea | mer | mar | meer | mar | mare
ocean | ocean | oceano | ozean | oceano | oceano
forest | foret/bois | bosque/selva | wald | floresta/bosque | foresta/bosco
mountain | montagne | montana | berg | montanha | montagna
lake | lac | lago | see | lago | lago
river | riviere/fleuve | rio | fluss | rio | fiume
city | ville | ciudad | stadt | cidade | citta
village | village | pueblo/aldea | dorf | aldeia/vila | villaggio/paese
street | rue | calle | strasse | rua | strada/via
road | route/chemin | camino/carretera | weg | estrada/caminho | sentiero
garden | jardin | jardin | garten | jardim | giardino
park | parc | parque | park | parque | parco
field | champ/prairie | campo/prado | feld/wiese | campo | campo/prato
house | maison | casa | haus | casa | casa
sign | enseigne/panneau | letrero | schild | letreiro/placa | insegna/cartello
sofa | canape | sofa | sofa/couch | sofa | divano
birthday | anniversaire | cumpleanos | geburtstag | aniversario | compleanno
confetti | confettis | confeti | konfetti | confete | coriandoli
castle | chateau | castillo | schloss/burg | castelo | castello
lighthouse | phare | faro | leuchtturm | farol | faro
text | texte | texto | text | texto | testo
letters | lettres | letras | buchstaben | letras | lettere
lettering | lettrage | rotulado | schriftzug | letreiro | scritta
bridge | pont | puente | brucke | ponte | ponte
tower | tour | torre | turm | torre | torre
church | eglise | iglesia | kirche | igreja | chiesa
room | chambre/piece | habitacion/cuarto | zimmer | quarto | stanza/camera
kitchen | cuisine | cocina | kuche | cozinha | cucina
window | fenetre | ventana | fenster | janela | finestra
door | porte | puerta | tur | porta | porta
sky | ciel | cielo | himmel | ceu | cielo
desert | desert | desierto | wuste | deserto | deserto
island | ile | isla | insel | ilha | isola
cave | grotte | cueva | hohle | caverna | grotta
waterfall | cascade | cascada | wasserfall | cachoeira/cascata | cascata
snow | neige | nieve | schnee | neve | neve
rain | pluie | lluvia | regen | chuva | pioggia
storm | orage/tempete | tormenta/tempestad | sturm/gewitter | tempestade | tempesta
fog | brouillard | niebla | nebel | nevoeiro/neblina | nebbia
wind | vent | viento | wind | vento | vento
cloud | nuage | nube | wolke | nuvem | nuvola
moon | lune | luna | mond | lua | luna
sun | soleil | sol | sonne | sol | sole
star | etoile | estrella | stern | estrela | stella
rainbow | arc-en-ciel | arcoiris | regenbogen | arco-iris | arcobaleno
galaxy | galaxie | galaxia | galaxie | galaxia | galassia
universe | univers | universo | universum | universo | universo
planet | planete | planeta | planet | planeta | pianeta
space | espace | espacio | weltall/weltraum | espaco | spazio
tree | arbre | arbol | baum | arvore | albero
flower | fleur | flor | blume | flor | fiore
rose | rose | rosa | rose | rosa | rosa
grass | herbe | hierba/cesped | gras | grama/relva | erba
leaf | feuille | hoja | blatt | folha | foglia
rock | rocher/pierre | roca/piedra | fels/stein | pedra/rocha | roccia/pietra
fire | feu | fuego | feuer | fogo | fuoco
water | eau | agua | wasser | agua | acqua
ice | glace | hielo | eis | gelo | ghiaccio
gold | or | oro | gold | ouro | oro
light | lumiere | luz | licht | luz | luce
night | nuit | noche | nacht | noite | notte
day | jour/journee | dia | tag | dia | giorno
morning | matin | manana | morgen | manha | mattina
evening | soir/soiree | tarde | abend | tarde | sera
sunset | coucher de soleil/coucher du soleil | atardecer/puesta de sol/puesta del sol | sonnenuntergang | por do sol/entardecer | tramonto
cliff | falaise | acantilado | klippe | falesia | scogliera
sunrise | lever de soleil/lever du soleil | amanecer/salida del sol | sonnenaufgang | nascer do sol/amanhecer | alba/sorgere del sole
dawn | aube | alba/madrugada | morgengrauen/morgendammerung | madrugada/aurora | aurora
winter | hiver | invierno | winter | inverno | inverno
summer | ete | verano | sommer | verao | estate
autumn | automne/automnal/automnale | otono/otonal | herbst/herbstlich/herbstliche/herbstlichen | outono/outonal | autunno/autunnale
spring | printemps | primavera | fruhling | primavera | primavera
table | table | mesa | tisch | mesa | tavolo/tavolino
fountain | fontaine | fuente | brunnen | fonte/chafariz | fontana
card | carte | tarjeta | karte | cartao | biglietto
neighbourhood | quartier | barrio | viertel/nachbarschaft | bairro | quartiere
block party | fete de quartier/fete des voisins | fiesta del barrio/fiesta de barrio | strassenfest/nachbarschaftsfest | festa do bairro/festa de bairro | festa di quartiere
string lights | guirlandes lumineuses/guirlande lumineuse | guirnaldas de luces/guirnalda de luces | lichterketten/lichterkette | cordao de luzes/varal de luzes | luci a filo/lucine
postcard | carte postale | postal | postkarte | postal/cartao postal | cartolina
chair | chaise | silla | stuhl | cadeira | sedia
corner | coin | esquina/rincon | ecke | esquina/canto | angolo
in the corner | dans le coin/dans un coin/au coin | en la esquina/en el rincon/en una esquina | in der ecke/in die ecke | no canto/na esquina | nell'angolo/in un angolo
at the street corner | au coin de la rue | en la esquina de la calle | an der strassenecke | na esquina da rua | all'angolo della strada
on the terrace | en terrasse/sur la terrasse | en la terraza | auf der terrasse | na esplanada/no terraco | in terrazza/sulla terrazza
terrace | terrasse | terraza | terrasse | esplanada/terraco | terrazza/dehors
bed | lit | cama | bett | cama | letto
book | livre | libro | buch | livro | libro
lamp | lampe | lampara | lampe | lampada | lampada
candle | bougie | vela | kerze | vela | candela
cup | tasse | taza | tasse | xicara/caneca | tazza
hat | chapeau | sombrero | hut | chapeu | cappello
dress | robe | vestido | kleid | vestido | vestito
glasses | lunettes | gafas | brille | oculos | occhiali
umbrella | parapluie | paraguas | regenschirm | guarda-chuva | ombrello
sword | epee | espada | schwert | espada | spada
crown | couronne | corona | krone | coroa | corona
balloon | ballon | globo | ballon/luftballon | balao | palloncino
bouquet | bouquet | ramo | strauss/blumenstrauss | buque/ramalhete | mazzo/bouquet
lavender | lavande | lavanda | lavendel | lavanda | lavanda
cover | couverture | portada | cover/titelbild | capa | copertina
flower shop | fleuriste | floristeria | blumenladen | floricultura | fioraio/fioreria
summer party | fete d'ete | fiesta de verano | sommerfest | festa de verao | festa d'estate
mother's day | fete des meres | dia de la madre | muttertag | dia das maes | festa della mamma
ball | balle | pelota/bola | ball | bola | palla
disco ball | boule à facettes/boule disco | bola de discoteca/bola de espejos/bola disco | discokugel | bola de espelhos/bola de discoteca | palla da discoteca/sfera stroboscopica
cross-stitch | point de croix | punto de cruz | kreuzstich | ponto cruz | punto croce
guitar | guitare | guitarra | gitarre | violao/guitarra | chitarra
clock | horloge | reloj | uhr | relogio | orologio
key | cle | llave | schlussel | chave | chiave
flag | drapeau | bandera | flagge/fahne | bandeira | bandiera
mirror | miroir | espejo | spiegel | espelho | specchio
apple | pomme | manzana | apfel | maca | mela
florist | fleuriste | florista | florist/floristin | florista | fiorista
pet shop | animalerie | tienda de mascotas | zoohandlung | pet shop/loja de animais | negozio di animali
pets | animaux de compagnie | mascotas | haustiere | animais de estimacao | animali domestici
bread | pain/pains | pan/panes | brot/brote | pao/paes | pane/pani
homemade | fait maison/maison | casero/casera/caseros/caseras | hausgemacht/hausgemachte/hausgemachtes | caseiro/caseira/caseiros/caseiras | fatto in casa/casereccio
loaf of bread | boule de pain/miche de pain | barra de pan/hogaza de pan | brotlaib | pão de forma | pagnotta/filone
ears | épis | espigas | ähren | espigas | spighe
children's book style | style livre pour enfants/style livre jeunesse/style album jeunesse | estilo libro infantil/estilo de libro infantil/estilo cuento infantil/estilo de cuento infantil | kinderbuchstil/im kinderbuchstil/im stil eines kinderbuchs | estilo livro infantil/estilo de livro infantil | stile libro per bambini/stile libro illustrato
cake | gateau | pastel/tarta | kuchen/torte | bolo | torta
birthday cake | gateau d'anniversaire | pastel de cumpleanos/tarta de cumpleanos | geburtstagskuchen/geburtstagstorte | bolo de aniversario | torta di compleanno
tart | tarte | - | tarte | tarte | crostata
pizza | pizza | pizza | pizza | pizza | pizza
coffee | cafe | cafe | kaffee | cafe | caffe
tea | the | te | tee | cha | te
cheese | fromage/fromages | queso/quesos | kase | queijo/queijos | formaggio/formaggi
cheese wheels | meules de fromage | ruedas de queso | kaselaibe/kaseraeder | rodas de queijo | forme di formaggio
fruit | fruit | fruta | obst/frucht | fruta | frutta
ice cream | glace | helado | eis | sorvete | gelato
car | voiture | coche/carro/auto | auto/wagen | carro | macchina/auto
bicycle | velo | bicicleta | fahrrad | bicicleta | bicicletta
train | train | tren | zug | trem/comboio | treno
boat | bateau | barco/bote | boot/schiff | barco | barca/nave
ship | navire | navio | schiff | navio | nave
plane | avion | avion | flugzeug | aviao | aereo
rocket | fusee | cohete | rakete | foguete | razzo
bus | bus | autobus | bus | onibus | autobus
motorcycle | moto | moto | motorrad | moto | moto
face | visage | cara/rostro | gesicht | rosto | viso
eye | oeil/yeux | ojo | auge | olho | occhio
hair | cheveux | pelo/cabello | haar | cabelo | capelli
hand | main | mano | hand | mao | mano
heart | coeur | corazon | herz | coracao | cuore
wing | aile | ala | flugel | asa | ala
mountain of | montagne de | montana de | berg von | montanha de | montagna di
portrait | portrait | retrato | portrat/bildnis | retrato | ritratto
landscape | paysage | paisaje | landschaft | paisagem | paesaggio
background | fond | fondo | hintergrund | fundo | sfondo
picture | image | imagen | bild | imagem | immagine
photo | photo | foto | foto | foto | foto
drawing | dessin | dibujo | zeichnung | desenho | disegno
painting | tableau/peinture | pintura/cuadro | gemalde/malerei | pintura/quadro | dipinto/quadro
watercolor | aquarelle | acuarela | aquarell | aquarela | acquerello
oil painting | peinture a l'huile | pintura al oleo/oleo | olgemalde | pintura a oleo | pittura a olio
pencil drawing | dessin au crayon | dibujo a lapiz | bleistiftzeichnung | desenho a lapis | disegno a matita
pencil | crayon | lapiz | bleistift | lapis | matita
cartoon | dessin anime | caricatura | cartoon | desenho animado | cartone animato
cartoon | bande dessinee | dibujos animados | zeichentrick | desenho animado | fumetto
anime | anime | anime | anime | anime | anime
manga | manga | manga | manga | - | manga
poster | affiche/poster | cartel/poster | plakat/poster | cartaz/poster | manifesto/poster
logo | logo | logo | logo | logotipo/logo | logo
style | style | estilo | stil | estilo | stile
color | couleur | color | farbe | cor | colore
in watercolor | a l'aquarelle | en acuarela | als aquarell | em aquarela | ad acquerello
in watercolor | en aquarelle | a la acuarela | in aquarell | a aquarela | all'acquerello
in the style of | dans le style de | al estilo de | im stil von | no estilo de | nello stile di
in the style of | a la maniere de | estilo de | im stil von | no estilo de | in stile
in the style of | facon | en el estilo de | im stil | estilo de | stile di
sunglasses | lunettes de soleil | gafas de sol | sonnenbrille | oculos de sol | occhiali da sole
at night | de nuit | de noche/por la noche | nachts/bei nacht | de noite | di notte
in spring | au printemps | en primavera | im fruhling/im frühling | na primavera | in primavera
in summer | en ete | en verano | im sommer | no verao | in estate/d'estate
in winter | en hiver | en invierno | im winter | no inverno | in inverno/d'inverno
in autumn | en automne | en otono | im herbst | no outono | in autunno
early in the morning | tot le matin/de bon matin | temprano por la manana/de madrugada | fruhmorgens/fruh am morgen | de manha cedo | di mattina presto/la mattina presto/mattina presto
in the shape of | en forme de/en forme d | en forma de/con forma de | in form eines/in form einer | em forma de/com forma de | a forma di/in forma di
birdhouse | nichoir | pajarera/casita para pajaros | vogelhaus/nistkasten | casinha de passarinho | casetta per uccelli
film | film | pelicula | film | filme | film
broom | balai | escoba | besen | vassoura | scopa
bag | sac | bolsa/bolso | tasche | bolsa | borsa
box | boite | caja | kiste/schachtel | caixa | scatola
basket | panier | cesta | korb | cesto | cestino
bottle | bouteille | botella | flasche | garrafa | bottiglia
phone | telephone | telefono/movil | telefon/handy | telefone/celular | telefono
chicken | poule/poulet | gallina/pollo | huhn | galinha | gallina
spider | araignee | arana | spinne | aranha | ragno
shark | requin | tiburon | hai | tubarao | squalo
octopus | pieuvre/poulpe | pulpo | krake/oktopus | polvo | polpo
parrot | perroquet | loro | papagei | papagaio | pappagallo
eagle | aigle | aguila | adler | aguia | aquila
giraffe | girafe | jirafa | giraffe | girafa | giraffa
panda | panda | panda | panda | panda | panda
wallpaper | fond d'ecran | fondo de pantalla | hintergrundbild | papel de parede | sfondo
goat | chevre | cabra | ziege | cabra | capra
donkey | ane | burro | esel | burro | asino
camel | chameau | camello | kamel | camelo | cammello
zebra | zebre | cebra | zebra | zebra | zebra
kangaroo | kangourou | canguro | kanguru | canguru | canguro
koala | koala | koala | koala | coala | koala
hedgehog | herisson | erizo | igel | ourico | riccio
bat | chauve-souris | murcielago | fledermaus | morcego | pipistrello
crocodile | crocodile | cocodrilo | krokodil | crocodilo | coccodrillo
gorilla | gorille | gorila | gorilla | gorila | gorilla
hippo | hippopotame | hipopotamo | nilpferd/flusspferd | hipopotamo | ippopotamo
rhino | rhinoceros | rinoceronte | nashorn | rinoceronte | rinoceronte
bull | taureau | toro | stier | touro | toro
goose | oie | ganso | gans | ganso | oca
swan | cygne | cisne | schwan | cisne | cigno
peacock | paon | pavo real | pfau | pavao | pavone
flamingo | flamant/flamant rose | flamenco | flamingo | flamingo | fenicottero
pigeon | pigeon | paloma | taube | pombo | piccione
seagull | mouette | gaviota | mowe | gaivota | gabbiano
rooster | coq | gallo | hahn | galo | gallo
chick | poussin | pollito | kuken | pintinho | pulcino
lamb | agneau | cordero | lamm | cordeiro | agnello
puppy | chiot | cachorro | welpe | filhote | cucciolo
kitten | chaton | gatito | katzchen | gatinho | gattino
pony | poney | poni | pony | ponei | pony
hamster | hamster | hamster | hamster | hamster | criceto
raccoon | raton laveur | mapache | waschbar | guaxinim | procione
otter | loutre | nutria | otter | lontra | lontra
seal | phoque | foca | robbe | foca | foca
insect | insecte | insecto | insekt | inseto | insetto
ant | fourmi | hormiga | ameise | formiga | formica
ladybug | coccinelle | mariquita | marienkafer | joaninha | coccinella
snail | escargot | caracol | schnecke | caracol | lumaca
beetle | scarabee | escarabajo | kafer | besouro | scarabeo
dragonfly | libellule | libelula | libelle | libelula | libellula
fly | mouche | mosca | fliege | mosca | mosca
worm | ver | gusano | wurm | minhoca | verme
jellyfish | meduse | medusa | qualle | agua-viva | medusa
crab | crabe | cangrejo | krabbe | caranguejo | granchio
doctor | medecin/docteur | medico/doctor | arzt/arztin | medico | medico/dottore
nurse | infirmiere | enfermera | krankenschwester | enfermeira | infermiera
teacher | professeur/instituteur | maestro/profesor | lehrer | professor | insegnante/maestro
police officer | policier | policia | polizist | policial | poliziotto
firefighter | pompier | bombero | feuerwehrmann | bombeiro | pompiere
cook | cuisinier | cocinero | koch | cozinheiro | cuoco
farmer | fermier | granjero | bauer | fazendeiro | contadino
soldier | soldat | soldado | soldat | soldado | soldato
student | etudiant | estudiante | student | estudante | studente
musician | musicien | musico | musiker | musico | musicista
artist | artiste | artista | kunstler | artista | artista
painter | peintre | pintor | maler | pintor | pittore
clown | clown | payaso | clown | palhaco | pagliaccio
ninja | ninja | ninja | ninja | ninja | ninja
superhero | superheros/super-heros | superheroe | superheld | super-heroi/superheroi | supereroe
vampire | vampire | vampiro | vampir | vampiro | vampiro
zombie | zombie | zombi | zombie | zumbi | zombie
mermaid | sirene | sirena | meerjungfrau | sereia | sirena
angel | ange | angel | engel | anjo | angelo
elf | elfe | elfo | elfe | elfo | elfo
dwarf | nain | enano | zwerg | anao | nano
brother | frere | hermano | bruder | irmao | fratello
sister | soeur | hermana | schwester | irma | sorella/suor
couple | couple | pareja | paar | casal | coppia
people | gens | gente | leute | gente/pessoas | gente
Santa Claus | pere noel | papa noel | weihnachtsmann | papai noel | babbo natale
snowman | bonhomme de neige | muneco de nieve | schneemann | boneco de neve | pupazzo di neve
shirt | chemise | camisa | hemd | camisa | camicia
t-shirt | tee-shirt/t-shirt | camiseta | t-shirt | camiseta | maglietta
skirt | jupe | falda | - | saia | -
shoe | chaussure | zapato | schuh | sapato | scarpa
boot | botte | bota | stiefel | - | stivale
coat | manteau | abrigo | - | casaco | cappotto
jacket | veste | chaqueta | jacke | jaqueta | giacca
scarf | echarpe | bufanda | schal | cachecol | sciarpa
glove | gant | guante | handschuh | luva | guanto
sock | chaussette | calcetin | socke | meia | calzino
cap | casquette | gorra | kappe | - | berretto
gold leaf | feuille d'or/feuilles d'or | pan de oro/hoja de oro | blattgold | folha de ouro | foglia d'oro
santa hat | bonnet de noel/bonnet de pere noel | gorro de santa/gorro de papa noel/gorro navideno | weihnachtsmutze/nikolausmutze | gorro de papai noel/gorro de natal | cappello di babbo natale/cappellino di babbo natale
beanie | bonnet | gorro | mutze | gorro/touca | -
tie | cravate | corbata | krawatte | gravata | cravatta
necklace | collier | - | halskette/kette | colar | collana
ring | bague | anillo | ring | anel | anello
steam | vapeur/buee/buée | vapor/vaho | dampf | vapor | vapore
steam train | train a vapeur/locomotive a vapeur | tren de vapor/tren a vapor | dampfzug/dampflok/dampflokomotive | trem a vapor/comboio a vapor/maria-fumaça | treno a vapore/locomotiva a vapore
wedding ring | alliance/alliances | alianza/alianzas/anillo de boda | ehering/eheringe/trauring/trauringe | aliança/alianças | fede/fedi/fede nuziale
backpack | sac a dos | mochila | rucksack | mochila | zaino
mask | masque | careta | maske | - | maschera
costume | deguisement | disfraz | kostum | - | costume
helmet | casque | casco | - | capacete | casco
cape | cape | capa | umhang | capa | mantello
banana | banane | platano/banana | banane | banana | banana
strawberry | fraise | fresa | erdbeere | morango | fragola
cherry | cerise | cereza | kirsche | cereja | ciliegia
grape | raisin | uva | traube/weintraube | uva | uva
bunch of grapes | grappe de raisin/grappes de raisin/grappe de raisins | racimo de uvas/racimos de uvas | weintrauben | cacho de uvas | grappolo d'uva/grappoli d'uva
lemon | citron | limon | zitrone | limao | limone
pear | poire | pera | birne | pera | pera
watermelon | pasteque | sandia | wassermelone | melancia | anguria
pineapple | ananas | pina | ananas | abacaxi | ananas
carrot | carotte | zanahoria | karotte/mohre | cenoura | carota
tomato | tomate | tomate | tomate | tomate | pomodoro
potato | pomme de terre | patata | kartoffel | batata | patata
mushroom | champignon | seta/hongo | pilz | cogumelo | fungo
egg | oeuf | huevo | ei | ovo | uovo
soup | soupe | sopa | suppe | sopa | zuppa
salad | salade | ensalada | salat | salada | insalata
sandwich | sandwich | sandwich | sandwich | sanduiche | panino
hamburger | hamburger | hamburguesa | hamburger | hamburguer | hamburger
cookie | biscuit/cookie | galleta | keks | biscoito/bolacha | biscotto
candy | bonbon | caramelo | bonbon/sussigkeit | bala | caramella
chocolate | chocolat | chocolate | schokolade | chocolate | cioccolato
hammock | hamac | hamaca | hangematte | rede | amaca
basil | basilic | albahaca | basilikum | manjericao | basilico
honey | miel | miel | honig | mel | miele
milk | lait | leche | milch | leite | -
juice | jus | zumo/jugo | saft | suco | succo
wine | vin | vino | wein | vinho | vino
beer | biere | cerveza | bier | cerveja | birra
donut | beignet/donut | rosquilla/donut | donut/krapfen | rosquinha/donut | ciambella
pasta | pates | pasta | nudeln | massa/macarrao | pasta
vegetable | legume | verdura | gemuse | legume/verdura | verdura
food | nourriture | comida | essen | comida | cibo
breakfast | petit dejeuner | desayuno | fruhstuck | cafe da manha | colazione
picnic | pique-nique | picnic | picknick | piquenique | picnic
spoon | cuillere | cuchara | loffel | colher | cucchiaio
fork | fourchette | tenedor | gabel | garfo | forchetta
knife | couteau | cuchillo | messer | - | coltello
plate | assiette | plato | - | prato | piatto
bowl | bol | cuenco/tazon | schussel | tigela | ciotola
glass | verre | vaso | glas | copo | bicchiere
teapot | theiere | tetera | teekanne | bule | teiera
vase | vase | jarron/florero | vase | vaso | vaso
pillow | oreiller/coussin | almohada/cojin | kissen | almofada/travesseiro | cuscino
blanket | couverture | manta | decke | cobertor | coperta
carpet | tapis | alfombra | teppich | tapete | tappeto
bathtub | baignoire | banera | badewanne | banheira | vasca
television | television/tele | television/tele | fernseher | televisao | televisione
computer | ordinateur | ordenador/computadora | computer | computador | computer
camera | appareil photo | camara | kamera | camera | fotocamera
plant | plante | planta | pflanze | planta | pianta
cactus | cactus | cactus | kaktus | cacto | cactus
sunflower | tournesol | girasol | sonnenblume | girassol | girasole
tulip | tulipe | tulipan | tulpe | tulipa | tulipano
pumpkin | citrouille/potiron | calabaza | kurbis | abobora | zucca
toy | jouet | juguete | spielzeug | brinquedo | giocattolo
teddy bear | ours en peluche/nounours | oso de peluche | teddybar | urso de pelucia/ursinho | orsacchiotto
doll | poupee | muneca | puppe | boneca | bambola
kite | cerf-volant | cometa | - | pipa | aquilone
gift | cadeau | regalo | geschenk | presente | regalo
lantern | lanterne | farol | laterne | lanterna | lanterna
ladder | echelle | escalera | leiter | escada | scala
wall | mur | pared/muro | mauer | parede/muro | muro/parete
roof | toit | tejado/techo | dach | telhado | tetto
fireplace | cheminee | chimenea | kamin | lareira | camino
canal | canal | canal | kanal | canal | canale
marshmallow | guimauve/chamallow | malvavisco/bombon | marshmallow/mausespeck | marshmallow | marshmallow
bench | banc | banco | sitzbank | banco | panchina
swing | balancoire | columpio | schaukel | balanco | altalena
tent | tente | carpa/tienda de campana | zelt | barraca/tenda | tenda
tents | tentes | carpas/tiendas de campana | zelte | barracas/tendas | tende
map | carte | mapa | karte/landkarte | mapa | mappa/cartina
pen | stylo | boligrafo | kugelschreiber/stift | caneta | penna
brush | pinceau | pincel | pinsel | pincel | pennello
paper | papier | papel | papier | papel | carta
piano | piano | piano | klavier | piano | pianoforte
violin | violon | violin | geige | violino | violino
drum | tambour | tambor | trommel | tambor | tamburo
treasure | tresor | tesoro | schatz | tesouro | tesoro
diamond | diamant | diamante | diamant | diamante | diamante
shield | bouclier | escudo | schild | escudo | scudo
arrow | fleche | flecha | pfeil | flecha | freccia
magic wand | baguette magique | varita/varita magica | zauberstab | varinha/varinha magica | bacchetta magica
potion | potion | pocion | zaubertrank/trank | pocao | pozione
spaceship | vaisseau/vaisseau spatial | nave espacial | raumschiff | nave espacial | astronave
UFO | ovni | ovni | ufo | ovni | ufo
school | ecole | escuela/colegio | schule | escola | scuola
hospital | hopital | hospital | krankenhaus | hospital | ospedale
shop | magasin/boutique | tienda | geschaft | loja | negozio
market | - | mercado | markt | mercado/feira | mercato
restaurant | restaurant | restaurante | restaurant | restaurante | ristorante
library | bibliotheque | biblioteca | bibliothek/bucherei | biblioteca | biblioteca
museum | musee | museo | museum | museu | museo
farm | ferme | granja | bauernhof | fazenda | fattoria
temple | temple | templo | tempel | templo | tempio
palace | palais | palacio | palast | palacio | palazzo
harbor | port | puerto | hafen | porto | porto
airport | aeroport | aeropuerto | flughafen | aeroporto | aeroporto
station | gare | estacion | bahnhof | estacao | stazione
zoo | zoo | zoologico | zoo | zoologico | zoo
square | - | plaza | platz | praca | -
piazza | - | - | - | - | piazza
building | immeuble/batiment | edificio | gebaude | edificio/predio | edificio
skyscraper | gratte-ciel | rascacielos | wolkenkratzer | arranha-ceu | grattacielo
hut | cabane | cabana | hutte | cabana | capanna
windmill | moulin | molino | windmuhle/muhle | moinho | mulino
pyramid | pyramide | piramide | pyramide | piramide | piramide
volcano | volcan | volcan | vulkan | vulcao | vulcano
jungle | jungle | jungla | dschungel | selva | giungla
hill | colline | colina | hugel | colina | collina
valley | vallee | valle | tal | vale | valle
pond | etang | estanque | teich | lagoa | stagno
wave | - | ola | welle | onda | onda
sand | sable | - | sand | areia | sabbia
shell | coquillage | concha | muschel | concha | conchiglia
lightning | foudre/eclair/eclairs | rayo/relampago | - | raio/relampago | fulmine
tornado | tornade | tornado | tornado | tornado | tornado
snowflake | flocon/flocon de neige | copo de nieve | schneeflocke | floco de neve | fiocco di neve
world | monde | mundo | welt | mundo | mondo
northern lights | aurore boreale/aurores boreales | aurora boreal/auroras boreales | nordlicht/polarlicht/nordlichter/polarlichter/nordlichtern/polarlichtern | aurora boreal/auroras boreais | aurora boreale/aurore boreali
feather | plume | pluma | feder | pena | piuma
nest | nid | nido | nest | ninho | nido
branch | branche | rama | ast/zweig | galho/ramo | ramo
palm tree | palmier/palmiers | palmera/palmeras | palme/palmen | palmeira/palmeiras | palma/palme
coconut palms | cocotiers | cocoteros | kokospalmen | coqueiros/coqueiro | palme da cocco
between them | entre eux/entre elles | entre ellos/entre ellas | zwischen ihnen | entre eles/entre elas | tra loro/fra loro
instead of | au lieu de/au lieu du/au lieu des/plutôt que/à la place de/à la place du/à la place des | en vez de/en lugar de/en vez del/en lugar del | statt/anstatt/anstelle von | em vez de/ao invés de/no lugar de/no lugar do/no lugar da | invece di/invece che/al posto di/al posto del/al posto della/al posto dello/al posto dei/al posto delle
pine tree | sapin | pino | tanne | pinheiro | pino
crystal | cristal | cristal | kristall | cristal | cristallo
bubble | bulle | burbuja | blase | bolha | bolla
smoke | fumee | humo | rauch | fumaca | fumo
truck | camion | camion | lastwagen/lkw | caminhao | camion
tractor | tracteur | tractor | traktor | trator | trattore
helicopter | helicoptere | helicoptero | hubschrauber | helicoptero | elicottero
submarine | sous-marin | submarino | u-boot | submarino | sottomarino
taxi | taxi | taxi | taxi | taxi | taxi
sailboat | voilier | velero | segelboot | veleiro | barca a vela
hot air balloon | montgolfiere | globo aerostatico | heissluftballon | balao de ar quente | mongolfiera
skateboard | planche a roulettes | monopatin | skateboard | - | skateboard
carriage | carrosse | carruaje | kutsche | carruagem | carrozza
Christmas | noel | navidad | weihnachten | natal | natale
Christmas market | marche de noel/marche de noël | mercado navideno/mercadillo navideno/mercado de navidad | weihnachtsmarkt | mercado de natal/feira de natal | mercatino di natale/mercatini di natale
Christmas tree | sapin de noel | arbol de navidad | weihnachtsbaum/tannenbaum | arvore de natal | albero di natale
Halloween | halloween | halloween | halloween | halloween | halloween
Easter | paques | pascua | ostern | pascoa | pasqua
wedding | mariage | boda | hochzeit | casamento | matrimonio
party | fete | fiesta | party/feier | festa | festa
fireworks | feu d'artifice | fuegos artificiales | feuerwerk | fogos de artificio | fuochi d'artificio
carnival | carnaval | carnaval | karneval/fasching | carnaval | carnevale
sticker | autocollant/sticker | pegatina | aufkleber/sticker | adesivo | adesivo
frame | cadre | marco | rahmen | moldura | cornice
pattern | motif | estampado | - | padrao/estampa | motivo
icon | icone | icono | icon | icone | icona
sketch | croquis/esquisse | boceto/esbozo | skizze | esboco/rascunho | schizzo
mural | fresque | mural | wandbild | mural | murale
illustration | illustration | ilustracion | illustration | ilustracao | illustrazione
banner | banniere | pancarta/banner | banner | faixa/banner | striscione/banner
tattoo | tatouage | tatuaje | tattoo/tatowierung | tatuagem | tatuaggio
mosaic | mosaique | mosaico | mosaik | mosaico | mosaico
statue | statue | estatua | statue | estatua | statua
shadow | ombre | sombra | schatten | sombra | ombra
silhouette | silhouette | silueta | silhouette | silhueta | silhouette/sagoma
coloring page | coloriage | dibujo para colorear | malvorlage/ausmalbild | desenho para colorir | disegno da colorare
leather | cuir | cuero/piel | leder | couro | cuoio/pelle
velvet | velours | terciopelo | samt | veludo | velluto
silk | soie | seda | seide | seda | seta
wool | laine | lana | wolle | - | lana
sloth | paresseux | perezoso | faultier | preguiça/bicho-preguiça | bradipo
van | camionnette/fourgonnette | furgoneta | lieferwagen/transporter | furgão/carrinha/van | furgone
ink | encre | tinta | tinte/tusche | tinta/nanquim | inchiostro
microphone | microphone/micro | micrófono | mikrofon | microfone | microfono
brick | brique | ladrillo | ziegel/backstein | tijolo | mattone
cowboy | cowboy | vaquero | cowboy | caubói/vaqueiro | cowboy
basketball | basket-ball/basketball | baloncesto/básquetbol | basketball | basquete/basquetebol | pallacanestro/basket
earth | terre | tierra | erde | terra | terra
sphere | sphère | esfera | kugel | esfera | sfera
graffiti | graffiti/graff | grafiti/graffiti | graffiti | grafite/grafiti/graffiti | graffiti
laptop | laptop/ordinateur portable | portátil/laptop | laptop/notebook | laptop/notebook | portatile/laptop
wheel | roue | rueda | rad | roda | ruota
circle | cercle | círculo | kreis | círculo | cerchio
headphones | écouteurs/casque audio | auriculares/audífonos | kopfhörer | fones de ouvido/fone/auscultadores | cuffie
corgi | corgi | corgi | corgi | corgi | corgi
canyon | canyon/cañon | cañón | canyon/schlucht | cânion/desfiladeiro | canyon/gola
ostrich | autruche | avestruz | strauß/strauss | avestruz | struzzo
lily | lys/lis | lirio/azucena | lilie | lírio | giglio
turkey | dinde/dindon | pavo | truthahn/pute | peru | tacchino
scientist | scientifique | científico | wissenschaftler | cientista | scienziato
stream | ruisseau | arroyo | bach | riacho/córrego/ribeiro | ruscello
triangle | triangle | triángulo | dreieck | triângulo | triangolo
capybara | capybara | capibara/carpincho | wasserschwein/capybara | capivara | capibara
gate | portail | portón/verja | tor | portão | cancello
avocado | avocat | aguacate/palta | avocado | abacate | avocado
moose | élan/orignal | alce | elch | alce | alce
sushi | sushi | sushi | sushi | sushi | sushi
bamboo | bambou | bambú | bambus | bambu | bambù
chess | échecs | ajedrez | schach | xadrez | scacchi
chimpanzee | chimpanzé | chimpancé | schimpanse | chimpanzé | scimpanzé
sneaker | basket/sneaker | zapatilla/tenis | turnschuh/sneaker | sapatilha/sneaker | scarpa da ginnastica/sneaker
path | chemin/sentier | sendero | pfad/weg | trilha/caminho | sentiero
stage | scène | escenario | bühne | palco | palcoscenico/palco
warrior | guerrier | guerrero | krieger | guerreiro | guerriero
sculpture | sculpture | escultura | skulptur | escultura | scultura
yacht | yacht | yate | jacht/yacht | iate | yacht
oak | chêne | roble | eiche | carvalho | quercia
corn | maïs | maíz/elote/choclo | mais | milho | mais
beard | barbe | barba | bart | barba | barba
alien | extraterrestre/alien | extraterrestre/alienígena | außerirdischer/alien | alienígena/extraterrestre | alieno/extraterrestre
crayon | crayon de cire/craie grasse | crayón/crayola | wachsmalstift/wachsmalkreide | giz de cera | pastello a cera
toucan | toucan | tucán | tukan | tucano | tucano
stained glass | vitrail | vitral/vidriera | buntglas/bleiglasfenster | vitral | vetrata
sweater | pull/chandail | suéter/jersey | pullover/pulli | suéter/camisola | maglione
lizard | lézard | lagarto/lagartija | eidechse | lagarto | lucertola
pixel | pixel | píxel | pixel | pixel | pixel
easel | chevalet | caballete | staffelei | cavalete | cavalletto
canvas | toile | lienzo | leinwand | tela | tela
crescent moon | croissant de lune | media luna | mondsichel | meia-lua/lua crescente | falce di luna/mezzaluna
platypus | ornithorynque | ornitorrinco | schnabeltier | ornitorrinco | ornitorinco
balcony | balcon | balcón | balkon | varanda/sacada | balcone
fence | clôture/barrière | valla/cerco | zaun | cerca/vedação | recinzione/staccionata
tail | queue | cola/rabo | schwanz | cauda/rabo | coda
fur | fourrure/pelage | pelaje | fell/pelz | pelagem/pelo | pelliccia/pelo
jeans | jean/jeans | vaqueros/jeans | jeans | calça jeans/jeans | jeans
light bulb | ampoule | bombilla/foco/bombillo | glühbirne | lâmpada | lampadina
reef | récif | arrecife | riff | recife | scogliera/barriera corallina
suitcase | valise | maleta | koffer | mala | valigia
woodcut | xylographie/gravure sur bois | xilografía/grabado en madera | holzschnitt | xilogravura | xilografia
treehouse | cabane dans les arbres | casa del árbol/casa en el árbol | baumhaus | casa na árvore | casa sull'albero
marble | marbre | mármol | marmor | mármore | marmo
tyrannosaurus | tyrannosaure | tiranosaurio | tyrannosaurus | tiranossauro | tirannosauro
coconut | noix de coco/coco | coco | kokosnuss | coco | cocco/noce di cocco
mango | mangue | mango | mango | manga | mango
kiwi | kiwi | kiwi | kiwi | kiwi | kiwi
blueberry | myrtille | arándano | blaubeere/heidelbeere | mirtilo | mirtillo
raspberry | framboise | frambuesa | himbeere | framboesa | lampone
onion | oignon | cebolla | zwiebel | cebola | cipolla
steak | steak/bifteck | bistec/filete | steak | bife | bistecca
sausage | saucisse | salchicha | wurst/würstchen | salsicha | salsiccia
fries | frites | papas fritas/patatas fritas | pommes frites/pommes | batata frita/batatas fritas | patatine fritte/patatine
pancake | pancake | panqueque/tortita/hotcake | pfannkuchen/pancake | panqueca | pancake/frittella
crepe | crêpe/crepe | crepa/crep | crêpe/crepe | crepe/crepe suzette | crêpe/crepe/crespella
waffle | gaufre | gofre/waffle | waffel | waffle/wafel | waffle/cialda
croissant | croissant | cruasán/croissant | croissant/hörnchen | croissant | cornetto/croissant
cupcake | cupcake | cupcake/magdalena | cupcake/muffin | cupcake/bolinho | cupcake/tortina
popcorn | pop-corn | palomitas/pochoclo | popcorn | pipoca | popcorn
hot dog | hot-dog | perrito caliente/pancho/hot dog | hotdog | cachorro-quente | hot dog
cherry blossom | fleur de cerisier/sakura | flor de cerezo | kirschblüte | flor de cerejeira/sakura | fiore di ciliegio/sakura
maple | érable | arce | ahorn | bordo/ácer | acero
birch | bouleau | abedul | birke | bétula | betulla
fern | fougère | helecho | farn | samambaia/feto | felce
daisy | marguerite/pâquerette | margarita | gänseblümchen/margerite | margarida | margherita
orchid | orchidée | orquídea | orchidee | orquídea | orchidea
lotus | lotus | loto | lotus | lótus | loto
bonsai | bonsaï | bonsái | bonsai | bonsai | bonsai
dandelion | pissenlit | diente de león | löwenzahn | dente-de-leão | tarassaco/soffione
water lily | nénuphar | nenúfar | seerose | nenúfar/vitória-régia | ninfea
cheetah | guépard | guepardo | gepard | guepardo/chita | ghepardo
leopard | léopard | leopardo | leopard | leopardo | leopardo
jaguar | jaguar | jaguar/yaguareté | jaguar | onça/onça-pintada/jaguar | giaguaro
crow | corneille/corbeau | cuervo/corneja | krähe/rabe | corvo/gralha | corvo/cornacchia
hummingbird | colibri | colibrí | kolibri | beija-flor/colibri | colibrì
woodpecker | pic | pájaro carpintero/pico | specht | pica-pau | picchio
macaw | ara | guacamayo | ara | arara | ara
puffin | macareux | frailecillo | papageitaucher | papagaio-do-mar | pulcinella di mare
beaver | castor | castor | biber | castor | castoro
lobster | homard | langosta/bogavante | hummer | lagosta | aragosta
starfish | étoile de mer | estrella de mar | seestern | estrela-do-mar | stella marina
seahorse | hippocampe | caballito de mar | seepferdchen | cavalo-marinho | cavalluccio marino
caterpillar | chenille | oruga | raupe | lagarta | bruco
firefly | luciole | luciérnaga | glühwürmchen | vaga-lume/pirilampo | lucciola
alligator | alligator | aligátor/caimán | alligator | aligátor/jacaré | alligatore
goldfish | poisson rouge | pez dorado/pez de colores | goldfisch | peixe-dourado | pesce rosso
orca | orque | orca | orca/schwertwal | orca | orca
llama | lama | llama | lama | lhama | lama
alpaca | alpaga | alpaca | alpaka | alpaca | alpaca
polar bear | ours polaire/ours blanc | oso polar | eisbär | urso-polar/urso polar | orso polare
reindeer | renne | reno | rentier | rena | renna
orangutan | orang-outan | orangután | orang-utan | orangotango | orango/orangutan
narwhal | narval | narval | narwal | narval | narvalo
barn | grange | granero/establo | scheune | celeiro | fienile
cathedral | cathédrale | catedral | kathedrale/dom | catedral | cattedrale/duomo
bakery | boulangerie | panadería | bäckerei | padaria | panetteria/panificio
hotel | hôtel | hotel | hotel | hotel | albergo/hotel
stadium | stade | estadio | stadion | estádio | stadio
theater | théâtre | teatro | theater | teatro | teatro
staircase | escalier | escalera | treppe | escada | scala/scalinata
bedroom | chambre à coucher/chambre | dormitorio/recámara | schlafzimmer | quarto | camera da letto
bathroom | salle de bain | baño | badezimmer/bad | banheiro/casa de banho | bagno
living room | salon | sala de estar/salón | wohnzimmer | sala de estar/sala | soggiorno/salotto
garage | garage | garaje | garage | garagem | garage
wardrobe | armoire/penderie | armario/ropero | kleiderschrank/schrank | guarda-roupa/armário | armadio/guardaroba
chandelier | lustre | candelabro/araña | kronleuchter | lustre | lampadario
bucket | seau | balde/cubeta | eimer | balde | secchio
scissors | ciseaux | tijeras | schere | tesoura | forbici
telescope | télescope | telescopio | teleskop/fernrohr | telescópio | telescopio
globe | globe/mappemonde | globo terráqueo | globus | globo | mappamondo/globo
pants | pantalon | pantalón/pantalones | hose | calça/calças | pantaloni
pajamas | pyjama | pijama | schlafanzug/pyjama | pijama | pigiama
swimsuit | maillot de bain | traje de baño/bañador | badeanzug | maiô/fato de banho | costume da bagno
bikini | bikini | bikini | bikini | biquíni/bikini | bikini
bracelet | bracelet | pulsera | armband | pulseira | braccialetto
kimono | kimono | kimono | kimono | quimono | kimono
armor | armure | armadura | rüstung | armadura | armatura/corazza
ambulance | ambulance | ambulancia | krankenwagen/rettungswagen | ambulância | ambulanza
fire truck | camion de pompiers | camión de bomberos | feuerwehrauto | caminhão de bombeiros | camion dei pompieri
scooter | trottinette/scooter | patinete/scooter | roller/motorroller | patinete/lambreta | monopattino/scooter
sled | luge/traîneau | trineo | schlitten | trenó | slitta
canoe | canoë | canoa | kanu | canoa | canoa
kayak | kayak | kayak/kayac | kajak | caiaque | kayak/caiacco
airship | dirigeable/zeppelin | dirigible/zepelín | luftschiff/zeppelin | dirigível/zepelim | dirigibile/zeppelin
race car | voiture de course | coche de carreras/auto de carreras | rennwagen/rennauto | carro de corrida | auto da corsa
locomotive | locomotive | locomotora | lokomotive | locomotiva | locomotiva
iceberg | iceberg | iceberg | eisberg | iceberg | iceberg
glacier | glacier | glaciar | gletscher | glaciar/geleira | ghiacciaio
comet | comète | cometa | komet | cometa | cometa
eclipse | éclipse | eclipse | finsternis/sonnenfinsternis | eclipse | eclissi
nebula | nébuleuse | nebulosa | sternennebel | nebulosa | nebulosa
dune | dune | duna | düne | duna | duna
meadow | prairie/pré | prado | wiese | prado/campina | prato
swamp | marais/marécage | pantano/ciénaga | sumpf | pântano | palude
savanna | savane | sabana | savanne | savana | savana
oasis | oasis | oasis | oase | oásis | oasi
black hole | trou noir | agujero negro | schwarzes loch | buraco negro | buco nero
milky way | voie lactée | vía láctea | milchstraße | via láctea | via lattea
orchard | verger | huerto frutal/huerto | obstgarten | pomar | frutteto
vineyard | vignoble/vigne | viñedo | weinberg | vinha/vinhedo | vigneto/vigna
collage | collage | collage | collage | colagem | collage
fresco | fresque | fresco | fresko | afresco | affresco
origami | origami | origami | origami | origami | origami
chalk | craie | tiza/gis | kreide | giz | gesso
clay | argile/glaise | arcilla/barro | ton/lehm | argila/barro | argilla/creta
embroidery | broderie | bordado | stickerei | bordado | ricamo
tapestry | tapisserie | tapiz | wandteppich/gobelin | tapeçaria | arazzo
caricature | caricature | caricatura | karikatur | caricatura | caricatura
impressionism | impressionnisme | impresionismo | impressionismus | impressionismo | impressionismo
impressionists | impressionnistes | impresionistas | impressionisten | impressionistas | impressionisti
exhibition | exposition | exposicion | ausstellung | exposicao | mostra/esposizione
flute | flûte | flauta | flöte | flauta | flauto
trumpet | trompette | trompeta | trompete | trompete | tromba
saxophone | saxophone | saxofón | saxophon | saxofone | sassofono
cello | violoncelle | violonchelo/chelo | cello/violoncello | violoncelo | violoncello
accordion | accordéon | acordeón | akkordeon/ziehharmonika | acordeão/sanfona | fisarmonica
ukulele | ukulélé | ukelele/ukulele | ukulele | ukulele/cavaquinho | ukulele
banjo | banjo | banjo | banjo | banjo | banjo
xylophone | xylophone | xilófono | xylophon | xilofone | xilofono
surfboard | planche de surf | tabla de surf | surfbrett | prancha de surf | tavola da surf
snowboard | snowboard | snowboard | snowboard | snowboard | snowboard
golf | golf | golf | golf | golfe | golf
hockey | hockey | hockey | eishockey/hockey | hóquei | hockey
volleyball | volley/volley-ball | voleibol/vóley | volleyball | vôlei/voleibol | pallavolo
boxing | boxe | boxeo | boxen | boxe | pugilato/boxe
yoga | yoga | yoga | yoga | ioga/yoga | yoga
ballet | ballet | ballet | ballett | balé/ballet | balletto
parade | défilé/parade | desfile | parade/umzug | desfile | sfilata/parata
festival | festival | festival | festival/fest | festival | festival
concert | concert | concierto | konzert | concerto/show | concerto
new year | nouvel an | año nuevo | neujahr/silvester | ano novo | capodanno
decoration | décoration | decoración/adorno | dekoration/schmuck | decoração/enfeite | decorazione/addobbo
piñata | piñata | piñata | piñata/pinata | piñata/pinhata | pentolaccia/piñata
feast | festin/banquet | banquete/festín | festmahl/bankett | banquete/festim | banchetto/festino
igloo | igloo/iglou | iglú | iglu | iglu | igloo
tunnel | tunnel | túnel | tunnel | túnel | tunnel/galleria
pagoda | pagode | pagoda | pagode | pagode | pagoda
ruin | ruine | ruina | ruine | ruína | rovina
greenhouse | serre | invernadero | gewächshaus | estufa | serra
playground | aire de jeux | parque infantil | spielplatz | parquinho/parque infantil | parco giochi
carousel | manège/carrousel | carrusel/tiovivo | karussell | carrossel | giostra
ferris wheel | grande roue | noria/rueda de la fortuna | riesenrad | roda-gigante | ruota panoramica
roller coaster | montagnes russes | montaña rusa | achterbahn | montanha-russa | montagne russe
circus | cirque | circo | zirkus | circo | circo
aquarium | aquarium | acuario | aquarium | aquário | acquario
traffic light | feu de circulation/feu tricolore | semáforo | ampel | semáforo | semaforo
mailbox | boîte aux lettres | buzón | briefkasten | caixa de correio | cassetta delle lettere
campfire | feu de camp | fogata/hoguera | lagerfeuer | fogueira | falò
anchor | ancre | ancla | anker | âncora | ancora
skull | crâne | calavera/cráneo | schädel/totenkopf | caveira/crânio | teschio
skeleton | squelette | esqueleto | skelett | esqueleto | scheletro
werewolf | loup-garou | hombre lobo | werwolf | lobisomem | lupo mannaro
phoenix | phénix | fénix | phönix | fênix/fénix | fenice
samurai | samouraï | samurái | samurai | samurai | samurai
viking | viking | vikingo | wikinger | viking | vichingo
sailor | marin | marinero | seemann/matrose | marinheiro | marinaio
baker | boulanger | panadero | bäcker | padeiro | panettiere/fornaio
ballerina | ballerine | bailarina | ballerina/balletttänzerin | bailarina | ballerina
detective | détective | detective | detektiv | detetive | detective/investigatore
pilot | pilote | piloto | pilot | piloto | pilota
scarecrow | épouvantail | espantapájaros | vogelscheuche | espantalho | spaventapasseri
lollipop | sucette | piruleta/chupetín | lutscher | pirulito | lecca-lecca
gingerbread | pain d'épices | pan de jengibre | lebkuchen | pão de gengibre/pão de mel | pan di zenzero
shower | douche | ducha | dusche | chuveiro/duche | doccia
earring | boucle d'oreille | pendiente/arete | ohrring | brinco | orecchino
basketball | ballon de basket/basket-ball/basketball | balon de baloncesto/pelota de basquet/baloncesto | basketball/basketballball | bola de basquete/basquete | pallone da basket/palla da basket/pallacanestro
invitation | invitation/carton d'invitation/faire-part | invitacion | einladung/einladungskarte | convite | invito
flyer | flyer/prospectus/tract | folleto/volante/flyer | flyer/handzettel | folheto/panfleto/flyer | volantino/flyer
menu | menu | menu/carta del restaurante | menu/speisekarte | menu/cardapio | menu
cafe | - | cafeteria | cafe/kaffeehaus | cafeteria | caffetteria
Christmas card | carte de noel | tarjeta de navidad/felicitacion de navidad | weihnachtskarte | cartao de natal | biglietto di natale
throne | trone | trono | thron | trono | trono
novel | roman | novela | roman | romance | romanzo
class | cours/lecon/classe | clase | kurs/unterricht/klasse | aula/curso/turma | lezione/corso/classe
album cover | pochette d'album/pochette/couverture d'album | portada de album/portada del album/portada de disco | albumcover/plattencover | capa de album/capa do album/capa de disco | copertina dell'album/copertina del disco
rock band | groupe de rock | banda de rock/grupo de rock | rockband | banda de rock | gruppo rock/band rock
band | groupe de musique | banda/grupo de musica | band/musikgruppe | banda | band/gruppo musicale
shoulder | epaule | hombro | schulter | ombro | spalla
rainbows | arcs-en-ciel | arcoiris/arcos iris | regenbogen | arco-iris | arcobaleni
granddaughter | petite-fille | nieta | enkelin | neta | nipotina
grandson | petit-fils | nieto | enkel/enkelsohn | neto | nipotino
warehouse | entrepot/hangar | almacen/nave industrial | lagerhalle/lagerhaus | armazem/galpao | magazzino/capannone
lettuce | laitue | lechuga | salat/kopfsalat | alface | lattuga
story | histoire | historia | geschichte | historia | storia
podcast | podcast | podcast | podcast | podcast | podcast
labrador | labrador | labrador | labrador | labrador | labrador
pastry shop | patisserie | pasteleria/reposteria | konditorei | confeitaria/pastelaria | pasticceria
bouncy castle | chateau gonflable | castillo inflable | hupfburg | castelo insuflavel/pula-pula | castello gonfiabile
coast | littoral | costa/litoral | kuste | costa/litoral | costa
pretzel | bretzel | pretzel | brezel/breze | pretzel | pretzel
bar | bar | bar | bar/kneipe | bar | bar
gondola | gondole | gondola | gondel | gondola | gondola
book club | club de lecture | club de lectura/club de libros | buchclub/lesekreis | clube de leitura/clube do livro | club del libro/club di lettura
club | club | club | club/verein | clube | club/circolo
chimney | - | - | schornstein | chamine | comignolo
stack | pile/tas | pila/monton | stapel | pilha | pila/mucchio
scouts | scouts/eclaireurs | scouts/exploradores | pfadfinder | escoteiros/escuteiros | scout
bridal bouquet | bouquet de mariee | ramo de novia | brautstrauss | buque de noiva/bouquet de noiva | bouquet da sposa
techno party | soiree techno/fete techno | fiesta de techno/fiesta techno | technoparty | festa de techno/festa techno | festa techno
top hat | chapeau haut de forme/haut-de-forme | sombrero de copa/chistera | zylinder/zylinderhut | cartola | cappello a cilindro/cilindro
newspaper | journal | periodico/diario | zeitung | jornal | giornale
drums | batterie | bateria/tambores | schlagzeug/trommeln | bateria | batteria
rock | rocher/roche | roca | felsen/fels | rocha/pedra | roccia/scoglio
dead leaves | feuilles mortes | hojas secas/hojas muertas | welkes laub/trockene blatter | folhas secas/folhas mortas | foglie secche/foglie morte
fairy lights | guirlande lumineuse/guirlandes lumineuses | luces de colores/guirnalda de luces | lichterkette | luzinhas/pisca-pisca | lucine/luci colorate
fir tree | sapin | abeto | tanne/tannenbaum | abeto/pinheiro | abete
fisherman | pecheur/pecheurs | pescador/pescadores | fischer | pescador/pescadores | pescatore/pescatori
rowboat | barque | bote/barca | ruderboot/kahn | barco a remo/bote | barca a remi
raincoat | impermeable | impermeable/chubasquero | regenmantel/regenjacke | capa de chuva/impermeavel | impermeabile
hairstyle | coiffure | peinado | frisur | penteado | acconciatura/pettinatura
braids | tresses/nattes | trenzas | zopfe/flechten | trancas | trecce
marshmallows | guimauves/chamallows | malvaviscos | marshmallows | marshmallows | marshmallow
dusk | crepuscule | crepusculo/atardecer | dammerung/abenddammerung | crepusculo/anoitecer | crepuscolo/imbrunire
wave | vague | ola | welle | onda | onda
surfer | surfeur/surfeuse | surfista | surfer/surferin | surfista | surfista
dancer | danseuse/danseur | bailarina/bailarin | tanzerin/tanzer | bailarina/dancarina/bailarino | ballerina/ballerino
ballerina | ballerine | - | ballerina/balletttanzerin | - | -
video game | jeu video/jeux video | videojuego/videojuegos | videospiel/videospiele/computerspiel | videogame/videogames/jogo eletronico | videogioco/videogiochi
game | jeu/jeux | juego/juegos | spiel/spiele | jogo/jogos | gioco/giochi
attic | grenier | atico/desvan | dachboden/speicher | sotao | soffitta/solaio
product | produit/produits | producto/productos | produkt/produkte | produto/produtos | prodotto/prodotti
product photo | photo produit/photo de produit | foto de producto | produktfoto | foto de produto | foto prodotto/foto del prodotto
tones | tons/teintes | tonos | tone/farbtone | tons | toni/tonalita
atmosphere | ambiance/atmosphere | ambiente/atmosfera | stimmung/atmosphare | ambiente/clima/atmosfera | atmosfera/ambiente
mood | humeur | animo | laune | humor | umore
saturday | samedi | sabado | samstag | sabado | sabato
sunday | dimanche | domingo | sonntag | domingo | domenica
friday | vendredi | viernes | freitag | sexta/sexta-feira | venerdi
years | ans/annees | anos | jahre | anos | anni
yesterday | hier | ayer | gestern | ontem | ieri
frying pan | poele | sarten | pfanne/bratpfanne | frigideira | padella
channel | chaine | canal | kanal | canal | canale
crime novel | polar | novela negra/novela policiaca | krimi | romance policial | romanzo giallo
alley | ruelle | callejon | gasse | beco/viela | vicolo
chopsticks | baguettes chinoises | palillos | essstabchen | hashi/pauzinhos | bacchette
rug | tapis | alfombra | teppich | tapete | tappeto
greeting card | carte de voeux | tarjeta de felicitacion | gruesskarte/grusskarte/gluckwunschkarte | cartao de felicitacoes | biglietto di auguri
wishes | voeux | deseos | wunsche | votos | auguri
fairground | fete foraine | feria | jahrmarkt/kirmes | parque de diversoes | luna park/giostre
hair | cheveux | pelo/cabello | haare | cabelo/cabelos | capelli
eyes | yeux | ojos | augen | olhos | occhi
jewellery | bijoux | joyas | schmuck | joias | gioielli
slice | tranche/part | rebanada/porcion/trozo | scheibe/stuck | fatia/pedaco | fetta
oven | four | horno | ofen/backofen | forno | forno
mint | menthe | menta | minze | hortela | menta
linen | lin | lino | leinen | linho | lino
old woman | vieille dame/petite vieille | viejita | alte frau/oma | velhinha/senhora idosa | vecchina/vecchietta
old man | vieil homme/vieillard | viejito | alter mann/opa | velhinho | vecchietto
teenager | ado/adolescent/adolescente | adolescente | teenager/jugendliche | adolescente | adolescente/ragazzino
flip-flops | tongs | chanclas | flip-flops/badelatschen | chinelo/chinelos | infradito
towel | serviette | toalla | handtuch | toalha | asciugamano
floor | sol/parquet | suelo/piso | boden/fussboden | piso/chao | pavimento
tiles | carrelage/carreaux | azulejos/baldosas | fliesen/kacheln | azulejos/ladrilhos | piastrelle/mattonelle
shapes | formes | formas | formen | formas | forme
movement | mouvement | movimiento | bewegung | movimento | movimento
profile | profil | perfil | profil | perfil | profilo
profile picture | photo de profil | foto de perfil | profilbild | foto de perfil | foto profilo/immagine del profilo
workshop | atelier | taller | werkstatt | oficina | officina/laboratorio
blackboard | tableau noir | pizarra | tafel | quadro negro/lousa | lavagna
olive tree | olivier | olivo | olivenbaum | oliveira | ulivo/olivo
frost | givre | escarcha | raureif/frost | geada | brina
surprise | surprise | sorpresa | uberraschung | surpresa | sorpresa
example | exemple | ejemplo | beispiel | exemplo | esempio
desk | bureau | escritorio | schreibtisch | escrivaninha/mesa de trabalho | scrivania
plate | assiette | plato | teller | prato | piatto
row | rangee/rang | fila/hilera | reihe | fileira/fila | fila
jump | saut | salto | sprung | salto | salto
name | nom | nombre | name/namen | nome | nome
photography | photographie | fotografia | fotografie | fotografia | fotografia
square | - | plaza | platz | praca | piazza
rome | rome | roma | rom | roma | roma
venice | venise | venecia | venedig | veneza | venezia
poster | affichette | cartel/afiche | plakat | cartaz | locandina/manifesto
truffle | truffe | trufa | truffel | trufa | tartufo
festival | festival/fete | fiesta/festival/verbena | fest/festival | festa/festival | sagra/festa/festival
sauce | sauce | salsa | sosse/sauce | molho | sugo/salsa
ladle | louche | cucharon | schopfkelle/kelle | concha | mestolo
chef | chef/cuisinier | chef/cocinero | koch/kochin | chef/cozinheiro | chef/cuoco
canopy bed | lit a baldaquin | cama con dosel | himmelbett | cama de dossel | letto a baldacchino
chest of drawers | commode | comoda/comoda | kommode | comoda | como/cassettiera
curtains | rideaux | cortinas | vorhange/gardinen | cortinas | tende
cyclist | cycliste | ciclista | radfahrer/radfahrerin | ciclista | ciclista
eyeshadow | fard a paupieres/fards a paupieres/fard à paupières/fards à paupières/ombre a paupieres | sombra de ojos/sombras de ojos | lidschatten | sombra/sombras | ombretto/ombretti
jogger | joggeur/joggeuse | - | jogger/joggerin | - | podista
bike courier | coursier a velo/coursier à vélo/livreur a velo | mensajero en bici/mensajero ciclista | fahrradkurier/radkurier/rennrad-kurier/rennradkurier/fahrradkurierin | estafeta de bicicleta/entregador de bicicleta | corriere in bici/pony express
mountain pass | col | puerto de montana | pass/bergpass | passo de montanha | passo
gecko | gecko | geco | gecko | lagartixa/geco | geco
superhero | super-heros/superheros/super-heroine | superheroe/superheroina | superheld/superheldin | super-heroi/super-heroina/superheroi | supereroe/supereroina
cypress trees | cypres | cipreses | zypressen | ciprestes | cipressi
old lady | vieille dame | senora mayor/viejecita | alte dame | velhinha/senhora | vecchina/vecchietta
broom | balai | escoba | besen | vassoura | scopa
meadow | pre/prairie | prado | wiese/weide | prado | prato/pascolo
jewelry | bijoux | joyas/bisuteria | schmuck | joias/bijuteria | gioielli/bigiotteria
parade floats | chars/chars de carnaval | carrozas | festwagen/umzugswagen | carros alegoricos | carri allegorici/carri
parade | defile | desfile | umzug/parade | desfile | sfilata/corteo
carnival | carnaval | carnaval | karneval/fasching | carnaval | carnevale
moth | papillon de nuit/mite | polilla | motte/nachtfalter | mariposa noturna/traca | falena
tournament | tournoi | torneo | turnier | torneio | torneo
football | foot/football | futbol | fussball | futebol | calcio/calcetto
lawyer | avocate | abogado/abogada | anwalt/anwaltin | advogado/advogada | avvocato/avvocata
suit | costume/tailleur | traje | anzug | terno/fato | completo/tailleur
courthouse | tribunal/palais de justice | tribunal/juzgado | gericht/gerichtsgebaude | tribunal | tribunale
coat rack | porte-manteau/portemanteau | perchero | garderobe/kleiderstander | cabide | attaccapanni
riverbank | berge/rive | orilla/ribera | ufer/flussufer | beira do rio/margem | riva
morning | matin/matinee | manana | morgen/vormittag | manha | mattina/mattino
evening | soir/soiree | - | abend | fim de tarde | sera
afternoon | apres-midi | tarde | nachmittag | tarde | pomeriggio
september | septembre | septiembre | september | setembro | settembre
peonies | pivoines | peonias | pfingstrosen | peonias | peonie
firewood | - | lena | brennholz | lenha | legna
hill | colline | colina/cerro | hugel | colina/morro | collina
options | options/choix | opciones | optionen/moglichkeiten | opcoes | opzioni
images | images | imagenes | bilder | imagens | immagini
thing | chose/truc | cosa | ding/sache | coisa | cosa
player | joueur/joueuse | jugador/jugadora | spieler/spielerin | jogador/jogadora | giocatore/giocatrice
soccer player | footballeur/footballeuse | futbolista | fussballer/fussballspielerin | jogador de futebol | calciatore/calciatrice
goal | but | gol | tor | gol/golo | gol/goal
bunk beds | lits superposes | literas | etagenbett/hochbett | beliche | letto a castello
ceiling | plafond | techo | decke/zimmerdecke | teto | soffitto
lanterns | lampions/lanternes | farolillos/faroles/farolitos | laternen/lampions | lanternas | lanterne
band | - | orquesta/banda | band | banda | band/orchestra
poetry | poesie | poesia | poesie/gedichte | poesia | poesia
porcelain | porcelaine | porcelana | porzellan | porcelana | porcellana
mechanic | mecanicien/garagiste | mecanico | mechaniker | mecanico | meccanico
grease | graisse | grasa | fett/schmiere | graxa | grasso
gargoyles | gargouilles | gargolas | wasserspeier | gargulas | gargoyle/doccioni
charcoal | fusain | carboncillo | kohle/zeichenkohle | carvao | carboncino
polka dots | pois | lunares | punkte/tupfen | bolinhas | pois
copper | cuivre | cobre | kupfer | cobre | rame
buffet | buffet | bufé/buffet | buffet | bufê/buffet | buffet
teacher | prof/professeur/professeure/maitresse/institutrice | profesor/profesora/maestra/maestro | lehrer/lehrerin | professor/professora | insegnante/maestra/maestro
court | terrain | cancha/pista | platz/spielfeld | quadra | campo
advertising | publicite/pub | publicidad | werbung | publicidade | pubblicita
sneakers | baskets | zapatillas/deportivas | turnschuhe/sneaker | tenis | scarpe da ginnastica/sneakers
orange blossom | fleur d'oranger/fleurs d'oranger | azahar/flor de azahar/flores de azahar | orangenblute/orangenbluten | flor de laranjeira/flores de laranjeira | fiori d'arancio/zagara
hairdresser | coiffeur/coiffeuse | peluquero/peluquera | friseur/friseurin | cabeleireiro/cabeleireira | parrucchiere/parrucchiera
salon | salon | salon | salon | salao | salone
bottle | flacon | frasco | flakon/flasche | frasco | flacone/boccetta/boccette
perfume | parfum/parfums | perfume/perfumes | parfum/parfums | perfume/perfumes | profumo/profumi
cotton candy | barbe a papa | algodon de azucar | zuckerwatte | algodao doce | zucchero filato
yard sale | vide-grenier/vide grenier/brocante | venta de garaje/mercadillo | flohmarkt/hofflohmarkt | feira de garagem/bazar | mercatino/mercatino dell'usato
linocut | linogravure | linograbado | linolschnitt | linogravura | linoleografia
watermark | filigrane | marca de agua | wasserzeichen | marca d'agua | filigrana
pencil sketch | croquis au crayon/esquisse au crayon | boceto a lapiz | bleistiftskizze | esboco a lapis | schizzo a matita
bat | chauve-souris | murcielago/murcielagos | fledermaus/fledermause | morcego/morcegos | pipistrello/pipistrelli
skull | crane/tete de mort | calavera/calaveras/craneo | totenkopf/schadel | caveira/caveiras/cranio | teschio/teschi
skates | patins/rollers | patines | rollschuhe/schlittschuhe/inliner | patins | pattini
lightning bolt | eclair/eclairs | rayo/rayos/relampago | blitz/blitze | raio/raios/relampago | fulmine/fulmini/saetta
mannequin | mannequin | maniqui | schaufensterpuppe | manequim | manichino
floral pattern | motif floral/motifs floraux/imprime fleuri | estampado de flores/estampado floral | blumenmuster | estampa floral/padrao floral | fantasia floreale/stampa floreale
roller derby | roller derby | roller derby | roller derby | roller derby | roller derby
team | equipe | equipo | mannschaft/team | equipe/time | squadra
bats | chauves-souris | murcielagos | fledermause | morcegos | pipistrelli
clothes | vetements/fringues | ropa | kleidung/klamotten | roupa/roupas | vestiti/abiti
christmas lights | guirlandes de noel/guirlande de noel/illuminations de noel | luces de navidad | weihnachtsbeleuchtung/lichterkette/lichterketten | luzes de natal/pisca-pisca | luci di natale/lucine di natale
lighting | eclairage | iluminacion | beleuchtung | iluminacao | illuminazione
branch | branche | rama | ast/zweig | galho/ramo | ramo
zookeeper | soigneur/soigneuse | cuidador/cuidadora | tierpfleger/tierpflegerin | tratador/tratadora | guardiano dello zoo
orc | - | orco | ork | orc/orco | orco
axe | hache | hacha | axt/beil | machado | ascia/asce/accetta
stall | étal/échoppe | puesto/tenderete | marktstand | barraca/banca | bancarella/banco
vanilla | vanille | vainilla | vanille | baunilha | vaniglia
shelf | étagère | estante/repisa | regal/brett | prateleira/estante | mensola/scaffale
dictionary | dictionnaire | diccionario | wörterbuch | dicionário | dizionario/dizionari
quilt | courtepointe/édredon | colcha/edredón | steppdecke/quilt | colcha/edredom | trapunta
goblin | gobelin/lutin | duende/trasgo | kobold | duende/goblin | folletto/goblin
troll | troll | trol | troll | troll | troll
gnome | gnome | gnomo | gnom | gnomo | gnomo
centaur | centaure | centauro | zentaur | centauro | centauro
minotaur | minotaure | minotauro | minotaurus | minotauro | minotauro
cyclops | cyclope | cíclope | zyklop | ciclope | ciclope
ogre | ogre/ogresse | ogro | oger/menschenfresser | ogro | orco/orchessa
sorcerer | - | hechicero/brujo | hexenmeister | - | stregone
wand | baguettes magiques | - | - | - | bacchetta
spell | sortilège/enchantement | hechizo | zauberspruch/zauber | feitiço | incantesimo
cauldron | chaudron | caldero | kessel/hexenkessel | caldeirão | calderone
broomstick | balai de sorcière/balais de sorcière/manche à balai | palo de escoba/escoba de bruja | besenstiel | vassoura de bruxa/cabo de vassoura | manico di scopa/scopa volante
crystal ball | boule de cristal/boules de cristal | bola de cristal/bolas de cristal | - | bola de cristal/bolas de cristal | sfera di cristallo/sfere di cristallo
treasure chest | coffre au trésor/coffres au trésor | cofre del tesoro/cofres del tesoro | schatztruhe | baú do tesouro/baús do tesouro | forziere
compass | boussole | brújula | kompass | bússola | bussola
hammer | marteau | martillo | hammer/hämmer | martelo | martello
saw | scie | sierra/serrucho | säge | serrote/serra | sega
nail | clou | clavo | nagel/nägel | prego | chiodo
screwdriver | tournevis | destornillador | schraubenzieher/schraubendreher | chave de fenda/chaves de fenda | cacciavite
wrench | clé à molette/clés à molette | llave inglesa/llaves inglesas | schraubenschlüssel | chave inglesa/chaves inglesas | chiave inglese/chiavi inglesi
shovel | pelle | pala | schaufel/spaten | pá | pala/badile
rake | râteau | rastrillo | rechen/harke | ancinho | rastrello
drill | perceuse | taladro | bohrmaschine/bohrer | furadeira/berbequim | trapano
pliers | pince | alicate | zange | alicate | pinza/tenaglia
hose | tuyau d'arrosage/tuyaux d'arrosage | manguera | schlauch/gartenschlauch | mangueira | tubo da giardino/tubi da giardino/canna dell'acqua
tool | outil | herramienta | werkzeug | ferramenta | attrezzo/utensile
kettle | bouilloire | hervidor | kessel | chaleira | bollitore
pan | casserole | cacerola | - | panela | pentola
saucepan | casserole | cazo/cacerola | kochtopf/topf | panela/caçarola | pentolino/casseruola
lid | couvercle | tapa/tapadera | deckel | tampa | coperchio/coperchi
jar | bocal/pot | tarro | einmachglas/marmeladenglas | pote | barattolo
mug | mug | - | becher | - | tazzona
stove | poêle à bois | estufa | herd/kochherd | fogão | fornello/stufa
fridge | frigo/réfrigérateur | nevera/refrigerador/frigorífico | - | geladeira/frigorífico | frigorifero/frigo
sink | évier/lavabo | fregadero/lavabo | spüle/waschbecken/spülbecken | pia/lavatório | lavandino/lavello
tap | robinet | grifo | - | torneira | rubinetto
cupboard | placard/buffet | alacena | - | - | credenza
drawer | tiroir | cajón | schublade | gaveta | cassetto
tray | plateau | bandeja | tablett | bandeja | vassoio/vassoi
napkin | - | servilleta | serviette | guardanapo | tovagliolo
tablecloth | nappe | mantel | tischtuch | toalha de mesa/toalhas de mesa | tovaglia
blender | mixeur/blender | licuadora/batidora | mixer/standmixer | liquidificador | frullatore
toaster | - | tostadora | toaster | torradeira | tostapane
grater | râpe | rallador | reibe | ralador | grattugia
whisk | fouet | batidor/varillas | - | batedor/fouet | frusta
cutting board | planche à découper/planches à découper | tabla de cortar/tablas de cortar | schneidebrett | tábua de cortar/tábuas de cortar | tagliere
rolling pin | rouleau à pâtisserie/rouleaux à pâtisserie | rodillo | nudelholz | rolo de massa/rolos de massa | mattarello
butter | beurre | mantequilla | butter | manteiga | burro
cream | crème | nata/crema | sahne/creme | creme/nata | panna/crema
jam | confiture | mermelada | marmelade/konfitüre | geleia/compota/doce de fruta | marmellata/confettura
flour | farine | harina | mehl | farinha | -
sugar | sucre | azúcar | zucker | açúcar | zucchero
salt | sel | sal | salz | sal | -
pepper | poivre/poivron | pimienta/pimiento | pfeffer/paprika/paprikaschote | pimenta/pimentão | pepe/peperone
rice | riz | arroz | reis | arroz | riso
bean | haricot/fève | frijol/judía/alubia | bohne | feijão/fava | fagiolo
pea | petit pois/petits pois | guisante/arveja | erbse | ervilha | pisello
meat | viande | carne | fleisch | carne | carne
beef | viande de bœuf/bœuf | carne de res/ternera | rindfleisch | carne de vaca/carne bovina | manzo
pork | porc/viande de porc | carne de cerdo | schweinefleisch | carne de porco | carne di maiale
ham | jambon | jamón | schinken | presunto/fiambre | prosciutto
bacon | lard/lardons/bacon | tocino/beicon/panceta | speck | bacon | pancetta
salmon | saumon | salmón | lachs | salmão | salmone
tuna | thon | atún | thunfisch | atum | tonno
shrimp | crevette | gamba/camarón | garnele | camarão | gambero/gamberetto
oyster | huître | ostra | auster | ostra | ostrica
mussel | moule | mejillón | miesmuschel | mexilhão | cozza
loaf | miche | hogaza | laib | filão/pão de forma | pagnotta/filone
pie | tourte/tourte salée | empanada/tarta salada/pastel de carne | pastete/pie | torta/empadão | torta salata/torte salate/pasticcio/pasticci
biscuit | - | - | - | - | -
cracker | cracker/biscuit salé | galleta salada/galletas saladas | cracker/salzkeks | bolacha salgada/bolachas salgadas | cracker/crackers
dessert | dessert | postre | nachtisch/dessert/nachspeise | sobremesa | dessert/dolcetto
pudding | pudding/flan | pudín/flan | pudding | pudim | budino
yogurt | yaourt/yogourt | yogur | joghurt/jogurt | iogurte | yogurt/iogurt
lemonade | limonade | limonada | limonade | limonada | limonata
cocktail | cocktail | cóctel/coctel | cocktail | coquetel/cocktail | cocktail
soda | soda | refresco/gaseosa | limo/brause/erfrischungsgetränk | refrigerante | bibita/gassosa
vinegar | vinaigre | vinagre | essig | vinagre | aceto
oil | huile | aceite | öl | óleo/azeite | olio/oli
garlic | ail/aulx | ajo | knoblauch | alho | aglio
cucumber | concombre | pepino | gurke | pepino | cetriolo
cabbage | chou | col/repollo | kohl/weißkohl/kohlkopf | couve/repolho | cavolo
broccoli | brocoli | brócoli/brécol | brokkoli | brócolis/brócolos | broccolo
spinach | épinard | espinaca | spinat | espinafre | spinaci/spinacio
peach | - | melocotón/durazno | pfirsich | pêssego | -
plum | prune | ciruela | pflaume/zwetschge | ameixa | prugna/susina
apricot | abricot | albaricoque/damasco | aprikose/marille | damasco/alperce | albicocca
lime | citron vert/citrons verts/lime | lima | limette | lima | lime/limetta
fig | figue | higo | feige | figo | fico
teacup | tasse à thé/tasses à thé | taza de té/tazas de té | - | xícara de chá/xícaras de chá/chávena | tazza da tè/tazze da tè
walnut | noix/cerneau | nuez | walnuss/nuss | noz | noce
almond | amande | almendra | mandel | amêndoa | mandorla
hazelnut | noisette | avellana | haselnuss | avelã | nocciola
peanut | cacahuète/arachide | cacahuete/maní | erdnuss | amendoim | arachide/nocciolina
chestnut | châtaigne | castaña | kastanie/marone | - | castagna
pomegranate | grenade | granada | granatapfel/granatäpfel | - | melograno/melagrana
melon | melon | melón | melone | melão | melone
nutmeg | muscade/noix de muscade | nuez moscada | muskatnuss/muskat | noz-moscada | noce moscata
cinnamon | cannelle | canela | zimt | canela | cannella
herb | herbe aromatique/herbes aromatiques/fines herbes | hierba aromática/hierbas aromáticas | kraut | erva aromática/ervas aromáticas/ervas | erba aromatica/erbe aromatiche
spice | épice | especia | gewürz | especiaria/tempero | spezia
syrup | sirop | sirope/jarabe/almíbar | sirup | xarope/calda | sciroppo
caramel | caramel | - | karamell | caramelo | caramello
ox | bœuf | buey | ochse | boi | bue/buoi
calf | veau | ternero/ternera/becerro | kalb | bezerro/bezerra/vitelo | vitello/vitellino
hen | - | - | henne | - | -
hare | lièvre | liebre | - | lebre | lepre
rat | rat | rata | ratte | ratazana | ratto
stag | - | - | - | cervo | -
boar | sanglier | jabalí | keiler | javali | cinghiale
badger | blaireau | tejón | dachse | texugo | tasso
mole | taupe | topo | maulwurf | toupeira | talpa
toad | crapaud | sapo | kröte | - | rospo
tortoise | tortue terrestre/tortues terrestres | tortuga terrestre/tortugas terrestres | landschildkröte | jabuti/cágado | testuggine
walrus | morse | morsa | walross | morsa | tricheco
squid | calmar/calamar | calamar | kalmar | lula | calamaro
trout | truite | trucha | forelle | truta | trota
carp | carpe | - | karpfen | carpa | carpa
eel | anguille | anguila | aal | enguia | anguilla
sparrow | moineau | gorrión | spatz/sperling | pardal | passero/passerotto
robin | - | petirrojo | rotkehlchen | - | pettirosso
swallow | hirondelle | golondrina | schwalbe | andorinha | rondine
dove | colombe/colombes | paloma blanca/palomas blancas/tórtola | friedenstaube | pomba/pombas | colomba/colombe
raven | - | - | - | - | -
magpie | pie bavarde/pies bavardes | urraca | elster | - | gazza
hawk | épervier | gavilán/azor | habicht/bussard | gavião | sparviero/astore
falcon | faucon | halcón | falke | falcão | falco
vulture | vautour | buitre | geier | abutre/urubu | avvoltoio/avvoltoi
stork | cigogne | cigüeña | storch | cegonha | cicogna
pelican | pélican | pelícano | pelikan | pelicano | pellicano
wasp | guêpe | avispa | wespe | vespa | vespa
mosquito | moustique | mosquito/zancudo | mücke/stechmücke | mosquito/pernilongo | zanzara
grasshopper | sauterelle/criquet | saltamontes | heuschrecke/grashüpfer | gafanhoto | -
panther | panthère | pantera | panther | pantera | pantera
lynx | lynx | lince | luchs | lince | lince
rhinoceros | - | - | - | - | -
hippopotamus | - | - | - | - | -
ape | grand singe/grands singes | simio | - | símio | scimmione/primate
buffalo | buffle | búfalo | büffel | búfalo | bufalo
bison | bison | bisonte | bison/wisent | bisão | bisonte
bush | buisson/arbuste | arbusto | busch/strauch | arbusto/moita | cespuglio/cespugli/arbusto
hedge | haie | seto | hecke | sebe | siepe
poppy | coquelicot/pavot | amapola | mohn/mohnblume | papoula | papavero
violet | violettes | - | veilchen | violeta | violetta/mammola
ivy | lierre | hiedra | efeu | hera | edera
moss | mousse | musgo | moos | musgo | muschio/muschi
weed | mauvaise herbe/mauvaises herbes | mala hierba/malas hierbas/maleza | unkraut | erva daninha/ervas daninhas | erbaccia/erbacce
trunk | tronc | tronco | stamm/baumstamm | tronco | tronco
root | racine | raíz | wurzel | raiz | radice
seed | graine/semence | semilla | samen/saat/samenkorn | semente | seme
thorn | épine | espina | dorn | espinho | spina
vine | liane | vid/parra/enredadera | weinrebe/rebe/ranke | videira/trepadeira | vite/rampicante
palm | - | - | - | - | -
pine | pin | - | kiefer/pinie | - | -
willow | saule | sauce | - | salgueiro | salice
apple tree | pommier | manzano | - | macieira | melo
blossom | floraison/fleurs d'arbre | floración/flores de árbol | blüte | floração/florada | fioritura/fiori d'albero
petal | pétale/pétales | pétalo/pétalos | blütenblatt/blütenblätter | pétala/pétalas | petalo/petali
stem | tige | tallo | stiel/stängel | caule/haste | stelo/gambo
bud | bourgeon | brote/capullo | knospe | broto/rebento | bocciolo/germoglio/germogli
clover | trèfle | trébol | klee/kleeblatt | trevo | trifoglio/trifogli
reed | roseau | junco/caña | schilf/schilfrohr/rohr | junco/caniço | canna/giunco
seaweed | algue | alga | alge/seetang | alga | alga
coral | corail/coraux | coral | koralle | coral | corallo
blouse | chemisier/blouse | blusa | bluse | blusa | camicetta
trousers | - | - | - | - | -
vest | gilet | chaleco | weste | colete | gilet/panciotto
bow tie | nœud papillon/nœuds papillons | corbatín | - | - | papillon
belt | ceinture | cinturón/cinto | gürtel | cinto/cinturão | cintura/cinta
mitten | moufle | manopla/mitón | fäustling/fausthandschuh | luva sem dedos/luvas sem dedos/mitene | muffola/manopola
hood | capuche/capuchon | capucha | kapuze | capuz | cappuccio/cappucci
falconry hood | chaperon | caperuza/capirote | haube/falkenhaube | carapuça | cappuccio da falco
sandal | sandale | sandalia | sandale | sandália | sandalo
slipper | pantoufle/chausson | pantufla | pantoffel | pantufa | pantofola/ciabatta
stocking | collant/bas de laine | medias/pantimedias | strumpf | - | calza
apron | tablier | delantal/mandil | schürze | avental | grembiule
uniform | uniforme | uniforme | uniform | uniforme/farda | uniforme/divisa
robe | peignoir/robe de chambre | bata/albornoz | bademantel/bademäntel/morgenmantel | roupão | vestaglia/accappatoio
gown | robe longue/robes longues/robe de soirée/robes de soirée | vestido largo/vestidos largos/vestido de gala/vestidos de gala | - | vestido de gala/vestidos de gala/vestido longo | abito lungo/abiti lunghi/abito da sera/abiti da sera
cloak | pèlerine | manto | - | manto | -
button | bouton | botón | knopf | botão | bottone
zipper | fermeture éclair/fermetures éclair/zip | cremallera/cierre | reißverschluss | zíper/fecho éclair | cerniera/zip
pocket | poche | bolsillo | - | bolso/algibeira | tasca
collar | - | cuello de camisa/cuellos de camisa | kragen | colarinho | colletto/bavero
sleeve | manche | - | ärmel | - | manica
ribbon | ruban | cinta/listón | schleifenband | fita | nastro
bow | arc/nœud | arco/lazo | bogen/bögen/schleife | arco/laço | arco/fiocco
brooch | broche | broche | brosche | broche/alfinete | spilla
watch | - | reloj de pulsera/relojes de pulsera | - | relógio de pulso/relógios de pulso | orologio da polso/orologi da polso
tiara | diadème/tiare | diadema/tiara | diadem/tiara | tiara/diadema | diadema/tiara
purse | bourse | monedero/portamonedas | geldbörse/portemonnaie | - | borsellino/portamonete
handbag | sac à main/sacs à main | bolso de mano | - | bolsa de mão | -
wallet | portefeuille | cartera/billetera | brieftasche/geldbeutel | carteira | portafoglio/portafogli
fan | éventail/ventilateur | abanico/ventilador | fächer/ventilator | leque/ventilador/ventoinha | ventaglio/ventagli/ventilatore
cottage | chaumière/maisonnette/cottage | casa de campo/casas de campo | häuschen/landhaus/cottage | chalé | cottage/villino
cabin | chalet | - | blockhütte | - | baita
mansion | manoir/demeure | mansión | villa/villen/herrenhaus | mansão | villa/palazzo signorile
fortress | forteresse/citadelle | fortaleza | festung | fortaleza/fortificação | fortezza
chapel | chapelle | capilla | kapelle | capela | -
mosque | mosquée | mezquita | moschee | mesquita | moschea
monastery | monastère/abbaye | monasterio | kloster/klöster | mosteiro | monastero
amphitheater | amphithéâtre | anfiteatro | amphitheater | anfiteatro | anfiteatro
cinema | cinéma | cine | kino | cinema | cinema
store | - | - | läden | - | negozi
butcher | boucher/bouchère/boucherie | carnicero/carnicera/carnicería | metzger/metzgerin/fleischer/metzgerei | açougueiro/talho/açougue | macellaio/macellai/macelleria
pharmacy | pharmacie | farmacia | apotheke | farmácia | farmacia
bank | banque | - | bank | - | banca
post office | bureau de poste/poste | oficina de correos/correos | post/postamt | correio | ufficio postale/posta
office | - | oficina | büro | escritório | ufficio/uffici
factory | usine | fábrica | fabrik | fábrica | fabbrica
stable | écurie | - | stall/pferdestall | estábulo/cavalariça | stalla/scuderia
shed | cabanon/remise/abri de jardin | cobertizo | schuppen | barracão | capanno/rimessa
dam | barrage | presa/represa | damm/staudamm | barragem/represa | diga
well | puits | pozo | ziehbrunnen | poço | pozzo
monument | monument | monumento | denkmal/monument | monumento | monumento
arch | arche/arcade | arco | torbogen/torbögen/bogen | arco | arco
column | colonne | columna | säule | coluna | colonna
pillar | pilier | pilar | stützpfeiler | pilar | pilastro/pilone
stairs | - | - | stufen | - | gradini
wheelbarrow | brouette | carretilla | schubkarre | carrinho de mão/carrinhos de mão | carriola
corridor | couloir | pasillo | korridor/gang | corredor | corridoio/corridoi
hallway | vestibule/entrée | recibidor/vestíbulo | flur/diele | hall de entrada/vestíbulo | ingresso/atrio/atri
hall | salle/hall | sala grande | halle/saal/säle | - | salone delle feste
dining room | salle à manger/salles à manger | comedor | esszimmer | sala de jantar/salas de jantar | sala da pranzo/sale da pranzo
cellar | cave/cellier | bodega/bodega de vino | keller | adega/cave | cantina
basement | - | sótano | untergeschoss/kellergeschoss | porão/subsolo | seminterrato/scantinato
porch | porche/véranda | porche | veranda/vorbau/vorbauten | alpendre | portico/veranda
courtyard | cour/cour intérieure/cours intérieures | patio | hof/innenhof | pátio | cortile
yard | arrière-cour | patio trasero/patios traseros/jardín trasero | hinterhof | quintal | cortile sul retro/cortiletto
lawn | pelouse/gazon | - | rasen | relvado/gramado | tappeto erboso
sidewalk | trottoir | acera/banqueta | bürgersteig/gehweg | calçada/passeio | marciapiede
avenue | avenue | avenida | allee/boulevard | avenida | viale
crossroads | carrefour | cruce/encrucijada | kreuzung | cruzamento/encruzilhada | incrocio/incroci/crocevia
highway | autoroute | autopista | autobahn/landstraße | rodovia/autoestrada | autostrada
town | bourg/bourgade/petite ville | ciudad pequeña | städtchen | - | cittadina
capital | capitale | capital | hauptstadt | capital | capitale
sandcastle | château de sable/châteaux de sable | castillo de arena/castillos de arena | - | castelo de areia/castelos de areia | castello di sabbia/castelli di sabbia
port | - | - | - | - | -
dock | quai/dock | muelle/dársena | dock/kai/anleger | doca | banchina/molo
pier | jetée/ponton | muelle/embarcadero/malecón | steg/mole | píer/pontão/molhe | molo/pontile
shore | rivage | - | gestade | - | sponda
plain | plaine | llanura | ebene | planície | pianura
plateau | plateau | meseta | hochebene/plateau | planalto | altopiano
wood | - | madera | holz | madeira | legno
marsh | - | marisma | moor | brejo | acquitrino
bay | baie | bahía | bucht | baía | baia
gulf | - | golfo | - | golfo | golfo
peninsula | péninsule | península | halbinsel | península | penisola
pebble | galet/caillou | guijarro | kiesel/kieselstein | seixo | ciottolo/sassolino
boulder | - | roca grande/rocas grandes/peñasco | felsbrocken/findling | pedregulho/rochedo | masso/macigno
mud | boue | lodo | schlamm/matsch | lama | fango
dust | poussière | polvo | staub | poeira/pó | polvere
anvil | enclume | yunque | amboss | bigorna | incudine
hail | grêle/grêlons | granizo | hagel | granizo | grandine
thunder | tonnerre | trueno | donner | trovão | tuono
breeze | brise | brisa | brise/lüftchen | brisa | brezza
mist | brume | neblina/bruma | dunst | névoa/bruma | foschia/bruma
horizon | horizon | horizonte | horizont | horizonte | orizzonte
tram | tramway/tram | tranvía | straßenbahn/tram | bonde/carro elétrico/eletrico/eletricos | tram/tranvai
subway | métro | metro/subterráneo/subte | u-bahn | metrô/metro | metropolitana/metro
bike | - | bici | - | bike | bici
ferry | ferry/ferries/bac/traversier | ferry/transbordador | fähre | ferry/ferryboat/barco de travessia | traghetto
raft | radeau | balsa | floß | jangada/balsa | zattera
airplane | - | - | - | - | aeroplano
jet | avion à réaction/jet | avión a reacción/jet | düsenflugzeug/jet | jato | jet/aviogetto
cart | charrette/chariot | carreta/carromato | karren/handkarren | carroça | carretto
wagon | wagon/chariot bâché | vagón/carromato | planwagen/waggon | vagão/carroção | carro/vagone
sleigh | - | - | - | - | -
tire | pneu | neumático/llanta | reifen/autoreifen | pneu | pneumatico/gomma
sail | - | vela de barco/velas de barco/velamen | segel | vela de barco/velas de barco/velame | -
mast | mât | mástil | mast | mastro | albero maestro/alberi maestri
oar | rame/aviron | remo | ruder/riemen | remo | remo
waiter | serveur | camarero/mesero | kellner/ober | garçom/empregado de mesa | cameriere
waitress | serveuse | camarera/mesera | kellnerin | garçonete | cameriera
guard | gardien | guardia | wächter/wachmann/wachleute/leibwächter | guarda/vigia | guardia
captain | capitaine | capitán | kapitän/hauptmann | capitão | capitano
driver | conducteur/conductrice/chauffeur | conductor/conductora/chófer | fahrer/fahrerin | motorista/condutor | autista/conducente
singer | chanteur/chanteuse | cantante | sänger/sängerin | cantor/cantora | cantante
actor | acteur/comédien | actor | schauspieler | ator | attore
actress | actrice/comédienne | actriz | schauspielerin | atriz | attrice
writer | écrivain/écrivaine | escritor/escritora | schriftsteller/schriftstellerin/autor/autorin | escritor/escritora | scrittore/scrittrice
poet | poète/poétesse | poeta/poetisa | dichter/dichterin/poet | poeta/poetisa | poeta/poetessa
engineer | ingénieur/ingénieure | ingeniero/ingeniera | ingenieur/ingenieurin | engenheiro/engenheira | ingegnere
builder | maçon/ouvrier du bâtiment | albañil/constructor | bauarbeiter/bauarbeiterin/maurer | pedreiro/construtor | muratore/costruttore
carpenter | charpentier/menuisier | carpintero/carpintera | tischler/schreiner | carpinteiro/marceneiro | falegname/carpentiere
blacksmith | forgeron | herrero | schmied | ferreiro | fabbro
hunter | chasseur/chasseuse | cazador/cazadora | jäger/jägerin | caçador/caçadora | cacciatore/cacciatrice
shepherd | berger/bergère | pastor/pastora | schäferin/hirte | pastor/pastora | pastore/pastorella
merchant | marchand/marchande/commerçant | mercader/comerciante | händler/händlerin/kaufmann/kaufleute | mercador/comerciante | mercante/commerciante
customer | client/cliente | cliente/clienta | kunde/kundin | cliente/freguês | cliente
magician | prestidigitateur | ilusionista | zauberkünstler/magier/magierin | ilusionista | prestigiatore
juggler | jongleur/jongleuse | malabarista | jongleur/jongleurin | malabarista | giocoliere
acrobat | acrobate | acróbata | akrobat/akrobatin | acrobata | acrobata
monk | moine | monje | mönch | monge | monaco/frate
nun | nonne/bonne sœur/bonnes sœurs | monja | nonne | freira | suora
cloister | cloître | claustro | kreuzgang | claustro | chiostro/chiostri
priest | prêtre/curé | sacerdote/cura | priester/pfarrer | padre/sacerdote | prete/sacerdote
bishop | évêque | obispo | bischof | bispo | vescovo
emperor | empereur | emperador | kaiser | imperador | imperatore
empress | impératrice | emperatriz | kaiserin | imperatriz | imperatrice
lord | seigneur/lord | señor feudal/señores feudales/lord/lores | fürst/lord/edelmann | senhor feudal/senhores feudais/lorde | signore feudale/lord/nobiluomo
lady | dame | dama/señora | dame | dama | signora/dama
servant | serviteur/servante/domestique | sirviente/criado/criada | diener/dienerin | servo/criado/serva | servo/servitore
maid | femme de chambre/femmes de chambre/bonne à tout faire | criada/sirvienta/doncella | dienstmädchen/magd | criada/empregada | domestica/serva
beggar | mendiant/mendiante | mendigo/mendiga | bettler/bettlerin | mendigo/mendiga/pedinte | mendicante
thief | voleur/voleuse | ladrón/ladrona | dieb/diebin | ladrão/ladra | ladro/ladra
gentleman | gentleman/gentlemen/gentilhomme/gentilshommes | - | gentleman/gentlemen/kavalier | cavalheiro | gentiluomo/gentiluomini/signore
uncle | oncle | tío | onkel | tio | zio
aunt | tante | tía | tante | tia | zia
cousin | cousin/cousine | primo/prima | cousin/vetter/kusine | primo/prima | cugino/cugina
nephew | neveu | sobrino | neffe | sobrinho | nipote
niece | nièce | sobrina | nichte | sobrinha | nipote
twin | jumeau/jumelle | gemelo/gemela/mellizo | zwilling | gêmeo/gêmea | gemello/gemella
crowd | foule/public | multitud/muchedumbre/público/publico | menschenmenge/publikum/zuschauer | multidão/público/publico | folla/moltitudine/pubblico
tourist | touriste | turista | tourist/touristin | turista | turista
traveller | voyageur/voyageuse | viajero/viajera | reisende/reisender | viajante | viaggiatore/viaggiatrice
neighbour | voisin/voisine | vecino/vecina | nachbar/nachbarin | vizinho/vizinha | vicino di casa/vicini di casa/vicina di casa
stranger | inconnu/inconnue | desconocido/desconocida | fremde/fremder | desconhecido/desconhecida | sconosciuto/sconosciuta/estraneo
tennis | tennis | - | tennis | - | tennis
rugby | rugby | rugby | rugby | rúgbi/rugby | rugby
baseball | baseball | béisbol | baseball | beisebol | baseball
wrestling | lutte | lucha libre | ringkampf/wrestling | luta livre | lotta libera/wrestling
cycling | - | - | radsport/radfahren | - | -
skating | patinage | patinaje | eislaufen/schlittschuhlaufen/skaten | patinação | pattinaggio
fencing | escrime | esgrima | fechten | esgrima | scherma
fencer | escrimeur/escrimeuse/escrimeurs | esgrimista/esgrimistas | fechter/fechterin | esgrimista | schermidore/schermitrice
foil | fleuret/fleurets | florete | florett | florete | fioretto
chimney sweep | ramoneur | deshollinador | schornsteinfeger | limpa-chaminés | spazzacamino
four-leaf | à quatre feuilles | de cuatro hojas | vierblättrig/vierblättrige/vierblättrigen/vierblättriges | de quatro folhas | a quattro foglie
New Year greeting | voeux du nouvel an | felicitación de año nuevo | neujahrsgruß/neujahrsgruss | votos de ano novo | auguri di capodanno
archery | tir à l'arc | tiro con arco | bogenschießen | tiro com arco | tiro con l'arco
gymnastics | gymnastique | gimnasia | gymnastik | ginástica | ginnastica
racket | raquette | raqueta | schläger/tennisschläger | raquete | racchetta
net | filet | red | netz | - | rete
trophy | trophée | trofeo | pokal/trophäe | troféu | trofeo/coppa
medal | médaille | medalla | medaille | medalha | medaglia
referee | arbitre | árbitro/árbitra | schiedsrichter/schiedsrichterin | árbitro/árbitra | arbitro
coach | entraîneur/entraîneuse | entrenador/entrenadora | trainer/trainerin | treinador/treinadora | allenatore/allenatrice
pitchfork | fourche | horca/horquilla | heugabel/mistgabel | forquilha/forcado | forcone
race | - | carrera | wettrennen/wettlauf/rennen | corrida | gara
harp | harpe | arpa | harfe | harpa | arpa
trombone | trombone | trombón | posaune | trombone | trombone
horn | corne/cor | cuerno | horn | chifre/trompa | corno/corna
bell | cloche/clochette | campana/campanilla | glocke/glöckchen | sino/sineta | campana/campanella
organ | orgue | órgano | orgel | órgão | organo
harmonica | harmonica | armónica | mundharmonika | gaita/harmônica | armonica
song | chanson | canción | lied/song | canção | canzone
melody | mélodie | melodía | melodie | melodia | melodia
orchestra | orchestre | - | orchester | orquestra | -
choir | chœur/chorale | coro | chor | coro/coral | coro
fair | foire | - | - | quermesse | fiera
banquet | - | - | - | - | -
torch | torche/flambeau | antorcha | fackel | tocha/archote | torcia/torce/fiaccola
calendar | calendrier | calendario | kalender | calendário | calendario/calendari
notebook | cahier/carnet | cuaderno/libreta | notizbuch/heft | caderno | quaderno/taccuino
diary | journal intime/agenda | - | - | diário | diario/diari
magazine | magazine/revue | revista | zeitschrift/magazin | revista | rivista
letter | lettre | carta | brief | carta | lettera
envelope | enveloppe | sobres/sobre de carta | umschlag/briefumschlag | envelope | busta
stamp | timbre | sello/estampilla | briefmarke/stempel | selo | francobollo
eraser | gomme | goma de borrar/borrador | radiergummi | borracha | gomma
ruler | règle | regla | lineal | régua | righello
glue | colle | pegamento | kleber/klebstoff | cola | colla
couch | divan | diván | - | - | -
armchair | fauteuil | sillón/butaca | sessel/lehnstuhl | poltrona | poltrona
stool | tabouret | taburete | hocker | banquinho/mocho | sgabello
closet | dressing | armario empotrado/clóset | wandschrank/einbauschrank | closet/roupeiro/armário embutido | ripostiglio/cabina armadio/armadio a muro
cabinet | vitrine | vitrina/gabinete | vitrine | cristaleira/gabinete | mobiletto/vetrina
bookcase | étagère à livres | estantería/librero | bücherregal | estante de livros/estantes de livros | libreria
cushion | - | - | - | - | -
mattress | matelas | colchón | matratze | colchão | materasso
curtain | rideau | cortina | vorhang/gardine | cortina | -
hand puppet | marionnette à main/marionnette a gaine | títere de mano/marioneta de mano | handpuppe/handpuppen | fantoche de mão | burattino a mano
puppet | marionnette | títere/marioneta | marionette | fantoche/marionete | burattino/marionetta
felt | feutre | fieltro | filz | feltro | feltro
whistle | sifflet | silbato | pfeife/trillerpfeife | apito | fischietto
puzzle | puzzle | rompecabezas/puzle | puzzle/puzzlespiel | quebra-cabeça | puzzle/rompicapo
metal | métal | metal | metall | metal | metallo
iron | fer | hierro | - | ferro | ferro
steel | acier | acero | stahl | aço | acciaio
bronze | bronze | bronce | bronze | bronze | bronzo
brass | laiton/cuivre jaune | latón | messing | latão | ottone
cardboard | carton | cartón | pappe/karton | papelão/cartolina | cartone/cartoncino
cotton | coton | algodón | - | algodão | cotone
rubber | caoutchouc | caucho/goma | gummi | borracha | gomma
concrete | béton | hormigón/cemento | beton | betão/cimento/concreto armado | calcestruzzo/cemento
granite | granit | granito | granit | granito | granito
wax | cire d abeille | cera | wachs | cera | cera
ceramic | céramique | cerámica | keramik | cerâmica | ceramica
rectangle | rectangle | rectángulo | rechteck | retângulo | rettangolo
oval | ovale | óvalo | oval | oval | ovale
cube | cube | cubo | würfel | cubo | cubo
cone | cône | cono | kegel | cone | cono
cylinder | cylindre | cilindro | - | cilindro | -
dot | - | lunar | punkt | ponto | -
stripe | rayure | franja | streifen | listra/risca | striscia/strisce/riga
curve | courbe | curva | kurve | curva | curva
zigzag | zigzag | zigzag | zickzack | ziguezague | zigzag
grid | grille/quadrillage | cuadrícula/rejilla | raster/gitter | grade/grelha/quadrícula | griglia
spiral | spirale | espiral | spirale | espiral | spirale
texture | texture | textura | textur/struktur | textura | texture/consistenza
shade | nuance | matiz | schattierung/nuance | matiz/nuance | sfumatura
tone | tonalité | tono | farbton | tom/tonalidade | tono
smile | - | sonrisa | lächeln | sorriso | sorriso
tear | larme | lágrima | träne | lágrima | lacrima
joy | joie | alegría/gozo | freude | alegria | gioia
sadness | tristesse | tristeza | traurigkeit/trauer | tristeza | tristezza
fear | peur/crainte | miedo/temor | angst/furcht | medo | paura
anger | colère | enojo/enfado/rabia/furia | wut/zorn | raiva/fúria | rabbia/collera/ira
peace | paix | paz | frieden | paz | pace
love | amour | amor | liebe | amor | amore
dream | rêve/songe | sueño | traum | sonho | sogno
nightmare | cauchemar | pesadilla | albtraum | pesadelo | incubo
silence | silence | silencio | stille/ruhe | silêncio | silenzio
noise | bruit | ruido | lärm/geräusch | barulho/ruído | rumore
season | saison | temporada/estación del año | jahreszeit | estação do ano/estações do ano | stagione
midnight | minuit | medianoche | mitternacht | - | mezzanotte
weather | météo | clima | wetter | - | meteo/clima
temperature | température | temperatura | temperatur | temperatura | temperatura
heat | chaleur/canicule | calor | hitze | calor | calura/afa/canicola
sunshine | ensoleillement/rayons de soleil | luz del sol/rayos de sol | sonnenschein | luz do sol/raios de sol | luce del sole/raggi di sole
thunderstorm | - | tormenta eléctrica/tormentas eléctricas/tronada | - | trovoada | temporale
hurricane | ouragan | huracán | hurrikan/orkan | furacão | uragano
flood | inondation | inundación | überschwemmung/flut | inundação/enchente | alluvione/inondazione
drought | sécheresse | sequía | dürre | estiagem/seca prolongada | siccità
blizzard | blizzard/tempête de neige | ventisca/tormenta de nieve | - | nevasca | tormenta/bufera di neve
raindrop | goutte de pluie/gouttes de pluie | gota de lluvia/gotas de lluvia | regentropfen | gota de chuva/gotas de chuva | goccia di pioggia/gocce di pioggia
puddle | flaque | charco | pfütze | poça | pozzanghera
icicle | stalactite de glace/stalactites de glace | carámbano | eiszapfen | pingente de gelo/pingentes de gelo | ghiacciolo
wig | perruque | peluca | perücke | peruca | parrucca
mustache | moustache | bigote | schnurrbart | bigode | baffo
nose | nez | nariz | nase | nariz | naso
mouth | bouche | boca | mund | boca | bocca
lip | lèvre | labio | lippe | lábio | labbro/labbra
ear | oreille | oreja | ohr | orelha | orecchio/orecchi
teeth | dents | dientes | zähne/zaehne/zahne | dentes | denti
tooth | dent | diente | zahn | dente | dente
tongue | langue | lengua | zunge | língua | lingua
neck | cou | cuello | hals | pescoço | collo
arm | bras | brazo | - | braço | braccio/braccia
elbow | coude | codo | ellbogen | cotovelo | gomito
finger | doigt | dedo | finger | dedo | dito/dita
thumb | pouce | pulgar | daumen | polegar | pollice
leg | jambe | pierna | bein | perna | gamba
knee | genou | rodilla | knie | joelho | ginocchio/ginocchia
foot | pied | pie | fuß | pé | piede
toe | orteil | dedo del pie/dedos del pie | zeh | dedo do pé/dedos do pé | dito del piede/alluce
back | dos | espalda | rücken | - | schiena
belly | ventre | barriga/vientre | bauch | barriga | pancia/pance
skin | peau | - | haut | pele | -
bone | os | hueso | knochen | osso | osso/ossa
claw | griffe | garra | kralle | garra | artiglio/artigli
paw | patte/pattes | pata/patas | pfote/pfoten | pata/patas | zampa/zampe
conductor | chef d'orchestre/chef d orchestre | director de orquesta/directora de orquesta | dirigent/dirigentin | maestro/maestrina/regente | direttore d'orchestra/direttrice d'orchestra
bandage | bandage/pansement | venda/vendaje/vendas | verband/bandage | atadura/curativo/ligadura | benda/fasciatura
beak | bec | - | schnabel/schnäbel | bico | becco
year | an/année | año | jahr | ano | anno
week | semaine | semana | woche | semana | settimana
job | travail/travaux/emploi/boulot/job | trabajo/empleo | job/arbeit/arbeitsstelle | emprego/trabalho | lavoro/impiego
work | travail/travaux | trabajo | arbeit | trabalho | lavoro
hobby | loisir/passe-temps/hobby/hobbies | afición/pasatiempo/hobby | hobby | passatempo/hobby | hobby/passatempo
budget | budget | presupuesto | budget | orçamento | budget/bilancio/bilanci
client | - | - | klient | - | -
course | stage | curso | lehrgang | - | -
straw | paille | paja | stroh/strohhalm | palha | paglia
dresser | - | tocador/cajonera | - | penteadeira/toucador/gaveteiro | cassettone
cradle | berceau | cuna | wiege | berço | culla
crib | lit de bébé/lits de bébé/berceau | cuna | - | berço | culla
bin | poubelle | cubo de basura/papelera | mülleimer/abfalleimer/tonne | lixeira/caixote do lixo | bidone
trash can | poubelle | cubo de basura/basurero/papelera | mülleimer/mülltonne | lixeira/lata de lixo | pattumiera/bidone della spazzatura
mop | serpillière/balai à franges | fregona/trapeador | wischmopp/mopp | esfregona/esfregão | mocio/straccio
sponge | éponge | esponja | schwamm | esponja | spugna
soap | savon | jabón | seife | sabão/sabonete | sapone/saponetta
toothbrush | brosse à dents/brosses à dents | cepillo de dientes/cepillos de dientes | zahnbürste | escova de dentes/escovas de dentes | spazzolino
toothpaste | dentifrice | pasta de dientes/dentífrico | zahnpasta | pasta de dentes/creme dental | dentifricio/dentifrici
razor | rasoir | navaja/maquinilla | rasierer/rasiermesser | navalha/lâmina | rasoio/rasoi
faucet | - | - | - | - | -
toilet | toilettes/cuvette/wc | inodoro/retrete/váter | toilette/klo | sanita/privada/vaso sanitário | gabinetto/wc/tazza del water
lamp post | lampadaire/réverbère | farola | laternenpfahl | poste de luz/candeeiro | lampione
streetlight | lampadaire/réverbère | farola | - | poste de luz/postes de luz/candeeiro | lampione
apartment | appartement | apartamento | wohnung/appartement | apartamento | appartamento
lobby | - | - | lobby/foyer/eingangshalle | saguão/lobby | hall
classroom | salle de classe/salles de classe | aula | klassenraum | sala de aula/salas de aula | aula
gym | salle de sport/gymnase | gimnasio | fitnessstudio | ginásio/academia | palestra
laboratory | laboratoire/labo | laboratorio | labor/laboratorium | laboratório | laboratori
studio | studio | estudio | studio/atelier | estúdio/ateliê | studio/studi/atelier
forge | forge | fragua/herrería | - | forja | fucina
abbey | - | abadía | abtei | abadia | abbazia
fort | fortin | fortín | kastell/fort | fortim | fortino
moat | douve | foso | burggraben/wassergraben | fosso | fossato
dungeon | donjon/cachot | mazmorra/calabozo | verlies/kerker | masmorra | prigione sotterranea/sotterraneo
scepter | sceptre | cetro | zepter | cetro | scettro
spear | lance | lanza | speer | lança | lancia/lance
dagger | poignard/dague | daga/puñal | dolch | punhal/adaga | pugnale
cannon | - | - | kanone | canhão | cannone
candlestick | chandelier/bougeoir | candelero | kerzenständer/kerzenhalter/leuchter | castiçal | candeliere/candelabro
bulb | bulbe | bulbo | - | bulbo | bulbo
scroll | rouleau | pergamino | schriftrolle | pergaminho | rotolo
role-playing game | jeu de role/jeux de role | juego de rol/juegos de rol | rollenspiel/rollenspiele | jogo de rpg/jogos de rpg | gioco di ruolo/giochi di ruolo
dalmatian | dalmatien/dalmatiens | dalmata/dalmatas | dalmatiner | dalmata/dalmatas | dalmata/dalmati
parchment | parchemin/parchemins | pergamino antiguo | pergament | pergaminho antigo | pergamena
quill | plume d'oie/plumes d'oie | pluma de ave/plumas de ave/pluma de ganso | federkiel/schreibfeder | pluma | penna d'oca
kitchen island | ilot central/ilot de cuisine | isla de cocina/isla central | kochinsel | ilha de cozinha/ilha central | isola della cucina/isola centrale
runner | coureur/coureuse | corredor/corredora | laufer/läufer/lauferin | corredor/corredora | corridore
cherry tree | cerisier | cerezo | kirschbaum | cerejeira | ciliegio
cherry blossom trees | cerisiers en fleur/cerisiers en fleurs | cerezos en flor | blühende kirschbäume/kirschbäume in blüte | cerejeiras em flor/cerejeiras floridas | ciliegi in fiore
children | enfants | niños/ninos | kinder/kindern | crianças/criancas | bambini
calligraphy | calligraphie | caligrafía/caligrafia | kalligrafie/kalligraphie | caligrafia | calligrafia
coin | pièce de monnaie/pièces de monnaie/monnaie | moneda | münze | moeda | moneta
chest | coffre | cofre/baúl | truhe | baú | baule
jewel | bijou/joyau | joya | juwel | joia | gioiello
ruby | rubis | rubí | rubin | rubi | rubino
emerald | émeraude | esmeralda | smaragd | esmeralda | smeraldo
gem | gemme/pierre précieuse/pierres précieuses | gema/piedra preciosa | - | gema/pedra preciosa | gemma/pietra preziosa
goblet | gobelet/calice | copa/cáliz | kelch | taça/cálice | calice
pitcher | pichet/cruche | jarra/cántaro | krug/kanne | jarro/jarra | brocca
jug | cruche/pichet | jarra/cántaro | krug/kanne | jarro/jarra | brocca/caraffa
saucer | soucoupe | - | untertasse | pires | -
colander | passoire | colador/escurridor | sieb/nudelsieb | escorredor/coador | scolapasta/colino
microwave | - | microonda | mikrowelle | - | microonde
dishwasher | lave-vaisselle | lavavajillas/lavaplatos | spülmaschine/geschirrspüler | máquina de lavar louça | lavastoviglie
washing machine | machine à laver/lave-linge | lavadora | waschmaschine | máquina de lavar/lavadora | lavatrice
vacuum cleaner | aspirateur | aspiradora | staubsauger | aspirador | aspirapolvere
hanger | cintre | percha/gancho | kleiderbügel/bügel | - | gruccia/grucce/appendiabiti
clothespin | pince à linge/pinces à linge | pinza | wäscheklammer | prendedor/mola | molletta
beret | béret | boina | baskenmütze | boina | basco
slippers | - | - | - | - | -
heels | talon/talons hauts | tacón | stöckelschuhe/high heels/absatzschuhe | salto alto/saltos altos | tacco/tacchi alti
cardigan | cardigan | chaqueta de punto/rebeca/cárdigan | strickjacke | casaco de malha/cardigã | cardigan
hoodie | sweat à capuche/sweats à capuche | sudadera | hoodie | moletom/camisola com capuz | felpa/felpa con cappuccio
shorts | short | pantalones cortos/pantalón corto | shorts/kurze hose | calções/bermuda | pantaloncini
overalls | salopette | peto/overol | latzhose/overall | macacão/jardineira | salopette/tuta
tuxedo | smoking | esmoquin | smoking | smoking | smoking
buckle | - | hebilla | schnalle | fivela | fibbia
wristwatch | - | - | - | - | orologi
braid | tresse/natte | trenza | zopf | trança | treccia
ponytail | queue de cheval/queues de cheval | coleta/cola de caballo | zopf | rabo de cavalo | coda di cavallo/code di cavallo
cheek | - | mejilla | wange/backe | bochecha | guancia/guance
chin | menton | barbilla/mentón | kinn | queixo | mento
hoof | sabot | pezuña | huf | casco | zoccolo
mane | crinière | crin/melena | mähne | crina/juba | criniera
antler | andouiller/ramure | asta/cornamenta | geweih | galhada | corna di cervo
hive | ruche | colmena | bienenstock | colmeia | alveare
web | toile d'araignée/toiles d'araignée | telaraña | - | teia | ragnatela
cocoon | cocon | - | kokon | casulo | bozzolo
creek | - | - | - | - | torrente
brook | - | - | bächlein | - | -
lagoon | lagune | laguna | lagune | laguna | laguna
prairie | - | pradera | prärie/grasland | pradaria | prateria
steppe | steppe | estepa | steppe | estepe | steppa
tundra | toundra | tundra | tundra | tundra | tundra
bog | tourbière | turbera | - | turfeira | torbiera
crater | cratère | cráter | krater | cratera | cratere
summit | cime | cima | - | topo | -
ridge | crête/arête | cresta/loma | grat/gebirgskamm | crista/cordilheira | crinale/cresta
comb | peigne | peine | kamm | pente | pettine
slope | versant | ladera/cuesta | hang/abhang | encosta/ladeira | pendio/pendenza
gorge | gorge | garganta/desfiladero | - | garganta | forra
ravine | ravin | barranco | klamm | ravina/barranco | burrone/forra
grotto | - | gruta | grotte | gruta | -
cavern | caverne | caverna | - | - | caverna
flowerbed | parterre/massif de fleurs | arriate/parterre/cantero | blumenbeet | canteiro | aiuola
farmhouse | corps de ferme | cortijo/masía | - | casa de fazenda/quinta/casa rural | casale
ranch | ranch | rancho | ranch/ranches | rancho | ranch
pasture | pâturage | pasto | alm | pasto/pastagem | -
alpine pasture | alpage | pasto alpino/prado alpino | alm/almwiese | pasto alpino | alpeggio/alpeggi/malga
playing card | carte à jouer/cartes à jouer | naipe/carta de juego/cartas de juego | - | carta de baralho | carta da gioco/carte da gioco
signpost | poteau indicateur | señal/poste indicador | wegweiser | poste de sinalização | segnale
billboard | panneau publicitaire | valla publicitaria/cartelera | plakatwand/werbetafel/reklametafel | outdoor/painel publicitário | cartellone
seesaw | bascule/balançoire à bascule | balancín/subibaja | wippe | gangorra | altalena a bilico/bilico
sandbox | bac à sable | arenero/cajón de arena | sandkasten | caixa de areia | sabbiera/recinto di sabbia
merry-go-round | - | - | - | - | -
firework | feux d'artifice | fuego artificial | - | fogo de artifício | fuoco d'artificio
garland | guirlande | guirnalda | girlande | guirlanda/grinalda | ghirlanda
wreath | couronne de fleurs/couronnes de fleurs/couronne de noël | corona de flores/coronas de flores/guirnalda | kranz | coroa de flores/grinalda | corona di fiori/ghirlanda
ornament | ornement | - | ornament | ornamento | ornamento
muffin | muffin | muffin | - | muffin/queque | muffin
baguette | baguette | baguette | baguette/stangenbrot | baguete | baguette
burger | burger | - | - | - | -
omelette | omelette | tortilla francesa/tortilla de huevos | omelett | omelete/omeleta | frittata/omelette
mustard | moutarde | mostaza | senf | mostarda | senape
ketchup | ketchup | kétchup/ketchup | ketchup | ketchup | ketchup
mayonnaise | mayonnaise | mayonesa/mahonesa | mayonnaise/mayo | maionese | maionese
gravy | jus de viande | jugo de carne | bratensoße | molho de carne | intingolo
parsley | persil | perejil | petersilie | salsa/salsinha | prezzemolo
rosemary | romarin | romero | rosmarin | alecrim | rosmarino
thyme | thym | tomillo | thymian | tomilho | timo
oregano | origan | orégano | oregano | orégano/orégão | origano
dill | aneth | eneldo | dill | endro/aneto | aneto
ginger | gingembre | jengibre | ingwer | gengibre | zenzero
chili | piment | chile/guindilla/ají | chili/peperoni | malagueta/pimenta malagueta | peperoncino
paprika | paprika | pimentón/paprika | paprikapulver | páprica | paprica/paprika
cauliflower | - | coliflor | - | - | cavolfiore
celery | céleri | apio | sellerie/stangensellerie | aipo | sedano
leek | poireau | puerro | lauch/porree | - | porro
radish | radis | rábano/rabanito | radieschen/rettich | rabanete | ravanello
beet | betterave | remolacha | rote bete/rübe | beterraba | barbabietola
turnip | navet | nabo | rübe/steckrübe | nabo | rapa
zucchini | courgette | calabacín | zucchini/zucchino | abobrinha/curgete | zucchina/zucchino
eggplant | aubergine | berenjena | aubergine | berinjela/beringela | melanzana
lentil | lentille | lenteja | linse | lentilha | lenticchia
chickpea | pois chiche | garbanzo | kichererbse | - | cece
olive | olive | aceituna | olive | azeitona | -
papaya | papaye | papaya | papaya | mamão/papaia | papaia
blackberry | - | mora/zarzamora | brombeere | amora | mora
cranberry | canneberge/cranberry | arándano rojo/arándanos rojos | cranberry/preiselbeere | oxicoco/cranberry | mirtillo rosso/mirtilli rossi
currant | groseille/cassis | grosella | johannisbeere | groselha | ribes
gooseberry | groseille à maquereau/groseilles à maquereau | grosella espinosa | stachelbeere | groselha-espinhosa | uva spina
grapefruit | pamplemousse | pomelo/toronja | grapefruit/pampelmuse | toranja | pompelmo
tangerine | mandarine | mandarina | mandarine | tangerina/mexerica | mandarino
pistachio | pistache | pistacho | pistazie | pistache/pistácio | pistacchio/pistacchi
grain | grain/céréales | grano | korn/getreide | grão | chicco
oat | avoine | avena | hafer | aveia | avena
barley | orge | cebada | gerste | cevada | orzo
rye | seigle | centeno | roggen | centeio | segale
hay | foin | heno | heu | feno | fieno
cereal | céréale | - | müsli/cornflakes/getreide | cereais | cereali
porridge | porridge/bouillie | gachas/avena cocida/papilla | porridge/haferbrei/brei | papas de aveia/mingau | porridge/pappa d'avena
noodle | nouille | fideo | nudel | talharim | tagliatella
spaghetti | spaghetti | espagueti/espaguetis | spaghetti | espaguete | spaghetti
in tomato sauce | a la tomate | con salsa de tomate | mit tomatensauce | ao molho de tomate | al pomodoro
dumpling | boulette/raviole | bola de masa/empanadilla | knödel/kloß | - | gnocco/canederlo
taco | taco | taco | taco | taco | taco/tacos
burrito | burrito | burrito | burrito | burrito | burrito
curry | curry | curry | curry | caril/curry | curry
stew | ragoût | guiso/estofado | gulasch | ensopado/guisado | stufato/spezzatino
roast | - | - | braten | - | -
veal | - | - | - | - | -
cod | cabillaud/morue | bacalao | kabeljau/dorsch | bacalhau | merluzzo/baccalà
sardine | sardine | sardina | sardine | sardinha | sardina
caviar | caviar | caviar | kaviar | caviar | caviale
cider | cidre | sidra | cidre/most | sidra | sidro
cocoa | cacao | cacao | kakao | cacau | cacao/cioccolata calda
espresso | expresso/espresso | café solo/expreso | espresso | expresso/café expresso | espresso
cappuccino | cappuccino | capuchino | cappuccino | cappuccino/capuccino | cappuccino
smoothie | smoothie | batido/smoothie | smoothie | smoothie/batido de fruta | frullato/smoothie
milkshake | milk-shake/milkshake | batido/malteada | milchshake | milk-shake/batido | frappè/frullato
whiskey | whisky | whisky | whisky | uísque/whisky | whisky
vodka | vodka | vodka/vodca | wodka | vodca/vodka | vodka
rum | rhum | ron | rum | rum | rum
champagne | champagne | champán/champaña/cava | champagner/sekt | champanhe/espumante | champagne/spumante
scorpion | scorpion | escorpión/alacrán | skorpion | escorpião | scorpione
slug | limace | babosa | nacktschnecke | lesma | -
leech | sangsue | sanguijuela | blutegel | sanguessuga | sanguisuga
elk | wapiti | uapití | wapiti | - | -
skunk | mouffette/moufette | mofeta | stinktier | gambá/cangambá/jaritataca | puzzola/moffetta
weasel | belette | comadreja | wiesel | doninha | donnola
puma | puma/cougar | puma | puma | puma | puma
armadillo | tatou | armadillo | - | tatu | armadillo
iguana | iguane | iguana | leguan | iguana | iguana
chameleon | caméléon | camaleón | chamäleon | camaleão | camaleonte
salamander | salamandre | salamandra | salamander | salamandra | salamandra
newt | triton | tritón | molch | tritão | tritone
blackbird | merle | mirlo | amsel | melro | merlo
crane | grue | grulla/grúa | kranich/kran | grou/guindaste | gru/gru meccanica
kingfisher | martin-pecheur/martin pecheur/martins-pecheurs | martín pescador | eisvogel | martim-pescador/guarda-rios | martin pescatore
windowsill | rebord de fenetre/rebord de la fenetre | alfeizar/repisa de la ventana | fensterbank/fensterbrett | parapeito/peitoril | davanzale/davanzali
juggling | en jonglant/qui jongle | haciendo malabares/malabares/malabarismos | jonglierend | fazendo malabarismos/malabarismos/malabares | facendo giocoleria/giocoleria
Christ the Redeemer | christ redempteur | cristo redentor | christus der erloser | cristo redentor | cristo redentore
canary | canari | - | kanarienvogel/kanarienvögel | - | canarino
foal | poulain | potro/potrillo | fohlen | potro | puledro/puledra
piglet | porcelet/cochonnet | lechón | ferkel | leitão/porquinho | porcellino
duckling | caneton | - | entchen | - | anatroccolo
mule | mule/mulet | mula/mulo | maultier/maulesel | mula/mulo | mulo/mula
stallion | étalon | semental | hengst | garanhão | stallone
mare | jument | yegua | stute | égua | giumenta
poodle | caniche | caniche | pudel | poodle/caniche | barboncino
terrier | terrier | terrier | terrier | terrier | terrier
guinea pig | cochon d'inde/cochons d'inde/cobaye | cobaya/conejillo de indias | meerschweinchen | cobaia | porcellino d'india/cavia
blazer | blazer | blazer/chaqueta de traje | blazer/sakko | blazer | blazer
pub | bistrot | pub/taberna | pub | pub/taberna | pub/birreria/osteria
supermarket | supermarché | supermercado | supermarkt | supermercado | supermercato
prison | prison | cárcel/prisión | gefängnis/gefängnisse | prisão/cadeia | prigione/carcere
mill | - | - | - | - | -
woods | - | - | gehölz | - | -
barrel | tonneau/baril | barril/tonel/barrica/barricas | fass | barril/barris/tonel/barrica/barricas | barile/botte
screw | vis | tornillo | schraube | parafuso | vite da legno
rope | corde | cuerda/soga | seil/strick | corda | corda/fune
chain | - | cadena | - | corrente | catena
lock | serrure/cadenas | cerradura/candado | - | fechadura/cadeado | serratura/lucchetto
needle | aiguille | aguja | nadel | agulha | ago/aghi
thread | fil | hilo | faden/fäden/garn | fio/linha de costura | filo
radio | radio | radio | radio | rádio | radio
nut | - | fruto seco | - | - | -
soccer | - | - | - | - | -
market stall | stand | puesto de mercado/puestos de mercado | - | banca de mercado | -
judge | juge | juez/jueza | richter/richterin | juiz/juíza | giudice
plumber | plombier | fontanero/plomero | klempner/installateur | canalizador/encanador | idraulico
electrician | électricien/électricienne | electricista | elektriker/elektrikerin | eletricista | elettricista
professor | - | - | professor/professorin | - | professore/professoressa
architect | architecte | arquitecto/arquitecta | architekt/architektin | arquiteto/arquiteta | architetto
photographer | photographe | fotógrafo/fotógrafa | fotograf/fotografin | fotógrafo/fotógrafa | fotografo/fotografa
journalist | - | periodista | journalistin | jornalista | giornalista
barber | barbier | barbero | - | barbeiro | barbiere
tailor | couturier | sastre | schneiderin | alfaiate | sarto/sarta
gardener | jardinier/jardinière | jardinero/jardinera | gärtner/gärtnerin | jardineiro/jardineira | giardiniere
miner | mineur | minero | bergarbeiter | mineiro | minatore
lumberjack | bûcheron | leñador | holzfäller | lenhador | boscaiolo/taglialegna
spy | espion/espionne | espía | spion/spionin | espião/espiã | spia
butler | majordome | mayordomo | butler | mordomo | maggiordomo
cashier | caissier/caissière | cajero/cajera | kassierer/kassiererin | operador de caixa/operadora de caixa | cassiera
traveler | - | - | - | - | -
neighbor | - | - | - | - | -
guest | invité/invitée/hôte | invitado/invitada/huésped | gast | convidado/convidada/hóspede | ospite/invitato
boss | patron/patronne | jefe/jefa | chef/chefin/boss | chefe/patrão | capo/boss
manager | directeur/gérant/manager | gerente/director | manager/leiterin/geschäftsführer | gerente/diretor | manager/direttore/dirigente
worker | ouvrier/ouvrière/travailleur | obrero/trabajador | arbeiter/arbeiterin | operário/trabalhador | operaio/operai/lavoratore
nanny | nounou/nourrice/baby-sitter | niñera | nanny/babysitter | babá/baby-sitter | tata/bambinaia/babysitter
grandchild | - | - | - | - | -
toddler | bambin | niño pequeño/niña pequeña | - | - | bimbo piccolo/bimbetto/bambino piccolo
adult | adulte | adulto/adulta | erwachsener/erwachsene | adulto/adulta | adulto/adulta
elder | aîné/aînée/doyen | - | ältester/älteste/greis | ancião | -
hero | héros/héroïne | héroe/heroína | held/heldin | herói/heroína | eroe/eroina
villain | scélérat | villano | schurke/bösewicht | vilão | malvagi
archer | archer | arquero/arquera | bogenschütze | arqueiro/arqueira | arciere
cowgirl | cow-girl/cowgirl | - | cowgirl | - | cowgirl
sorceress | - | - | zauberin | - | -
necromancer | nécromancien/nécromancienne | nigromante | nekromant/totenbeschwörer | necromante | negromante
imp | diablotin | diablillo/duendecillo | teufelchen | diabrete | diavoletto
demon | démon | demonio | dämon | demônio/demónio | demone
devil | diable | diablo | teufel | diabo | diavolo
griffin | griffon | grifón | greif/vogel greif | grifo | grifone/grifo
pegasus | pégase | pegaso | pegasus | pégaso | pegaso
sphinx | sphinx | esfinge | sphinx/sphingen | esfinge | sfinge
hydra | hydre | hidra | hydra/hydren | hidra | idra
kraken | kraken | kraken | - | kraken | kraken
mummy | momie | momia | mumie | múmia | mummia
yeti | yéti | yeti | yeti | yeti/ieti | yeti
leprechaun | farfadet/leprechaun | leprechaun | leprechaun | leprechaun | leprechaun
nymph | nymphe | ninfa | nymphe | ninfa | ninfa
pixie | - | duendecillo | - | - | -
sprite | esprit follet | - | luftgeist | - | spiritello
hobbit | hobbit | hobbit | hobbit | hobbit | hobbit
gargoyle | gargouille | gárgola | gargoyle | gárgula | doccione
basilisk | - | basilisco | basilisk | basilisco | basilisco
chimera | chimère | quimera | chimäre | quimera | chimera
handball | handball | balonmano | - | andebol/handebol | pallamano
badminton | badminton | bádminton | badminton | badminton | badminton
ping pong | ping-pong/tennis de table | ping-pong/tenis de mesa | pingpong | pingue-pongue/ténis de mesa/tênis de mesa | ping-pong/tennistavolo
rowing | - | - | - | - | canottaggio
hiking | randonnée | excursión | wandern/wanderung | caminhada | escursione
horse riding | équitation | equitación | reiten | equitação | equitazione
karate | karaté | kárate | karate | caratê/karaté | karate
judo | judo | judo | judo | judô/judo | judo
marathon | marathon | maratón | marathon | maratona | maratona
clarinet | clarinette | clarinete | klarinette | clarinete | clarinetto
oboe | hautbois | oboe | oboe | oboé | oboe
tuba | tuba | tuba | tuba/tuben | tuba | tuba
tambourine | tambourin/tambour de basque | pandereta/pandero | tamburin/schellentrommel | pandeireta/pandeiro | tamburello
cymbal | cymbale | címbalo | becken/zimbel | címbalo/pratos de bateria | cembalo/piatti della batteria
bagpipes | cornemuse | gaita | dudelsack | gaita de foles | cornamusa/zampogna
lute | luth | laúd | - | alaúde | liuto
loudspeaker | enceinte | altavoz/altoparlante | lautsprecher | - | altoparlante
opera | opéra | ópera | oper/opernhaus | ópera | opera/lirica
funfair | fêtes foraines | parque de atracciones | rummel/volksfest | - | -
booth | stand/cabine | caseta/cabina/stand | bude/kabine/messestand | cabine/quiosque | cabina/stand
procession | procession | procesión | prozession | procissão | processione
barbecue | barbecue | barbacoa | grill/grillfest | churrasco/churrasqueira | barbecue
masquerade | bal masqué/mascarade | baile de máscaras/mascarada | - | baile de máscaras/mascarada | ballo in maschera/mascherata
bonfire | feu de joie/bûcher | - | osterfeuer | - | -
limestone | calcaire/pierre calcaire | caliza/piedra caliza | kalkstein | calcário/pedra calcária | calcare/pietra calcarea
sandstone | grès | arenisca | - | arenito | arenaria
slate | ardoise | - | - | ardósia | ardesia
cement | ciment | - | zement | - | -
plaster | plâtre | yeso/escayola | gips | gesso | intonaco
tile | carreau/tuile | azulejo/baldosa/teja | fliese/kachel | azulejo/telha/ladrilho | piastrella/tegola
pottery | poterie | alfarería | töpferei/töpferware | olaria | terracotta
amber | ambre | ámbar | bernstein | âmbar | ambra
ivory | ivoire | marfil | - | marfim | avorio
rattan | rotin | ratán | peddigrohr | rattan | rattan/midollino
denim | denim | tela vaquera/mezclilla/denim | jeansstoff/denim | ganga/brim | denim
satin | satin | satén | satin | cetim | satin/raso lucido
fleece | toison | forro polar/vellón | fleece/vlies | lã polar/velo | vello
suede | daim/suède | gamuza/piel de gamuza | veloursleder | camurça | scamosciato/pelle scamosciata
tin | étain/boîte de conserve/boîtes de conserve | estaño/lata | zinn/dose/blechdose | estanho/lata | latta/lattina
aluminum | aluminium | aluminio | aluminium/alu | alumínio | alluminio
zinc | zinc | zinc | zink | zinco | zinco
varnish | vernis | barniz | lack/firnis | verniz | vernice
pentagon | pentagone | pentágono | fünfeck | pentágono | pentagono
hexagon | hexagone | hexágono | sechseck | hexágono | esagono
octagon | octogone | octágono/octógono | achteck | octógono | ottagono
arc | - | - | - | - | -
crescent | - | medialuna | sichel/halbmond | - | -
roller skates | patins à roulettes/patin à roulettes | patín/patines de ruedas | rollschuh | patins de rodas | pattino/pattini a rotelle
cruise ship | paquebot/navire de croisière/bateau de croisière | crucero | kreuzfahrtschiff | navio de cruzeiro/cruzeiro | nave da crociera/navi da crociera
jeep | jeep | jeep/todoterreno | jeep/geländewagen | jipe/jeep | jeep/fuoristrada
limousine | limousine | limusina | limousine | limusine | limousina
minivan | monospace | monovolumen/minivan | minivan/van/großraumlimousine | monovolume/minivan | monovolume/minivan
camper | camping-car | autocaravana/caravana | wohnmobil | autocaravana/motorhome/trailer | camper/camperizzato
caravan | caravane | caravana | wohnwagen/karawane | caravana/trailer | roulotte/carovana/caravan
trailer | remorque | remolque | anhänger | reboque | rimorchio/rimorchi
bulldozer | bulldozer | bulldozer/excavadora | bulldozer/planierraupe | escavadora/trator de esteira | bulldozer/ruspa
excavator | pelleteuse/excavatrice | excavadora | bagger | escavadora/escavadeira | escavatore
forklift | chariot élévateur/chariots élévateurs | carretilla elevadora/montacargas | gabelstapler | empilhadeira/empilhadora | muletto/carrello elevatore
stroller | poussette | carrito de bebé | buggy | carrinho de bebê/carrinho de bebé | passeggino
pram | landau/poussette | - | - | carrinho de bebê/carrinho de bebé | -
zeppelin | - | - | - | - | -
glider | planeur | planeador | gleiter | planador | aliante
parachute | parachute | paracaídas | fallschirm | paraquedas | paracadute
satellite | satellite | satélite | satellit | satélite | satellite
"""

# adjectives: put before a Romance noun they follow
ADJECTIVES = """
smoking | fumant/fumante | humeante | rauchend | fumegante | fumante
trapped | piege/piegee/prisonnier/prisonniere | atrapado/atrapada | gefangen/eingesperrt | preso/presa | intrappolato/intrappolata
leaning | appuyé/appuyée/appuye/appuyee | apoyado/apoyada | angelehnt/gelehnt | encostado/encostada | appoggiato/appoggiata
clear | degage/dégagé/dégagée | despejado/despejada | klar/klare/klaren/wolkenlos | limpo/limpa | sereno/serena/limpido/limpida
painted | peint/peinte/peints/peintes | pintado/pintada | bemalt/gestrichen | pintado/pintada | dipinto/dipinta/verniciato/verniciata
appetizing | appetissant/appetissante/appetissants/appetissantes | apetitoso/apetitosa | appetitlich/appetitliche | apetitoso/apetitosa/apetitivo | appetitoso/appetitosa
roman | romain/romaine/romains/romaines | romano/romana/romanos/romanas | romisch/römisch | romano/romana | romano/romana
lit | eclaire/eclairee/eclaires/eclairees/illumine/illuminee/allume/allumee | iluminado/iluminada/encendido/encendida | beleuchtet/beleuchtete/beleuchteten | iluminado/iluminada | illuminato/illuminata/acceso/accesa/accesi/accese
parisian | parisien/parisienne | parisino/parisina | pariser | parisiense | parigino/parigina
different | differentes/differents/differente/different | diferentes/diferente | andere/anderen/verschiedene/verschiedenen | diferentes/diferente | diverse/diversi/diversa/diverso
similar | similaires/similaire/pareilles | parecidas/parecidos/parecida/similares | ahnliche/ahnlichen | parecidas/parecidos/semelhantes | simili
wicker | osier | mimbre | korb/rattan | vime | vimini
full | plein/pleine | lleno/llena | voll/vollen | cheio/cheia | pieno/piena
navy blue | bleu marine | azul marino | marineblau/dunkelblau | azul marinho | blu navy/blu marino
black and white | noir et blanc/noir-blanc | blanco y negro | schwarz-weiss/schwarzweiss/schwarz-weiß/schwarzweiß | preto e branco | bianco e nero
steaming | fumant | humeante | dampfend | fumegante | fumante
smoking | - | - | rauchend | - | -
red | rouge | rojo | rot | vermelho | rosso
blue | bleu | azul | blau | azul | blu/azzurro
green | vert | verde | grun | verde | verde
yellow | jaune | amarillo | gelb | amarelo | giallo
black | noir | negro | schwarz | preto/negro | nero
white | blanc/blanche/blancs/blanches | blanco/blanca/blancos/blancas | weiss | branco/branca/brancos/brancas | bianco/bianca/bianchi/bianche
wedding cake | gateau de mariage/piece montee | pastel de boda/tarta nupcial | hochzeitstorte | bolo de casamento | torta nuziale
three-tier | a trois etages | de tres pisos | dreistockige/dreistöckige | de tres andares | a tre piani
pink | rose | rosa | rosa | rosa/cor-de-rosa/cor de rosa | rosa
purple | violet/mauve | morado/violeta | lila/violett | roxo | viola
orange | orange | naranja | orange | laranja | arancione
brown | marron/brun | marron/cafe | braun | marrom/castanho | marrone
grey | gris | gris | grau | cinza/cinzento | grigio
golden | dore | dorado | golden | dourado | dorato
silver | argente | plateado | silbern | prateado | argentato
big | grand/gros | grande | gross | grande | grande
small | petit | pequeno/chico | klein | pequeno | piccolo
tiny | minuscule | diminuto | winzig | minusculo | minuscolo
huge | enorme/geant | enorme/gigante | riesig | enorme/gigante | enorme/gigante
long | long/longue | largo | lang | longo | lungo
tall | haut | alto | hoch | alto | alto
old | vieux/vieille/vieil/ancien | viejo/antiguo | alt | velho/antigo | vecchio/antico
young | jeune | joven | jung | jovem | giovane
new | nouveau/nouvelle/neuf | nuevo | neu | novo | nuovo
beautiful | beau/belle/bel/joli | bonito/hermoso/lindo | schon/hubsch | bonito/lindo/belo | bello/bel
cute | mignon | mono/tierno | suss/niedlich | fofo/giro | carino
ugly | laid/moche | feo | hasslich | feio | brutto
magic | magique | magico | magisch | magico | magico
happy | heureux/content/joyeux | feliz/contento | glucklich/froh | feliz/contente | felice/contento
sad | triste | triste | traurig | triste | triste
angry | fache/en colere | enojado/enfadado | wutend | bravo/zangado | arrabbiato
dark | sombre | oscuro | dunkel | escuro | scuro
darker | plus sombre/plus fonce/plus foncee | mas oscuro/mas oscura | dunkler | mais escuro/mais escura | piu scuro/piu scura
brighter | plus lumineux/plus lumineuse/plus clair/plus claire | mas brillante/mas luminoso/mas luminosa/mas claro/mas clara | heller | mais claro/mais clara/mais brilhante | piu luminoso/piu luminosa/piu chiaro/piu chiara
bigger | plus grand/plus grande/plus grands/plus grandes/plus gros/plus grosse | mas grande/mas grandes | grosser | maior/maiores/mais grande/mais grandes | piu grande/piu grandi
smaller | plus petit/plus petite/plus petits/plus petites | mas pequeno/mas pequena/mas chico/mas chica | kleiner | menor/menores/mais pequeno/mais pequena | piu piccolo/piu piccola/piu piccoli/piu piccole
bright | lumineux/clair | brillante/claro | hell | brilhante/claro | luminoso/chiaro
colorful | colore | colorido | bunt | colorido | colorato
asleep | endormi/endormie/endormis/endormies | dormido/dormida | schlafend | adormecido/adormecida | addormentato/addormentata
sleepy | - | - | schlafrig/schläfrig | sonolento | -
fluffy | moelleux/duveteux | esponjoso/peludo | flauschig | fofo/felpudo | soffice
giant | geant | gigante | riesig | gigante | gigante
funny | drole | gracioso/divertido | lustig | engracado | buffo/divertente
warm | chaud/chaude/chaleureux/chaleureuse | calido/calida/caliente | warm | quente/caloroso | caldo/calda
cool | - | - | kuhl | - | -
wonderful | magnifique/merveilleux/merveilleuse | magnifico/maravilloso/estupendo | wunderbar/toll/klasse | maravilhoso/otimo | magnifico/meraviglioso/fantastico
flowery | fleuri/fleurie | florido/florida | bluhend | florido/florida | fiorito/fiorita
wider | - | - | breiter | - | -
taller | - | - | hoher | - | -
scary | effrayant | aterrador/terrorifico | gruselig | assustador | spaventoso
realistic | realiste | realista | realistisch | realista | realistico
futuristic | futuriste | futurista | futuristisch | futurista | futuristico
medieval | medieval | medieval | mittelalterlich | medieval | medievale
snowy | enneige | nevado | verschneit | nevado | innevato
flying | volant | volador | fliegend | voador | volante
wooden | en bois | de madera | holzern | de madeira | di legno
chocolate | au chocolat | - | - | - | al cioccolato
plastic | en plastique/plastique | de plastico | aus plastik | de plastico | di plastica
cooking | de cuisine | de cocina | - | de cozinha/de culinaria | di cucina
italian | italien/italienne | italiano/italiana | italienisch/italienische | italiano/italiana | italiano/italiana
french | francais/francaise | frances/francesa | franzosisch/franzosische | frances/francesa | francese
japanese | japonais/japonaise | japones/japonesa | japanisch/japanische | japones/japonesa | giapponese
spanish | espagnol/espagnole | espanol/espanola | spanisch/spanische | espanhol/espanhola | spagnolo/spagnola
greek | grec/grecque | griego/griega | griechisch/griechische | grego/grega | greco/greca
mexican | mexicain/mexicaine | mexicano/mexicana | mexikanisch/mexikanische | mexicano/mexicana | messicano/messicana
red-haired | roux/rousse | pelirrojo | rothaarig | ruivo | -
turquoise | turquoise | turquesa | turkis | turquesa | turchese
beige | beige | beige | beige | bege | beige
pastel | pastel | - | pastell | pastel | pastello
neon | neon/fluo | neon/fluorescente | neon | neon | neon/fluo
transparent | transparent | transparente | durchsichtig/transparent | transparente | trasparente
shiny | brillant | reluciente | glanzend | reluzente | luccicante/lucente
rusty | rouille | oxidado | rostig | enferrujado | arrugginito
foggy | brumeux | brumoso | neblig | enevoado/nebuloso | nebbioso
stormy | orageux | tormentoso | sturmisch | tempestuoso | tempestoso
cloudy | nuageux | nublado | bewolkt | nublado | nuvoloso
rainy | pluvieux | lluvioso | regnerisch | chuvoso | piovoso
sunny | ensoleille | soleado | sonnig | ensolarado | soleggiato
cozy | douillet | acogedor | gemutlich | aconchegante | accogliente
spooky | lugubre | espeluznante | unheimlich/schaurig | sinistro | spettrale
haunted | hante | embrujado | - | assombrado | stregato
elegant | elegant | elegante | elegant | elegante | elegante
vintage | vintage | vintage | vintage | vintage | vintage
retro | retro | retro | retro | retro | retro
minimalist | minimaliste | minimalista | minimalistisch | minimalista | minimalista
crowded | bonde | abarrotado | uberfullt | lotado | affollato
raised | levé/levée/levés | levantado/levantada/alzado/alzada | erhoben/erhobene/erhobenen | levantado/levantada/erguido | alzato/alzata/sollevato
empty | vide | vacio | leer | vazio | vuoto
calm | calme/paisible | tranquilo | ruhig/friedlich | tranquilo/calmo | tranquillo/calmo
mysterious | mysterieux | misterioso | geheimnisvoll/mysterios | misterioso | misterioso
dreamy | onirique | onirico | vertraumt/traumhaft | onirico | onirico
romantic | romantique | romantico | romantisch | romantico | romantico
wild | sauvage | salvaje | wild | selvagem | selvaggio
soft | doux | blando | weich | macio | morbido
metallic | metallique | metalico | metallisch | metalico | metallico
glass | en verre | de vidrio/de cristal | aus glas | de vidro | di vetro
stone | en pierre | de piedra | steinern/aus stein | de pedra | di pietra
frozen | gele/gelee | congelado/congelada/helado | gefroren/zugefroren | congelado/congelada | ghiacciato/ghiacciata/congelato
hot | chaud | caliente | heiss | quente | caldo
cold | froid | frio | kalt | frio | freddo
wet | mouille | mojado | nass | molhado | bagnato
thin | maigre | delgado/flaco | dunn | magro | magro
fast | rapide | rapido | schnell | rapido | veloce
tired | - | cansado | mude | cansado | stanco
scared | effraye/apeure | asustado | verangstigt | assustado | spaventato
surprised | surpris | sorprendido | uberrascht | surpreso | sorpreso
lonely | - | solitario | einsam | solitario/sozinho | solitario
friendly | gentil/sympathique | amable/simpatico | freundlich | simpatico/amigavel | gentile/simpatico
evil | mechant/malefique | malvado/malo | bose | mau/malvado | cattivo/malvagio
epic | epique | epico | episch | epico | epico
cinematic | cinematographique | cinematografico | filmisch | cinematografico | cinematografico
detailed | detaille | detallado | detailliert | detalhado | dettagliato
simple | simple | sencillo/simple | einfach/schlicht | simples | semplice
abstract | abstrait | abstracto | abstrakt | abstrato | astratto
modern | moderne | moderno | modern | moderno | moderno
gothic | gothique | gotico | gotisch | gotico | gotico
surreal | surrealiste | surrealista | surreal | surreal/surrealista | surreale
vibrant | vibrant | vibrante | lebhaft/leuchtend | vibrante | vibrante
pale | pale | palido | blass | palido | pallido
striped | raye | rayado | gestreift | listrado | a righe/rigato
round | rond | redondo | rund | redondo | rotondo
square | carre | cuadrado | quadratisch/eckig | quadrado | quadrato
broken | casse | roto | kaputt | quebrado | rotto
short | - | corto | kurz | curto/baixo | corto/basso
delicious | delicieux | delicioso | lecker | delicioso | delizioso
adorable | adorable | adorable | bezaubernd/entzuckend | adoravel | adorabile
cozy | cosy/douillet/douillette | acogedor/acogedora | gemutlich | aconchegante | accogliente
hot | chaud/chaude/brulant | caliente | heiss | quente | caldo/calda/bollente
lilac | lilas | lila | lila/flieder | lilas | lilla
tropical | tropical/tropicale | tropical | tropisch | tropical | tropicale
perfect | parfait/parfaite | perfecto/perfecta | perfekt | perfeito/perfeita | perfetto/perfetta
strange | bizarre/etrange | raro/rara/extrano | seltsam/komisch | estranho/estranha | strano/strana
crazy | fou/folle | loco/loca | verruckt | louco/louca/doido | pazzo/pazza
serious | serieux/serieuse | serio/seria | ernst | serio/seria | serio/seria
amazing | genial/incroyable | genial/increible | toll/genial | incrivel | incredibile/fantastico
knitted | tricote/tricotee | tejido/tejida | gestrickt | trico/de trico | fatto a maglia
cobbled | pave/pavee | empedrado/empedrada | gepflastert | de paradelepipedo/calcetado | lastricato/acciottolato
childlike | enfantin/enfantine | infantil | kindlich | infantil | infantile
right | droit/droite | derecho/derecha | rechter/rechte | direito/direita | destro/destra
left | gauche | izquierdo/izquierda | linker/linke | esquerdo/esquerda | sinistro/sinistra
old | ancien/ancienne | antiguo/antigua | alt/alte | antigo/antiga | antico/antica
steaming | fumant/fumante | humeante | dampfend | fumegante | fumante
still | fixe/fixes | fijo/fija | unbewegt | parado/parada | fisso/fissa
stylized | stylise/stylisee | estilizado/estilizada | stilisiert | estilizado/estilizada | stilizzato/stilizzata
melted | fondu/fondue | derretido/derretida | geschmolzen | derretido/derretida | fuso/fusa/filante
freshly baked | tout juste sorti du four | recien horneado/recien horneada | frisch gebacken | acabado de sair do forno | appena sfornato/appena sfornate/appena sfornata
sicilian | sicilien/sicilienne | siciliano/siciliana | sizilianisch | siciliano/siciliana | siciliano/siciliana
tuscan | toscan/toscane | toscano/toscana | toskanisch | toscano/toscana | toscano/toscana/toscane
byzantine | byzantin/byzantine | bizantino/bizantina | byzantinisch | bizantino/bizantina | bizantino/bizantina
relaxed | detendu/detendue | relajado/relajada | entspannt | relaxado/relaxada/tranquilo | rilassato/rilassata
rough | agite/agitee | agitado/agitada/picado | aufgewuhlt/rau | agitado/agitada | agitato/agitata/mosso
handmade | fait main | hecho a mano/artesanal | handgemacht | feito a mao/artesanal | fatto a mano/artigianale
crowded | charge/chargee | recargado/recargada | uberladen | carregado/carregada | affollato/affollata/carico
waning | decroissant/decroissante | menguante | abnehmend | minguante | calante
packed | bonde/bondee/plein/pleine | lleno/llena/abarrotado | voll/uberfullt | lotado/lotada | pieno/piena/gremito
curly | boucle/boucles/bouclee/bouclees/frise/frisee | rizado/rizada/rizados/rizadas/ondulado | lockig/lockige/lockigen/gelockt | cacheado/cacheada/cacheados/encaracolado/encaracolada | riccio/riccia/ricci/ricce/riccioluto
surrounded by | entoure de/entouree de/entoure d | rodeado de/rodeada de/rodeado por | umgeben von | rodeado de/rodeada de/cercado de/cercada de | circondato da/circondata da
scandinavian | scandinave/scandinaves | escandinavo/escandinava | skandinavisch | escandinavo/escandinava | scandinavo/scandinava
saturated | sature/saturee/satures/saturees | saturado/saturada | gesattigt | saturado/saturada | saturo/satura
dull | fade/fades/terne/ternes | apagado/apagada/soso | matt/blass | apagado/apagada/desbotado | spento/spenta/smorto
large | - | - | - | - | -
little | - | - | - | - | -
enormous | - | - | - | - | -
gigantic | gigantesque | gigantesco/gigantesca | gigantisch | gigantesco/gigantesca | gigantesco/gigantesca
miniature | miniature/en miniature | en miniatura | miniatur/mini | em miniatura | in miniatura/miniaturizzato/miniaturizzata
wide | large | ancho/ancha | breit | largo/larga | largo/larga
narrow | étroit/étroite | estrecho/estrecha/angosto/angosta | eng/schmal | estreito/estreita | stretto/stretta
thick | épais/épaisse | grueso/gruesa/espeso/espesa | dick | grosso/grossa/espesso/espessa | spessa/denso/densa
fat | grosse | gordo/gorda | mollig/pummelig | gordo/gorda | -
slim | mince/svelte | esbelto/esbelta | schlank | esbelto/esbelta | snello/snella
skinny | - | - | mager | magricela/esquelético/esquelética | magrolino/magrolina/scheletrico
heavy | lourd/lourde | pesado/pesada | schwer | pesado/pesada | pesante
deep | profond/profonde | profundo/profunda | tief | profundo/profunda | profondo/profonda
shallow | peu profond/peu profonde | poco profundo/poco profunda | seicht | raso/rasa | poco profondo/poco profonda
low | bas/basse | baja/bajos | niedrig | - | -
high | élevé/élevée | elevado/elevada | hohe | elevado/elevada | elevato/elevata
flat | plat/plate | llano/llana | flach | - | pianeggiante
sharp | tranchant/tranchante/aiguisé/aiguisée | afilado/afilada | scharf | afiado/afiada | affilato/affilata/tagliente
smooth | lisse | liso/lisa | glatt | liso/lisa | liscio/liscia/lisce
hard | dur/dure | duro/dura | hart | duro/dura | duro/dura
furry | poilu/poilue/à fourrure | - | pelzig | peludo/peluda | peloso/pelosa
hairy | velu/velue | velludo/velluda | haarig/behaart | cabeludo/cabeluda | villoso/villosa
bald | chauve | calvo/calva | kahl/glatzköpfig | careca/calvo/calva | calvo/calva/pelato/pelata
wrinkled | ridé/ridée/froissé/froissée | arrugado/arrugada | faltig/zerknittert | enrugado/enrugada | rugoso/rugosa/stropicciato
silky | soyeux/soyeuse | sedoso/sedosa | seidig | sedoso/sedosa | setoso/setosa
dry | sec/sèche | seco/seca | trocken | seco/seca | secco/secca/asciutto/asciutta
damp | humide | húmedo/húmeda | feucht | úmido/úmida | umido/umida
muddy | boueux/boueuse | embarrado/embarrada/fangoso | schlammig/matschig | lamacento/lamacenta/enlameado | fangoso/fangosa
dusty | poussiéreux/poussiéreuse | polvoriento/polvorienta | staubig | empoeirado/empoeirada | polveroso/polverosa
dirty | sale | sucio/sucia | schmutzig/dreckig | sujo/suja | sporco/sporca
glossy | - | lustroso/lustrosa | hochglänzend | lustroso/lustrosa | lucido/lucida
glowing | lumineuses/incandescent/incandescente | resplandeciente/incandescente | glühend | resplandecente/incandescente | incandescente
sparkling | étincelant/étincelante/pétillant | centelleante/chispeante | funkelnd | cintilante/faiscante | scintillante/frizzante
glittering | scintillant/scintillante/pailleté | - | glitzernd | - | -
dim | tamisé/tamisée | tenue/penumbroso/penumbrosa | schummrig/gedämpft | penumbroso/penumbrosa/tênue/mortiço | fioco/fioca/soffuso/soffusa
gloomy | morne | lúgubre/sombrío/sombría | düster/trüb | sombrio/sombria/lúgubre | cupo/cupa/tetro/tetra
shady | ombragé/ombragée | sombreado/sombreada/umbrío | schattig | sombreado/sombreada | ombreggiato/ombreggiata/ombroso
windy | venteux/venteuse | ventoso/ventosa | windig | ventoso/ventosa | ventoso/ventosa
icy | glacial/glaciale/verglacé | gélido/gélida | eisig | gélido/gélida | gelido/gelida
misty | brumeuses | neblinoso/neblinosa | dunstig | brumoso | brumoso/brumosa
wavy | ondulé/ondulée | - | wellig/gewellt | ondulado/ondulada | ondulato/ondulata
fiery | ardent/ardente/flamboyant/flamboyante | fogoso/fogosa/ígneo/ígnea | feurig | flamejante/ígneo/ígnea | infuocato/infuocata/focoso
burning | - | ardiente | brennende/brennender | ardente | bruciante
ancient | antique/ancestral/millénaire | - | antik/uralt | - | -
shaggy | hirsute/ébouriffé/ébouriffée | desgreñado/desgreñada/lanudo | zottelig/struppig | desgrenhado/desgrenhada | arruffato/arruffata/irsuto
elderly | âgé/âgée | anciano/anciana | betagt | idoso/idosa | anziano/anziana
youthful | juvénile | juvenil | jugendlich | juvenil/juvenis/jovial | giovanile
fresh | frais/fraiche | fresco/fresca | frisch | fresco/fresca | fresco/fresca
rotten | pourri/pourrie | podrido/podrida | faul/verfault | podre | marcio/marcia/marce
ripe | - | maduro/madura | reif | maduro/madura | maturo/matura
raw | cru/crue | crudo/cruda | roh | cru/crua | crudo/cruda
cooked | cuit/cuite | cocido/cocida/cocinado/cocinada | gekocht | cozido/cozida/cozinhado | cotto/cotta
roasted | rôti/rôtie | asado/asada | geröstet | assado/assada | arrosto/arrostito/arrostita
fried | frit/frite | frito/frita | gebraten/frittiert | frito/frita | fritto/fritta
baked | cuit au four/cuite au four/cuits au four | horneado/horneada | gebacken | assado no forno/assada no forno/forneado | al forno/cotto al forno/cotta al forno
grilled | grillé/grillée | a la parrilla/a la plancha/parrillado/parrillada | gegrillt | grelhado/grelhada | grigliato/grigliata/alla griglia
sweet | sucré/sucrée | dulce | - | doce | dolce
sour | acide/aigre | ácido/ácida/agrio/agria | sauer/saure/saurer | azedo/azeda | aspro/aspra/acido/acida
bitter | amer/amère | amargo/amarga | bitter | amargo/amarga | amaro/amara
salty | salé/salée | salado/salada | salzig | salgado/salgada | salato/salata
spicy | épicé/épicée/piquant/piquante | picante/picoso/picosa | würzig | picante/apimentado/apimentada | piccante/speziato/speziata
juicy | juteux/juteuse | jugoso/jugosa | saftig | suculento/suculenta | succoso/succosa/sugoso
crispy | croustillant/croustillante | crujiente | knusprig | crocante | croccante
crunchy | croquant/croquante | crocante | knackig | estaladiço/estaladiça | croccante/scrocchiarello
creamy | crémeux/crémeuse | cremoso/cremosa | cremig | cremoso/cremosa | cremoso/cremosa
tasty | savoureux/savoureuse | sabroso/sabrosa | - | saboroso/saborosa/gostoso/gostosa | gustoso/gustosa/saporito/saporita
peaceful | - | apacible/pacífico/pacífica | - | pacífico/pacífica/sossegado | pacifico/pacifica
quiet | tranquille | callado/callada | - | quieto/quieta/sossegado/sossegada | quieto/quieta
noisy | bruyant/bruyante | ruidoso/ruidosa | lärmend | barulhento/barulhenta | rumoroso/rumorosa
loud | sonore/tonitruant/tonitruante | estruendoso/estruendosa | laut | estrondoso/estrondosa | fragoroso/fragorosa/chiassoso
silent | silencieux/silencieuse | silencioso/silenciosa | lautlos/schweigend | silencioso/silenciosa | silenzioso/silenziosa
cheerful | gai/gaie/enjoué/enjouée | alegre | fröhlich | alegre | allegro/allegra
joyful | joyeuses | gozoso/gozosa/jubiloso | freudig | jubiloso/jubilosa/radiante | gioioso/gioiosa
nostalgic | nostalgique | nostálgico/nostálgica | nostalgisch | nostálgico/nostálgica | nostalgico/nostalgica
proud | fier/fière | orgulloso/orgullosa | stolz | orgulhoso/orgulhosa | orgoglioso/orgogliosa/fiero
shy | timide | tímido/tímida | schüchtern | tímido/tímida | timido/timida
brave | courageux/courageuse/brave | valiente | mutig/tapfer | corajoso/corajosa/valente | coraggioso/coraggiosa
fierce | féroce | feroz | grimmig | feroz | feroce
gentle | douce/délicat/délicate | - | sanft | meigo/meiga/gentil | mite
curious | curieux/curieuse | curioso/curiosa | neugierig | curioso/curiosa | curioso/curiosa
nervous | nerveux/nerveuse | nervioso/nerviosa | nervös | nervoso/nervosa | nervoso/nervosa
worried | inquiet/inquiète | preocupado/preocupada | besorgt | preocupado/preocupada | preoccupato/preoccupata
excited | excité/excitée/enthousiaste | emocionado/emocionada | aufgeregt | animado/animada/empolgado/empolgada | entusiasta/eccitato/eccitata
bored | ennuyé/ennuyée | aburrido/aburrida | gelangweilt | entediado/entediada | annoiato/annoiata
hungry | affamé/affamée | hambriento/hambrienta | hungrig | faminto/faminta | affamato/affamata
sick | malade | enfermo/enferma | krank | doente | malato/malata
healthy | sain/saine | sano/sana/saludable | gesund | saudável | sano/sana/salutare
strong | fort/forte/costaud | fuerte | stark | forte | forte
weak | faible | débil | schwach | fraco/fraca | debole
pretty | - | - | - | - | grazioso/graziosa
handsome | séduisant/séduisante | guapo/guapa | gutaussehend/attraktiv | bonitão/atraente | avvenente/aitante
lovely | ravissant/ravissante | precioso/preciosa | reizend/lieblich | - | incantevole
charming | charmant/charmante | encantador/encantadora | charmant | encantador/encantadora/charmoso | affascinante
graceful | gracieux/gracieuse | grácil/garboso/garbosa | anmutig | gracioso/graciosa | aggraziato/aggraziata
fancy | chic/sophistiqué/sophistiquée | sofisticado/sofisticada | edel | chique/sofisticado/sofisticada | chic/sofisticato/sofisticata
ornate | orné/ornée/ouvragé | ornamentado/ornamentada | verziert/prunkvoll | ornamentado/ornamentada/ornado | ornato/ornata/decorato
luxurious | luxueux/luxueuse | lujoso/lujosa | luxuriös | luxuoso/luxuosa | lussuoso/lussuosa
rich | riche | rico/rica | reich | rico/rica | ricco/ricca
expensive | cher/chère | caro/costoso/costosa | teuer/teure/teurer | caro/dispendioso/dispendiosa | caro/costoso/costosa
cheap | bon marché/économique | barato/barata | billig/günstig | barato/barata | economico/economica
deserted | - | - | menschenleer/öde | - | -
abandoned | abandonné/abandonnée | abandonado/abandonada | verlassene/verlassener | abandonado/abandonada | abbandonato/abbandonata
ruined | en ruine | en ruinas/arruinado/arruinada/ruinoso | verfallen/zerstört | em ruínas/arruinado/arruinada | in rovina/diroccato/diroccata
cracked | fissuré/fissurée/craquelé/fêlé | agrietado/agrietada/rajado | rissig/gesprungen | rachado/rachada | crepato/crepata/incrinato
torn | déchiré/déchirée | rasgado/rasgada | zerrissen | rasgado/rasgada | strappato/strappata
messy | désordonné/désordonnée/en désordre | desordenado/desordenada | unordentlich/chaotisch | bagunçado/bagunçada/desarrumado | disordinato/disordinata
straight | rectiligne | recto/recta | geraden/gerader/gerades/geradlinig | reto/reta | dritto/dritta/rettilineo
curved | courbé/courbée/courbe | curvo/curva/curvado | gebogen | curvo/curva | curvo/curva
crooked | tordu/tordue/de travers | torcido/torcida/chueco | krumm | torto/entortado/tortuoso | storto/storta
oval | ovale | ovalado/ovalada | oval | oval/ovalado/ovalada | ovale
triangular | triangulaire | triangular | dreieckig | triangular | triangolare
rectangular | rectangulaire | rectangular | rechteckig | retangular | rettangolare
pointed | pointu/pointue | puntiagudo/puntiaguda | spitz/zugespitzt | pontiagudo/pontiaguda/bicudo | appuntito/appuntita/aguzzo
hollow | creux/creuse | hueco/hueca | hohl | oco/oca | cavo/cava
solid | solide/massif/massive | sólido/sólida/macizo | massiv | sólido/sólida/maciço | solido/solida/massiccio
spotted | tacheté/tachetée | moteado/moteada/manchado | gefleckt | malhado/malhada/manchado | maculato/maculata/chiazzato
dotted | à pois/pointillé/pointillée | punteado/punteada/de lunares | gepunktet | pontilhado/pontilhada/de bolinhas | punteggiato/punteggiata/a pois
checkered | à carreaux/quadrillé/quadrillée | a cuadros/cuadriculado/cuadriculada | kariert | quadriculado/quadriculada/axadrezado | a quadri/a scacchi/quadrettato/quadrettata
patterned | à motifs | - | gemustert | estampado/estampada | a motivi/stampato/stampata
vivid | vif/vive/éclatant/éclatante | vívido/vívida/intenso/intensa | - | vívido/vívida/intenso/intensa | vivido/vivida
faded | délavé/délavée/décoloré/fané | desteñido/desteñida/descolorido | verblasst/ausgebleicht | - | sbiadito/sbiadita
woolen | en laine/de laine/laineux | de lana/lanudo/lanuda | wollene/wollener/aus wolle | de lã/lanoso/lanosa | di lana/lanoso/lanosa
magical | - | - | zauberhaft | - | magiche
enchanted | enchanté/enchantée | encantado/encantada/hechizado | verzaubert | encantado/encantada | incantato/incantata
cursed | maudit/maudite | maldito/maldita | verflucht | amaldiçoado/amaldiçoada/maldito | maledetto/maledetta
dangerous | dangereux/dangereuse | peligroso/peligrosa | gefährlich | perigoso/perigosa | pericoloso/pericolosa
creepy | inquiétant/inquiétante/glauque | siniestro/siniestra | - | arrepiante | inquietante/raccapricciante
silly | loufoque/niais/niaise | tonto/tonta/bobo/boba | albern/doof | bobo/boba/tolo/tola | sciocco/sciocca
weird | - | - | - | esquisito/esquisita | bizzarro/bizzarra
royal | royal/royale | regio/regia/de la realeza | königlich | régio/régia/da realeza | regio/regia/regi
rural | rural/rurale/campagnard | rural/campestre | ländlich | rural/campestre | rurale/campestre
urban | urbain/urbaine | urbano/urbana | städtisch/urban | urbano/urbana | urbano/urbana
arctic | arctique/polaire | ártico/ártica/polar | arktisch | ártico/ártica/polar | artico/artica/polare
exotic | exotique | exótico/exótica | exotisch | exótico/exótica | esotico/esotica
heavenly | céleste/divin/divine | celestial/divino/divina | himmlisch | celestial/divino/divina | celestiale/paradisiaco/paradisiaca
gorgeous | splendide | espléndido/espléndida | wunderschön | lindíssimo/lindíssima/deslumbrante | splendido/splendida/stupendo
majestic | majestueux/majestueuse | majestuoso/majestuosa | majestätisch | majestoso/majestosa | maestoso/maestosa
vast | vaste/immense | vasto/vasta/inmenso/inmensa | weitläufig | vasto/vasta/imenso/imensa | vasto/vasta/immenso/immensa
distant | lointain/lointaine | lejano/lejana/distante | fern/entfernt | distante/longínquo/longínqua | lontana/distante
open | ouvert/ouverte | abierto/abierta | offen/geöffnet | aberto/aberta | aperto/aperta
closed | - | cerrado/cerrada | geschlossen | fechado/fechada | chiuso/chiusa
hidden | caché/cachée | escondido/escondida/oculto/oculta | versteckt/verborgen | escondido/escondida/oculto/oculta | nascosto/nascosta
barefoot | pieds nus/nu-pieds | descalzo/descalza | barfuß/barfüßig | descalço/descalça | scalzo/scalza/a piedi nudi
asleep | - | - | - | adormecido/adormecida | -
awake | éveillé/éveillée/réveillé | despierto/despierta | wach | acordado/acordada/desperto | sveglio/sveglia/svegli
alive | vivant/vivante | - | lebendig | - | -
dead | mort/morte | muerto/muerta | tot | morto/morta | morto/morta
sunlit | baigné de soleil/inondé de soleil | bañado por el sol/iluminado por el sol | sonnenbeschienen | banhado de sol/iluminado pelo sol | baciato dal sole/illuminato dal sole
moonlit | éclairé par la lune | iluminado por la luna | mondbeschienen | enluarado/enluarada | illuminato dalla luna
starry | - | estrellado/estrellada | sternenklar | estrelado/estrelada | stellato/stellata
gray | - | - | - | - | grigi
poor | pauvre | pobre | armen/armer/armes/bedürftig | pobre | povero/povera
slow | lent/lente | lento/lenta | langsam | lento/lenta | lento/lenta
tame | apprivoisé/apprivoisée | manso/mansa/domesticado/domesticada | zahm | manso/mansa/domesticado/domesticada | addomesticato/addomesticata/mansueto/mansueta
rustic | rustique/rustiques | rustico/rustica/rusticos/rusticas | rustikal/rustikale | rustico/rustica/rusticos/rusticas | rustico/rustica/rustici/rustiche
busy | occupé/occupée | ocupado/ocupada/concurrido/concurrida | beschäftigt/belebt | ocupado/ocupada/movimentado/movimentada | occupato/occupata/impegnato/impegnata
wise | sage | sabio | weiser/weises/klug | sábio | saggio/saggia/sagge
fake | faux/fausse | falso/falsa | unecht/gefälscht | falso/falsa | finto/finta/falso/falsa
early | précoce/tôt | temprano/temprana/madrugador/madrugadora | früh | precoce/cedo | precoce/mattutino/mattutina
late | tardif/tardive/tard | tardío/tardía/atrasado/atrasada | spät/verspätet | tardio/tardia/atrasado/atrasada | tardo/tarda
crimson | cramoisi/cramoisie | carmesí | karmesinrot/purpurrot | carmesim | cremisi
scarlet | écarlate | escarlata | scharlachrot | escarlate | scarlatto/scarlatta
khaki | kaki | caqui | khaki/khakifarben | cáqui | cachi/kaki
silvery | - | - | silbrig | - | argenteo/argentea
shimmering | chatoyant/chatoyante | tornasolado/tornasolada | schimmernd | - | cangiante
luminous | - | - | - | - | -
shadowy | ténébreux/ténébreuse | - | - | - | tenebroso/tenebrosa
hazy | - | - | diesig | - | velato/velata
frosty | - | escarchado/escarchada | frostig/vereist | coberto de geada | brinato/brinata
humid | - | - | schwül | húmido/húmida | -
sandy | sableux/sableuse/sablonneux/sablonneuse | arenoso/arenosa | sandig | arenoso/arenosa | sabbioso/sabbiosa
rocky | rocheux/rocheuse | rocoso/rocosa/rocalloso/rocallosa | felsig/steinig | rochoso/rochosa/pedregoso/pedregosa | roccioso/rocciosa
grassy | herbeux/herbeuse/herbu/herbue | herboso/herbosa/cubierto de hierba | grasbewachsen/grasig | - | erboso/erbosa
leafy | feuillu/feuillue | frondoso/frondosa | belaubt | frondoso/frondosa | frondoso/frondosa
floral | florale/floraux | floreado/floreada | geblümt/blumig | florais | floreale
hilly | vallonné/vallonnée | montuoso/montuosa/accidentado/accidentada | hügelig | acidentado/acidentada | collinare/collinoso/collinosa
mountainous | montagneux/montagneuse | montañoso/montañosa | bergig/gebirgig | montanhoso/montanhosa | montuoso/montuosa/montagnoso/montagnosa
polar | - | - | polar | - | -
baroque | baroque | barroco/barroca | barock | barroco/barroca | barocco/barocca
traditional | traditionnel/traditionnelle | tradicional | traditionell | tradicional | tradizionale
noble | noble | noble | edle/edler/adlig | nobre | nobile
shabby | miteux/miteuse | raído/raída/desgastado/desgastada/andrajoso/andrajosa | schäbig | surrado/surrada/esfarrapado/esfarrapada/desgastado/desgastada | logoro/logora/trasandato/trasandata/malandato/malandata
ragged | déguenillé/déguenillée/loqueteux/loqueteuse/en haillons | harapiento/harapienta/andrajoso/andrajosa | zerlumpt | esfarrapado/esfarrapada/maltrapilho/maltrapilha | stracciato/stracciata/cencioso/cenciosa
worn | usé/usée/élimé/élimée | gastado/gastada/desgastado/desgastada | abgenutzt/abgetragen | desgastado/desgastada/usado/usada | consumato/consumata/logoro/logora/usurato/usurata
moldy | moisi/moisie | mohoso/mohosa/enmohecido/enmohecida | schimmelig/verschimmelt | mofado/mofada/bolorento/bolorenta | ammuffito/ammuffita
mossy | moussu/moussue | musgoso/musgosa/cubierto de musgo | moosig/bemoost | musgoso/musgosa | muschioso/muschiosa/coperto di muschio
overgrown | envahi/envahie/envahi par la végétation | cubierto de maleza/invadido/invadida/enmarañado/enmarañada | überwuchert/verwildert/zugewachsene/zugewachsener | coberto de vegetação/tomado pelo mato | ricoperto di vegetazione/incolto/incolta/invaso/invasa
holy | saint/sainte/sacré/sacrée | santo/santa/sagrado/sagrada | heilig | santo/santa/sagrado/sagrada | santo/santa/sacro/sacra
sacred | sacré/sacrée | sagrado/sagrada | heilig | sagrado/sagrada | sacro/sacra
divine | - | - | göttlich | - | divino/divina
petite | fluet/fluette | bajita/chiquita/delicada | zierlich | pequenina/baixinha/mignon | esile/piccolina
slender | élancé/élancée | - | - | delgado/delgada | slanciato/slanciata
chubby | potelé/potelée/joufflu/joufflue | regordete/rechoncho/rechoncha/gordito/gordita | - | gordinho/gordinha/rechonchudo/rechonchuda | paffuto/paffuta/cicciottello/cicciottella
plump | dodu/dodue/grassouillet/grassouillette/rondelet/rondelette | rollizo/rolliza/regordete | rundlich | roliço/roliça/rechonchudo/rechonchuda | grassoccio/grassoccia/grassocce/paffuto/paffuta
muscular | musclé/musclée | musculoso/musculosa | muskulös | musculoso/musculosa | muscoloso/muscolosa
aged | vieilli/vieillie | envejecido/envejecida/añejo/añeja | gealtert | envelhecido/envelhecida | invecchiato/invecchiata/stagionato/stagionata
newborn | - | recién nacido/recién nacida | neugeboren | recém-nascido/recém-nascida | -
freckled | taché de rousseur/tachée de rousseur/tachés de rousseur | pecoso/pecosa | sommersprossig | sardento/sardenta | lentigginoso/lentigginosa
bearded | barbu/barbue | barbudo/barbuda | bärtig | barbudo/barbuda | barbuto/barbuta
blond | blond/blonde | rubio/rubia | blond | loiro/loira/louro/loura | biondo/bionda
brunette | - | moreno/morena | brünett/dunkelhaarig | moreno/morena | castano/castana/bruno/bruna/mora
tanned | hâlé/hâlée | bronceado/bronceada | gebräunt/braungebrannt | bronzeado/bronzeada | abbronzato/abbronzata
clumsy | maladroit/maladroite | torpe/patoso/patosa | tollpatschig/ungeschickt | desajeitado/desajeitada/desastrado/desastrada | goffo/goffa/maldestro/maldestra/impacciato/impacciata
lazy | paresseuses/fainéant/fainéante | holgazán/holgazana | träge/träger | preguiçoso/preguiçosa | pigro/pigra
jolly | jovial/joviale | jovial | vergnügt | - | gioviale
merry | - | - | - | - | -
grumpy | grincheux/grincheuse/ronchon/ronchonne | gruñón/gruñona/cascarrabias | mürrisch/griesgrämig | rabugento/rabugenta/resmungão/resmungona | scontroso/scontrosa/brontolona
furious | - | - | rasend | - | furiose/furibondo/furibonda
ferocious | - | - | - | - | -
tender | tendre | - | zart/zärtlich | delicado/delicada | tenero/tenera
loving | affectueux/affectueuse/aimant/aimante | cariñoso/cariñosa/amoroso/amorosa | liebevoll | carinhoso/carinhosa/amoroso/amorosa | affettuoso/affettuosa/amorevole
playful | espiègle | juguetón/juguetona | verspielt | brincalhão/brincalhona | giocoso/giocosa/scherzoso/scherzosa/giocherellone
naughty | coquin/coquine/polisson/polissonne | travieso/traviesa | frech/unartig | travesso/travessa/malcriado/malcriada | birichino/birichina/monello/monella/cattivello/cattivella
astonished | étonné/étonnée/stupéfait/stupéfaite | asombrado/asombrada/atónito/atónita | erstaunt/verblüfft | pasmado/pasmada/atónito/atónita | stupito/stupita/sbalordito/sbalordita
frightened | - | atemorizado/atemorizada | erschrocken | amedrontado/amedrontada | impaurito/impaurita
terrified | terrifié/terrifiée/terrorisé/terrorisée | aterrorizado/aterrorizada/aterrado/aterrada | entsetzt | aterrorizado/aterrorizada/apavorado/apavorada | terrorizzato/terrorizzata/atterrito/atterrita
anxious | - | ansioso/ansiosa/inquieto/inquieta | ängstlich | ansioso/ansiosa/aflito/aflita | ansioso/ansiosa/inquieto/inquieta
sorrowful | affligé/affligée/attristé/attristée/peiné/peinée | apenado/apenada/afligido/afligida/dolido/dolida | betrübt/bekümmert | pesaroso/pesarosa/aflito/aflita | addolorato/addolorata/afflitto/afflitta/mesto/mesta
melancholic | mélancolique | melancólico/melancólica | melancholisch/schwermütig | melancólico/melancólica | malinconico/malinconica
serene | serein/sereine | sereno/serena | heiter/gelassen | sereno/serena | sereno/serena
tranquil | - | sosegado/sosegada | still | - | placido/placida
festive | festif/festive | festivo/festiva | festlich | festivo/festiva | festoso/festosa/festivo/festiva
solemn | solennel/solennelle | solemne | feierlich | solene | solenne
dramatic | - | - | dramatischer/dramatisches | - | drammatico/drammatica
grand | grandiose | grandioso/grandiosa | grandios/prachtvoll | grandioso/grandiosa | grandioso/grandiosa
stunning | époustouflant/époustouflante/superbe | impresionante/deslumbrante | atemberaubend/umwerfend | estonteante | mozzafiato
splendid | - | - | prächtig/herrlich | esplêndido/esplêndida | -
magnificent | - | - | prächtig/großartig | magnífico/magnífica | magnifiche
hideous | hideux/hideuse/affreux/affreuse | espantoso/espantosa/horrendo/horrenda | scheußlich/abscheulich | hediondo/hedionda/medonho/medonha/horrendo/horrenda | orrendo/orrenda/schifoso/schifosa
grotesque | grotesque | grotesco/grotesca | grotesk | grotesco/grotesca | grottesco/grottesca
eerie | - | inquietante | gespenstisch | inquietante | -
sinister | sinistre | - | finster/unheilvoll | - | bieco/bieca/minaccioso/minacciosa
ominous | menaçant/menaçante/de mauvais augure | amenazador/amenazadora | bedrohlich/unheilvoll | agourento/agourenta/ameaçador/ameaçadora | minaccioso/minacciosa/infausto/infausta
bloody | sanglant/sanglante/ensanglanté/ensanglantée | sangriento/sangrienta/ensangrentado/ensangrentada | blutig | sangrento/sangrenta/ensanguentado/ensanguentada | sanguinoso/sanguinosa/insanguinato/insanguinata
sticky | poisseux/poisseuse | pegajoso/pegajosa | klebrig | pegajoso/pegajosa/grudento/grudenta | appiccicoso/appiccicosa
slimy | visqueux/visqueuse/gluant/gluante | viscoso/viscosa/baboso/babosa | schleimig | viscoso/viscosa/gosmento/gosmenta | viscido/viscida/viscoso/viscosa
greasy | graisseux/graisseuse | grasiento/grasienta/grasoso/grasosa | fettig | gorduroso/gordurosa/engordurado/engordurada | unto/unta/untuoso/untuosa
oily | huileux/huileuse | aceitoso/aceitosa | ölig | oleoso/oleosa | oleoso/oleosa
boiling | bouillant/bouillante | hirviendo/hirviente | siedend | fervente/a ferver | -
smoky | enfumé/enfumée/plein de fumée | ahumado/ahumada | rauchig/verraucht | enfumaçado/enfumaçada/esfumaçado/esfumaçada/fumado/fumada | fumoso/fumosa/affumicato/affumicata
burnt | brûlé/brûlée | quemado/quemada | verbrannt/angebrannt | queimado/queimada | bruciato/bruciata
flaming | enflammé/enflammée/en flammes | llameante | flammend/lodernd | - | fiammeggiante
translucent | translucide | translúcido/translúcida | durchscheinend/lichtdurchlässig | translúcido/translúcida | traslucido/traslucida
silken | - | - | - | - | -
leathery | coriace/parcheminé/parcheminée | correoso/correosa/acartonado/acartonada | ledrig/lederartig | coriáceo/coriácea | coriaceo/coriacea
velvety | velouté/veloutée | aterciopelado/aterciopelada | samtig | aveludado/aveludada | vellutato/vellutata
fuzzy | duveteuses/pelucheux/pelucheuse | velloso/vellosa | flaumig | penugento/penugenta | lanuginoso/lanuginosa
bushy | touffu/touffue/broussailleux/broussailleuse | tupido/tupida | buschig | basto/basta | folto/folta/cespuglioso/cespugliosa
spiky | hérissé/hérissée | erizado/erizada/con púas | stachelig | espetado/espetada | irto/irta
thorny | épineux/épineuse | espinoso/espinosa | dornig | espinhoso/espinhosa | spinoso/spinosa
prickly | épineux/épineuse | espinoso/espinosa/punzante | stachelig/pieksig | espinhoso/espinhosa/pontudo/pontuda | pungente/spinoso/spinosa
bumpy | cahoteux/cahoteuse/bosselé/bosselée | irregular/lleno de baches/bacheado/bacheada | holprig/uneben | esburacado/esburacada/irregular | accidentato/accidentata/sconnesso/sconnessa/bitorzoluto/bitorzoluta
twisted | tortueux/tortueuse | retorcido/retorcida | verdreht/gewunden | torcido/torcida/retorcido/retorcida | contorto/contorta/attorcigliato/attorcigliata
bent | plié/pliée | doblado/doblada | verbogen | dobrado/dobrada/curvado/curvada | piegato/piegata
blunt | émoussé/émoussée | romo/desafilado/desafilada | stumpf | rombo/romba/embotado/embotada | smussato/smussata/spuntato/spuntata
jagged | déchiqueté/déchiquetée/dentelé/dentelée | dentado/dentada/recortado/recortada/irregular | zackig/gezackt/schroff | denteado/denteada/recortado/recortada | frastagliato/frastagliata/seghettato/seghettata
remote | isolé/isolée/reculé/reculée | remoto/remota/apartado/apartada/aislado/aislada | abgelegen/entlegen | remoto/remota/isolado/isolada | remoto/remota/isolato/isolata/sperduto/sperduta
nearby | proche | cercano/cercana | nahen/naher/nahes/nahegelegen/benachbart | circundante | vicina/nei dintorni
visible | visible | visible | sichtbar | visível | visibile
invisible | invisible | invisible | unsichtbar | invisível | invisibile
unknown | - | - | unbekannt | - | ignoto/ignota
ordinary | banal/banale | común | gewöhnlich | comum | ordinari/ordinarie/comune
rare | rare | poco común | selten | raro/rara | raro/rara
odd | - | - | merkwürdig | - | -
bizarre | - | estrafalario/estrafalaria | bizarr | bizarro/bizarra | -
tragic | - | - | tragischer/tragisches | - | tragici/tragiche
heroic | - | - | heldenhaft/heroischer/heroisches | - | eroico/eroica
wicked | malveillant/malveillante | perverso/perversa | böser/boshaft | perverso/perversa | malvagi/perfido/perfida
cruel | cruel/cruelle | cruel | grausam | cruel | crudele
brutal | brutale/brutaux | - | brutal | brutais | brutali
violent | violente | violento/violenta | gewalttätig/heftig | violento/violenta | violento/violenta
savage | - | - | grausam | - | selvagge
foreign | étranger/étrangère | extranjero/extranjera | fremd/ausländisch | estrangeiro/estrangeira | straniero/straniera/estero/estera
"""

# verbs of a request (imperative/infinitive) and actions shown (-ing)
VERBS = """
go back | reviens/revenir/retourne/retourner/revenez/retournez | vuelve/volver/regresa/regresar/vuelva/regrese | geh zuruck/gehe zuruck/zuruckgehen/geh zurueck | volta/voltar/volte/retorna/retornar | torna/tornare/ritorna/ritornare/torniamo
see | vois/voir/voyez | ves/ver | siehst/sehen/sieht | ve/ver/vês | vedi/vedere/vede
print | imprimer/imprime | imprimir/imprime | drucken/drucke | imprimir/imprime | stampare/stampa
make me some | - | - | - | - | fammene/fammi vedere
draw | dessine/dessiner | dibuja/dibujar/dibuje | zeichne/zeichnen | desenha/desenhe | disegna/disegnare
draw | dessinez/dessines | dibujes/dibujen/dibujad | zeichnet/zeichnest | desenhar | disegnate/disegni/mi disegni/mi disegneresti/mi disegnate
paint | peins/peindre/peignez | pinta/pintar/pinte | male/malen/mal | pinta/pinte/pintar | dipingi/dipingere
make | fais/faire/faites/rends/rendre/rendez | haz/hacer/haga/crea | mach/mache/machen | faz/faca/fazer/cria/crie/deixa/deixe | fa/fai/fare/crea
make | cree/creer | crear/cree | erstelle/erstellen | criar/gera | creare/genera
make | creez | genera/generar | erzeuge | gere/gerar | generare/rendi/rendere
put | mets/mettre | pon/poner/ponga | setze/setz | poe/por/coloca | metti/mettere
put | mettez | coloca/colocar | stell/stelle | coloque/colocar/bota | mettete
put | - | - | - | pode por/podes por/pode colocar | -
fallen | tombe/tombé | caido | umgefallen | caido | caduto
add | ajoute/ajouter | anade/anadir/agrega | fuge/fug | adiciona/adicione | aggiungi
add | ajoutez | agregar/anada | hinzufugen | adicionar/acrescenta | aggiungere
add | - | - | - | - | mettici/aggiungici/mettiamoci/aggiungiamoci
remove | - | - | - | - | toglici/levaci/toglile/toglili
remove | enleve/enlever/retire/retirer/enlevez/retirez/enleves/retires | quita/quitar/elimina/quite/quiten/quitad/saquen | entferne/entfernen/entfernt/nimm weg | tira/tire/tirar/tirem/retira/retire | togli/togliere/togliete/tolga/levate
remove | supprime/supprimer/ote | eliminar/borra/saca | losche | remove/remova/remover | rimuovi/elimina
change | change/changer/modifie | cambia/cambiar | andere/andern | muda/mude/mudar/altera | cambia/cambiare/modifica
change the text to | change le texte pour/changer le texte pour/change le texte en/remplace le texte par | cambia el texto a/cambia el texto por/cambiar el texto a | andere den text in/andere den text zu/andere den text auf | muda o texto para/mude o texto para/troca o texto para | cambia il testo in/cambia il testo con/cambia la scritta in
show | montre/montrer | muestra/mostrar | zeig/zeige/zeigen | mostra/mostre/mostrar | mostra/mostrare
depict | représente/représenter | representa/representar | darstellen/stelle dar/stell dar | representa/representar | rappresenta/rappresentare/raffigura/raffigurare
give | donne/donner | da/dame/dar | gib/geben/gebt/gibst | da/de/dar | da/dai/dare
give it | - | ponle/ponerle/ponles/ponerles/agregale/agregarle/anadele/anadirle | - | - | -
turn it into | transforme-la en/transforme-le en/transforme-les en | conviertela en/convertirla en/conviertelo en/convertirlo en/transformala en/transformalo en/transformarla en/transformarlo en/transforma en/convierte en | - | transforma-a em/transforma-o em/transforme-a em/transforme-o em/transformala em/transformalo em/transforma numa/transforma num/transforma em/transforme numa/transforme num/transforme em | trasformala in/trasformalo in/trasformarla in/trasformarlo in/trasformali in/trasformale in/trasformarli in/trasformarle in
more pastel | plus pastel | mas pastel | pastelliger | mais pastel | piu pastello
pastel colours | couleurs pastel/tons pastel | colores pastel/tonos pastel | pastellfarben/pastelltone | cores pastel/tons pastel | colori pastello/toni pastello
sheet music | partition/partitions | partitura/partituras | noten/notenblatt | partitura/partituras | spartito/spartiti
resting on | pose sur/posee sur/appuye contre/appuyee contre | apoyado en/apoyada en/apoyado sobre/apoyada sobre | liegt auf/lehnt an | apoiado em/apoiada em/apoiado sobre | appoggiato su/appoggiata su/appoggiato a/appoggiata a/appoggiato sopra
amazon rainforest | foret amazonienne | selva amazonica | amazonas-regenwald/regenwald des amazonas | floresta amazonica | foresta amazzonica
margherita pizza | pizza margherita | pizza margarita | pizza margherita | pizza margherita/pizza marguerita | pizza margherita
turn into | transforme en/transformer en/change en | convierte en/convertir en/transforma en/transformar en | verwandle in/verwandeln in/mach daraus | transforma em/transformar em/transforme em/converte em/converter em | trasforma in/trasformare in
replace | remplace/remplacer/remplacez | reemplaza/reemplazar/reemplace/sustituye/sustituir | ersetze/ersetzen/ersetz | substitui/substitua/substituir/troca/troque/trocar | sostituisci/sostituire/rimpiazza
move | deplace/deplacer/deplacez/bouge | mueve/mover/mueva | verschiebe/verschieben/beweg/bewege | move/mova/mover | sposta/spostare/muovi
enlarge | agrandis/agrandir/agrandissez | agranda/agrandar/agrande/amplia/ampliar | vergrossere/vergrossern | aumenta/aumente/aumentar/amplia/amplie | ingrandisci/ingrandire
shrink | reduis/reduire/reduisez | reduce/reducir/reduzca/achica | verkleinere/verkleinern | reduz/reduza/reduzir/diminui/diminua | riduci/ridurre/rimpicciolisci
rotate | tourne/tourner/pivote | gira/girar/rotar | drehe/drehen/dreh | gira/gire/girar | ruota/ruotare/gira/girare
write | ecris/ecrire/ecrivez | escribe/escribir/escriba | schreibe/schreiben/schreib | escreve/escreva/escrever | scrivi/scrivere
erase | efface/effacer/effacez | borrar/borre | radiere/radieren | apaga/apague/apagar | cancella/cancellare
keep | garde/garder/gardez | manten/mantener/mantenga | behalte/behalten/behalt | mantem/mantenha/manter | mantieni/mantenere
transform | transforme/transformer/transformez | transforma/transformar/transforme | verwandle/verwandeln | transforma/transformar | trasforma/trasformare
animate | animer/animez | animar | animieren/animiere/animierst | animar | animare/animi
color | colorie/colorier/coloriez | colorea/colorear/colore | ausmalen | colore/colora/colorir | colora/colorare
fill | remplis/remplir/remplissez | rellena/rellenar | fulle/fullen | preenche/preencha/preencher | riempi/riempire
cut | coupe/couper/coupez | recorta/recortar/cortar | schneide/schneiden/schneid | corta/corte/cortar | taglia/tagliare
fix | corrige/corriger/corrigez | corrige/corregir/arregla/arreglar | korrigiere/korrigieren/repariere | corrige/corrija/corrigir/conserta | correggi/correggere
redo | refais/refaire/refaites | rehaz/rehacer | wiederhole | refaz/refaca/refazer | rifai/rifare
try | essaie/essaye/essayer/essayez | intenta/intentar/prueba | versuche/versuch | tenta/tente/tentar | prova/provare
imagine | imagine/imaginer/imaginez | imagina/imaginar/imagine | - | imagina/imagine/imaginar | immagina/immaginare
design | concois/concevoir | disena/disenar | entwirf/entwerfen | projeta/projete | progetta/progettare
illustrate | illustre/illustrer | ilustra/ilustrar | illustriere/illustrieren | ilustra/ilustre/ilustrar | illustra/illustrare
use | utilise/utiliser/utilisez/utilises | usa/usar/utiliza/usas/utilizas | verwende/verwenden/benutze/benutzt/benutzen/verwendest/nutzt | use/utilize/utilizar/usas/usa | usa/usare/utilizza/usi/utilizzi
model | modele | modelo | modell | modelo | modello
which | quel/quelle | cual | welches/welche/welcher/welchen | qual | quale
hide | cacher/cachez | esconde/esconder | verstecke/verstecken/versteck | esconde/esconda/esconder | nascondi/nascondere
center | centrer/centrez | centra/centrar | zentriere/zentrieren | centraliza/centralize | centra/centrare
send | envoie/envoyer/envoyez | envia/enviar/manda | schick/schicke/sende | envia/envie/enviar/manda | invia/inviare/manda
combine | combine/combiner/fusionne | combina/combinar | kombiniere/kombinieren | combina/combine/combinar | combina/combinare
darken | assombris/assombrir | oscurece/oscurecer | verdunkle/verdunkeln | escurece/escureca/escurecer | scurisci/scurire
brighten | eclaircis/eclaircir | aclara/aclarar | - | clareia/clareie/clarear | schiarisci/schiarire
take | prends/prendre/prenez | toma/tomar/coge/coger | nimm/nehmen | pega/pegar | prendi/prendere
sell | vendre | vender | verkaufen | vender | vendere
I sell | je vends | vendo/yo vendo | ich verkaufe | vendo/eu vendo | vendo/io vendo
we sell | nous vendons/on vend | vendemos | wir verkaufen | vendemos | vendiamo
"""
ING = """
marching | marche/marchant | marchando/marcha | marschiert/marschierend | marchando/marcha | marciando/marcia
playing | joue de la/joue du/jouant de la/jouant du/qui joue | tocando/toca | spielt/spielend | tocando/toca | suona/suonando/che suona
landing | atterrit/atterrissant/atterrir | aterrizando/aterriza | landet/landend | pousando/aterrissando/pousa | atterrando/atterra
watering | arrose/arrosant | regando/riega | giesst/giessend | regando/rega | innaffiando/innaffia/annaffiando/annaffia
running | court/courir/courant | corriendo/corre | lauft/laufend/rennt | correndo/corre | correndo/corre
sleeping | dort/dormir/dormant | durmiendo/duerme | schlaft/schlafend/schlafen | dormindo/dorme/dormir | dormendo/dorme
flying | vole/voler | volando/vuela | fliegt | voando/voa | volando/vola
swimming | nage/nager | nadando | schwimmt/schwimmend | nadando | nuotando/nuota
walking | marche | caminando/camina | geht/gehend | andando/anda | camminando
walking | marcher | andando | spaziert | caminhando | cammina
sitting | assis/assise | sentado | sitzt/sitzend | sentado | seduto
standing | debout | de pie/parado | steht/stehend | de pe/em pe | in piedi
parked | gare/garee/garé/garée/stationne/stationnee | aparcado/aparcada/estacionado/estacionada | geparkt/parkt/parkend | estacionado/estacionada/parado/parada | parcheggiato/parcheggiata/parcheggiati/parcheggiate
eating | mange/manger | comiendo/come | isst/essend/frisst | comendo/come | mangiando/mangia
fighting | se battant/combattant/qui combat | peleando/luchando/combatiendo | kampfend/kampft | lutando/combatendo | combattendo/lottando
against | contre | contra | gegen | contra | contro
reading | lire/lisant/qui lit/qui lisent | leyendo/lee | liest/lesend/vorliest/vorlesend | lendo/le | leggendo/legge
playing | joue/jouer | jugando/juega/tocando | spielt/spielend | brincando/jogando/tocando | giocando/gioca/suonando
dancing | danse/danser/dansent/dansant | bailando/baila/bailan | tanzt/tanzend/tanzen | dancando/danca/dancam/dancar | ballando/balla/ballano
singing | chante/chanter | cantando/canta | singt/singend | cantando/canta | cantando/canta
jumping | saute/sauter | saltando/salta | springt/springend | pulando/pula/saltando | saltando/salta
smiling | sourit/sourire/souriant | sonriendo/sonrie | lachelt/lachelnd | sorrindo/sorri | sorridendo/sorride
holding | tient/tenant | sosteniendo/sostiene | haltend | segurando/segura | tenendo/tiene
wearing | portant/porte | llevando/lleva/lleve/lleven | tragt/tragend | usando/usa/vestindo | indossando/indossa
look at | regarde/regardez | mira/mire | schau/schau dir/schaut euch | olha/olhe | guarda/guardate
looking at | regardant | mirando | schaut/betrachtet | olhando | guardando
riding | chevauche | montando/monta | reitet | montando/monta | cavalcando/cavalca
named | appele/nomme/qui s'appelle | llamado/que se llama | namens/genannt | chamado/que se chama | chiamato/di nome
saying | ecrit/avec ecrit | escrito/que dice | mit der aufschrift/mit dem text | escrito/que diz | scritto/con scritto
saying | qui dit | con el texto | geschrieben | com o texto | con la scritta
riding a bicycle | fait du velo/faisant du velo | andando en bicicleta/anda en bicicleta | fahrt fahrrad | a andar de bicicleta/andando de bicicleta/anda de bicicleta | andando in bicicletta/va in bicicletta
crying | pleure/pleurer | llorando/llora | weint/weinend | chorando/chora | piangendo/piange
drinking | boit/boire/buvant | bebiendo | trinkt/trinkend | bebendo | bevendo/beve
laughing | rit/rire/riant | riendo/rie | lacht/lachend | rindo | ridendo
fishing | peche/pecher/pechant | pescando/pesca | angelt/angelnd | pescando/pesca | pescando/pesca
painting | peignant/qui peint/qui peignent | pintando | malend | pintando | dipingendo/dipinge
drawing | dessinant | dibujando | zeichnend | desenhando | disegnando
cooking | cuisinant/cuisiner | cocinando | kocht/kochend | cozinhando | cucinando
climbing | grimpe/grimper/grimpant | escalando/trepando/trepa | klettert/kletternd | escalando/subindo | arrampicandosi/arrampica
fighting | combattant | luchando/lucha | kampft/kampfend | lutando/luta | combattendo/combatte
surfing | surfe/surfant | surfeando/surfea | surft/surfend | surfando/surfa | surfando/surfa
skiing | skie/skiant | esquiando/esquia | fahrt ski | esquiando/esquia | sciando/scia
hugging | enlace/enlacant | abrazando/abraza | umarmt/umarmend | abracando/abraca | abbracciando/abbraccia
kissing | embrasse/embrassant | besando/besa | kusst/kussend | beijando/beija | baciando/bacia
waving | salue/saluant | saludando/saluda | winkt/winkend | acenando/acena | salutando/saluta
lying | allonge/posé/posés/posée/posées | acostado/tumbado | liegt/liegend | deitado | sdraiato
writing | ecrivant | escribiendo | schreibt/schreibend | escrevendo | scrivendo
working | travaille/travaillant | trabajando/trabaja | arbeitet/arbeitend | trabalhando/trabalha | lavorando/lavora
floating | flotte/flottant | flotando/flota | schwebt/schwebend | flutuando/flutua | galleggiando/galleggia
shining | brille | brillando/brilla | leuchtet | brilhando/brilha | brillando/brilla
falling | tombe/tomber/tombant | cayendo/cae | fallt/fallend | caindo/cai | cadendo/cade
thinking | pense/pensant | pensando/piensa | denkt/denkend | pensando/pensa | pensando/pensa
hunting | chasse/chassant | cazando/caza | jagt/jagend | cacando | cacciando/caccia
meditating | medite/meditant | meditando/medita | meditiert/meditierend | meditando/medita | meditando/medita
sailing | navigue/naviguant | navegando/navega | segelt/segelnd | navegando/navega | navigando/naviga
driving | conduisant/conduire | conduciendo/conduce/manejando | fahrt/fahrend | dirigindo/dirige/conduzindo | guidando/guida
doing | faisant | haciendo | machend | fazendo | facendo
hanging on | accroche a/accrochee a/suspendu a/suspendue a | colgando de/colgado de | - | pendurado em/pendurada em | appeso a/appesa a
hanging | suspendu/suspendue/accroche | colgando/colgado | hangend/hangt | pendurado/pendurada/estendida/estendidas/estendido/estendidos | appeso/appesa
celebrating | fetant/celebrant | celebrando | feiernd/feiert | celebrando/comemorando | festeggiando
crossing | traversant/traverse | cruzando | uberquerend/uberquert | atravessando | attraversando
hugging | enlaces/s'enlacant | abrazados/abrazando | umarmend/umarmen | abracados/abracando | abbracciati/abbracciando
rescuing | sauve/sauvant | rescatando/rescata | rettet/rettend | resgatando/salvando | salvando/salva
resting | se reposant/se repose | descansando | ausruhend/ruht | descansando | riposando
delivering | livrant | entregando/entrega | liefernd/liefert | entregando/entrega | consegnando/consegna
drinking | buvant/boit | tomando/bebiendo | trinkend/trinkt | tomando/bebendo | bevendo/beve
winking | faisant un clin d'oeil/fait un clin d'oeil | guinando | zwinkernd/zwinkert | piscando | facendo l'occhiolino
riding bikes | font du velo/faisant du velo | andan en bici/andando en bici | radfahrend/fahren rad | andando de bicicleta/andam de bicicleta | vanno in bici/andando in bici
organizing | organise/organisant | organizando | organisiere/organisierend | organizando | organizzando
tasting | goutant | probando | probierend | provando | assaggia/assaggiando
climbing | grimpant | subiendo/escalando | klettert/kletternd | subindo/escalando | salendo/scalando
fixing | reparant | arreglando/reparando | reparierend | consertando | aggiustando/riparando
howling | hurlant/hurle | aullando/aulla | heulend/heult | uivando/uiva | ululando/ulula
sunbathing | prend le soleil/bronzant | tomando el sol | sonnt sich/sonnenbadend | tomando banho de sol/tomando sol | prendendo il sole
leaning | penche/penchee | inclinado/inclinada | schief/geneigt | inclinado/inclinada | pendente
roaring | rugit/rugissant | rugiendo/ruge | brullt/brullend | rugindo/ruge | ruggendo/ruggisce
"""

# function words: english, or "-" to drop; not counted as known or unknown
FUNCTION = """
a | un/une | un/una/uno | ein/eine/einen/einem/einer/eines | um/uma | un/una/uno
the | le/la/les/l | el/la/los/las/lo | der/die/das/den/dem/des | o/a/os/as | il/lo/la/i/gli/le/l
of | de/d | de | von/vom | de/d | di/d
of the | du | del | - | do/da/dos/das | del/dello/della/dei/degli/delle/dell
in | dans/en | en | in | em | in
in the | - | - | im | no/na/nos/nas | nel/nello/nella/nei/negli/nelle/nell
on | sur | sobre/encima | auf | sobre/em cima | su/sopra
on the | - | - | - | - | sul/sullo/sulla/sui/sugli/sulle/sull
at the | au/aux | al | am/beim | ao/aos | al/allo/alla/ai/agli/alle/all
at | a | a | an/bei | a | a/ad
on it | dessus | - | darauf/drauf | - | -
be | etre | ser/estar | - | ser/estar | essere
is | - | - | ist | - | -
should | devrait/devraient | deberia/deberian | sollte/sollten/soll/sollen | deveria/deveriam | dovrebbe/dovrebbero
in landscape format | au format paysage/en format paysage/format paysage/en paysage/a l'horizontale/format panoramique/panoramique | en formato horizontal/formato horizontal/en horizontal/apaisado/apaisada/en formato apaisado/formato apaisado/formato panoramico/panoramico/panoramica | im querformat/querformat/im breitformat/breitformat | em formato paisagem/formato paisagem/na horizontal/em paisagem/em formato horizontal/formato horizontal/formato panoramico/panoramico/panoramica | in formato orizzontale/formato orizzontale/in orizzontale/formato panoramico/panoramico/panoramica
in portrait format | au format portrait/en format portrait/format portrait/format vertical/a la verticale | en formato vertical/formato vertical/en vertical | im hochformat/hochformat | em formato retrato/formato retrato/na vertical/em formato vertical/formato vertical | in formato verticale/formato verticale/in verticale
in square format | au format carre/en format carre/format carre | en formato cuadrado/formato cuadrado | im quadratischen format/quadratisches format | em formato quadrado/formato quadrado | in formato quadrato/formato quadrato
some | un peu de/un peu d | un poco de | ein bisschen/ein wenig | um pouco de | un po' di/un poco di
what if it was | et si c'etait/et si ce etait/et si c etait | y si fuera/y si fuese/y si estuviera | - | e se fosse/e se estivesse | e se fosse/e se fosse stato/e se fosse stata
on the coast | sur la cote/au bord de la cote | en la costa | an der kuste | na costa/no litoral | sulla costa
on fire | en feu | en llamas/ardiendo | in flammen/brennend | em chamas/pegando fogo | in fiamme
neon lights | lumieres neon/neons/lumieres de neon | luces de neon/luces neon | neonlichter/neonlicht | luzes de neon/luzes neon | luci al neon/luci neon
the same thing | la meme chose | la misma cosa/lo mismo | dasselbe | a mesma coisa | la stessa cosa
our | - | - | - | o nosso/a nossa/os nossos/as nossas | il nostro/la nostra/i nostri/le nostre
my | - | - | - | o meu/a minha/os meus/as minhas | il mio/la mia/i miei/le mie
in the background | en arriere-plan/a l'arriere-plan/au fond | al fondo/en el fondo | im hintergrund | ao fundo/no fundo | sullo sfondo
in a storm | sous l'orage/par temps d'orage/pendant la tempete/dans la tempete | durante una tormenta/en una tormenta/con tormenta | bei sturm/im sturm/bei gewitter | durante uma tempestade/numa tempestade/com tempestade | durante una tempesta/in una tempesta/con la tempesta
80s style | style annees 80/annees 80/style des annees 80 | estilo de los 80/estilo anos 80/anos 80/de los 80 | 80er-stil/80er jahre/stil der 80er | estilo anos 80/anos 80 | stile anni 80/anni 80
90s style | style annees 90/annees 90/style des annees 90 | estilo de los 90/estilo anos 90/anos 90/de los 90 | 90er-stil/90er jahre/stil der 90er | estilo anos 90/anos 90 | stile anni 90/anni 90
coming out of | sortant de/qui sort de/qui sort du/sortant du | saliendo de/que sale de/saliendo del/que sale del | - | saindo de/saindo da/saindo do | che esce da/che esce dal/che esce dalla/uscendo da
by the sea | au bord de la mer/en bord de mer/au bord de l'ocean | a la orilla del mar/junto al mar/frente al mar/a orillas del mar | am meer | a beira mar/a beira-mar/a beira do mar/na beira do mar | in riva al mare/vicino al mare/sul mare/in riva al mar
by the lake | au bord du lac | a la orilla del lago/junto al lago/a orillas del lago | am see | a beira do lago/na beira do lago | in riva al lago/sul lago
on the beach | sur la plage/a la plage | en la playa | am strand | na praia | in spiaggia/sulla spiaggia
at the top | en haut/tout en haut | arriba/en la parte de arriba | oben | em cima/no topo | in alto/in cima
at the bottom | en bas/tout en bas | abajo/en la parte de abajo | unten | embaixo/em baixo | in basso/in fondo
from above | d'en haut/vu d'en haut/vue d'en haut/vu de dessus/vue de dessus | desde arriba/visto desde arriba/vista desde arriba | von oben | de cima/visto de cima/vista de cima | dall'alto/vista dall'alto/visto dall'alto
with | avec | con | mit | com | con
with the | - | - | - | - | col/coi
without | sans | sin | ohne | sem | senza
under | sous | bajo/debajo/debajo de | unter | sob/embaixo/debaixo/debaixo de/embaixo de | sotto
next to | a cote de/à côté de/a cote du/à côté du | al lado de/al lado del/junto a | neben | ao lado de/ao lado da/ao lado do | accanto a/accanto al/accanto alla
in front of | devant | delante/frente/delante de/frente a/enfrente de | vor | em frente/diante/em frente de/em frente a/diante de | davanti/davanti a/davanti al/davanti alla/di fronte a
behind | derriere | detras | hinter | atras | dietro
near | pres | cerca | nahe/neben | perto | vicino
near the | pres du/pres de la/pres des | cerca del/cerca de la | - | perto do/perto da | vicino al/vicino alla
between | entre | entre | zwischen | entre | tra/fra
for | pour | para/por | fur | para/por | per
by | par | - | - | - | -
from | depuis | desde | aus | desde | da
and | et | y/e | und | e | e/ed
or | ou | o/u | oder | ou | o/oppure
but | mais | pero | aber | mas/porem | ma/pero
same | meme/memes | mismo/misma/mismos/mismas | gleiche/gleichen/gleicher/selbe/selben | mesmo/mesma/mesmos/mesmas | stesso/stessa/stessi/stesse
very | tres | muy | sehr | muito/bem | molto
completely | complètement/tout à fait | completamente/totalmente | ganz/völlig | completamente | completamente
more | plus | mas | mehr/noch | mais | piu
this | ce/cet/cette | - | dieser/diese/dieses/diesen/diesem | - | questo/questa/quest
these | ces | - | - | - | questi/queste
over | au-dessus de/au dessus de | encima de/por encima de | uber/ueber | acima de/por cima de | sopra
through | a travers/à travers | a traves de/a través de | durch | atraves de/através de | attraverso
forward | en avant/vers l'avant | hacia delante/hacia adelante/adelante | nach vorne/vorwärts | para a frente/para frente | in avanti/avanti
comic | bande dessinée/bd | cómic/comic/historieta | comic | quadrinhos/banda desenhada | fumetto
over the | au-dessus du/au dessus du/au-dessus de la/au dessus de la | encima del/por encima del | - | acima do/acima da/por cima do/por cima da | sopra il/sopra la/sopra al/sopra alla
what do you see | qu'est-ce que tu vois/que vois-tu/qu'est-ce que vous voyez/tu vois quoi | que ves/que ve | was siehst du | o que ves/o que voce ve | cosa vedi/che cosa vedi/che vedi
what is | qu'est-ce qu'il y a/qu'y a-t-il | que hay | was ist | o que ha/o que tem | cosa c'e/che cosa c'e/cos'e
that one | celle-la/celui-la | esa/ese | - | essa/esse | quella/quello
on the left | a gauche | a la izquierda | links | a esquerda | a sinistra
on the right | a droite | a la derecha | rechts | a direita | a destra
i like it | j'aime bien/ca me plait/je l'aime bien | me gusta/me encanta | gefallt mir/es gefallt mir/das gefallt mir | eu gosto/gosto disso/adorei | mi piace/mi piace molto
i liked it more | je l'aimais mieux/je la preferais/je le preferais | me gustaba mas/me gustaba mucho mas/me gusta mas | die gefiel mir besser/das gefiel mir besser/es gefiel mir besser | eu gostava mais/gostei mais/gosto mais | mi piaceva di piu/mi piaceva piu/mi piace di piu
first | premier/premiere | primero/primera/primer | erste/ersten/erstes/erster/erstem | primeiro/primeira | primo/prima
second | deuxieme/seconde/second | segundo/segunda | zweite/zweiten/zweites/zweiter | segundo/segunda | secondo/seconda
third | troisieme | tercero/tercera/tercer | dritte/dritten/drittes/dritter | terceiro/terceira | terzo/terza
last | dernier/derniere | ultimo/ultima | letzte/letzten/letztes/letzter | ultimo/ultima | ultimo/ultima
from before | d'avant/de tout a l'heure | de antes | von vorher/von vorhin | de antes | di prima/da prima
previous | precedent/precedente | anterior | vorherige/vorherigen/vorheriges/vorheriger | anterior | precedente
to the | - | - | zum/zur | - | -
from the picture | de la photo/de l'image/de la photo | de la foto/de la imagen | aus dem bild/vom bild/aus dem foto/vom foto | da foto/da imagem/do desenho | dalla foto/dall'immagine
another | un autre/une autre | otro/otra | noch ein/noch eine/noch einen/ein weiteres/eine weitere/einen weiteren/ein anderes/eine andere | outro/outra | un altro/un'altra/altro/altra
other | autres | otros/otras | andere/anderen/weitere | outros/outras | altri/altre
like this | comme ça/comme ca/comme celle-ci/comme celui-ci/pareil/pareille | asi/como este/como esta/como esto | so/so wie dieses/wie dieses/wie das | assim/como este/como esta/igual | cosi/come questa/come questo
like before | comme avant | como antes | wie vorher/wie davor/wie zuvor/wie am anfang | como antes | come prima
of them | - | de ellos/de ellas | davon | deles/delas | di loro
go well with | vont bien avec/va bien avec/se marient avec/se marie avec | van bien con/va bien con/combinan con/combina con/quedan bien con/queda bien con | passen zu/passt zu/passen gut zu/passt gut zu | combinam com/combina com/ficam bem com/fica bem com | stanno bene con/sta bene con/si abbinano a/si abbinano con
me | moi/me/m | me | mich/mir | me/mim | mi/me
it | le/la/lui | lo/la/le | es/ihn/sie | o/a/lo/la | lo/la/gli
them | les | los/las/les | sie | os/as | li/le
us | nous | nos | uns | nos | ci
I | je/j | yo | ich | eu | io
my | mon/ma/mes | mi/mis | mein/meine/meinen | meu/minha/meus/minhas | mio/mia/miei/mie
our | notre/nos | nuestro/nuestra/nuestros/nuestras | unser/unsere/unseren/unserem | nosso/nossa/nossos/nossas | nostro/nostra/nostri/nostre
two | deux | dos | zwei | dois/duas | due
three | trois | tres | drei | tres | tre
four | quatre | cuatro | vier | quatro | quattro
five | cinq | cinco | funf | cinco | cinque
six | six | seis | sechs | seis | sei
ten | dix | diez | zehn | dez | dieci
seven | sept | siete | sieben | sete | sette
eight | huit | ocho | acht | oito | otto
nine | - | nueve | neun | nove | nove
twelve | douze | doce | zwolf | doze | dodici
his | son/sa/ses | su/sus | sein/seine/seinen/seinem | seu/sua/seus/suas | suo/sua/suoi/sue
her | - | - | ihr/ihre/ihren/ihrem | dela | -
next to her | - | - | - | ao lado dela | -
next to him | - | - | - | ao lado dele | -
in front of it | - | - | davor | - | -
behind it | - | - | dahinter | - | -
next to it | - | - | daneben | - | -
a few more | - | - | noch ein paar/noch einige | - | -
him | - | - | - | dele | -
your | ton/ta/tes/votre/vos | tu/tus | dein/deine/deinen | teu/tua | tuo/tua
during | pendant/durant | durante | wahrend | durante | durante
in a | - | - | - | num/numa/nuns/numas | -
of a | - | - | - | dum/duma | -
some | quelques | unos/unas/algunos | einige | uns/umas/alguns | alcuni/qualche
now | maintenant | ahora | jetzt/nun | agora | adesso/ora
then | puis/ensuite | luego/despues | dann | depois/entao | poi
again | encore | otra vez/de nuevo | nochmal/wieder/noch einmal/noch mal | de novo/outra vez | ancora/di nuovo
also | aussi | tambien | auch | tambem | anche
less | moins | menos | weniger | menos | meno
a bit | un peu/un petit peu | un poco/un poquito | ein bisschen/bisschen/etwas/ein wenig | um pouco/um pouquinho | un po'/un po/un poco
too | trop | demasiado | - | demais | troppo
like | comme | como | wie | como/tipo | come
just | juste/seulement | solo/solamente | nur/bloss | so/apenas | solo/soltanto
everywhere | partout | por todas partes | uberall | por todo lado | dappertutto/ovunque
everything | tout le reste | todo el resto | alles | tudo | tutto/tutto quanto
in the daytime | de jour/pendant la journee | de dia/durante el dia | am tag/tagsuber/bei tag | de dia/durante o dia | di giorno/durante il giorno
far away | loin | lejos | weit weg | longe | lontano
better | mieux | mejor | besser | melhor | meglio
before | avant | antes | vorher/fruher | antes | prima
no | - | - | kein/keine/keinen/keiner | - | niente/nessun/nessuna/nessuno
not | - | - | nicht | nao | non
none | aucun/aucune | ningun/ninguna/ninguno | - | nenhum/nenhuma | nessuno/nessuna
several | plusieurs | varios/varias | mehrere | varios/varias | diversi/diverse/vari
from behind | de dos/vu de dos | de espaldas/desde atras | von hinten | de costas/por tras | da dietro/di spalle
in the center | au centre/au milieu | en el centro/en medio | in der mitte | no centro/no meio | al centro/in mezzo
toward us | vers nous | hacia nosotros | zu uns | para nos | verso di noi
in the middle | au milieu/au centre | en medio/en el medio | in der mitte | no meio | in mezzo/nel mezzo
on the riverbank | au bord de la riviere | a la orilla del rio | am flussufer/am ufer | na beira do rio | sulla riva/in riva al fiume
by a river | au bord d'une riviere/au bord d'un fleuve | a la orilla de un rio/junto a un rio | an einem fluss | a beira de um rio | in riva a un fiume/lungo un fiume
around | autour de/autour du/autour des/autour d'elle/autour de lui | alrededor de/alrededor del/en torno a | um/herum/rings um | em volta de/em volta do/em volta da/ao redor de/a volta de | intorno a/attorno a/intorno al/attorno al
toward | vers | hacia | richtung | em direcao a | verso
per day | par jour | al dia/por dia | pro tag | por dia | al giorno
how many | combien | cuantos/cuantas | wie viele | quantos/quantas | quanti/quante
why | pourquoi | por que/porque | warum/wieso | por que/porque | perche
who | - | quien | wer | quem | chi
to use | pour utiliser | para usar | zum benutzen | para usar/pra usar | da usare
I have | - | - | - | - | ho/io ho
I make | - | - | - | faco/eu faco | faccio/io faccio
out | - | - | raus/heraus | - | -
as | - | - | als | - | -
further down | plus bas | mas abajo | weiter nach unten/weiter unten | mais para baixo/mais abaixo | piu in basso/piu giu
seen from | vu de/vu d/vue de/vus de | visto desde/vista desde | gesehen von | visto de/vista de | visto da/vista da
instead | a la place | en su lugar/en lugar de eso | stattdessen | em vez disso/no lugar | invece/al suo posto
was | etait | era | war | era | era
is called | s'appelle/appelle | se llama | heisst/heißt | se chama/chama | si chiama/chiama
looks | a l'air/semble/parait | parece/parezca | wirkt/sieht aus | parece | sembra
he | - | - | er | ele | lui
she | - | ella | - | ela | lei
they | - | ellos/ellas | - | eles/elas | -
that | ca/cela | eso/esa/ese | - | isso/aquele/aquela/aquilo | quello/quella
if | - | - | wenn/falls | - | -
I liked | j'ai aime/j'ai adore | me gusto | mir gefallt/gefallt mir | gostei | mi piace/mi e piaciuto
I asked for | j'ai demande/j'avais demande | pedi/habia pedido | ich wollte | pedi | avevo chiesto
I said | j'ai dit | dije | ich sagte/ich habe gesagt | eu disse | ho detto/avevo detto
wait | attends/attendez | espera | warte/moment | espera/pera | aspetta
for the | - | - | - | pro/pra o/pra a | -
for | - | - | - | pra | -
turn | - | convierte/conviertela/convierta | - | virar/vira | -
edit | modifier/editer | editar/edita | bearbeiten/bearbeite | editar/edita | modificare/modifica
explain | expliquer/explique | explicar/explica/explicame | erklaren/erklar | explicar/explica | spiegare/spiega/spiegami
keep going | continue/continuez | sigue/continua | mach weiter | continua/segue | continua/vai avanti
there is | il y a | hay | es gibt | - | c'e/ci sono/c'è
I am | je suis | soy/estoy | ich bin | sou/estou | io sono
make a picture of | - | - | - | pode fazer uma imagem de/podes fazer uma imagem de/voce pode fazer uma imagem de/faz uma imagem de/faca uma imagem de | -
make it | tu peux le faire/tu peux la faire/vous pouvez le faire/vous pouvez la faire | lo puedes hacer/la puedes hacer/me lo puedes hacer/me la puedes hacer/lo podes hacer/la podes hacer | kannst du es machen/kannst du das machen | pode fazer/podes fazer/voce pode fazer | lo puoi fare/la puoi fare/me lo puoi fare/me la puoi fare
make it look | faire ressembler/fais-la ressembler/fais-le ressembler | hacer parecer/hazla parecer/hazlo parecer | aussehen lassen | fazer parecer/faz parecer/faca parecer/faze-la parecer/faze-lo parecer | far sembrare/farla sembrare/farlo sembrare/fai sembrare/falla sembrare/fallo sembrare
make it look like | - | hacer que parezca/haz que parezca/que parezca | - | fazer que pareca/faz que pareca | -
here is | voici/voila | aqui esta/este es/esta es | hier ist/das ist | aqui esta/este e/esta e | ecco/questo e
I have | j'ai | tengo/yo tengo | ich habe | tenho/eu tenho | ho/io ho
draw me | dessine-moi/tu me dessines/tu peux me dessiner/tu pourrais me dessiner/vous pouvez me dessiner/me dessiner/vous me dessinez/pouvez-vous me dessiner/peux-tu me dessiner | me dibujas/dibujame/me dibujarias/me puedes dibujar/puedes dibujarme | zeichne mir/zeichnest du mir/kannst du mir zeichnen | me desenhas/desenha-me/me desenha/pode me desenhar | disegnami/mi disegneresti
make me | fais-moi/faites-moi/me faire/tu me fais/vous me faites | hazme/me haces/me puedes hacer | mach mir/machst du mir | faz-me/me faz/me faca | fammi/mi fai/mi faresti
a few | quelques | unos cuantos/algunos/algunas | ein paar/einige | alguns/algumas | alcuni/alcune
"""
# greetings, politeness and wrappers, dropped: not counted as known or unknown
DROPPED = {
    "fr": ("qui/que/qu/est/sont/en train de/s'il te plait/s'il vous plait/stp/svp/merci/pls/please/"
           "je veux/je voudrais/j'aimerais/je cherche/nous cherchons/on cherche/tu peux/peux-tu/pouvez-vous/pourrais-tu/pourriez-vous/voudriez-vous/tu pourrais/vous pourriez/vous pouvez/est-ce que/s/n/c/t/ne/pas/des/il/"
           "elle/y/bonjour/salut/coucou/bonsoir/soit/super/genial/parfait"),
    "es": ("que/por favor/porfa/quiero/queremos/necesitamos/necesito/somos/quisiera/puedes/podrias/me gustaria/gracias/pls/please/se puede/se pueden/se podria/"
           "se podrian/podemos/podriamos/se/es/esta/hola/"
           "buenas/buenos dias/sea/sean/super/genial/perfecto/perfecta/jaja/jajaja/jeje"),
    "de": ("zu sehen/zu erkennen/bitte/kannst du/konntest du/kannst du mir/konnen sie/konnten sie/konnen wir/konnten wir/ich mochte/ich will/ich hatte gern/ich brauche/brauche/ich brauchte/brauchte/guten morgen/"
           "guten abend/danke/pls/please/hinzu/weg/der/die/das/"
           "hallo/hi/guten tag/servus/moin/super/toll/klasse/prima/perfekt/stort/storen/nerven/nerveen"),
    "pt": ("por favor/quero/queremos/precisamos/preciso/queria/gostaria/pode/podes/voce/obrigado/obrigada/pls/please/que/se/esta/oi/ola/"
           "da para/da pra/dava para/dava pra/consegue/consegues/voce consegue/tu consegues/"
           "bom dia/boa tarde/seja/super/otimo/otima/perfeito/perfeita"),
    "it": ("per favore/per piacere/voglio/vorrei/puoi/potresti/può/puo/potrebbe/grazie/pls/please/che/e/sta/c/ciao/salve/buongiorno/sia/ecco/"
           "mi serve/mi servirebbe/ho bisogno di/super/perfetto/perfetta/fantastico/fantastica"),
}
NL_PL = ("nl", "pl")
# Dutch and Polish, one concept a line: english | nl | pl, merged into the tables above at load ("-": dropped word).
# Polish forms are listed where the ending alone can't find the base (psa -> pies, lesie -> las, mieście -> miasto).
NL_PL_NOUNS = """
toolbox | gereedschapskist/gereedschapskisten/gereedschapskoffer | skrzynka narzędziowa/skrzynkę narzędziową
tulip auction | tulpenveiling/tulpenveilingen | aukcja tulipanów
auction | veiling/veilingen | aukcja/aukcji
library | bibliotheek/bibliotheken | biblioteka/biblioteki/bibliotece/bibliotekę
17th century | zeventiende eeuw | siedemnasty wiek/xvii wiek/siedemnastego wieku
copper still | koperen distilleerketel/distilleerketel/distilleerketels | miedziany alembik/alembik
mime | mime/mimespeler/mime-artiest | mim/mima/mimem
container crane | containerkraan/containerkranen | suwnica kontenerowa/suwnicy kontenerowej
mammoth | mammoet/mammoeten | mamut/mamuta/mamuty/mamutow/mamutów
ice age | ijstijd | epoka lodowcowa/epoce lodowcowej/epoki lodowcowej/epokę lodowcową
kingfisher | ijsvogel/ijsvogels | zimorodek/zimorodka
toothbrush | tandenborstel/tandenborstels | szczoteczka do zebow/szczoteczka/szczoteczką
oil painting | olieverfschilderij | obraz olejny/obrazu olejnego/obrazem olejnym
angler | hengelaar/hengelaars/visser | wędkarz/wędkarza/wędkarze/wędkarzem/wedkarz/wedkarza
fisherman | visser/vissers | rybak/rybaka/rybacy/rybakiem
vase | vaas/vazen | wazon/wazonie/wazony
format | formaat/formaten | format/formacie
winter | winters/winterse | zimowy/zimowa/zimowe/zimowego/zimowym/zimą/zima/zimie
lavender fields | lavendelvelden/lavendelveld | pola lawendy
drums | drumstel/trommels | perkusja/bebny
throne | troon | tron/tronie/tronu
stack | stapel | stos/stosie
scouts | scouting/verkenners/padvinders | harcerze/harcerzy
book club | leesclub/boekenclub | klub ksiazki/klub czytelniczy
podcast | podcast | podcast
cat | kat/poes/poesje | kot/kotek
dog | hond/hondje | pies/psa/psem/psy/psow/piesek/pieska/psie
horse | paard | koń/konia/konie/koniem/koniu
bird | vogel | ptak/ptaszek/ptaka/ptaki
fish | vis | ryba/rybka
rabbit | konijn | królik
mouse | muis | mysz/myszka
fox | vos | lis/lisa/lisy/lisie
wolf | wolf | wilk
bear | beer | niedźwiedź/niedźwiedzia/misia/miś
lion | leeuw | lew/lwa/lwy
tiger | tijger | tygrys
elephant | olifant | słoń/słonia
monkey | aap | małpa
cow | koe | krowa
pig | varken | świnia/świnka
sheep | schaap | owca/owieczka
duck | eend | kaczka
owl | uil | sowa
frog | kikker | żaba
snake | slang | wąż/węża
turtle | schildpad | żółw/żółwia
whale | walvis | wieloryb
dolphin | dolfijn | delfin
butterfly | vlinder | motyl
bee | bij | pszczoła
dragon | draak | smok
unicorn | eenhoorn | jednorożec/jednorożca
dinosaur | dinosaurus | dinozaur
penguin | pinguïn | pingwin
squirrel | eekhoorn | wiewiórka
deer | hert/ree | jeleń/jelenia/sarna/sarną/sarny/sarnę/sarenka
animal | dier | zwierzę/zwierzęta/zwierzaka/zwierzak
woman | vrouw | kobieta
man | man | mężczyzna/pan/pana
child | kind | dziecko/dzieckiem
children | - | dzieci/dziećmi
girl | meisje/meid | dziewczynka/dziewczyna
boy | jongen | chłopiec/chłopca/chłopak
baby | baby | niemowlę/dzidziuś
grandmother | oma/grootmoeder | babcia
grandfather | opa/grootvader | dziadek
mother | moeder/mama | mama/matka
father | vader/papa | tata/ojciec
friend | vriend/vriendin | przyjaciel/kolega/przyjaciółka
family | familie/gezin | rodzina
king | koning | król
queen | koningin | królowa/królową
princess | prinses | księżniczka
prince | prins | książę/księcia
knight | ridder | rycerz
witch | heks | czarownica/wiedźma
wizard | tovenaar | czarodziej/czarnoksiężnik
fairy | fee | wróżka
robot | robot | robot
astronaut | astronaut | astronauta
pirate | piraat | pirat
monster | monster | potwór/potwora
ghost | spook | duch/ducha
person | persoon/mens | osoba/człowiek
people | mensen | ludzie/ludzi/ludźmi
beach | strand | plaża
sea | zee | morze/morzu/morza
ocean | oceaan | ocean
forest | bos/woud | las/lesie/lasu/lasem
mountain | berg | góra/górze/góry/gór/górach/górami
peak | top/bergtop | szczyt/szczyty/szczytach/szczycie/szczytów
lake | meer | jezioro/jeziorze/jeziora
river | rivier | rzeka/rzece/rzeki
city | stad/steden | miasto/mieście/miasta
village | dorp | wioska/wieś/wsi
street | straat | ulica
road | weg | droga/drodze
garden | tuin | ogród/ogrodzie
park | park | park
field | veld/weiland/wei | pole/łąka/łące
tulip field | tulpenveld | pole tulipanów
house | huis | dom/domek/domku
castle | kasteel | zamek/zamku/zamki
lighthouse | vuurtoren | latarnia morska/latarnię morską/latarni morskiej
bridge | brug | most/moście
tower | toren | wieża
church | kerk | kościół/kościele
room | kamer | pokój/pokoju
kitchen | keuken | kuchnia
window | raam | okno/oknie
door | deur | drzwi
sky | lucht/hemel | niebo/niebie/nieba
desert | woestijn | pustynia
island | eiland | wyspa/wyspie
cave | grot | jaskinia
waterfall | waterval | wodospad
snow | sneeuw | śnieg/śniegu
rain | regen | deszcz/deszczu
storm | storm/onweer | burza
fog | mist | mgła/mgle
wind | wind | wiatr/wietrze
cloud | wolk | chmura
moon | maan | księżyc/księżyca/księżycu/księżycem
sun | zon | słońce/słońcem/słońcu
star | ster | gwiazda/gwiazd/gwiazdki
rainbow | regenboog | tęcza
galaxy | melkweg/sterrenstelsel | galaktyka
planet | planeet | planeta
space | ruimte/heelal | kosmos/kosmosie
tree | boom | drzewo/drzewie
flower | bloem | kwiat/kwiatek/kwiatki
rose | roos | róża
tulip | tulp | tulipan
grass | gras | trawa
leaf | blad | liść/liście
rock | rots/steen | skała/kamień
fire | vuur | ogień/ognia/ogniem
water | water | woda/wodzie
ice | ijs | lód/lodu
gold | goud | złoto
light | licht | światło
night | nacht | noc
day | dag | dzień/dnia
morning | ochtend/morgen | ranek/rano/poranek/poranku/porankiem
evening | avond | wieczór
sunset | zonsondergang | zachód słońca/zachodu słońca
sunrise | zonsopgang | wschód słońca/wschodu słońca
winter | winter | zima
summer | zomer | lato
autumn | herfst | jesień
spring | lente | wiosna
table | tafel | stół/stole
chair | stoel | krzesło
bed | bed | łóżko
book | boek | książka/książki/książek/książkę/książką/książkami
lamp | lamp | lampa
candle | kaars | świeca/świeczka
cup | kop/kopje | kubek/filiżanka
hat | hoed/hoedje | kapelusz
dress | jurk | sukienka
glasses | bril | okulary
umbrella | paraplu | parasol/parasolka
sword | zwaard | miecz
crown | kroon | korona
balloon | ballon | balon/balonik
ball | bal | piłka
guitar | gitaar | gitara
clock | klok | zegar
key | sleutel | klucz
flag | vlag | flaga
mirror | spiegel | lustro
apple | appel | jabłko/jabłka/jabłek/jabłkami
bread | brood | chleb
cake | taart/cake | tort/ciasto
pizza | pizza | pizza
coffee | koffie | kawa
tea | thee | herbata
cheese | kaas | ser
car | auto/wagen | samochód/auto
bicycle | fiets | rower/rowerze
train | trein | pociąg
boat | boot | łódź/łódka/łodzi/łódce
ship | schip/schepen | statek/statku/okręt
plane | vliegtuig | samolot
rocket | raket | rakieta
bus | bus | autobus
motorcycle | motor | motocykl
face | gezicht/gezichtje/snoetje | twarz/twarzą/buzia/buzią/buźka/buźką/buźkę
I am | ik ben | jestem
I have | ik heb | mam
fishing boats | vissersboten/vissersbootjes | łodzie rybackie/kutry
fishing boat | vissersboot/vissersbootje | łódź rybacka/kuter
for forty years | veertig jaar | czterdzieści lat
sailed | gevaren/gezeild | pływałem/żeglowałem
electrician | elektricien | elektryk/elektrykiem/elektryka
eye | oog | oko/oczy
hair | haar | włosy/włosami
hand | hand | ręka/ręce/dłoń
heart | hart | serce
wing | vleugel | skrzydło
portrait | portret | portret
landscape | landschap | krajobraz/pejzaż
background | achtergrond | tło/tle/tła
picture | afbeelding/plaatje/beeld | obraz/obrazek
photo | foto | zdjęcie/fotografia
drawing | tekening | rysunek
painting | schilderij | obraz olejny/malowidło
watercolor | aquarel | akwarela
pencil | potlood | ołówek
cartoon | tekenfilm/strip | kreskówka/komiks
poster | poster/affiche | plakat
logo | logo | logo
anime | anime | anime
manga | manga | manga
comic | strip/stripverhaal | komiks
hiking trail | wandelroute/wandelpad | szlak/szlak turystyczny
depot | remise/depot | zajezdnia/zajezdni/zajezdnię/zajezdnie
style | stijl | styl/stylu
color | kleur | kolor
in the style of | in de stijl van | w stylu
in watercolor | in aquarel | akwarelą
at night | 's nachts/bij nacht/in de nacht | w nocy/nocą
in the evening | 's avonds | wieczorem
in the morning | 's ochtends/'s morgens | rano
in winter | in de winter | w zimie/zimą
in summer | in de zomer | latem/w lecie
in autumn | in de herfst | jesienią/jesienia/w jesieni
in spring | in de lente | wiosną/na wiosnę/wiosna
in the shape of | in de vorm van | w kształcie
at sunset | bij zonsondergang | o zachodzie słońca/o zachodzie
at sunrise | bij zonsopgang | o wschodzie słońca/o świcie
sunglasses | zonnebril | okulary przeciwsłoneczne
broom | bezem | miotła
bag | tas | torba/torebka
box | doos | pudełko
basket | mand | koszyk/kosz/kosza
bottle | fles | butelka
phone | telefoon | telefon
chicken | kip | kura/kurczak
spider | spin | pająk
shark | haai | rekin
octopus | octopus | ośmiornica
parrot | papegaai | papuga
eagle | adelaar/arend | orzeł/orła
giraffe | giraf | żyrafa
panda | panda | panda
goat | geit | koza
donkey | ezel | osioł/osła
zebra | zebra | zebra
hedgehog | egel | jeż/jeża
bat | vleermuis | nietoperz
crocodile | krokodil | krokodyl
bull | stier | byk
swan | zwaan | łabędź/łabędzia
rooster | haan | kogut
lamb | lam | jagnię/baranek
puppy | puppy/hondje | szczeniak/szczeniaczek
kitten | kitten/katje | kociak/kotka/kotek/kotki
pony | pony | kucyk
insect | insect | owad
ant | mier | mrówka
ladybug | lieveheersbeestje | biedronka
snail | slak | ślimak
doctor | dokter/arts | lekarz/doktor
teacher | leraar/juf/meester | nauczyciel/nauczycielka
police officer | politieagent/agent | policjant
firefighter | brandweerman | strażak
cook | kok | kucharz
farmer | boer | rolnik
soldier | soldaat | żołnierz
musician | muzikant | muzyk
artist | kunstenaar | artysta
painter | schilder | malarz
clown | clown | klaun
ninja | ninja | ninja
superhero | superheld | superbohater
vampire | vampier | wampir
mermaid | zeemeermin | syrena
angel | engel | anioł/anioła
elf | elf | elf
dwarf | dwerg/kabouter | krasnolud/krasnal
brother | broer | brat
sister | zus | siostra
Santa Claus | kerstman/sinterklaas | mikołaj/święty mikołaj
snowman | sneeuwpop | bałwan/bałwanek
shirt | overhemd | koszula
t-shirt | t-shirt | koszulka
shoe | schoen | but/buty
coat | jas | płaszcz
scarf | sjaal | szalik/szal
glove | handschoen | rękawiczka
tie | stropdas | krawat
necklace | ketting | naszyjnik
ring | ring | pierścionek
backpack | rugzak | plecak
mask | masker | maska
helmet | helm | kask/hełm
cape | cape | peleryna
banana | banaan | banan
strawberry | aardbei | truskawka/truskawki/truskawkowe/truskawkowy/truskawkowa/truskawkowych
cherry | kers | wiśnia/czereśnia
lemon | citroen | cytryna
pear | peer | gruszka
watermelon | watermeloen | arbuz
carrot | wortel | marchewka
tomato | tomaat | pomidor
mushroom | paddenstoel | grzyb/grzybek
egg | ei | jajko/jajo
soup | soep | zupa
hamburger | hamburger | hamburger
cookie | koekje | ciastko
candy | snoep | cukierek
chocolate | chocolade | czekolada
honey | honing | miód/miodu
milk | melk | mleko
ice cream | ijsje | lody/lód/loda
plant | plant | roślina
cactus | cactus | kaktus
sunflower | zonnebloem | słonecznik
pumpkin | pompoen | dynia
toy | speelgoed | zabawka
teddy bear | teddybeer/knuffelbeer | miś pluszowy/pluszowy miś
doll | pop | lalka
kite | vlieger | latawiec/latawca
gift | cadeau | prezent
lantern | lantaarn | latarnia/lampion
ladder | ladder | drabina
wall | muur | ściana/mur
roof | dak | dach
fireplace | open haard | kominek/kominka/kominku/kominkiem
canal | gracht/kanaal | kanał/kanale
marshmallow | marshmallow/spekje/spekjes | pianka/pianki/piankami/piankach/pianek
bench | bank/bankje | ławka
swing | schommel | huśtawka
tent | tent | namiot
map | kaart/landkaart | mapa
piano | piano | pianino/fortepian
treasure | schat | skarb
diamond | diamant | diament
spaceship | ruimteschip | statek kosmiczny
UFO | ufo | ufo
school | school | szkoła/szkole
hospital | ziekenhuis | szpital
shop | winkel | sklep
market | markt | targ/rynek
restaurant | restaurant | restauracja
museum | museum | muzeum
farm | boerderij | farma/gospodarstwo
palace | paleis | pałac
harbor | haven | port
station | station | dworzec/stacja
zoo | dierentuin | zoo
square | plein | plac
building | gebouw | budynek
skyscraper | wolkenkrabber | drapacz chmur
hut | hut | chata/chatka
windmill | windmolen/molen | wiatrak/młyn
pyramid | piramide | piramida
volcano | vulkaan | wulkan
jungle | jungle/oerwoud | dżungla
hill | heuvel | wzgórze/pagórek
valley | vallei/dal | dolina
pond | vijver | staw
wave | golf | fala
sand | zand | piasek/piasku
shell | schelp | muszla/muszelka
lightning | bliksem | błyskawica/piorun
snowflake | sneeuwvlok | płatek śniegu
world | wereld | świat/świecie
northern lights | noorderlicht | zorza polarna
feather | veer | pióro
nest | nest | gniazdo/gnieździe/gniazdem/gniazda
palm tree | palmboom/palm | palma
pine tree | dennenboom/den | sosna
truck | vrachtwagen | ciężarówka
tractor | tractor | traktor
helicopter | helikopter | helikopter
sailboat | zeilboot | żaglówka
hot air balloon | luchtballon | balon na ogrzane powietrze
Christmas | kerst/kerstmis | boże narodzenie/święta
Christmas tree | kerstboom | choinka
birthday | verjaardag | urodziny
birthday cake | verjaardagstaart | tort urodzinowy
confetti | confetti | konfetti
fireworks | vuurwerk | fajerwerki/sztuczne ognie
party | feest | impreza/przyjęcie
wedding | bruiloft | ślub/wesele
frame | lijst | rama/ramka
sketch | schets | szkic
illustration | illustratie | ilustracja
sign | bord/verkeersbord/naambord | znak/szyld
plate | bordje/borden | talerz/talerzyk/talerzu
tub | teil/tobbe/kuip | wanna/balia/wannie
foam | schuim | piana/pianka/pianie
sofa | bank/sofa | kanapa/sofa
statue | standbeeld | pomnik/posąg
shadow | schaduw | cień
bouquet | boeket | bukiet
bridal bouquet | bruidsboeket/bruidsboeketje | bukiet ślubny/bukiet panny młodej
bride | bruid | panna młoda
lifeguard tower | reddingstoren/strandwachttoren | wieża ratownicza
version | versie | wersja
variant | variant | wariant
text | tekst | tekst/napis
branch | tak | gałąź/gałęzi/gałęzią
in the sky | in de lucht/aan de hemel | na niebie/w niebie
leather | leer | skóra/skóry/skórze/skórzany/skórzana/skórzane
sloth | luiaard | leniwiec/leniwca/leniwce/leniwców
van | bestelbus/bestelwagen | furgonetka/furgonetki/furgonetce/furgonetkę
ink | inkt | atrament/atramentu/tusz/tuszu/tuszem
microphone | microfoon | mikrofon/mikrofonu/mikrofonem
brick | baksteen | cegła/cegły/cegieł/ceglany/klocek/klocki/klocków/klockami
cowboy | cowboy | kowboj/kowboja/kowboje/kowbojów
basketball | basketbal | koszykówka/koszykówki/koszykówkę
earth | aarde | ziemia/ziemi/ziemię/ziemią
sphere | bol | kula/kuli/kulę/kulą
graffiti | graffiti | graffiti
laptop | laptop | laptop/laptopa/laptopie/laptopem
wheel | wiel | koło/koła/kole/kół
circle | cirkel/kring | okrąg/okręgu/okręgi/kółko/kółka
headphones | koptelefoon | słuchawki/słuchawkach/słuchawkami
corgi | corgi | corgi
canyon | kloof/canyon | kanion/kanionu/kanionie
ostrich | struisvogel | struś/strusia/strusie/strusiem
lily | lelie | lilia/lilii/lilie
turkey | kalkoen | indyk/indyka/indyki
scientist | wetenschapper | naukowiec/naukowca/naukowcy/naukowców
stream | beek/beekje | strumień/strumienia/strumieniu/strumyk
triangle | driehoek | trójkąt/trójkąta/trójkąty
capybara | capibara/capybara | kapibara/kapibary/kapibarę
gate | poort | brama/bramy/bramie/bramę
avocado | avocado | awokado
moose | eland | łoś/łosia/łosie/łosiem
sushi | sushi | sushi
bamboo | bamboe | bambus/bambusa/bambusie
chess | schaak/schaakspel | szachy/szachów/szachami
chimpanzee | chimpansee | szympans/szympansa/szympansy
sneaker | sneaker/gymschoen | trampki/trampek/adidasy/sneakersy
path | pad/paadje | ścieżka/ścieżki/ścieżce/ścieżkę
stage | podium/toneel | scena/scenie/scenę
warrior | krijger/strijder | wojownik/wojownika/wojownicy/wojowniczka
sculpture | beeldhouwwerk/sculptuur | rzeźba/rzeźby/rzeźbie/rzeźbę
yacht | jacht | jacht/jachtu/jachcie
oak | eik/eikenboom | dąb/dębu/dęby/dębie/dębem
corn | maïs | kukurydza/kukurydzy/kukurydzę
beard | baard | broda/brody/brodą/brodzie
plumber | loodgieter/loodgieters | hydraulik/hydraulika
cap | pet/petje | czapka/czapkę/czapce/czapką
cartoon | cartoon/tekenfilm/strip | kreskówka/kreskówkę
alien | alien | kosmita/kosmity/kosmici/kosmitów
crayon | waskrijt | kredka/kredki/kredkami/kredek
toucan | toekan | tukan/tukana/tukany
stained glass | glas-in-lood/glas in lood | witraż/witrażu/witraże
sweater | trui/truitje | sweter/swetra/swetrze/swetrem
lizard | hagedis | jaszczurka/jaszczurki/jaszczurkę
pixel | pixel | piksel/piksela/piksele
easel | schildersezel | sztaluga/sztalugi/sztaludze
canvas | doek/canvas | płótno/płótna/płótnie
crescent moon | maansikkel/halvemaan | półksiężyc/półksiężyca/sierp księżyca
platypus | vogelbekdier | dziobak/dziobaka/dziobaki
balcony | balkon | balkon/balkonu/balkonie
fence | hek/schutting | płot/płotu/płocie/ogrodzenie
tail | staart | ogon/ogona/ogonem/ogonie
fur | vacht/bont | futro/futra/futrze/sierść/sierści
jeans | spijkerbroek/jeans | dżinsy/jeansy/dżinsach/jeansach
light bulb | gloeilamp/peertje | żarówka/żarówki/żarówkę
reef | rif | rafa/rafy/rafie
suitcase | koffer | walizka/walizki/walizkę/walizce
woodcut | houtsnede | drzeworyt/drzeworytu/drzeworycie
treehouse | boomhut | domek na drzewie
marble | marmer | marmur/marmuru/marmurze/marmurowy
tyrannosaurus | tyrannosaurus | tyranozaur/tyranozaura/tyranozaury
coconut | kokosnoot | kokos/kokosa/kokosy
mango | mango | mango
kiwi | kiwi | kiwi
blueberry | bosbes/blauwe bes | borówka/borówki/jagoda/jagody
raspberry | framboos | malina/maliny/malinami
onion | ui/uitje | cebula/cebuli/cebulę
steak | biefstuk | stek/steku/befsztyk
sausage | worst/worstje | kiełbasa/kiełbasy/kiełbaski/kiełbaskę
fries | friet/patat/frietjes | frytki/frytek/frytkami
pancake | pannenkoek/pannenkoekje | naleśnik/naleśnika/naleśniki/pankejki
waffle | wafel | gofr/gofra/gofry
croissant | croissant | rogalik/rogalika/rogaliki/croissant
cupcake | cupcake | babeczka/babeczki/babeczkę/cupcake
popcorn | popcorn | popcorn/popcornu
hot dog | hotdog | hot dog/hot-dog
cherry blossom | kersenbloesem | kwiat wiśni/sakura
maple | esdoorn | klon/klonu/klony
birch | berk | brzoza/brzozy/brzozie/brzóz
fern | varen | paproć/paproci/paprocie
daisy | madeliefje/margriet | stokrotka/stokrotki/stokrotek
orchid | orchidee | storczyk/storczyka/storczyki/orchidea
lotus | lotus/lotusbloem | lotos/lotosu/lotosy
bonsai | bonsai | bonsai
dandelion | paardenbloem | dmuchawiec/dmuchawca/mniszek/mlecz
water lily | waterlelie | grzybienie/lilia wodna/nenufar
cheetah | cheeta/jachtluipaard | gepard/geparda/gepardy
leopard | luipaard | lampart/lamparta/leopard
jaguar | jaguar | jaguar/jaguara/jaguary
crow | kraai/raaf | wrona/wrony/wroną/kruk/kruka
hummingbird | kolibrie | koliber/kolibra/kolibry
woodpecker | specht | dzięcioł/dzięcioła/dzięcioły
macaw | ara | ara/ary
puffin | papegaaiduiker | maskonur/maskonura/maskonury
beaver | bever | bóbr/bobra/bobry/bobrem
lobster | kreeft | homar/homara/homary
starfish | zeester | rozgwiazda/rozgwiazdy/rozgwiazdę
seahorse | zeepaardje | konik morski/konika morskiego
caterpillar | rups | gąsienica/gąsienicy/gąsienicę
firefly | glimworm/vuurvliegje | świetlik/świetlika/świetliki
alligator | alligator | aligator/aligatora/aligatory
goldfish | goudvis/goudvisje | złota rybka/złotą rybkę
orca | orka | orka/orki/orkę
llama | lama | lama/lamy/lamę
alpaca | alpaca | alpaka/alpaki/alpakę
polar bear | ijsbeer | niedźwiedź polarny/miś polarny
reindeer | rendier | renifer/renifera/renifery
orangutan | orang-oetan | orangutan/orangutana/orangutany
narwhal | narwal | narwal/narwala/narwale
barn | schuur | stodoła/stodoły/stodole
cathedral | kathedraal/dom | katedra/katedry/katedrze
bakery | bakkerij | piekarnia/piekarni/piekarnię
hotel | hotel | hotel/hotelu/hotelem
stadium | stadion | stadion/stadionu/stadionie
theater | theater/schouwburg | teatr/teatru/teatrze
staircase | trap | schody/schodach/schodami
bedroom | slaapkamer | sypialnia/sypialni/sypialnię
bathroom | badkamer | łazienka/łazienki/łazience
living room | woonkamer/huiskamer | salon/salonie/pokój dzienny
garage | garage | garaż/garażu/garażem
wardrobe | kledingkast/kast | szafa/szafy/szafie/szafę
chandelier | kroonluchter | żyrandol/żyrandola/żyrandolem
bucket | emmer | wiadro/wiadra/wiadrze
scissors | schaar | nożyczki/nożyczkami/nożyce
telescope | telescoop | teleskop/teleskopu/teleskopem
globe | wereldbol/globe | globus/globusa/globusie
pants | broek | spodnie/spodniach/spodniami
pajamas | pyjama | piżama/piżamy/piżamie
swimsuit | badpak | strój kąpielowy/kostium kąpielowy
bikini | bikini | bikini
bracelet | armband | bransoletka/bransoletki/bransoletkę
kimono | kimono | kimono
armor | harnas/wapenrusting | zbroja/zbroi/zbroję
ambulance | ambulance/ziekenwagen | karetka/karetki/karetkę/ambulans
fire truck | brandweerauto/brandweerwagen | wóz strażacki
scooter | step/scooter | hulajnoga/hulajnogi/hulajnodze/skuter
sled | slee/slede | sanki/sanie/sankach/saniach
canoe | kano | kanu/czółno/kanadyjka
kayak | kajak | kajak/kajaka/kajaku
airship | luchtschip/zeppelin | sterowiec/sterowca/zeppelin
race car | raceauto/racewagen | bolid/bolidu/wyścigówka/samochód wyścigowy
locomotive | locomotief | lokomotywa/lokomotywy/lokomotywę
iceberg | ijsberg | góra lodowa
glacier | gletsjer | lodowiec/lodowca/lodowcu
comet | komeet | kometa/komety/kometę
eclipse | eclips/zonsverduistering | zaćmienie/zaćmienia/zaćmieniu
nebula | sterrennevel | mgławica/mgławicy/mgławicę
dune | duin/duinen | wydma/wydmy/wydmie/wydmach
meadow | weide/wei | łąka/łąki/łące/łąkę
swamp | moeras | bagno/bagna/bagnie/mokradła
savanna | savanne | sawanna/sawanny/sawannie
oasis | oase | oaza/oazy/oazie
black hole | zwart gat | czarna dziura/czarnej dziury
milky way | melkweg | droga mleczna/drogi mlecznej
orchard | boomgaard | sad/sadu/sadzie
vineyard | wijngaard | winnica/winnicy/winnicę
collage | collage | kolaż/kolażu/kolażem
fresco | fresco | fresk/fresku/freski
origami | origami | origami
chalk | krijt | kreda/kredy/kredą
clay | klei | glina/gliny/glinie
embroidery | borduurwerk | haft/haftu/hafcie
tapestry | wandtapijt | gobelin/gobelinu/arras
caricature | karikatuur | karykatura/karykatury/karykaturę
impressionism | impressionisme | impresjonizm/impresjonizmu
flute | fluit | flet/fletu/fletem/flecie
trumpet | trompet | trąbka/trąbki/trąbkę/trąbce
saxophone | saxofoon | saksofon/saksofonu/saksofonie
cello | cello | wiolonczela/wiolonczeli/wiolonczelę
accordion | accordeon | akordeon/akordeonu/akordeonie
ukulele | ukelele | ukulele
banjo | banjo | banjo
xylophone | xylofoon | ksylofon/ksylofonu/cymbałki
surfboard | surfplank | deska surfingowa
snowboard | snowboard | snowboard/snowboardzie
golf | golfsport/golf | golf/golfa
hockey | hockey/ijshockey | hokej/hokeja/hokeju
volleyball | volleybal | siatkówka/siatkówki/siatkówkę
boxing | boksen | boks/boksu
yoga | yoga | joga/jogi/jodze
ballet | ballet | balet/baletu/balecie
parade | parade/optocht | parada/parady/paradzie
festival | festival | festiwal/festiwalu
concert | concert | koncert/koncertu/koncercie
new year | nieuwjaar/oudejaarsavond | nowy rok/sylwester/sylwestra
decoration | versiering/decoratie | dekoracja/dekoracje/ozdoba/ozdoby
piñata | piñata | piniata
feast | feestmaal/banket | uczta/uczty/uczcie/bankiet
igloo | iglo | igloo/iglo
tunnel | tunnel | tunel/tunelu/tunelem
pagoda | pagode | pagoda/pagody/pagodzie
ruin | ruïne | ruina/ruiny/ruinach/ruin
greenhouse | kas/broeikas | szklarnia/szklarni/szklarnię
playground | speeltuin | plac zabaw
carousel | draaimolen/carrousel | karuzela/karuzeli/karuzelę
ferris wheel | reuzenrad | diabelski młyn
roller coaster | achtbaan | kolejka górska/rollercoaster
circus | circus | cyrk/cyrku
aquarium | aquarium | akwarium
traffic light | stoplicht/verkeerslicht | sygnalizator/sygnalizacja świetlna
mailbox | brievenbus | skrzynka pocztowa
campfire | kampvuur | ognisko/ogniska/ognisku
anchor | anker | kotwica/kotwicy/kotwicę
skull | schedel/doodshoofd | czaszka/czaszki/czaszkę
skeleton | skelet/geraamte | szkielet/szkieletu/kościotrup
werewolf | weerwolf | wilkołak/wilkołaka/wilkołaki
phoenix | feniks | feniks/feniksa
samurai | samoerai | samuraj/samuraja/samuraje
viking | viking | wiking/wikinga/wikingowie
sailor | matroos/zeeman | marynarz/marynarza/marynarze
baker | bakker | piekarz/piekarza/piekarze
ballerina | ballerina | baletnica/baletnicy/balerina
detective | detective/speurder | detektyw/detektywa
pilot | piloot | pilot/pilota/pilotem
scarecrow | vogelverschrikker | strach na wróble
lollipop | lolly | lizak/lizaka/lizaki
gingerbread | peperkoek/gemberkoek | piernik/piernika/pierniki/pierniczek
shower | douche | prysznic/prysznica/prysznicem
earring | oorbel | kolczyk/kolczyki/kolczykami
meadow | weiland/wei/weide | łąka/łąkę
front | voorkant/voorgrond | przód
version | versie/versies | wersja/wersję
terrace | terras/terrasje | taras
canal | gracht/kanaal | kanał
profile picture | profielfoto/profielfotootje | zdjęcie profilowe
oil painting | olieverfschilderij/olieverf | obraz olejny
colleague | collega/collega's | kolega/koleżanka
retirement | pensioen | emerytura
years | jaar/jaren | lat/lata
farewell card | afscheidskaart | kartka pożegnalna
card | kaart/kaartje | kartka/kartkę
hair salon | kapsalon/kapper | salon fryzjerski/fryzjer
comb | kam | grzebień
bunting | vlaggetjes/vlaggenlijn | girlandy z flag
flea market | vrijmarkt/rommelmarkt | pchli targ
travel poster | reisposter/reisaffiche | plakat podróżny
conservatory | serre/wintertuin | oranżeria
hanging plants | hangplanten | rośliny wiszące
spiral staircase | wenteltrap | kręcone schody
plants | planten/plantjes | rośliny
pitch | veld | boisko
heron | reiger | czapla
water's edge | waterkant | brzeg wody
pearl | parel | perła
earring | oorbel | kolczyk
book cover | boekomslag/boekkaft | okładka książki
eyes | ogen | oczy
windowsill | vensterbank | parapet
pea soup | erwtensoep/snert | grochówka
pot | pan/pot | garnek
smoked sausage | rookworst | kiełbasa wędzona
still life | stilleven | martwa natura
little son | zoontje | synek
shield | schild | tarcza
steamboat | stoomboot | parowiec
clog | klomp/klompen | chodak
flowers | bloemetjes | kwiatki
accounting firm | boekhoudkantoor | biuro rachunkowe
container ships | containerschepen | kontenerowce
ships | schepen | statki
cranes | kranen/hijskranen | dźwigi
seal | zeehond | foka
sandbank | zandbank | mielizna
paper cutout | papierknipsel | wycinanka
bridge railing | brugleuning | balustrada mostu
flower box | bloembak | skrzynka na kwiaty
orc | ork/orc | ork/orkowie
axe | bijl | siekiera/siekierę/siekierą/siekierze/siekier/topór/toporem
stall | kraam/marktkraam/stalletje | stragan/straganem/straganie/stoisko/stoiskiem/stoisku/stoisk
vanilla | vanille | wanilia/wanilię/wanilią/waniliowy
shelf | plank/schap | półka/półkę/półką/półce/półek
dictionary | woordenboek | słownik/słownikiem/słowniku
quilt | quilt/lappendeken/dekbed | kołdra/kołdrę/kołdrą/kołdrze/kołder/narzuta/narzutę
goblin | kobold/goblin | goblin/goblina/goblinem/goblinie/chochlik
troll | trol | troll/trolla/trolle/trollem/trollu
gnome | gnoom | gnom/gnoma/gnomem/gnomie/krasnale/krasnoludek/krasnoludki
centaur | centaur/centauer | centaur/centaura/centaurem/centaurze
minotaur | minotaurus/minotaur | minotaur/minotaura/minotaurem/minotaurze
cyclops | cycloop | cyklop/cyklopa/cyklopem/cyklopie
ogre | oger/boeman | ogr/ogra/ogrem/ogrze
sorcerer | - | czarnoksiężnicy/czarownik/czarownika
wand | toverstaf/toverstokje | różdżka/różdżkę/różdżką/różdżce/różdżek
spell | spreuk/toverspreuk/betovering | zaklęcie/zaklęcia/zaklęciem/zaklęciu/zaklęć
cauldron | ketel/heksenketel | kocioł/kotły/kotłem/kotle/kotłów
broomstick | bezemsteel | miotle/mioteł
crystal ball | glazen bol/kristallen bol | kryształowa kula/kryształową kulę/kryształowe kule/kryształową kulą/kryształowej kuli
treasure chest | schatkist | skrzynia skarbów/skrzynię skarbów/skrzynie skarbów/skrzynią skarbów/skrzyni skarbów/skrzynia/skrzynię
compass | kompas | kompas/kompasem/kompasie
hammer | hamer | młotek/młotki/młotkiem/młotku/młotków/młot
saw | zaag | piła/piłę/piłą/pile
nail | spijker | gwóźdź/gwoździe/gwoździem/gwoździu
screwdriver | schroevendraaier | śrubokręt/śrubokrętem/śrubokręcie
wrench | moersleutel | klucze
shovel | schep/schop | łopata/łopatę/łopatą/łopacie/łopat
rake | hark | grabie/grabi
drill | boor/boormachine | wiertarka/wiertarkę/wiertarką/wiertarce/wiertarek/wiertło
pliers | tang/nijptang/combinatietang | obcęgi/obcęgami/obcęgów/szczypce/kombinerki
hose | - | szlauch/szlauchem/wąż ogrodowy/węże ogrodowe
tool | werktuig/gereedschap | narzędzie/narzędzia/narzędziem/narzędziu/narzędzi
kettle | waterkokers/ketel/fluitketel | czajnik/czajnikiem/czajniku
pan | koekenpan | patelnia/patelnię/patelnie/patelnią/patelni
saucepan | steelpan/kookpan | rondel/rondle/rondlem/rondlu/rondli/garnki/garnkiem/garnku/garnków
lid | deksel | pokrywka/pokrywkę/pokrywką/pokrywce/pokrywek/wieko/wiekiem
jar | glazen pot/jampot | słoik/słoikiem/słoiku
mug | mok/beker | kubki/kubkiem/kubku/kubków
stove | fornuis/kachel | kuchenka/kuchenkę/kuchenką/kuchence/kuchenek/piecyk
fridge | koelkast | lodówka/lodówkę/lodówką/lodówek
sink | gootsteen/wastafel | zlew/zlewem/zlewie/umywalka/umywalkę
tap | kraan | kran/kranem/kranie/kurek
cupboard | - | szafka/szafkę/szafką/szafce/szafek/kredens
drawer | la/laden/lade | szuflada/szufladę/szufladą/szufladzie/szuflad
tray | dienblad | taca/tacę/tace/tacą
napkin | servet | serwetka/serwetkę/serwetką/serwetce/serwetek
tablecloth | tafelkleed | obrus/obrusem/obrusie
blender | blender/mixer | blender/blenderem/blenderze/mikser
toaster | broodrooster | toster/tosterem/tosterze
grater | rasp | tarka/tarkę/tarką/tarce/tarek
whisk | garde | trzepaczka/trzepaczkę/trzepaczką/trzepaczce/trzepaczek
cutting board | snijplank | deska do krojenia/deskę do krojenia/deski do krojenia/deską do krojenia/desce do krojenia
rolling pin | deegroller/rolstok | wałek/wałki/wałkiem/wałku/wałków
butter | boter | masło/masłem/maśle
cream | room/slagroom | śmietana/śmietanę/śmietaną/śmietanie/śmietanka/krem/kremem
jam | jam/confituur | dżem/dżemem/dżemie/dżemu/konfitura
flour | meel | mąka/mąkę/mąką/mące
sugar | suiker | cukier/cukru/cukrem/cukrze
salt | zout | sól/solą
pepper | peper/paprika | pieprz/pieprzu/pieprzem/papryka/paprykę/papryką/papryce
rice | rijst | ryż/ryżu/ryżem
bean | boon | fasola/fasolę/fasolą/fasolka
pea | erwt/doperwt | groszek/groszku/groszkiem/groch/grochu/grochem
meat | vlees | mięso/mięsem/mięsie
beef | rundvlees | wołowina/wołowinę/wołowiną/wołowinie
pork | varkensvlees | wieprzowina/wieprzowinę/wieprzowiną/wieprzowinie
ham | ham | szynka/szynkę/szynką/szynce/szynek
bacon | spek/bacon | bekon/bekonu/bekonem/bekonie/boczek/boczku/boczkiem
salmon | zalm | łosoś/łososia/łososie/łososiem/łososiu
tuna | tonijn | tuńczyk/tuńczyka/tuńczykiem/tuńczyku
shrimp | garnaal | krewetka/krewetkę/krewetką/krewetce/krewetek
oyster | oester | ostryga/ostrygę/ostrygą/ostrydze/ostryg
mussel | mossel | małża/małżę/małże/małżą/małż
loaf | - | bochenek/bochenki/bochenkiem/bochenku/bochenków
pie | pastei | placek/placki/plackiem/placku/placków/tarta/tartę
biscuit | biscuit | herbatnik/herbatnikiem/herbatniku/ciasteczko
cracker | cracker/toastje | krakers/krakersem/krakersie
dessert | toetje/dessert/nagerecht | deser/deserem/deserze
pudding | pudding/vla | budyń/budynie/budyniem/budyniu/budyniów/pudding
yogurt | yoghurt | jogurt/jogurtem/jogurcie
lemonade | limonade | lemoniada/lemoniadę/lemoniadą/lemoniadzie
cocktail | cocktail | koktajl/koktajle/koktajlem/koktajlu/drink
soda | frisdrank/prik/soda | oranżada/oranżadę/oranżadą/oranżadzie/napój gazowany/soda
vinegar | azijn | ocet/octu/octem/occie
oil | olie | olej/oleju/olejem/oliwa/oliwę/oliwą/oliwie
garlic | knoflook | czosnek/czosnku/czosnkiem
cucumber | komkommer | ogórek/ogórki/ogórkiem/ogórku/ogórków
cabbage | kool/koolkop | kapusta/kapustę/kapustą/kapuście
broccoli | broccoli | brokuł/brokułem
spinach | spinazie | szpinak/szpinaku/szpinakiem
peach | perzik | brzoskwinia/brzoskwinię/brzoskwinie/brzoskwinią/brzoskwiń
plum | pruim | śliwka/śliwkę/śliwką/śliwce/śliwek
apricot | abrikoos | morela/morelę/morele/morelą
lime | limoen | limonka/limonkę/limonką/limonce/limonek
fig | vijg | figa/figę/figą/fidze/fig
teacup | - | filiżance/filiżanek
walnut | walnoot | orzech włoski/orzechy włoskie/orzechem włoskim/orzechów włoskich
almond | amandel | migdał/migdałem/migdale
hazelnut | hazelnoot | orzech laskowy/orzechy laskowe/orzechem laskowym/orzechów laskowych/orzeszek laskowy
peanut | pinda/pindanoot | orzeszek ziemny/orzeszki ziemne/orzeszkiem ziemnym/orzeszków ziemnych/fistaszek/fistaszki
chestnut | kastanje | kasztan/kasztanem/kasztanie
pomegranate | granaatappel | granat/granatem/granacie
melon | meloen | melon/melonem/melonie
nutmeg | nootmuskaat/muskaatnoot | gałka muszkatołowa/gałkę muszkatołową/gałką muszkatołową/muszkat
cinnamon | kaneel | cynamon/cynamonu/cynamonem
herb | kruid | zioło/ziołem/ziole/ziół
spice | specerij/kruiderij | przyprawa/przyprawę/przyprawą/przyprawie/przypraw
syrup | siroop/stroop | syrop/syropem/syropie
caramel | karamel | karmel/karmelu/karmelem
ox | os | wół/wołem
calf | kalf/kalveren | cielę/cielęta/cieląt/cielak/cielaka/cielakiem
hen | hen | kurze/kur
hare | haas | zając/zająca/zające/zającem/zającu/zajęcy
rat | rat | szczur/szczura/szczurem/szczurze
stag | edelhert | jeleniu
boar | everzwijn/zwijn | dzik/dziku
badger | - | borsuk/borsuka/borsukiem/borsuku
mole | mol | kret/kreta/kretem/krecie
toad | - | ropucha/ropuchę/ropuchą/ropusze/ropuch
tortoise | - | żółwiu
walrus | walrus | mors/morsa/morsem/morsie
squid | pijlinktvis | kałamarnica/kałamarnicę/kałamarnice/kałamarnicą/kałamarnic
trout | forel | pstrąg/pstrąga/pstrągiem/pstrągu
carp | karper | karp/karpia/karpie/karpiem/karpiu
eel | paling/aal | węgorz/węgorza/węgorze/węgorzem/węgorzu
sparrow | mus | wróbel/wróbla/wróble/wróblem/wróblu
robin | roodborstje | rudzik/rudzika/rudzikiem/rudziku
swallow | zwaluw | jaskółka/jaskółkę/jaskółką/jaskółce/jaskółek
dove | duif | gołąb/gołębia/gołębie/gołębiem/gołębiu/gołębi/gołąbek/gołębica
raven | - | -
magpie | ekster | sroka/srokę/sroką/sroce/srok
hawk | havik | jastrząb/jastrzębia/jastrzębie/jastrzębiem/jastrzębiu/jastrzębi
falcon | valk | sokół/sokoła/sokołem/sokole
vulture | gier | sęp/sępa/sępem/sępie
stork | ooievaar | bocian/bociana/bocianem/bocianie
pelican | pelikaan | pelikan/pelikana/pelikanem/pelikanie
wasp | wesp | osa/osę/osą/osie/os
mosquito | mug | komar/komara/komarem/komarze
grasshopper | sprinkhaan | konik polny/koniki polne/konika polnego/pasikonik/pasikonika/pasikonikiem
panther | panter | pantera/panterę/panterą/panterze/panter
lynx | lynx | ryś/rysia/rysie/rysiem/rysiu/rysiów
rhinoceros | neushoorn | nosorożec/nosorożca/nosorożce/nosorożcem/nosorożcu/nosorożców
hippopotamus | nijlpaard | hipopotam/hipopotama/hipopotamem/hipopotamie
ape | apen/mensapen | małp
buffalo | buffel | bawół/bawołu/bawołem/bawole
bison | bizon/wisent | bizon/bizona/bizonem/bizonie/żubr/żubra
bush | struik | krzak/krzakiem/krzaku/krzew/krzewem
hedge | heg/haag | żywopłot/żywopłotem/żywopłocie
poppy | klaproos/papaver | mak/makiem/maku
violet | viooltje | fiołek/fiołki/fiołkiem/fiołku/fiołków
ivy | klimop | bluszcz/bluszczu/bluszczem
moss | mos | mech/mchu/mchem/mchy
weed | onkruid | chwast/chwastem/chwaście
trunk | stam/boomstam | pień/pnia/pnie/pniem/pniu/pni
root | - | korzeń/korzenie/korzeniem/korzeniu
seed | zaad/zaadje | nasiono/nasionem/nasieniu/nasion/ziarno
thorn | doorn/stekel | cierń/ciernie/cierniem/cierniu/kolec/kolce
vine | wijnstok/wingerd/wijnrank | winorośl/winorośle/winoroślą/pnącze/pnącza/pnączem
palm | - | palm
pine | pijnboom | sosen
willow | wilg/treurwilg | wierzba/wierzbę/wierzbą/wierzbie/wierzb
apple tree | - | jabłoń/jabłonie/jabłonią
blossom | bloesem | kwiecie/kwiecień
petal | bloemblaadje | płatek/płatki/płatkiem/płatku/płatków
fountain | fontein | fontanna/fontanną/fontannę/fontanny/fontannie
stained glass window | glas-in-loodraam/glas-in-lood-raam | witraż okienny
stem | stengel | łodyga/łodygę/łodygą/łodydze/łodyg
bud | knop | pąk/pąkiem/pąku/pączek
clover | klaver | koniczyna/koniczynę/koniczyną/koniczynie
reed | riet | trzcina/trzcinę/trzciną/trzcinie
seaweed | zeewier | wodorost
coral | koraal | koral/korale/koralem/koralu/koralowiec/koralowce
blouse | bloes/blouse | bluzka/bluzkę/bluzką/bluzce/bluzek
trousers | - | spodni
vest | gilet/vest | kamizelka/kamizelkę/kamizelką/kamizelce/kamizelek
bow tie | vlinderdas/strikje | muszka/muszkę/muszką/muszce/muszek
belt | riem/ceintuur | pasek/paski/paskiem/pasku/pasków
mitten | wanten/wantje | rękawiczek/rękawica/rękawice/rękawic
hood | capuchon/kap | kaptur/kapturem/kapturze
carpet | tapijt/vloerkleed/tapijten | dywan/dywanem/dywanu/dywany/dywanik/dywanikiem
sandal | sandaal | sandał/sandałem/sandale
slipper | pantoffel/slof | kapeć/kapcie/kapciem/kapciu/kapci/pantofel/pantofle
stocking | kous | pończocha/pończochę/pończochą/pończosze/pończoch
apron | schort | fartuch/fartuchem/fartuchu
uniform | uniform | mundur/mundurem/mundurze/uniform
robe | gewaad/badjas | szata/szatę/szatą/szacie/szat/szlafrok
gown | japon/gewaad | suknia/suknię/suknie/suknią/sukni/sukien
cloak | mantel | płaszcze
button | knoop | guzik/guzikiem/guziku
zipper | rits/ritssluiting | suwak/suwakiem/suwaku/zamek błyskawiczny
pocket | zak | kieszeń/kieszenie/kieszenią
collar | kraag/halsband | kołnierz/kołnierze/kołnierzem/kołnierzu/obroża/obrożę
sleeve | mouw | rękaw/rękawem/rękawie
ribbon | lint/lintje | wstążka/wstążkę/wstążką/wstążce/wstążek/wstęga
bow | strik/boog | kokarda/kokardę/kokardą/kokardzie/kokard/łuk/łukiem/łuku
brooch | broche | broszka/broszkę/broszką/broszce/broszek
watch | horloge/polshorloge | zegarek/zegarki/zegarkiem/zegarku/zegarków
tiara | tiara/diadeem | tiara/tiarę/tiarą/tiarze/diadem/diademem
purse | portemonnee/beurs | portmonetka/portmonetkę/portmonetką/sakiewka/sakiewkę
handbag | - | torebce/torebek
wallet | portefeuille/portemonnee | portfel/portfele/portfelem/portfelu
fan | waaier/ventilator | wachlarz/wachlarze/wachlarzem/wachlarzu/wentylator
cottage | cottage/landhuisje | chacie/domki/domkiem
cabin | blokhut | chatce/chatek/kabina/kabinę
mansion | landhuis/herenhuis/villa | rezydencja/rezydencję/rezydencje/rezydencją/dwór/dworu/dworem/dworze
fortress | vesting/fort/burcht | twierdza/twierdzę/twierdze/twierdzą/forteca/fortecę
chapel | kapel | kaplica/kaplicę/kaplice/kaplicą/kaplic
mosque | moskee | meczet/meczetem/meczecie
monastery | klooster | klasztor/klasztorem/klasztorze
amphitheater | amfitheater | amfiteatr/amfiteatrem/amfiteatrze
cinema | bioscoop | kino/kinem/kinie/kin
store | - | -
butcher | slager/slagerij | rzeźnik/rzeźnika/rzeźnicy/rzeźnikiem/rzeźniku
pharmacy | apotheek | apteka/aptekę/apteką/aptece/aptek
bank | - | bank/bankiem/banku
post office | postkantoor | poczta/pocztę/pocztą/poczcie/poczt/urząd pocztowy
office | kantoor | biuro/biurem/biurze/biur
factory | fabriek | fabryka/fabrykę/fabryką/fabryce/fabryk
stable | stal/paardenstal | stajnia/stajnię/stajnie/stajnią/stajni
shed | - | szopa/szopę/szopą/szopie/szop
dam | dam/stuwdam | tama/tamę/tamą/tamie/zapora/zaporę
well | put/waterput | studnia/studnię/studnie/studnią/studni
monument | monument/gedenkteken | -
arch | boog | łuk/łukiem/łuku
column | zuil/kolom | kolumna/kolumnę/kolumną/kolumnie/kolumn
pillar | pilaar/pijler | filar/filarem/filarze
stairs | - | schodów
wheelbarrow | kruiwagen | taczka/taczkę/taczką/taczce/taczek
corridor | gang/corridor | korytarz/korytarze/korytarzem/korytarzu
hallway | gang/hal | korytarz/korytarze/korytarzem/korytarzu/przedpokój/przedpokoju
hall | hal/zaal | hala/halę/hale/halą/sala/salę/sale/salą/sal
dining room | eetkamer | jadalnia/jadalnię/jadalnie/jadalnią/jadalni
cellar | kelder | piwnica/piwnicę/piwnice/piwnicą/piwnic
basement | kelder/souterrain | piwnica/piwnicę/piwnice/piwnicą/piwnic/suterena
porch | veranda/portiek | ganek/ganki/gankiem/ganku/ganków/weranda/werandę
courtyard | binnenplaats/binnenhof | dziedziniec/dziedzińce/dziedzińcem/dziedzińcu/dziedzińców
yard | erf/achtertuin | podwórko/podwórkiem/podwórku/podwórek/podwórze
lawn | gazon | trawnik/trawnikiem/trawniku
sidewalk | stoep/trottoir | chodnik/chodnikiem/chodniku
avenue | laan/boulevard | aleja/aleję/aleje/aleją/alei
crossroads | kruispunt/kruising | skrzyżowanie/skrzyżowania/skrzyżowaniem/skrzyżowaniu/skrzyżowań/rozdroże
highway | snelweg | autostrada/autostradę/autostradą/autostradzie/autostrad
town | - | miasteczko
capital | hoofdstad/hoofdsteden | stolica/stolicę/stolice/stolicą/stolic
sandcastle | - | zamek z piasku/zamki z piasku/zamku z piasku/zamkiem z piasku/zamków z piasku
port | - | porcie
dock | dok/kade | dok/dokiem/doku/nabrzeże
pier | pier/steiger | molo/pomost/pomostem/pomoście
shore | oever | brzeg/brzegiem/brzegu
plain | vlakte | równina/równinę/równiną/równinie/równin
plateau | plateau/hoogvlakte | płaskowyż/płaskowyże/płaskowyżem/płaskowyżu
wood | hout | drewno/drewnem/drewnie
marsh | - | bagien
bay | baai/inham | zatoka/zatokę/zatoką/zatoce/zatok
gulf | zeeboezem | zatoka/zatokę/zatoką/zatoce/zatok
peninsula | schiereiland | półwysep/półwyspy/półwyspem/półwyspie/półwyspów
pebble | kiezel/kiezelsteen/keitje | kamyk/kamykiem/kamyku/kamyczek
boulder | rotsblok/kei | głaz/głazem/głazie
mud | modder | błoto/błotem/błocie
dust | stof | kurz/kurzu/kurzem/pył/pyłu/pyłem
anvil | aambeeld | kowadło/kowadłem/kowadle/kowadeł
hail | hagel/hagelstenen | grad/gradem/gradzie
thunder | donder/gedonder | grzmot/grzmotem/grzmocie
breeze | bries/briesje | bryza/bryzę/bryzą/bryzie/wietrzyk/wietrzykiem
mist | nevel | -
horizon | horizon/einder | horyzont/horyzontem/horyzoncie
tram | tram | tramwaj/tramwaje/tramwajem/tramwaju
subway | metro/ondergrondse | metro/metrem/metrze
bike | - | -
ferry | pont | prom/promem/promie
raft | vlot | tratwa/tratwę/tratwą/tratwie/tratw
airplane | - | samolocie
jet | straalvliegtuig/straaljager/jet | odrzutowiec/odrzutowce/odrzutowcem/odrzutowcu/odrzutowców
cart | kar/handkar | wózek/wózki/wózkiem/wózku/wózków/wóz
wagon | wagon | wóz/wozem/wozie/wagon/wagonem/wagonie
sleigh | arrenslee | saniami/sań
tire | band/autoband | opona/oponę/oponą/oponie/opon
sail | zeil | żagiel/żagle/żaglem/żaglu/żagli
mast | mast | maszt/masztem/maszcie
oar | roeispaan/riem | wiosło/wiosłem/wiośle/wioseł
waiter | ober/kelner | kelner/kelnera/kelnerzy/kelnerem/kelnerze
waitress | serveerster | kelnerka/kelnerkę/kelnerką/kelnerce/kelnerek
guard | bewaker/wachter | strażnik/strażnika/strażnicy/strażnikiem/strażniku
captain | kapitein | kapitan/kapitana/kapitanowie/kapitanem/kapitanie
driver | bestuurder/chauffeur | kierowca/kierowcę/kierowcą/kierowców
singer | zanger/zangeres | piosenkarz/piosenkarza/piosenkarze/piosenkarzem/piosenkarzu/piosenkarka/śpiewak
actor | acteur | aktor/aktora/aktorzy/aktorem/aktorze
actress | actrice | aktorka/aktorkę/aktorką/aktorce/aktorek
writer | schrijver/schrijfster | pisarz/pisarza/pisarze/pisarzem/pisarzu
poet | dichter/poëet | poeta/poetę/poeci/poetą/poecie/poetów
engineer | ingenieur | inżynier/inżyniera/inżynierowie/inżynierem/inżynierze
builder | bouwvakker/bouwer | budowniczy/budowniczego/budowniczowie/budowniczym/budowlaniec/budowlańcy/budowlańców
carpenter | timmerman/timmerlieden | cieśla/cieślę/cieśle/cieślą/stolarz/stolarza/stolarze/stolarzem
blacksmith | smid/smeden | kowal/kowala/kowale/kowalem/kowalu
hunter | jager | myśliwy/myśliwego/myśliwi/myśliwym/myśliwych/łowca/łowców
shepherd | herder | pasterz/pasterza/pasterze/pasterzem/pasterzu
merchant | koopman/kooplieden/handelaar | kupiec/kupca/kupcem/kupcu/kupców
customer | klant | klient/klienta/klienci/klientem/kliencie
magician | goochelaar | magik/magika/magicy/magikiem/magiku/czarodzieje
juggler | jongleur | żongler/żonglera/żonglerzy/żonglerem/żonglerze
acrobat | acrobaat | akrobata/akrobatę/akrobaci/akrobatą/akrobacie/akrobatów
monk | monnik | mnich/mnicha/mnisi/mnichem/mnichu
nun | non | zakonnica/zakonnicę/zakonnice/zakonnicą/zakonnic
priest | priester/pastoor | ksiądz/księdza/księża/księdzem/księdzu/kapłan/kapłana
bishop | bisschop | biskup/biskupa/biskupem/biskupie
emperor | keizer | cesarz/cesarza/cesarze/cesarzem/cesarzu
empress | keizerin | cesarzowa/cesarzową/cesarzowe/cesarzowej/cesarzowych
lord | heer/edelman/edellieden/lord | lord/lorda/lordowie/lordem/lordzie/szlachcic/szlachcica/szlachcice
lady | dame | dama/damę/damą/damie
servant | bediende/bedienden/dienaar | sługa/sługę/słudzy/sługą/słudze/sług/służący/służącego/służących
maid | dienstmeisje/dienstmeid | pokojówka/pokojówkę/pokojówką/pokojówce/pokojówek/służąca/służącą
beggar | bedelaar | żebrak/żebraka/żebracy/żebrakiem/żebraku
thief | dief | złodziej/złodzieja/złodzieje/złodziejem/złodzieju/złodziei
gentleman | heer/gentleman | dżentelmen/dżentelmena/dżentelmenem/dżentelmenie
uncle | oom | wujek/wujka/wujkowie/wujkiem/wujku/wujków/stryj
aunt | tante | ciocia/ciocię/ciocie/ciocią/cioci/ciotka/ciotkę/ciotką/ciotek
cousin | neef/nicht | kuzyn/kuzyna/kuzynem/kuzynie/kuzynka/kuzynkę
nephew | neef/neefje | bratanek/bratanka/bratankowie/bratankiem/bratanku/bratanków/siostrzeniec/siostrzeńca
niece | nicht/nichtje | bratanica/bratanicę/bratanice/bratanicą/bratanic/siostrzenica/siostrzenicę/siostrzenice
twin | tweeling/tweelingbroer/tweelingzus | bliźniak/bliźniaka/bliźniacy/bliźniakiem/bliźnię/bliźnięta/bliźniaczka
crowd | menigte/mensenmassa | tłum/tłumem/tłumie
tourist | toerist | turysta/turystę/turyści/turystą/turyście/turystów
traveller | reiziger | podróżnik/podróżnika/podróżnicy/podróżnikiem/podróżniku
neighbour | buurman/buren/buurvrouw | sąsiad/sąsiada/sąsiedzi/sąsiadem/sąsiedzie/sąsiadka
stranger | vreemdeling/onbekende/onbekenden | nieznajomy/nieznajomego/nieznajomi/nieznajomym/nieznajomych/obcy
tennis | tennis | tenis/tenisa/tenisem/tenisie
rugby | rugby | rugby
baseball | honkbal/baseball | baseball/baseballa/baseballem/bejsbol
wrestling | worstelen | zapasy/zapasami/zapasach/zapasów
cycling | wielrennen | kolarstwo/kolarstwem/kolarstwie
skating | schaatsen | łyżwiarstwo/łyżwiarstwem/łyżwiarstwie/łyżwy
fencing | schermen/schermsport | szermierka/szermierkę/szermierką/szermierce
archery | boogschieten | łucznictwo/łucznictwem/łucznictwie
gymnastics | turnen/gymnastiek | gimnastyka/gimnastykę/gimnastyką/gimnastyce
racket | racket | rakiecie/rakiet
net | netten/visnet/vangnet | siatka/siatkę/siatką/siatce/siatek/sieć/siecią
trophy | trofee/beker | trofeum/trofea/trofeów/puchar/pucharem/pucharze
medal | medaille | medal/medale/medalem/medalu
referee | scheidsrechter | sędzia/sędziego/sędziowie/sędzią/sędziów
coach | trainer/coach/coaches | trener/trenera/trenerzy/trenerem/trenerze
pitchfork | hooivork/riek | widły/widłami/widłach/wideł
race | race/wedloop/wedren | wyścig/wyścigiem/wyścigu
harp | harp | harfa/harfę/harfą/harfie/harf
trombone | trombone/schuiftrompet | puzon/puzonem/puzonie
horn | hoorn | róg/rogiem/rogu/waltornia
bell | belletje | dzwon/dzwonem/dzwonie/dzwonek/dzwonki/dzwonkiem/dzwonku
organ | orgel | organy/organami/organach/organów
harmonica | mondharmonica/harmonica | harmonijka/harmonijkę/harmonijką/harmonijce/harmonijek
song | lied/liedje | piosenka/piosenkę/piosenką/piosence/piosenek/pieśń
melody | melodie/wijsje | melodia/melodię/melodie/melodią
orchestra | orkest | orkiestra/orkiestrę/orkiestrą/orkiestrze/orkiestr
choir | koor | chór/chórem/chórze
fair | kermis | jarmark/jarmarkiem/jarmarku/festyn/festynie
banquet | - | bankiecie
torch | fakkel/zaklamp | pochodnia/pochodnię/pochodnie/pochodnią/pochodni/latarka/latarkę
calendar | kalender | kalendarz/kalendarze/kalendarzem/kalendarzu
notebook | schrift/notitieboek/notitieboekje | zeszyt/zeszytem/zeszycie/notes/notatnik
diary | - | pamiętnik/pamiętnikiem/pamiętniku/dziennik
magazine | tijdschrift | czasopismo/czasopismem/czasopiśmie/czasopism/magazyn
letter | brief/letter | list/listem/litera/literę/literą/literze/liter
envelope | envelop | koperta/kopertę/kopertą/kopercie/kopert
stamp | postzegel/stempel | znaczek/znaczki/znaczkiem/znaczku/znaczków/pieczątka
eraser | gummetje | gumka/gumkę/gumką/gumce/gumek
ruler | liniaal | linijka/linijkę/linijką/linijce/linijek
glue | lijm | klej/kleje/klejem/kleju
couch | bankstel | kanap
armchair | fauteuil/leunstoel | fotel/fotele/fotelem/fotelu
stool | kruk | stołek/stołki/stołkiem/stołku/stołków/taboret
closet | - | szaf
cabinet | - | szafka/szafkę/szafką/szafce/szafek
bookcase | - | regał/regałem/regale/biblioteczka
cushion | kussen | poduszka/poduszkę/poduszką/poduszce/poduszek
mattress | matras | materac/materace/materacem/materacu
curtain | gordijn | zasłona/zasłonę/zasłoną/zasłonie/zasłon/firanka
puppet | marionet | kukiełka/kukiełkę/kukiełką/kukiełce/kukiełek/marionetka
whistle | - | gwizdek/gwizdki/gwizdkiem/gwizdku/gwizdków
puzzle | puzzel/legpuzzel | puzzle/puzzli/układanka/układankę/łamigłówka
metal | metaal | metal/metale/metalem/metalu
iron | ijzer/strijkijzer | żelazo/żelazem/żelazie/żelazko
steel | staal | stal/stalą
bronze | brons | brąz/brązu/brązem
brass | messing | mosiądz/mosiądzu/mosiądzem
cardboard | karton | karton/kartonu/kartonem/kartonie/tektura/tekturę/tekturą/tekturze
cotton | katoen | bawełna/bawełnę/bawełną/bawełnie
rubber | rubber | guma/gumę/gumą/gumie
concrete | beton | beton/betonu/betonem/betonie
granite | graniet | granit/granitu/granitem/granicie
wax | bijenwas/kaarsvet | wosk/wosku/woskiem
ceramic | keramiek/aardewerk | ceramika/ceramikę/ceramiką/ceramice
rectangle | rechthoek | prostokąt/prostokątem/prostokącie
oval | ovaal | owal/owale/owalem/owalu
cube | kubus/blokje | sześcian/sześcianem/sześcianie/kostka
cone | kegel/hoorntje | stożek/stożki/stożkiem/stożku/stożków/wafel/waflu/wafelku
cylinder | cilinder | walec/walce/walcem/walcu/walców/cylinder
dot | stip/stipje | kropka/kropkę/kropką/kropce/kropek
stripe | streep | pasek/paski/paskiem/pasku/pasków/prążek/prążki
curve | bocht/kromme/curve | krzywa/krzywą/krzywe/krzywej/zakręt/zakrętem/łuk
zigzag | zigzag | zygzak/zygzakiem/zygzaku
grid | raster/rooster | siatka/siatkę/siatką/siatce/siatek/kratka/kratkę
spiral | spiraal | spirala/spiralę/spirale/spiralą
texture | textuur/structuur | tekstura/teksturę/teksturą/teksturze/faktura/fakturę
shade | tint | cienia/cieniu/odcień/odcienie
tone | tint/kleurtoon | odcień/odcienie/odcieniem/odcieniu/ton/tonem
smile | glimlach/lach | uśmiech/uśmiechem/uśmiechu
tear | traan | łza/łzę/łzą/łzie/łez
joy | vreugde/blijdschap | radość/radością
sadness | verdriet/droefheid | smutek/smutku/smutkiem
fear | angst/vrees | strach/strachu/strachem/lęk/lęku
anger | woede/boosheid | gniew/gniewu/gniewem/złość/złością
peace | vrede/rust | spokój/spokoju/spokojem
love | liefde | miłość/miłością
dream | droom | sen/snu/sny/snem/śnie/snów/marzenie/marzenia
nightmare | nachtmerrie | koszmar/koszmarem/koszmarze
silence | stilte | cisza/ciszę/ciszą
noise | lawaai/herrie/geluid | hałas/hałasu/hałasem/szum/szumu
season | seizoen/jaargetijde/jaargetijden | sezon/sezonem/sezonie/pora roku/pory roku
midnight | middernacht | północ/północą
weather | weersgesteldheid/weersomstandigheden | pogoda/pogodę/pogodą/pogodzie
temperature | temperatuur | temperatura/temperaturę/temperaturą/temperaturze
heat | hitte/warmte | upał/upału/upałem/żar/żaru/ciepło
sunshine | zonneschijn | słońca
thunderstorm | onweersbui | burz
hurricane | orkaan | huragan/huraganem/huraganie
flood | overstroming/vloed | powódź/powodzią/powodzie
drought | droogte | susza/suszę/susze/suszą
blizzard | - | śnieżyca/śnieżycę/zamieć/zamiecią
raindrop | regendruppel | kropla deszczu/krople deszczu/kropla/kroplę/krople/kroplą/kropel
puddle | plas | kałuża/kałużę/kałuże/kałużą/kałuż
icicle | ijspegel | sopel/sople/soplem/soplu/sopli
wig | pruik | peruka/perukę/peruką/peruce/peruk
mustache | snor | wąs
nose | neus | nos/nosem
mouth | mond | usta/ust/buzia
lip | lip | warga/wargę/wargą/wardze/warg
ear | oor/oren | ucho/uszy/uchem/uchu/uszu/uszami
teeth | tanden | zęby/zębów/zębami
tooth | tand | ząb/zębem/zębie
tongue | tong | język/językiem/języku
neck | nek/hals | szyja/szyję/szyje/szyją/szyi
arm | - | rąk/ramiona/ramieniem
elbow | elleboog | łokieć/łokcie/łokciem/łokciu/łokci
finger | vinger | palec/palce/palcem/palcu/palców
thumb | duim | kciuk/kciukiem/kciuku
leg | been | noga/nogę/nogą/nodze/nóg
knee | knie | kolano/kolanem/kolanie/kolan
foot | voet | stopa/stopę/stopą/stopie/stóp
toe | teen | palec u nogi/palce u nóg/paluch
back | rug | plecy/plecami/plecach/pleców
belly | buik | brzuch/brzuchem/brzuchu
skin | huid/vel | skór
bone | bot/beenderen | kość/kością
claw | klauw | pazur/pazurem/pazurze/szpon
paw | poot/pootje | łapa/łapę/łapą/łap/łapka
beak | snavel | dziób/dziobem/dziobie
"""
NL_PL_ADJECTIVES = """
busy | druk/drukke | ruchliwy/ruchliwa/ruchliwe/ruchliwej/ruchliwym
invisible | onzichtbaar/onzichtbare | niewidzialny/niewidzialna/niewidzialne/niewidzialnej/niewidzialną
glass | glazen | szklany/szklana/szklane/szklanym/szklanej
red | rood/rode | czerwony/na czerwono
ginger | rossig/rosse | rudy/ruda/rude/rudego/rudą/rudym/rudej
blue | blauw | niebieski/na niebiesko
green | groen | zielony/na zielono
yellow | geel/gele | żółty/na żółto
black | zwart | czarny/na czarno
white | wit/witte | biały/na biało
pink | roze | różowy/na różowo
purple | paars/lila | fioletowy/liliowy/na fioletowo
orange | oranje | pomarańczowy/na pomarańczowo
brown | bruin | brązowy
grey | grijs/grijze | szary
golden | gouden | złoty
silver | zilveren | srebrny
big | groot/grote | duży/wielki/ogromny
small | klein | mały/malutki
tiny | piepklein/minuscuul | maleńki/malusieńki
huge | enorm/reusachtig | olbrzymi/gigantyczny
long | lang | długi
tall | hoog/hoge | wysoki
old | oud | stary
young | jong | młody
new | nieuw | nowy
beautiful | mooi/prachtig | piękny/ładny
cute | schattig/lief | słodki/uroczy
ugly | lelijk | brzydki
magic | magisch | magiczny/czarodziejski
happy | blij/vrolijk | szczęśliwy/wesoły
sad | verdrietig | smutny
angry | boos | zły
dark | donker | ciemny
darker | donkerder | ciemniejszy/ciemniej
brighter | lichter/helderder | jaśniejszy/jaśniej
bigger | groter | większy/większe/większa
wider | breder | szerszy/szersze/szersza
smaller | kleiner | mniejszy/mniejsze/mniejsza
bright | licht/helder | jasny
colorful | kleurrijk/kleurig | kolorowy
sleepy | slaperig | śpiący
fluffy | pluizig/donzig | puszysty
funny | grappig | zabawny/śmieszny
scary | eng | straszny
realistic | realistisch | realistyczny
futuristic | futuristisch | futurystyczny
medieval | middeleeuws | średniowieczny
snowy | besneeuwd | zaśnieżony/ośnieżony
wooden | houten | drewniany
flying | vliegend | latający
pastel | pastel | pastelowy
neon | neon | neonowy
shiny | glanzend/glimmend | błyszczący/lśniący
foggy | mistig | mglisty
stormy | stormachtig | burzowy
cloudy | bewolkt | pochmurny
rainy | regenachtig | deszczowy
sunny | zonnig | słoneczny
cozy | gezellig/knus | przytulny
spooky | griezelig | upiorny
haunted | spookachtig | nawiedzony
elegant | elegant | elegancki
vintage | vintage | vintage
minimalist | minimalistisch | minimalistyczny
empty | leeg | pusty
calm | rustig/kalm | spokojny
mysterious | mysterieus/geheimzinnig | tajemniczy
romantic | romantisch | romantyczny
wild | wild | dziki
soft | zacht | miękki
frozen | bevroren | zamarznięty
hot | heet/warm | gorący
cold | koud | zimny
wet | nat | mokry
fast | snel | szybki
tired | moe | zmęczony
friendly | vriendelijk | przyjazny
evil | kwaadaardig | zły/okrutny
epic | episch | epicki
cinematic | filmisch | filmowy
detailed | gedetailleerd | szczegółowy
simple | eenvoudig/simpel | prosty
abstract | abstract | abstrakcyjny
modern | modern | nowoczesny
gothic | gotisch | gotycki
surreal | surrealistisch | surrealistyczny
striped | gestreept | w paski/pasiasty
black and white | zwart-wit/zwartwit | czarno-biały/czarno-białe/czarno-biała
round | rond | okrągły
delicious | lekker | pyszny
realistic photo | fotorealistisch | fotorealistyczny
threatening | dreigend/dreigende | groźny
blurry | wazig/wazige | rozmyty
wicker | rieten | wiklinowy
famous | beroemd/beroemde | sławny
existing | bestaande | istniejący
professional | professioneel/professionele | profesjonalny
clean | strak/strakke | czysty
delft blue | delfts blauw | niebieski delft
left | linker/linkse | lewy
right | rechter/rechtse | prawy
silver | zilver/zilveren | srebrny
previous | vorige | poprzedni
large | - | wielkiej
little | - | malutkiej
enormous | - | olbrzymiej
gigantic | gigantisch/gigantische | olbrzymiej
miniature | miniatuur | miniaturowa/miniaturowe/miniaturowym/miniaturowej/miniaturowych/miniaturową/malutkiej
wide | breed/brede/wijd/wijde | szeroka/szerokie/szerokim/szerokiej/szerokich/szeroką
narrow | smal/smalle/nauw/nauwe | wąska/wąskie/wąskim/wąskiej/wąskich/wąską
thick | dik/dikke | gruba/grube/grubym/grubej/grubych/grubą
fat | dik/dikke/vet/vette | gruba/grube/grubym/grubej/grubych/grubą/tłusta/tłuste/tłustym/tłustej/tłustych/tłustą
slim | slank/slanke | szczupła/szczupłe/szczupłym/szczupłej/szczupłych/szczupłą/smukła/smukłe/smukłym/smukłej/smukłych/smukłą
skinny | mager/magere/broodmager/broodmagere | chuda/chude/chudym/chudej/chudych/chudą
heavy | zwaar/zware | ciężka/ciężkie/ciężkim/ciężkiej/ciężkich/ciężką
deep | diep/diepe | głęboka/głębokie/głębokim/głębokiej/głębokich/głęboką
shallow | ondiep/ondiepe | płytkie/płytkim/płytkiej/płytkich/płytką
low | laag/lage | niska/niskie/niskim/niskiej/niskich/niską
high | - | wysokiej
flat | plat/platte | płaska/płaskie/płaskim/płaskiej/płaskich/płaską
sharp | scherp/scherpe | ostra/ostre/ostrym/ostrej/ostrych/ostrą
smooth | glad/gladde | gładka/gładkie/gładkim/gładkiej/gładkich/gładką
hard | hard/harde | twarda/twarde/twardym/twardej/twardych/twardą
furry | harig/harige/bontachtig/bontachtige | futrzasta/futrzaste/futrzastym/futrzastej/futrzastych/futrzastą
hairy | harig/harige/behaard/behaarde | włochata/włochate/włochatym/włochatej/włochatych/włochatą/owłosiona/owłosione/owłosionym/owłosionej/owłosionych/owłosioną
bald | kaal/kale | łysa/łyse/łysym/łysej/łysych/łysą
wrinkled | gerimpeld/gerimpelde/rimpelig/rimpelige | pomarszczona/pomarszczone/pomarszczonym/pomarszczonej/pomarszczonych/pomarszczoną
silky | zijdeachtig/zijdeachtige/zijdezacht/zijdezachte | jedwabista/jedwabiste/jedwabistym/jedwabistej/jedwabistych/jedwabistą
dry | droog/droge | sucha/suche/suchym/suchej/suchych/suchą
damp | vochtig/vochtige | wilgotna/wilgotne/wilgotnym/wilgotnej/wilgotnych/wilgotną
muddy | modderig/modderige | błotnista/błotniste/błotnistym/błotnistej/błotnistych/błotnistą/zabłocona/zabłocone/zabłoconym/zabłoconej/zabłoconych/zabłoconą
dusty | stoffig/stoffige | zakurzona/zakurzone/zakurzonym/zakurzonej/zakurzonych/zakurzoną
dirty | vies/vieze/vuil/vuile | brudna/brudne/brudnym/brudnej/brudnych/brudną
glossy | - | -
glowing | gloeiend/gloeiende/stralend/stralende | świecąca/świecące/świecącym/świecącej/świecących/świecącą/jarząca/jarzące/jarzącym/jarzącej/jarzących/jarzącą
sparkling | fonkelend/fonkelende/sprankelend/sprankelende/bruisend/bruisende | iskrząca/iskrzące/iskrzącym/iskrzącej/iskrzących/iskrzącą/musująca/musujące/musującym/musującej/musujących/musującą
glittering | glinsterend/glinsterende/schitterend/schitterende | mieniąca/mieniące/mieniącym/mieniącej/mieniących/mieniącą
dim | schemerig/schemerige/dof/doffe | przyćmiona/przyćmione/przyćmionym/przyćmionej/przyćmionych/przyćmioną/mroczna/mroczne/mrocznym/mrocznej/mrocznych/mroczną
gloomy | somber/sombere/duister/duistere | ponura/ponure/ponurym/ponurej/ponurych/ponurą/posępna/posępne/posępnym/posępnej/posępnych/posępną
shady | schaduwrijk/schaduwrijke/beschaduwd/beschaduwde | cienista/cieniste/cienistym/cienistej/cienistych/cienistą/zacieniona/zacienione/zacienionym/zacienionej/zacienionych/zacienioną
windy | winderig/winderige | wietrzna/wietrzne/wietrznym/wietrznej/wietrznych/wietrzną
icy | ijzig/ijzige/ijskoud/ijskoude | lodowata/lodowate/lodowatym/lodowatej/lodowatych/lodowatą/oblodzona/oblodzone/oblodzonym/oblodzonej/oblodzonych/oblodzoną
misty | nevelig/nevelige | -
chilly | kil/kille/fris/frisse | chłodna/chłodne/chłodnym/chłodnej/chłodnych/chłodną
freezing | ijskoud/ijskoude/vriezend/vriezende | mroźna/mroźne/mroźnym/mroźnej/mroźnych/mroźną/lodowata/lodowate/lodowatym/lodowatej/lodowatych/lodowatą
burning | brandend/brandende | płonąca/płonące/płonącym/płonącej/płonących/płonącą
ancient | oeroud/oeroude/eeuwenoud/eeuwenoude/antiek/antieke | starożytna/starożytne/starożytnym/starożytnej/starożytnych/starożytną/prastara/prastare/prastarym/prastarej/prastarych/prastarą
antique | antiek/antieke | antyczna/antyczne/antycznym/antycznej/antycznych/antyczną/zabytkowa/zabytkowe/zabytkowym/zabytkowej/zabytkowych/zabytkową
elderly | bejaard/bejaarde | starsza/starsze/starszym/starszej/starszych/starszą/sędziwa/sędziwe/sędziwym/sędziwej/sędziwych/sędziwą
youthful | jeugdig/jeugdige | młodzieńcza/młodzieńcze/młodzieńczym/młodzieńczej/młodzieńczych/młodzieńczą
fresh | vers/verse/fris/frisse | świeża/świeże/świeżym/świeżej/świeżych/świeżą
rotten | rot/rotte/verrot/verrotte | zgniła/zgniłe/zgniłym/zgniłej/zgniłych/zgniłą
ripe | rijp/rijpe | dojrzała/dojrzałe/dojrzałym/dojrzałej/dojrzałych/dojrzałą
raw | rauw/rauwe | surowa/surowe/surowym/surowej/surowych/surową
cooked | gekookt/gekookte/gaar/gare | gotowana/gotowane/gotowanym/gotowanej/gotowanych/gotowaną/ugotowana/ugotowane/ugotowanym/ugotowanej/ugotowanych/ugotowaną
roasted | geroosterd/geroosterde/gebraden | pieczona/pieczone/pieczonym/pieczonej/pieczonych/pieczoną
fried | gebakken/gefrituurd/gefrituurde | smażona/smażone/smażonym/smażonej/smażonych/smażoną
baked | gebakken | pieczona/pieczone/pieczonym/pieczonej/pieczonych/pieczoną
grilled | gegrild/gegrilde | grillowana/grillowane/grillowanym/grillowanej/grillowanych/grillowaną
sweet | zoet/zoete | słodkiej
sour | zuur/zure | kwaśna/kwaśne/kwaśnym/kwaśnej/kwaśnych/kwaśną
bitter | bitter/bittere | gorzka/gorzkie/gorzkim/gorzkiej/gorzkich/gorzką
salty | zout/zoute | słone/słonym/słonej/słonych
spicy | pittig/pittige/gekruid/gekruide | ostra/ostre/ostrym/ostrej/ostrych/ostrą/pikantna/pikantne/pikantnym/pikantnej/pikantnych/pikantną
juicy | sappig/sappige | soczysta/soczyste/soczystym/soczystej/soczystych/soczystą
crispy | krokant/krokante | chrupiąca/chrupiące/chrupiącym/chrupiącej/chrupiących/chrupiącą/chrupka/chrupkie/chrupkim/chrupkiej/chrupkich/chrupką
crunchy | knapperig/knapperige/krokant/krokante | chrupiąca/chrupiące/chrupiącym/chrupiącej/chrupiących/chrupiącą/chrupka/chrupkie/chrupkim/chrupkiej/chrupkich/chrupką
creamy | romig/romige | kremowa/kremowe/kremowym/kremowej/kremowych/kremową
tasty | smakelijk/smakelijke | smaczna/smaczne/smacznym/smacznej/smacznych/smaczną
peaceful | vredig/vredige | -
quiet | stil/stille | cicha/ciche/cichym/cichej/cichych/cichą
noisy | lawaaierig/lawaaierige/luidruchtig/luidruchtige | hałaśliwa/hałaśliwe/hałaśliwym/hałaśliwej/hałaśliwych/hałaśliwą/głośna/głośne/głośnym/głośnej/głośnych/głośną
loud | luid/luide/luidruchtig/luidruchtige | głośna/głośne/głośnym/głośnej/głośnych/głośną
silent | stil/stille/zwijgend/zwijgende | cicha/ciche/cichym/cichej/cichych/cichą/milcząca/milczące/milczącym/milczącej/milczących/milczącą
cheerful | opgewekt/opgewekte | radosna/radosne/radosnym/radosnej/radosnych/radosną
joyful | vreugdevol/vreugdevolle | radosna/radosne/radosnym/radosnej/radosnych/radosną
nostalgic | nostalgisch/nostalgische | nostalgiczna/nostalgiczne/nostalgicznym/nostalgicznej/nostalgicznych/nostalgiczną
proud | trots/trotse | dumna/dumne/dumnym/dumnej/dumnych/dumną
shy | verlegen | nieśmiała/nieśmiałe/nieśmiałym/nieśmiałej/nieśmiałych/nieśmiałą
brave | dapper/dappere/moedig/moedige | odważna/odważne/odważnym/odważnej/odważnych/odważną/dzielna/dzielne/dzielnym/dzielnej/dzielnych/dzielną
fierce | woest/woeste/fel/felle | zaciekła/zaciekłe/zaciekłym/zaciekłej/zaciekłych/zaciekłą
gentle | zachtaardig/zachtaardige | łagodna/łagodne/łagodnym/łagodnej/łagodnych/łagodną/delikatna/delikatne/delikatnym/delikatnej/delikatnych/delikatną
curious | nieuwsgierig/nieuwsgierige | ciekawska/ciekawskie/ciekawskim/ciekawskiej/ciekawskich/ciekawską/zaciekawiona/zaciekawione/zaciekawionym/zaciekawionej/zaciekawionych/zaciekawioną
nervous | nerveus/nerveuze/zenuwachtig/zenuwachtige | nerwowa/nerwowe/nerwowym/nerwowej/nerwowych/nerwową/zdenerwowana/zdenerwowane/zdenerwowanym/zdenerwowanej/zdenerwowanych/zdenerwowaną
worried | bezorgd/bezorgde/ongerust/ongeruste | zmartwiona/zmartwione/zmartwionym/zmartwionej/zmartwionych/zmartwioną/zaniepokojona/zaniepokojone/zaniepokojonym/zaniepokojonej/zaniepokojonych/zaniepokojoną
excited | opgewonden/enthousiast/enthousiaste | podekscytowana/podekscytowane/podekscytowanym/podekscytowanej/podekscytowanych/podekscytowaną
bored | verveeld/verveelde | znudzona/znudzone/znudzonym/znudzonej/znudzonych/znudzoną
hungry | hongerig/hongerige | głodna/głodne/głodnym/głodnej/głodnych/głodną
sick | ziek/zieke | chora/chore/chorym/chorej/chorych/chorą
healthy | gezond/gezonde | zdrowa/zdrowe/zdrowym/zdrowej/zdrowych/zdrową
strong | sterk/sterke | silna/silne/silnym/silnej/silnych/silną
weak | zwak/zwakke | słaba/słabe/słabym/słabej/słabych/słabą
pretty | knap/knappe | -
handsome | knap/knappe | przystojna/przystojne/przystojnym/przystojnej/przystojnych/przystojną
lovely | - | śliczna/śliczne/ślicznym/ślicznej/ślicznych/śliczną
charming | charmant/charmante/bekoorlijk/bekoorlijke | czarująca/czarujące/czarującym/czarującej/czarujących/czarującą
graceful | sierlijk/sierlijke/gracieus/gracieuze | zgrabna/zgrabne/zgrabnym/zgrabnej/zgrabnych/zgrabną/wdzięczna/wdzięczne/wdzięcznym/wdzięcznej/wdzięcznych/wdzięczną
fancy | chic/chique/sjiek/sjieke/deftig/deftige | eleganckiej/wymyślna/wymyślne/wymyślnym/wymyślnej/wymyślnych/wymyślną
ornate | versierd/versierde/sierlijk/sierlijke | ozdobna/ozdobne/ozdobnym/ozdobnej/ozdobnych/ozdobną/zdobiona/zdobione/zdobionym/zdobionej/zdobionych/zdobioną
luxurious | luxueus/luxueuze/luxe | luksusowa/luksusowe/luksusowym/luksusowej/luksusowych/luksusową
rich | rijk/rijke | bogata/bogate/bogatym/bogatej/bogatych/bogatą
expensive | duur/dure | kosztowna/kosztowne/kosztownym/kosztownej/kosztownych/kosztowną/drogim/drogiej/drogich
cheap | goedkoop/goedkope | tani/tania/tanie/tanim/taniej/tanich/tanią
deserted | verlaten/uitgestorven | opuszczona/opuszczone/opuszczonym/opuszczonej/opuszczonych/opuszczoną/wyludniona/wyludnione/wyludnionym/wyludnionej/wyludnionych/wyludnioną
abandoned | verlaten | opuszczona/opuszczone/opuszczonym/opuszczonej/opuszczonych/opuszczoną/porzucona/porzucone/porzuconym/porzuconej/porzuconych/porzuconą
ruined | vervallen/verwoest/verwoeste | zrujnowana/zrujnowane/zrujnowanym/zrujnowanej/zrujnowanych/zrujnowaną/zniszczona/zniszczone/zniszczonym/zniszczonej/zniszczonych/zniszczoną
cracked | gebarsten/gescheurd/gescheurde | pęknięta/pęknięte/pękniętym/pękniętej/pękniętych/pękniętą/popękana/popękane/popękanym/popękanej/popękanych/popękaną
torn | gescheurd/gescheurde/verscheurd/verscheurde | podarta/podarte/podartym/podartej/podartych/podartą/rozdarta/rozdarte/rozdartym/rozdartej/rozdartych/rozdartą
messy | rommelig/rommelige/slordig/slordige | nieporządna/nieporządne/nieporządnym/nieporządnej/nieporządnych/nieporządną/zabałaganiona/zabałaganione/zabałaganionym/zabałaganionej/zabałaganionych/zabałaganioną
straight | recht/rechte | -
curved | gebogen/krom/kromme | zakrzywiona/zakrzywione/zakrzywionym/zakrzywionej/zakrzywionych/zakrzywioną/wygięta/wygięte/wygiętym/wygiętej/wygiętych/wygiętą
crooked | krom/kromme/scheef/scheve | krzywa/krzywe/krzywym/krzywej/krzywych/krzywą
oval | ovaal/ovale | owalna/owalne/owalnym/owalnej/owalnych/owalną
triangular | driehoekig/driehoekige | trójkątna/trójkątne/trójkątnym/trójkątnej/trójkątnych/trójkątną
rectangular | rechthoekig/rechthoekige | prostokątna/prostokątne/prostokątnym/prostokątnej/prostokątnych/prostokątną
pointed | puntig/puntige/spits/spitse | spiczasta/spiczaste/spiczastym/spiczastej/spiczastych/spiczastą/szpiczasta/szpiczaste/szpiczastym/szpiczastej/szpiczastych/szpiczastą
hollow | hol/holle | wydrążona/wydrążone/wydrążonym/wydrążonej/wydrążonych/wydrążoną
solid | massief/massieve/stevig/stevige | lita/lite/litym/litej/litych/litą/solidna/solidne/solidnym/solidnej/solidnych/solidną
spotted | gevlekt/gevlekte/gespikkeld/gespikkelde | cętkowana/cętkowane/cętkowanym/cętkowanej/cętkowanych/cętkowaną/nakrapiana/nakrapiane/nakrapianym/nakrapianej/nakrapianych/nakrapianą
dotted | gestippeld/gestippelde | kropkowana/kropkowane/kropkowanym/kropkowanej/kropkowanych/kropkowaną
checkered | geruit/geruite/geblokt/geblokte | kraciasta/kraciaste/kraciastym/kraciastej/kraciastych/kraciastą
patterned | gedessineerd/gedessineerde/bedrukt/bedrukte | wzorzysta/wzorzyste/wzorzystym/wzorzystej/wzorzystych/wzorzystą
vivid | levendig/levendige/fel/felle | żywa/żywe/żywym/żywej/żywych/żywą/jaskrawa/jaskrawe/jaskrawym/jaskrawej/jaskrawych/jaskrawą
faded | verbleekt/verbleekte/vervaagd/vervaagde/verschoten | wyblakła/wyblakłe/wyblakłym/wyblakłej/wyblakłych/wyblakłą/spłowiała/spłowiałe/spłowiałym/spłowiałej/spłowiałych/spłowiałą
woolen | wollen | wełniana/wełniane/wełnianym/wełnianej/wełnianych/wełnianą
magical | betoverend/betoverende | czarodziejskiej
enchanted | betoverd/betoverde | zaczarowana/zaczarowane/zaczarowanym/zaczarowanej/zaczarowanych/zaczarowaną
cursed | vervloekt/vervloekte | przeklęta/przeklęte/przeklętym/przeklętej/przeklętych/przeklętą
dangerous | gevaarlijk/gevaarlijke | niebezpieczna/niebezpieczne/niebezpiecznym/niebezpiecznej/niebezpiecznych/niebezpieczną
creepy | - | przerażająca/przerażające/przerażającym/przerażającej/przerażających/przerażającą
silly | gek/gekke/dwaas/dwaze/mal/malle | głupiutka/głupiutkie/głupiutkim/głupiutkiej/głupiutkich/głupiutką/głupi/głupia/głupie/głupim/głupiej/głupich/głupią
weird | raar/rare/vreemd/vreemde | dziwna/dziwne/dziwnym/dziwnej/dziwnych/dziwną
royal | koninklijk/koninklijke | królewska/królewskie/królewskim/królewskiej/królewskich/królewską
rural | landelijk/landelijke | wiejska/wiejskie/wiejskim/wiejskiej/wiejskich/wiejską
urban | stedelijk/stedelijke | miejska/miejskie/miejskim/miejskiej/miejskich/miejską
arctic | arctisch/arctische | arktyczna/arktyczne/arktycznym/arktycznej/arktycznych/arktyczną
exotic | exotisch/exotische | egzotyczna/egzotyczne/egzotycznym/egzotycznej/egzotycznych/egzotyczną
heavenly | hemelse | niebiańska/niebiańskie/niebiańskim/niebiańskiej/niebiańskich/niebiańską
gorgeous | schitterend/schitterende | przepiękna/przepiękne/przepięknym/przepięknej/przepięknych/przepiękną/wspaniała/wspaniałe/wspaniałym/wspaniałej/wspaniałych/wspaniałą
majestic | majestueus/majestueuze | majestatyczna/majestatyczne/majestatycznym/majestatycznej/majestatycznych/majestatyczną
vast | uitgestrekt/uitgestrekte/immens/immense | rozległa/rozległe/rozległym/rozległej/rozległych/rozległą
distant | ver/verre/afgelegen | daleka/dalekie/dalekim/dalekiej/dalekich/daleką/odległa/odległe/odległym/odległej/odległych/odległą
open | open/geopend/geopende | otwarta/otwarte/otwartym/otwartej/otwartych/otwartą
closed | gesloten | zamknięta/zamknięte/zamkniętym/zamkniętej/zamkniętych/zamkniętą
hidden | verborgen | ukryta/ukryte/ukrytym/ukrytej/ukrytych/ukrytą
barefoot | blootsvoets/barrevoets | bosa/bose/bosym/bosej/bosych/bosą
asleep | - | -
awake | wakker/wakkere | obudzona/obudzone/obudzonym/obudzonej/obudzonych/obudzoną/przebudzona/przebudzone/przebudzonym/przebudzonej/przebudzonych/przebudzoną
alive | levend/levende | żywa/żywe/żywym/żywej/żywych/żywą
dead | dood/dode | martwa/martwe/martwym/martwej/martwych/martwą
sunlit | zonovergoten | nasłoneczniona/nasłonecznione/nasłonecznionym/nasłonecznionej/nasłonecznionych/nasłonecznioną
moonlit | maanverlicht/maanverlichte | księżycowa/księżycowe/księżycowym/księżycowej/księżycowych/księżycową
starry | sterrenrijk/sterrenrijke/sterrenbezaaid/sterrenbezaaide | gwiaździsta/gwiaździste/gwiaździstym/gwiaździstej/gwiaździstych/gwiaździstą
"""
NL_PL_VERBS = """
go back | ga terug/terug | wróć/cofnij
see | zie/zien | widzisz/widzę
draw | teken/tekenen | narysuj/narysować/rysuj/rysować/narysujesz
paint | schilder/schilderen | namaluj/namalować/maluj/malować
turn it into | maak er | zrób z tego/zrób z niego/zrób z niej/zrob z tego
make | maak/maken/creëer/genereer/doe | zrób/zrobić/stwórz/stworzyć/wygeneruj/wygenerować/utwórz
add | voeg/voeg toe/toevoegen/aan toevoegen/bij voegen | dodaj/dodać/dorysuj/domaluj
remove | verwijder/verwijderen/haal/haal weg/weghalen | usuń/usunąć/wyrzuć/skasuj/zabierz
change | verander/veranderen/wijzig | zmień/zmienić/przerób
put | zet/zetten/plaats/leg | postaw/połóż/umieść/wstaw
show | laat zien/toon | pokaż/pokazać
give | geef/geven | daj/dać
replace | vervang/vervangen | zamień/zastąp
move | verplaats/verschuif | przesuń
enlarge | vergroot/vergroten | powiększ/powiększyć
shrink | verklein/verkleinen | zmniejsz/zmniejszyć
rotate | draai/draaien | obróć
write | schrijf/schrijven | napisz/napisać
erase | wis/gum | wymaż/zetrzyj
keep | houd/behoud | zostaw/zachowaj
transform | verander in/transformeer | przemień/zmień w
color | kleur/inkleuren | pokoloruj/pomaluj
fix | herstel/verbeter | popraw/napraw
redo | doe opnieuw/opnieuw maken | powtórz
try | probeer | spróbuj
imagine | stel je voor/bedenk | wyobraź sobie
design | ontwerp | zaprojektuj
use | gebruik | użyj
hide | verstop/verberg | ukryj
darken | maak donkerder | przyciemnij
brighten | maak lichter | rozjaśnij
"""
NL_PL_ING = """
pushing | duwt/duwend/duwen | pcha/pchający/pchająca
drumming | drumt/drummend | gra na perkusji
running | rent/rennend/loopt hard | biegnie/biegnący/biega
sleeping | slaapt/slapend/slapen | śpi/śpiący/spi
flying | vliegt | leci/lata/lecący
swimming | zwemt/zwemmend | pływa/pływający
walking | loopt/lopend/wandelt | idzie/spaceruje/chodzi
sitting | zit/zittend | siedzi/siedzący
standing | staat/staand | stoi/stojący
eating | eet/etend | je/jedzący/zjada
reading | leest/lezend | czyta/czytający
playing | speelt/spelend | gra/bawi się
dancing | danst/dansend | tańczy/tańczący
singing | zingt/zingend | śpiewa
jumping | springt/springend | skacze
smiling | glimlacht | uśmiecha się/uśmiechnięty
holding | houdt/vasthoudt | trzyma
wearing | draagt/dragend | nosi/ma na sobie
looking at | kijkt naar | patrzy na
riding | rijdt op | jedzie na/jeździ na
named | genaamd/die heet/met de naam | o imieniu/imieniem/nazwany
saying | met de tekst/met erop | z napisem
riding a bicycle | fietst/fietsend | jedzie na rowerze/jeździ na rowerze
crying | huilt | płacze
catching | vangt | łapie
barking | blaft | szczeka
drinking | drinkt | pije
laughing | lacht/lachend | śmieje się
fishing | vist | łowi ryby
painting | schildert | maluje
drawing | tekent | rysuje
cooking | kookt | gotuje
climbing | klimt | wspina się
fighting | vecht | walczy
hugging | knuffelt | przytula
kissing | kust | całuje
waving | zwaait | macha
lying | ligt/liggend | leży/leżący
writing | schrijft | pisze
working | werkt | pracuje
floating | zweeft/drijft | unosi się
shining | schijnt | świeci
falling | valt | spada
thinking | denkt | myśli
sailing | zeilt | żegluje/płynie
driving | rijdt | prowadzi
retiring | gaat met pensioen | przechodzi na emeryturę
teeing off | afslaat | wykonuje uderzenie
scoring | scoort | strzela gola
kitesurfing | kitesurft/kitesurfen | kitesurfing
seen | gezien | widziany
painted | geschilderd/beschilderd | namalowany
cropped | bijgesneden | przycięty
lives | woont | mieszka
combine | combineren/combineer | połącz/połączyć
"""
NL_PL_FUNCTION = """
instead of | in plaats van/in de plaats van/i.p.v. | zamiast
through | door | przez
in the moonlight | bij maanlicht/in het maanlicht | w swietle ksiezyca
what do you see | wat zie je/wat zie jij | co widzisz
our | onze | nasz/nasza/nasze/naszego/naszej
in the background | op de achtergrond/in de achtergrond | w tle
by the sea | aan zee/aan de zee | nad morzem
by the lake | aan het meer | nad jeziorem
on the beach | op het strand/aan het strand | na plazy
first | eerste | pierwszy/pierwsza/pierwsze
another | nog een/nog eentje | jeszcze jeden/jeszcze jedna/jeszcze jedno
more | nog | jeszcze
a | een/'n | -
the | de/het/'t | -
of | van | -
of the | van de/van het | -
in | in | w/we
in the | in de/in het | -
on | op | na
at | bij/aan | przy
at the | bij de/aan de | -
with | met | z/ze
without | zonder | bez
under | onder | pod
it | hem | -
in landscape format | in liggend formaat/liggend formaat/breedbeeld/in breedbeeld | w poziomie/format poziomy/poziomo/panoramiczny/w formacie poziomym
in portrait format | in staand formaat/staand formaat | w pionie/format pionowy/pionowo/w formacie pionowym
in front of | - | przed
in front of it | ervoor/ervoor staand | -
behind it | erachter | -
next to it | ernaast | -
under it | eronder | -
behind | achter | za
near | naast/dichtbij | obok/koło/blisko
between | tussen | między/pomiędzy
above | boven | nad
for | voor | dla
from | uit/vanaf | od/spod
to | naar | do
and | en | i/oraz/a
or | of | lub/albo
very | heel/erg/zeer | bardzo
more | meer | więcej/bardziej
less | minder | mniej
me | me/mij | mi/mnie
it | - | to/go/ją/je
them | ze/zij | ich
us | ons | nam/nas
I | ik | ja
my | mijn | mój/moja/moje/mojego/moją/mojej
his | zijn | jego/jej
your | jouw/jullie | twój/twoja/twoje/twojego
two | twee | dwa/dwie/dwóch/dwoma
three | drie | trzy/trzech
four | vier | cztery/czterech
five | vijf | pięć/pięciu
six | zes | sześć
ten | tien | dziesięć
seven | zeven | siedem
eight | acht | osiem
nine | negen | dziewięć
this | dit/deze | ten/ta/tę/tego/tej/tym
during | tijdens | podczas
some | een paar/enkele/wat | kilka/parę/trochę
now | nu | teraz
then | dan/daarna/vervolgens | potem/następnie
again | opnieuw/weer/nog eens/nog een keer | znowu/ponownie/jeszcze raz
also | ook | też/także
full | vol | pełen/pełny/pełna/pełne
like | als/zoals | jak/jako
a bit | iets/een beetje/beetje | trochę
much | veel | dużo
a few | een paar/paar | kilka
why | waarom | dlaczego
so | zo | tak
which | welke/welk | który
against | tegen | o
after | na | po
about | - | -
outside | buiten | na zewnątrz
from above | van bovenaf/bovenaf | z góry
to the front | naar voren | do przodu
has | heeft | ma
twelve | twaalf | dwanaście
he | hij | on
must | moet/moeten | musi
no | geen/nee | nie/żadnych
someone | iemand | ktoś
let | - | niech
look | kijken/kijk | patrzeć/patrz
says | zegt | mówi
as if | alsof | jakby
I meant | ik bedoelde/bedoelde | chodziło mi o
in widescreen | in breedbeeld/breedbeeld | panoramicznie
"""
NL_PL_DROPPED = {
    "nl": ("alsjeblieft/alstublieft/aub/a.u.b/graag/kun je/kunt u/kan je/kan het/kan dat/kan/kun/kunt/wil je/wilt u/zou je/zou u/ik wil/"
           "ik wil graag/ik zou graag/ik zou willen/willen/ik wil dat je/dank je/dankjewel/bedankt/pls/please/"
           "hallo/hoi/hey/goedemorgen/goedemiddag/toe/weg/er/is/zijn er/die/dat/je/u/eens/even/maar/wel/nou/'s/"
           "erop/erin/erbij/hé/ok/oké"),
    "pl": ("proszę/prosze/poproszę/czy/możesz/mógłbyś/mogłabyś/mógłbyś mi/chcę/chciałbym/chciałabym/chcialbym/"
           "dzięki/dziękuję/cześć/hej/witaj/dzień dobry/się/który/która/które/którego/której/jest/są/niech będzie/niech/będzie/please/"
           "pls/o/no/może/mi proszę/sobie"),
}
PRONOUN_TAILS = {"me": "me", "moi": "me", "mi": "me", "lo": "it", "la": "it", "le": "it", "les": "them",
                 "los": "them", "las": "them", "li": "them", "nos": "us", "ci": "us", "o": "it", "a": "it"}
CLITICS = ("melo", "mela", "selo", "sela", "celo", "me", "mi", "lo", "la", "le", "li", "los", "las", "les", "nos",
           "ci", "te", "ti")  # pronouns joined to an es/it imperative: "dibujame", "fallo", "mettilo"
ELISION = re.compile(r"^([a-z]+)['’]", re.I)
# endings undone on lookup: (ending, replacement, plural?) tried in order, after the word as typed
ENDINGS = {
    "fr": [("aux", "al", True), ("eaux", "eau", True), ("x", "", True), ("es", "", True), ("es", "e", True),
           ("s", "", True), ("euse", "eux", False), ("ive", "if", False), ("ienne", "ien", False),
           ("elle", "el", False), ("ette", "et", False), ("enne", "en", False), ("e", "", False)],
    "es": [("ces", "z", True), ("es", "", True), ("as", "os", True), ("as", "o", True), ("s", "", True),
           ("a", "o", False)],
    "pt": [("oes", "ao", True), ("aes", "ao", True), ("ns", "m", True), ("is", "l", True), ("es", "", True),
           ("as", "os", True), ("as", "o", True), ("s", "", True), ("a", "o", False)],
    "it": [("chi", "co", True), ("ghi", "go", True), ("che", "ca", True), ("ghe", "ga", True), ("i", "o", True),
           ("i", "e", True), ("e", "a", True), ("a", "o", False), ("e", "o", True), ("i", "a", True)],
    "de": [("innen", "in", True), ("nen", "", True), ("en", "", True), ("er", "", True), ("es", "", False),
           ("em", "", False), ("e", "", True), ("n", "", True), ("s", "", True)],
    # Dutch: diminutives (huisje, boompje), doubled consonants (katten), long vowels (bomen -> boom, rode -> rood)
    "nl": [("'s", "", True), ("tjes", "", True), ("pjes", "", True), ("jes", "", True), ("tje", "", False),
           ("pje", "", False), ("je", "", False), ("eren", "", True),
           *((f"{c}{c}en", c, True) for c in "bdfgklmnprst"), *((f"{c}{c}e", c, False) for c in "bdfgklmnprst"),
           *((f"{v}{c}en", f"{v}{v}{'s' if c == 'z' else 'f' if c == 'v' else c}", True)
             for v in "aeou" for c in "bdfgklmnprstvz"),
           *((f"{v}{c}e", f"{v}{v}{'s' if c == 'z' else 'f' if c == 'v' else c}", False)
             for v in "aeou" for c in "bdfgklmnprstvz"),
           ("zen", "s", True), ("ven", "f", True), ("ze", "s", False), ("ve", "f", False), ("en", "", True),
           ("s", "", True), ("e", "", False), ("er", "", False)],
    # Polish cases (folded: "tęczę" -> "tecze" -> "tecza", "kota" -> "kot", "czerwonego" -> "czerwony")
    "pl": [("ami", "", True), ("ami", "a", True), ("ami", "o", True), ("ach", "", True), ("ach", "a", True),
           ("ach", "o", True), ("ow", "", True), ("iego", "i", False), ("ego", "y", False), ("ych", "y", False),
           ("ich", "i", False), ("ymi", "y", False), ("imi", "i", False), ("iem", "", False), ("em", "", False),
           ("em", "o", False), ("em", "e", False), ("ej", "y", False), ("ej", "i", False), ("ej", "a", False),
           ("ym", "y", False), ("im", "i", False), ("ie", "o", False), ("ie", "a", False), ("ie", "", False),
           ("ie", "i", False), ("y", "", True), ("y", "a", True), ("i", "", True), ("i", "a", True),
           ("i", "ia", False), ("a", "", False), ("a", "o", True), ("a", "y", False), ("a", "i", False),
           ("e", "a", False), ("e", "y", False), ("e", "i", False), ("e", "o", True), ("u", "", False),
           ("u", "o", False), ("u", "e", False), ("o", "y", False)],
}
TOKEN = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<![\w'])'[^']+'(?![\w'])|[\w'’-]+|[^\w\s]")


@dataclass
class Gloss:
    text: str  # the English, word by word
    known: int = 0  # content words found in the glossary
    unknown: list[str] = field(default_factory=list)  # content words not found (kept as typed in `text`)


@dataclass
class Entry:
    english: str
    kind: str  # "noun", "adj", "verb", "ing" or "function"


def fold(word: str) -> str:
    """Lowercase, accents off ("Bäume" -> "baume", "straße" -> "strasse"), curly apostrophes straight."""
    word = word.lower().replace("ß", "ss").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _table(text: str, kind: str, languages: tuple[str, ...] = TABLE_LANGUAGES) -> dict[str, dict[str, Entry]]:
    vocab: dict[str, dict[str, Entry]] = {code: {} for code in LANGUAGES}
    for line in text.strip().splitlines():
        english, *columns = [c.strip() for c in line.split("|")]
        for code, column in zip(languages, columns):
            for form in column.split("/"):
                entry = Entry("" if english == "-" else english, kind if english != "-" else "function")
                vocab[code].setdefault(fold(form.strip()), entry)
    return vocab


def _build() -> tuple[dict[str, dict[str, Entry]], dict[str, dict[str, Entry]]]:
    """(every form's first reading, the noun reading of forms first read as a verb) per language."""
    vocab: dict[str, dict[str, Entry]] = {code: {} for code in LANGUAGES}
    homographs: dict[str, dict[str, Entry]] = {code: {} for code in LANGUAGES}
    for code, table in [*_table(FUNCTION, "function").items(), *_table(NL_PL_FUNCTION, "function", NL_PL).items()]:
        vocab[code].update(table)
    for code, words in {**DROPPED, **NL_PL_DROPPED}.items():
        for word in words.split("/"):
            vocab[code].setdefault(fold(word), Entry("", "function"))
    for text, kind, languages in ((ING, "ing", TABLE_LANGUAGES), (VERBS, "verb", TABLE_LANGUAGES),
                                  (NOUNS, "noun", TABLE_LANGUAGES), (ADJECTIVES, "adj", TABLE_LANGUAGES),
                                  (NL_PL_ING, "ing", NL_PL), (NL_PL_VERBS, "verb", NL_PL),
                                  (NL_PL_NOUNS, "noun", NL_PL), (NL_PL_ADJECTIVES, "adj", NL_PL)):
        for code, table in _table(text, kind, languages).items():
            for form, entry in table.items():
                first = vocab[code].setdefault(form, entry)
                if kind == "noun" and first.kind in ("verb", "ing"):
                    homographs[code].setdefault(form, entry)
    return vocab, homographs


# a form read as a verb that is also a noun: "porte" wears, "une porte" is a door; "ruota" turns, "una ruota" a wheel
VOCAB, NOUN_HOMOGRAPHS = _build()
COLOUR_NOUNS = {code: {form: entry for form, entry in table.items() if form in VOCAB[code]}
                for code, table in _table(ADJECTIVES, "adj").items()}  # "rose"/"rosa": a flower, or pink
# the English adjectives of the tables, one word each ("calm", "cozy"): a look, when said after "make the sea"
ENGLISH_ADJECTIVES = frozenset(row.split("|")[0].strip() for row in (ADJECTIVES + NL_PL_ADJECTIVES).splitlines()
                               if "|" in row and " " not in row.split("|")[0].strip())
# the English nouns of the tables, last word of each ("tower", "pitbull"): a thing, when said after "make the volcano a"
ENGLISH_NOUNS = frozenset(row.split("|")[0].strip().split()[-1] for row in (NOUNS + NL_PL_NOUNS).splitlines()
                          if "|" in row and row.split("|")[0].strip())
PHRASE_LEN = 5  # longest phrase in the tables, in words ("au bord de la mer")


def vocabulary_size(language: str) -> int:
    """How many forms the glossary knows in that language."""
    return len(VOCAB[check_language(language)])


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"gloss: unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return language


IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "mouse": "mice", "fish": "fish",
                     "sheep": "sheep", "deer": "deer", "wolf": "wolves", "leaf": "leaves", "person": "people",
                     "glasses": "glasses", "hair": "hair", "grass": "grass", "snow": "snow", "rain": "rain",
                     "confetti": "confetti", "elf": "elves", "calf": "calves", "knife": "knives", "wife": "wives",
                     "goose": "geese", "loaf": "loaves", "shelf": "shelves", "tomato": "tomatoes", "potato": "potatoes",
                     "hero": "heroes", "volcano": "volcanoes", "mango": "mangoes", "echo": "echoes", "torpedo": "torpedoes",
                     "scarf": "scarves", "half": "halves", "thief": "thieves", "hoof": "hooves", "wharf": "wharves",
                     "dwarf": "dwarves", "life": "lives"}


_ONE_IN_S = frozenset("lens gas atlas canvas iris".split())  # one thing, though it ends in -s


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last in IRREGULAR_PLURALS:
        word = IRREGULAR_PLURALS[last]
    elif last in _SINGULARS or (re.search(r"[^su]s$", last) and last.lower() not in _ONE_IN_S):
        word = last  # "images", "children": already many
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    elif re.search(r"(s|x|ch|sh)$", last):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}".strip()


_SINGULARS = {many: one for one, many in IRREGULAR_PLURALS.items()}
# nouns that end in -ie ("pies" is no "py")
_IE_NOUNS = frozenset("pie tie lie cookie movie zombie brownie hippie selfie smoothie pixie genie calorie prairie rookie "
                      "goalie hoodie beanie freebie veggie birdie budgie collie doggie bootie boogie cutie sweetie "
                      "auntie bookie hottie newbie quickie sortie talkie walkie yuppie kiddie bestie".split())


# nouns whose one and many are spelled alike, or that only have an -s form ("a Christmas card", "a glasses case")
_SAME_IN_BOTH = frozenset("christmas glasses sunglasses jeans news series species scissors trousers pants shorts clothes "
                          "physics mathematics lens canvas atlas bus gas iris cactus octopus walrus hippopotamus "
                          "asparagus hummus couscous".split())


def singular(noun: str) -> str:
    """"flowers" -> "flower", "berries" -> "berry": the form a noun takes before another ("a flower background")."""
    head, _, last = noun.rpartition(" ")
    if last.lower() in _SAME_IN_BOTH:
        word = last
    elif last in _SINGULARS:
        word = _SINGULARS[last]
    elif re.search(r"[^aeiou]ies$", last) and last[:-1].lower() in _IE_NOUNS:
        word = last[:-1]  # "pies", "cookies", "movies": a pie, a cookie, a movie
    elif re.search(r"[^aeiou]ies$", last):
        word = last[:-3] + "y"
    elif re.search(r"(?:ss|x|ch|sh)es$", last):
        word = last[:-2]
    elif re.search(r"[^su]s$", last):
        word = last[:-1]
    else:
        word = last
    return f"{head} {word}".strip()


def lookup(word: str, language: str) -> tuple[Entry, bool] | None:
    """The entry of a folded word, its endings undone: (entry, plural?) or None."""
    vocab = VOCAB[language]
    if word in vocab:
        return vocab[word], False
    found = [(stem, is_plural) for stem, is_plural in stems(word, language) if stem in vocab and vocab[stem].kind != "function"]
    if not found:
        return None
    stem, is_plural = max(found, key=lambda f: (len(f[0]), len(os.path.commonprefix([f[0], word]))))  # the least taken
    # off: "ailes" wings (aile), not garlic (ail); "velas" candles (vela), not fleeces (velo)
    return vocab[stem], is_plural and vocab[stem].kind == "noun"


def stems(word: str, language: str):
    """(base form, plural?) for each of the language's endings the folded word may carry, in ENDINGS order."""
    for ending, repl, is_plural in ENDINGS[language]:
        if word.endswith(ending) and len(word) - len(ending) >= (1 if language == "nl" else 2):  # nl: b-omen
            yield word[: len(word) - len(ending)] + repl, is_plural


def clitic_split(word: str, language: str) -> list[str] | None:
    """"dibujame" -> ["draw", "me"], "fallo" -> ["make", "it"]: an es/it imperative with pronouns joined."""
    if language not in ("es", "it"):
        return None
    for tail in CLITICS:
        stem = word[: -len(tail)]
        if not word.endswith(tail) or len(stem) < 2:
            continue
        for candidate in (stem, stem[:-1] if stem[-1] == tail[0] else None):
            found = VOCAB[language].get(candidate) if candidate else None
            if found and found.kind == "verb":
                pronouns = [PRONOUN_TAILS.get(p, p) for p in (tail[:2], tail[2:]) if p]
                return [found.english] + [p for p in pronouns if p != "te" and p != "ti" and p != "se"]
    return None


def compound_split(word: str, language: str = "de") -> str | None:
    """A German or Dutch compound of two known nouns ("Drachenhöhle" -> "dragon cave", "tulpenveld" -> "tulip
    field"), else None."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        tail_found = lookup(tail, language)
        if not tail_found or tail_found[0].kind != "noun":
            continue
        for link in ("", "s", "n", "en", "e"):
            base = head[: len(head) - len(link)] if link and head.endswith(link) else (head if not link else None)
            if base and (found := lookup(base, language)) and found[0].kind in ("noun", "adj"):
                return f"{found[0].english} {plural(tail_found[0].english) if tail_found[1] else tail_found[0].english}"
    return None


@dataclass
class Word:
    english: str  # the English, or the word as typed
    kind: str  # an Entry kind, "keep" (name, number, quote, punctuation) or "unknown"
    typed: str = ""


# the Earth, the Moon and the Sun, often capitalised, are no names to keep as typed
_WORLDS = frozenset("terre tierra erde terra aarde ziemia lune luna mond lua maan soleil sol sonne sole zon".split())


def _worlds_read(words: list[Word], language: str) -> list[Word]:
    """"la Terre", "la Luna": the Earth and the Moon, capitalised after "the", are read (a cat named Soleil is kept)."""
    out = list(words)
    for i in range(1, len(out)):
        found = lookup(fold(out[i].english), language) if out[i].kind == "keep" and fold(out[i].english) in _WORLDS \
            and out[i - 1].english == "the" else None
        if found:
            out[i] = Word(found[0].english, found[0].kind, out[i].english)
    return out


# places whose names differ by language ("Roma", "Londres", "München"): read as the English name, capitalised or not
PLACES = """
Rome | rome | roma | rom | roma | roma
London | londres | londres | london | londres | londra
Paris | paris | paris | paris | paris | parigi
Venice | venise | venecia | venedig | veneza | venezia
Florence | florence | florencia | florenz | florenca | firenze
Naples | naples | napoles | neapel | napoles | napoli
Milan | milan | milan | mailand | milao | milano
Munich | munich | munich | munchen | munique | monaco di baviera
Cologne | cologne | colonia | koln | colonia | colonia
Vienna | vienne | viena | wien | viena | vienna
Lisbon | lisbonne | lisboa | lissabon | lisboa | lisbona
Prague | prague | praga | prag | praga | praga
Athens | athenes | atenas | athen | atenas | atene
Moscow | moscou | moscu | moskau | moscou | mosca
Brussels | bruxelles | bruselas | brussel | bruxelas | bruxelles
Geneva | geneve | ginebra | genf | genebra | ginevra
Warsaw | varsovie | varsovia | warschau | varsovia | varsavia
Seville | seville | sevilla | sevilla | sevilha | siviglia
New York | new york | nueva york | new york | nova iorque | new york
the Alps | alpes | alpes | alpen | alpes | alpi
the Netherlands | pays-bas | paises bajos | niederlande | paises baixos | paesi bassi
Germany | allemagne | alemania | deutschland | alemanha | germania
Spain | espagne | espana | spanien | espanha | spagna
Italy | italie | italia | italien | italia | italia
France | france | francia | frankreich | franca | francia
England | angleterre | inglaterra | england | inglaterra | inghilterra
Scotland | ecosse | escocia | schottland | escocia | scozia
Greece | grece | grecia | griechenland | grecia | grecia
Japan | japon | japon | japan | japao | giappone
Egypt | egypte | egipto | agypten | egito | egitto
the Mediterranean | mediterranee | mediterraneo | mittelmeer | mediterraneo | mediterraneo
the North Sea | - | - | nordsee | - | -
the Baltic Sea | - | - | ostsee | - | -
the Black Forest | - | - | schwarzwald | - | -
Turin | turin | turín | turin | turim | torino
Genoa | gênes | génova | genua | génova/gênova | genova
Copenhagen | copenhague | copenhague | kopenhagen | copenhaga/copenhague | copenaghen
Switzerland | suisse | suiza | schweiz | suíça | svizzera
Austria | autriche | austria | österreich | áustria | austria
Belgium | belgique | bélgica | belgien | bélgica | belgio
Sweden | suède | suecia | schweden | suécia | svezia
Norway | norvège | noruega | norwegen | noruega | norvegia
Denmark | danemark | dinamarca | dänemark | dinamarca | danimarca
Poland | pologne | polonia | polen | polónia/polônia | polonia
Russia | russie | rusia | russland | rússia | russia
Mexico | mexique | méxico | mexiko | méxico | messico
Bavaria | bavière | baviera | bayern | baviera | baviera
Tuscany | toscane | toscana | toskana | toscana | toscana
Sicily | sicile | sicilia | sizilien | sicília | sicilia
Sardinia | sardaigne | cerdeña | sardinien | sardenha | sardegna
Normandy | normandie | normandía | normandie | normandia | normandia
Brittany | bretagne | bretaña | bretagne | bretanha | bretagna
Andalusia | andalousie | andalucía | andalusien | andaluzia | andalusia
the Pyrenees | pyrénées | pirineos | pyrenäen | pirenéus | pirenei
the Dolomites | dolomites | dolomitas | dolomiten | dolomitas | dolomiti
the Black Sea | - | - | - | - | -
the Rhine | rhin | rin | rhein | reno | reno
the Danube | danube | danubio | donau | danúbio | danubio
Europe | europe | europa | europa | europa | europa
the Colosseum | colisée | coliseo | kolosseum | coliseu | colosseo
the Eiffel Tower | tour eiffel | torre eiffel | eiffelturm | torre eiffel | torre eiffel
the Leaning Tower of Pisa | tour de pise | torre de pisa | schiefer turm von pisa | torre de pisa | torre di pisa
"""
_PLACE_NAMES = {code: {fold(form.strip()): row.split("|")[0].strip() for row in PLACES.strip().splitlines()
                       for form in row.split("|")[1 + i].split("/") if form.strip() and form.strip() != "-"}
                for i, code in enumerate(TABLE_LANGUAGES)}


def read_word(token: str, language: str, first: bool) -> list[Word]:
    """One typed word -> its English words (several for an elision, a hyphen or a clitic)."""
    if re.fullmatch(r"\d0s", token):  # "70s" (from "70er-Jahre-Stil")
        return [Word(token, "keep")]
    word = fold(token)
    shouting = token.isupper() and len(token) > 1  # "DESSINE UN CHAT": read; an unknown all-caps word is a name
    if (place := _PLACE_NAMES.get(language, {}).get(word)) is not None:
        return [Word(place, "keep", token)]  # "Roma": Rome
    if token[:1].isupper() and not first and language != "de" and not shouting:
        return [Word(token, "keep")]  # a name
    found = lookup(word, language)
    if shouting and not found and word not in VOCAB[language]:
        return [Word(token, "keep")]
    if found:
        entry, is_plural = found
        return [Word(plural(entry.english) if is_plural else entry.english, entry.kind, token)]
    if (m := ELISION.match(word)) and m.end() < len(word):
        head = VOCAB[language].get(m.group(1))
        rest = read_word(token[m.end():], language, True)
        return ([Word(head.english, "function")] if head else [Word(token[: m.end()], "function")]) + rest
    if "-" in word.strip("-"):
        first_part, *tails = token.split("-")
        words = read_word(first_part, language, first)
        for tail in tails:
            pronoun = PRONOUN_TAILS.get(fold(tail)) or {"tu": "", "vous": "", "moi": "me", "lui": "it"}.get(fold(tail))
            words += [Word(pronoun, "function")] if pronoun is not None else read_word(tail, language, False)
        return words
    if split := clitic_split(word, language):
        return [Word(split[0], "verb", token)] + [Word(p, "function") for p in split[1:]]
    if language in ("de", "nl") and (compound := compound_split(word, language)):
        return [Word(compound, "noun", token)]
    if found := cognate(word, language):
        return [Word(*found, token)]
    if found := diminutive(word, language):
        return [Word(found, "noun", token)]
    return [Word(token, "unknown", token)]


_NOT_DIMINUTIVES = frozenset("burrito burritos mosquito mosquitos bonito bonita bonitos bonitas carrito palito bolsillo bolsillos cepillo cuchillo cuchillos ladrillo ladrillos pasillo martillo "
                              "castillo castillos tortilla tortillas bocadillo palillos zapatilla zapatillas cinturino "
                              "cappuccino panino panini cassetta cassetto lavandino giardino giardini mattina cucina "
                              "vetrina vitrine gelatina cartina farinha cozinha vizinho vizinha caminho sobrinho sobrinha "
                              "camisinha".split())
# "conejito", "gatinhos", "casetta": a little one of a noun ((ending, base ending, plural?), longest first)
DIMINUTIVES = {
    "es": (("citos", "", True), ("citas", "", True), ("cito", "", False), ("cita", "", False), ("itos", "o", True),
           ("itas", "a", True), ("ito", "o", False), ("ita", "a", False), ("illos", "o", True), ("illo", "o", False)),
    "pt": (("zinhos", "", True), ("zinhas", "", True), ("zinho", "", False), ("zinha", "", False), ("inhos", "o", True),
           ("inhas", "a", True), ("inho", "o", False), ("inha", "a", False)),
    "it": (("ini", "o", True), ("ine", "a", True), ("ino", "o", False), ("ina", "a", False), ("etti", "o", True),
           ("ette", "a", True), ("etto", "o", False), ("etta", "a", False)),
}


def diminutive(word: str, language: str) -> str | None:
    """"conejito" -> "little rabbit", "peixinhos" -> "little fish": a noun the glossary knows, made small; None for
    English words ("burrito", "marina") and words of their own ("bolsillo" is a pocket)."""
    if word in lexicon.english_words() or word in _NOT_DIMINUTIVES:
        return None
    for ending, base_ending, is_plural in DIMINUTIVES.get(language, ()):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        entry = next((VOCAB[language][form] for form in (stem + base_ending, stem + "o", stem + "a", stem + "e")
                      if form in VOCAB[language]), None)
        if entry is not None and entry.kind == "noun" and " " not in entry.english:
            return f"little {plural(entry.english) if is_plural else entry.english}"
    return None


# endings that Romance and Germanic words share with English ones ("cubismo" -> cubism, "misterioso" -> mysterious,
# "fantastisch" -> fantastic): (ending, English ending, kind); a result must be an English word, except -ism
COGNATE_ENDINGS = {
    "es": (("ismo", "ism", "noun"), ("ista", "ist", "adj"), ("ico", "ic", "adj"), ("ica", "ic", "adj"), ("oso", "ous", "adj"),
           ("osa", "ous", "adj"), ("cion", "tion", "noun"), ("dad", "ty", "noun"), ("ivo", "ive", "adj"),
           ("iva", "ive", "adj"), ("ario", "ary", "adj"), ("aria", "ary", "adj"), ("ente", "ent", "adj"),
           ("ante", "ant", "adj"), ("al", "al", "adj")),
    "pt": (("ismo", "ism", "noun"), ("ista", "ist", "adj"), ("ico", "ic", "adj"), ("ica", "ic", "adj"), ("oso", "ous", "adj"),
           ("osa", "ous", "adj"), ("cao", "tion", "noun"), ("dade", "ty", "noun"), ("ivo", "ive", "adj"),
           ("iva", "ive", "adj"), ("ario", "ary", "adj"), ("aria", "ary", "adj"), ("ente", "ent", "adj"),
           ("ante", "ant", "adj"), ("al", "al", "adj")),
    "it": (("ismo", "ism", "noun"), ("ista", "ist", "adj"), ("ico", "ic", "adj"), ("ica", "ic", "adj"), ("oso", "ous", "adj"),
           ("osa", "ous", "adj"), ("zione", "tion", "noun"), ("ta", "ty", "noun"), ("ivo", "ive", "adj"),
           ("iva", "ive", "adj"), ("ario", "ary", "adj"), ("aria", "ary", "adj"), ("ente", "ent", "adj"),
           ("ante", "ant", "adj"), ("ale", "al", "adj")),
    "fr": (("isme", "ism", "noun"), ("iste", "ist", "adj"), ("ique", "ic", "adj"), ("eux", "ous", "adj"), ("euse", "ous", "adj"),
           ("tion", "tion", "noun"), ("if", "ive", "adj"), ("ive", "ive", "adj"),
           ("aire", "ary", "adj"), ("ent", "ent", "adj"), ("ant", "ant", "adj"), ("el", "al", "adj"), ("al", "al", "adj")),
    "de": (("ismus", "ism", "noun"), ("ist", "ist", "noun"), ("isch", "ic", "adj"), ("ische", "ic", "adj"),
           ("ischen", "ic", "adj"), ("tion", "tion", "noun"), ("itat", "ity", "noun"), ("iv", "ive", "adj"),
           ("ive", "ive", "adj")),
    "nl": (("isme", "ism", "noun"), ("ist", "ist", "noun"), ("isch", "ic", "adj"), ("ische", "ic", "adj"),
           ("tie", "tion", "noun"), ("iteit", "ity", "noun"), ("ief", "ive", "adj"), ("ieve", "ive", "adj")),
}
_COGNATE_PLURALS = {"es": ("es", "s"), "pt": ("s",), "it": (), "fr": ("s", "x"), "de": ("en", "e", "n"), "nl": ("en", "n", "s")}


# words whose English look-alike means something else ("fábrica" is a factory, "forte" strong)
FALSE_FRIENDS = frozenset("fabrica fabricas patte pattes forte fortes pasta pastas carpeta sensible sensibles actual "
                          "actuales largo larga exito librairie libreria embarazada ropa parente parentes".split())


def cognate(word: str, language: str) -> tuple[str, str] | None:
    """An unknown word read by an ending it shares with English: ("cubismo", "es") -> ("cubism", "noun"); None when
    no ending fits, the word is a false friend or the English word it would make is no word."""
    english_words = lexicon.english_words()
    if word in FALSE_FRIENDS:
        return None
    forms = [word] + [word[: -len(p)] for p in _COGNATE_PLURALS.get(language, ()) if word.endswith(p)]
    for form in forms:
        for ending, english_ending, kind in COGNATE_ENDINGS.get(language, ()):
            stem = form[: -len(ending)]
            if not form.endswith(ending) or len(stem) < 3:
                continue
            english = stem + english_ending
            if english_ending == "ism" or english in english_words:
                return (english if form == word else plural(english)), kind
    return None


def read_tokens(tokens: list[str], language: str) -> list[Word]:
    words: list[Word] = []
    i, first = 0, True
    while i < len(tokens):
        token = tokens[i]
        if token[0] in "\"“«" or (token[0] == "'" and len(token) > 2 and token.endswith("'")) or \
                not re.search(r"[^\W\d_]", token) or re.fullmatch(r"\d0s", token):
            words.append(Word(token, "keep"))  # quoted text, numbers, punctuation
            first = token in ".!?;:¿¡"  # "¿Y puedes …": a sentence starts after "¿" too
            i += 1
            continue
        for size in range(PHRASE_LEN, 1, -1):  # the longest known phrase first: "coucher de soleil", "por favor"
            phrase = " ".join(fold(t) for t in tokens[i: i + size])
            if len(tokens[i: i + size]) == size and phrase in VOCAB[language]:
                entry = VOCAB[language][phrase]
                words.append(Word(entry.english, entry.kind, " ".join(tokens[i: i + size])))
                i += size
                break
        else:
            words += read_word(token, language, first)
            i += 1
        first = False
    return words


def reorder(words: list[Word], language: str) -> list[Word]:
    """Romance word order in English: a pronoun before its verb, adjectives after their noun, a colour said as a noun
    or after a name, "de" between two nouns; each step below works on a copy of the words."""
    out = list(words)
    for step in (_nouns_after_articles, _pronoun_objects, _daughter_of_mine, _colour_after_name, _colour_nouns, _adjectives_first,
                 _shaded_colours, _colour_after_de, _noun_of_noun, _comparative_first):
        out = step(out, language)
    return [w for w in out if w.english or w.kind != "keep"]


def _nouns_after_articles(out: list[Word], language: str) -> list[Word]:
    """"une porte rouge" -> "a red door": a verb form after "a", or after "the" inside a sentence, is its noun (a
    sentence that starts "la porte …" may be "wear it")."""
    homographs = NOUN_HOMOGRAPHS.get(language, {})
    for i in range(1, len(out)):
        noun = homographs.get(fold(out[i].typed or ""))
        article = out[i - 1].english
        if noun and (article in ("a", "an") or (article == "the" and i > 1 and out[i - 2].english)):
            out[i] = Word(noun.english, "noun", out[i].typed)
    return out


def _pronoun_objects(out: list[Word], language: str) -> list[Word]:
    """"le faire en aquarelle" -> "make it in watercolor", "le transformer en" -> "turn it into": a pronoun before its
    verb, where a sentence starts ("pouvez-vous le faire"; after a verb or preposition it is "the": "la montre")."""
    for i in range(len(out) - 1):
        before = next((w for w in reversed(out[:i]) if w.english), None)  # dropped words ("pouvez-vous") say nothing
        elided_the = not out[i].typed and out[i].english == "the"  # "l'agrandir": l' before a verb is "it" too
        if (fold(out[i].typed) in _OBJECT_CLITICS or elided_the) and out[i + 1].kind == "verb" and (before is None or before.kind == "keep"):
            pronoun = "them" if fold(out[i].typed) in ("les", "los", "las", "li") else "it"
            verb, *particle = out[i + 1].english.split(" ", 1)
            if particle:
                out[i], out[i + 1] = Word(f"{verb} {pronoun} {particle[0]}", "verb", out[i + 1].typed), Word("", "keep")
            else:
                out[i], out[i + 1] = out[i + 1], Word(pronoun, "keep", out[i].typed)
    return out


_DE_MORE = frozenset("noch etwas viel bisschen wenig deutlich".split())  # "noch blauer", "etwas heller": more so
_DE_BECOME = frozenset("machen mach macht gestalten werden wird sein ist".split())


def _german_comparatives(words: list[Word]) -> list[Word]:
    """"den Himmel blauer machen" -> "make the sky more blue": an adjective with "-er" and no noun after it (before
    "machen", after "noch", or last) is more of it; "ein blauer Himmel" is blue."""
    out = list(words)
    for i, word in enumerate(out):
        folded = fold(word.typed or "")
        stem = VOCAB["de"].get(folded[:-2]) if word.kind == "adj" and folded.endswith("er") else None
        if stem is None or stem.kind != "adj" or folded in VOCAB["de"] or word.english.startswith("more "):
            continue
        after = next((w for w in out[i + 1:] if w.english or w.kind == "keep"), None)
        before = fold(out[i - 1].typed or "") if i else ""
        if before in _DE_MORE or after is None or fold(after.typed or "") in _DE_BECOME or \
                (after.kind == "keep" and after.english in ".!?,"):
            out[i] = Word(f"more {word.english}", "adj", word.typed)
    return out


def _german_be(words: list[Word]) -> list[Word]:
    """"der Hund sollte bunter sein" -> "… should be more colourful": "sein" closing a clause after an adjective is the
    verb "be", not "his"; "als" after a comparative is "than"."""
    out = list(words)
    for i in range(1, len(out)):
        closes = i + 1 == len(out) or (out[i + 1].kind == "keep" and out[i + 1].english in ".!?,;")
        if fold(out[i].typed or "") == "sein" and closes and out[i - 1].kind == "adj":
            out[i - 1], out[i] = Word("be", "function", out[i].typed), out[i - 1]
        elif fold(out[i].typed or "") == "als" and re.search(r"er$|^more ", out[i - 1].english):
            out[i] = Word("than", "function", out[i].typed)  # "größer als der Baum": bigger than the tree
    return out


_CAFE_PLACE_BEFORE = frozenset("in at inside outside near from street corner parisian french italian roman spanish "
                               "portuguese viennese little cosy cozy old".split())
_CAFE_PLACE_AFTER = frozenset("terrace terraces chair chairs awning street corner square owner counter".split())


def _cafe_place(words: list[Word]) -> list[Word]:
    """"un petit café parisien avec des tables" -> "a small parisian cafe with tables": "café" is the place where a
    place's words stand around it ("une tasse de café" stays coffee)."""
    out = list(words)
    for i, word in enumerate(out):
        if fold(word.typed or "") not in ("cafe", "cafes") or word.english not in ("coffee", "coffees"):
            continue
        before = set(" ".join(w.english for w in out[max(0, i - 3): i]).split())
        after = set(" ".join(w.english for w in out[i + 1: i + 5]).split())
        if "of" not in before and (before & _CAFE_PLACE_BEFORE or after & _CAFE_PLACE_AFTER):
            out[i] = Word("cafes" if word.english == "coffees" else "cafe", "noun", word.typed)
    return out


_MAP_FORMS = frozenset("carte cartes karte karten kaart kaarten kartka".split())  # card or map, by what is on it
_ON_A_MAP = frozenset("mountain mountains forest forests river rivers island islands castle castles kingdom kingdoms "
                      "sea seas lake lakes village villages town towns city cities world worlds continent desert road "
                      "roads treasure dungeon dungeons region coast valley valleys swamp volcano".split())


def _map_or_card(words: list[Word]) -> list[Word]:
    """"une carte fantastique avec des montagnes, une forêt et un château": a map (places are drawn on it); "une carte
    d'anniversaire avec des ballons" stays a card."""
    out = list(words)
    english = {w.english for w in out}
    named_place = any((w.typed or w.english)[:1].isupper() and is_place_name(w.english) for w in out)  # "une carte de Lyon"
    if not (english & _ON_A_MAP or named_place) or english & {"birthday", "wedding", "christmas", "greeting", "invitation",
                                                             "thank", "post", "postcard"}:
        return out
    for i, word in enumerate(out):
        if fold(word.typed or "") in _MAP_FORMS and word.english in ("card", "cards"):
            out[i] = Word("maps" if word.english == "cards" else "map", "noun", word.typed)
    return out


def _going_back_home(words: list[Word]) -> list[Word]:
    """"vuelve a la anterior": go back; "un perro que vuelve a casa": a dog returning home (a thing named before it)."""
    out = list(words)
    for i, word in enumerate(out):
        if word.english == "go back" and any(w.kind in ("noun", "adj") for w in out[:i]):
            out[i] = Word("returning", "ing", word.typed)
    return out


def _number_more(out: list[Word], language: str) -> list[Word]:
    """"encore trois" / "otros tres" / "noch drei" -> "three more": "again", "other" or "more" before a number."""
    for i in range(len(out) - 1):
        if out[i].english in ("again", "other", "more") and (out[i + 1].english in NUMBERS or out[i + 1].english.isdigit()):
            out[i], out[i + 1] = out[i + 1], Word("more", "function", out[i].typed)
    return out


def _daughter_of_mine(out: list[Word], language: str) -> list[Word]:
    """"ma fille" -> "my daughter": French "fille" is a girl, but someone's fille is their daughter."""
    for i in range(1, len(out)):
        if language == "fr" and fold(out[i].typed or "") in ("fille", "filles") and out[i - 1].english in lexicon.POSSESSIVES:
            out[i] = Word("daughters" if fold(out[i].typed).endswith("s") else "daughter", "noun", out[i].typed)
    return out


def _colour_after_name(out: list[Word], language: str) -> list[Word]:
    """"una Vespa rossa" -> "a red Vespa": a colour after a name that follows "a"/"the"."""
    for i in range(1, len(out) - 1):
        if out[i].kind == "keep" and out[i].english[:1].isupper() and out[i - 1].english in ("a", "an", "the") and \
                out[i + 1].kind == "adj" and out[i + 1].english in COLOUR_WORDS:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _colour_nouns(out: list[Word], language: str) -> list[Word]:
    """"une robe rose" -> "a pink dress": a noun that is also a colour, right after a noun, is the colour."""
    for i in range(1, len(out)):
        colour = _colour_noun(fold(out[i].typed or ""), language)
        if colour and out[i].kind == "noun" and out[i - 1].kind == "noun":
            out[i] = Word(colour.english, "adj", out[i].typed)
    return out


def _colour_noun(folded: str, language: str) -> "Entry | None":
    """The colour a noun form also names, its plural undone ("roses" -> pink): None when it names no colour."""
    table = COLOUR_NOUNS[language]
    if folded in table:
        return table[folded]
    return next((table[stem] for stem, is_plural in stems(folded, language) if is_plural and stem in table), None)


_COMPARATIVES = frozenset("bigger smaller darker brighter wider taller shorter longer lighter".split())


def _comparative_first(out: list[Word], language: str) -> list[Word]:
    """"más grande el croissant" -> "make the croissant bigger": a change said comparative first, with no verb."""
    said = [w for w in out if w.english]
    if len(said) >= 3 and said[0].english in _COMPARATIVES and said[1].english == "the" and said[2].kind == "noun":
        return [Word("make", "verb"), *[w for w in out if w is not said[0]], said[0]]
    return out


def _adjectives_first(out: list[Word], language: str) -> list[Word]:
    """"dragón verde" -> "green dragon": the adjectives after a noun go before it; not a comparative after "make"
    ("rends le chat plus petit": make the cat smaller)."""
    made = False
    i = 0
    while i < len(out):
        made = made or out[i].english == "make"
        if out[i].kind == "noun":
            j = i + 1
            while j < len(out) and out[j].kind == "adj" and not (made and out[j].english in _COMPARATIVES):
                j += 1
            if j > i + 1:
                out[i:j] = out[i + 1: j] + [out[i]]
                i = j
                continue
        i += 1
    return out


def _shaded_colours(out: list[Word], language: str) -> list[Word]:
    """"blu scuro", "bleu clair" -> "dark blue", "light blue" ("clair" is light, not bright)."""
    for i in range(len(out) - 1):
        if out[i].english in COLOUR_WORDS and out[i + 1].kind == "adj" and out[i + 1].english in _SHADES:
            shade = "light" if fold(out[i + 1].typed) in _LIGHT_SHADES else out[i + 1].english
            out[i], out[i + 1] = Word(shade, "adj", out[i + 1].typed), out[i]
    return out


def _colour_after_de(out: list[Word], language: str) -> list[Word]:
    """"pinta el coche de azul" -> "paint the car blue" (not "un buquê de rosas brancas": of white roses)."""
    for i in range(len(out) - 2):
        if out[i].kind == "noun" and fold(out[i + 1].typed) in ("de", "en", "em", "in", "di", "a") and \
                out[i + 2].kind == "adj" and out[i + 2].english in COLOUR_WORDS and not (
                    i + 3 < len(out) and out[i + 3].kind == "noun"):
            out[i + 1] = Word("", "keep")
    return out


def _noun_of_noun(out: list[Word], language: str) -> list[Word]:
    """"bolo de aniversário" -> "birthday cake", "fondo de flores" -> "flower background"; not "une tasse de café" (a
    cup of coffee) nor "d'or" after an elision (of gold)."""
    for i in range(len(out) - 2):
        elided = not out[i + 1].typed and out[i + 1].english == "of"  # "gâteau d'anniversaire": d' read as "of"
        if out[i].kind == "noun" and (fold(out[i + 1].typed) in ("de", "di", "da", "do") or elided) and \
                out[i + 2].kind == "noun" and out[i].english not in _CONTAINERS and not (
                    elided and out[i + 2].english in _MATERIALS):
            modifier = Word(singular(out[i + 2].english), out[i + 2].kind, out[i + 2].typed)
            out[i: i + 3] = [modifier, out[i], Word("", "keep")]
    return out


_SHADES = frozenset("dark light pale bright deep".split())
_LIGHT_SHADES = frozenset("clair claire clairs claires claro clara claros claras chiaro chiara chiari chiare hell hellen "
                          "helle heller".split())
_OBJECT_CLITICS = frozenset("le la les l lo los las li".split())  # before a verb: it / them, not "the"
_CONTAINERS = frozenset("cup glass bowl plate bag box bottle basket jar pot slice piece bunch bouquet pile group herd "
                        "flock crowd family pair set cloud field sea forest row stack".split())
_MATERIALS = frozenset("gold silver ice wood stone glass crystal metal iron copper marble steel bronze".split())
NUMBERS = frozenset("two three four five six seven eight nine ten twelve".split())
COLOUR_WORDS = frozenset("red blue green yellow black white pink purple orange brown grey golden silver turquoise beige "
                         "navy lilac gold".split())


# what "some" takes in the singular ("un peu de vapeur": some steam)
_MASS_NOUNS = frozenset("steam smoke fog mist snow rain water sand light fire ice glitter confetti foam milk coffee tea "
                        "honey sugar salt flour gold silver wind dust frost haze sunlight moonlight grass hay straw".split())


def number_agreement(words: list[Word], language: str) -> list[Word]:
    """A noun after "a" is singular (German "einen grünen Drachen"); after a number, plural ("drei Vögel")."""
    for i, word in enumerate(words):
        if word.kind != "noun" or not word.typed:
            continue
        j = i - 1
        while j >= 0 and words[j].kind == "adj":
            j -= 1
        before = words[j].english if j >= 0 else ""
        found = lookup(fold(word.typed), language) if before else None
        if not found:
            continue
        if before == "a" and found[1]:
            words[i] = Word(found[0].english, "noun", word.typed)
        elif (before in NUMBERS or before in ("a few", "several", "some", "many") or (before.isdigit() and int(before) > 1)) \
                and not found[1] and found[0].kind == "noun" and not (before == "some" and found[0].english in _MASS_NOUNS):
            words[i] = Word(plural(found[0].english), "noun", word.typed)
    return words


def relative_clauses(words: list[Word]) -> list[Word]:
    """German ", der auf einem Berg schläft" -> ", sleeping on a mountain": pronoun dropped, the verb put first."""
    out = list(words)
    for i in range(len(out) - 1):
        if out[i].english == "," and fold(out[i + 1].typed or out[i + 1].english) in ("der", "die", "das", "the"):
            end = next((j for j in range(i + 2, len(out)) if out[j].kind == "keep" and out[j].english in ",.!?;"),
                       len(out))
            clause = out[i + 2: end]
            verbs = [w for w in clause if w.kind == "ing"]
            out[i + 1: end] = [Word("", "function")] + verbs + [w for w in clause if w.kind != "ing"]
    return out


def verb_first(words: list[Word]) -> list[Word]:
    """German "Kannst du ein Bild von einem Hund malen?" -> "paint a picture of a dog?": the one verb, said after its
    object (last, or before a place or time said after it: "Kun je een molen tekenen bij zonsondergang"); each clause
    of "den Himmel lila machen und ein paar Vögel hinzufügen" on its own."""
    verbs = [i for i, w in enumerate(words) if w.kind == "verb"]
    ends = [i for i, w in enumerate(words) if w.kind == "keep" and w.english in (".", "!", "?") and verbs and i < verbs[-1]]
    start = ends[-1] + 1 if ends else 0  # the verb's own sentence ("Ich verkaufe … online. Kannst du … zeichnen?")
    joins = [i for i in range(start + 1, len(words)) if words[i].english == "and" and words[i - 1].kind == "verb"]
    if joins:  # "… lila machen und … hinzufügen": two clauses, each with its verb last
        cut = joins[0]
        return words[:start] + _verb_to_front(words[start:cut]) + [words[cut]] + verb_first(words[cut + 1:])
    return words[:start] + _verb_to_front(words[start:])


def _verb_to_front(words: list[Word]) -> list[Word]:
    content = [i for i, w in enumerate(words) if w.english and not re.fullmatch(r"[^\w\"“«]+", w.english)]
    verbs = [i for i in content if words[i].kind == "verb"]
    if content and len(verbs) == 1 and verbs[0] != content[0] and any(words[i].kind == "noun" or words[i].english in ("it", "them")
                                                           for i in content if i < verbs[0]):  # "het groter maken"
        at, first = verbs[0], content[0]  # after what a dropped greeting left ("Hallo! …"), which is tidied away
        return words[:first] + [words[at]] + words[first:at] + words[at + 1:]
    return words


def dutch_order(words: list[Word]) -> list[Word]:
    """Dutch "het" is "the" before a noun ("het huis") and "it" elsewhere ("maak het 's nachts"); "een meer" is a
    lake, "meer sneeuw" more snow; "haar" before a noun is "her", else hair, and "ons" "our", else us; a relative
    clause's verb comes first."""
    out = list(words)
    for i, word in enumerate(out):
        typed = fold(word.typed or word.english)
        if typed in ("het", "'t") and word.kind == "function":
            j = i + 1
            while j < len(out) and out[j].kind == "adj":
                j += 1
            noun = j < len(out) and out[j].kind == "noun" and not re.match(r"(?:at|in|on|with) ", out[j].english)
            last = all(w.kind == "keep" for w in out[j + 1:])  # "maak het kerst": make it Christmas, a look for it
            noun = noun and not (last and i and out[i - 1].english in ("make", "turn", "do"))
            out[i] = Word("the" if noun else "it", "function", word.typed)
        elif typed == "meer" and i and out[i - 1].english in ("a", "the", "this", "my", "his", "your"):
            out[i] = Word("lake", "noun", word.typed)
        elif typed == "haar" and i + 1 < len(out) and out[i + 1].kind in ("noun", "adj", "unknown"):
            out[i] = Word("her", "function", word.typed)  # "op haar schoot", not hair
        elif typed == "ons" and i + 1 < len(out) and out[i + 1].kind in ("noun", "adj"):
            out[i] = Word("our", "function", word.typed)  # "ons huis": our house ("voor ons": for us)
    for i, word in enumerate(out):  # "een kat die op de bank slaapt" -> "a cat sleeping on the bench"
        if fold(word.typed or "") in ("die", "dat") and not word.english:
            end = next((j for j in range(i + 1, len(out)) if out[j].kind == "keep" and out[j].english in ",.!?;"),
                       len(out))
            clause = out[i + 1: end]
            out[i + 1: end] = [w for w in clause if w.kind == "ing"] + [w for w in clause if w.kind != "ing"]
    return out


# Polish has no articles: "a" before a singular countable noun, "the" before the one sky; none before a plural, a mass
# noun, or a word that already says which (my, this, two)
_PL_THE = frozenset("sky sun moon sea ocean background world space universe horizon".split())
_PL_MASS = frozenset("snow rain fog grass water fire light sand gold ice smoke confetti hair wind bread coffee tea milk "
                     "juice wine beer chocolate honey cheese pasta food fruit paper glass night day winter summer "
                     "autumn spring fireworks people children".split())
_PL_WEATHER = frozenset("snow rain fog wind grass water sand".split())
_PL_DETERMINERS = frozenset("a an the my his your this that some two three four five six ten of more less".split())
_PL_PREPOSITIONS = frozenset("w we na z ze przy do od bez dla obok kolo pod nad przed za miedzy".split())
_PL_CHANGE = frozenset("change replace transform color paint".split())
_PL_PLURALS = frozenset("psy psow konie lisy lwy kwiatki gwiazdki gwiazd oczy rece zwierzeta buty".split())  # as folded
_PL_WHEN = {"winter": "in winter", "summer": "in summer", "autumn": "in autumn", "spring": "in spring",
            "night": "at night", "evening": "in the evening"}  # "zimą", "nocą": the instrumental says when
_PL_EDIT = frozenset("remove change replace move enlarge shrink rotate erase keep transform color fix hide".split())


def polish_articles(words: list[Word]) -> list[Word]:
    """"narysuj kota w kapeluszu" -> "draw a cat in a hat": articles put in; after a preposition a "-y"/"-a" noun is
    one thing ("na plaży": on a beach), not several; a noun after a noun is its "of" ("zdjęcie psa": a photo of a
    dog); "zmień niebo na fioletowe": to purple; "zimą": in winter."""
    out: list[Word] = []
    for i, word in enumerate(words):
        if word.kind == "function" and fold(word.typed or "") == "na" and \
                any(w.kind == "verb" and w.english in _PL_CHANGE for w in words[:i]):
            out.append(Word("to", "function", word.typed))
            continue
        if word.typed.lower().endswith("ą") and word.english in _PL_WHEN:
            word = Word(_PL_WHEN[word.english], "noun", word.typed)
        if word.kind != "noun" or not word.typed or word.english[:1].isupper() or \
                re.match(r"(?:at|in|on|with) ", word.english):
            out.append(word)
            continue
        typed = fold(word.typed)
        found = lookup(typed, "pl") if " " not in typed else None
        entry, many = found if found else (Entry(word.english, "noun"), False)
        many = many or typed in _PL_PLURALS
        j = len(out)
        while j > 0 and out[j - 1].kind == "adj":
            j -= 1
        before = out[j - 1] if j > 0 else None
        after_preposition = before is not None and fold(before.typed or "") in _PL_PREPOSITIONS
        if many and after_preposition and not re.search(r"(?:ach|ami|ow)$", typed):
            many = False
        english = plural(entry.english) if many else entry.english
        if before is not None and (before.english in NUMBERS or before.english.isdigit()):
            english = word.english  # number agreement already chose
        said = before is not None and (before.english in _PL_DETERMINERS or before.english.endswith(" of")
                                       or before.english.isdigit())
        if said and j >= 2 and out[j - 1].english in ("my", "his", "your", "this") and out[j - 2].kind == "noun":
            out.insert(j - 1, Word("of", "function"))  # "portret mojej babci": a portrait of my grandmother
            j += 1
        genitive = before is not None and before.kind == "noun" and not said  # "zdjęcie psa": a photo of a dog
        one = not many and english == entry.english and not said
        out[j:j] = ([Word("of", "function")] if genitive else []) + (_polish_article(entry.english, out, after_preposition)
                                                                      if one else [])
        out.append(Word(english, "noun", word.typed))
    return out


def _polish_article(english: str, before: list[Word], after_preposition: bool) -> list[Word]:
    """The article English puts before one thing Polish says bare: "the" for the one sky, a thing an edit names, or
    weather after a preposition ("w deszczu": in the rain); "a" for other countable things; none for mass nouns."""
    if english in _PL_THE or any(w.kind == "verb" and w.english in _PL_EDIT for w in before) or \
            (after_preposition and english in _PL_WEATHER):
        return [Word("the", "function")]
    return [] if english in _PL_MASS else [Word("a", "function")]


def join(words: list[Word]) -> str:
    parts = [w.english for w in words if w.english and w.english not in ("¿", "¡")]  # Spanish opening marks: English has none
    text = ""
    for part in parts:
        text += part if (re.fullmatch(r"[^\w\s\"“«]+", part) and part not in "-") or not text else " " + part
    text = re.sub(r"\ba (?=[aeiouAEIOU])", "an ", text)
    text = re.sub(r"(?<=\w)(['’]) (?=(?:s|re|ll|ve|d|m|t)\b)", r"\1", text)  # "it's", typed in English, as typed
    text = re.sub(r"[,;]+\s*(?=[?.!]|$)", "", text.strip())  # "..., por favor?" -> "...?"
    text = re.sub(r"\bthe (?=(my|his|your)\b)", "", text)  # "il suo gatto" -> "his cat"
    text = re.sub(r"\b(?P<kind>painting|drawing|portrait|sketch)\s+(?:at|in|the|with|to)\s+(?:the\s+)?(?P<medium>oils?|"
                  r"charcoal|pastels?|watercolou?rs?|acrylics?|ink|pencil|gouache|crayons?)\b", r"\g<medium> \g<kind>", text)
    # ("dipinto a olio", "pintura a carvão": an oil painting, a charcoal painting)
    text = re.sub(r"\blook (?=(?:an?|the)\s)", "look like ", text)  # "farla sembrare un dipinto": look like a painting
    return re.sub(r"\b(\w+) \1\b", r"\1", text)  # "the the", "of of" from a phrase meeting an article


_DECADE = re.compile(r"\b(?P<d>\d0)er[-\s]?jahre[a-z]*\b|\b(?:des\s+|dos\s+|de\s+los\s+|degli\s+|uit\s+de\s+)?(?:annees|années|"
                     r"anos|años|anni|jaren)\s+(?:19)?(?P<d2>\d0)\b", re.I)


_DRESSED_AS_FR = re.compile(r"\ben\s+(?=(?:astronaute|pirate|princesse|prince|chevalier|sorci[eè]re?|super-?h[ée]ros|cow-?boy|"
                            r"sir[eè]ne|licorne|dinosaure|robot|ninja|viking|p[eè]re\s+no[eë]l|f[ée]e|magicien(?:ne)?|"
                            r"vampire|zombie|momie|clown|pompier|policier|m[ée]decin|cuisinier|roi|reine|ange|d[ée]mon|"
                            r"explorateur|aviateur|samoura[iï]|gladiateur|chef)s?\b)", re.I)


def gloss(text: str, language: str) -> Gloss:
    """A word-by-word English reading of a short request in French, Spanish, German, Portuguese, Italian, Dutch or
    Polish."""
    check_language(language)
    if language == "fr":  # "le dessiner en astronaute": dressed as one (not "in astronaut")
        text = _DRESSED_AS_FR.sub("comme un ", text)
    text = _DECADE.sub(lambda m: f"{m.group('d') or m.group('d2')}s", text)  # "70er-Jahre", "années 70": the 70s
    words = _worlds_read(number_agreement(read_tokens(TOKEN.findall(text), language), language), language)
    if language == "de":
        words = verb_first(relative_clauses(_german_be(_german_comparatives(words))))
    elif language == "nl":
        words = verb_first(dutch_order(words))
    elif language == "pl":
        words = polish_articles(words)
    else:
        words = reorder(words, language)
    if language == "pt":  # "um gato a dormir": "a" before a verb is the progressive (sleeping), no article
        words = [w for i, w in enumerate(words) if not (fold(w.typed or "") == "a" and i + 1 < len(words) and
                                                          words[i + 1].kind in ("verb", "ing"))]
    words = _replaced_with(_map_or_card(_cafe_place(_going_back_home(_number_more(words, language)))), language)
    words = _english_article_kept(words)
    known = sum(w.kind in ("noun", "adj", "verb", "ing") for w in words)
    text = _PARTITIVE.sub(r"\g<verb> some ", _tidy_start(join(words)))
    text = _STYLE_NAMED_AFTER.sub(r"\g<lead>\g<name> style", text)
    text = re.sub(r"\bof(?=\s*[?.!]*\s*$)", "of it", text)  # "maak er een aquarel van": a watercolor of it
    text = _english_prepositions(text)
    return Gloss(text, known, [w.typed for w in words if w.kind == "unknown"])


def _english_article_kept(words: list[Word]) -> list[Word]:
    """"… make him look like a knight" inside a French message: "a" before an English word kept as typed is the
    English article, not "à" (at)."""
    out = list(words)
    for i, word in enumerate(out[:-1]):
        after = out[i + 1]  # (between two words the list could not read: a run of English)
        if (word.typed or "") == "a" and after.kind in ("unknown", "noun") and re.fullmatch(r"[a-z]+", after.typed or "") and \
                i and out[i - 1].kind == "unknown" and re.fullmatch(r"[a-z]+", out[i - 1].typed or ""):  # ("wearing a
            # sombrero", "a picture of a vespa": an English word, then "a" and a noun)
            out[i] = Word("a", word.kind, word.typed)
    return out


_INSTEAD_OF_LINKS = {"fr": {"par"}, "es": {"por"}, "pt": {"por", "pelo", "pela", "pelos", "pelas"}, "de": {"durch", "gegen"},
                     "it": set(), "nl": {"door"}, "pl": {"na"}}  # as typed, folded


def _replaced_with(words: list[Word], language: str) -> list[Word]:
    """"remplace les roses par des tulipes", "ersetze … durch …", "reemplaza … por …" -> "replace the roses with tulips":
    after "replace", the last word of the sentence that can link the new thing is "with" ("… le chat par la fenêtre
    par un chien": the second "par")."""
    out, links = list(words), _INSTEAD_OF_LINKS.get(language, set())
    start = next((i for i, word in enumerate(out) if word.english == "replace"), None)
    if start is None:
        return out
    end = next((i for i in range(start + 1, len(out)) if out[i].kind == "keep" and out[i].english in ".!?;"), len(out))
    found = [i for i in range(start + 1, end) if fold(out[i].typed or "") in links]  # ("pelas" is no fur here)
    if found:
        out[found[-1]] = Word("with", "function", out[found[-1]].typed)
    return out


def _english_prepositions(text: str) -> str:
    """The preposition English uses where the Romance "à/a/al" read as "at": "go back at the first" -> "go back to
    the first", "change the background at a beach" -> "… to a beach", "put a hat at the cat" -> "… on the cat"."""
    text = re.sub(r"^(go\s+back|return|come\s+back)\s+(?:at|for)\b", r"\1 to", text, flags=re.I)
    text = re.sub(r"^((?:change|turn|switch)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+at\s+(?=(?:an?|the|some)\s)", r"\1 to ",
                  text, flags=re.I)
    text = re.sub(r"^((?:put|add|give)\s+(?:it\s+)?(?:an?|some|the)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+at\s+the\s+(?!(?:top|bottom|"
                  r"middle|centre|center|corner|edge|back|front)\b)", r"\1 on the ",
                  text, flags=re.I)
    text = re.sub(r"\bat\s+(?P<place>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)",
                  lambda m: f"in {m.group('place')}" if is_place_name(m.group("place")) else m.group(0), text,
                  flags=re.I)  # "a Roma", "à Lyon": in the city, as English says it
    text = re.sub(r"\bin\s+(an?|the)\s+(branch|twig|perch|fence|rooftop|roof|windowsill|shelf)\b", r"on \1 \2", text,
                  flags=re.I)  # "num galho", "en una rama": on a branch, as English says it
    text = re.sub(r"^make\s+(?:from|out\s+of|of)\s+(?P<x>(?:the|this|that|my|a|an)\s+[\w'-]+)\s+(?P<y>(?:an?|the|some)\s+\S.*)$",
                  lambda m: f"turn {_one(m.group('x'))} into {m.group('y')}", text, flags=re.I)  # "mach aus dem Bären einen Fuchs"
    return re.sub(r"^give\s+it\s+(?=(?:an?|some)\s+[\w'-]+(?:\s+[\w'-]+)?\s+on\s+the\s)", "put ", text, flags=re.I)  # "ponle …"


def _one(phrase: str) -> str:
    """"the bears" read from a German dative ("dem Bären") -> "the bear": after "the", one thing."""
    det, noun = phrase.split(maxsplit=1)
    return f"{det} {singular(noun)}" if det.lower() in ("the", "this", "that") else phrase


# "trasformala in stile acquerello" -> "turn it into style watercolor": the style's name goes before "style"
_STYLE_NAMED_AFTER = re.compile(r"(?P<lead>\binto\s+(?:an?\s+|the\s+)?|\bin\s+|,\s*|\s+|^)style\s+(?:of\s+)?"
                                r"(?P<name>watercolou?r|anime|cartoon|manga|comic|pixel\s+art|oil\s+painting|pencil\s+sketch|"
                                r"sketch|pastel|gouache|impressionist|realistic|minimalist|vintage|retro|art\s+deco|"
                                r"art\s+nouveau|pop\s+art|ukiyo-e|cyberpunk|steampunk|origami|charcoal|ink)\b")


# "aggiungi del basilico", "ajoute du sel": a partitive after a verb is "some", not "of the"
_PARTITIVE = re.compile(r"\b(?P<verb>(?:add|put|want|with|give|draw|make|and)(?:\s+(?:also|too|still|more))?)\s+of\s+(?:the\s+)?"
                        r"(?!(?:it|them|this|that)\b)", re.I)


def _tidy_start(text: str) -> str:
    """What a dropped greeting or wrapper leaves at the start: "! me draw a cat" -> "draw a cat"."""
    text = re.sub(r"^[^\w\"“«]+", "", text)
    return re.sub(r"^(?:me|us)\s+(?=(?:draw|paint|make|create|show|put|add)\b)", "", text)
