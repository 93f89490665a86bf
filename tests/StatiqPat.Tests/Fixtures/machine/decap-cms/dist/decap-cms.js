// Tient lieu du programme de Decap CMS dans les tests : la construction le copie tel quel dans /admin/.
