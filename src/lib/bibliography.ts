// Full references behind the short source names used across the site and the rule registry.
export const BIBLIOGRAPHY: { key: string; citation: string }[] = [
  { key: 'Alfredson 1998', citation: 'Alfredson H et al. 1998. Am J Sports Med 26(3):360.' },
  { key: 'Baxter 2021', citation: 'Baxter JR et al. 2021. Med Sci Sports Exerc 53(1):124.' },
  { key: 'Beyer 2015', citation: 'Beyer R et al. 2015. Am J Sports Med 43(7):1704. doi:10.1177/0363546515584760.' },
  { key: 'Bohm 2015', citation: 'Bohm S, Mersmann F, Arampatzis A. 2015. Sports Med Open 1:7.' },
  { key: 'Dorn 2012', citation: 'Dorn TW, Schache AG, Pandy MG. 2012. J Exp Biol 215:1944.' },
  { key: 'George 2024', citation: 'George ERM et al. 2024. Sports Med 54:2247.' },
  {
    key: 'Hebert-Losier 2017',
    citation: 'Hébert-Losier K et al. 2017. Physiotherapy 103(4):446-452. doi:10.1016/j.physio.2017.03.002.',
  },
  {
    key: 'Jonsson 2008',
    citation:
      'Jonsson P et al. 2008. Br J Sports Med (insertional Achilles tendinopathy, floor-level eccentric training).',
  },
  {
    key: 'Lunsford & Perry 1995',
    citation: 'Lunsford BR, Perry J. 1995. Phys Ther 75(8):694-698. doi:10.1093/ptj/75.8.694.',
  },
  { key: 'Martin 2018', citation: 'Martin RL et al. 2018. J Orthop Sports Phys Ther 48(5):A1.' },
  { key: 'Miller 2022', citation: 'Miller KC et al. 2022. J Athl Train 57(1):5.' },
  { key: 'Nelson & Churilla 2016', citation: 'Nelson NL, Churilla JR. 2016. Muscle Nerve 54:177.' },
  { key: "O'Neill 2019", citation: "O'Neill S et al. 2019. Knee Surg Sports Traumatol Arthrosc 27:2765." },
  { key: 'Praet 2019', citation: 'Praet SFE et al. 2019. Nutrients 11:76 (appendix: return-to-run protocol).' },
  {
    key: 'ACSM 2009',
    citation: 'Ratamess NA et al. (American College of Sports Medicine). 2009. Med Sci Sports Exerc 41(3):687.',
  },
  { key: 'Rathleff 2015', citation: 'Rathleff MS et al. 2015. Scand J Med Sci Sports 25(3):e292-300.' },
  { key: 'Reiter 2024', citation: 'Reiter AJ et al. 2024. Med Sci Sports Exerc.' },
  { key: 'Rio 2015', citation: 'Rio E et al. 2015. Br J Sports Med 49:1277.' },
  { key: 'Silbernagel 2007', citation: 'Silbernagel KG et al. 2007. Am J Sports Med 35(6):897-906.' },
  { key: 'Silbernagel 2020', citation: 'Silbernagel KG, Hanlon S, Sprague A. 2020. J Athl Train 55(5):438-447.' },
  {
    key: 'Sleeswijk Visser 2025',
    citation: 'Sleeswijk Visser TSO et al. 2025. Braz J Phys Ther. doi:10.1016/j.bjpt.2025.101188.',
  },
  { key: 'van Ark 2016', citation: 'van Ark M et al. 2016. J Sci Med Sport 19:702.' },
  { key: 'Warden 2014', citation: 'Warden SJ et al. 2014. J Orthop Sports Phys Ther 44(10):749.' },
  { key: 'Winters 2018', citation: 'Winters M et al. 2018. Br J Sports Med 52:1267.' },
  {
    key: 'Clinic criteria',
    citation:
      'Clinic criteria (expert opinion): calf-strain return criteria published by sports physiotherapy clinics (25 reps, under 10% asymmetry, hop counts within 10%).',
  },
  {
    key: 'NSCA (secondary)',
    citation:
      'National Strength and Conditioning Association plyometric guidance (80-100 foot contacts for beginners), cited second-hand.',
  },
  {
    key: 'Coaching practice (no trial evidence)',
    citation:
      'Coaching practice: cues and doses used by coaches and clinicians without a trial behind them. Marked as such wherever they appear.',
  },
];
