/** The timeline page's style sheet. `data-theme` on the root picks the palette; `vscode` maps it to the editor theme's variables. */
export const PAGE_STYLE = `
:root[data-theme=light]{color-scheme:light;--bg:#f6f7f9;--card:#fff;--fg:#1f2328;--muted:#59636e;--border:#d5dbe1;--rail:#c3ccd6;
--link:#0b5cc4;--event:#0b5cc4;--casualty:#b42318;--document:#6e7781;--conflict-bg:#fde8d7;--conflict-fg:#8a3307;--input:#fff}
:root[data-theme=dark]{color-scheme:dark;--bg:#0f1318;--card:#171c23;--fg:#e6eaef;--muted:#9aa4b0;--border:#2f3742;--rail:#3a4452;
--link:#6cb0ff;--event:#6cb0ff;--casualty:#ff7b72;--document:#8b949e;--conflict-bg:#4a2510;--conflict-fg:#ffc394;--input:#0f1318}
:root[data-theme=vscode]{--bg:var(--vscode-editor-background);--card:var(--vscode-editorWidget-background,var(--vscode-editor-background));
--fg:var(--vscode-editor-foreground);--muted:var(--vscode-descriptionForeground);--border:var(--vscode-panel-border,var(--vscode-widget-border,#8884));
--rail:var(--vscode-editorIndentGuide-background1,#8886);--link:var(--vscode-textLink-foreground);--event:var(--vscode-charts-blue,#3794ff);
--casualty:var(--vscode-charts-red,#f14c4c);--document:var(--vscode-descriptionForeground);--conflict-bg:var(--vscode-inputValidation-warningBackground,#5c3c00);
--conflict-fg:var(--vscode-editorWarning-foreground,#cca700);--input:var(--vscode-input-background)}
:root[data-theme=vscode] body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size)}
[hidden]{display:none!important}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
ol,ul{list-style:none;margin:0;padding:0}
.bar{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--border);padding:.75rem 1.5rem}
.bar-inner,main{max-width:58rem;margin:0 auto}
h1{font-size:1.3rem;margin:0}
.stats{margin:.1rem 0 .5rem;color:var(--muted)}.stat-date{white-space:nowrap}
.controls{display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:center}
.controls input[type=search],.controls select,.controls button{font:inherit;font-size:.9rem;color:var(--fg);background:var(--input);border:1px solid var(--border);border-radius:6px;padding:.3rem .6rem}
.controls input[type=search]{flex:1 1 14rem}
.controls select{max-width:20rem}
.controls label{display:flex;gap:.3rem;align-items:center;font-size:.9rem}
.controls button{cursor:pointer}
#filter-count{margin-left:auto;color:var(--muted);font-size:.9rem}
main{padding:.5rem 1.5rem 3rem}
.year>h2{font-size:1.7rem;margin:1.25rem 0 .5rem;letter-spacing:-.01em}
.day{position:relative;padding:0 0 1.1rem 2rem;background:linear-gradient(var(--rail),var(--rail)) no-repeat .45rem 0/2px 100%;
content-visibility:auto;contain-intrinsic-size:auto 10rem}
.day::before{content:"";position:absolute;left:.1rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;background:var(--bg);border:2px solid var(--event)}
.date{display:flex;flex-wrap:wrap;gap:.6rem;align-items:baseline;margin:0 0 .4rem;font-size:1rem}
.date time{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:700}
.date .words{color:var(--muted);font-weight:400;font-size:.9rem}
.entries>li+li{margin-top:.5rem}
.entry{--kind:var(--event);background:var(--card);border:1px solid var(--border);border-left:4px solid var(--kind);border-radius:6px;padding:.5rem .8rem}
.entry[data-kind=casualty]{--kind:var(--casualty)}
.entry[data-kind=document]{--kind:var(--document);background:transparent;padding:.3rem .8rem}
.entry-head{display:flex;gap:.6rem;align-items:baseline}
.kind{flex:none;min-width:5.6rem;font-size:.7rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--kind)}
.label{margin:0;font-size:1rem;font-weight:600}
.entry[data-kind=document] .label{font-weight:400}
.meta,.figures,.sources{margin:.2rem 0 0 6.2rem}
.meta{color:var(--muted);font-size:.9rem}
.actor{color:var(--fg)}
.figure{font-size:.95rem}
.figure .count-kind{font-weight:700;color:var(--casualty)}
.figure .value{font-weight:700}
.figure .source,.figure .across{color:var(--muted)}
.badge{display:inline-block;margin-left:.15rem;padding:0 .5rem;border-radius:999px;background:var(--conflict-bg);color:var(--conflict-fg);font-size:.75rem;font-weight:700}
.reports{display:flex;flex-wrap:wrap;gap:0 1rem;margin:.05rem 0 .15rem 1rem;font-size:.85rem;color:var(--muted)}
.reports .value{color:var(--fg)}
.sources{font-size:.8rem;color:var(--muted)}
#no-match,.undated{color:var(--muted);margin:1.5rem 0}
@media print{.day{content-visibility:visible}.bar{position:static}.controls{display:none}}
@media (max-width:40rem){.meta,.figures,.sources{margin-left:0}.bar,main{padding-left:.8rem;padding-right:.8rem}}
`;
