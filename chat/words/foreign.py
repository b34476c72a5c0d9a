"""The action of a message in French, Spanish, German, Portuguese, Italian, Dutch or Polish, from the grammar words that carry it (verbs, clitic
pronouns, thanks): the offline rules can't translate the content, but they can still do the right thing with it
(an edit of the picture on screen, an undo, a bigger copy, more versions) and say they kept the words as written.

    .venv/bin/python -c "from chat.words.foreign import foreign_route; print(foreign_route('ponlo en invierno', True, 1))"

Each cue is a closed-class word or an inflection (an imperative with an object pronoun: "fais-le", "ponlo",
"mach es"), not a phrase: the same few words serve every sentence that uses them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chat.types import Action
from chat.words.language import detect_language

# number words of the seven languages (Portuguese and Italian for the translator's checks: chat/translator.py)
NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "funf": 5, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
           "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "twee": 2, "drie": 3, "vijf": 5, "dwa": 2, "dwie": 2,
           "trzy": 3, "cztery": 4, "pięć": 5}
_NUM = r"(?:\d+|" + "|".join(NUMBERS) + r")"

# thanks and praise words: a message of only these (and fillers) is small talk
THANKS = re.compile(r"\b(?:merci|gracias|danke|parfait|perfecto|perfekt|génial|genial|magnifique|super|précieux|"
                    r"precioso|preciosa|hermoso|hermosa|bonito|bonita|toll|schön|wunderbar|wunderschön|prima|"
                    r"excelente|bravo|grazie|obrigad[oa]|valeu|bellissim[oa]|lind[oa]|perfeito|perfetto|fantastico|"
                    r"fantástico|fantastique|bell[oa]|bedankt|dankjewel|dankuwel|dank\s+je|dank\s+u|mooi|prachtig|geweldig|"
                    r"dzięki|dziękuję|dzieki|dziekuje|świetnie|swietnie|pięknie|piękne|piękny|cudowne|wspaniale|"
                    r"wspaniałe|idealnie)\b", re.I)
_TALK_FILLER = re.compile(r"\b(?:c'est|c|est|es|ist|das|eso|esto|ça|ca|très|tres|muy|sehr|vraiment|muchas|mille|"
                          r"vielen|beaucoup|lo|la|le|me|encanta|j'adore|adore|oui|sí|si|ja|ok|okay|jaja+|haha+|"
                          r"mdr|lol|wow|está|esta|sind|ouah|oh|ah|voilà|bien|gut|bueno|buena|que|qué|wie|comme|so|ganz|y|et|und|"
                          r"sieht|aus|se|ve|parece|l'air|a|ficou|fica|muito|è|molto|mille|sembra|mucho|echt|wirklich|"
                          r"really|looks|so|het|heel|erg|echt|ziet|er|uit|wel|ja|dat|dit|zeer|to|jest|bardzo|naprawdę|tak|"
                          r"wygląda|ci|za|wam|naprawde|"
                          # goodbyes, and English thanks said with them ("muito obrigada, thank you so much!!")
                          r"tschüss|tschüs|tschuss|ciao|adiós|adios|au\s+revoir|à\s+bientôt|a\s+bientot|bonne\s+journée|"
                          r"até\s+logo|ate\s+logo|tchau|arrivederci|tot\s+ziens|doei|do\s+widzenia|hasta\s+luego|bis\s+bald|"
                          r"bis\s+dann|thank\s+you|thanks|you|much|bye|again)\b",
                          re.I)
# undo / go back
REVERT = re.compile(r"(?<!\bque\s)(?<!\bche\s)(?<!\bqui\s)(?<!\bdie\s)(?<!\bder\s)\b(?:annule[rsz]?|défai[st]|défaire|reviens|revenir|retour\s+(?:à|a)|deshaz(?:lo)?|deshacer|"
                    r"vuelve|volver|regresa|rückgängig|zurück|volta|voltar|desfaz\w*|torna\s+indietro|indietro|annulla|"
                    r"^\W*(?:(?:ora|adesso|ok|dai|m+|hm+|allora|beh|ehm|no)\W+)*(?:ri)?torna\s+(?:a|al|alla|allo|all'|alle|ai)\b|quell[ao]\s+di\s+prima|"
                    r"ongedaan|terug|vorige|cofnij|cofnąć|wróć|wroc|poprzedni\w*)\b",
                    re.I)
# bigger / sharper copy of the same picture
UPSCALE = re.compile(r"\b(?:plus\s+grande?|agrandi\w*|más\s+grande|mas\s+grande|ampl[ií]a\w*|größer|groesser|"
                     r"vergrößer\w*|doppelt\s+so\s+groß|haute\s+résolution|alta\s+resoluci[oó]n|"
                     r"höher\w*\s+auflösung|hochskalier\w*|più\s+grande|ingrandi\w*|maior|amplia\w*|aumenta\w*|agrandi\w*|"
                     r"maak\s+(?:het|hem|dit)\s+(?:\w+\s+)?groter|^groter|vergroot\s+(?:het|hem|dit|de\s+afbeelding)|"
                     r"vergroten|hogere?\s+resolutie|zrób\s+(?:to|go|ją)\s+(?:\w+\s+)?większ\w*|^większ\w*|"
                     r"powiększ\w*|(?:większ|wyższ)\w*\s+rozdzielczoś\w*)(?!\w)", re.I)
# a new shape for the same picture
SHAPE = re.compile(r"\b(?:plus\s+large|panoram\w*|más\s+anch[oa]|mas\s+ancho|breiter|querformat|hochformat|"
                   r"plus\s+haute?|más\s+alt[oa]|höher|breder|breed|liggend|staand|hoger|szersz\w*|poziom\w*|pionow\w*|"
                   r"wyższ\w*|breedbeeld|breitbild|grand\s+[ée]cran|pantalla\s+ancha|formato\s+largo|pi[uù]\s+larg[oa]|"
                   r"mais\s+larg[oa]|pi[uù]\s+alt[oa])\b", re.I)
# "3 more" / "encore une" / "otra" / "noch eins": more versions
_OTHER = r"(?:plus|más|mas|mehr|autres?|otr[oa]s|weitere|andere|altr[ei]|outr[oa]s|mais|meer|więcej|inne|innych)"
MORE = re.compile(r"\b(?P<n>" + _NUM + r")\s+(?:de\s+)?" + _OTHER + r"\b"
                  r"|\b" + _OTHER + r"\s+(?P<n2>" + _NUM + r")\b"
                  r"|\b(?:encore|otr[oa]s?|noch|ancora|nog|jeszcze)\s+(?P<n3>" + _NUM + r")\b"
                  r"|\bmaak\s+er\s+(?P<n5>" + _NUM + r")\s+van\b"  # "maak er 4 van": four of it
                  r"|\b(?P<n4>" + _NUM + r")\s+(?:versions?|versiones|versionen|versões|versioni|variantes?|varianti|varianten|"
                  r"versies|wersje|wersji|varia[cç](?:õ|o)es|variaciones|variazioni|variaties|wariacje|wariacji|"
                  r"op[cç](?:õ|o)es|opciones|opzioni|opties|opcje|opcji|propositions)\b"
                  r"|\b(?:encore\s+une?|une?\s+autre|otr[oa]|noch\s+(?:eins|einen|eine|mal|einmal)|nochmal|eine\s+andere|"
                  r"un'altra|outra|mais\s+(?:uma|um)|otra\s+vez|de\s+nuevo|de\s+novo|outra\s+vez|di\s+nuovo|"
                  r"encore\s+une\s+fois|opnieuw|nog\s+eens|ponownie|inną\s+wersję|"
                  r"(?:nog\s+(?:een|eentje|één)(?:\s+(?:keer|versie|variant))?|jeszcze\s+(?:jeden|jedną|jedno|raz))"
                  r"(?=\W*(?:alsjeblieft|alstublieft|graag|aub|proszę|prosze)?\W*$))", re.I)
# "what is it?"
DESCRIBE = re.compile(r"^(?:qu'est-ce|c'est\s+quoi|que\s+(?:vois|représente)|qu'y\s+a|qué\s+(?:es|hay|ves)|"
                      r"was\s+(?:ist|siehst|zeigt)|cos'è|che\s+cos'è|che\s+cosa|cosa\s+c'è|cosa\s+vedi|che\s+vedi|o\s+que\s+(?:é|tem|há|vês|ves|você\s+vê)|"
                      r"qu'est-ce\s+que\s+(?:tu\s+vois|vous\s+voyez)|"
                      r"wat\s+(?:is|zie|staat)|co\s+(?:to|widzisz|jest|przedstawia))\b", re.I)
# an imperative with an object pronoun, or a change verb: the picture on screen changes
EDIT = re.compile(r"\b(?:fais|mets|rends|ajoute|enlève|enleve|retire|change|transforme|colorie|peins)-(?:le|la|les|y|lui)"
                  r"\b|\b(?:ajoute|enlève|enleve|retire|supprime|rajoute|transforme|transformez|convertis|convertissez)\b"

                  r"|\b(?:pon|haz|cambia|vuelve|pinta|deja|dale)(?:lo|la|los|las|le|les)\b"
                  r"|\b(?:añ[aá]de|agr[eé]ga|qu[ií]ta|el[ií]mina|c[aá]mbia|p[oó]n)(?:le|lo|la|les|los|las)?\b"
                  r"|\b(?:mach|mache|färbe|setze|stell|tu)\s+(?:es|ihn|sie|das)\b"
                  r"|\b(?:füge?|entferne|ändere?|nimm)\b"
                  r"|\b(?:le|la|les|l')\s*(?:faire|mettre|rendre|changer|transformer|refaire|peindre)\b"
                  r"|\b(?:hacer|poner|cambiar|volver|pintar|dejar|convertir)(?:lo|la|los|las)\b"
                  r"|\b(?:es|ihn|sie)\s+(?:\w+\s+){0,3}?(?:machen|ändern|malen|färben|setzen|stellen)\b"
                  r"|\b(?:den|die|das|dem)\s+\w+\s+(?:\w+\s+){0,2}?(?:machen|färben|farben)\b"  # "den Himmel lila machen"
                  r"|^(?:\W*\w+\W+){0,2}?(?:mach|mache|färbe)\s+(?:den|die|das|dem)\b"  # "mach den Himmel lila"
                  r"|\b(?:coloca|coloque|põe|ponha|tira|tire|adiciona|adicione|muda|mude|deixa|deixe|troca|troque)"
                  r"(?:-(?:o|a|os|as|lhe))?\b|\b(?:deixar|colocar|mudar|tirar|adicionar|trocar|pôr)\b"  # Portuguese
                  r"|\b(?:metti|togli|aggiungi|cambia|rendi|fa|trasforma)(?:lo|la|li|le|ci)?\b|\b(?:fallo|falla)\b"
                  # "me la fai ad acquerello?", "me lo haces en acuarela?": it, made for me
                  r"|\b(?:me|mi|ce|ci)\s+(?:lo|la|li|le)\s+(?:fai|fate|puoi\s+fare|potresti\s+fare|rendi|trasformi)\b"
                  r"|\bfa(?:z|ça|ca)(?:-(?:o|a|os|as))?\s+(?:parecer|ficar|virar)\b"  # "faz parecer um desenho animado"
                  r"|\b(?:me|nos)\s+(?:lo|la|los|las)\s+(?:haces|hace|puedes\s+hacer|podrías\s+hacer|pintas|conviertes)\b"
                  r"|\b(?:render|metter|toglier|aggiunger|cambiar)(?:e|lo|la|li|le)\b"
                  r"|\b(?:maak|zet|kleur|doe|geef)\s+(?:het|hem|er|dit|alles)\b|\b(?:voeg|verwijder|verander|vervang|haal)\b"
                  r"|^(?:\W*\w+\W+){0,2}?maak\s+(?:de|het)\b"  # Dutch: "maak de lucht paars"
                  r"|\b(?:dodaj|usuń|usun|zmień|zmien|zamień|zamien|wyrzuć|wyrzuc|przemaluj|pokoloruj|pomaluj|wstaw|"
                  r"postaw|połóż|umieść|przyciemnij|rozjaśnij|zabierz)\b|\b(?:zrób|zrob)\s+(?:to|go|ją|je)\b"  # Polish
                  r"|^(?:zrób|zrob)\s+(?:\w+\s+){0,2}?(?:bardziej|mniej|\w+iej|\w+sz[aeyi]|\w+szego|\w+szym)\b"  # "zrób ciemniej"
                  r"|^(?:\W*\w+\W+){0,2}?(?:plus|moins|más|menos|più|meno|meer|minder|więcej|mniej)\s+(?:de\s+|d'|di\s+)?[^\W\d_]{3,}"
                  # give it to him/her ("Können Sie ihr … geben?", "donne-lui", "ponle", "dagli", "dê-lhe", "geef hem", "daj mu")
                  r"|\b(?:gib|geben|gebt)\s+(?:\w+\s+){0,1}?(?:ihr|ihm|ihnen)\b|\b(?:ihr|ihm|ihnen)\s+(?:\w+\s+){0,6}?(?:geben|gib|gebt)\b"
                  r"|\bdonne[sz]?-(?:lui|leur)\b|\b(?:lui|leur)\s+(?:donner|mettre|ajouter)\b"
                  r"|\b(?:dales?|ponles?|darles?|ponerles?)\b|\b(?:dagli|dalle|dategli|mettigli|mettile)\b"
                  r"|\b(?:d[aáê]|dar|põe|coloca)-lhes?\b|\bgeef\s+(?:hem|haar|ze)\b|\bdaj\s+(?:mu|jej|im)\b"
                  # "… einen Piraten dazu malen", "hacer que esté en erupción", "fazer com que", "faire en sorte que": to it
                  r"|\bdazu\b|\b(?:hacer|haz|haga)\s+que\b|\bfazer\s+(?:com\s+)?que\b|\bfaire\s+en\s+sorte\s+que\b"
                  r"|\bfare\s+in\s+modo\s+che\b",
                  re.I)
# the change verb after "can you" ("vous pouvez ajouter …", "¿puedes añadir …?", "kannst du den Baum entfernen?"),
# not one that says what a new thing is for ("¿puedes dibujar un perro para poner en una taza?")
CAN_YOU_CHANGE = re.compile(r"\b(?:peux-tu|tu\s+peux|vous\s+pouvez|pouvez-vous|pourriez-vous|tu\s+pourrais|puedes|podr[ií]as|"
                            r"puede|kannst\s+du|k[öo]nnen\s+sie|k[öo]nntest\s+du|podes|pode|consegue|consegues|puoi|potresti|"
                            r"kun\s+je|kunt\s+u|kan\s+je)\s+(?:\w+\s+){0,8}?(?<!para\s)(?<!pour\s)(?<!zum\s)(?<!om\s)(?<!per\s)"
                            r"(?<!pra\s)(?:ajouter|enlever|retirer|supprimer|rajouter|transformer|remplacer|añadir|agregar|quitar|"
                            r"eliminar|cambiar|poner|sacar|hinzufügen|hinzufuegen|entfernen|ändern|aendern|ersetzen|toevoegen|"
                            r"verwijderen|veranderen|vervangen|substituir|remover|adicionar|colocar|tirar|mudar|trocar|pôr|"
                            r"meter|mettre|mettere|aggiungere|togliere|rimuovere|cambiare|sostituire|setzen|tauschen|farlo|farla|"
                            r"diventare|trasformare|trasformarlo|trasformarla|renderlo|renderla)\b", re.I)
# "kun je de rozen rood maken", "kannst du den Himmel blau machen": the thing there, made another way (a new thing is
# "een …" / "einen …": a drawing)
_MAKE_THE_THING = re.compile(r"\b(?:kun\s+je|kunt\s+u|kan\s+je|kannst\s+du|k[öo]nnen\s+sie|k[öo]nntest\s+du)\s+(?:de|het|die|dat|"
                             r"den|das|dem)\s+\w+(?:\s+\w+){0,3}?\s+(?:maken|machen)\b", re.I)
# "est-ce qu'on pourrait voir de la neige", "kan er een meisje op zitten", "könnte man einen Mond sehen": something more
# in the picture on screen, asked as what could be seen or be there
WE_COULD_HAVE = re.compile(r"\b(?:est-ce\s+qu'on\s+pourrait|pourrait-on|on\s+pourrait|podr[ií]amos|se\s+podr[ií]a|k[öo]nnte\s+man|"
                           r"kann\s+man|kan\s+er|kunnen\s+we|potremmo|si\s+potrebbe|poder[ií]amos|d[áa]\s+para)\s+(?:\w+\s+){0,5}?"
                           r"(?:voir|ver|sehen|zien|vedere|avoir|tener|haben|hebben|avere|ter|mettre|poner|p[ôo]r|zetten|mettere|"
                           r"ajouter|añadir|hinzufügen|toevoegen|aggiungere|adicionar|zitten|staan|sitzen|stehen)\b", re.I)
# "noch einen Schneemann im Garten": one more thing, and where it goes ("noch einen Versuch im selben Stil" is a take)
ONE_MORE_PLACED = re.compile(r"\bnoch\s+(?:einen|eine|ein)\s+(?!(?:version|variante|bild|andere|mal|versuch|vorschlag|entwurf|"
                             r"option|idee|take|durchgang|anlauf)\w*)\w{3,}\s+(?:vor|neben|hinter|auf|unter|in|an|im|am|ins|ans|"
                             r"aufs|beim|zum|zur|dazu|davor|dahinter|daneben|drauf|hinzu)\b", re.I)
_PLACED_THERE = re.compile(r"\b(?:dazu|hinzu|davor|dahinter|daneben|darauf|darunter|drauf|drin|darin|hinein|rein)\b", re.I)
_MORE_TAKES = re.compile(r"\d|versi|varia|autres|otras|otros|andere|altre|altri|outr|mehr|más|mais|nog|più", re.I)
# "now ..." / "then ...": a follow-up to the picture on screen
FOLLOW_UP = re.compile(r"^(?:\W*\w+\W+){0,3}?(?:maintenant|ensuite|puis|ahora|luego|después|jetzt|dann|nun|agora|depois|"
                       r"adesso|ora|poi|nu|daarna|vervolgens|teraz|potem|następnie)\b", re.I)
# "make me …" said with a clitic: "mi fai …", "me haces …", "tu me fais …" (a small model reads it "I make …")
MAKE_ME = (r"(?:mi\s+fai|mi\s+faresti|mi\s+puoi\s+fare|me\s+haces|me\s+har[ií]as|me\s+puedes\s+hacer|tu\s+me\s+fais|me\s+faz|"
           r"me\s+fazes|mach\s+mir|machst\s+du\s+mir)")
# a drawing verb or "I want / a picture of": a new picture
DRAW = re.compile(r"\b(?:dessine\w*|peins|peindre|peignez|crée[rz]?|cré(?:er|ez)|génère\w*|genere\w*|imagine[rz]?|"
                  r"fais-(?:moi|nous)|faire|dib[uú]j\w*|pinta(?:r|me)?|crea(?:r|me)?|haz(?:me|nos)|hacer|quiero|"
                  r"quisiera|zeichne\w*|male|mal|malen|erstell\w*|generier\w*|mach(?:e|en|st)?\s+(?:mir|uns)|machen|"
                  r"je\s+veux|je\s+voudrais|voudrais|möchte|hätte\s+gern|image|photo|foto|imagen|bild|dessin|dibujo|"
                  r"zeichnung|peinture|pintura|gemälde|malerei|desenh\w*|disegn\w*|immagine|quadro|fammi|facci|vorrei|voglio|"
                  + MAKE_ME + r"|"
                  r"creami|mostrami|quero|queria|gostaria|faz-me|faça-me|cria|crie|muéstrame|montre-moi|"
                  r"teken\w*|schilder\w*|maak\s+(?:een|me|mij|ons)|creëer|genereer\w*|ik\s+wil|ik\s+zou\s+graag|"
                  r"afbeelding|plaatje|narysuj\w*|rysuj\w*|namaluj\w*|maluj\w*|stwórz|stworz|wygeneruj|generuj|"
                  r"zrób|zrob|chcę|chce|chciał\w*|obraz\w*|rysun\w*|zdjęci\w*|pokaż\s+mi|"
                  r"necesit\w*|preciso|precisamos|ho\s+bisogno|abbiamo\s+bisogno|j'ai\s+besoin|nous\s+avons\s+besoin|"
                  r"brauche|brauchen|potrzebuj\w*|een\s+(?:[\w'-]+\s+){1,3}?maken)\b", re.I)  # ("necesito cover art …": I
# need, said as a wish; "kun je een schoolplaat maken": make one, the verb last)


# the picture itself, named: no drawing verb ("geh zurück zum ersten Bild")
_PICTURE_NOUN = re.compile(r"\b(?:image|photo|foto|imagen|bild|dessin|dibujo|zeichnung|immagine|afbeelding|plaatje|obraz\w*|"
                           r"zdjęci\w*|versi[oó]n|version|versione|versie|wersj\w*)\b", re.I)


@dataclass
class ForeignRoute:
    """What a message in another language asks for, and which cue said so."""

    action: Action
    reason: str
    count: int = 1
    aspect: Optional[str] = None  # 'wide' / 'tall' when the cue was a shape


def _count(match: re.Match) -> int:
    word = (match.group("n") or match.group("n2") or match.group("n3") or match.group("n4") or match.group("n5") or
            "").lower()
    if not word:
        return 1
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


def only_thanks(text: str) -> bool:
    """"Merci, c'est parfait" / "¡Gracias, me encanta!": thanks or praise and nothing else."""
    if not THANKS.search(text):
        return False
    rest = _TALK_FILLER.sub(" ", THANKS.sub(" ", text.lower()))
    return not re.search(r"[^\W\d_]{2,}", rest)


def foreign_route(text: str, has_current: bool, image_count: int) -> Optional[ForeignRoute]:
    """The action of a message in another language from its grammar words; None when the message is not clearly
    in one of them or no cue decides (the English rules go on)."""
    if only_thanks(text):
        return ForeignRoute(Action.CHAT, "other language: thanks")
    low = text.lower().strip().lstrip("¿¡ ")
    if detect_language(text) is None and not _short_cue(low, has_current, image_count):
        return None
    if image_count and (REVERT.search(low) or (detect_language(text) and re.search(r"\bundo\b", low))) and \
            not DRAW.search(_PICTURE_NOUN.sub(" ", low)):  # "undo lol, sin perro": English inside another language
        # ("reviens à la première image": the picture gone back to is no new drawing)
        return ForeignRoute(Action.REVERT, "other language: undo")
    if has_current:
        if UPSCALE.search(low):
            return ForeignRoute(Action.UPSCALE, "other language: bigger")
        shape = SHAPE.search(low)
        if shape:
            tall = re.search(r"hoch|haut|alt|höher|hoger|staand|pionow|wyższ", shape.group(0), re.I)
            return ForeignRoute(Action.EDIT, "other language: new shape", aspect="tall" if tall else "wide")
        if ONE_MORE_PLACED.search(low):
            return ForeignRoute(Action.EDIT, "other language: one more thing, placed in the picture")
        more = MORE.search(low)
        seen_there = WE_COULD_HAVE.search(low) and not _MORE_TAKES.search(low)  # "pourrait voir de la neige": no takes
        if more and not seen_there and not _PLACED_THERE.search(low):  # "noch einen Hund dazu": one more, in the picture
            return ForeignRoute(Action.VARIATIONS, "other language: more versions", count=_count(more))
        if DESCRIBE.search(low):
            return ForeignRoute(Action.DESCRIBE, "other language: what is it")
        if EDIT.search(low) or (CAN_YOU_CHANGE.search(low) and not DRAW.search(low)) or WE_COULD_HAVE.search(low) or \
                _MAKE_THE_THING.search(low):
            return ForeignRoute(Action.EDIT, "other language: change verb / object pronoun")
    if DRAW.search(low):
        return ForeignRoute(Action.GENERATE, "other language: drawing verb")
    if has_current and FOLLOW_UP.search(low):
        return ForeignRoute(Action.EDIT, "other language: a follow-up")
    if has_current and len(low.split()) <= 6 and not re.search(r"\?\s*$", low):
        return ForeignRoute(Action.EDIT, "other language: a short change to the picture")  # "en noir et blanc"
    return None


def asks_a_change(text: str) -> bool:
    """"Me la fai ad acquerello?", "¿Me la haces en acuarela?": a change of the picture asked in another language, and
    no question about what it shows."""
    low = text.lower()
    return bool(EDIT.search(low)) and not DESCRIBE.search(low)


def _short_cue(low: str, has_current: bool, image_count: int) -> bool:
    """"agrandis-la", "geh zurück", "mais uma": too short for the language detector, but the cue is the language's own."""
    if len(low.split()) > 4 or not has_current:
        return False
    return bool(REVERT.search(low) and image_count or UPSCALE.search(low) or MORE.search(low) or DESCRIBE.search(low))
