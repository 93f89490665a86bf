// Tient lieu d'un morceau que Decap CMS charge à la demande, copié à côté de son programme.
