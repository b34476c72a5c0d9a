"""Which language a message is in (English, French, Spanish, German, Portuguese, Italian, Dutch, Polish), from its
function words (closed classes: articles, prepositions, pronouns, common verbs), a few drawing words and, for Polish,
its own letters (ą ę ł ś ż...): a message in another
language is read in English by the LLM (``chat.translator``), or the reply says its words were drawn as typed.

    .venv/bin/python -c "from chat.words.language import detect_language; print(detect_language('dessine un chat'))"
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from chat.words import glossary, lexicon

# common function words and drawing verbs, none of them English words ("die", "a", "on" are left out)
STOPWORDS = {
    "fr": frozenset("même sans refais le la les un une des du de en et est avec dans sur pour pas je tu vous nous il elle au aux ce cette "
                    "ces mon ma mes qui que dessine dessiner dessinez fais faire peux pouvez moi s'il plaît petit petite "
                    "chat chien maison soleil nuit très c'est merci maintenant fais-le fais-moi plus panoramique encore "
                    "autre autres deux trois donne annule reviens ça à avant lune fenêtre enlève ajoute retire supprime "
                    "mets rends rouge bleu vert jaune noir blanc nuages canapé paysage montagne lac forêt neige mer arbre "
                    "ciel sous sans mais où quand comme aussi sont être avoir voudrais j'aimerais vieux vieille peux-tu "
                    "pourrais-tu stp svp sombre clair beaucoup adorer adore fille fils enfants vont transforme aquarelle".split()),
    "es": frozenset("misma mismo sin el la los las un una unos unas y es con en por para del al que mi tu su muy dibuja dibujar haz hazme "
                    "puedes podrías quiero imagen perro gato casa sol noche playa pequeño pequeña ahora dame más otra "
                    "otro otras eso esto ponlo hazlo deshaz gracias encanta hola buenas foto nieve invierno vuelve atrás "
                    "anterior quítale quita añade elimina cambia ponle nubes rojo azul verde amarillo negro blanco "
                    "dibújame árbol grande cielo mar montaña bosque lago de sobre entre hasta desde como pero porque "
                    "donde cuando también este esta estos estas aquí allí están pon quisiera hazla estilo favor ponla muchas muchos "
                    "niños niñas niño niña va van encantar gusta gustar hay les abuela abuelo hija hijo jaja cámbialo "
                    "cámbiala acuarela tarjeta vuelve regresa se puede puedo podemos podría quitar poner añadir agregar cambiar "
                    "hacer quitarle ponerle rosas flores tarta colores".split()),
    "de": frozenset("wer eigentlich als bisschen etwas soll sollte muss kann von vom nimm raus hinten vorne oben unten mitten stil der die das ein eine einen einem zur zum und ist mit im auf für nicht ich du wir sie es zeichne zeichnen "
                    "mach mache bitte kannst mir bild hund katze haus sonne nacht sehr kleine kleiner einer dem den des "
                    "schön größer groß doppelt danke noch mehr jetzt dann hallo machen rückgängig zurück ihn entferne "
                    "füge ändere rot blau grün gelb schwarz weiß wolken vorherige drei zwei höherer auflösung wald schnee "
                    "meer baum himmel berg über unter zwischen ohne aber wo wenn wie auch dieser diese dieses sind sein "
                    "haben eines möchte vielen kinder werden lieben tochter sohn diesem zu sehen siehst geh welches welche welcher "
                    "modell benutzt benutzen verwendest funktioniert".split()),
    "pt": frozenset("favor desfaz desfazer aquilo nós atrás frente esquerda direita baixo cima de mais pode podes ficou ótimo otimo dá opções opção sem resolução pra pro aqui essa esse tá vai fica os um uma uns umas é com em na nos nas por para da dos das que meu minha você desenha desenhe pessoas fundo "
                    "desenhar faz faça fazer pode podes quero imagem foto cachorro cão gato casa sol noite praia pequeno "
                    "pequena agora mais outra outro isso isto obrigado obrigada olá neve vermelho azul verde amarelo "
                    "preto branco árvore grande céu montanha floresta lago também não sobre entre como mas onde quando "
                    "deixa coloca põe tira adiciona muda dele dela desenho estilo deixar quente fim luz menina menino andar "
                    "bicicleta parque ao num numa muito está carro rua cidade mulher homem criança ela ele faz-me "
                    "cria crie queria gostaria mostra crianças vão adorar filha filho volta primeira primeiro".split()),
    "it": frozenset("niente indietro annulla verso noi voi mezzo giralo mettine dietro davanti accanto sinistra destra basso torna quella quello così piace senza potresti ancora il lo la gli le un una uno è con nel nella nei sul sulla del della dei che mio mia tu disegna "
                    "disegnare fai fare puoi voglio vorrei immagine foto cane gatto casa notte spiaggia piccolo piccola "
                    "adesso ora più altra altro questo questa grazie ciao neve rosso azzurro blu verde giallo nero bianco "
                    "albero grande cielo montagna bosco lago anche non sopra sotto tra ma dove quando metti togli "
                    "aggiungi cambia rendi altre altri tre farne fallo falla rendilo rendila stile bellissimo bellissima per favore "
                    "disegno fammi facci mostrami dorme poltrona rossa gatti cani ragazza ragazzo bicicletta parco "
                    "strada città donna uomo bambino crea creami dall'alto vista visto dal dalla dallo basilico mille bambini "
                    "piacerà adoreranno figlia figlio su al alla allo ai di da tramonto alba mare luna stelle fiori "
                    "scogliera gabbiani aggiungere sfondo colori delle degli dello mettici aggiungici toglici mettere "
                    "togliere cambiare farfalle torta modello usi usare quale cosa perché perche funziona".split()),
    # Dutch: no English look-alikes ("in", "is", "over", "door", "we", "of" are left out; "die" is German's)
    "nl": frozenset("iets minder tegen nee bedoelde geen hij moet alsof iemand jullie beneden ja wel niks niets weer terug ongedaan de het een van met op voor niet ik jij wij zij ze maak maken teken tekenen tekening voeg "
                    "verwijder verander zet kun kunt kan alsjeblieft alstublieft graag afbeelding plaatje schilderij "
                    "kat poes hond huis huisje zon nacht nachts avond heel erg klein kleine groot grote mooi mooie meer "
                    "nog nu dan daarna hallo bedankt twee drie vier rood rode blauw blauwe groen groene geel gele "
                    "zwart zwarte witte paars roze wolken bos sneeuw zee boom bomen lucht onder tussen zonder maar "
                    "waar wanneer ook deze dit dat zijn hebben wil wilt zou molen bij naar uit aan mijn jouw hem "
                    "groter kleiner donkerder lichter haal weg schilder geef meisje jongen vrouw vogel paard "
                    "bloemen regenboog hoed fiets stad kasteel draak eens erop achter naast boven tekst aquarel als katten "
                    "honden versies stijl kleur kleuren toevoegen weghalen veranderen wat taart dank precies zocht zoek leuk "
                    "werkt welk welke hoe".split()),
    # Polish: function words and drawing verbs; any word with a letter only Polish writes counts too (POLISH_LETTERS)
    "pl": frozenset("narysuj narysować rysuj namaluj maluj zrób zrob zrobić stwórz wygeneruj dodaj dodać usuń usun "
                    "zmień zmien zamień daj pokaż wstaw postaw kota kot psa pies dom domu noc nocy w we na z ze od "
                    "przy dla bez obok nad przed jest są mi mnie ja proszę prosze dzięki dziękuję bardzo mały mała "
                    "małe duży duża duże większy jeszcze więcej teraz potem czerwony czerwona czerwone niebieski "
                    "niebieska zielony zielona żółty czarny czarna biały biała niebo drzewo las lesie śnieg morze góry "
                    "obraz obrazek zdjęcie rysunek jak gdzie kiedy też także czy możesz chcę chciałbym chciałabym "
                    "się który która które tło kapeluszu kapelusz tęczę tęcza słońce księżyc kwiaty ptaka kotka "
                    "dziewczynkę dziewczynka chłopca samochód plaży oraz lub albo cofnij wróć niech gwiazd gwiazdy "
                    "chmury chmur koty dwa trzy stylu styl kolor kolory tła wersje nocą zimą".split()),
}
# letters of Polish words only ("ó" is Spanish and Portuguese too): a word with one is a Polish word
POLISH_LETTERS = re.compile(r"[ąćęłńśźż]")
ENGLISH = frozenset("the a an of and is with in on for to my me you please draw make can could picture image "
                    "this that it at by from".split())
NAMES = {"fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
         "pl": "Polish", "en": "English"}
# a request verb that opens a two-word message ("adiciona confetes", "mach heller"): enough on its own
COMMAND_VERBS = {
    "fr": frozenset("dessine fais ajoute enlève retire supprime mets rends donne annule écris ecris dessinez faites transforme "
                    "transformez convertis "
                    "ajoutez enlevez retirez supprimez mettez rendez donnez changez écrivez ecrivez".split()),
    "es": frozenset("dibuja haz hazlo hazla añade quita quítale elimina pon ponle ponlo ponla dame deshaz escribe pinta "
                    "dibuje haga añada ponga cambie cambia agrega agregue cámbialo cámbiala cambialo cambiala vuelve".split()),
    "de": frozenset("zeichne mach mache entferne füge ändere schreib schreibe male zeichnen machen fügen "
                    "entfernen".split()),
    "pt": frozenset("desenha desenhe faz faça coloca coloque põe ponha tira tire adiciona adicione muda mude deixa deixe cria "
                    "crie mostra mostre escreve escreva remova remove apaga apague troca troque volta volte".split()),
    "it": frozenset("disegna fai metti mettilo mettila togli aggiungi rendi rendilo rendila fammi fammene crea creami mostrami "
                    "scrivi".split()),
    "nl": frozenset("maak teken voeg verwijder verander zet haal geef schrijf schilder vervang kleur".split()),
    "pl": frozenset("narysuj zrób zrob dodaj usuń usun zmień zmien daj pokaż napisz namaluj wstaw postaw zamień "
                    "stwórz więcej mniej".split()),
}
_OWN_LETTERS = {"es": "ñ", "pt": "[ãõ]", "de": "[äöüß]", "fr": "œ", "it": "[ìò]"}  # (è ê ù are shared)
MIN_HITS = 2  # at least this many of a language's words...
MIN_SHARE = 0.3  # ...making up this share of the message's words


def detect_language(text: str) -> Optional[str]:
    """"fr" / "es" / "de" / "pt" / "it" / "nl" / "pl" when the message is clearly in that language; None for English or
    when unsure."""
    unquoted = re.sub(r"[\"“][^\"”]*[\"”]|(?<!\w)'[^']+'(?!\w)", " ", text.lower())  # quoted words are any language's
    words = [part for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", unquoted) for part in _elided(w)]
    if len(words) < 2:
        return None
    english = sum(w in ENGLISH for w in words)
    hits = {code: sum(w in vocab or (code == "pl" and bool(POLISH_LETTERS.search(w))) for w in words)
            for code, vocab in STOPWORDS.items()}
    if not any(len(w) > 1 and (w in STOPWORDS["pl"] or POLISH_LETTERS.search(w)) for w in words):
        hits["pl"] = 0  # "w", "z" alone ("w8 w9") say nothing
    for code, known in _glossary_words(words).items():  # "sieben gartenzwerge in einer reihe": the word list's forms too
        hits[code] += known
    if "¿" in text or "¡" in text:  # only Spanish writes these
        hits["es"] += 2
    for code, letters in _OWN_LETTERS.items():  # "montañas", "não", "Größe": letters one language alone writes
        hits[code] += bool(re.search(letters, text.lower())) and hits[code] > 0
    for code, verbs in COMMAND_VERBS.items():  # "tire as pessoas do fundo": a command verb of that language first
        hits[code] += words[0] in verbs and words[0] not in ENGLISH
    code = max(hits, key=hits.get)
    if hits[code] >= MIN_HITS and hits[code] / len(words) >= MIN_SHARE and hits[code] > english:
        return code
    if 2 <= len(words) <= 4 and not english:  # "adiciona confetes", "tira as rosas", "mettilo di notte"
        return next((c for c, verbs in COMMAND_VERBS.items() if words[0] in verbs), None) or _more_of(words)
    return None


# the article or preposition a Romance language elides before a vowel ("sull'insegna", "l'arbre", "dell'acqua")
_ELIDED = frozenset("l d j m n s t c qu sull dell all nell dall un quell quest po".split())


def _elided(word: str) -> list[str]:
    """"sull'insegna" -> ["sull", "insegna"]; an English contraction ("don't", "it's") stays one word."""
    head, apostrophe, rest = word.partition("'")
    return [head, rest] if apostrophe and head in _ELIDED and len(rest) > 2 else [word]


def _glossary_words(words: list[str]) -> dict[str, int]:
    """For each language, the words of the message the glossary knows as words of it that are no
    stopword of it already and no English word the code knows."""
    english = _english_words()
    counts = {}
    for code, vocab in glossary.VOCAB.items():
        counts[code] = sum(len(w) >= 3 and w not in STOPWORDS.get(code, ()) and glossary.fold(w) not in english and
                           glossary.fold(w) in vocab for w in words)
    return counts


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words as the glossary's English side and the lexicon spell them ("piano", "pizza", "animal" are
    English too), so a word both languages write says nothing."""
    tables = (glossary.NOUNS, glossary.ADJECTIVES, glossary.VERBS, glossary.ING, glossary.FUNCTION, glossary.NL_PL_NOUNS,
              glossary.NL_PL_ADJECTIVES, glossary.NL_PL_VERBS, glossary.NL_PL_ING, glossary.NL_PL_FUNCTION)
    words = {w for table in tables for line in table.strip().splitlines() for w in re.findall(r"[a-z]+", line.split("|")[0].lower())}
    for value in vars(lexicon).values():
        if isinstance(value, (tuple, frozenset, set, list)) and all(isinstance(v, str) for v in value):
            words |= {w for v in value for w in re.findall(r"[a-z]+", v.lower())}
    return frozenset(words | ENGLISH) | lexicon.english_words()  # the tokenizer's words: "viola", "tour", "step"


# "plus coloré", "más oscuro", "più luminosa", "mehr Kontrast": more of a look, said in two or three words
_MORE = {"más": "es", "più": "it", "mehr": "de", "meer": "nl", "bardziej": "pl", "plus": "fr", "mais": "pt"}
_ADJECTIVE_ENDING = {"fr": ("é", "ée", "és", "eux", "euse", "if", "ive", "ant", "ante", "eur", "ique"),
                     "pt": ("ido", "ida", "oso", "osa", "ado", "ada", "ente", "uro", "ura", "ão")}
_ACCENTED = re.compile(r"[éèêàùçãõáíóúâô]")


def _more_of(words: list[str]) -> Optional[str]:
    """A comparative lead and an adjective of that language; "plus" and "mais" only with a French or Portuguese ending
    or accent on what follows ("plus size" stays English)."""
    code = _MORE.get(words[0])
    if code is None or len(words) > 3:
        return None
    endings = _ADJECTIVE_ENDING.get(code)
    return code if endings is None or words[1].endswith(endings) or _ACCENTED.search(words[1]) or words[1] == "de" \
        else None


def language_name(code: Optional[str]) -> str:
    return NAMES.get(code or "en", code or "English")
