// Domain knowledge for the checks: the small built-in list at once, then the full free-mail list
// and the public-suffix list from an on-demand chunk (kept out of the first screen's bytes), loaded
// once `firstScreen` resolves.
import { useEffect, useState } from 'react';
import { FIRST_SCREEN_SHOWN } from '../first-screen/first-screen';
import { basicDomainKnowledge, type DomainKnowledge } from '../../compliance/knowledge/domains';

export function useDomainKnowledge(firstScreen: Promise<void> = FIRST_SCREEN_SHOWN): DomainKnowledge {
  const [knowledge, setKnowledge] = useState<DomainKnowledge>(basicDomainKnowledge);
  useEffect(() => {
    let live = true;
    firstScreen
      .then(() => import(/* webpackChunkName: "domain-data" */ '../../compliance/knowledge/domain-data'))
      .then((m) => m.loadFullDomainKnowledge())
      .then((full) => live && setKnowledge(full))
      // The basic list keeps working; a failed chunk load only means fewer free-mail domains known.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [firstScreen]);
  return knowledge;
}
