"""The bundled demo news site, served on 127.0.0.1, and the ``newscrawl demo`` job."""
