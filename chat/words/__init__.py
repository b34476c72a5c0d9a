"""Language understanding: what a message asks for, and the words of the picture it describes. No models at import.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_router.py tests/test_rewriter.py -q

One job a file; imports run down this list (a module imports only modules above it):

- ``lexicon``        every word list (verbs, slots, colours, formats, ordinals, greetings...), spelled once
- ``places``         places by name ("in amsterdam", "to New York"): a GeoNames word list, everyday words left out
- ``glossary``       a French/Spanish/German/Portuguese/Italian/Dutch/Polish request read word by word in English (offline fallback)
- ``language``       which language a message is in (French/Spanish/German/Portuguese/Italian/Dutch/Polish function words and the glossary's words)
- ``emoji``          a message whose only content is emoji, read by the emoji's Unicode names ("🌵🦎" -> "cactus, lizard")
- ``foreign``        the action of a message in another language from its grammar words (verbs, clitics, thanks)
- ``intents``        example phrasings of each intent
- ``embeddings``     a message scored against those phrasings (MiniLM sentence embeddings, for unsure turns)
- ``detail``         detail that fits the subject: category (by embedding) -> medium, light, palette, composition, lens
- ``photo``          what an uploaded photo shows, in the user's own words ("this is my cat"), when no captioner can look
- ``scene``          the structured scene of a picture and how it becomes a prompt; quoted text kept verbatim
- ``sizes``          format words -> aspect ("phone wallpaper" -> tall) -> a size at the model's native area
- ``brief``          a pasted brief of labelled lines ("Scene: …", "Avoid: …", "Format: …") as one plain request
- ``quoted``         a picture described in quotes, then asked for ("Here's the brief: 'A fox logo, …' Can you make that?")
- ``normalize``      the one filler pattern, emoji, greetings/thanks, leading praise, polite questions, asides
- ``asides``         talk set inside a sentence: "(sorry!)", "could you, perhaps, add …", "draw me, say, four"
- ``counts``         image counts ("3 options") vs content ("two kittens")
- ``picks``          which image a message points at ("the second one", "back to the first")
- ``typos``          chat shorthand and misspelt command words ("cn u mak it"); obvious typos in a prompt
- ``mixed``          a few words of another language in an English message, read with the glossary ("…, feuilles rouges")
- ``slots``          which scene slot a modifier sets (style, time, weather, lighting, colour, framing, aspect)
- ``remarks``        words that are no part of the picture: a remark ("my wife is allergic"), "instead of <old>"
- ``nounphrase``     find / recolour / remove a noun phrase in the scene's words
- ``negatives``      "no X", "without X"
- ``keep``           the invariant: every content word the user typed stays in the scene
- ``request``        a drawing request -> a scene (``parse_request``), "same style but ..."
- ``topic``          what the chat was about, and "in that style" / "make one with ..." pointing back at it
- ``critique``       what a message says is wrong with the picture ("too dark", "the pond is kinda small") or lacks
- ``rephrase``       a change said as a wish, critique or question ("it'd be nice if the fox smiled") -> an edit command
- ``edit_plan``      an edit plan and the changes it can make
- ``another``      "try a different style": a value of that slot Easel picks and names; a new theme for the old
- ``mind``         a mind changed mid-message: "a beach at sunset, wait no, sunrise", "… actually scratch that"
- ``one_version``  "can i get a red one", "a pumpkin version": the picture on screen in that look, bigger, or another take
- ``continued``    a colour said alone after a part was recoloured ("and ruby red"): that part again
- ``fixes``          fixes a picture often needs: a body part drawn wrong, a thing moved, a price or date in its words,
                     "simplify it", "center the cat"
- ``edit``           an edit request -> an edit plan (``apply_edit``), clause by clause; how to re-make the picture
- ``route_patterns`` the router's lexical cues
- ``route_cues``     the questions the router asks of a message (a question? a drawing request with content?)
- ``explained``      changes explained at length, then asked for with a pronoun ("… a canoe by the lake, can you add those")
- ``ideas``          "what would you suggest for a flyer?": three directions offline; "go with the first idea" picks one
- ``clarify``        "I need a logo", then "it's for my bakery, with a croissant": the details of a format-only request
- ``route``          ``route(text, context)`` -> ``Route(action, reason, ...)``: certain facts, rules, embeddings

``chat.conversation`` calls ``mixed``, ``emoji``, ``ideas`` and ``route`` (``chat.translator`` reads other languages in English); the handlers in ``chat.handlers`` call ``request``, ``edit`` and ``topic``.
"""
