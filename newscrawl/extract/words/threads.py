"""Words of a reader comment thread: the label of the control that answers a comment ("Reply",
"Antworten", "Répondre"), by language. Regex fragments, matched case-blind against the whole
text of a short link or button."""

from __future__ import annotations

REPLY_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("reply", "respond", "reply to this comment"),
    "de": ("antworten", "antwort", "auf diesen kommentar antworten"),
    "fr": ("répondre", "repondre", "réponse"),
    "es": ("responder", "respuesta", "contestar"),
    "pt": ("responder", "resposta"),
    "it": ("rispondi", "risposta"),
    "nl": ("reageren", "reageer", "antwoorden", "antwoord"),
    "pl": ("odpowiedz", "odpowiedź"),
    "sv": ("svara", "svar"),
    "no": ("svar",),
    "da": ("svar",),
    "fi": ("vastaa",),
    "cs": ("odpovědět",),
    "hu": ("válasz",),
    "ro": ("răspunde", "raspunde"),
    "ru": ("ответить",),
    "uk": ("відповісти",),
    "tr": ("yanıtla", "cevapla"),
    "el": ("απάντηση",),
    "id": ("balas",),
    "ja": ("返信",),
    "zh": ("回复", "回覆", "回應"),
    "ko": ("답글",),
}
