"""The HTML report's inline CSS and JavaScript (no CDN: the page must work offline).

The script only hides elements and builds a baseline file in the browser; with scripts off the
page is still a complete, readable document.
"""

from __future__ import annotations

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;
  padding:0 1.5rem 3rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:1rem 0 .3rem} h2{font-size:1.2rem;margin:1.4rem 0 .5rem}
h3{font-size:1.05rem;margin:.2rem 0} h4{font-size:1rem;margin:.2rem 0}
table{border-collapse:collapse;margin:.4rem 0} td,th{border:1px solid #d0d0d0;padding:.2rem .5rem;
  text-align:left;vertical-align:top} th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.deny{color:#a40000;font-weight:600}.undetermined{color:#8a5a00;font-weight:600}
.conditional{color:#6b5600;font-weight:600}.allow{color:#1d6b1d;font-weight:600}.unknown{color:#666}
.headline{font-size:1.1rem;margin:.3rem 0}.meta{color:#555;font-size:.9em}
#legend dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.3rem 0}
#legend dt{font-weight:600}#legend dd{margin:0}
#toolbar{position:sticky;top:0;z-index:2;background:#f6f6f6;padding:.5rem .7rem;
  border:1px solid #ddd;border-radius:4px}
#toolbar label{margin-right:.8rem;white-space:nowrap}
#triage{margin-top:.4rem;padding-top:.4rem;border-top:1px solid #ddd}
#triage input[type=text]{width:16rem}
#triage-status{margin-left:.6rem;font-weight:600}
section.group{border:1px solid #cfcfcf;border-radius:6px;margin:.8rem 0;padding:.5rem .9rem}
section.group.fail{border-left:6px solid #a40000}
section.group.undetermined{border-left:6px solid #d89000}
section.group.pass{border-left:6px solid #2b8a2b}
.count{font-size:1.05rem;font-weight:700;background:#eee;border-radius:10px;padding:0 .5rem}
article.doc{border:1px solid #e0e0e0;border-radius:4px;margin:.5rem 0;padding:.3rem .7rem}
blockquote{margin:.3rem 0 .3rem .4rem;padding:.2rem .6rem;border-left:3px solid #bbb;
  background:#fafafa;white-space:pre-wrap}
mark{background:#ffe36e;padding:0 .1rem}
ul.findings{margin:.2rem 0;padding-left:1.2rem} ul.doclist{padding-left:0;list-style:none}
.action{color:#123f7a} .rule{font-family:ui-monospace,monospace;font-size:.9em}
details>summary{cursor:pointer;color:#123f7a}
"""

JS = """
(function(){
  var F=['verdict','purpose','publisher','language','gate','rule'];
  function val(n){var e=document.getElementById('filter-'+n);return e?e.value:'';}
  function has(list,v){return !v||('|'+(list||'')+'|').indexOf('|'+v+'|')>=0;}
  function pvOk(pv,p,v){
    var items=(pv||'').split('|');
    for(var i=0;i<items.length;i++){
      var kv=items[i].split(':');
      if((!p||kv[0]===p)&&(v?kv[1]===v:kv[1]!=='unknown')){return true;}
    }
    return !p&&!v;
  }
  function apply(){
    var f={};F.forEach(function(n){f[n]=val(n);});
    var docs=document.querySelectorAll('article.doc'),shown=0;
    for(var k=0;k<docs.length;k++){
      var d=docs[k].dataset;
      var ok=pvOk(d.pv,f.purpose,f.verdict)&&has(d.publishers,f.publisher)
        &&has(d.languages,f.language)&&has(d.gate,f.gate)&&has(d.rules,f.rule);
      docs[k].hidden=!ok;if(ok){shown++;}
    }
    var groups=document.querySelectorAll('section.group');
    for(var g=0;g<groups.length;g++){
      var n=groups[g].querySelectorAll('article.doc:not([hidden])').length;
      groups[g].hidden=n===0;
      groups[g].querySelector('.group-count').textContent=String(n);
    }
    document.getElementById('shown-count').textContent=String(shown);
  }
  F.forEach(function(n){var e=document.getElementById('filter-'+n);
    if(e){e.addEventListener('change',apply);}});
  function checked(){
    var out={},boxes=document.querySelectorAll('input.accept-finding:checked');
    for(var i=0;i<boxes.length;i++){out[boxes[i].dataset.fp]=true;}
    return Object.keys(out);
  }
  function count(){
    document.getElementById('triage-count').textContent=String(checked().length);
  }
  document.addEventListener('change',function(ev){
    var t=ev.target;
    if(t.classList&&t.classList.contains('accept-group')){
      var group=t.closest('section.group');
      var docs=group.querySelectorAll('article.doc:not([hidden]) input.accept-finding');
      for(var i=0;i<docs.length;i++){docs[i].checked=t.checked;}
    }
    if(t.classList&&(t.classList.contains('accept-group')||
        t.classList.contains('accept-finding'))){count();}
  });
  function sorted(v){
    if(Array.isArray(v)){return v.map(sorted);}
    if(v&&typeof v==='object'){var o={};Object.keys(v).sort().forEach(function(k){
      o[k]=sorted(v[k]);});return o;}
    return v;
  }
  function status(text){document.getElementById('triage-status').textContent=text;}
  document.getElementById('triage-download').addEventListener('click',function(){
    var data=JSON.parse(document.getElementById('triage-data').textContent);
    var fps=checked();
    var reason=document.getElementById('triage-reason').value.trim();
    var owner=document.getElementById('triage-owner').value.trim();
    var expires=document.getElementById('triage-expires').value.trim();
    if(!fps.length){status('Tick at least one finding or notice group first.');return;}
    if(!reason){status('Enter the reason for accepting these findings.');return;}
    if(expires&&!/^\\d{4}-\\d{2}-\\d{2}$/.test(expires)){
      status('The expiry must be a date like 2027-06-30.');return;}
    var entries=fps.map(function(fp){var f=data.findings[fp];return {
      fingerprint:fp,rule_id:f[0],document:f[1],excerpt:f[2],reason:reason,owner:owner,
      expires:expires||null};});
    function key(e){return [e.rule_id,e.document,e.fingerprint];}
    entries.sort(function(a,b){var x=key(a),y=key(b);
      for(var i=0;i<3;i++){if(x[i]<y[i]){return -1;}if(x[i]>y[i]){return 1;}}return 0;});
    var file={format_version:1,created_at:new Date().toISOString().replace(/\\.\\d+Z$/,'Z'),
      tool:{name:'compliance',version:data.version},entries:entries};
    var text=JSON.stringify(sorted(file),null,2)+'\\n';
    var a=document.createElement('a');
    a.href=URL.createObjectURL(new Blob([text],{type:'application/json'}));
    a.download='compliance-baseline.json';document.body.appendChild(a);a.click();
    setTimeout(function(){URL.revokeObjectURL(a.href);a.remove();},1000);
    status('Downloaded compliance-baseline.json with '+entries.length+
      ' accepted finding(s): pass it to compliance scan --baseline.');
  });
  apply();count();
})();
"""
