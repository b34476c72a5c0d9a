"""The lexical cues the router keys on: revert, upscale, variations, describe, edit starts, questions, small talk.

    .venv/bin/python -c "from chat.words.route_patterns import UPSCALE; print(bool(UPSCALE.search('make it bigger')))"
"""
from __future__ import annotations

import re

from chat.words import lexicon
from chat.words.counts import NUM
from chat.words.normalize import START_OVER, SOMETHING_ELSE, words_pattern

POLITE = re.compile(
    r"""
    ^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|maybe\s+|also\s+|now\s+|just\s+|kindly\s+)?(?:be\s+so\s+kind\s+as\s+to\s+)?
    |(?:is|would)\s+(?:it\s+)?(?:be\s+)?possible\s+to\s+(?:please\s+)?(?:keep\s+(?:everything|it|all)(?:\s+the\s+same)?\s*,?\s*(?:but|and)\s+)?
    |please\s+
    |i\s+(?:want|need|would\s+like|'d\s+like)\s+(?:you\s+to|that\s+you)\s+
    |(?:let'?s|let\s+us)\s+)
    """,
    re.I | re.X,
)
REVERT = re.compile(
    r"""
    \b(?:undo|un-do|revert|roll\s*back|go\s+back
    |the\s+(?:very\s+)?(?:first|original)\s+(?:[\w'-]+\s+)?(?:you|u)\s+(?:drew|made|did|painted|showed\s+me|gave\s+me)\b
    |(?:i|we)\s+(?:(?:kinda|kind\s+of|really|much)\s+)?(?:preferred|liked|loved)\s+(?:it|this|that)\s+(?:(?:a\s+lot\s+|much\s+)?(?:better|more)\s+)?
     (?:without|before|as\s+it\s+was|the\s+way\s+it\s+was)\b
    |(?:i|we)\s+(?:(?:kinda|really|already)\s+)?(?:miss|prefer|preferred|liked|loved)\s+the\s+(?:old|previous|last|first|original|earlier|
     other)\s+(?:one|version|picture|image|pic|design)\b
    |back\s+to\s+(?:the\s+)?(?:first|previous|last|original|earlier|old|other|\w+\s+one|one\s+before)
    |restore
    |\bbring\s+(?:that|it|this|the\s+(?:[\w'-]+\s+){0,2}?(?:one|version|picture|image|pic))\s+back\b
    |(?:show|give|bring)\s+(?:me\s+|us\s+)?the\s+original(?:\s+(?:one|version|picture|image|pic))?\s+(?:again|back)\b
    |\bthe\s+original(?:\s+(?:one|version|picture|image|pic))?\s+(?:was|is|looked)\s+(?:the\s+)?(?:best|better|nicer)\b
    |previous\s+(?:one|image|picture|version)
    |(?:first|original|earlier|older|old|initial)\s+(?:one|image|picture|version|draft)\s+(?:was\s+)?better
    |(?:first|original|earlier|older|previous|initial)\s+(?:one|image|picture|version|draft)\s+(?:was|is|looked)\s+(?:way\s+|much\s+|so\s+much\s+)?(?:nicer|prettier|cooler|better|best)
    |the\s+(?:first|original|earlier|previous|initial)\s+[\w'-]+(?:\s+(?:with(?:out)?|in)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:was|looked)\s+(?:way\s+|much\s+|so\s+much\s+|a\s+lot\s+)?(?:nicer|prettier|cooler|better)\b
    |i\s+(?:liked|preferred|loved)\s+(?:it|that|this|the\s+(?:picture|image|pic))\s+(?:way\s+|much\s+|so\s+much\s+)?(?:better|more)\s+(?:before|earlier|at\s+first|originally|the\s+first\s+time)\b
    |i\s+(?:liked|prefer(?:red)?|like|loved)\s+(?:version|option|image|picture|number|\#)\s*(?:one|two|three|four|five|\d)\b(?!\s+(?:of|with)\b)
    |back\s+to\s+how\s+it\s+(?:was|looked)\b|^(?:make\s+it\s+)?like\s+how\s+it\s+(?:was|looked)(?:\s+(?:before|earlier|at\s+first))?[.!]*$
    |(?:^|[,.!;]\s*)(?:(?:no|nah|ok(?:ay)?|hmm+)[,\s]+)*(?:the\s+)?(?:(?:original|previous)(?:\s+(?:one|version|image|picture|pic))?|(?:earlier|older|first)\s+(?:one|version|image|picture|pic))(?:\s+(?:please|pls|then|instead|again))*[.!]*$
    |(?:forget|scrap|ditch|drop|lose|cancel|bin|discard|undo|throw\s+out|get\s+rid\s+of)\s+(?:the\s+|that\s+|my\s+)?(?:last|latest|previous|recent)\s+(?:change|edit|step|tweak)s?\b
    |take\s+(?:that|it)\s+back\b
    |\bthe\s+one\s+before(?:\s+(?:that|this|it))?\b(?!\s+(?:with|but)\b)
    |(?:version|one|image|picture|pic)\s+from\s+(?:before|earlier|the\s+start)\b
    |(?:looked|was)\s+(?:way\s+|much\s+|so\s+much\s+)?better\s+(?:a\s+(?:minute|second|moment|bit)\s+ago|earlier|at\s+first)\b
    |(?:original|earlier|previous)\s+(?:one\s+|version\s+|image\s+|picture\s+)?(?:was|is|looked)\s+(?:totally\s+|perfectly\s+|actually\s+|just\s+)?(?:fine|good|ok|okay|great|perfect)\b
    |bring\s+back\s+(?:the|my)\s+(?:old|original|first|previous|earlier)\b
    |(?:^|[.!,]\s*)previous(?:\s+(?:one|pic|image|version))?(?:\s+(?:pls|please|plz))?[.!]*$
    |i\s+(?:liked|prefer(?:red)?|like)\s+(?:the\s+)?(?:first|previous|original|earlier|last|other|older|\w+)\s+(?:one|image|picture|version)\s+(?:better|more)
    |(?:use|pick|choose|select|take|keep|go\s+with|let'?s\s+go\s+with|i'?ll\s+take|i\s+(?:like|want|choose|pick))\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|previous|original|earlier|older|initial|number\s+\d+|\#\d+|\w+\s+one)\s*(?:one|image|picture|version|option)?\b(?!\s+(?:of|with)\b)
    |(?:show|see|bring\s+up|pull\s+up)\s+(?:me\s+|us\s+)?(?:the|that|my)\s+(?:very\s+)?(?:first|original|previous|earlier|older|old|initial|other)\s+(?:one|image|picture|version|draft|pic|photo|drawing)\b(?!\s+(?:of|with|but|and)\b)
    |(?:show|see|bring\s+up|pull\s+up)\s+(?:me\s+|us\s+)?(?:the|that)\s+(?:one|version|picture|image)\s+(?:with|where)\s+[^.?!]{1,40}?\s+again\b
    |\b(?:the|that)\s+(?:one|version|picture|image)\s+with\s+(?:the\s+|a\s+|an\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:was|is|looked)\s+better\b
    |change\s+it\s+back
    |put\s+it\s+back|as\s+it\s+was
    |(?:want|have|get|need)\s+(?:the|my|that)\s+(?:very\s+)?(?:first|original|previous|earlier|old|older|initial|other)(?:\s+(?:one|image|picture|version|photo|pic|draft))?\s+back\b
    |(?:switch|swap|flip)\s+(?:it\s+)?back\b
    |\b(?:two|three|four|a\s+few|a\s+couple\s+of|\d)\s+(?:steps?|edits?|versions?|changes?)\s+ago\b
    |put\s+back\s+(?:the\s+)?(?:old|original|previous|first|earlier|last|other)\s+(?:one|version|image|picture|photo)
    |return\s+to\s+(?:the\s+)?(?:very\s+)?(?:first|original|previous|earlier|last|old|older|initial|other|\w+\s+one)\b
    |(?:show|see|bring\s+up|pull\s+up)\s+(?:me\s+|us\s+)?(?:the|that)\s+[\w'-]+(?:\s+[\w'-]+)?\s+one\s+again\b
    |(?:like|how)\s+it\s+(?:was|looked)\s+(?:before|at\s+first|originally|earlier)\b
    |(?:make|change|turn|set)\s+it\s+(?:again\s+|back\s+)?like\s+(?:before|earlier|at\s+first)[.!?]*$
    |(?:bring|put)\s+(?:the|that|those|them|him|her|my|his|its)\s+(?:[\w'-]+\s+){0,3}?back\s*(?:please|pls|again|in)?[.!]*$
    |the\s+way\s+it\s+was)
    """,
    re.I | re.X,
)
# "make it bigger" (for printing) is an upscale; "make it bigger and brighter" / "bigger with more trees" is an edit:
# no second change may follow the whole-picture alternatives
_NO_SECOND_CHANGE = r"(?![\s,]*(?:and|&|with|plus|but|then|also)\s+(?!(?:bigger|larger|sharper|crisper|clearer)\b))"
UPSCALE = re.compile(
    r"""
    \b(?:upscale|up-scale|upsize|up-res|upres|enlarge
    |(?:make|get|set)\s+(?:the\s+)?(?:resolution|res|dpi)\s+(?:higher|bigger|better|larger)
    |(?:increase|raise|boost|bump\s+up|up)\s+(?:the\s+)?(?:resolution|res|dpi|pixel\s+count)\b
    |(?:bump|crank|turn|push)\s+(?:the\s+)?(?:resolution|res|dpi)\s+up\b
    |^(?:but\s+|hmm+\s+|ugh\s+)?(?:it'?s|its|it\s+is|it\s+looks|looks|the\s+(?:image|picture|photo|pic)\s+(?:is|looks))\s+(?:a\s+
     (?:bit|little)\s+|kinda\s+|so\s+|too\s+|really\s+|very\s+|quite\s+)?(?:blurry|pixelated|pixelly|grainy|low[\s-]res|fuzzy)
     (?:\s+when\s+(?:i|you)\s+(?:zoom(?:\s+in)?|print\s+it|enlarge\s+it))?[\s.!,]*$
    |super[\s-]?resolution
    |\bmake\s+(?:it|this|that|the\s+(?:image|picture|photo|pic))\s+(?:\d|two|three|four)\s*(?:x|times)\s+(?:bigger|larger)\b
    |^(?:(?:can|could)\s+(?:you|u)\s+)?make\s+(?:it|this)\s+(?:bigger|larger)\s+(?:but|and)\s+keep\s+(?:it|the|its)\b
    |higher[\s-]res(?:olution)?
    |high[\s-]res(?:olution)?
    |full[\s-]res(?:olution)?(?!\s+(?:of|photo|scan))
    |hi[\s-]res
    |(?:increase|boost|raise|improve)\s+(?:the\s+)?resolution
    |(?:improve|increase|boost|raise|enhance|up)\s+(?:the\s+)?(?:image\s+|picture\s+|photo\s+|overall\s+)?quality\b
    |(?:make|get|render|need)\s+(?:it|this|that)\s+(?:at\s+least\s+)?(?:[1-9]\d{3,4}\s*(?:px|pixels)(?:\s+(?:wide|across|tall|high))?|[1-9]\d{2}\s*(?:px|pixels)\s+(?:wide|across|tall|high))\b
    |more\s+resolution
    |[248]k\s+(?:version|resolution)|\b(?:hd|hq|high[\s-]res|full[\s-]res)\s+(?:version|copy|file)\b(?!\s+(?:but|as|with|in|without)\s)
    |(?:in|to)\s+[248]k\b
    |(?:make|render|get)\s+(?:it|this|that)\s+[248]k\b
    |^[248]k\b|full[\s-]size
    |print\s+(?:size|quality)
    |(?:make|get|render)\s+(?:it|this|that|(?:this|that)\s+one|everything|the\s+(?:whole\s+)?(?:image|picture|photo|thing))\s+(?:a\s+(?:bit|lot)\s+)?(?:bigger|larger|sharper|crisper|higher\s+resolution)
      """ + _NO_SECOND_CHANGE + r"""
    |(?:make|get|render)\s+(?:it|this|that|(?:this|that)\s+one|the\s+(?:whole\s+)?(?:image|picture|photo|thing))\s+(?:[234]\s*x\b|twice\s+(?:as\s+(?:big|large)|the\s+size)|(?:two|three|four)\s+times\s+(?:as\s+(?:big|large)|the\s+size|bigger|larger))
      """ + _NO_SECOND_CHANGE + r"""
    |^(?:can|could)\s+(?:it|this|the\s+(?:image|picture))\s+be\s+(?:made\s+)?(?:a\s+(?:bit|lot)\s+)?(?:bigger|larger|sharper)\b
      """ + _NO_SECOND_CHANGE + r"""
    |(?:bigger|larger)\s+(?:version|size|resolution|image|copy)
    |(?:double|triple|quadruple)\s+(?:the\s+)?(?:size|resolution|res)\b
    |sharpen\s+(?:it|this|the\s+(?:image|picture|photo))
    |^(?:make\s+it\s+)?(?:(?:way|much|a\s+lot|lots|even|a\s+bit|a\s+little|slightly)\s+)?(?:bigger|larger|sharper|crisper)(?:\s+(?:and|&)\s+(?:bigger|larger|sharper|crisper|clearer))?(?:,?\s+(?:please|pls|plz))?(?:[\s,]+(?:at\s+least\s+|by\s+)?(?:[234]\s*x|x\s*[234]|twice|double|(?:in\s+)?[48]k)(?:\s+(?:please|pls|plz|the\s+size))?)?[.!?]*$
    |(?:bigger|larger)\s+and\s+(?:sharper|crisper|clearer)
    |^(?:(?:is\s+(?:it\s+)?possible|(?:can|could)\s+(?:you|u)|please)\s+(?:to\s+)?)?make\s+(?:(?:a\s+bit|a\s+lot|much)\s+)?(?:bigger|larger)(?:\s+(?:please|pls))?[.!?]*$
    |(?:want|need|like)\s+(?:an?\s+)?(?:bigger|larger)\s+(?:picture|image|photo|pic|one|version)\s*[.!?]*$
    |(?:sharper|crisper)\s+and\s+(?:bigger|larger)
    |(?:need|want|get|have)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:twice\s+(?:as\s+(?:big|large)|the\s+size)|double\s+the\s+size|(?:two|three|four|[234])\s*(?:x|times)\s+(?:the\s+size|bigger|larger))(?:\s+(?:for|to)\s+print(?:ing)?\b|\s*[.!?]*$)
    |(?:need|want|get|have)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:a\s+(?:bit|lot)\s+)?(?:bigger|larger)(?:\s+(?:for|to)\s+print(?:ing)?\b|\s*[.!?]*$)
    |\b(?:the\s+)?(?:file|image|picture|print|it)\s+(?:has|needs|have)\s+to\s+be\s+(?:a\s+lot\s+|much\s+|way\s+)?(?:bigger|larger|
     higher[\s-]res(?:olution)?)\b  # "they said the file has to be bigger, like twice the size"
    |(?:bigger|larger)\s+for\s+print(?:ing)?\b|(?:for|to)\s+print(?:ing)?\s+(?:it\s+)?(?:big|large|on\s+an?\s+\w+)
    |(?:make|render|get)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:in\s+)?(?:hd|full\s+hd|uhd|high[\s-]def(?:inition)?|high\s+quality\s+(?:for\s+print|print))\b
    |(?:larger|bigger|higher[\s-]quality|high[\s-]res)\s+file
    |too\s+(?:small|low[\s-]res)\s+(?:to|for)\s+(?:print|use|my)\b|resolution\s+is\s+too\s+low|too\s+pixelated
    |blow\s+(?:it|this|that)\s+up|more\s+pixels|print[\s-]ready|ready\s+(?:to|for)\s+print(?:ing)?\b
    |\b(?:it|this|that|them|this\s+one|that\s+one|the\s+(?:image|picture|photo|pic))\s+(?:at|in|as)\s+(?:a\s+)?[2-8]\s*x\b
    |^(?:(?:here'?s|here\s+is|here\s+it\s+is|this\s+one)\s*(?:(?:one|it|the\s+[\w'-]+|my\s+[\w'-]+)\s*)?[,:\s]\s*)?
     (?:[2348]\s*x|x\s*[2348]|[48]k)(?:\s+(?:please|pls|plz|thanks|bigger|larger|upscale|it))*[.!?]*$
    |(?:make|get|render)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:big|large|sharp)\s+enough\s+(?:for|to)\b
    |(?:make|get|render|blow)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:up\s+)?(?:as\s+(?:big|large)\s+as\s+(?:you\s+can|possible|it\s+(?:goes|gets|can\s+go))|(?:the\s+)?(?:biggest|largest|max(?:imum)?)(?:\s+size)?(?:\s+(?:you\s+can|possible))?)(?:\s+(?:please|pls))?[.!?]*$
    |(?:^|[,;]\s*)(?:(?:and|but|so)\s+)?as\s+(?:big|large)\s+as\s+(?:you\s+can(?:\s+(?:make|get)\s+it)?|possible|it\s+(?:goes|gets|can\s+go))
     (?:\s+(?:please|pls))?[.!?]*$  # "I'd like to print it for the hall, as big as you can make it"
    |^(?:the\s+)?(?:biggest|largest|max(?:imum)?)\s+(?:size|resolution)\s+(?:you\s+can(?:\s+(?:do|make))?|possible)\b
    |(?:make|get|render)\s+(?:it|this|that|this\s+one|that\s+one)\s+(?:a\s+bit\s+)?(?:higher|better|best|top|print)[\s-]quality(?:\s+(?:so|for|to)\s+(?:i\s+can\s+|we\s+can\s+)?print|\s*(?:please|pls)?[.!?]*$)
    |^(?:in\s+)?(?:higher|better|best)[\s-]quality(?:\s+(?:please|pls|version))?[.!?]*$
    |(?:increase|bump\s+up|enlarge)\s+(?:the\s+)?(?:image\s+|picture\s+)?(?:size|dimensions)\b(?!\s+of\b)
    |(?:in|at)\s+(?:a\s+)?(?:higher|better|high|best|max(?:imum)?|full)\s+(?:quality|res(?:olution)?)\b
    |^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|resize|scale|export|render|save|get)\s+(?:it|this|that|the\s+(?:image|
     picture|photo))\s+(?:to\s+|at\s+|in\s+)?\d{3,5}\s*(?:x|×|by)\s*\d{3,5}(?:\s*(?:px|pixels))?(?:\s+please)?[.!?]*$)
    """,
    re.I | re.X,
)
NEW_CONTENT = re.compile(r"\b(?:of|with|showing|featuring)\s+(?:an?|the|some|two|three|\d+)\s+(?!(?:same|image|picture|"
                          r"photo|current|last|previous|one)\b)\w+")
_VARIATION_NOUNS = r"(?:options?|versions?|variations?|variants?|alternatives?|ideas?|takes?|images?|pictures?|" \
                   r"pics?|ones?|designs?|tries|attempts?|drafts?|renditions?|shots?|choices?|concepts?|samples?)"
VARIATIONS = re.compile(
    r"^(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?=(?:try|give\s+it\s+another|re-?do|redraw|regenerate|"
    r"re-?roll)\b))?"  # "can you try again", "can you redo it"
    r"(?:try\s+(?:it\s+)?again|give\s+it\s+another\s+(?:go|try|shot)|again|once\s+more|one\s+more(?:\s+time)?|another(?:\s+one)?|re-?roll|regenerate|"
    r"re-?do(?:\s+it)?|redraw(?:\s+it)?|retry|new\s+seed|different\s+seed|shuffle|more|show\s+me\s+more|"
    r"give\s+me\s+more|more\s+please|(?:show|give|make|generate|create|draw)\s+(?:me\s+)?(?:some\s+)?more|"
    r"surprise\s+me\s+again)\b(?!\s+(?!of\s+(?:these|those|this|that|it)\b|like\s+(?:this|that|it)\b|please\b|time\b"
    r"|versions?\b|options?\b|variations?\b)\w)"
    r"(?!\s*[-–—:]+\s*(?:could|can|would|please|make|add|do|give|i|let'?s|remove|change|put|take)\b)"  # "one more - could
    # you …": one more ask
    r"|\b(?:" + NUM + r"\s+)?(?:more|other|different|new|alternative|another|extra|additional|further)\s+"
    r"(?:different\s+)?(?:(?:colou?r|style|layout|design)\s+)?" + _VARIATION_NOUNS + r"\b(?!\s+(?:of|for|with|showing)\s+(?!(?:it|this|that|these|those|"
    r"the\s+same|the\s+[\w'-]+\s+(?:one|version|picture|image)|him|her|them)\b))"  # "2 more alternatives of the night
    # version", "4 different versions of him"
    r"|(?<!\b[248]k\s)(?<!\bhd\s)(?<!\bhq\s)\b(?:variations?|variants?|alternatives?|versions?)\s+(?:of|on)\s+(?:it|this|that|the\s+(?:same|image|picture|"
    r"last|previous))(?!\s+(?:in|at|with|without|during|as|but|for)\s)|\b(?:some|few|a\s+few|several|\d+|one|two|three|four|five|six|seven|eight)\s+(?:more\s+)?"
    r"(?:variations?|variants?|alternatives?|options|versions|takes|choices)(?:\s+(?:of|on)\s+(?:it|this|that|the\s+"
    r"same))?(?:\s+(?:please|pls|plz|to\s+(?:choose|pick)\s+from|(?:to\s+(?:show|send|give)|for)\s+(?:(?:my|the|our|a)\s+)?[\w'/-]+(?:\s+\w+ing)?))*\s*[.!]*$|\bmore\s+like\s+(?:this|that|it)|\b(?:same|this)\s+(?:prompt|idea|one)\s+"
    r"(?:but\s+)?(?:with\s+)?(?:a\s+)?(?:different|new|other)\s+seeds?|\b" + NUM + r"\s+more\b(?!\s+\w+\s+(?:of|with)\b)"
    r"(?!\s*[-–—:]+\s*(?:could|can|would|please|make|add|do|give|i|let'?s|remove|change|put|take)\b)"
    r"(?!\s+(?:with|featuring|showing|where|but)\s)"  # "one more with 3 frogs instead": a new picture, not a re-roll
    r"(?!\s+(?:detail|details|detailed|colou?r|colou?rful|light|contrast|realistic|vivid|vibrant|dramatic|"
    r"saturated|space|trees|people|clouds|stars|birds|flowers|thing|things|question|request|change|favou?r|note)\b)"
    r"|\b(?:make|give|show|do|draw|generate|create|get|render)\s+(?:me\s+|us\s+)?(?:" + NUM + r"|a\s+few|some|several)\s+"
    r"(?:more\s+)?(?:of\s+)?(?:these|those|them|this|that|it)(?=(?:\s+(?:please|pls|plz|too|for\s+(?:me|us)|to\s+(?:choose|"
    r"pick)\s+from)|,?\s+(?:(?:just\s+|only\s+|all\s+|each\s+)?(?:slightly|a\s+(?:bit|little|tad)|a\s+little\s+bit|kinda|somewhat)"
    r"\s+)?(?:different|varied)(?:\s+from\s+each\s+other)?)*[\s.!?]*$)"  # "make 3 of those, slightly different"  # "can you make 4 of these"; not "make one of them a dog"
    r"|\banother\s+" + NUM + r"(?:\s+(?:please|pls|plz|more|of\s+(?:these|those|them|it)|like\s+(?:this|that|it)))*[\s.!?]*$"
    r"|\b(?:wants?|needs?|would\s+like|'d\s+like)\s+" + NUM + r"\s+(?:more\s+)?of\s+(?:them|these|those|it|this)"
    r"(?:\s+(?:now|too|please|pls))*[\s.!?]*$"  # "she says she wants 4 of them now"
    r"|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:give|show|make|get|do)\s+(?:me\s+|us\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight)(?:\s+(?:please|pls|plz))?[\s.!?]*$"  # "give me 6": that many takes of the picture on screen
    r"|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:make|turn)\s+(?:it|this|that)\s+(?:into\s+)?" + NUM + r"\s+(?:pictures|images|pics|"
    r"versions|options)(?:\s+(?:please|pls|instead))?[\s.!?]*$"  # "make it 3 pictures": that many takes
    r"|^(?:(?:can|could|may)\s+(?:i|we)\s+)?see\s+(?:some\s+|a\s+few\s+|a\s+couple\s+|a\s+bunch\s+)?more(?:\s+(?:please|pls|"
    r"of\s+(?:these|those|them|this|that|it)))?[\s.!?]*$"  # "can i see more"
    r"|^(?:(?:ok(?:ay)?|so|and|alright)[,\s]+)?what\s+else\s+(?:ya|you|u|can\s+(?:you|u)\s+(?:come\s+up\s+with|show\s+me|"
    r"make))(?:\s+(?:got|have|'?ve\s+got))?[\s.!?]*$"  # "what else ya got"
    r"|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:do\s+(?:it|that|this)\s+again\s+|(?:the\s+)?same\s+(?:thing\s+|one\s+|idea\s+)?)but\s+"
    r"(?:a\s+(?:bit|little)\s+|slightly\s+)?different(?:\s+(?:please|pls))?[\s.!?]*$",  # "same but different": another take
    re.I,
)
_WHICH_IMAGE = r"(?:this|the|that|my|your)\s+(?:(?:original|first|uploaded|earlier|previous|last|current|new|edited|" \
               r"other|second|old|latest)\s+)?(?:picture|image|photo|pic|drawing|painting|upload|version|one)"
DESCRIBE = re.compile(
    r"(?<!to\s)(?<!\bi\s)(?<!\bwe\s)\b(?:describe|(?<!\bgood\s)(?<!\bnice\s)(?<!\bcatchy\s)(?<!\bfunny\s)(?<!\bcute\s)"
    r"(?<!\bclever\s)(?<!\bshort\s)(?<!\bfun\s)(?<!\bwitty\s)(?<!\bcool\s)(?<!\bgreat\s)caption(?!\s+(?:ideas?|suggestions?|for\s+(?:my|our|the|an?)\s+(?:post|instagram|insta|"
    r"reel|story|tweet)))|what(?:'s|s|\s+is|\s+are|\s+was|\s+were)?\s+(?:in|on)\s+" + _WHICH_IMAGE + r"|what(?:'s|s|\s+is)\s+(?:(?:this|that)(?!\s+(?:app|application|tool|program|software|site|website|model|ai|bot|chatbot|"
    r"thing\s+(?:running|built|made|using))\b)|shown|happening|going\s+on)\b|what\s+do\s+you\s+see|what\s+can\s+you\s+"
    r"see|what\s+does\s+(?:it|this|that|the\s+(?:picture|image|photo))\s+show|what\s+(?:is|are)\s+(?:shown|depicted|"
    r"pictured)|tell\s+me\s+(?:about|what'?s\s+in|what\s+is\s+in|what\s+you\s+see\s+in)\s+" + _WHICH_IMAGE + r"|"
    r"^what\s+does\s+(?:it|the\s+(?:sign|text|writing|lettering|banner|label|poster|card|board|menu))\s+(?:say|read)(?:\s+(?:right\s+)?now)?"
    r"\s*\?*$|"  # "what does the sign say right now?": read off the picture
    r"(?:tell\s+me\s+)?what(?:'s|s|\s+is|\s+all\s+is)\s+in\s+(?:it|there|here)(?:\s+(?:now|again|then|exactly))?(?=[\s?.!]*$)|"  # "… can you tell me what's in it"
    r"(?:look|take\s+a\s+look)\s+at\s+(?:this|my)|what\s+(?:kind|type|breed|species|color|colour)\s+of\s+\w+\s+"
    r"(?:is|are)\s+(?:this|that|it|these|in)|who\s+is\s+(?:this|in\s+(?:this|the)\s+(?:picture|image|photo))|"
    r"identify|explain\s+(?:this|the)\s+(?:picture|image|photo)|"
    r"(?:what|which)\s+colou?rs?\s+(?:are|is)\s+(?:in|used\s+in)\s+(?:it|this|there|the\s+(?:picture|image|photo|painting))\b|"
    # "can you tell me what you drew?", "what did you just paint?": what the picture on screen shows
    r"(?:tell\s+me|describe|explain|say)\s+what\s+(?:you(?:'ve)?|u)\s+(?:just\s+)?(?:drew|drawn|painted|made|created|"
    r"generated|did)\b|^what\s+(?:did|have)\s+(?:you|u)\s+(?:just\s+)?(?:draw|drawn|paint|painted|make|made|create|"
    r"created|generate|generated)(?:\s+(?:here|there|exactly))?\s*\?*$|"
    r"^what\s+(?:did|have)\s+(?:you|u)\s+(?:put|include|included|add|added|draw|drawn|paint|painted)\s+(?:in|into|on)\s+(?:it|there|"
    r"this|the\s+(?:picture|image|drawing|painting))\s*\?*$|what\s+(?:objects|things)|how\s+many\s+\w+\s+"
    r"(?:are|is)\s+(?:there|in)|^what\s+colou?rs?\s+(?:are|is)\s+(?:in|used\s+in)\s+(?:it|this|" + _WHICH_IMAGE + r")\s*\?*$|"
    r"^(?:is|are)\s+there\s+(?:an?|any|some)\s+[\w'-]+(?:\s+[\w'-]+)?\s+in\s+(?:it|this|" + _WHICH_IMAGE + r")\s*\?*$|"
    # "what do you think is in the shot?", "what fruits do you reckon these are?": the picture, described
    r"what\s+(?:do|would)\s+(?:you|u)\s+(?:think|reckon|say)\s+(?:is|are)\s+(?:in|on)\s+(?:it|this|there|the\s+(?:shot|"
    r"picture|image|photo|pic|scan))\b|what\s+(?:kind\s+of\s+|sort\s+of\s+)?[\w'-]+\s+(?:do|would)\s+(?:you|u)\s+(?:think|reckon|"
    r"say)\s+(?:these|this|that|those|it|they)\s+(?:is|are)\b)",
    re.I,
)
NEW_SCENE = re.compile(r"\b" + SOMETHING_ELSE + r"\b|\b(?:" + START_OVER + r"|new\s+"
                       + words_pattern(lexicon.NEW_SCENE_NOUNS) + r"\b|(?:a\s+)?different\s+(?:image|picture|scene|subject|topic)|"
                        r"\b(?:different|new|other|another)\s+(?:idea|topic|thing|subject|one)\s*[:;,—–-]+\s*\w)", re.I)
DRAW_VERB = words_pattern(lexicon.DRAW_VERBS)
DRAW_REQUEST = re.compile(
    r"^(?:(?:(?:would|do)\s+you\s+)?mind\s+(?=\w+ing\b)|(?:(?:(?:do\s+)?(?:you|u)\s+(?:think|reckon)|think|reckon|is\s+there\s+any\s+way|any\s+way)\s+"
    r"(?:you|u)\s+(?:could|can|might|would)|(?:is|would|will)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:you|u)\s+)?to(?!\s+(?:get|have|see)\b)(?=\s+[a-z]+\s+(?:me\s+|us\s+)?"
    r"(?:an?|some|one|two|three|four|\d+)\s)|(?:can|could|would|will)\s+(?:you|u))\s+(?:please\s+|maybe\s+|also\s+|now\s+|just\s+|kindly\s+)?"
    r"(?:be\s+so\s+kind\s+as\s+to\s+)?|please\s+|"
    r"(?:i|we)(?:'d|(?<=i)d|\s+would|\s+d|\s+really|\s+just)?\s+(?:really\s+)?(?:like|love|wanted|want|wanna|needed|need|"
    r"was\s+hoping)\s+"
    r"(?:you\s+to\s+|that\s+you\s+|to\s+(?:have|get)\s+)?|(?:i'?m|i\s+am)\s+looking\s+for\s+|let'?s\s+|how\s+about\s+|"
    r"what\s+about\s+|can\s+i\s+(?:get|have)\s+|may\s+i\s+(?:have|get)\s+|time\s+for\s+)?"
    r"(?:(?P<verb>(?!make\s+sure\b)" + DRAW_VERB + r"|(?<=mind )(?:mak|draw|paint|sketch|creat|design|render)ing|do(?=\s+(?:me\s+|us\s+)?(?:(?:a|an|some|two|three|four|\d+)\s|one\s+of\s|the\s+(?:[\w-]+\s+)?(?:page|cover|illustration|"
    r"picture|drawing|scene|panel|poster|card|logo|banner|map|portrait|chapter\s+header)s?\s*:))|show|give|get|send|(?:to\s+)?see|(?:(?:i|we)(?:'d|\s+would|\s+d)?\s+(?:really\s+)?(?:like|love|"
    r"want|wanna)\s+to\s+|let\s+me\s+|can\s+i\s+|may\s+i\s+|could\s+i\s+)see)\s+(?:me\s+|us\s+|for\s+me\s+|up\s+)?)?"
    r"(?P<rest>.*)$",
    re.I,
)
WANT_IMAGE = re.compile(
    r"""
    ^(?:(?:i|we)(?:'d|\s+would|\s+d)?\s+(?:like|love|want|wanna|need)
    |give\s+me|show\s+me
    |can\s+i\s+(?:get|have|see)|let\s+me\s+see
    |i'?d\s+love)\s+
    """,
    re.I | re.X,
)
QUESTION_START = re.compile(
    r"^(?:(?:wait|hold\s+on|hang\s+on|oh\s+wait|random\s+question|out\s+of\s+curiosity)[,.!:\s]+(?=(?:why|how(?!\s+about)|who|what|"
    r"where|when)\b))?"  # "wait why do bees like purple flowers so much": a question, asked on the way
    r"(?:what|whats|wats|who|whos|whom|whose|why|whys|how|hows|when|where|wheres|which|is|are|was|were|"
    r"do(?!\s+(?:it|this|that|one|the|me|a|an|some|another|them)\b)|does|did|can|could|would|will|should|"
    r"shall|may|might|have|has|had|am|isn'?t|aren'?t|don'?t(?!\s+make\s+(?:it|him|her|them)\s+(?:so|too|that|as)\b)|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|"
    r"tell\s+me|explain|define|describe|help|any\s+(?:idea|tips))\b",
    re.I,
)
CHAT_START = re.compile(
    r"^(?:i|i'm|im|i've|i'll|i'd|my|me|you|you're|your|we|we're|our|us|it's|its|it\s+is|that's|thats|that\s+is|"
    r"this\s+is|these\s+are|there's|theres|there\s+is|here's|heres|here\s+is|whats|hows|whos|let's\s+talk|tell\s+me|explain|say|thanks|thank|please\s+(?:tell|"
    r"explain|help)|ignore|forget|pretend|act\s+as|print|repeat|write|translate|summari[sz]e|list|calculate|"
    r"compute|solve|answer|who|what|why|how|when|where"
    r"|(?:want|wanna|need|trying|hoping)\s+to\s+(?:get|make|understand|know|learn|figure)\b(?=.*\b(?:right|accurate|correct|"
    r"better|out)\b)"  # "want to get the picture right": why they ask
    # a pronoun subject and a finite verb: a statement about something ("that really helps", "it came out great")
    # ("she looks sad, make her smile" describes the picture: a look is talk only with a verdict after it)
    r"|(?:that|this|it|these|those|they)\s+(?:really\s+|just\s+|totally\s+|actually\s+|definitely\s+|so\s+)?"
    r"(?:helps|helped|works|worked|means|meant|makes\s+(?:me|sense)|made\s+(?:me|my)|did|does|came\s+out|turned\s+out|"
    r"(?:looks|looked|seems|seemed|feels|felt|sounds|sounded)\s+(?:\w+\s+)?(?:great|good|nice|perfect|amazing|awesome|"
    r"fine|right|wrong|bad|off|weird|better|worse|cool|fun|lovely|beautiful)"
    r"|(?:looks|looked|seems)\s+(?:just\s+|exactly\s+)?like\s+(?:him|her|them|me|us|my|our|his|the\s+real)))\b",
    re.I,
)
IT_REF = r"(?:it|this|that|(?:him|her|them)(?=\s+(?:in|as|into|like)\s)|the\s+(?:image|picture|photo|scene|drawing|painting|" \
         r"background|sky|colou?rs?|lighting)|" \
          r"this\s+(?:one|photo|image|picture)|everything|the\s+whole\s+thing)"
EDIT_START = re.compile(
    r"^(?:(?:make|turn|change|set|render|redo|transform|convert|switch|restyle|give|show|have|let|paint|recolou?r|"
    r"colou?r|shoot|frame|reimagine|recreate|do|try|draw|style|crop|resize|reframe|see|show\s+me|simplify|flatten|"
    r"get(?!\s+(?:it|this|that)\s+(?:done|printed|framed|to|by|back|out|off|over|ready|sent|right|now)\b)|"
    r"styli[sz]e|soften|vectori[sz]e|cartooni[sz]e|declutter)\s+" + IT_REF +
    r"\b(?!\s*\?)(?!\s+(?:again|one\s+more\s+time)\b)"
    r"|(?:lose|ditch|nix|scrap|axe|skip|hide|drop|cut\s+out|leave\s+out)\s+(?:the|that|those|these|all)\b|no\s+more\s+\w"
    r"|(?:" + "|".join(lexicon.REMOVE_BEFORE_THE) + r")\s+(?:the|those|these)\s+(?!(?:last|latest|previous|recent)\b)"
    r"|(?:get|bring|throw|stick)\s+(?:some|a|an|more)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:in|into|on)\s+(?:there|it|the)\b"
    r"|(?:take|get|leave|cut)\s+(?:him|her|them)\s+(?:out|off|away)\b"  # "take him out again": the one just added
    r"|closer\s+(?:on|to|up\s+on|in\s+on)\s+(?:the|his|her|its|their)\b"  # "closer on the nose": the framing, tighter
    r"|(?:stretch|raise|lower|lift|tilt|bend|cross|fold|open|close|spread|extend|straighten|relax)\s+(?:his|her|their|its)\s+"
    + words_pattern(lexicon.FIGURE_PARTS) +  # "stretch her arms out more": the figure in the picture, posed
    r"|(?:take|get|leave|cut)\s+(?:the|that|those|these|all\s+the)\s+[\w'-]+(?:\s+(?:and\s+(?:the\s+)?)?[\w'-]+)?\s+(?:out|off|away)\b"
    r"|(?:add|put|place|include|insert|remove|delete|erase|get\s+rid\s+of|take\s+(?:out|away)|replace|swap|"
    r"exchange|substitute|zoom|pull\s+back|step\s+back|move\s+(?:closer|further|back)|get\s+closer|widen|crop|move|brighten|darken|lighten|sharpen|blur|tint|increase|decrease|reduce|"
    r"boost|adjust|tweak|modify|edit|fix|flip|rotate|mirror|apply|use)\b"
    r"|(?:make|turn|change|paint|colou?r|recolou?r|switch)\s+(?:the|that|those|these|his|her|its|their|all\s+the)\s+"
    r"\w+"
    r"|(?:now|but|and|also|then)\s+(?:in|as|at|with|without|during|make|more|less|from)\b"
    r"|(?:in|as|at|during|with|without|from)\s+(?:the\s+)?(?:style|a|an|\w+)"
    r"|more\s+\w+|less\s+\w+|(?:a\s+(?:bit|little)|much|even|slightly)\s+\w+er\b|\w+er\s+please\b"
    r"|(?:it|this|that)\s+(?:should|needs|could|would)\s+(?:be|look|have)|(?:i\s+want|i'd\s+like|i\s+would\s+like|(?:i|we)\s+need|we\s+want)"
    r"\s+(?:it|this)\s+(?:to\s+be\s+|to\s+look\s+|more\s+|less\s+|in\s+|as\s+)?\w+"
    r"|(?:it'?s|it\s+is|this\s+is|that'?s|looks|it\s+looks)\s+(?:a\s+bit\s+|way\s+|much\s+)?too\s+\w+"
    r"|what\s+if\s+(?:it|this|that|the)\b|how\s+about\s+(?:making\s+it|with|at|in|as|adding|removing)\b)",
    re.I,
)
# "can you draw on top of a photo I already have?": a question about editing one's own photo (no photo attached)
DRAW_ON_MY_PHOTO = re.compile(r"^(?:(?:can|could)\s+(?:you|u|i)|is\s+it\s+possible\s+to)\s+(?:draw|paint|sketch|write|doodle|add\s+"
                              r"(?:things|stuff|something))\s+(?:on|onto|over|to)\s+(?:top\s+of\s+)?(?:a|an|my|our|one\s+of\s+my)\s+"
                              r"(?:own\s+)?(?:photo|picture|image|pic|drawing)s?\b(?:\s+(?:i|we)\s+(?:already\s+)?(?:have|took|made|"
                              r"own))?[\s?.!]*$", re.I)
CAPABILITY = re.compile(
    r"""
    ^(?:(?:can|could|do|are|will|would)\s+(?:you|u)\s+(?:(?:also|even|actually|really)\s+)?(?:able\s+to\s+)?(?:draw|paint|make|create|generate|do|render|design|edit|produce|sketch|illustrate|upscale|describe)(?:\s+(?:me\s+)?(?:images?|pictures?|photos?|pics?|art|artwork|drawings?|paintings?|illustrations?|logos?|anything|things|stuff|any\s+\w+|good\s+\w+|realistic\s+\w+|edits?|faces?|people|animals?|portraits?|text|anime|videos?|gifs?|3d|that|it|this|them|one|too|as\s+well|well|for\s+me|for\s+free|offline|locally|in\s+(?:a\s+|any\s+)?(?:specific|certain|different|other|custom|particular|various|any|all\s+kinds\s+of)\s+(?:formats?|sizes?|shapes?|resolutions?|aspect\s+ratios?|dimensions?|styles?|languages?)|with\s+(?:text|words|transparent\s+backgrounds?)|(?:in\s+the\s+style\s+of|like)\s+(?:(?:an?|any|other|specific|certain|particular|famous|real|different|well[\s-]known)\s+)+(?:artists?|painters?|illustrators?|photographers?|art\s+styles?)|(?:[\w-]+\s+){1,2}(?:style\s+)?(?:images|pictures|pics|illustrations|drawings|graphics|logos|icons|portraits|artworks)))*(?:\s*\?\s*(?:like|e\.?g\.?|such\s+as|you\s+know)\s+[^?]{1,40})?
    |do\s+you\s+(?:know\s+how\s+to|support|have)\b.*
    |what\s+(?:can|could)\s+you\s+(?:do|make|draw|create)
    |what\s+(?:are|is)\s+(?:you|your)\b.*
    |how\s+do\s+(?:you|i)\b.*
    |how\s+does\s+(?:this|it|easel)\b.*
    |who\s+(?:are|made|built|created)\s+you.*
    |are\s+you\b.*
    |what\s+model\b.*)[?.!\s]*$
    """,
    re.I | re.X,
)


META_TALK = re.compile(
    r"""
    \b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|previous\s+|prior\s+|above\s+|earlier\s+)*(?:instructions?|rules?|prompts?|guidelines?|directions?|system)\b
    |\b(?:system|hidden|initial|secret|original)\s+(?:prompt|instructions?|message)\b
    |^system\s*:
    |\bdeveloper\s+mode\b
    |\bjailbreak
    |\byou\s+are\s+now\b
    |\bpretend\s+(?:to\s+be|you\s+are)\b
    |\bact\s+as\s+(?:if|a|an)\b
    |\b(?:print|reveal|show|repeat|output|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:instructions?|prompt|rules|configuration)\b
    """,
    re.I | re.X,
)



# "can you draw hands properly or do they come out weird?", "can u edit photos i upload or only make new ones?":
# a question about what the assistant can do, not a request
CAPABILITY_DOUBT = re.compile(
    r"^(?:can|could|do|does|will|would|are|is|did|should)\s+(?:you|u|ya|easel|it|this(?:\s+(?:app|thing|tool|model))?|"
    r"the\s+(?:app|model|tool|ai|bot))\b(?=.*(?:\bor\s+(?:only|just|not|do|does|is|are|will|would|can|could|should|"
    r"did|they|it|you|u|i|maybe|no|am|does)\b|\b(?:properly|correctly|accurately|reliably|consistently|at\s+all|in\s+"
    r"general|by\s+any\s+chance|usually|normally)\b|\b(?:photos?|pictures?|images?|files?|pics?)\s+(?:that\s+)?"
    r"(?:i|we)\s+(?:upload|send|give|share|have|took|made)))",
    re.I,
)
# questions whose answer is knowledge, not a picture ("what's the difference between X and Y?")
KNOWLEDGE = re.compile(
    r"""
    \b(?:differences?\s+(?:is\s+|are\s+)?between
    |what\s+does\s+.+\s+mean
    |meaning\s+of
    |the\s+history\s+of
    |who\s+(?:painted|invented|wrote|designed|discovered|founded|drew|sculpted|directed|composed)
    |when\s+(?:was|were|did)\b
    |how\s+(?:many|much|long|old|far)\b
    |pros\s+and\s+cons
    |which\s+(?:one|is\s+better|should\s+i)
    |should\s+i\s+use
    |is\s+it\s+(?:true|better|worth)
    |what(?:'s|s|\s+is)\s+the\s+(?:best|difference|point|deal|reason|meaning))
    """,
    re.I | re.X,
)
ORIGINAL = re.compile(
    r"""
    \b(?:original|uploaded|the\s+upload
    |my\s+(?:own\s+)?(?:photo|picture|pic|image)
    |the\s+(?:photo|picture|pic|image)\s+i\s+(?:sent|uploaded|shared|gave|attached)
    |before\s+(?:the\s+)?(?:edit|change)s?)\b
    """,
    re.I | re.X,
)
UPLOAD_EDIT = re.compile(r"\b(?:make|turn|change|convert|transform|add|remove|put|give|restyle|paint|draw|render|clean|enhance|improve|retouch|restore|"
                          r"edit|fix|swap|replace|recolou?r|colou?ri[sz]e|erase|delete|crop|brighten|darken|stylize|"
                          r"stylise|redo|reimagine|recreate|apply|use)\b", re.I)
UPLOAD_STATEMENT = re.compile(
    r"""
    ^(?:here'?s|heres|here\s+is|here\s+are|this\s+is|these\s+are|that'?s
    |thats
    |check\s+(?:this|it)\s+out|check\s+out
    |look\s+at\s+(?:this|that|my)
    |i\s+(?:took|found|made|drew|painted|shot|snapped|saw|got)|found\s+this
    |meet|sharing
    |just\s+(?:took|found|got|sharing)
    |my\s+[\w'-]+\s+(?:is|was|from|at|in|on|last|yesterday)
    |a\s+(?:pic|photo|picture|shot|snap)\s+(?:from|of\s+my|i\s+took))\b
    """,
    re.I | re.X,
)


# after picking an image: "let's go with that", "that's the one", "keep it" add no change
ACCEPT = re.compile(
    r"""
    ^(?:let'?s\s+|i'?ll\s+|i\s+(?:will|want\s+to)\s+)?(?:go\s+with|use|keep|take|pick|choose|select|stick\s+with)\s+(?:that|it|this|them)(?:\s+one)?\b[\s.!]*$
    |^(?:that'?s|it'?s|this\s+is)\s+the\s+one\b[\s.!]*$
    |^(?:that|this)\s+one\b[\s.!]*$
    """,
    re.I | re.X,
)



MAKE_THE = re.compile(r"^(?:make|paint|draw|create|render|generate|design|sketch|illustrate)\s+(?:me\s+)?(?:the|that|"
                       r"those|these|his|her|its|their)\s+(?!(?:image|picture|photo|scene|whole|background|sky|"
                       r"colou?rs?|lighting|same)\b)(?P<rest>.+)$")



VERBISH = re.compile(r"\b(?:am|are|is|was|were|be|been|have|has|had|do|does|did|will|would|should|could|can|"
                      r"may|might|must|shall|think|know|feel|want|need|like|love|hate|see|understand|mean|guess|"
                      r"believe|hope|wish)\b")
# "show me all the versions", "where are the other ones": the gallery (capabilities answers it)
GALLERY = re.compile(r"\b(?:show|see|view|find|get)\s+(?:me\s+|us\s+)?(?:all|every(?:one)?|each)\s+(?:of\s+)?(?:the\s+|my\s+|"
                     r"our\s+)?(?:versions|pictures|images|pics|ones|drawings|results)\b(?!\s+(?:of|with)\b)|\bwhere\s+(?:are|did|"
                     r"do)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:other|earlier|old|older|previous|first)\s+(?:ones|versions|pictures|"
                     r"images)\b", re.I)


# "ok cool, save it", "download this one pls": the picture is saved already (capabilities says where and how)
SAVE_IT = re.compile(r"^\W*(?:(?:ok(?:ay)?|cool|great|nice|perfect|thanks|love\s+it|yes)[\s,!.]*)*(?:(?:please|pls|can\s+you|"
                     r"could\s+you)\s+)?(?:i'?ll\s+|i\s+will\s+|let'?s\s+)?(?:save|download|export|keep|make\s+a\s+copy\s+of)\s+"
                     r"(?:it|this|that|them|this\s+one|that\s+one)"
                     r"(?:\s+(?:please|pls|for\s+me))?[\s.!?]*$", re.I)


# "let's start over", "can we start fresh?", "reset": a fresh start asked for, with nothing named to draw yet
START_FRESH = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|hmm+|alright|yeah|ugh|right)[,.!\s]+)*(?:can\s+we\s+|could\s+we\s+|let'?s\s+|"
                         r"i\s+(?:want|wanna|need)\s+to\s+|i'?d\s+like\s+to\s+)?(?:just\s+)?(?:" + START_OVER +
                         r"|reset(?:\s+(?:it|everything))?|clear\s+(?:it|everything|the\s+chat)|new\s+(?:chat|conversation|session))"
                         r"(?:\s+(?:please|pls|then))?[\s.!?]*$", re.I)
# "make it a gif", "turn it into a short video", "make him dance", "animate the candles": motion, which Easel can't make
# ("an animated movie style", "anime", "in motion" are looks of a still picture)
MOTION_ASK = re.compile(
    r"\b(?<!\bi\s)(?<!\bwe\s)(?<!\bi\salso\s)(?:make|turn|create|render|convert|export|save|give\s+me|do|produce)\s+(?:me\s+|us\s+)?(?:it|this|that|them|him|her|"
    r"(?:an?|the)\s+)?\s*(?:(?:into|as|in|to)\s+)?(?:an?\s+)?(?:(?:short|little|quick|looping|animated|moving|small)\s+)*"
    r"(?:(?:gif|video|animation|mp4|cinemagraph)s?\b(?!\s+(?:style|look|poster|still|cover|thumbnail|frame|game|call|editor|"
    r"camera|player|background|character|night|channel|banner)\b)"
    r"|(?:movie|clip|reel|tiktok)s?(?=\s+(?:of|out\s+of)\s+(?:it|this|that|him|her|them)\b|(?:\s+(?:please|pls))?[\s.!?]*$))"
    r"|\b(?:make|let)\s+(?:it|him|her|them|the\s+[\w'-]+)\s+(?:move|moving|talk|talking|blink|blinking|spin|spinning|twirl|"
    r"rotate|rotating|wiggle|bounce)(?:\s+(?:around|too|please|pls|round))?[^\w]*$"  # ("… make it spin 🙃")
    r"|^(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?animate\b|^(?:please\s+)?animate\s+(?:it|this|that|the|him|her|them)\b"
    r"|\b(?:that|which|to)\s+animates?\s+(?:it|them|him|her|this|the)\b"  # "a sprite sheet that animates them bubbling"
    r"|\bmake\s+(?:it|this|that)\s+animated[.!?]*$"
    r"|\bmake\s+(?:it|this|that)\s+so\s+(?:that\s+)?(?:the\s+[\w'-]+|it|they|he|she)\s+(?:flicker|move|blink|spin|sway|"
    r"twinkle)s?(?:\s+(?:too|please|pls|around|back\s+and\s+forth))*[.!?]*$"  # "make it so the lanterns flicker"
    r"|(?:^|[,.!?]\s*|\s)(?:like|as)\s+(?:an?\s+)?(?:gif|video|animation|cinemagraph)(?:\s+or\s+(?:an?\s+)?(?:(?:little|short|"
    r"quick)\s+)?(?:gif|video|animation|clip))?(?:\s+(?:please|pls))?[.!?]*$",  # "… like a gif (or a little video)"
    re.I)


# "can you make pictures of anything?", "can you make images good enough for print?": what Easel can make, asked in
# general, with nothing named to draw
ABILITY_ASKED = re.compile(
    r"\b(?:can|could|do|will)\s+(?:you|u|it|easel)\s+(?:really\s+|also\s+|actually\s+)?(?:make|draw|do|create|generate|"
    r"paint)\s+(?:(?:any|all|all\s+kinds\s+of|real|good|nice|realistic|big|high[-\s]?res(?:olution)?|hd|proper)\s+)*"
    r"(?:pictures|images|pics|photos|art|drawings|paintings|things|stuff)\s+(?:of\s+(?:anything|everything|whatever|"
    r"any\s+(?:kind|sort|subject|thing))|(?:that\s+(?:are|look)\s+)?(?:good|big|sharp|large|high[-\s]?res|detailed|"
    r"clear|realistic)\s+enough\b|in\s+any\s+style)[^?]*\?+[\s!]*$", re.I)



# an edit that puts one thing in place of another: "make it a corgi instead", "swap the cat for a fox", "change him
# into a bear", "replace the vase with a lamp"
SWAP_SAID = re.compile(r"\binstead\b|\b(?:swap|switch|replace|exchange|trade)\b|\b(?:change|turn)\s+(?:it|him|her|them|the\s+"
                       r"[\w'-]+)\s+(?:in)?to\s+(?:an?|some)\b|\bmake\s+(?:it|him|her|them)\s+(?:into\s+)?(?:an?)\s+[\w'-]+[\s.!]*$",
                       re.I)


# after a swap, the next thing to swap in: "and now a husky", "ok now a poodle!"
NOW_A_THING = re.compile(r"^(?:(?:and|ok(?:ay)?|cool|nice|great|haha|lol)[,.!\s]+)*(?:now|next)[,:\s]+(?:try\s+|do\s+)?"
                          r"(?P<thing>(?:an?|some)\s+[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)(?:\s+(?:please|pls))?[.!]*$", re.I)


# a question about how to ask Easel for things: "do I just say 'in watercolor'?", "what's the best way to ask for a
# style?", "if I say change the colour, does it redraw everything?", "can you explain how editing works?"
HOW_TO_ASK = re.compile(r"\b(?:if\s+i\s+(?:just\s+)?(?:say|type|write|ask\s+for|put)|do\s+i\s+(?:just\s+|have\s+to\s+|need\s+to\s+)?"
                        r"(?:say|type|write|ask|put|use|tell)|(?:best|right|proper|easiest)\s+way\s+to\s+(?:ask|say|phrase|word|prompt|"
                        r"describe|tell\s+you|get\s+you\s+to)|how\s+(?:do|should|can|would)\s+i\s+(?:ask|phrase|word|prompt|describe|"
                        r"tell\s+you|get\s+you\s+to)|(?:can|could)\s+you\s+explain\s+(?:what|how|why|the)\b|"
                        r"what(?:'s|s|\s+is)\s+the\s+difference)", re.I)

# whether the user may use a picture: "can I use this in a slide at work?", "am I allowed to sell these?"
USE_ASKED = re.compile(r"\bis\s+(?:(?:this|the)\s+(?:thing|app|tool|site|program)|easel)\s+(?:free|paid)\b|"
                       r"(?:^|[.!?]\s+|,\s*)(?:(?:can|could|may)\s+(?:i|we)|am\s+i\s+allowed\s+to|are\s+we\s+allowed\s+to|is\s+it\s+ok(?:ay)?\s+"
                       r"(?:if\s+i|to))\s+(?:use|print|sell|share|post|publish|put)\s+(?:this|it|these|them|that|those|the\s+"
                       r"(?:picture|image|pictures|images|pics?))\b(?!\s+(?:as|into)\b)[^?]*\?", re.I)  # (not "print this as a colouring page?")
