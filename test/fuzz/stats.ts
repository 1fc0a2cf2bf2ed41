/** What a campaign exercised, so that its report says more than "passed". */
export const stats = { corpora: 0, diagnostics: 0, fixesAppliedAlone: 0, fixRounds: 0, rulesSeen: new Set<string>() };
